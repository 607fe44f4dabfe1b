"""Undo commands on the project's named snapshots (the versions kept inside the file)."""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand

from cxdesigner.document.commands.base import command_text
from cxdesigner.document.journey_document import JourneyDocument
from cxdesigner.model import History


class ChangeSnapshots(QUndoCommand):
    """Take or delete snapshots: the project's history is swapped, its map is untouched."""

    def __init__(self, doc: JourneyDocument, history: History, text: str) -> None:
        super().__init__(command_text(text))
        self._doc = doc
        self._before = doc.project.history
        self._after: History = doc.checks.project_changes({"history": history}).changes[
            "history"]

    def redo(self) -> None:
        self._doc.update_project({"history": self._after})

    def undo(self) -> None:
        self._doc.update_project({"history": self._before})
