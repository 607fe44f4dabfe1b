"""The path of a journey: which cards lead to the next one on the map, and which flows count."""

from __future__ import annotations

from collections.abc import Sequence

from cxdesigner.model import Flow, FlowKind, Journey, Link, Stage, Touchpoint, journey_links
from cxdesigner.model.path import implied_target, outgoing_flows, replaces_implied_link

NEXT, BACK, TRANSFER, ALTERNATIVE = (FlowKind.NEXT, FlowKind.BACK, FlowKind.TRANSFER,
                                     FlowKind.ALTERNATIVE)


def _journey(stages: list[list[str]], flows: Sequence[tuple[str, str, FlowKind]] = (),
             ends: tuple[str, ...] = ()) -> Journey:
    return Journey(name="J", stages=[
        Stage(name=f"S{n}", touchpoints=[Touchpoint(id=tp, title=tp, ends_path=tp in ends)
                                         for tp in ids])
        for n, ids in enumerate(stages)],
        flows=[Flow(id=f"f{n}", source_id=a, target_id=b, kind=kind)
               for n, (a, b, kind) in enumerate(flows)])


def _written(journey: Journey) -> list[str]:
    """``a~b`` for an implied link, ``a>b:kind`` for a drawn flow, in link order."""
    return [f"{link.source_id}~{link.target_id}" if link.implied
            else f"{link.source_id}>{link.target_id}:{link.kind.value}"
            for link in journey_links(journey)]


def test_cards_typed_one_after_the_other_are_a_path() -> None:
    # Empty stages are skipped; the last card leads nowhere.
    journey = _journey([["a", "b"], [], ["c"], ["d"], []])
    assert _written(journey) == ["a~b", "b~c", "c~d"]
    assert journey_links(journey)[0] == Link("a", "b", NEXT, None)
    assert journey_links(journey)[0].implied


def test_a_loop_back_keeps_the_way_on() -> None:
    journey = _journey([["a", "b", "c", "d"]], [("c", "a", BACK)])
    assert _written(journey) == ["a~b", "b~c", "c>a:back", "c~d"]


def test_a_next_step_drawn_backwards_is_a_loop_too() -> None:
    journey = _journey([["a", "b", "c"]], [("b", "a", NEXT), ("c", "c", NEXT)])
    assert _written(journey) == ["a~b", "b>a:next", "b~c", "c>c:next"]


def test_a_transfer_or_alternative_ahead_comes_on_top() -> None:
    journey = _journey([["a", "b", "c", "d"]], [("a", "c", TRANSFER), ("b", "d", ALTERNATIVE)])
    assert _written(journey) == ["a>c:transfer", "a~b", "b>d:alternative", "b~c", "c~d"]


def test_a_flow_to_the_next_card_stands_for_the_implied_link() -> None:
    for kind in FlowKind:
        journey = _journey([["a", "b"]], [("a", "b", kind)])
        assert _written(journey) == [f"a>b:{kind.value}"], kind


def test_a_next_step_further_along_skips_the_cards_between() -> None:
    journey = _journey([["a", "b"], ["c", "d"]], [("a", "c", NEXT)])
    assert _written(journey) == ["a>c:next", "b~c", "c~d"]


def test_a_card_marked_as_ending_the_path() -> None:
    # b ends the journey; c goes on only through its drawn flow to a.
    journey = _journey([["a", "b", "c", "d"]], [("c", "a", BACK)], ends=("b", "c"))
    assert _written(journey) == ["a~b", "c>a:back"]


def test_drawn_flows_come_in_map_order_of_their_source_then_flow_order() -> None:
    journey = _journey([["a", "b", "c"]], [("c", "a", BACK), ("b", "a", BACK),
                                           ("b", "c", TRANSFER), ("a", "zz", NEXT)])
    # The flow to a card that does not exist (a broken file) is left out.
    assert _written(journey) == ["a~b", "b>a:back", "b>c:transfer", "c>a:back"]


def test_the_parts_of_the_rule() -> None:
    journey = _journey([["a", "b", "c"]], [("a", "c", NEXT), ("b", "a", NEXT)])
    rank = {"a": 0, "b": 1, "c": 2}
    outgoing = outgoing_flows(journey, rank)
    ahead, back = journey.flows
    assert replaces_implied_link(ahead, "b", rank)
    assert not replaces_implied_link(back, "c", rank)
    assert replaces_implied_link(back, "a", rank)  # as if a were the next card
    a, b, c = (tp for _, tp in journey.touchpoints())
    assert implied_target(a, "b", outgoing["a"], rank) is None
    assert implied_target(b, "c", outgoing["b"], rank) == "c"
    assert implied_target(c, None, [], rank) is None
    marked = b.model_copy(update={"ends_path": True})
    assert implied_target(marked, "c", outgoing["b"], rank) is None
