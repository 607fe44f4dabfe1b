"""Where a long map's pages end: at the furthest stage edge their strips reach."""

from __future__ import annotations

from bisect import bisect_right

from export_support import DEMO, build_tiny_project

from cxdesigner.export.pagination import Cuts, Paginator
from cxdesigner.io import load_project
from cxdesigner.layout import layout_journey
from cxdesigner.layout.map_layout import MapLayout


def _layouts() -> list[MapLayout]:
    journeys = [*load_project(DEMO).journeys,
                *build_tiny_project((2, 5, 1, 7, 3, 4, 1, 9, 2)).journeys]
    return [layout_journey(journey) for journey in journeys]


def _rooms(cuts: Cuts, slot: float) -> list[float]:
    """Strip widths from less than a column to the whole map, some of them exactly a run
    of columns wide (where a strip ends right on a cut)."""
    whole = cuts.end - cuts.labels
    return [slot * 0.6, slot, slot * 2.5, slot * 3, whole / 7, whole / 3, whole / 2, whole]


def test_strips_cover_up_to_an_end_exactly_when_their_furthest_reach_does() -> None:
    checked = 0
    for layout in _layouts():
        cuts = Cuts.of(layout)
        for start in (cuts.labels, *cuts.stages[:-1]):
            for room in _rooms(cuts, layout.metrics.slot_width):
                for rows in (1, 2, 3, 5):
                    reach = cuts.furthest(start, room, rows)
                    for end in (*cuts.columns, cuts.end):
                        if end <= start:
                            continue
                        fits = cuts.strips_needed(start, end, room, rows) is not None
                        assert fits == (reach >= end - 1e-6), (start, end, room, rows)
                        checked += fits
    assert checked > 1000


def test_a_page_ends_at_the_furthest_stage_edge_a_linear_search_finds() -> None:
    for layout in _layouts():
        pager = Paginator(layout, (layout.width / 3, layout.height * 2.5))
        cuts = pager.cuts
        for start in (cuts.labels, *cuts.stages[:-1]):
            ends = cuts.stages[bisect_right(cuts.stages, start + 1e-6):]
            for room in _rooms(cuts, layout.metrics.slot_width):
                for rows in (1, 2, 4):
                    fitting = [end for end in ends
                               if cuts.strips_needed(start, end, room, rows) is not None]
                    expected = fitting[-1] if fitting else None
                    assert pager._last_fitting(start, ends, room, rows) == expected
