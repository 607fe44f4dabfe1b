"""Wrap a long map into strips stacked on the sheet, so that a wide journey prints larger.

A journey of thirty touchpoints is four times wider than tall; an A0 sheet is not. Cut
between touchpoint columns (at a stage boundary when one is near), each strip repeating
the lane labels, the map fills the sheet and its text grows accordingly.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from typing import NamedTuple

from cxdesigner.layout.geometry import Rect
from cxdesigner.layout.map_layout import MapLayout

STRIP_GAP = 40.0
"""Space between two strips, in map points."""
MAX_STRIPS = 8
GAIN = 1.12
"""One more strip must print the map at least this much larger to be worth the cut."""


@dataclass(frozen=True)
class Strip:
    """One strip of the map placed on the page.

    Attributes:
        start: the map x where the strip's content starts (0 for the first strip).
        end: the map x where it ends.
        x: the page x where map x ``start`` lands.
        top: the page y (from the top) where map y 0 lands.
        labels: whether the lane labels are repeated on its left (every strip but the first).
    """

    start: float
    end: float
    x: float
    top: float
    labels: bool


class MapWindow(NamedTuple):
    """A run of the map on a page: map x from ``start`` to ``end``, map x ``start`` landing
    at page x ``x``, map y 0 at page y ``top`` (from the top)."""

    start: float
    end: float
    x: float
    top: float


@dataclass(frozen=True)
class MapPlacement:
    """Where a journey's map is on a page: its strips, at one scale."""

    journey_id: str
    scale: float
    strips: tuple[Strip, ...]
    label_width: float
    """The width (map points) of the lane-label column repeated left of later strips."""

    def windows(self) -> list[MapWindow]:
        """The runs of the map the page shows, in order: each strip, and the lane labels
        repeated left of every strip but the first."""
        windows = []
        for strip in self.strips:
            windows.append(MapWindow(strip.start, strip.end, strip.x, strip.top))
            if strip.labels:
                windows.append(MapWindow(0.0, self.label_width,
                                         strip.x - self.label_width * self.scale, strip.top))
        return windows

    def shows(self, x: float) -> bool:
        """Whether one of the strips shows map x ``x`` (a page cut from a longer map shows
        only its part)."""
        return any(strip.start <= x < strip.end for strip in self.strips)

    def strip_of(self, x: float) -> Strip:
        """The strip showing map x ``x``."""
        for strip in self.strips:
            if strip.start <= x < strip.end:
                return strip
        return self.strips[-1]

    def to_page(self, rect: Rect) -> Rect:
        """A rectangle of the map (layout coordinates) on the page, y from the top.

        The rectangle must lie within one strip (cards, cells and stage columns do).
        """
        strip = self.strip_of(rect.center.x)
        s = self.scale
        return Rect(strip.x + (rect.x - strip.start) * s, strip.top + rect.y * s,
                    rect.width * s, rect.height * s)


def label_width(layout: MapLayout) -> float:
    """The map x where the first touchpoint column starts (margin plus lane labels)."""
    return layout.metrics.margin + layout.metrics.lane_label_width


@dataclass(frozen=True)
class _Columns:
    """Where a map may be cut: between two touchpoint columns, preferably between stages."""

    left: float
    content: float
    penalty: float
    """What a cut that is not between two stages costs, as a distance."""
    edges: list[float]
    """The cut positions between two stages, sorted."""
    others: list[float]
    """The other cut positions, sorted."""
    edge_set: frozenset[float]


def _columns(layout: MapLayout) -> _Columns:
    left = label_width(layout)
    slots = max((box.column for box in layout.touchpoints.values()), default=0) + 1
    slots = max(slots, sum(stage.slot_count for stage in layout.stages))
    slot_width = layout.metrics.slot_width
    # The columns whose edge is a stage's, looked for only next to where each stage edge
    # falls: a long map has thousands of columns and a few dozen stages.
    at_stage: set[int] = set()
    for stage in layout.stages[1:]:
        edge = round(stage.column.x, 3)
        near = round((edge - left) / slot_width)
        at_stage.update(n for n in range(max(1, near - 1), min(slots, near + 2))
                        if round(left + n * slot_width, 3) == edge)
    candidates = [left + n * slot_width for n in range(1, slots)]  # column n at n - 1
    stage_columns = sorted(at_stage)
    edges = [candidates[n - 1] for n in stage_columns]
    # The others are the runs between two stage edges, copied slice by slice rather than
    # column by column: an export plans strips a dozen times over thousands of columns.
    others: list[float] = []
    after = 0
    for n in stage_columns:
        others += candidates[after:n - 1]
        after = n
    others += candidates[after:]
    return _Columns(left, slots * slot_width, slot_width * 0.9, edges, others, frozenset(edges))


def _cuts(columns: _Columns, count: int) -> list[float]:
    """``count - 1`` cut positions between columns, near equal shares, preferring stages."""
    left = columns.left
    cuts: list[float] = []
    for number in range(1, count):
        target = left + columns.content * number / count
        floor = (cuts[-1] if cuts else left) + 1
        # The best cut is the nearest stage edge or the nearest other column on either side
        # of the target: a few candidates, however many columns the map has.
        near = [c for kind in (columns.edges, columns.others)
                for c in _either_side(kind, floor, target)]
        if not near:
            break
        cuts.append(min(sorted(near), key=lambda c: abs(c - target)
                        + (0.0 if c in columns.edge_set else columns.penalty)))
    return cuts


def _either_side(values: list[float], floor: float, target: float) -> list[float]:
    """The values of the sorted ``values`` above ``floor`` nearest to ``target`` on each side."""
    start = bisect_right(values, floor)
    index = max(start, bisect_left(values, target, lo=start))
    return values[max(start, index - 1):index + 1]


def _ranges(layout: MapLayout, columns: _Columns, count: int) -> list[tuple[float, float]]:
    edges = [0.0, *_cuts(columns, count), layout.width]
    return [(edges[i], edges[i + 1]) for i in range(len(edges) - 1)]


def strip_ranges(layout: MapLayout, count: int) -> list[tuple[float, float]]:
    """The map x ranges of ``count`` strips (fewer if the map has too few columns)."""
    return _ranges(layout, _columns(layout), count)


def stacked_extent(layout: MapLayout, ranges: list[tuple[float, float]]) -> tuple[float, float]:
    """Width and height (map points) the strips take stacked."""
    labels = label_width(layout)
    width = max((end - start) + (labels if index else 0.0)
                for index, (start, end) in enumerate(ranges))
    height = len(ranges) * layout.height + (len(ranges) - 1) * STRIP_GAP
    return width, height


def plan_strips(layout: MapLayout, area: Rect, journey_id: str, forced: int | None,
                scale: float | None) -> MapPlacement:
    """Place the map in ``area``: at ``scale`` (one strip unless ``forced``), or fitted with
    the number of strips that prints it largest."""
    columns = _columns(layout)
    if forced is not None:
        options = [_ranges(layout, columns, forced)]
    elif scale is not None:
        options = [_ranges(layout, columns, 1)]
    else:
        options = [_ranges(layout, columns, count) for count in range(1, MAX_STRIPS + 1)]
    best: tuple[float, list[tuple[float, float]]] | None = None
    for ranges in options:
        width, height = stacked_extent(layout, ranges)
        fit = min(area.width / width, area.height / height)
        if best is None or fit > best[0] * GAIN:
            best = (fit, ranges)
    assert best is not None
    fit, ranges = best
    return place_strips(layout, area, journey_id, ranges, fit if scale is None else scale)


def place_strips(layout: MapLayout, area: Rect, journey_id: str,
                 ranges: list[tuple[float, float]], scale: float) -> MapPlacement:
    """The strips of ``ranges`` (see :func:`strip_ranges`) stacked in ``area`` at ``scale``,
    centred across it."""
    width, height = stacked_extent(layout, ranges)
    labels = label_width(layout)
    left = area.x + (area.width - width * scale) / 2
    top = area.y + max(0.0, (area.height - height * scale) / 2)
    strips = []
    for index, (start, end) in enumerate(ranges):
        x = left + (labels * scale if index else 0.0)
        strips.append(Strip(start, end, x, top + index * (layout.height + STRIP_GAP) * scale,
                            index > 0))
    return MapPlacement(journey_id, scale, tuple(strips), labels)


def stacked_size(layout: MapLayout, count: int) -> tuple[float, float]:
    """Width and height (map points) of the map cut into ``count`` strips."""
    return stacked_extent(layout, strip_ranges(layout, count))
