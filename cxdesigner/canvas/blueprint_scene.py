"""The service blueprint in a journey's scene: its items and arrows, kept in step with the
layout."""

from __future__ import annotations

from PySide6.QtWidgets import QGraphicsScene

from cxdesigner.canvas.context import MapContext
from cxdesigner.canvas.items import BlueprintArrowsItem, BlueprintItemItem
from cxdesigner.layout import MapLayout
from cxdesigner.model import Journey


class BlueprintOnMap:
    """The blueprint's items of one scene, keyed by id, and the item of its arrows.

    The blueprint is small beside the map: each sync walks it whole, and touches only the
    items whose content, place or failure mark changed.
    """

    def __init__(self, scene: QGraphicsScene, context: MapContext) -> None:
        self._scene = scene
        self._context = context
        self.items: dict[str, BlueprintItemItem] = {}
        self.arrows = BlueprintArrowsItem(context)
        scene.addItem(self.arrows)

    def sync(self, journey: Journey, layout: MapLayout | None) -> None:
        """Bring the items in line with the journey's blueprint as ``layout`` places it."""
        blueprint = layout.blueprint if layout is not None else None
        self.arrows.set_layout(blueprint)
        if blueprint is None:
            self.clear()
            return
        entities = {item.id: item for item in journey.blueprint}
        failing = journey.failure_points()
        for item_id, box in blueprint.items.items():
            item = self.items.get(item_id)
            if item is None:
                item = BlueprintItemItem(self._context, entities[item_id], box,
                                         item_id in failing)
                self.items[item_id] = item
                self._scene.addItem(item)
            else:
                item.set_item(entities[item_id], box, item_id in failing)
        for item_id in [key for key in self.items if key not in blueprint.items]:
            self._scene.removeItem(self.items.pop(item_id))

    def clear(self) -> None:
        """Take every item off the scene (the arrows' item stays, empty)."""
        for item in self.items.values():
            self._scene.removeItem(item)
        self.items.clear()
        self.arrows.set_layout(None)
