"""The items of a journey's scene: made, kept by id, moved and dropped."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QTransform
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene

from cxdesigner.canvas.context import MapContext
from cxdesigner.canvas.items import (
    BlueprintItemItem,
    FlowItem,
    NoteItem,
    StageHeaderItem,
    TouchpointItem,
    TouchpointLanesItem,
)
from cxdesigner.canvas.items.lane_cells import CellRows
from cxdesigner.canvas.stage_layers import Layer, StageLayers, held_by
from cxdesigner.layout import FlowRoute, MapLayout
from cxdesigner.layout.path_links import ImpliedLink
from cxdesigner.model import Journey, Touchpoint

SCENE_MARGIN = 60.0


class SceneItems(QGraphicsScene):
    """The cards, cells, headers, flows and notes of one journey, each kept by its id.

    Makes the items, finds them under a point and brings them in line with a whole
    layout; :class:`~cxdesigner.canvas.scene.JourneyScene` sets the state up and decides
    what to bring up to date. Cards, cells, notes and flows are held by their stage's
    layers (see :mod:`~cxdesigner.canvas.stage_layers`; a flow by its source's stage) and
    placed from the stage's left edge.
    """

    context: MapContext
    layers: StageLayers
    stage_items: dict[str, StageHeaderItem]
    touchpoint_items: dict[str, TouchpointItem]
    lane_items: dict[str, TouchpointLanesItem]
    flow_items: dict[str, FlowItem]
    note_items: dict[str, NoteItem]
    _rows: CellRows | None
    _caching: bool

    # ------------------------------------------------------------------ reading

    def item_at(self, point: QPointF) -> QGraphicsItem | None:
        """The top-most card, header, flow, note or blueprint item under a scene point."""
        wanted = (TouchpointItem, StageHeaderItem, FlowItem, NoteItem, BlueprintItemItem)
        for item in self.items(point, deviceTransform=QTransform()):
            if isinstance(item, wanted):
                return item
        return None

    def touchpoint_at(self, point: QPointF) -> TouchpointItem | None:
        """The card under a scene point."""
        for item in self.items(point, deviceTransform=QTransform()):
            if isinstance(item, TouchpointItem):
                return item
        return None

    def select_only(self, items: Iterable[QGraphicsItem]) -> None:
        """Make ``items`` the whole selection."""
        wanted = list(items)
        self.clearSelection()
        for item in wanted:
            item.setSelected(True)

    # ------------------------------------------------------------------ showing

    def set_item_caching(self, enabled: bool) -> None:
        """Keep (or stop keeping) each card and column of cells as a ready-drawn pixmap.

        Worth it close up, where a few dozen are on screen and scrolling reuses them; not
        when the whole map is in view: thousands of tiny pixmaps, each drawn again at every
        zoom step, for cells that are then flat colour.
        """
        if enabled == self._caching:
            return
        self._caching = enabled
        mode = (QGraphicsItem.CacheMode.DeviceCoordinateCache if enabled
                else QGraphicsItem.CacheMode.NoCache)
        for items in (self.touchpoint_items, self.lane_items):
            for item in items.values():
                item.setCacheMode(mode)

    # ------------------------------------------------------------------ syncing

    def _set_bounds(self, layout: MapLayout) -> None:
        bounds = layout.bounds
        self.setSceneRect(QRectF(bounds.x, bounds.y, bounds.width, bounds.height).adjusted(
            -SCENE_MARGIN, -SCENE_MARGIN, SCENE_MARGIN, SCENE_MARGIN))

    @staticmethod
    def _origin(layout: MapLayout, stage_id: str) -> float:
        """The x a stage's items are placed from: the stage's left edge."""
        stage = layout.stage(stage_id)
        assert stage is not None
        return stage.column.x

    def _hold(self, item: QGraphicsItem, stage_id: str, layer: Layer) -> None:
        """Put an item in a stage's layer."""
        holder = self.layers.get(stage_id, layer)
        if item.parentItem() is not holder:
            item.setParentItem(holder)

    def _sync_stages(self, journey: Journey, layout: MapLayout) -> None:
        self.layers.set_height(layout.height)
        seen = set()
        for stage, box in zip(journey.stages, layout.stages, strict=True):
            seen.add(stage.id)
            header = self.stage_items.get(stage.id)
            if header is None:
                header = StageHeaderItem(self.context, stage, box)
                self.stage_items[stage.id] = header
                self.addItem(header)
            else:
                header.set_stage(stage, box)
            self.layers.place(box)
        self._drop(self.stage_items, seen)

    def _add_touchpoint(self, touchpoint: Touchpoint, layout: MapLayout, stage_index: int,
                        incoming: ImpliedLink | None) -> None:
        box = layout.touchpoints[touchpoint.id]
        origin = self._origin(layout, box.stage_id)
        card = TouchpointItem(self.context, touchpoint, box, stage_index, origin)
        self.touchpoint_items[touchpoint.id] = card
        cells = TouchpointLanesItem(self.context, touchpoint)
        cells.set_touchpoint(touchpoint, incoming)
        assert self._rows is not None
        cells.set_rows(self._rows)
        cells.set_x(box.card.x - origin)
        self.lane_items[touchpoint.id] = cells
        if not self._caching:
            card.setCacheMode(QGraphicsItem.CacheMode.NoCache)
            cells.setCacheMode(QGraphicsItem.CacheMode.NoCache)
        card.setParentItem(self.layers.get(box.stage_id, Layer.CARDS))
        cells.setParentItem(self.layers.get(box.stage_id, Layer.CELLS))

    def _place_touchpoint(self, tp_id: str, layout: MapLayout, stage_index: int) -> None:
        """Put a touchpoint's card and cells in their stage, at their place."""
        box = layout.touchpoints[tp_id]
        origin = self._origin(layout, box.stage_id)
        card, cells = self.touchpoint_items[tp_id], self.lane_items[tp_id]
        self._hold(card, box.stage_id, Layer.CARDS)
        card.set_box(box, stage_index, origin)
        self._hold(cells, box.stage_id, Layer.CELLS)
        cells.set_x(box.card.x - origin)

    def _place_flow(self, route: FlowRoute, layout: MapLayout) -> set[str | None]:
        """Make or move a flow's arrow, held by its source's stage; returns the stages
        whose flows changed (to bound them again)."""
        stage_id = layout.touchpoints[route.source_id].stage_id
        origin = self._origin(layout, stage_id)
        item = self.flow_items.get(route.flow_id)
        if item is None:
            item = self.flow_items[route.flow_id] = FlowItem(self.context, route, origin)
            item.setParentItem(self.layers.get(stage_id, Layer.FLOWS))
            return {stage_id}
        held = held_by(item)
        if held != stage_id:
            self._hold(item, stage_id, Layer.FLOWS)
        item.set_route(route, origin)
        return {stage_id, held}

    def _sync_touchpoints(self, journey: Journey, layout: MapLayout) -> None:
        rows = self._rows
        assert rows is not None
        seen = set()
        previous: str | None = None
        for stage_index, stage in enumerate(journey.stages):
            for touchpoint in stage.touchpoints:
                tp_id = touchpoint.id
                seen.add(tp_id)
                # The link implied from the previous card, drawn at this card's left.
                link = layout.implied_links.get(previous) if previous is not None else None
                incoming = link if link is not None and link.target_id == tp_id else None
                previous = tp_id
                card = self.touchpoint_items.get(tp_id)
                if card is None:
                    self._add_touchpoint(touchpoint, layout, stage_index, incoming)
                    continue
                card.set_touchpoint(touchpoint)
                cells = self.lane_items[tp_id]
                cells.set_touchpoint(touchpoint, incoming)
                cells.set_rows(rows)
                self._place_touchpoint(tp_id, layout, stage_index)
        self._drop(self.touchpoint_items, seen)
        self._drop(self.lane_items, seen)

    def _sync_flows(self, layout: MapLayout) -> None:
        seen = set()
        for route in layout.flows:
            seen.add(route.flow_id)
            self._place_flow(route, layout)
        self._drop(self.flow_items, seen)
        self.layers.fit_flows(set(self.stage_items))

    def _sync_notes(self, journey: Journey, layout: MapLayout) -> None:
        notes = {note.id: note for note in journey.notes}
        seen = set()
        touched = {held_by(item) for item in self.note_items.values()}
        """Stages whose layer holding notes changed, to bound again."""
        for box in layout.notes:
            seen.add(box.note_id)
            note = notes[box.note_id]
            stage = layout.stage_at(box.rect.x)  # notes lie in their stage's column
            assert stage is not None
            touched.add(stage.stage_id)
            item = self.note_items.get(box.note_id)
            if item is None:
                item = self.note_items[box.note_id] = NoteItem(self.context, note, box,
                                                               stage.column.x)
            else:
                item.set_note(note, box, stage.column.x)
            self._hold(item, stage.stage_id, Layer.FLOWS)
        self._drop(self.note_items, seen)
        self.layers.fit_flows(touched)

    def _drop(self, items: dict[str, QGraphicsItem] | dict[str, TouchpointItem]
              | dict[str, TouchpointLanesItem] | dict[str, FlowItem] | dict[str, NoteItem]
              | dict[str, StageHeaderItem], keep: set[str]) -> None:
        for key in [key for key in items if key not in keep]:
            self.removeItem(items.pop(key))
