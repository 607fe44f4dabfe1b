"""Undo commands on the project's own fields and on its lists (personas, actions…)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtGui import QUndoCommand

from cxdesigner.document.commands.base import QT_TRANSLATE_NOOP, MergingEdit, command_text
from cxdesigner.document.edit_checks import Changed
from cxdesigner.document.journey_document import JourneyDocument
from cxdesigner.model import Entity, Persona


class AddItem(QUndoCommand):
    """Add an entity to a project list (a persona, an action, an answer…)."""

    def __init__(
        self,
        doc: JourneyDocument,
        collection: str,
        item: Entity,
        index: int | None = None,
        text: str = QT_TRANSLATE_NOOP("Commands", "Add"),
    ) -> None:
        super().__init__(command_text(text))
        self._doc, self._collection = doc, collection
        self._index = len(getattr(doc.project, collection)) if index is None else index
        self._item = doc.checks.item(collection, item, self._index)

    def redo(self) -> None:
        self._doc.insert_item(self._collection, self._index, self._item)

    def undo(self) -> None:
        self._doc.remove_item(self._collection, self._item.id)


class AddPersona(QUndoCommand):
    """Add a persona; when a journey is open, it is attached to that journey in the same
    step (a persona made while mapping a journey is one the journey is about)."""

    def __init__(self, doc: JourneyDocument, persona: Persona, journey_id: str | None,
                 text: str = QT_TRANSLATE_NOOP("Commands", "Add persona")) -> None:
        super().__init__(command_text(text))
        self._doc = doc
        self._index = len(doc.project.personas)
        self._persona = doc.checks.item("personas", persona, self._index)
        known = {journey.id for journey in doc.project.journeys}
        self._journey_id = journey_id if journey_id in known else None
        self._old: dict[str, Any] = {}

    def redo(self) -> None:
        self._doc.insert_item("personas", self._index, self._persona)
        if self._journey_id is not None:
            ids = [*self._doc.journey(self._journey_id).persona_ids, self._persona.id]
            self._old = self._doc.update_journey(self._journey_id, {"persona_ids": ids})

    def undo(self) -> None:
        if self._journey_id is not None:
            self._doc.update_journey(self._journey_id, self._old)
        self._doc.remove_item("personas", self._persona.id)


class RemoveItem(QUndoCommand):
    """Remove an entity that nothing points to (for others, see ``cleanup.without_item``)."""

    def __init__(
        self,
        doc: JourneyDocument,
        collection: str,
        item_id: str,
        text: str = QT_TRANSLATE_NOOP("Commands", "Delete"),
    ) -> None:
        super().__init__(command_text(text))
        self._doc, self._collection, self._item_id = doc, collection, item_id
        self._removed: tuple[int, Any] | None = None

    def redo(self) -> None:
        self._removed = self._doc.remove_item(self._collection, self._item_id)

    def undo(self) -> None:
        assert self._removed is not None
        self._doc.insert_item(self._collection, *self._removed)


class EditItem(MergingEdit):
    """Change fields of an entity of a project list."""

    def __init__(
        self,
        doc: JourneyDocument,
        collection: str,
        item_id: str,
        changes: Mapping[str, Any],
        text: str = QT_TRANSLATE_NOOP("Commands", "Edit"),
        merge: bool = False,
    ) -> None:
        super().__init__(doc, text, (collection, item_id), changes, merge)

    def _check(self, changes: Mapping[str, Any]) -> Changed[Any]:
        collection, item_id = self._target
        return self._doc.checks.item_changes(collection, item_id, changes)

    def _apply(self, changes: Mapping[str, Any]) -> dict[str, Any]:
        collection, item_id = self._target
        return self._doc.update_item(collection, item_id, changes)


class EditProject(MergingEdit):
    """Change the project's title, client, description or language."""

    def __init__(
        self, doc: JourneyDocument, changes: Mapping[str, Any], merge: bool = False
    ) -> None:
        super().__init__(
            doc, QT_TRANSLATE_NOOP("Commands", "Edit project"), ("project",), changes, merge
        )

    def _check(self, changes: Mapping[str, Any]) -> Changed[Any]:
        return self._doc.checks.project_changes(changes)

    def _apply(self, changes: Mapping[str, Any]) -> dict[str, Any]:
        return self._doc.update_project(changes)
