"""The document's undo stack, which tells a new edit from an undo or a redo."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QUndoCommand, QUndoStack
from typing_extensions import override


class EditHistory(QUndoStack):
    """A QUndoStack that knows when its index moves because an edit was pushed.

    ``indexChanged`` is emitted alike for a new edit, an undo and a redo; views that bring
    back what the user had (the selection on the map) need to tell them apart.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pushing = 0

    @property
    def pushing(self) -> bool:
        """Whether an edit is being pushed (or a macro of edits closed) right now."""
        return self._pushing > 0

    @override
    def push(self, cmd: QUndoCommand) -> None:
        self._pushing += 1
        try:
            super().push(cmd)
        finally:
            self._pushing -= 1

    @override
    def endMacro(self) -> None:
        self._pushing += 1
        try:
            super().endMacro()
        finally:
            self._pushing -= 1
