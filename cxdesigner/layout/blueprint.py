"""Where the service blueprint goes: its rows below the customer's lanes, its three lines,
its items in their stages and the arrows that cross the lines.

From the customer down: the line of interaction, the front-stage row, the line of
visibility, the back-stage row, the line of internal interaction, the support row. An item
takes a slot of its stage's columns, in the order the journey lists it; a stage with more
items in a row than columns wraps onto another line of that row.

An arrow reaches what the item serves: a touchpoint's column at the line of interaction,
or another item. Two items side by side in a line are joined straight across, and an item
right below (or above) what it serves, with nothing in between, straight up (or down).
Any other arrow leaves its item by the top and runs along a track at the top of the item's
row (each track holds arrows that do not overlap, the shortest nearest the items); to
reach another row it goes up or down the gap between two columns, where it crosses no
item, and along a track of the target's row (a touchpoint's: the front stage's) to come
into its target from above, or to rise to the line of interaction.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from cxdesigner.layout.flows import assign_tracks
from cxdesigner.layout.geometry import Point, Rect
from cxdesigner.layout.metrics import LayoutMetrics
from cxdesigner.model import BlueprintLayer, Journey, is_blueprint_handoff

LAYERS = tuple(BlueprintLayer)
"""The blueprint's rows, from the customer down."""


class BlueprintLine(StrEnum):
    """The lines that separate the blueprint's rows."""

    INTERACTION = "interaction"  # the customer / the front stage
    VISIBILITY = "visibility"  # what the customer sees / does not see
    INTERNAL = "internal"  # the back stage / the support processes


LINE_ABOVE = {BlueprintLayer.FRONT_STAGE: BlueprintLine.INTERACTION,
              BlueprintLayer.BACK_STAGE: BlueprintLine.VISIBILITY,
              BlueprintLayer.SUPPORT: BlueprintLine.INTERNAL}
"""The line drawn above each row."""


class ArrowShape(StrEnum):
    """How an arrow of the blueprint is drawn."""

    BESIDE = "beside"  # to the item beside it in its line: straight across
    STRAIGHT = "straight"  # to what is right above or below it, nothing in between
    ALONG = "along"  # along a track of its row, then into its target's column
    ACROSS = "across"  # along a track of its row, up or down a gap between two columns,
    # then along a track of its target's row (for a touchpoint: the front stage's)


@dataclass(frozen=True)
class PlannedArrow:
    """One arrow of the blueprint, before the rows are placed.

    Attributes:
        source_id: the item it leaves.
        target_id: the item or touchpoint it reaches.
        to_touchpoint: it reaches a touchpoint's column at the line of interaction.
        shape: how it is drawn.
        track: its track in the source's row (ALONG, ACROSS).
        far_track: its track in the target's row (ACROSS).
        gap: the boundary between two columns it goes up or down (ACROSS), counted in slots.
        lane: how far from the middle of that gap it runs, in points (arrows sharing a gap
            run side by side).
    """

    source_id: str
    target_id: str
    to_touchpoint: bool
    shape: ArrowShape
    track: int = -1
    far_track: int = -1
    gap: int = 0
    lane: float = 0.0


LANE_STEP = 3.0
"""Arrows sharing a gap between two columns run this far apart."""

Place = tuple[BlueprintLayer, str, int, int]
"""(layer, stage id, slot on the map, line in its row)."""


@dataclass(frozen=True)
class BlueprintPlan:
    """Where each item goes in its row, counted in slots and lines, and how each arrow runs:
    what the rows' heights depend on, worked out before the map's rows are placed.

    Attributes:
        places: item id -> its place.
        lines: how many lines of items each row holds (at least one).
        tracks: how many arrow tracks each row needs at its top.
        arrows: in the journey's order of items and of what each serves.
        columns: the touchpoints' slots, for the arrows that reach them.
    """

    places: Mapping[str, Place]
    lines: Mapping[BlueprintLayer, int]
    tracks: Mapping[BlueprintLayer, int]
    arrows: tuple[PlannedArrow, ...]
    columns: Mapping[str, int]

    @property
    def shape(self) -> tuple[object, ...]:
        """What the heights of the blueprint's rows depend on."""
        return tuple((self.lines[layer], self.tracks[layer]) for layer in LAYERS)


def _row(place: Place) -> tuple[int, int]:
    """A place's row from the customer down: (layer, line)."""
    return LAYERS.index(place[0]), place[3]


def _clear(occupied: set[tuple[int, int, int]], slot: int, low: tuple[int, int],
           high: tuple[int, int]) -> bool:
    """Whether no item of column ``slot`` lies strictly between rows ``low`` and ``high``."""
    return not any(low < (layer, line) < high for layer, line, at in occupied if at == slot)


def _shape(source: Place, target: Place | None, slot: int,
           occupied: set[tuple[int, int, int]]) -> ArrowShape:
    """How an arrow from ``source`` to ``target`` (None: a touchpoint in ``slot``) runs."""
    row = _row(source)
    if target is None:
        if slot == source[2] and _clear(occupied, slot, (-1, 0), row):
            return ArrowShape.STRAIGHT
        return ArrowShape.ALONG if source[0] is LAYERS[0] else ArrowShape.ACROSS
    other = _row(target)
    if other == row and abs(target[2] - source[2]) == 1:
        return ArrowShape.BESIDE
    if target[2] == source[2] and other != row \
            and _clear(occupied, slot, min(row, other), max(row, other)):
        return ArrowShape.STRAIGHT
    return ArrowShape.ALONG if target[0] is source[0] else ArrowShape.ACROSS


GAP_SEARCH = 3
"""How many columns away from its item an arrow looks for a gap free of joined items."""


def _free_gap(source: Place, slot: int, far_layer: BlueprintLayer,
              joined: set[tuple[int, int]]) -> int:
    """The gap an arrow from ``source`` to column ``slot`` of ``far_layer``'s row goes up or
    down: the one beside its item on the target's side, unless items side by side are joined
    there in a row it crosses; then the nearest free one (the first asked for if none is)."""
    rows = range(min(LAYERS.index(source[0]), LAYERS.index(far_layer)),
                 max(LAYERS.index(source[0]), LAYERS.index(far_layer)) + 1)
    first = source[2] + 1 if slot >= source[2] else source[2]
    other = source[2] if first == source[2] + 1 else source[2] + 1
    step = 1 if first > source[2] else -1
    candidates = [first, other]
    for distance in range(1, GAP_SEARCH):
        candidates += [first + step * distance, other - step * distance]
    for gap in candidates:
        if gap >= 0 and not any((row, gap) in joined for row in rows):
            return gap
    return first


def _places(journey: Journey, stage_slots: Sequence[tuple[str, int, int]]
            ) -> tuple[dict[str, Place], dict[BlueprintLayer, int]]:
    """Each item's place, its stage's columns filled in order, and the lines of each row."""
    stages = {stage_id: (first, count) for stage_id, first, count in stage_slots}
    placed: dict[tuple[str, BlueprintLayer], int] = {}
    places: dict[str, Place] = {}
    lines = dict.fromkeys(LAYERS, 1)
    for item in journey.blueprint:
        stage = stages.get(item.stage_id)
        if stage is None or item.id in places:
            continue
        first, count = stage
        index = placed.get((item.stage_id, item.layer), 0)
        placed[item.stage_id, item.layer] = index + 1
        line, column = divmod(index, count)
        places[item.id] = (item.layer, item.stage_id, first + column, line)
        lines[item.layer] = max(lines[item.layer], line + 1)
    return places, lines


def plan_blueprint(journey: Journey, stage_slots: Sequence[tuple[str, int, int]],
                   columns: Mapping[str, int], max_tracks: int) -> BlueprintPlan:
    """The plan of ``journey``'s blueprint.

    Args:
        journey: the journey, with its blueprint.
        stage_slots: (stage id, first slot, slot count) of each stage, in map order.
        columns: the slot of each touchpoint on the map.
        max_tracks: beyond this many tracks in a row, arrows share them.

    Items in a stage the map does not have, and arrows to what it does not have, are left
    out (a file the model refuses never gets this far; an edit in progress may).
    """
    places, lines = _places(journey, stage_slots)
    occupied = {(*_row(place), place[2]) for place in places.values()}
    shaped: list[tuple[str, str, Place, Place | None, int, ArrowShape]] = []
    for item in journey.blueprint:
        source = places.get(item.id)
        if source is None:
            continue
        for target_id in item.serves_ids:
            target = places.get(target_id)
            slot = target[2] if target is not None else columns.get(target_id)
            if slot is None or target_id == item.id:
                continue
            shaped.append((item.id, target_id, source, target, slot,
                           _shape(source, target, slot, occupied)))
    # The gaps where two items side by side are joined: an arrow going up or down a gap
    # would cross them (and their hand-off badge) there.
    joined = {(LAYERS.index(source[0]), max(source[2], slot))
              for _, _, source, _, slot, shape in shaped if shape is ArrowShape.BESIDE}
    # Spans along a row's tracks in half columns: 2 s + 1 is the middle of column s, 2 k
    # the gap before column k.
    spans: dict[BlueprintLayer, list[tuple[int, int]]] = {layer: [] for layer in LAYERS}
    drafts: list[tuple[str, str, Place | None, ArrowShape, int, int, int]] = []
    for source_id, target_id, source, target, slot, shape in shaped:
        near = far = -1
        gap = 0
        middle, end = 2 * source[2] + 1, 2 * slot + 1
        if shape is ArrowShape.ALONG:
            near = len(spans[source[0]])
            spans[source[0]].append((min(middle, end), max(middle, end)))
        elif shape is ArrowShape.ACROSS:
            far_layer = target[0] if target is not None else LAYERS[0]
            gap = _free_gap(source, slot, far_layer, joined)
            near = len(spans[source[0]])
            spans[source[0]].append((min(middle, 2 * gap), max(middle, 2 * gap)))
            far = len(spans[far_layer])
            spans[far_layer].append((min(2 * gap, end), max(2 * gap, end)))
        drafts.append((source_id, target_id, target, shape, near, far, gap))
    tracks_of = {layer: assign_tracks(spans[layer], max_tracks) for layer in LAYERS}
    sharing: dict[int, int] = {}
    for *_, shape, _, _, gap in drafts:
        if shape is ArrowShape.ACROSS:
            sharing[gap] = sharing.get(gap, 0) + 1
    seen: dict[int, int] = {}
    arrows: list[PlannedArrow] = []
    for source_id, target_id, target, shape, near, far, gap in drafts:
        source_layer = places[source_id][0]
        far_layer = target[0] if target is not None else LAYERS[0]
        lane = 0.0
        if shape is ArrowShape.ACROSS:
            index = seen.get(gap, 0)
            seen[gap] = index + 1
            lane = (index - (sharing[gap] - 1) / 2) * LANE_STEP
        arrows.append(PlannedArrow(
            source_id, target_id, target is None, shape,
            tracks_of[source_layer][near] if near >= 0 else -1,
            tracks_of[far_layer][far] if far >= 0 else -1, gap, lane))
    tracks = {layer: max(tracks_of[layer], default=-1) + 1 for layer in LAYERS}
    return BlueprintPlan(places, lines, tracks, tuple(arrows), columns)


@dataclass(frozen=True)
class BlueprintBand:
    """A row of the blueprint: its label at the left and its band across the map."""

    layer: BlueprintLayer
    label: Rect
    band: Rect
    items_top: float
    """Where the items start (below the row's arrow tracks)."""


@dataclass(frozen=True)
class BlueprintLinePlace:
    """A line between two rows, across the map, with room above it for its name."""

    line: BlueprintLine
    y: float
    left: float
    right: float


def blueprint_rows(plan: BlueprintPlan, metrics: LayoutMetrics, top: float,
                   map_right: float) -> tuple[tuple[BlueprintBand, ...],
                                              tuple[BlueprintLinePlace, ...], float]:
    """The rows and lines of a blueprint whose first line's gap starts at ``top``; returns
    them with the bottom of the last row, gap included (as the lanes' geometry counts it)."""
    m = metrics
    y = top
    bands: list[BlueprintBand] = []
    places: list[BlueprintLinePlace] = []
    row_height = m.blueprint_item_height + 2 * m.lane_padding
    for layer in LAYERS:
        places.append(BlueprintLinePlace(LINE_ABOVE[layer], y + m.blueprint_line_gap / 2,
                                         m.margin, map_right))
        y += m.blueprint_line_gap
        tracks = plan.tracks[layer] * m.flow_track_height
        height = tracks + plan.lines[layer] * row_height
        bands.append(BlueprintBand(layer, Rect(m.margin, y, m.lane_label_width, height),
                                   Rect(m.margin, y, map_right - m.margin, height), y + tracks))
        y += height
    return tuple(bands), tuple(places), y + m.lane_gap


@dataclass(frozen=True)
class BlueprintItemBox:
    """A blueprint item's place on the map."""

    item_id: str
    stage_id: str
    layer: BlueprintLayer
    slot: int
    rect: Rect


@dataclass(frozen=True)
class BlueprintRoute:
    """The polyline of one arrow of the blueprint, from an item to what it serves.

    ``to_touchpoint``: it ends at the line of interaction, under the touchpoint's card;
    ``handoff``: it joins items of two different owners.
    """

    source_id: str
    target_id: str
    points: tuple[Point, ...]
    to_touchpoint: bool
    handoff: bool


@dataclass(frozen=True)
class BlueprintLayout:
    """The blueprint's place on the map."""

    bands: tuple[BlueprintBand, ...]
    lines: tuple[BlueprintLinePlace, ...]
    items: Mapping[str, BlueprintItemBox]
    routes: tuple[BlueprintRoute, ...]

    @property
    def bottom(self) -> float:
        return self.bands[-1].band.bottom

    def band(self, layer: BlueprintLayer) -> BlueprintBand:
        return next(band for band in self.bands if band.layer is layer)

    def layer_at(self, y: float) -> BlueprintLayer | None:
        """The row under ``y``, if any."""
        return next((band.layer for band in self.bands if band.band.y <= y < band.band.bottom),
                    None)


def place_blueprint(journey: Journey, plan: BlueprintPlan, bands: Sequence[BlueprintBand],
                    lines: Sequence[BlueprintLinePlace],
                    metrics: LayoutMetrics) -> BlueprintLayout:
    """The blueprint's boxes and arrows in the rows ``bands``, below ``lines``."""
    m = metrics
    left = m.margin + m.lane_label_width
    by_layer = {band.layer: band for band in bands}
    row_height = m.blueprint_item_height + 2 * m.lane_padding
    boxes: dict[str, BlueprintItemBox] = {}
    for item_id, (layer, stage_id, slot, line) in plan.places.items():
        band = by_layer[layer]
        rect = Rect(left + slot * m.slot_width + m.slot_gap / 2,
                    band.items_top + line * row_height + m.lane_padding, m.card_width,
                    m.blueprint_item_height)
        boxes[item_id] = BlueprintItemBox(item_id, stage_id, layer, slot, rect)
    items = {item.id: item for item in journey.blueprint}
    interaction = lines[0].y

    def track_y(layer: BlueprintLayer, track: int) -> float:
        band = by_layer[layer]
        return band.band.y + (plan.tracks[layer] - 1 - track + 0.5) * m.flow_track_height

    routes: list[BlueprintRoute] = []
    for arrow in plan.arrows:
        source_id, target_id = arrow.source_id, arrow.target_id
        source = boxes[source_id].rect
        target_box = boxes.get(target_id)
        handoff = target_box is not None and is_blueprint_handoff(items[source_id],
                                                                  items[target_id])
        if target_box is None:  # a touchpoint: its card's column, at the line of interaction
            target = Rect(left + plan.columns[target_id] * m.slot_width + m.slot_gap / 2,
                          interaction, m.card_width, 0.0)
        else:
            target = target_box.rect
        sx, tx = source.center.x, target.center.x
        points: tuple[Point, ...]
        if arrow.shape is ArrowShape.BESIDE:
            y = source.center.y
            points = (Point(source.right, y), Point(target.x, y)) if target.x > source.x \
                else (Point(source.x, y), Point(target.right, y))
        elif arrow.shape is ArrowShape.STRAIGHT:
            points = (Point(sx, source.y), Point(sx, target.bottom)) \
                if target.bottom <= source.y else (Point(sx, source.bottom), Point(sx, target.y))
        elif arrow.shape is ArrowShape.ALONG:
            y = track_y(boxes[source_id].layer, arrow.track)
            points = (Point(sx, source.y), Point(sx, y), Point(tx, y),
                      Point(tx, target.bottom if target.bottom <= y else target.y))
        else:
            near = track_y(boxes[source_id].layer, arrow.track)
            far = track_y(target_box.layer if target_box is not None else LAYERS[0],
                          arrow.far_track)
            x = left + arrow.gap * m.slot_width + arrow.lane
            points = (Point(sx, source.y), Point(sx, near), Point(x, near), Point(x, far),
                      Point(tx, far), Point(tx, target.bottom if target_box is None
                                            else target.y))
        routes.append(BlueprintRoute(source_id, target_id, points, target_box is None, handoff))
    return BlueprintLayout(tuple(bands), tuple(lines), boxes, tuple(routes))
