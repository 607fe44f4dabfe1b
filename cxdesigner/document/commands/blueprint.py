"""Undo commands on the service blueprint behind a journey."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtGui import QUndoCommand

from cxdesigner.document.commands.base import QT_TRANSLATE_NOOP, MergingEdit, command_text
from cxdesigner.document.edit_checks import Changed
from cxdesigner.document.journey_document import JourneyDocument
from cxdesigner.document.removals import BlueprintRemoval
from cxdesigner.model import BlueprintItem


class AddBlueprintItem(QUndoCommand):
    """Add a front-stage action, back-stage action or support process to the blueprint,
    after the items already in its stage and layer."""

    def __init__(self, doc: JourneyDocument, journey_id: str, item: BlueprintItem) -> None:
        super().__init__(command_text(QT_TRANSLATE_NOOP("Commands", "Add blueprint item")))
        self._doc, self._journey_id = doc, journey_id
        self._item = doc.checks.blueprint_item(journey_id, item)

    @property
    def item_id(self) -> str:
        return self._item.id

    def redo(self) -> None:
        items = self._doc.journey(self._journey_id).blueprint
        self._doc.insert_blueprint_item(self._journey_id, len(items), self._item)

    def undo(self) -> None:
        self._doc.remove_blueprint_items(self._journey_id, [self._item.id])


class RemoveBlueprintItems(QUndoCommand):
    """Delete blueprint items; undo puts them back with every arrow and cause they had."""

    def __init__(self, doc: JourneyDocument, journey_id: str, ids: Sequence[str]) -> None:
        super().__init__(command_text(QT_TRANSLATE_NOOP("Commands", "Delete blueprint item")))
        self._doc, self._journey_id, self._ids = doc, journey_id, list(ids)
        self._removed: BlueprintRemoval | None = None

    def redo(self) -> None:
        self._removed = self._doc.remove_blueprint_items(self._journey_id, self._ids)

    def undo(self) -> None:
        assert self._removed is not None
        self._doc.restore_blueprint_items(self._removed)


class MoveBlueprintItem(QUndoCommand):
    """Move a blueprint item before or after another in the journey's list (and so in its
    stage's row)."""

    def __init__(self, doc: JourneyDocument, journey_id: str, item_id: str, index: int) -> None:
        super().__init__(command_text(QT_TRANSLATE_NOOP("Commands", "Move blueprint item")))
        self._doc, self._journey_id, self._item_id, self._index = doc, journey_id, item_id, index
        self._old_index = 0

    def redo(self) -> None:
        self._old_index = self._doc.move_blueprint_item(self._journey_id, self._item_id,
                                                        self._index)

    def undo(self) -> None:
        self._doc.move_blueprint_item(self._journey_id, self._item_id, self._old_index)


class EditBlueprintItem(MergingEdit):
    """Change a blueprint item's title, owner, description, layer, stage or arrows."""

    def __init__(
        self,
        doc: JourneyDocument,
        journey_id: str,
        item_id: str,
        changes: Mapping[str, Any],
        text: str = QT_TRANSLATE_NOOP("Commands", "Edit blueprint item"),
        merge: bool = False,
    ) -> None:
        super().__init__(doc, text, (journey_id, item_id), changes, merge)

    def _check(self, changes: Mapping[str, Any]) -> Changed[Any]:
        journey_id, item_id = self._target
        return self._doc.checks.blueprint_item_changes(journey_id, item_id, changes)

    def _apply(self, changes: Mapping[str, Any]) -> dict[str, Any]:
        journey_id, item_id = self._target
        return self._doc.update_blueprint_item(journey_id, item_id, changes)
