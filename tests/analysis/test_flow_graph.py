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
from cxdesigner.model import FlowKind, Journey, Link

JourneyOf = Callable[..., Journey]  # the journey_of fixture of conftest.py

# The reference journey (stage S4 is empty, so S3 is the last stage that counts):
#
#   S1: a, b     S2: c, d, f     S3: e     S4: (empty)
#   flows drawn ("next step"): a>c  b>c  c>d  d>c  c>e  d>d
#   implied links: d~f (d's flows go back and to itself: it still leads on to f, the next
#   card) and f~e (f has no flow). a, b and c have a "next step" flow further along the
#   map (or to the next card), so none of them has an implied link; e is the last card.
#
#   touchpoint  channel  interlocutor  title
#   a           web      -             "Appel au support"
#   b           phone    bot           "b"
#   c           web      adviser       "Étape"
#   d           -        adviser       "etape"
#   e           phone    bot           "appel  au SUPPORT"
#   f           -        -             "f"


def reference(journey_of: JourneyOf, *marked: str) -> Journey:
    """The reference journey; ``marked`` touchpoints end the path (no implied link)."""
    fields = {"a": {"channel_id": "web", "title": "Appel au support"},
              "b": {"channel_id": "phone", "interlocutor_id": "bot"},
              "c": {"channel_id": "web", "interlocutor_id": "adviser", "title": "Étape"},
              "d": {"interlocutor_id": "adviser", "title": "etape"},
              "e": {"channel_id": "phone", "interlocutor_id": "bot",
                    "title": "appel  au SUPPORT"},
              "f": {}}
    for tp in marked:
        fields[tp]["ends_path"] = True
    return journey_of({"S1": ["a", "b"], "S2": ["c", "d", "f"], "S3": ["e"], "S4": []},
                      "a>c b>c c>d d>c c>e d>d", fields)


def _ids(links: list[Link] | tuple[Link, ...]) -> list[str]:
    """Links written ``f1`` (a drawn flow) or ``d~f`` (an implied link)."""
    return [link.flow_id or f"{link.source_id}~{link.target_id}" for link in links]


def test_graph_has_every_touchpoint_and_link(journey_of: JourneyOf) -> None:
    journey = reference(journey_of)
    graph = build_flow_graph(journey)
    assert list(graph.nodes) == ["a", "b", "c", "d", "f", "e"]  # map order
    assert set(graph.edges) == {("a", "c"), ("b", "c"), ("c", "d"), ("d", "c"), ("c", "e"),
                                ("d", "d"), ("d", "f"), ("f", "e")}
    assert graph.edges["c", "d"]["links"] == [Link("c", "d", FlowKind.NEXT, "f2")]
    assert graph.edges["d", "f"]["links"] == [Link("d", "f", FlowKind.NEXT, None)]
    marked = reference(journey_of, "d", "f")
    assert set(build_flow_graph(marked).edges) == {("a", "c"), ("b", "c"), ("c", "d"),
                                                   ("d", "c"), ("c", "e"), ("d", "d")}


def test_parallel_flows_share_one_edge_but_count_twice(journey_of: JourneyOf) -> None:
    journey = journey_of({"S": ["a", "b"]}, "a>b a>b",
                         {"a": {"channel_id": "web"}, "b": {"channel_id": "phone"}})
    assert _ids(build_flow_graph(journey).edges["a", "b"]["links"]) == ["f0", "f1"]
    # Both flows go web -> phone: two switches, one edge; they stand for the implied
    # link to b, which is not counted a third time.
    assert _ids(channel_switches(journey)) == ["f0", "f1"]


def test_channel_switches(journey_of: JourneyOf) -> None:
    # a>c web>web no · b>c phone>web YES · c>d web>unset no · c>e web>phone YES ·
    # d>c, d>d, d~f unset no · f~e unset no  => 2 (flows f1 and f4)
    assert _ids(channel_switches(reference(journey_of))) == ["f1", "f4"]


def test_implied_links_switch_channels_like_drawn_flows(journey_of: JourneyOf) -> None:
    # Typed card after card: a web, b web, c phone, d chat; one transfer drawn d>a back.
    # a~b no · b~c web>phone YES · c~d phone>chat YES · d>a chat>web YES (d is the last
    # card: no implied link).
    journey = journey_of({"S1": ["a", "b"], "S2": ["c", "d"]}, "d>a:transfer",
                         {"a": {"channel_id": "web"}, "b": {"channel_id": "web"},
                          "c": {"channel_id": "phone"}, "d": {"channel_id": "chat"}})
    assert _ids(channel_switches(journey)) == ["b~c", "c~d", "f0"]


def test_handoffs(journey_of: JourneyOf) -> None:
    # a>c unset no · b>c bot>adviser YES · c>d adviser>adviser no · c>e adviser>bot YES ·
    # d>c same no · d>d no · d~f, f~e: f has no interlocutor  => 2 (f1 and f4)
    assert _ids(handoffs(reference(journey_of))) == ["f1", "f4"]
    # Break d~f and f~e: still the same two.
    assert _ids(handoffs(reference(journey_of, "d", "f"))) == ["f1", "f4"]
    journey = journey_of({"S": ["a", "b", "c"]}, "",
                         {"a": {"interlocutor_id": "bot"}, "b": {"interlocutor_id": "ann"},
                          "c": {"interlocutor_id": "ann"}})
    assert _ids(handoffs(journey)) == ["a~b"]  # b~c: ann to ann


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
    # Every card leads on: f to e by an implied link, d to f as well. No dead end.
    assert dead_ends(journey, build_flow_graph(journey)) == []
    journey = reference(journey_of, "d", "f")
    # f ends the path and has no flow out; e has none either but sits in S3, the last
    # non-empty stage (S4 is empty); d ends the path too, but d>c leads somewhere (its
    # flow to itself would not).
    assert dead_ends(journey, build_flow_graph(journey)) == ["f"]


def test_a_flow_to_itself_does_not_save_a_dead_end(journey_of: JourneyOf) -> None:
    journey = journey_of({"S1": ["a"], "S2": ["z"]}, "a>a", {"a": {"ends_path": True}})
    assert dead_ends(journey, build_flow_graph(journey)) == ["a"]
    # Unmarked, a loops on itself and still leads on to z.
    journey = journey_of({"S1": ["a"], "S2": ["z"]}, "a>a")
    assert dead_ends(journey, build_flow_graph(journey)) == []


def test_unreachable(journey_of: JourneyOf) -> None:
    journey = reference(journey_of)
    # d leads on to f: everything is reached.
    assert unreachable(journey, build_flow_graph(journey)) == []
    journey = reference(journey_of, "d")
    # From a and b: a>c, b>c, c>d, c>e reach c, d, e; with d~f broken nothing reaches f.
    assert unreachable(journey, build_flow_graph(journey)) == ["f"]


def test_a_step_with_no_incoming_flow_outside_the_first_stage_is_unreachable(
        journey_of: JourneyOf) -> None:
    journey = journey_of({"S1": ["a"], "S2": ["b", "x"], "S3": ["c"]}, "a>b b>c x>c")
    # x starts a path of its own but the journey starts at a.
    assert unreachable(journey, build_flow_graph(journey)) == ["x"]


def test_longest_path_drops_the_flows_that_close_loops(journey_of: JourneyOf) -> None:
    journey = reference(journey_of, "d", "f")
    # Depth-first from a: a>c, c>d, then d>c and d>d close loops and are dropped; c>e.
    # Left: a>c b>c c>d c>e. Longest: a c d or a c e (3 steps); the tie goes to the
    # earlier end on the map (d before e).
    assert longest_path(journey, build_flow_graph(journey)) == ["a", "c", "d"]
    # With the implied links d~f and f~e: a c d f e.
    journey = reference(journey_of)
    assert longest_path(journey, build_flow_graph(journey)) == ["a", "c", "d", "f", "e"]


def test_longest_path_through_a_cycle_back_to_the_start(journey_of: JourneyOf) -> None:
    journey = journey_of({"S1": ["a"], "S2": ["b", "c"], "S3": ["d"]}, "a>b b>c c>d d>a b>d")
    # d>a closes the loop a b c d a; without it the longest path is a b c d (4 steps,
    # against a b d: 3).
    assert longest_path(journey, build_flow_graph(journey)) == ["a", "b", "c", "d"]


def test_longest_path_follows_the_map_without_flows(journey_of: JourneyOf) -> None:
    journey = journey_of({"S1": ["a", "b"], "S2": ["c"]})
    assert longest_path(journey, build_flow_graph(journey)) == ["a", "b", "c"]
    journey = journey_of({"S1": ["a", "b"]}, "", {"a": {"ends_path": True}})
    assert longest_path(journey, build_flow_graph(journey)) == ["a"]
    empty = journey_of({"S1": []})
    assert longest_path(empty, build_flow_graph(empty)) == []


def test_longest_path_on_a_long_chain_needs_no_recursion(journey_of: JourneyOf) -> None:
    ids = [f"t{i}" for i in range(3000)]
    flows = " ".join(f"{a}>{b}" for a, b in itertools.pairwise(ids))
    journey = journey_of({"S": ids}, flows + " t2999>t0")
    assert longest_path(journey, build_flow_graph(journey)) == ids
    typed = journey_of({"S": ids}, "t2999>t0:back")  # the same chain, implied
    assert longest_path(typed, build_flow_graph(typed)) == ids


def test_analyse_flows_gathers_everything(journey_of: JourneyOf) -> None:
    result = analyse_flows(reference(journey_of, "d", "f"))
    assert result.touchpoints == 6
    assert result.flows == 6
    assert result.implied_links == 0
    assert _ids(result.channel_switches) == ["f1", "f4"]
    assert _ids(result.handoffs) == ["f1", "f4"]
    # Loops from their earliest touchpoint in map order: c>d>c, then d>d.
    assert result.loops.loops == (("c", "d"), ("d",))
    assert result.loops.complete
    assert result.repeated_steps == (("a", "e"), ("c", "d"))
    assert result.entry_points == ("a", "b")
    assert result.dead_ends == ("f",)
    assert result.unreachable == ("f",)
    assert result.longest_path == ("a", "c", "d")
    result = analyse_flows(reference(journey_of))
    assert (result.flows, result.implied_links) == (6, 2)  # d~f and f~e
    assert result.loops.loops == (("c", "d"), ("d",))  # implied links only go forward
    assert (result.dead_ends, result.unreachable) == ((), ())


def test_a_journey_without_flows_follows_the_map(journey_of: JourneyOf) -> None:
    result = analyse_flows(journey_of({"S1": ["a"], "S2": [], "S3": ["b"], "S4": ["c"]}))
    # a~b (over the empty stage) and b~c: one path, no dead end, nothing unreachable.
    assert (result.flows, result.implied_links) == (0, 2)
    assert result.dead_ends == ()
    assert result.unreachable == ()
    assert result.loops.loops == ()
    assert result.longest_path == ("a", "b", "c")


def test_a_journey_cut_in_two(journey_of: JourneyOf) -> None:
    result = analyse_flows(journey_of({"S1": ["a"], "S2": ["b"], "S3": ["c"]}, "",
                                      {"a": {"ends_path": True}}))
    # a ends the path: a dead end, and nothing reaches b or c.
    assert result.implied_links == 1  # b~c
    assert result.dead_ends == ("a",)
    assert result.unreachable == ("b", "c")


def test_a_loop_drawn_on_typed_cards(journey_of: JourneyOf) -> None:
    # Twelve cards typed with Enter; step 5 goes back to step 2, step 8 is transferred to
    # step 10. Step 5 still leads on to step 6 and step 8 to step 9.
    ids = [f"s{n}" for n in range(1, 13)]
    journey = journey_of({"A": ids[:4], "B": ids[4:8], "C": ids[8:]},
                         "s5>s2:back s8>s10:transfer")
    result = analyse_flows(journey)
    assert (result.flows, result.implied_links) == (2, 11)
    assert result.loops.loops == (("s2", "s3", "s4", "s5"),)
    assert result.dead_ends == ()
    assert result.unreachable == ()
    assert result.longest_path == tuple(ids)
