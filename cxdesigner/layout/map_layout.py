"""Where every part of a journey map goes, in points: shared by the canvas and the PDF.

The map reads left to right in time. Each touchpoint owns one column (a slot) inside its
stage, so everything about it (channel, emotion, verbatims…) sits in that column, one
lane (row) below another, in the order and visibility the journey stores.
"""

from __future__ import annotations

import math
from bisect import bisect_right
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from cxdesigner.layout.blueprint import (
    BlueprintBand,
    BlueprintLayout,
    BlueprintLinePlace,
    BlueprintPlan,
    blueprint_rows,
    place_blueprint,
    plan_blueprint,
)
from cxdesigner.layout.flows import FlowRoute, count_tracks, route_flows
from cxdesigner.layout.geometry import Point, Rect
from cxdesigner.layout.metrics import LIST_LANES, LayoutMetrics
from cxdesigner.layout.path_links import ImpliedLink, implied_links
from cxdesigner.model import EMOTION_MAX, EMOTION_MIN, Journey, Lane, Touchpoint
from cxdesigner.model.path import outgoing_flows

DEFAULT_METRICS = LayoutMetrics()


@dataclass(frozen=True)
class StageBox:
    """A stage column: its header and the whole column below it."""

    stage_id: str
    index: int
    header: Rect
    column: Rect
    first_slot: int
    slot_count: int


@dataclass(frozen=True)
class LaneBox:
    """A lane (row): its label at the left and its band across the map."""

    lane: Lane
    label: Rect
    band: Rect
    content_top: float
    """Where cells start inside the band (below the over-the-cards flow tracks)."""
    content_height: float


@dataclass(frozen=True)
class TouchpointBox:
    """A touchpoint's column and its card."""

    touchpoint_id: str
    stage_id: str
    column: int
    slot: Rect
    card: Rect


@dataclass(frozen=True)
class NoteBox:
    """A sticky note's place in the notes lane."""

    note_id: str
    rect: Rect


@dataclass(frozen=True)
class MapLayout:
    """The whole map's geometry. Sizes in points; (0, 0) is the top-left of the map."""

    journey_id: str
    width: float
    height: float
    metrics: LayoutMetrics
    stages: tuple[StageBox, ...]
    lanes: tuple[LaneBox, ...]
    touchpoints: Mapping[str, TouchpointBox]
    """Boxes by touchpoint id, in map order."""
    flows: Sequence[FlowRoute]
    """Routes in the order of the journey's flows (a tuple, or a LayoutTracker's
    :class:`~cxdesigner.layout.placed.PlacedRoutes`)."""
    implied_links: Mapping[str, ImpliedLink]
    """The links implied from a card to the next one, and the broken ones, by source card
    (in map order from ``layout_journey``; a LayoutTracker may keep another order). A pair
    of neighbours has none when a drawn flow takes the place of its link."""
    notes: tuple[NoteBox, ...]
    list_rows: int
    """How many items each list lane (verbatims, irritants, opportunities) shows."""
    blueprint: BlueprintLayout | None = None
    """The service blueprint below the lanes, when the journey shows it."""
    _lane_index: dict[Lane, LaneBox] = field(init=False, repr=False, compare=False)
    _stage_index: dict[str, StageBox] = field(init=False, repr=False, compare=False)
    _stage_lefts: list[float] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        # Look-ups asked for every cell and every mouse move: answered without a scan.
        object.__setattr__(self, "_lane_index", {box.lane: box for box in self.lanes})
        object.__setattr__(self, "_stage_index",
                           {box.stage_id: box for box in reversed(self.stages)})
        object.__setattr__(self, "_stage_lefts", [box.column.x for box in self.stages])

    @property
    def bounds(self) -> Rect:
        return Rect(0.0, 0.0, self.width, self.height)

    def lane(self, lane: Lane) -> LaneBox | None:
        """The lane's box, or None when it is hidden."""
        return self._lane_index.get(lane)

    def stage(self, stage_id: str) -> StageBox | None:
        """The stage's box, or None when the map has no such stage."""
        return self._stage_index.get(stage_id)

    def cell(self, touchpoint_id: str, lane: Lane) -> Rect | None:
        """The rectangle of a touchpoint in a lane (its card in the touchpoints lane)."""
        box, lane_box = self.touchpoints.get(touchpoint_id), self.lane(lane)
        if box is None or lane_box is None:
            return None
        if lane is Lane.TOUCHPOINTS:
            return box.card
        padding = self.metrics.lane_padding
        return Rect(box.card.x, lane_box.content_top + padding, box.card.width,
                    max(0.0, lane_box.content_height - 2 * padding))

    def emotion_y(self, value: float) -> float | None:
        """The y of an emotion value in the emotion lane (None when the lane is hidden)."""
        lane_box = self.lane(Lane.EMOTION)
        if lane_box is None:
            return None
        inner = lane_box.band.inset(0, self.metrics.lane_padding + 6)
        share = (EMOTION_MAX - value) / (EMOTION_MAX - EMOTION_MIN)
        return inner.y + share * inner.height

    def emotion_runs(self, journey: Journey, persona_id: str | None = None) -> list[list[Point]]:
        """The emotion dots in map order, split into runs where an emotion is unset."""
        runs: list[list[Point]] = [[]]
        for _, touchpoint in journey.touchpoints():
            box = self.touchpoints.get(touchpoint.id)
            value = touchpoint.emotion_for(persona_id)
            y = None if value is None else self.emotion_y(value)
            if box is None or y is None:
                if runs[-1]:
                    runs.append([])
                continue
            runs[-1].append(Point(box.card.center.x, y))
        return [run for run in runs if run]

    def stage_index_at(self, x: float) -> int:
        """The index of the last stage whose column starts at or before ``x`` (0 if none)."""
        return max(0, bisect_right(self._stage_lefts, x) - 1)

    def stage_at(self, x: float) -> StageBox | None:
        """The stage column under ``x``."""
        # Stage columns follow one another from left to right without overlapping.
        index = bisect_right(self._stage_lefts, x) - 1
        if index < 0:
            return None
        stage = self.stages[index]
        return stage if stage.column.x <= x < stage.column.right else None


def _list_rows(journey: Journey, metrics: LayoutMetrics) -> int:
    longest = 1
    for _, tp in journey.touchpoints():
        longest = max(longest, len(tp.verbatims), len(tp.irritants), len(tp.opportunities))
    return min(longest, metrics.max_items_shown)


def _lane_height(lane: Lane, metrics: LayoutMetrics, list_rows: int, note_rows: int) -> float:
    if lane in LIST_LANES:
        return list_rows * metrics.item_height + 2 * metrics.lane_padding
    if lane is Lane.NOTES:
        return max(1, note_rows) * metrics.lane_heights[Lane.NOTES]
    return metrics.lane_heights[lane]


@dataclass(frozen=True)
class LaneGeometry:
    """The rows of a map: what every card, cell and route below them depends on."""

    lanes: tuple[LaneBox, ...]
    cards_y: float
    """The top of the cards."""
    bottom: float
    """The bottom of the last lane (or of the blueprint's last row), gap included."""
    blueprint_bands: tuple[BlueprintBand, ...] = ()
    blueprint_lines: tuple[BlueprintLinePlace, ...] = ()


def lane_geometry(lanes: Iterable[Lane], metrics: LayoutMetrics, list_rows: int,
                  note_rows: int, over: int, under: int, map_right: float,
                  blueprint: BlueprintPlan | None = None) -> LaneGeometry:
    """The visible lanes' boxes, top to bottom, with ``over`` and ``under`` flow tracks,
    and below them the rows of the blueprint planned, if any."""
    m = metrics
    y = m.margin + m.stage_header_height + m.lane_gap
    boxes: list[LaneBox] = []
    cards_y = 0.0
    for lane in lanes:
        height = _lane_height(lane, m, list_rows, note_rows)
        content_top = y
        if lane is Lane.TOUCHPOINTS:
            # Room for the flows that jump over the cards and those that go back under them.
            content_top = y + over * m.flow_track_height
            cards_y = content_top + m.lane_padding
            height += (over + under) * m.flow_track_height
        band = Rect(m.margin, y, map_right - m.margin, height)
        content_height = height - (over + under) * m.flow_track_height \
            if lane is Lane.TOUCHPOINTS else height
        boxes.append(LaneBox(lane, Rect(m.margin, y, m.lane_label_width, height), band,
                             content_top, content_height))
        y += height + m.lane_gap
    if blueprint is None:
        return LaneGeometry(tuple(boxes), cards_y, y)
    bands, lines, bottom = blueprint_rows(blueprint, m, y - m.lane_gap, map_right)
    return LaneGeometry(tuple(boxes), cards_y, bottom, bands, lines)


def touchpoint_box(touchpoint_id: str, stage_id: str, column: int, metrics: LayoutMetrics,
                   rows: LaneGeometry) -> TouchpointBox:
    """The column and card of the touchpoint in slot ``column``."""
    m = metrics
    top = m.margin + m.stage_header_height
    card_height = m.lane_heights[Lane.TOUCHPOINTS] - 2 * m.lane_padding
    slot_rect = Rect(_slot_x(column, m), top, m.slot_width, rows.bottom - top)
    card = Rect(card_x(column, m), rows.cards_y, m.card_width, card_height)
    return TouchpointBox(touchpoint_id, stage_id, column, slot_rect, card)


def _slot_x(column: int, metrics: LayoutMetrics) -> float:
    return metrics.margin + metrics.lane_label_width + column * metrics.slot_width


def card_x(column: int, metrics: LayoutMetrics) -> float:
    """The left of the card in slot ``column`` (as its :func:`touchpoint_box` has it)."""
    return _slot_x(column, metrics) + metrics.slot_gap / 2


def stage_box(stage_id: str, index: int, first: int, count: int, metrics: LayoutMetrics,
              rows: LaneGeometry) -> StageBox:
    """The header and column of the stage at ``index``, holding slots ``first`` to ``count``."""
    m = metrics
    left = m.margin + m.lane_label_width
    return StageBox(stage_id, index,
                    Rect(left + first * m.slot_width, m.margin, count * m.slot_width,
                         m.stage_header_height),
                    Rect(left + first * m.slot_width, m.margin, count * m.slot_width,
                         rows.bottom - m.margin),
                    first, count)


def note_rows_needed(journey: Journey, slots: Iterable[tuple[str, int]]) -> int:
    """How many rows of notes the fullest stage needs; ``slots``: (stage id, slot count)."""
    notes_per_stage: dict[str | None, int] = {}
    for note in journey.notes:
        notes_per_stage[note.stage_id] = notes_per_stage.get(note.stage_id, 0) + 1
    first_stage = journey.stages[0].id if journey.stages else None
    note_rows = 0
    for stage_id, count in slots:
        placed = notes_per_stage.get(stage_id, 0)
        placed += notes_per_stage.get(None, 0) if stage_id == first_stage else 0
        note_rows = max(note_rows, math.ceil(placed / count))
    return note_rows


def note_boxes(journey: Journey, stages: Mapping[str, StageBox], metrics: LayoutMetrics,
               lanes: tuple[LaneBox, ...]) -> tuple[NoteBox, ...]:
    """Where each sticky note goes in its stage (notes without a stage: the first one)."""
    m = metrics
    notes_lane = next((lane for lane in lanes if lane.lane is Lane.NOTES), None)
    if notes_lane is None:
        return ()
    first_stage = journey.stages[0].id if journey.stages else None
    notes: list[NoteBox] = []
    placed_in: dict[str, int] = {}
    for note in journey.notes:
        box = stages.get(note.stage_id or first_stage or "")
        if box is None:
            continue
        index = placed_in.get(box.stage_id, 0)
        placed_in[box.stage_id] = index + 1
        row, col = divmod(index, box.slot_count)
        row_height = m.lane_heights[Lane.NOTES]
        notes.append(NoteBox(note.id, Rect(
            box.column.x + col * m.slot_width + m.slot_gap / 2,
            notes_lane.band.y + row * row_height + m.lane_padding,
            m.card_width, row_height - 2 * m.lane_padding)))
    return tuple(notes)


def layout_journey(journey: Journey, metrics: LayoutMetrics = DEFAULT_METRICS) -> MapLayout:
    """Compute the map of ``journey``."""
    m = metrics
    left = m.margin + m.lane_label_width

    columns: dict[str, int] = {}
    touchpoints: dict[str, Touchpoint] = {}
    stage_slots: list[tuple[str, int, int]] = []
    slot = 0
    for stage in journey.stages:
        first = slot
        for tp in stage.touchpoints:
            columns[tp.id] = slot
            touchpoints[tp.id] = tp
            slot += 1
        slot = max(slot, first + 1)  # an empty stage still gets one column to drop into
        stage_slots.append((stage.id, first, slot - first))
    total_slots = max(slot, 1)
    map_right = left + total_slots * m.slot_width

    note_rows = note_rows_needed(journey, ((stage_id, count) for stage_id, _, count
                                           in stage_slots))
    list_rows = _list_rows(journey, m)
    over, under = count_tracks(journey.flows, columns, m.max_flow_tracks)
    plan = plan_blueprint(journey, stage_slots, columns, m.max_flow_tracks) \
        if journey.show_blueprint else None
    rows = lane_geometry(journey.visible_lanes(), m, list_rows, note_rows, over, under,
                         map_right, plan)
    lanes = rows.lanes
    card_height = m.lane_heights[Lane.TOUCHPOINTS] - 2 * m.lane_padding
    stage_of = {tp_id: stage.id for stage in journey.stages
                for tp_id in (tp.id for tp in stage.touchpoints)}
    boxes = {tp_id: touchpoint_box(tp_id, stage_of[tp_id], column, m, rows)
             for tp_id, column in columns.items()}
    stages = tuple(stage_box(stage_id, index, first, count, m, rows)
                   for index, (stage_id, first, count) in enumerate(stage_slots))
    notes = note_boxes(journey, {box.stage_id: box for box in reversed(stages)}, m, lanes)

    routes: tuple[FlowRoute, ...] = ()
    cards_lane = next((lane for lane in lanes if lane.lane is Lane.TOUCHPOINTS), None)
    if cards_lane is not None:
        routes = tuple(route_flows(
            journey.flows, {k: b.card for k, b in boxes.items()}, columns, touchpoints,
            over_top=cards_lane.band.y, under_top=rows.cards_y + card_height + m.lane_padding,
            track_height=m.flow_track_height, max_tracks=m.max_flow_tracks))

    order = list(touchpoints.values())
    links = implied_links(order, outgoing_flows(journey, columns), columns)
    blueprint = None if plan is None else place_blueprint(
        journey, plan, rows.blueprint_bands, rows.blueprint_lines, m)
    return MapLayout(journey.id, map_right + m.margin, rows.bottom + m.margin - m.lane_gap, m,
                     stages, lanes, boxes, routes, links, notes, list_rows, blueprint)
