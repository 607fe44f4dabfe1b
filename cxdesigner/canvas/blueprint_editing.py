"""What the map's gestures do to the service blueprint: each call pushes one undo step."""

from __future__ import annotations

from collections.abc import Sequence

from cxdesigner.document import JourneyDocument
from cxdesigner.document.commands import (
    AddBlueprintItem,
    EditBlueprintItem,
    MoveBlueprintItem,
    RemoveBlueprintItems,
)
from cxdesigner.document.commands.base import QT_TRANSLATE_NOOP
from cxdesigner.model import BlueprintItem, BlueprintLayer, Journey
from cxdesigner.model.catalogue import default_text


class BlueprintEditor:
    """Turns gestures on the blueprint's rows into undo commands on one journey."""

    def __init__(self, document: JourneyDocument, journey_id: str) -> None:
        self.document = document
        self.journey_id = journey_id

    @property
    def journey(self) -> Journey:
        return self.document.journey(self.journey_id)

    def add(self, layer: BlueprintLayer, stage_id: str) -> str:
        """A new item at the end of a stage's row of ``layer``; returns its id."""
        item = BlueprintItem(layer=layer, stage_id=stage_id,
                             title=default_text(layer.value, self.document.project.language))
        self.document.undo_stack.push(AddBlueprintItem(self.document, self.journey_id, item))
        return item.id

    def set_title(self, item_id: str, title: str) -> bool:
        """Rename an item; False when unchanged (DocumentRuleError when refused)."""
        if all(item.id != item_id for item in self.journey.blueprint):
            return False
        command = EditBlueprintItem(self.document, self.journey_id, item_id, {"title": title},
                                    QT_TRANSLATE_NOOP("Commands", "Rename blueprint item"))
        if not command.changes_anything:
            return False
        self.document.undo_stack.push(command)
        return True

    def delete(self, ids: Sequence[str]) -> bool:
        """Delete items (their arrows and the causes naming them go too); False if none."""
        known = {item.id for item in self.journey.blueprint}
        wanted = [item_id for item_id in ids if item_id in known]
        if not wanted:
            return False
        self.document.undo_stack.push(RemoveBlueprintItems(self.document, self.journey_id,
                                                           wanted))
        return True

    def move(self, item_id: str, step: int) -> bool:
        """Swap an item with its neighbour (``step`` -1: left, +1: right) in its stage's row;
        False when it is already at that end."""
        items = self.journey.blueprint
        index = next(i for i, item in enumerate(items) if item.id == item_id)
        item = items[index]
        row = [i for i, other in enumerate(items)
               if other.stage_id == item.stage_id and other.layer is item.layer]
        at = row.index(index) + step
        if not 0 <= at < len(row):
            return False
        self.document.undo_stack.push(MoveBlueprintItem(self.document, self.journey_id,
                                                        item_id, row[at]))
        return True
