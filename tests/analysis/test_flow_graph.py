"""The flow-graph figures of a journey, each checked on a small journey worked out by hand."""

from __future__ import annotations

import itertools
from collections.abc import Callable

from cxdesigner.analysis import analyse_flows, build_flow_graph
from cxdesigner.analysis.flow_graph import (
    channel_switches,
    dead_ends,
    entry_points,
    handoffs,
    longest_path,
    repeated_steps,
    unreachable,
)
from cxdesigner.model import Journey

JourneyOf = Callable[..., Journey]  # the journey_of fixture of conftest.py

# The reference journey (stage S4 is empty, so S3 is the last stage that counts):
#
#   S1: a, b     S2: c, d, f     S3: e     S4: (empty)
#   flows: a>c  b>c  c>d  d>c  c>e  d>d
#
#   touchpoint  channel  interlocutor  title
#   a           web      -             "Appel au support"
#   b           phone    bot           "b"
#   c           web      adviser       "Étape"
#   d           -        adviser       "etape"
#   e           phone    bot           "appel  au SUPPORT"
#   f           -        -             "f"


def reference(journey_of: JourneyOf) -> Journey:
    return journey_of(
        {"S1": ["a", "b"], "S2": ["c", "d", "f"], "S3": ["e"], "S4": []},
        "a>c b>c c>d d>c c>e d>d",
        {"a": {"channel_id": "web", "title": "Appel au support"},
         "b": {"channel_id": "phone", "interlocutor_id": "bot"},
         "c": {"channel_id": "web", "interlocutor_id": "adviser", "title": "Étape"},
         "d": {"interlocutor_id": "adviser", "title": "etape"},
         "e": {"channel_id": "phone", "interlocutor_id": "bot", "title": "appel  au SUPPORT"}},
    )


def test_graph_has_every_touchpoint_and_flow(journey_of: JourneyOf) -> None:
    journey = reference(journey_of)
    graph = build_flow_graph(journey)
    assert list(graph.nodes) == ["a", "b", "c", "d", "f", "e"]  # map order
    assert set(graph.edges) == {("a", "c"), ("b", "c"), ("c", "d"), ("d", "c"), ("c", "e"),
                                ("d", "d")}
    assert graph.edges["c", "d"]["flows"] == ["f2"]


def test_parallel_flows_share_one_edge_but_count_twice(journey_of: JourneyOf) -> None:
    journey = journey_of({"S": ["a", "b"]}, "a>b a>b",
                         {"a": {"channel_id": "web"}, "b": {"channel_id": "phone"}})
    assert build_flow_graph(journey).edges["a", "b"]["flows"] == ["f0", "f1"]
    # Both flows go web -> phone: two switches, one edge.
    assert [flow.id for flow in channel_switches(journey)] == ["f0", "f1"]


def test_channel_switches(journey_of: JourneyOf) -> None:
    # a>c web>web no · b>c phone>web YES · c>d web>unset no · d>c unset no ·
    # c>e web>phone YES · d>d unset no  => 2 (flows f1 and f4)
    assert [flow.id for flow in channel_switches(reference(journey_of))] == ["f1", "f4"]


def test_handoffs(journey_of: JourneyOf) -> None:
    # a>c unset no · b>c bot>adviser YES · c>d adviser>adviser no · d>c same no ·
    # c>e adviser>bot YES · d>d no  => 2 (f1 and f4)
    assert [flow.id for flow in handoffs(reference(journey_of))] == ["f1", "f4"]


def test_repeated_steps_fold_case_accents_and_spaces(journey_of: JourneyOf) -> None:
    # "Appel au support" = "appel  au SUPPORT" (a, e); "Étape" = "etape" (c, d).
    assert repeated_steps(reference(journey_of)) == [("a", "e"), ("c", "d")]


def test_untitled_touchpoints_are_not_repeated_steps(journey_of: JourneyOf) -> None:
    journey = journey_of({"S": ["a", "b"]}, "", {"a": {"title": ""}, "b": {"title": "  "}})
    assert repeated_steps(journey) == []


def test_entry_points_are_the_first_non_empty_stage(journey_of: JourneyOf) -> None:
    assert entry_points(reference(journey_of)) == ["a", "b"]
    assert entry_points(journey_of({"Empty": [], "S2": ["x", "y"]})) == ["x", "y"]
    assert entry_points(journey_of({"Empty": []})) == []


def test_dead_ends(journey_of: JourneyOf) -> None:
    journey = reference(journey_of)
    # f has no flow out; e has none either but sits in S3, the last non-empty stage
    # (S4 is empty); d's flow to itself does not count but d>c does.
    assert dead_ends(journey, build_flow_graph(journey)) == ["f"]


def test_a_flow_to_itself_does_not_save_a_dead_end(journey_of: JourneyOf) -> None:
    journey = journey_of({"S1": ["a"], "S2": ["z"]}, "a>a")
    assert dead_ends(journey, build_flow_graph(journey)) == ["a"]


def test_unreachable(journey_of: JourneyOf) -> None:
    journey = reference(journey_of)
    # From a and b: a>c, b>c, c>d, c>e reach c, d, e; nothing reaches f.
    assert unreachable(journey, build_flow_graph(journey)) == ["f"]


def test_a_step_with_no_incoming_flow_outside_the_first_stage_is_unreachable(
        journey_of: JourneyOf) -> None:
    journey = journey_of({"S1": ["a"], "S2": ["b", "x"], "S3": ["c"]}, "a>b b>c x>c")
    # x starts a path of its own but the journey starts at a.
    assert unreachable(journey, build_flow_graph(journey)) == ["x"]


def test_longest_path_drops_the_flows_that_close_loops(journey_of: JourneyOf) -> None:
    journey = reference(journey_of)
    # Depth-first from a: a>c, c>d, then d>c and d>d close loops and are dropped; c>e.
    # Left: a>c b>c c>d c>e. Longest: a c d or a c e (3 steps); the tie goes to the
    # earlier end on the map (d before e).
    assert longest_path(journey, build_flow_graph(journey)) == ["a", "c", "d"]


def test_longest_path_through_a_cycle_back_to_the_start(journey_of: JourneyOf) -> None:
    journey = journey_of({"S1": ["a"], "S2": ["b", "c"], "S3": ["d"]}, "a>b b>c c>d d>a b>d")
    # d>a closes the loop a b c d a; without it the longest path is a b c d (4 steps,
    # against a b d: 3).
    assert longest_path(journey, build_flow_graph(journey)) == ["a", "b", "c", "d"]


def test_longest_path_is_one_step_without_flows(journey_of: JourneyOf) -> None:
    journey = journey_of({"S1": ["a", "b"]})
    assert longest_path(journey, build_flow_graph(journey)) == ["a"]
    empty = journey_of({"S1": []})
    assert longest_path(empty, build_flow_graph(empty)) == []


def test_longest_path_on_a_long_chain_needs_no_recursion(journey_of: JourneyOf) -> None:
    ids = [f"t{i}" for i in range(3000)]
    flows = " ".join(f"{a}>{b}" for a, b in itertools.pairwise(ids))
    journey = journey_of({"S": ids}, flows + " t2999>t0")
    assert longest_path(journey, build_flow_graph(journey)) == ids


def test_analyse_flows_gathers_everything(journey_of: JourneyOf) -> None:
    result = analyse_flows(reference(journey_of))
    assert result.touchpoints == 6
    assert result.flows == 6
    assert result.channel_switches == ("f1", "f4")
    assert result.handoffs == ("f1", "f4")
    # Loops from their earliest touchpoint in map order: c>d>c, then d>d.
    assert result.loops.loops == (("c", "d"), ("d",))
    assert result.loops.complete
    assert result.repeated_steps == (("a", "e"), ("c", "d"))
    assert result.entry_points == ("a", "b")
    assert result.dead_ends == ("f",)
    assert result.unreachable == ("f",)
    assert result.longest_path == ("a", "c", "d")


def test_a_journey_without_flows(journey_of: JourneyOf) -> None:
    result = analyse_flows(journey_of({"S1": ["a"], "S2": ["b"], "S3": ["c"]}))
    # Nothing leaves a or b (c is in the last stage); nothing reaches b or c from a.
    assert result.flows == 0
    assert result.dead_ends == ("a", "b")
    assert result.unreachable == ("b", "c")
    assert result.loops.loops == ()
