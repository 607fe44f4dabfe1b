"""The map geometry: columns, lanes, cards, flows and the emotion curve."""

from __future__ import annotations

import itertools

import pytest

from cxdesigner.layout import (
    LayoutMetrics,
    Point,
    Rect,
    RouteShape,
    layout_journey,
    smooth_segments,
)
from cxdesigner.layout.flows import assign_tracks
from cxdesigner.model import (
    Flow,
    FlowKind,
    Journey,
    Lane,
    LaneSetting,
    Stage,
    StickyNote,
    Touchpoint,
    Verbatim,
)

METRICS = LayoutMetrics()


def make_journey(per_stage: list[int]) -> Journey:
    stages = []
    for s, count in enumerate(per_stage):
        stages.append(Stage(id=f"s{s}", name=f"Étape {s + 1}", touchpoints=[
            Touchpoint(id=f"t{s}-{k}", title=f"Point {s}.{k}") for k in range(count)]))
    return Journey(id="j", name="Parcours", stages=stages)


def test_each_touchpoint_gets_a_column_in_map_order() -> None:
    layout = layout_journey(make_journey([2, 0, 3]))
    columns = [layout.touchpoints[t].column for t in ("t0-0", "t0-1", "t2-0", "t2-1", "t2-2")]
    # The empty stage still takes one column (index 2) so that cards can be dropped in it.
    assert columns == [0, 1, 3, 4, 5]
    assert [s.slot_count for s in layout.stages] == [2, 1, 3]
    left = METRICS.margin + METRICS.lane_label_width
    assert layout.stages[2].header.x == left + 3 * METRICS.slot_width
    assert layout.width == left + 6 * METRICS.slot_width + METRICS.margin


def test_cards_sit_inside_their_stage_column_and_do_not_overlap() -> None:
    layout = layout_journey(make_journey([3, 2]))
    cards = sorted((box.card for box in layout.touchpoints.values()), key=lambda r: r.x)
    for left, right in itertools.pairwise(cards):
        assert left.right < right.x
    for box in layout.touchpoints.values():
        stage = next(s for s in layout.stages if s.stage_id == box.stage_id)
        assert stage.column.x <= box.card.x and box.card.right <= stage.column.right


def test_lanes_follow_the_journeys_order_and_visibility() -> None:
    journey = make_journey([1])
    journey.lanes = [LaneSetting(lane=Lane.EMOTION), LaneSetting(lane=Lane.TOUCHPOINTS),
                     LaneSetting(lane=Lane.CHANNELS, visible=False)]
    layout = layout_journey(journey)
    assert [lane.lane for lane in layout.lanes] == [Lane.EMOTION, Lane.TOUCHPOINTS]
    assert layout.lane(Lane.CHANNELS) is None
    assert layout.cell("t0-0", Lane.CHANNELS) is None
    emotion, cards = layout.lanes
    assert emotion.band.bottom < cards.band.y


def test_list_lanes_grow_with_the_longest_list_up_to_the_cap() -> None:
    journey = make_journey([2])
    journey.stages[0].touchpoints[0].verbatims = [Verbatim(text=f"v{i}") for i in range(7)]
    layout = layout_journey(journey)
    assert layout.list_rows == METRICS.max_items_shown
    verbatims = layout.lane(Lane.VERBATIMS)
    assert verbatims is not None
    assert verbatims.band.height == METRICS.max_items_shown * METRICS.item_height \
        + 2 * METRICS.lane_padding


def test_flow_shapes_and_back_flows_go_under_the_cards() -> None:
    journey = make_journey([2, 2])
    journey.flows = [
        Flow(id="f-next", source_id="t0-0", target_id="t0-1"),
        Flow(id="f-skip", source_id="t0-0", target_id="t1-1"),
        Flow(id="f-back", source_id="t1-1", target_id="t0-0", kind=FlowKind.BACK),
        Flow(id="f-self", source_id="t1-0", target_id="t1-0"),
    ]
    layout = layout_journey(journey)
    routes = {route.flow_id: route for route in layout.flows}
    assert routes["f-next"].shape is RouteShape.STRAIGHT
    assert routes["f-skip"].shape is RouteShape.OVER
    assert routes["f-back"].shape is RouteShape.UNDER
    assert routes["f-self"].shape is RouteShape.SELF
    card = layout.touchpoints["t0-0"].card
    assert min(p.y for p in routes["f-skip"].points) < card.y  # over the cards
    assert max(p.y for p in routes["f-back"].points) > card.bottom  # under the cards
    lane = layout.lane(Lane.TOUCHPOINTS)
    assert lane is not None
    for route in routes.values():
        for point in route.points:
            assert lane.band.y <= point.y <= lane.band.bottom


def test_overlapping_back_flows_get_separate_tracks() -> None:
    # Spans 0-3 and 1-2 overlap: two tracks; 5-6 fits beside the short one.
    assert assign_tracks([(0, 3), (1, 2), (5, 6)], max_tracks=5) == [1, 0, 0]
    # With one track allowed, they all share it.
    assert assign_tracks([(0, 3), (1, 2)], max_tracks=1) == [0, 0]


def test_emotion_runs_break_where_emotion_is_unset() -> None:
    journey = make_journey([4])
    for tp, emotion in zip(journey.stages[0].touchpoints, (3, -3, None, 0), strict=True):
        tp.emotion = emotion
    layout = layout_journey(journey)
    runs = layout.emotion_runs(journey)
    assert [len(run) for run in runs] == [2, 1]
    lane = layout.lane(Lane.EMOTION)
    assert lane is not None
    top, bottom = runs[0][0].y, runs[0][1].y
    assert lane.band.y < top < runs[1][0].y < bottom < lane.band.bottom  # +3 high, 0 middle
    assert layout.emotion_y(0) == pytest.approx((top + bottom) / 2)


def test_emotion_runs_use_the_personas_own_values() -> None:
    journey = make_journey([1])
    journey.stages[0].touchpoints[0].persona_emotions = {"p1": -2}
    layout = layout_journey(journey)
    assert layout.emotion_runs(journey) == []
    [[point]] = layout.emotion_runs(journey, "p1")
    assert point.y == layout.emotion_y(-2)


def test_notes_are_placed_in_their_stage() -> None:
    journey = make_journey([1, 2])
    journey.notes = [StickyNote(id=f"n{i}", text="À revoir", stage_id="s1") for i in range(3)]
    layout = layout_journey(journey)
    stage = layout.stages[1]
    assert len(layout.notes) == 3
    for note in layout.notes:
        assert stage.column.x <= note.rect.x and note.rect.right <= stage.column.right
    # Two columns in the stage: the third note starts a second row.
    assert layout.notes[2].rect.y > layout.notes[0].rect.y


def test_smooth_curve_passes_through_the_points_without_overshoot() -> None:
    points = [Point(0, 10), Point(10, 0), Point(20, 10), Point(30, 5)]
    segments = smooth_segments(points)
    assert [s.start for s in segments] + [segments[-1].end] == points
    for segment in segments:
        low = min(segment.start.y, segment.end.y)
        high = max(segment.start.y, segment.end.y)
        assert low <= segment.control1.y <= high and low <= segment.control2.y <= high


def test_rect_helpers() -> None:
    rect = Rect(10, 20, 100, 50)
    assert (rect.right, rect.bottom, rect.center) == (110, 70, Point(60, 45))
    assert rect.contains(Point(10, 70)) and not rect.contains(Point(9, 30))
    assert rect.inset(5) == Rect(15, 25, 90, 40)
    assert rect.united(Rect(0, 0, 5, 5)) == Rect(0, 0, 110, 70)
