"""The scene of one journey: a projection of the document, keyed by id, updated in place."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QObject, QPointF, QRectF, Signal
from PySide6.QtGui import QTransform
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene

from cxdesigner.canvas.context import MapContext
from cxdesigner.canvas.fonts import ensure_fonts_loaded
from cxdesigner.canvas.items import (
    EmotionCurveItem,
    FlowItem,
    LaneBackgroundItem,
    NoteItem,
    StageHeaderItem,
    TouchpointItem,
    TouchpointLanesItem,
)
from cxdesigner.document import JourneyDocument
from cxdesigner.layout import MapLayout, layout_journey
from cxdesigner.model import Journey

SCENE_MARGIN = 60.0
_NEIGHBOUR_FIELDS = {"channel_id", "interlocutor_id"}
"""Fields that change how flows and the channel lane look next to the touchpoint."""
_EMOTION_FIELDS = {"emotion", "persona_emotions"}


def _rows(layout: MapLayout) -> tuple[object, ...]:
    """What the cells of a column depend on: each lane's vertical extent (not its width)."""
    return (layout.list_rows, *((lane.lane, lane.band.y, lane.band.height, lane.content_top,
                                 lane.content_height) for lane in layout.lanes))


class JourneyScene(QGraphicsScene):
    """Items for one journey of the document, kept in step with it.

    A structural change lays the journey out again (pure and fast), then adds, removes or
    moves only the items whose ids or rectangles changed; a field edit repaints only the
    items of that touchpoint.

    Signals:
        layout_changed: the map was laid out again (items may have moved).
    """

    layout_changed = Signal()

    def __init__(self, document: JourneyDocument, journey_id: str,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        ensure_fonts_loaded()
        self.document = document
        self.context = MapContext(document, journey_id)
        self.stage_items: dict[str, StageHeaderItem] = {}
        self.touchpoint_items: dict[str, TouchpointItem] = {}
        self.lane_items: dict[str, TouchpointLanesItem] = {}
        self.flow_items: dict[str, FlowItem] = {}
        self.note_items: dict[str, NoteItem] = {}
        self.background = LaneBackgroundItem(self.context)
        self.addItem(self.background)
        self.emotion = EmotionCurveItem(self.context)
        self.addItem(self.emotion)
        document.structure_changed.connect(self._on_structure_changed)
        document.touchpoint_changed.connect(self._on_touchpoint_changed)
        document.stage_changed.connect(self._on_stage_changed)
        document.flow_changed.connect(self._on_flow_changed)
        document.note_changed.connect(self._on_note_changed)
        document.project_replaced.connect(self._on_project_replaced)
        document.journeys_changed.connect(self._on_journeys_changed)
        document.collection_changed.connect(self._on_collection_changed)
        self.sync()

    # ------------------------------------------------------------------ reading

    @property
    def journey_id(self) -> str:
        return self.context.journey_id

    @property
    def map_layout(self) -> MapLayout | None:
        return self.context.layout

    def journey(self) -> Journey | None:
        return self.context.journey()

    def item_at(self, point: QPointF) -> QGraphicsItem | None:
        """The top-most card, header, flow or note under a scene point."""
        wanted = (TouchpointItem, StageHeaderItem, FlowItem, NoteItem)
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

    def set_persona(self, persona_id: str | None) -> None:
        """Show this persona's criticality and emotions (None: the defaults)."""
        if persona_id == self.context.persona_id:
            return
        self.context.persona_id = persona_id
        for item in self.lane_items.values():
            item.update()
        self.emotion.refresh()

    def set_highlights(self, channel_switches: bool, handoffs: bool) -> None:
        """Highlight the flows that switch channel and/or hand the customer over."""
        self.context.show_channel_switches = channel_switches
        self.context.show_handoffs = handoffs
        for item in self.flow_items.values():
            item.update()

    # ------------------------------------------------------------------ syncing

    def sync(self) -> None:
        """Lay the journey out again and bring the items in line, touching only changes."""
        journey = self.context.journey()
        if journey is None:
            self._clear()
            return
        old = self.context.layout
        layout = layout_journey(journey)
        self.context.layout = layout
        lanes_changed = old is None or _rows(old) != _rows(layout)
        self._sync_stages(journey, layout)
        self._sync_touchpoints(journey, layout, lanes_changed)
        self._sync_flows(layout)
        self._sync_notes(journey, layout)
        self.background.set_layout(layout)
        self.emotion.refresh()
        bounds = layout.bounds
        self.setSceneRect(QRectF(bounds.x, bounds.y, bounds.width, bounds.height).adjusted(
            -SCENE_MARGIN, -SCENE_MARGIN, SCENE_MARGIN, SCENE_MARGIN))
        self.layout_changed.emit()

    def _sync_stages(self, journey: Journey, layout: MapLayout) -> None:
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
        self._drop(self.stage_items, seen)

    def _sync_touchpoints(self, journey: Journey, layout: MapLayout,
                          lanes_changed: bool) -> None:
        seen = set()
        previous_channel: str | None = None
        for stage_index, stage in enumerate(journey.stages):
            for touchpoint in stage.touchpoints:
                tp_id = touchpoint.id
                seen.add(tp_id)
                box = layout.touchpoints[tp_id]
                switch = (previous_channel is not None and touchpoint.channel_id is not None
                          and touchpoint.channel_id != previous_channel)
                previous_channel = touchpoint.channel_id
                card = self.touchpoint_items.get(tp_id)
                if card is None:
                    card = TouchpointItem(self.context, touchpoint, box, stage_index)
                    self.touchpoint_items[tp_id] = card
                    self.addItem(card)
                    cells = TouchpointLanesItem(self.context, touchpoint)
                    cells.set_touchpoint(touchpoint, switch)
                    cells.set_layout(layout, True)
                    self.lane_items[tp_id] = cells
                    self.addItem(cells)
                    continue
                card.set_touchpoint(touchpoint)
                card.set_box(box, stage_index)
                cells = self.lane_items[tp_id]
                cells.set_touchpoint(touchpoint, switch)
                cells.set_layout(layout, lanes_changed)
        self._drop(self.touchpoint_items, seen)
        self._drop(self.lane_items, seen)

    def _sync_flows(self, layout: MapLayout) -> None:
        seen = set()
        for route in layout.flows:
            seen.add(route.flow_id)
            item = self.flow_items.get(route.flow_id)
            if item is None:
                item = FlowItem(self.context, route)
                self.flow_items[route.flow_id] = item
                self.addItem(item)
            else:
                item.set_route(route)
        self._drop(self.flow_items, seen)

    def _sync_notes(self, journey: Journey, layout: MapLayout) -> None:
        notes = {note.id: note for note in journey.notes}
        seen = set()
        for box in layout.notes:
            seen.add(box.note_id)
            item = self.note_items.get(box.note_id)
            if item is None:
                item = NoteItem(self.context, notes[box.note_id], box)
                self.note_items[box.note_id] = item
                self.addItem(item)
            else:
                item.set_note(notes[box.note_id], box)
        self._drop(self.note_items, seen)

    def _drop(self, items: dict[str, QGraphicsItem] | dict[str, TouchpointItem]
              | dict[str, TouchpointLanesItem] | dict[str, FlowItem] | dict[str, NoteItem]
              | dict[str, StageHeaderItem], keep: set[str]) -> None:
        for key in [key for key in items if key not in keep]:
            self.removeItem(items.pop(key))

    def _clear(self) -> None:
        for items in (self.stage_items, self.touchpoint_items, self.lane_items,
                      self.flow_items, self.note_items):
            self._drop(items, set())
        self.context.layout = None
        self.background.hide()
        self.emotion.refresh()
        self.layout_changed.emit()

    # ------------------------------------------------------------------ document signals

    def _on_structure_changed(self, journey_id: str) -> None:
        if journey_id == self.journey_id:
            self.sync()

    def _on_touchpoint_changed(self, journey_id: str, touchpoint_id: str,
                               fields: list[str]) -> None:
        if journey_id != self.journey_id or touchpoint_id not in self.touchpoint_items:
            return
        if _NEIGHBOUR_FIELDS & set(fields):
            self.sync()  # flows' channel-switch and hand-off flags, the switch markers
            return
        touchpoint = self.document.touchpoint(journey_id, touchpoint_id)
        self.touchpoint_items[touchpoint_id].set_touchpoint(touchpoint)
        self.lane_items[touchpoint_id].set_touchpoint(touchpoint)
        if _EMOTION_FIELDS & set(fields):
            self.emotion.refresh()

    def _on_stage_changed(self, journey_id: str, stage_id: str, fields: list[str]) -> None:
        header = self.stage_items.get(stage_id)
        if journey_id == self.journey_id and header is not None:
            header.set_stage(self.document.stage(journey_id, stage_id), header.box)

    def _on_flow_changed(self, journey_id: str, flow_id: str, fields: list[str]) -> None:
        if journey_id == self.journey_id:
            self.sync()

    def _on_note_changed(self, journey_id: str, note_id: str, fields: list[str]) -> None:
        item = self.note_items.get(note_id)
        journey = self.context.journey()
        if journey_id != self.journey_id or item is None or journey is None:
            return
        note = next((n for n in journey.notes if n.id == note_id), None)
        if note is not None:
            item.set_note(note)

    def _on_project_replaced(self) -> None:
        self.context.refresh_names()
        self.background.show()
        self.sync()

    def _on_journeys_changed(self) -> None:
        if self.context.journey() is None or self.context.layout is None:
            self.background.setVisible(self.context.journey() is not None)
            self.sync()

    def _on_collection_changed(self, name: str) -> None:
        if name in ("channels", "interlocutors"):
            self.context.refresh_names()
            for item in self.lane_items.values():
                item.update()
