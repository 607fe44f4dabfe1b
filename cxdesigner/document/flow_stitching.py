"""How the drawn "next step" flows follow touchpoints moved to another place in the path.

The rule, decided once: a drawn flow of the "next step" kind that stitched a moved card
into the path is re-stitched, so that a move never leaves a flow pointing backwards (a
loop the customer never made) nor a card leading past the gap it left:

- at the old place, a next-step flow from the card before the moved cards to the first
  of them goes on to the card that followed them;
- a next-step flow from a moved card to the card that followed it goes to the card that
  follows it at the new place;
- at the new place, a next-step flow between the two cards the moved ones now stand
  between ends at the first moved card (which leads on to the second by the map's order).

"Before" and "after" are in map order (stage by stage). A flow so stitched that has no
card left to lead to (the moved cards were, or now are, the last of the journey) is
removed. Flows of the other kinds (back, transfer, alternative) are left as drawn: they
say where the customer goes, wherever the cards stand.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import pairwise

from cxdesigner.model import FlowKind, Journey


@dataclass
class Restitching:
    """What a move does to the drawn flows: new targets by flow id, and flows removed."""

    targets: dict[str, str] = field(default_factory=dict)
    removed: list[str] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.targets or self.removed)


def restitch(journey: Journey, order_before: Sequence[str],
             moved: Sequence[str]) -> Restitching:
    """The re-stitching of ``journey``'s next-step flows after ``moved`` left the places
    they had in ``order_before`` (the map order before the move) for their places now."""
    moved_ids = set(moved)
    order_after = map_order(journey)
    next_before, next_after = _neighbours(order_before), _neighbours(order_after)
    change = Restitching()

    def send(flow_id: str, target: str | None) -> None:
        if target is None:
            change.removed.append(flow_id)
        else:
            change.targets[flow_id] = target

    # Each stretch of moved cards at its old place: the card before it leads into its
    # first card, and the card after it is where the path now goes instead.
    entered_at: dict[str, str] = {}
    gap_closed_by: dict[str, str | None] = {}
    for first, card_before, card_after in _stretches(order_before, moved_ids):
        if card_before is not None:
            entered_at[card_before] = first
        gap_closed_by[first] = card_after
    # At the new place: the two cards each stretch now stands between.
    stood_between: dict[tuple[str, str], str] = {
        (card_before, card_after): first
        for first, card_before, card_after in _stretches(order_after, moved_ids)
        if card_before is not None and card_after is not None}

    for flow in journey.flows:
        if flow.kind is not FlowKind.NEXT:
            continue
        source, target = flow.source_id, flow.target_id
        if source not in moved_ids and target in moved_ids:
            if entered_at.get(source) == target:  # into the stretch at its old place
                send(flow.id, gap_closed_by[target])
        elif source in moved_ids and target not in moved_ids:
            if next_before.get(source) == target:  # out of a moved card to the card after it
                send(flow.id, next_after.get(source))
        elif (source, target) in stood_between and next_before.get(source) == target:
            send(flow.id, stood_between[(source, target)])
    return change


def map_order(journey: Journey) -> list[str]:
    """The touchpoint ids in map order: the model's own order, read here rather than from
    ``analysis`` so that editing a map never loads the flow-graph library at start."""
    return [touchpoint.id for _, touchpoint in journey.touchpoints()]


def _stretches(order: Sequence[str], moved: set[str]
               ) -> list[tuple[str, str | None, str | None]]:
    """Each run of moved touchpoints in ``order``: its first one, and the touchpoints just
    before and just after the run (None at either end of the journey)."""
    runs: list[tuple[str, str | None, str | None]] = []
    position = 0
    while position < len(order):
        if order[position] not in moved:
            position += 1
            continue
        end = position
        while end < len(order) and order[end] in moved:
            end += 1
        runs.append((order[position], order[position - 1] if position else None,
                     order[end] if end < len(order) else None))
        position = end
    return runs


def _neighbours(order: Sequence[str]) -> dict[str, str]:
    """Each touchpoint and the one after it."""
    return dict(pairwise(order))
