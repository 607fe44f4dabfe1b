"""Undo commands on sticky notes."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtGui import QUndoCommand

from cxdesigner.document.commands.base import QT_TRANSLATE_NOOP, MergingEdit, command_text
from cxdesigner.document.edit_checks import Changed
from cxdesigner.document.journey_document import JourneyDocument
from cxdesigner.model import StickyNote


class AddNote(QUndoCommand):
    """Stick a note on the map."""

    def __init__(self, doc: JourneyDocument, journey_id: str, note: StickyNote) -> None:
        super().__init__(command_text(QT_TRANSLATE_NOOP("Commands", "Add sticky note")))
        self._doc, self._journey_id = doc, journey_id
        self._note = doc.checks.note(journey_id, note)

    def redo(self) -> None:
        notes = self._doc.journey(self._journey_id).notes
        self._doc.insert_note(self._journey_id, len(notes), self._note)

    def undo(self) -> None:
        self._doc.remove_note(self._journey_id, self._note.id)


class RemoveNote(QUndoCommand):
    """Remove a sticky note."""

    def __init__(self, doc: JourneyDocument, journey_id: str, note_id: str) -> None:
        super().__init__(command_text(QT_TRANSLATE_NOOP("Commands", "Delete sticky note")))
        self._doc, self._journey_id, self._note_id = doc, journey_id, note_id
        self._removed: tuple[int, StickyNote] | None = None

    def redo(self) -> None:
        self._removed = self._doc.remove_note(self._journey_id, self._note_id)

    def undo(self) -> None:
        assert self._removed is not None
        self._doc.insert_note(self._journey_id, *self._removed)


class EditNote(MergingEdit):
    """Change a note's text, colour or stage."""

    def __init__(
        self,
        doc: JourneyDocument,
        journey_id: str,
        note_id: str,
        changes: Mapping[str, Any],
        merge: bool = False,
        text: str = QT_TRANSLATE_NOOP("Commands", "Edit sticky note"),
    ) -> None:
        super().__init__(
            doc, text, (journey_id, note_id),
            changes, merge
        )

    def _check(self, changes: Mapping[str, Any]) -> Changed[Any]:
        journey_id, note_id = self._target
        return self._doc.checks.note_changes(journey_id, note_id, changes)

    def _apply(self, changes: Mapping[str, Any]) -> dict[str, Any]:
        journey_id, note_id = self._target
        return self._doc.update_note(journey_id, note_id, changes)
