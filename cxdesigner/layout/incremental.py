"""Keep a journey's map layout in step with its edits, redoing only what each edit changed.

``layout_journey`` lays a whole journey out: tens of milliseconds of Python for 2,000
touchpoints. An edit changes a few things at a time. :class:`LayoutTracker` remembers what
its last layout was made from, finds by identity what the journey's lists now hold
differently (the document replaces the entities it changes, it never edits one in place),
and recomputes only the boxes and routes that depend on that. Its layout always equals what
``layout_journey`` gives for the same journey; :class:`LayoutChanges` says what differs
from the previous one, so that the canvas touches only those items.

Everything is kept in its stage's own place along the map (see :mod:`.placed`): a card added
to a stage lays that stage out again, moves each later stage by one column and re-routes
only the flows whose two ends moved apart; the links implied between neighbouring cards are
worked out again only around the cards whose neighbours or flows changed. Its cost depends
on the stage and the number of stages, not on the number of cards after it (the service
blueprint, small beside the map, is planned whole at every edit when it is shown).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from cxdesigner.layout.blueprint import BlueprintLayout, place_blueprint, plan_blueprint
from cxdesigner.layout.changes import LayoutChanges, item_rows, lane_rows, same_items
from cxdesigner.layout.flow_tracker import FlowTracker
from cxdesigner.layout.map_layout import (
    DEFAULT_METRICS,
    LaneGeometry,
    MapLayout,
    StageBox,
    lane_geometry,
    stage_box,
)
from cxdesigner.layout.metrics import LayoutMetrics
from cxdesigner.layout.note_tracker import NoteTracker
from cxdesigner.layout.path_links import ImpliedLinkTracker
from cxdesigner.layout.placed import PlacedBoxes, PlacedRoutes, StageSlots
from cxdesigner.model import Journey, Touchpoint

__all__ = ["LayoutChanges", "LayoutTracker"]


@dataclass
class _StageUpdate:
    """What :meth:`LayoutTracker._update_stages` found."""

    replaced: set[str] = field(default_factory=set)
    """Touchpoints whose object was replaced."""
    changed: set[str] = field(default_factory=set)
    """Stages whose touchpoints changed."""
    shifts: dict[str, int] = field(default_factory=dict)
    """How many slots each stage already on the map moved by (those that moved)."""
    same_order: bool = True
    """The same stages in the same order as before."""
    reordered: bool = False
    """Stages changed places (columns no longer keep their order)."""
    slots: int = 0


class LayoutTracker(FlowTracker):
    """The layout of one journey, brought up to date edit after edit.

    Attributes:
        layout: the current layout (None before the first :meth:`update`).
    """

    def __init__(self, metrics: LayoutMetrics = DEFAULT_METRICS) -> None:
        super().__init__(metrics)
        self.layout: MapLayout | None = None
        self._journey_id = ""
        self._stage_ids: list[str] = []
        self._stage_index: dict[str, int] = {}
        self._rows_of: dict[str, int] = {}
        self._row_counts = [0] * (metrics.max_items_shown + 1)
        self._geometry_key: tuple[object, ...] = ()
        self._stage_boxes: list[StageBox] = []
        self._stage_box_of: dict[str, StageBox] = {}
        self._notes = NoteTracker(metrics)
        self._links = ImpliedLinkTracker()
        self._blueprint: BlueprintLayout | None = None

    # ------------------------------------------------------------------ reading

    def touchpoint_after(self, touchpoint_id: str) -> str | None:
        """The next touchpoint in map order."""
        return self._step(touchpoint_id, 1)

    def touchpoint_before(self, touchpoint_id: str) -> str | None:
        """The previous touchpoint in map order."""
        return self._step(touchpoint_id, -1)

    def touchpoint(self, touchpoint_id: str) -> Touchpoint | None:
        """The touchpoint object the layout was made from."""
        return self._touchpoints.get(touchpoint_id)

    def _step(self, touchpoint_id: str, direction: int) -> str | None:
        place = self._place.get(touchpoint_id)
        if place is None:
            return None
        index, at = self._stage_index[place[0]], place[1] + direction
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
        found = self._update_stages(journey, changes)
        self._update_list_rows(found.replaced, changes.removed_touchpoints)

        # Flows: those whose ends moved apart, or whose own objects changed.
        reroute = self._update_flows(journey, changes)
        for tp_id in changes.touchpoints | changes.removed_touchpoints:
            reroute |= self._flows_at.get(tp_id, set())
        if found.reordered:
            reroute |= set(self._position)
        else:
            reroute |= self._follow_shifts(found.shifts, found.changed, reroute)
        # Implied links: a card's link follows its content, its next card, and the flows
        # drawn from it (their ends' order along the map); the link into a card follows its
        # content too. Flows whose ends moved together keep their order.
        relink = self._relink
        if not full:  # (a whole layout works every link out again below)
            relink |= changes.neighbours | found.replaced | changes.removed_touchpoints
            relink.update(before for tp_id in found.replaced
                          if (before := self._step(tp_id, -1)) is not None)
            relink.update(self._flows[index].source_id for flow_id in reroute
                          if (index := self._position.get(flow_id)) is not None)
        for flow_id in reroute:
            self._place_flow(flow_id)
        reroute |= self._over.settle(self._position, full or found.reordered)
        reroute |= self._under.settle(self._position, full or found.reordered)

        # Rows: the lanes and everything below them, whole, when their heights moved.
        map_right = m.margin + m.lane_label_width + max(found.slots, 1) * m.slot_width
        note_rows = self._notes.rows(journey, self._slots)
        list_rows = min(max(1, self._longest_list()), m.max_items_shown)
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
            reroute = set(self._shapes)
        moved = self._update_stage_boxes(geometry, full, found, changes)
        self._update_routes(reroute, changes)
        changes.notes = self._notes.update(journey, moved, self._stage_boxes, geometry.lanes,
                                           full, changes.removed_stages)

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
        slots = dict(self._slots)
        self.layout = MapLayout(
            journey.id, width, height, m, tuple(self._stage_boxes), geometry.lanes,
            PlacedBoxes(self._stages, slots, dict(self._place), m, geometry),
            PlacedRoutes(list(filter(None, self._routes)), slots, m.slot_width),
            dict(self._links.links), self._notes.boxes, list_rows, blueprint)
        if full:
            changes.touchpoints.clear()
            changes.stages.clear()
            changes.flows.clear()
            changes.neighbours.clear()
            changes.implied_links.clear()
        return changes

    def _update_stages(self, journey: Journey, changes: LayoutChanges) -> _StageUpdate:
        """Slots of every stage, and the places of the touchpoints of those that changed.

        A stage is known by its id: one whose touchpoints are the same objects in the same
        order keeps their places in it, wherever it now starts. Fills the moved, removed and
        neighbour touchpoints and the removed stages.
        """
        found = _StageUpdate()
        old_slots, old_index = self._slots, self._stage_index
        states: list[StageSlots] = []
        left: set[str] = set()
        arrived: dict[str, tuple[Touchpoint, str, int]] = {}
        slot = 0
        last_index = -1
        stage_ids = [stage.id for stage in journey.stages]
        found.same_order = stage_ids == self._stage_ids
        self._stage_ids = stage_ids
        for stage in journey.stages:
            items = stage.touchpoints
            count = max(len(items), 1)  # an empty stage still gets one column to drop into
            old = old_slots.get(stage.id)
            if old is not None:
                if not found.same_order:
                    was = old_index[stage.id]
                    found.reordered |= was < last_index
                    last_index = was
                if old.first != slot:
                    found.shifts[stage.id] = slot - old.first
                if same_items(items, old.touchpoints):
                    if old.first != slot:
                        old = self._slots[stage.id] = StageSlots(stage.id, old.touchpoints,
                                                                 slot, count)
                    states.append(old)
                    slot += count
                    continue
                left.update(tp.id for tp in old.touchpoints)
            new = self._slots[stage.id] = StageSlots(stage.id, list(items), slot, count)
            states.append(new)
            found.changed.add(stage.id)
            for offset, touchpoint in enumerate(items):
                arrived[touchpoint.id] = (touchpoint, stage.id, offset)
            slot += count
        found.slots = slot
        self._stages = states
        if not found.same_order:
            for stage_id in old_index.keys() - {state.stage_id for state in states}:
                left.update(tp.id for tp in old_slots[stage_id].touchpoints)
                changes.removed_stages.add(stage_id)
                del self._slots[stage_id]
            self._stage_index = {state.stage_id: index for index, state in enumerate(states)}

        for tp_id in left - arrived.keys():
            for store in (self._touchpoints, self._place):
                store.pop(tp_id, None)
            changes.removed_touchpoints.add(tp_id)
        for tp_id, (touchpoint, stage_id, offset) in arrived.items():
            if self._touchpoints.get(tp_id) is not touchpoint:
                self._touchpoints[tp_id] = touchpoint
                found.replaced.add(tp_id)
            if self._place.get(tp_id) != (stage_id, offset):
                self._place[tp_id] = (stage_id, offset)
                changes.touchpoints.add(tp_id)
        changes.touchpoints |= found.replaced
        self._update_neighbours(found.changed, found.same_order, changes)
        return found

    def _update_neighbours(self, changed: set[str], same_order: bool,
                           changes: LayoutChanges) -> None:
        """The cards whose neighbours in map order may have changed: those of a changed
        stage, the first one after it (a new previous card) and the last one before it (a
        new next card, to which its implied link leads); a stage only shifted keeps its
        order. After stages were added, removed or moved, each stage's first and last may."""
        stages = self._stages
        if not same_order:
            changes.neighbours.update(s.touchpoints[0].id for s in stages if s.touchpoints)
            self._relink.update(s.touchpoints[-1].id for s in stages if s.touchpoints)
        for stage_id in changed:
            index = self._stage_index[stage_id]
            changes.neighbours.update(tp.id for tp in stages[index].touchpoints)
            after = next((s.touchpoints[0].id for s in stages[index + 1:] if s.touchpoints),
                         None)
            if after is not None:
                changes.neighbours.add(after)
            before = next((s.touchpoints[-1].id for s in reversed(stages[:index])
                           if s.touchpoints), None)
            if before is not None:
                self._relink.add(before)

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

    def _update_stage_boxes(self, geometry: LaneGeometry, full: bool, found: _StageUpdate,
                            changes: LayoutChanges) -> list[tuple[StageBox | None, StageBox]]:
        """Every stage's box; returns those that changed (old box, new box)."""
        moved: list[tuple[StageBox | None, StageBox]] = []
        if full or not found.same_order:
            self._stage_boxes = [self._stage_box(index, geometry, full, changes, moved)
                                 for index in range(len(self._stages))]
            for stage_id in changes.removed_stages:
                self._stage_box_of.pop(stage_id, None)
        else:  # the same stages: only those that moved or changed have new boxes
            for stage_id in found.shifts.keys() | found.changed:
                index = self._stage_index[stage_id]
                self._stage_boxes[index] = self._stage_box(index, geometry, full, changes,
                                                           moved)
        return moved

    def _stage_box(self, index: int, geometry: LaneGeometry, full: bool,
                   changes: LayoutChanges, moved: list[tuple[StageBox | None, StageBox]],
                   ) -> StageBox:
        slots = self._stages[index]
        box = self._stage_box_of.get(slots.stage_id)
        if (full or box is None or box.first_slot != slots.first or box.index != index
                or box.slot_count != slots.count):
            new = stage_box(slots.stage_id, index, slots.first, slots.count, self.metrics,
                            geometry)
            if box is None or box.first_slot != slots.first or new != box:
                changes.stages.add(slots.stage_id)
                moved.append((box, new))
            box = self._stage_box_of[slots.stage_id] = new
        return box
