"""The flows' part of the layout tracker: their shapes, tracks and routes, edit after edit."""

from __future__ import annotations

import operator
from collections.abc import Mapping
from itertools import compress

from cxdesigner.layout.changes import LayoutChanges
from cxdesigner.layout.flows import FlowRoute, RouteShape, route_flow, route_shape
from cxdesigner.layout.geometry import Rect
from cxdesigner.layout.map_layout import LaneGeometry
from cxdesigner.layout.metrics import LayoutMetrics
from cxdesigner.layout.placed import (
    AnchoredRoute,
    PlacedColumns,
    StageSlots,
    same_place,
    translated,
)
from cxdesigner.layout.tracks import FlowTracks
from cxdesigner.model import Flow, Journey, Lane, Touchpoint


class FlowTracker:
    """Where the flows of a tracked journey go, from the places of their ends.

    Holds the stages' slots and the touchpoints' places that
    :class:`~cxdesigner.layout.incremental.LayoutTracker` keeps up to date. A route is kept
    as made in its source's stage (see :class:`AnchoredRoute`): it moves with that stage
    without being made again, as long as its two ends move together.
    """

    def __init__(self, metrics: LayoutMetrics) -> None:
        self.metrics = metrics
        self._stages: list[StageSlots] = []
        self._slots: dict[str, StageSlots] = {}
        """The stages' slots by stage id."""
        self._touchpoints: dict[str, Touchpoint] = {}
        self._place: dict[str, tuple[str, int]] = {}
        """Each touchpoint's stage id and index in that stage."""
        self._columns = PlacedColumns(self._slots, self._place)
        """Each touchpoint's slot on the map."""
        self._geometry: LaneGeometry | None = None
        self._flows: list[Flow] = []
        self._position: dict[str, int] = {}
        self._flows_at: dict[str, set[str]] = {}
        self._shapes: dict[str, RouteShape] = {}
        self._routes: list[AnchoredRoute | None] = []
        self._over = FlowTracks(metrics.max_flow_tracks)
        self._under = FlowTracks(metrics.max_flow_tracks)
        self._stages_of: dict[str, tuple[str, str]] = {}
        """The stages of the two ends of each flow on a track, as last placed."""
        self._tracked_in: dict[str, set[str]] = {}
        """The flows on a track with an end in each stage, by stage id."""
        self._relink: set[str] = set()
        """Cards whose implied link the edit may have changed (see LayoutTracker)."""

    def route(self, flow_id: str) -> FlowRoute | None:
        """The route of a flow (None when it is not drawn)."""
        index = self._position.get(flow_id)
        anchored = self._routes[index] if index is not None else None
        if anchored is None:
            return None
        shift = self._slots[anchored.stage_id].first - anchored.first
        return translated(anchored.route, shift * self.metrics.slot_width)

    def _column(self, touchpoint_id: str) -> int | None:
        return self._columns.get(touchpoint_id)

    def _card(self, touchpoint_id: str, geometry: LaneGeometry) -> Rect:
        stage_id, offset = self._place[touchpoint_id]
        return self._slots[stage_id].box(touchpoint_id, offset, self.metrics, geometry).card

    def _update_flows(self, journey: Journey, changes: LayoutChanges) -> set[str]:
        """Follow the journey's list of flows; returns the flows to place and route again
        (the removed ones included: placing them takes them off their tracks)."""
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
        old_position = self._position
        self._position = {flow.id: index for index, flow in enumerate(flows)}
        routes = self._routes
        self._routes = [routes[i] if (i := old_position.get(flow.id)) is not None else None
                        for flow in flows]
        for flow in flows:
            self._link(flow)
        now = set(self._position)
        changes.removed_flows |= old_ids - now
        identical = {id(flow) for flow in old}
        kept = {id(flow) for flow in flows}
        self._relink.update(flow.source_id for flow in old if id(flow) not in kept)
        self._relink.update(flow.source_id for flow in flows if id(flow) not in identical)
        return {flow.id for flow in flows if id(flow) not in identical} | (old_ids - now)

    def _outgoing(self, touchpoint_id: str) -> list[Flow]:
        """The flows drawn from a card to a card of the map."""
        flows = (self._flows[self._position[flow_id]]
                 for flow_id in self._flows_at.get(touchpoint_id, ()))
        return [flow for flow in flows
                if flow.source_id == touchpoint_id and flow.target_id in self._place]

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

    def _follow_shifts(self, shifts: Mapping[str, int], changed: set[str],
                       reroute: set[str]) -> set[str]:
        """Move the tracks' spans of flows whose ends moved together along the map with
        their stages; returns the flows whose ends moved apart (to place again).

        ``shifts``: how many slots each stage already on the map moved by (its touchpoints
        that kept their place in it moved as much); ``changed``: the stages whose
        touchpoints changed (the flows of those that moved in them are in ``reroute``).
        """
        apart: set[str] = set()
        if not shifts and not changed:
            return apart
        if shifts:
            spread = (min(shifts.values()), max(shifts.values()))
            stages_of = self._stages_of
            moves: dict[str, int] = {}
            for stage_id in shifts:
                for flow_id in self._tracked_in.get(stage_id, ()):
                    if flow_id in reroute or flow_id in moves:
                        continue
                    source_stage, target_stage = stages_of[flow_id]
                    source = shifts.get(source_stage, 0)
                    target = source if target_stage == source_stage else \
                        shifts.get(target_stage, 0)
                    if source != target:
                        apart.add(flow_id)
                    elif source:
                        moves[flow_id] = source
            for tracks in (self._over, self._under):
                tracks.shift({flow_id: delta for flow_id, delta in moves.items()
                              if flow_id in tracks.spans}, spread)
        # Flows to the next column that is now in another stage, or further away.
        previous: tuple[StageSlots, int | None] | None = None
        for slots in self._stages:
            shift = None if slots.stage_id in changed else shifts.get(slots.stage_id, 0)
            if previous is not None and (shift is None or shift != previous[1]):
                before = previous[0].touchpoints
                if before:
                    apart |= self._flows_at.get(before[-1].id, set())
                if slots.touchpoints:
                    apart |= self._flows_at.get(slots.touchpoints[0].id, set())
            previous = (slots, shift)
        return apart

    def _place_flow(self, flow_id: str) -> None:
        """The shape and span of one flow, from its ends' columns."""
        index = self._position.get(flow_id)
        flow = self._flows[index] if index is not None else None
        source = self._column(flow.source_id) if flow is not None else None
        target = self._column(flow.target_id) if flow is not None else None
        if flow is None or source is None or target is None:
            self._shapes.pop(flow_id, None)
            self._track_stages(flow_id, None)
            self._over.place(flow_id, None)
            self._under.place(flow_id, None)
            return
        shape = route_shape(source, target, flow.source_id == flow.target_id)
        self._shapes[flow_id] = shape
        self._over.place(flow_id, (source, target) if shape is RouteShape.OVER else None)
        self._under.place(flow_id, (target, source) if shape is RouteShape.UNDER else None)
        tracked = shape is RouteShape.OVER or shape is RouteShape.UNDER
        self._track_stages(flow_id, (self._place[flow.source_id][0],
                                     self._place[flow.target_id][0]) if tracked else None)

    def _track_stages(self, flow_id: str, stages: tuple[str, str] | None) -> None:
        """Remember the stages of a flow on a track (None: it is not on one)."""
        old = self._stages_of.get(flow_id)
        if old == stages:
            return
        for stage_id in set(old or ()):
            linked = self._tracked_in[stage_id]
            linked.discard(flow_id)
            if not linked:
                del self._tracked_in[stage_id]
        if stages is None:
            del self._stages_of[flow_id]
            return
        self._stages_of[flow_id] = stages
        for stage_id in stages:
            self._tracked_in.setdefault(stage_id, set()).add(flow_id)

    def _update_routes(self, reroute: set[str], changes: LayoutChanges) -> None:
        m, geometry = self.metrics, self._geometry
        assert geometry is not None
        lanes = {lane.lane: lane for lane in geometry.lanes}
        cards_lane = lanes.get(Lane.TOUCHPOINTS)
        card_height = m.lane_heights[Lane.TOUCHPOINTS] - 2 * m.lane_padding
        over_tracks = self._over.count
        for flow_id in reroute:
            index = self._position.get(flow_id)
            if index is None:
                continue
            shape = self._shapes.get(flow_id)
            anchored: AnchoredRoute | None = None
            if shape is not None and cards_lane is not None:
                flow = self._flows[index]
                tracks = self._over if shape is RouteShape.OVER else self._under
                route = route_flow(
                    flow, shape, tracks.tracks.get(flow_id, 0),
                    self._card(flow.source_id, geometry), self._card(flow.target_id, geometry),
                    self._touchpoints[flow.source_id], self._touchpoints[flow.target_id],
                    cards_lane.band.y, over_tracks,
                    geometry.cards_y + card_height + m.lane_padding, m.flow_track_height)
                stage_id = self._place[flow.source_id][0]
                anchored = AnchoredRoute(route, stage_id, self._slots[stage_id].first)
            if not same_place(self._routes[index], anchored, m.slot_width):
                if anchored is None:
                    changes.removed_flows.add(flow_id)
                else:
                    changes.flows.add(flow_id)
            self._routes[index] = anchored
