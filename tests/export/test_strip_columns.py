"""Where a map may be cut into strips: between columns, stage edges first."""

from __future__ import annotations

from export_support import DEMO, build_tiny_project

from cxdesigner.export.strips import _columns, label_width, strip_ranges
from cxdesigner.io import load_project
from cxdesigner.layout import layout_journey


def test_the_stage_edges_are_found_among_every_column_edge() -> None:
    journeys = [*load_project(DEMO).journeys, *build_tiny_project().journeys]
    stage_edges_seen = 0
    for journey in journeys:
        layout = layout_journey(journey)
        columns = _columns(layout)
        slot = layout.metrics.slot_width
        every = [label_width(layout) + n * slot for n in range(1, round(columns.content / slot))]
        stages = {round(stage.column.x, 3) for stage in layout.stages[1:]}
        assert columns.edges == [c for c in every if round(c, 3) in stages]
        assert columns.others == [c for c in every if round(c, 3) not in stages]
        stage_edges_seen += len(columns.edges)
    assert stage_edges_seen >= 3


def test_strips_are_cut_at_stage_edges_when_one_is_near() -> None:
    layout = layout_journey(load_project(DEMO).journeys[0])
    edges = set(_columns(layout).edges)
    ranges = strip_ranges(layout, 2)
    assert len(ranges) == 2 and ranges[0][1] == ranges[1][0]
    assert ranges[0][1] in edges
