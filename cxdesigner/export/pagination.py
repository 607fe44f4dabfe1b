"""Cut a map too long for one sheet into pages at stage boundaries, at a readable scale.

Every page shows a run of whole stages, stacked in as many strips as its height holds,
each strip repeating the lane labels on its left. A stage too wide for a page of its own is
cut between two touchpoint columns, never through a card. The scale is the same on every
page: the largest one that needs no more pages than the smallest readable scale does.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from cxdesigner.export.strips import STRIP_GAP, MapPlacement, Strip, label_width
from cxdesigner.layout.geometry import Rect
from cxdesigner.layout.map_layout import MapLayout

MAX_STRIPS_PER_PAGE = 8
_SEARCH_STEPS = 40
FILL_COST = 1.25
"""Pages grow their map to fill their height when that takes at most this many times the
fewest pages."""
STAGE_EDGE_PULL = 0.2
"""Within a page, a strip ends at a stage edge rather than at the last column that fits
when that costs at most this share of the strip."""

Range = tuple[float, float]


@dataclass(frozen=True)
class Cuts:
    """Where a map may be cut: its columns' edges, and which of them are stage edges."""

    labels: float
    """Map x where the touchpoint columns start (margin and lane labels before it)."""
    end: float
    """Map x where the last column ends."""
    map_end: float
    """Map x where the map ends (its right margin after the last column)."""
    columns: tuple[float, ...]
    """Every column edge strictly between ``labels`` and ``end``, sorted."""
    stages: tuple[float, ...]
    """The column edges that are also stage edges, sorted, then ``end``."""

    @classmethod
    def of(cls, layout: MapLayout) -> Cuts:
        left = label_width(layout)
        slot = layout.metrics.slot_width
        slots = max((box.column for box in layout.touchpoints.values()), default=-1) + 1
        slots = max(slots, sum(stage.slot_count for stage in layout.stages))
        columns = tuple(left + n * slot for n in range(1, slots))
        edges = {round(stage.column.x, 3) for stage in layout.stages[1:]}
        stages = tuple(c for c in columns if round(c, 3) in edges)
        end = min(layout.width, left + slots * slot)
        return cls(left, end, layout.width, columns, (*stages, end))

    def reach(self, start: float, room: float) -> float:
        """The furthest cut (or the end) at most ``room`` after ``start``; ``start`` when not
        even one column fits."""
        if self.end <= start + room + 1e-6:
            return self.end
        index = bisect_right(self.columns, start + room + 1e-6) - 1
        found = self.columns[index] if index >= 0 else start
        return max(start, found)

    def furthest(self, start: float, room: float, strips: int) -> float:
        """How far ``strips`` strips of ``room`` reach from ``start``, each one ending at the
        furthest cut it reaches."""
        at = start
        for _ in range(strips):
            at = self.reach(at, room)
        return at

    def strips_needed(self, start: float, end: float, room: float, limit: int) -> int | None:
        """How many strips of ``room`` cover ``start``–``end``; None beyond ``limit``."""
        count, at = 0, start
        while at < end - 1e-6:
            if count == limit:
                return None
            reached = self.reach(at, room)
            if reached <= at:
                return None
            at, count = reached, count + 1
        return count


@dataclass(frozen=True)
class _Found:
    scale: float
    pages: tuple[Range, ...]


@dataclass(frozen=True)
class Pagination:
    """A map cut into pages: the strips (map x ranges) of each page, at one scale.

    The first strip of the map starts at 0, with the lane labels; the others start at a
    cut and repeat them.
    """

    scale: float
    pages: tuple[tuple[Range, ...], ...]
    strip_height: float
    """The map's height, in map points."""

    def placement(self, index: int, area: Rect, layout: MapLayout) -> MapPlacement:
        """Where page ``index``'s strips go in ``area``: stacked from its top-left."""
        labels = label_width(layout)
        s = self.scale
        strips = tuple(
            Strip(start, end, area.x + (labels * s if start > 0 else 0.0),
                  area.y + row * (self.strip_height + STRIP_GAP) * s, start > 0)
            for row, (start, end) in enumerate(self.pages[index]))
        return MapPlacement(layout.journey_id, s, strips, labels)


class Paginator:
    """Cuts one layout into pages of a given map area."""

    def __init__(self, layout: MapLayout, area: tuple[float, float], per_stage: bool = False,
                 strips: int | None = None) -> None:
        self.layout = layout
        self.cuts = Cuts.of(layout)
        self.area = area
        self.per_stage = per_stage
        self.most_strips = min(MAX_STRIPS_PER_PAGE, strips or MAX_STRIPS_PER_PAGE)

    def largest_scale(self) -> float:
        """The largest scale at which one strip of the map fits the area's height."""
        return self.area[1] / self.layout.height

    def strips_per_page(self, scale: float) -> int:
        height = self.layout.height
        rows = int((self.area[1] / scale + STRIP_GAP + 1e-6) // (height + STRIP_GAP))
        return min(rows, self.most_strips)

    def room(self, scale: float) -> float:
        """The content a strip holds at ``scale``, in map points (its lane labels apart)."""
        return self.area[0] / scale - self.cuts.labels

    def pages(self, scale: float) -> list[Range] | None:
        """The content range of each page at ``scale``; None when a column does not fit."""
        rows = self.strips_per_page(scale)
        room = self.room(scale)
        if rows < 1 or room <= 0:
            return None
        cuts = self.cuts
        found: list[Range] = []
        at = cuts.labels
        while at < cuts.end - 1e-6:
            first = bisect_right(cuts.stages, at + 1e-6)
            candidates = cuts.stages[first:first + 1] if self.per_stage else cuts.stages[first:]
            end = self._last_fitting(at, candidates, room, rows)
            if end is None or (not self.per_stage and end < cuts.end - 1e-6
                               and self._too_wide(end, room, rows)):
                # The stage alone is too wide for a page, or the next one is and will be cut
                # anyway: fill the page, cutting between two columns.
                end = cuts.furthest(at, room, rows)
                if end <= at:
                    return None
            found.append((at, end))
            at = end
        return found

    def _too_wide(self, start: float, room: float, rows: int) -> bool:
        """Whether the stage starting at ``start`` needs more than a page of its own."""
        index = bisect_right(self.cuts.stages, start + 1e-6)
        if index >= len(self.cuts.stages):
            return False
        return self.cuts.strips_needed(start, self.cuts.stages[index], room, rows) is None

    def _last_fitting(self, start: float, ends: tuple[float, ...], room: float,
                      rows: int) -> float | None:
        """The furthest of the sorted ``ends`` that ``rows`` strips reach from ``start``.

        Each strip ends at the furthest cut it reaches, whatever the end aimed at, so an end
        is covered exactly when the strips' furthest reach is (the test
        :meth:`Cuts.strips_needed` makes): that reach is found once, not once per end tried.
        """
        reach = self.cuts.furthest(start, room, rows)
        # The ends not covered, compared as ``strips_needed`` compares, come last.
        fitting = bisect_left(ends, True, key=lambda end: reach < end - 1e-6)
        return ends[fitting - 1] if fitting else None

    def strips(self, start: float, end: float, scale: float) -> tuple[Range, ...]:
        """A page's content cut into balanced strips, ending at stage edges where cheap."""
        cuts = self.cuts
        room = self.room(scale)
        count = cuts.strips_needed(start, end, room, MAX_STRIPS_PER_PAGE) or 1
        low, high = (end - start) / count * 0.5, room
        for _ in range(_SEARCH_STEPS):  # the narrowest strips that still take ``count``
            middle = (low + high) / 2
            if cuts.strips_needed(start, end, middle, count) is None:
                low = middle
            else:
                high = middle
        ranges = self._cut(start, end, high, count, prefer_stages=True) or \
            self._cut(start, end, high, count, prefer_stages=False) or ((start, end),)
        first, *rest = ranges
        ranges = ((0.0 if first[0] <= cuts.labels else first[0], first[1]), *rest)
        last = ranges[-1]
        if last[1] >= cuts.end - 1e-6 and \
                cuts.map_end - max(last[0], cuts.labels) <= room + 1e-6:
            last = (last[0], cuts.map_end)  # the map's right margin, when there is room
        return (*ranges[:-1], last)

    def _cut(self, start: float, end: float, room: float, count: int,
             prefer_stages: bool) -> tuple[Range, ...] | None:
        cuts = self.cuts
        ranges: list[Range] = []
        at = start
        while at < end - 1e-6:
            if len(ranges) == count:
                return None
            reached = min(end, cuts.reach(at, room))
            if prefer_stages and reached < end:
                index = bisect_right(cuts.stages, reached + 1e-6) - 1
                if index >= 0 and cuts.stages[index] > at and \
                        reached - cuts.stages[index] <= room * STAGE_EDGE_PULL:
                    reached = cuts.stages[index]
            if reached <= at:
                return None
            ranges.append((at, reached))
            at = reached
        return tuple(ranges)

    def paginate(self, lowest: float, highest: float | None = None) -> Pagination | None:
        """The pages at the largest scale from ``lowest`` to ``highest`` (the area's height
        by default) that needs no more pages than ``lowest``, or grown to fill the pages'
        height when that costs few more pages; None when even ``lowest`` cannot place a
        column."""
        top = min(self.largest_scale(), highest if highest is not None else float("inf"))
        if lowest > top * (1 + 1e-9):
            return None
        fewest = self.pages(lowest)
        if fewest is None:
            return None
        best = self._largest(lowest, top, len(fewest), fewest)
        # As many strips as the smallest scale stacks, grown to fill the page's height: the
        # map fills the sheet and its text grows, if that costs few more pages.
        rows = self.strips_per_page(lowest)
        filled = self.area[1] / (rows * self.layout.height + (rows - 1) * STRIP_GAP)
        filled = min(top, filled * (1 - 1e-9))
        if filled > best.scale * 1.01:
            more = self.pages(filled)
            if more is not None and len(more) <= len(fewest) * FILL_COST:
                best = self._largest(filled, top, len(more), more)
        return self.at(best.scale, list(best.pages))

    def _largest(self, low: float, high: float, count: int, found: list[Range]) -> _Found:
        """The largest scale from ``low`` to ``high`` cutting the map into ``count`` pages
        at most (``found``: the pages at ``low``)."""
        best = _Found(low, tuple(found))
        for _ in range(_SEARCH_STEPS):
            if high - low <= low * 1e-4:
                break
            middle = (low + high) / 2
            pages = self.pages(middle)
            if pages is not None and len(pages) <= count:
                best, low = _Found(middle, tuple(pages)), middle
            else:
                high = middle
        return best

    def at(self, scale: float, pages: list[Range] | None = None) -> Pagination | None:
        """The pages at exactly ``scale``; None when a column does not fit."""
        pages = pages if pages is not None else self.pages(scale)
        if pages is None:
            return None
        return Pagination(scale, tuple(self.strips(a, b, scale) for a, b in pages),
                          self.layout.height)
