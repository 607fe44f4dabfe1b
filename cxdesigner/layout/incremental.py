"""Keep a journey's map layout in step with its edits, redoing only what each edit changed.

``layout_journey`` lays a whole journey out: tens of milliseconds of Python for 2,000
touchpoints. An edit changes a few things at a time. :class:`LayoutTracker` remembers what
its last layout was made from, finds by identity what the journey's lists now hold
differently (the document replaces the entities it changes, it never edits one in place),
and recomputes only the boxes and routes that depend on that. Its layout always equals what
``layout_journey`` gives for the same journey; :class:`LayoutChanges` says what differs
from the previous one, so that the canvas touches only those items.
"""

from __future__ import annotations

import operator
from collections.abc import Iterable
from itertools import compress

from cxdesigner.layout.blueprint import BlueprintLayout, place_blueprint, plan_blueprint
from cxdesigner.layout.changes import (
    LayoutChanges,
    StageSlots,
    item_rows,
    lane_rows,
    same_items,
    same_notes,
)
from cxdesigner.layout.flows import FlowRoute, RouteShape, route_flow, route_shape
from cxdesigner.layout.map_layout import (
    DEFAULT_METRICS,
    LaneGeometry,
    MapLayout,
    NoteBox,
    StageBox,
    TouchpointBox,
    lane_geometry,
    note_boxes,
    note_rows_needed,
    stage_box,
    touchpoint_box,
)
from cxdesigner.layout.metrics import LayoutMetrics
from cxdesigner.layout.path_links import ImpliedLinkTracker
from cxdesigner.layout.tracks import FlowTracks
from cxdesigner.model import Flow, Journey, Lane, StickyNote, Touchpoint

__all__ = ["LayoutChanges", "LayoutTracker"]


class LayoutTracker:
    """The layout of one journey, brought up to date edit after edit.

    Attributes:
        layout: the current layout (None before the first :meth:`update`).
    """

    def __init__(self, metrics: LayoutMetrics = DEFAULT_METRICS) -> None:
        self.metrics = metrics
        self.layout: MapLayout | None = None
        self._journey_id = ""
        self._stages: list[StageSlots] = []
        self._touchpoints: dict[str, Touchpoint] = {}
        self._columns: dict[str, int] = {}
        self._stage_of: dict[str, str] = {}
        self._boxes: dict[str, TouchpointBox] = {}
        self._stage_boxes: list[StageBox] = []
        self._rows_of: dict[str, int] = {}
        self._row_counts = [0] * (metrics.max_items_shown + 1)
        self._geometry: LaneGeometry | None = None
        self._geometry_key: tuple[object, ...] = ()
        self._flows: list[Flow] = []
        self._position: dict[str, int] = {}
        self._flows_at: dict[str, set[str]] = {}
        self._shapes: dict[str, RouteShape] = {}
        self._routes: list[FlowRoute | None] = []
        self._over = FlowTracks(metrics.max_flow_tracks)
        self._under = FlowTracks(metrics.max_flow_tracks)
        self._notes: list[StickyNote] = []
        self._note_stages: set[str] = set()
        self._first_stage = ""
        self._note_boxes: tuple[NoteBox, ...] = ()
        self._stage_index: dict[str, int] = {}
        self._links = ImpliedLinkTracker()
        self._relink: set[str] = set()
        """Cards whose implied link the edit may have changed."""
        self._blueprint: BlueprintLayout | None = None

    # ------------------------------------------------------------------ reading

    def touchpoint_after(self, touchpoint_id: str) -> str | None:
        """The next touchpoint in map order."""
        return self._step(touchpoint_id, 1)

    def touchpoint_before(self, touchpoint_id: str) -> str | None:
        """The previous touchpoint in map order."""
        return self._step(touchpoint_id, -1)

    def route(self, flow_id: str) -> FlowRoute | None:
        """The route of a flow (None when it is not drawn)."""
        index = self._position.get(flow_id)
        return self._routes[index] if index is not None else None

    def touchpoint(self, touchpoint_id: str) -> Touchpoint | None:
        """The touchpoint object the layout was made from."""
        return self._touchpoints.get(touchpoint_id)

    def _step(self, touchpoint_id: str, direction: int) -> str | None:
        stage_id = self._stage_of.get(touchpoint_id)
        if stage_id is None:
            return None
        index = self._stage_index[stage_id]
        at = self._columns[touchpoint_id] - self._stages[index].first + direction
        while 0 <= index < len(self._stages):
            items = self._stages[index].touchpoints
            if 0 <= at < len(items):
                return items[at].id
            index += direction
            if 0 <= index < len(self._stages):
                at = 0 if direction > 0 else len(self._stages[index].touchpoints) - 1
        return None

    # ------------------------------------------------------------------ updating

    def reset(self) -> None:
        """Forget the journey: the next update lays it out whole."""
        self.__init__(self.metrics)  # type: ignore[misc]  # the same empty state

    def update(self, journey: Journey) -> LayoutChanges:
        """Bring the layout in line with ``journey``; what changed since the last update."""
        if self.layout is None or journey.id != self._journey_id:
            self.reset()
            self._journey_id = journey.id
            self._update(journey, full=True)
            return LayoutChanges(full=True, notes=True, lanes=True, bounds=True)
        return self._update(journey, full=False)

    def _update(self, journey: Journey, full: bool) -> LayoutChanges:
        m = self.metrics
        changes = LayoutChanges()
        replaced, slots = self._update_stages(journey, changes)
        moved = set(changes.touchpoints)
        self._update_list_rows(replaced, changes.removed_touchpoints)

        # Flows: what their ends or their own objects changing means for shapes and tracks.
        reroute = self._update_flows(journey, changes)
        for tp_id in moved | replaced | changes.removed_touchpoints:
            reroute |= self._flows_at.get(tp_id, set())
        # Implied links: a card's link follows its content, its next card, and the flows
        # drawn from it; the link into a card follows its content too.
        relink = self._relink
        if not full:  # (a whole layout works every link out again below)
            relink |= changes.neighbours | replaced | changes.removed_touchpoints
            relink.update(before for tp_id in replaced
                          if (before := self._step(tp_id, -1)) is not None)
            relink.update(self._flows[index].source_id for flow_id in reroute
                          if (index := self._position.get(flow_id)) is not None)
        for flow_id in reroute:
            self._place_flow(flow_id)
        reroute |= self._over.settle(self._position, full)
        reroute |= self._under.settle(self._position, full)

        # Rows: the lanes and everything below them, whole, when their heights moved.
        notes_changed = not same_notes(journey.notes, self._notes)
        if notes_changed:
            self._notes = list(journey.notes)
        map_right = m.margin + m.lane_label_width + max(slots, 1) * m.slot_width
        note_rows = note_rows_needed(journey, ((s.stage_id, s.count) for s in self._stages))
        list_rows = min(max(1, self._longest_list()), m.max_items_shown)
        # The blueprint is small beside the map: planned whole at every edit, when shown.
        plan = plan_blueprint(journey, [(s.stage_id, s.first, s.count) for s in self._stages],
                              self._columns, m.max_flow_tracks) \
            if journey.show_blueprint else None
        key = (tuple(journey.visible_lanes()), list_rows, note_rows, self._over.count,
               self._under.count, map_right, plan.shape if plan is not None else None)
        geometry = self._geometry
        if geometry is None or key != self._geometry_key:
            geometry = lane_geometry(key[0], m, list_rows, note_rows, self._over.count,
                                     self._under.count, map_right, plan)
            old = self._geometry
            if old is None or lane_rows(old) != lane_rows(geometry):
                full = True
            changes.lanes = True
            self._geometry, self._geometry_key = geometry, key

        if full:
            changes.full = True
            moved = set(self._columns)
            reroute = set(self._shapes)
        for tp_id in moved:
            box = touchpoint_box(tp_id, self._stage_of[tp_id], self._columns[tp_id], m,
                                 geometry)
            if self._boxes.get(tp_id) != box:
                self._boxes[tp_id] = box
                changes.touchpoints.add(tp_id)
        self._update_stage_boxes(geometry, full, changes)
        self._update_routes(reroute, geometry, changes)

        # Notes without a stage go to the first one.
        first = journey.stages[0].id if journey.stages else ""
        stages_with_notes = any(stage_id in self._note_stages for stage_id in changes.stages)
        if (full or notes_changed or stages_with_notes or changes.removed_stages
                or first != self._first_stage):
            stages = {box.stage_id: box for box in reversed(self._stage_boxes)}
            notes = note_boxes(journey, stages, m, geometry.lanes)
            changes.notes = notes != self._note_boxes
            self._note_boxes = notes
            self._note_stages = {note.stage_id or first for note in journey.notes}
            self._first_stage = first

        if full:
            self._links.links.clear()
            relink = {tp.id for slots in self._stages for tp in slots.touchpoints}  # map order
        changes.implied_links = self._links.refresh(
            relink, self._touchpoints.get, lambda tp_id: self._step(tp_id, 1),
            self._outgoing, self._columns)
        self._relink = set()

        blueprint = None if plan is None else place_blueprint(
            journey, plan, geometry.blueprint_bands, geometry.blueprint_lines, m)
        changes.blueprint = blueprint != self._blueprint
        self._blueprint = blueprint

        width = map_right + m.margin
        height = geometry.bottom + m.margin - m.lane_gap
        previous = self.layout
        changes.bounds = previous is None or (previous.width, previous.height) != (width, height)
        self.layout = MapLayout(journey.id, width, height, m, tuple(self._stage_boxes),
                                geometry.lanes, dict(self._boxes),
                                tuple(filter(None, self._routes)), dict(self._links.links),
                                self._note_boxes, list_rows, blueprint)
        if full:
            changes.touchpoints.clear()
            changes.stages.clear()
            changes.flows.clear()
            changes.neighbours.clear()
            changes.implied_links.clear()
        return changes

    def _outgoing(self, touchpoint_id: str) -> list[Flow]:
        """The flows drawn from a card to a card of the map."""
        flows = (self._flows[self._position[flow_id]]
                 for flow_id in self._flows_at.get(touchpoint_id, ()))
        return [flow for flow in flows
                if flow.source_id == touchpoint_id and flow.target_id in self._columns]

    def _update_stages(self, journey: Journey, changes: LayoutChanges) -> tuple[set[str], int]:
        """Columns of the touchpoints of every stage that changed.

        Fills the moved, removed and neighbour touchpoints and the removed stages; returns
        the touchpoints whose object was replaced, and the number of slots.
        """
        old_states = self._stages
        states: list[StageSlots] = []
        left: set[str] = set()
        arrived: dict[str, tuple[Touchpoint, str, int]] = {}
        changed: list[int] = []
        """Stages whose touchpoints changed (not those only shifted along the map)."""
        slot = 0
        for index, stage in enumerate(journey.stages):
            items = stage.touchpoints
            count = max(len(items), 1)  # an empty stage still gets one column to drop into
            old = old_states[index] if index < len(old_states) else None
            same = (old is not None and old.stage_id == stage.id
                    and same_items(items, old.touchpoints))
            if same and old is not None and old.first == slot:
                states.append(old)
                slot += count
                continue
            states.append(StageSlots(stage.id, list(items), slot, count))
            if not same:
                changed.append(index)
            if old is not None:
                left.update(tp.id for tp in old.touchpoints)
            for offset, touchpoint in enumerate(items):
                arrived[touchpoint.id] = (touchpoint, stage.id, slot + offset)
            slot += count
        for old in old_states[len(journey.stages):]:
            left.update(tp.id for tp in old.touchpoints)
        if changed or len(old_states) != len(states):
            changes.removed_stages = ({s.stage_id for s in old_states}
                                      - {s.stage_id for s in states})
        self._stages = states
        self._stage_index = {slots.stage_id: index for index, slots in enumerate(states)}

        replaced: set[str] = set()
        for tp_id in left - arrived.keys():
            for store in (self._touchpoints, self._columns, self._stage_of, self._boxes):
                store.pop(tp_id, None)
            changes.removed_touchpoints.add(tp_id)
        for tp_id, (touchpoint, stage_id, column) in arrived.items():
            if self._touchpoints.get(tp_id) is not touchpoint:
                self._touchpoints[tp_id] = touchpoint
                replaced.add(tp_id)
            if self._columns.get(tp_id) != column or self._stage_of.get(tp_id) != stage_id:
                self._columns[tp_id] = column
                self._stage_of[tp_id] = stage_id
                changes.touchpoints.add(tp_id)
        changes.touchpoints |= replaced
        # Switch markers look at the previous touchpoint: those of a changed stage and the
        # first one after it may have a new one (a stage only shifted keeps its order).
        for index in changed:
            changes.neighbours.update(tp.id for tp in states[index].touchpoints)
            after = next((s.touchpoints[0].id for s in states[index + 1:] if s.touchpoints),
                         None)
            if after is not None:
                changes.neighbours.add(after)
            # The card before the stage now leads to another one (or to none).
            before = next((s.touchpoints[-1].id for s in reversed(states[:index])
                           if s.touchpoints), None)
            if before is not None:
                self._relink.add(before)
        if len(old_states) > len(states):
            # Stages gone from the end: the last card may have lost the one it led to.
            last = next((s.touchpoints[-1].id for s in reversed(states) if s.touchpoints), None)
            if last is not None:
                self._relink.add(last)
        return replaced, slot

    def _update_list_rows(self, replaced: Iterable[str], removed: Iterable[str]) -> None:
        cap = self.metrics.max_items_shown
        for tp_id in removed:
            self._row_counts[self._rows_of.pop(tp_id)] -= 1
        for tp_id in replaced:
            old = self._rows_of.get(tp_id)
            if old is not None:
                self._row_counts[old] -= 1
            rows = item_rows(self._touchpoints[tp_id], cap)
            self._rows_of[tp_id] = rows
            self._row_counts[rows] += 1

    def _longest_list(self) -> int:
        for rows in range(len(self._row_counts) - 1, -1, -1):
            if self._row_counts[rows]:
                return rows
        return 0

    def _update_flows(self, journey: Journey, changes: LayoutChanges) -> set[str]:
        """Follow the journey's list of flows; returns the flows to route again."""
        flows, old = journey.flows, self._flows
        if len(flows) == len(old):
            changed = list(compress(range(len(flows)), map(operator.is_not, flows, old)))
            if not changed:
                return set()
            gone = [old[i] for i in changed]
            came = [flows[i] for i in changed]
            self._flows = list(flows)
            if all(a.id == b.id for a, b in zip(gone, came, strict=True)):
                self._relink.update(flow.source_id for flow in (*gone, *came))
                for flow in gone:
                    self._unlink(flow)
                for flow in came:
                    self._link(flow)
                return {flow.id for flow in came}
        else:
            self._flows = list(flows)
        # Flows were added or removed: index them again (positions shift).
        old_ids = {flow.id for flow in old}
        for flow in old:
            self._unlink(flow)
        self._position = {flow.id: index for index, flow in enumerate(flows)}
        routes = {route.flow_id: route for route in self._routes if route is not None}
        self._routes = [routes.get(flow.id) for flow in flows]
        for flow in flows:
            self._link(flow)
        now = set(self._position)
        for flow_id in old_ids - now:
            changes.removed_flows.add(flow_id)
            self._shapes.pop(flow_id, None)
            self._over.place(flow_id, None)
            self._under.place(flow_id, None)
        identical = {id(flow) for flow in old}
        kept = {id(flow) for flow in flows}
        self._relink.update(flow.source_id for flow in old if id(flow) not in kept)
        self._relink.update(flow.source_id for flow in flows if id(flow) not in identical)
        return {flow.id for flow in flows if id(flow) not in identical} | (old_ids - now)

    def _link(self, flow: Flow) -> None:
        for end in (flow.source_id, flow.target_id):
            self._flows_at.setdefault(end, set()).add(flow.id)

    def _unlink(self, flow: Flow) -> None:
        for end in (flow.source_id, flow.target_id):
            linked = self._flows_at.get(end)
            if linked is not None:
                linked.discard(flow.id)
                if not linked:
                    del self._flows_at[end]

    def _place_flow(self, flow_id: str) -> None:
        """The shape and span of one flow, from its ends' columns."""
        index = self._position.get(flow_id)
        flow = self._flows[index] if index is not None else None
        columns = self._columns
        if flow is None or flow.source_id not in columns or flow.target_id not in columns:
            self._shapes.pop(flow_id, None)
            self._over.place(flow_id, None)
            self._under.place(flow_id, None)
            return
        source, target = columns[flow.source_id], columns[flow.target_id]
        shape = route_shape(source, target, flow.source_id == flow.target_id)
        self._shapes[flow_id] = shape
        self._over.place(flow_id, (source, target) if shape is RouteShape.OVER else None)
        self._under.place(flow_id, (target, source) if shape is RouteShape.UNDER else None)

    def _update_stage_boxes(self, geometry: LaneGeometry, full: bool,
                            changes: LayoutChanges) -> None:
        old = {box.stage_id: box for box in self._stage_boxes}
        boxes: list[StageBox] = []
        for index, slots in enumerate(self._stages):
            box = old.get(slots.stage_id)
            if (full or box is None or box.index != index or box.first_slot != slots.first
                    or box.slot_count != slots.count):
                new = stage_box(slots.stage_id, index, slots.first, slots.count, self.metrics,
                                geometry)
                if new != box:
                    changes.stages.add(slots.stage_id)
                box = new
            boxes.append(box)
        self._stage_boxes = boxes

    def _update_routes(self, reroute: set[str], geometry: LaneGeometry,
                       changes: LayoutChanges) -> None:
        m = self.metrics
        lanes = {lane.lane: lane for lane in geometry.lanes}
        cards_lane = lanes.get(Lane.TOUCHPOINTS)
        card_height = m.lane_heights[Lane.TOUCHPOINTS] - 2 * m.lane_padding
        for flow_id in reroute:
            index = self._position.get(flow_id)
            if index is None:
                continue
            shape = self._shapes.get(flow_id)
            route: FlowRoute | None = None
            if shape is not None and cards_lane is not None:
                flow = self._flows[index]
                tracks = self._over if shape is RouteShape.OVER else self._under
                route = route_flow(
                    flow, shape, tracks.tracks.get(flow_id, 0),
                    self._boxes[flow.source_id].card, self._boxes[flow.target_id].card,
                    self._touchpoints[flow.source_id], self._touchpoints[flow.target_id],
                    cards_lane.band.y, self._over.count,
                    geometry.cards_y + card_height + m.lane_padding, m.flow_track_height)
            if route != self._routes[index]:
                self._routes[index] = route
                if route is None:
                    changes.removed_flows.add(flow_id)
                else:
                    changes.flows.add(flow_id)
