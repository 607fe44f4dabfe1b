"""The scene of one journey: a projection of the document, keyed by id, updated in place."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QGraphicsScene

from cxdesigner.canvas.blueprint_scene import BlueprintOnMap
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
from cxdesigner.canvas.items.lane_cells import CellRows
from cxdesigner.canvas.items.persona_curves import attach_persona_curves
from cxdesigner.canvas.scene_items import SCENE_MARGIN, SceneItems
from cxdesigner.canvas.stage_layers import StageLayers, held_by
from cxdesigner.collector import collection_paused
from cxdesigner.document import JourneyDocument
from cxdesigner.layout import MapLayout, Rect
from cxdesigner.layout.incremental import LayoutChanges, LayoutTracker
from cxdesigner.layout.path_links import ImpliedLink
from cxdesigner.model import Journey, Touchpoint

__all__ = ["SCENE_MARGIN", "JourneyScene"]

_NEIGHBOUR_FIELDS = {"channel_id", "interlocutor_id", "ends_path"}
"""Fields that change the links next to the touchpoint: flows' flags, the switch markers."""
_EMOTION_FIELDS = {"emotion", "persona_emotions"}


_CURVE_SLOTS = 3
"""A dot changing changes the curve this many columns on either side of it."""


def _rows(layout: MapLayout) -> tuple[object, ...]:
    """What the cells of a column depend on: each lane's vertical extent (not its width)."""
    return (layout.list_rows, *((lane.lane, lane.band.y, lane.band.height, lane.content_top,
                                 lane.content_height) for lane in layout.lanes))


class JourneyScene(SceneItems):
    """Items for one journey of the document, kept in step with it.

    A structural change brings the layout up to date (see :class:`LayoutTracker`, which
    redoes only what the edit changed), then adds, removes or moves only the items it names
    (a stage that moved along the map moves its layers, with everything in them); a field
    edit repaints only the items of that touchpoint. The cost of an edit depends on what it
    changes, not on the size of the map.

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
        self._tracker = LayoutTracker()
        self._rows: CellRows | None = None
        self._has_empty_stage = False
        self._caching = True
        # Items are found through their stage's layers (see StageLayers): no index to keep.
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)
        self.layers = StageLayers(self)
        self.background = LaneBackgroundItem(self.context)
        self.addItem(self.background)
        self.emotion = EmotionCurveItem(self.context)
        self.addItem(self.emotion)
        self.persona_curves = attach_persona_curves(self)
        self.blueprint = BlueprintOnMap(self, self.context)
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

    # ------------------------------------------------------------------ showing

    def set_persona(self, persona_id: str | None) -> None:
        """Show this persona's criticality and emotions (None: the defaults)."""
        if persona_id == self.context.persona_id:
            return
        self.context.persona_id = persona_id
        for item in self.lane_items.values():
            item.redraw()
        self.emotion.refresh()
        self._redraw_linking_cards()

    def set_highlights(self, channel_switches: bool, handoffs: bool) -> None:
        """Highlight the flows that switch channel and/or hand the customer over."""
        self.context.show_channel_switches = channel_switches
        self.context.show_handoffs = handoffs
        for item in self.flow_items.values():
            item.update()

    # ------------------------------------------------------------------ syncing

    def sync(self) -> None:
        """Bring the items in line with the journey, touching only what changed."""
        journey = self.context.journey()
        if journey is None:
            self._clear()
            return
        old = self.context.layout
        with collection_paused():
            changes = self._tracker.update(journey)
            layout = self._tracker.layout
            assert layout is not None
            self.context.layout = layout
            if changes.full or old is None:
                self._sync_all(journey, layout, old)
            elif changes.any:
                self._sync_changes(journey, layout, changes, old)
            self.blueprint.sync(journey, layout)
        self.layout_changed.emit()

    def _sync_all(self, journey: Journey, layout: MapLayout, old: MapLayout | None) -> None:
        if self._rows is None or old is None or _rows(old) != _rows(layout):
            self._rows = CellRows.of(layout)
        self._has_empty_stage = any(not stage.touchpoints for stage in journey.stages)
        self._sync_stages(journey, layout)
        self._sync_touchpoints(journey, layout)
        self._sync_flows(layout)
        self._sync_notes(journey, layout)
        self.layers.keep(set(self.stage_items))
        self.background.set_layout(layout)
        self.emotion.refresh()
        self._set_bounds(layout)

    def _incoming(self, touchpoint: Touchpoint) -> ImpliedLink | None:
        """The link implied from the previous card to this one, if any."""
        layout = self.context.layout
        previous_id = self._tracker.touchpoint_before(touchpoint.id)
        link = layout.implied_links.get(previous_id) \
            if layout is not None and previous_id is not None else None
        return link if link is not None and link.target_id == touchpoint.id else None

    def _sync_changes(self, journey: Journey, layout: MapLayout, changes: LayoutChanges,
                      old: MapLayout) -> None:
        """Apply what one edit changed: only the items it names."""
        tracker = self._tracker
        self.layers.set_height(layout.height)
        curve: list[float] = []
        """Where the emotion curve changed (old and new places of the dots)."""
        separators: set[float] = set()
        for tp_id in changes.removed_touchpoints:
            card = self.touchpoint_items.pop(tp_id, None)
            if card is not None:
                curve.append(card.scenePos().x())
                self.removeItem(card)
            cells = self.lane_items.pop(tp_id, None)
            if cells is not None:
                self.removeItem(cells)
        for stage_id in changes.removed_stages:
            header = self.stage_items.pop(stage_id, None)
            if header is not None:
                separators.add(header.box.column.x)
                self.removeItem(header)
        for tp_id in changes.touchpoints:
            touchpoint = tracker.touchpoint(tp_id)
            box = layout.touchpoints[tp_id]
            stage = layout.stage(box.stage_id)
            assert touchpoint is not None and stage is not None
            card = self.touchpoint_items.get(tp_id)
            if card is None:
                self._add_touchpoint(touchpoint, layout, stage.index, self._incoming(touchpoint))
            else:
                curve.append(card.scenePos().x())
                card.set_touchpoint(touchpoint)
                self.lane_items[tp_id].set_touchpoint(touchpoint)
                self._place_touchpoint(tp_id, layout, stage.index)
            curve.append(box.card.x)
        for tp_id in changes.neighbours:  # the curve joins the card to its new neighbours
            curve.append(layout.touchpoints[tp_id].card.x)
        # The link implied from the previous card is drawn at the left of the card it reaches.
        marked = set(changes.neighbours)
        for source_id in changes.implied_links:
            marked.update(link.target_id for link in (old.implied_links.get(source_id),
                                                     layout.implied_links.get(source_id))
                          if link is not None)
        for tp_id in marked:
            cells = self.lane_items.get(tp_id)
            touchpoint = tracker.touchpoint(tp_id)
            if cells is not None and touchpoint is not None:
                cells.set_touchpoint(touchpoint, self._incoming(touchpoint))
        moved: list[tuple[Rect, Rect]] = []
        """Columns of stages that moved or changed: (old, new)."""
        for stage_id in changes.stages:
            column = layout.stage(stage_id)
            assert column is not None
            entity = journey.stages[column.index]
            self.layers.place(column)  # with every item held in the stage
            header = self.stage_items.get(stage_id)
            if header is None:
                header = StageHeaderItem(self.context, entity, column)
                self.stage_items[stage_id] = header
                self.addItem(header)
                separators.add(column.column.x)
                continue
            was = header.box
            moved.append((was.column, column.column))
            header.set_stage(entity, column)
            if was.index != column.index:  # the cards' accent follows the stage's place
                for touchpoint in entity.touchpoints:
                    card = self.touchpoint_items.get(touchpoint.id)
                    if card is not None:
                        card.set_box(layout.touchpoints[touchpoint.id], column.index,
                                     column.column.x)
        touched: set[str | None] = set()
        """Stages whose flows changed, to bound again."""
        for flow_id in changes.removed_flows:
            item = self.flow_items.pop(flow_id, None)
            if item is not None:
                touched.add(held_by(item))
                self.removeItem(item)
        for flow_id in changes.flows:
            route = tracker.route(flow_id)
            assert route is not None
            touched |= self._place_flow(route, layout)
        self.layers.fit_flows(touched)
        if changes.notes:
            self._sync_notes(journey, layout)
        if changes.removed_stages:
            self.layers.keep(set(self.stage_items))
        if changes.removed_stages or changes.stages:
            self._has_empty_stage = any(not stage.touchpoints for stage in journey.stages)
        if changes.lanes or changes.bounds:
            self.background.set_layout(layout)
            self.emotion.refresh()
        else:
            for old_column, new_column in moved:  # their separators and dots moved
                separators.update((old_column.x, new_column.x))
                curve += (old_column.x, old_column.right, new_column.x, new_column.right)
            self.background.refresh_separators(separators)
            self._refresh_curve(curve, layout)
        if changes.bounds:
            self._set_bounds(layout)

    def _refresh_curve(self, xs: list[float], layout: MapLayout) -> None:
        """Repaint the emotion curve around dots that moved or changed at these x."""
        if not xs:
            return
        if self._has_empty_stage:
            # Around an empty stage's column the curve's neighbours lie further apart.
            self.emotion.refresh()
            return
        margin = _CURVE_SLOTS * layout.metrics.slot_width
        self.emotion.refresh_between(min(xs) - margin,
                                     max(xs) + layout.metrics.card_width + margin)

    def _clear(self) -> None:
        for items in (self.stage_items, self.touchpoint_items, self.lane_items,
                      self.flow_items, self.note_items):
            self._drop(items, set())
        self.blueprint.clear()
        self.layers.clear()
        self._tracker.reset()
        self.context.layout = None
        self.background.hide()
        self.emotion.refresh()
        self.layout_changed.emit()

    def _redraw_linking_cards(self) -> None:
        """Draw again the cards of steps detailed by another journey (its figures or its
        name changed)."""
        for card in self.touchpoint_items.values():
            if card.touchpoint.details_journey_id is not None:
                card.redraw()

    def _follow_detailed(self, journey_id: str | None = None) -> None:
        """A journey changed: the cards whose band sums it up are drawn again."""
        links = self.context.links
        if links.shown and (journey_id is None or links.concerns(journey_id)):
            links.forget()
            self._redraw_linking_cards()

    # ------------------------------------------------------------------ document signals

    def _on_structure_changed(self, journey_id: str) -> None:
        if journey_id == self.journey_id:
            self.sync()
        self._follow_detailed(journey_id)

    def _on_touchpoint_changed(self, journey_id: str, touchpoint_id: str,
                               fields: list[str]) -> None:
        self._follow_detailed(journey_id)
        if journey_id != self.journey_id or touchpoint_id not in self.touchpoint_items:
            return
        if _NEIGHBOUR_FIELDS & set(fields):
            self.sync()  # flows' channel-switch and hand-off flags, the switch markers
            return
        touchpoint = self.document.touchpoint(journey_id, touchpoint_id)
        card = self.touchpoint_items[touchpoint_id]
        card.set_touchpoint(touchpoint)
        self.lane_items[touchpoint_id].set_touchpoint(touchpoint)
        if _EMOTION_FIELDS & set(fields) and self.context.layout is not None:
            self._refresh_curve([card.scenePos().x()], self.context.layout)

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
        self.context.links.forget()
        self.context.refresh_names()
        self.context.refresh_evidence()
        self.background.show()
        self._tracker.reset()
        self.sync()

    def _on_journeys_changed(self) -> None:
        self._follow_detailed()  # a name shown on a card may have changed
        if self.context.journey() is None or self.context.layout is None:
            self.background.setVisible(self.context.journey() is not None)
            self.sync()

    def _on_collection_changed(self, name: str) -> None:
        if name in ("channels", "interlocutors"):
            self.context.refresh_names()
            for item in self.lane_items.values():
                item.redraw()
        elif name in ("answers", "contacts"):
            # What rests on a hypothesis (hatched) follows the answers and contacts.
            self.context.refresh_evidence()
            for card in self.touchpoint_items.values():
                card.redraw()
            for item in self.lane_items.values():
                item.redraw()
