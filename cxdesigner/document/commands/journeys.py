"""Undo commands on journeys, and whole-project replacements for far-reaching edits."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtGui import QUndoCommand

from cxdesigner.document.commands.base import QT_TRANSLATE_NOOP, MergingEdit, command_text
from cxdesigner.document.edit_checks import Changed
from cxdesigner.document.journey_document import JourneyDocument
from cxdesigner.model import Journey, Project


class AddJourney(QUndoCommand):
    """Add a journey (a new one, or a target journey made from a current one)."""

    def __init__(
        self,
        doc: JourneyDocument,
        journey: Journey,
        text: str = QT_TRANSLATE_NOOP("Commands", "Add journey"),
    ) -> None:
        super().__init__(command_text(text))
        self._doc = doc
        self._index = len(doc.project.journeys)
        self._journey = doc.checks.journey(journey, self._index)

    def redo(self) -> None:
        self._doc.insert_journey(self._index, self._journey)

    def undo(self) -> None:
        self._doc.remove_journey(self._journey.id)


class EditJourney(MergingEdit):
    """Change a journey's name, description, personas or lanes."""

    def __init__(
        self,
        doc: JourneyDocument,
        journey_id: str,
        changes: Mapping[str, Any],
        text: str = QT_TRANSLATE_NOOP("Commands", "Edit journey"),
        merge: bool = False,
    ) -> None:
        super().__init__(doc, text, (journey_id,), changes, merge)

    def _check(self, changes: Mapping[str, Any]) -> Changed[Any]:
        return self._doc.checks.journey_changes(self._target[0], changes)

    def _apply(self, changes: Mapping[str, Any]) -> dict[str, Any]:
        return self._doc.update_journey(self._target[0], changes)


class ReplaceProjectState(QUndoCommand):
    """Swap the whole project for an edited copy; for rare edits that reach everywhere
    (deleting a channel used by many touchpoints, removing a journey, importing).

    The copy is validated whole when the command is made, as a file is on reading.
    """

    def __init__(self, doc: JourneyDocument, after: Project, text: str) -> None:
        super().__init__(command_text(text))
        self._doc = doc
        self._before = doc.project
        self._after = doc.checks.project(after)

    def redo(self) -> None:
        self._doc.restore_snapshot(self._after)

    def undo(self) -> None:
        self._doc.restore_snapshot(self._before)
