"""Per stage, the items that carry its cards, cells, notes and flows along the map.

A card added to a stage moves every later stage one column to the right. Each stage's
items are children of three layer items placed at the stage's left edge, one for each
height the items take among the map's items (so that cards stay above the flows and cells
of every stage): moving a stage is moving its three layers, whatever it holds.

A layer tells Qt that its children lie within its bounds (``ItemContainsChildrenInShape``),
so painting and finding items skip every layer off the point or the screen with its
children. That makes the scene's index of items (which moving a layer would update for each
of its children) unneeded: the scene keeps none, and moving a stage costs the same whatever
it holds.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import IntEnum

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene, QStyleOptionGraphicsItem, QWidget
from typing_extensions import override

from cxdesigner.canvas.items.flow_item import Z_FLOW
from cxdesigner.canvas.items.lane_cells import Z_CELLS
from cxdesigner.canvas.items.note_item import Z_NOTE
from cxdesigner.canvas.items.touchpoint_item import Z_CARD
from cxdesigner.layout import StageBox

REACH = 16.0
"""How far a card's handle, badge or outline may reach out of its stage's column."""


class Layer(IntEnum):
    """The kinds of items a stage carries, from the lowest to the highest."""

    CELLS = 0
    FLOWS = 1
    """Flows and sticky notes: nothing else lies between their heights, and they never
    overlap (notes stay above flows within the layer)."""
    CARDS = 2


_HEIGHTS = (Z_CELLS, min(Z_FLOW, Z_NOTE), Z_CARD)
"""Each layer's z value: where its items were among the map's items."""


class StageLayerItem(QGraphicsItem):
    """One layer of one stage: draws nothing, holds and moves its children.

    It is not flagged as having no contents: Qt skips the children of a layer off screen
    only for a layer it would paint.
    """

    def __init__(self, stage_id: str, layer: Layer) -> None:
        super().__init__()
        self.stage_id = stage_id
        self.layer = layer
        self._bounds = QRectF()
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemContainsChildrenInShape)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setZValue(_HEIGHTS[layer])

    def set_bounds(self, bounds: QRectF) -> None:
        """Where the children may lie, in the layer's own coordinates."""
        if bounds != self._bounds:
            self.prepareGeometryChange()
            self._bounds = bounds

    def fit_children(self) -> None:
        """Bound the children where they are (flows reach out of their stage)."""
        self.set_bounds(self.childrenBoundingRect())

    @override
    def boundingRect(self) -> QRectF:
        return self._bounds

    @override
    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        pass


def held_by(item: QGraphicsItem) -> str | None:
    """The stage whose layer holds an item (None: no stage's)."""
    holder = item.parentItem()
    return holder.stage_id if isinstance(holder, StageLayerItem) else None


class StageLayers:
    """The layer items of every stage of a scene, by stage id."""

    def __init__(self, scene: QGraphicsScene) -> None:
        self._scene = scene
        self._layers: dict[str, tuple[StageLayerItem, ...]] = {}
        self._places: dict[str, tuple[float, float]] = {}
        """Each stage's left and width, as its layers were last placed."""
        self._height = 0.0
        """The map's height, down to which the layers reach."""

    def get(self, stage_id: str, layer: Layer) -> StageLayerItem:
        """A stage's layer, made (at the map's left) when first asked for."""
        layers = self._layers.get(stage_id)
        if layers is None:
            layers = self._layers[stage_id] = tuple(StageLayerItem(stage_id, kind)
                                                    for kind in Layer)
            for item in layers:
                self._scene.addItem(item)
        return layers[layer]

    def place(self, box: StageBox) -> None:
        """Move a stage's layers to its column."""
        x, width = box.column.x, box.column.width
        old = self._places.get(box.stage_id)
        if old == (x, width):
            return
        self._places[box.stage_id] = (x, width)
        self.get(box.stage_id, Layer.CARDS)
        layers = self._layers[box.stage_id]
        if old is None or old[0] != x:
            for item in layers:
                item.setPos(x, 0.0)
        if old is None or old[1] != width:
            self._bound(layers, width)

    def set_height(self, height: float) -> None:
        """Reach down to the bottom of a map ``height`` high."""
        if height != self._height:
            self._height = height
            for stage_id, layers in self._layers.items():
                self._bound(layers, self._places[stage_id][1])

    def _bound(self, layers: tuple[StageLayerItem, ...], width: float) -> None:
        bounds = QRectF(-REACH, 0.0, width + 2 * REACH, self._height + REACH)
        for item in layers:
            if item.layer is not Layer.FLOWS:
                item.set_bounds(bounds)

    def fit_flows(self, stage_ids: Iterable[str | None]) -> None:
        """Bound the flows and notes of these stages again (after they changed)."""
        for stage_id in stage_ids:
            layers = self._layers.get(stage_id) if stage_id is not None else None
            if layers is not None:
                layers[Layer.FLOWS].fit_children()

    def keep(self, stage_ids: set[str]) -> None:
        """Drop the layers of the other stages (their items are gone or moved away)."""
        for stage_id in [s for s in self._layers if s not in stage_ids]:
            self._places.pop(stage_id, None)
            for item in self._layers.pop(stage_id):
                self._scene.removeItem(item)

    def clear(self) -> None:
        self.keep(set())
