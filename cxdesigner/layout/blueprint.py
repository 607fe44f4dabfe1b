"""Where the service blueprint goes: its rows below the customer's lanes, its three lines,
its items in their stages and the arrows that cross the lines.

From the customer down: the line of interaction, the front-stage row, the line of
visibility, the back-stage row, the line of internal interaction, the support row. An item
takes a slot of its stage's columns, in the order the journey lists it; a stage with more
items in a row than columns wraps onto another line of that row. An arrow leaves its item
by the top, runs along a track at the top of the item's row (each track holds arrows that
do not overlap, the shortest nearest the items) and reaches what it serves: a touchpoint's
column at the line of interaction, or another item. Two items side by side in a line are
joined straight, and an item right below what it serves goes straight up.
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


@dataclass(frozen=True)
class BlueprintPlan:
    """Where each item goes in its row, counted in slots and lines: what the rows' heights
    depend on, worked out before the map's rows are placed.

    Attributes:
        places: item id -> (layer, stage id, slot on the map, line in its row).
        lines: how many lines of items each row holds (at least one).
        tracks: how many arrow tracks each row needs at its top.
        arrows: (source item id, target id, track or -1 for a straight arrow), in the
            journey's order of items and of what each serves.
        columns: the touchpoints' slots, for the arrows that reach them.
    """

    places: Mapping[str, tuple[BlueprintLayer, str, int, int]]
    lines: Mapping[BlueprintLayer, int]
    tracks: Mapping[BlueprintLayer, int]
    arrows: tuple[tuple[str, str, int], ...]
    columns: Mapping[str, int]

    @property
    def shape(self) -> tuple[object, ...]:
        """What the heights of the blueprint's rows depend on."""
        return tuple((self.lines[layer], self.tracks[layer]) for layer in LAYERS)


def _straight(source: tuple[BlueprintLayer, str, int, int],
              target: tuple[BlueprintLayer, str, int, int] | None, target_slot: int) -> bool:
    """An arrow drawn without a track: to the item beside it in its line, or straight
    above or below it."""
    if target is None:
        return target_slot == source[2]
    same_line = target[0] is source[0] and target[3] == source[3]
    return (same_line and abs(target[2] - source[2]) == 1) or (
        target[2] == source[2] and not same_line)


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
    stages = {stage_id: (first, count) for stage_id, first, count in stage_slots}
    placed: dict[tuple[str, BlueprintLayer], int] = {}
    places: dict[str, tuple[BlueprintLayer, str, int, int]] = {}
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
    spans: dict[BlueprintLayer, list[tuple[int, int]]] = {layer: [] for layer in LAYERS}
    wanted: list[tuple[str, str, BlueprintLayer | None]] = []
    for item in journey.blueprint:
        source = places.get(item.id)
        if source is None:
            continue
        for target_id in item.serves_ids:
            target = places.get(target_id)
            slot = target[2] if target is not None else columns.get(target_id)
            if slot is None or target_id == item.id:
                continue
            if _straight(source, target, slot):
                wanted.append((item.id, target_id, None))
            else:
                spans[source[0]].append((min(source[2], slot), max(source[2], slot)))
                wanted.append((item.id, target_id, source[0]))
    tracks_of = {layer: iter(assign_tracks(spans[layer], max_tracks)) for layer in LAYERS}
    arrows = tuple((source_id, target_id, next(tracks_of[layer]) if layer is not None else -1)
                   for source_id, target_id, layer in wanted)
    tracks = {layer: 0 for layer in LAYERS}
    for source_id, _, track in arrows:
        layer = places[source_id][0]
        tracks[layer] = max(tracks[layer], track + 1)
    return BlueprintPlan(places, lines, tracks, arrows, columns)


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
    routes: list[BlueprintRoute] = []
    for source_id, target_id, track in plan.arrows:
        source = boxes[source_id].rect
        target_box = boxes.get(target_id)
        handoff = target_box is not None and is_blueprint_handoff(items[source_id],
                                                                  items[target_id])
        if target_box is None:  # a touchpoint: its card's column, at the line of interaction
            target = Rect(left + plan.columns[target_id] * m.slot_width + m.slot_gap / 2,
                          interaction, m.card_width, 0.0)
        else:
            target = target_box.rect
        points: tuple[Point, ...]
        if track < 0:
            if target_box is not None and target.y == source.y:  # beside it in its line
                y = source.center.y
                points = (Point(source.right, y), Point(target.x, y)) if target.x > source.x \
                    else (Point(source.x, y), Point(target.right, y))
            elif target.bottom <= source.y:  # straight above
                x = source.center.x
                points = (Point(x, source.y), Point(x, target.bottom))
            else:  # straight below
                x = source.center.x
                points = (Point(x, source.bottom), Point(x, target.y))
        else:
            band = by_layer[plan.places[source_id][0]]
            y = band.band.y + (plan.tracks[band.layer] - 1 - track + 0.5) * m.flow_track_height
            reach = target.bottom if target.bottom <= y else target.y
            x = target.center.x
            points = (Point(source.center.x, source.y), Point(source.center.x, y), Point(x, y),
                      Point(x, reach))
        routes.append(BlueprintRoute(source_id, target_id, points, target_box is None, handoff))
    return BlueprintLayout(tuple(bands), tuple(lines), boxes, tuple(routes))
