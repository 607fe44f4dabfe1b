"""The path of a journey: its drawn flows, and the links implied between neighbouring cards.

The rule is stated, with its reasons and the figures that follow from it, in
:mod:`cxdesigner.analysis.flow_graph`. Its code lives here, in the model, because the
map's layout (below the analysis) needs it as much as the analysis does.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from cxdesigner.model.enums import FlowKind
from cxdesigner.model.journey import Flow, Journey, Touchpoint


@dataclass(frozen=True, slots=True)
class Link:
    """One way the customer moves from a touchpoint to another.

    Attributes:
        source_id: the touchpoint the customer leaves.
        target_id: the touchpoint they reach.
        kind: the drawn flow's kind; an implied link is a "next step".
        flow_id: the drawn flow, None for an implied link.
    """

    source_id: str
    target_id: str
    kind: FlowKind
    flow_id: str | None

    @property
    def implied(self) -> bool:
        """The link is implied by the map's order, not drawn."""
        return self.flow_id is None


def replaces_implied_link(flow: Flow, next_id: str | None, rank: Mapping[str, int]) -> bool:
    """Whether ``flow``, drawn from a touchpoint, takes the place of its implied link.

    Args:
        flow: a flow drawn from the touchpoint; both its ends must be in ``rank``.
        next_id: the next touchpoint in map order (None for the last one).
        rank: any numbers that grow along the map (map order, or the cards' columns).
    """
    if next_id is not None and flow.target_id == next_id:
        return True
    return flow.kind is FlowKind.NEXT and rank[flow.target_id] > rank[flow.source_id]


def leads_on(next_id: str | None, outgoing: Iterable[Flow], rank: Mapping[str, int]) -> bool:
    """Whether no flow drawn from a touchpoint replaces its implied link (its mark aside).

    ``outgoing`` are the flows drawn from the touchpoint whose ends are in ``rank``.
    """
    return next_id is not None and not any(replaces_implied_link(flow, next_id, rank)
                                           for flow in outgoing)


def implied_target(touchpoint: Touchpoint, next_id: str | None, outgoing: Iterable[Flow],
                   rank: Mapping[str, int]) -> str | None:
    """The touchpoint ``touchpoint`` leads to by an implied link, if any (see the rule)."""
    if touchpoint.ends_path or not leads_on(next_id, outgoing, rank):
        return None
    return next_id


def outgoing_flows(journey: Journey, rank: Mapping[str, int]) -> dict[str, list[Flow]]:
    """The flows drawn from each touchpoint, in the journey's flow order.

    Flows with an end outside ``rank`` (a broken file, which the model's checks report)
    are left out.
    """
    outgoing: dict[str, list[Flow]] = {}
    for flow in journey.flows:
        if flow.source_id in rank and flow.target_id in rank:
            outgoing.setdefault(flow.source_id, []).append(flow)
    return outgoing


def journey_links(journey: Journey) -> list[Link]:
    """Every link of the journey, drawn or implied, in map order of their source.

    The flows drawn from a touchpoint come first, in the journey's flow order, then its
    implied link if it has one.
    """
    order = [touchpoint for _, touchpoint in journey.touchpoints()]
    rank = {touchpoint.id: index for index, touchpoint in enumerate(order)}
    outgoing = outgoing_flows(journey, rank)
    links: list[Link] = []
    for index, touchpoint in enumerate(order):
        drawn = outgoing.get(touchpoint.id, [])
        links += [Link(flow.source_id, flow.target_id, flow.kind, flow.id) for flow in drawn]
        next_id = order[index + 1].id if index + 1 < len(order) else None
        target = implied_target(touchpoint, next_id, drawn, rank)
        if target is not None:
            links.append(Link(touchpoint.id, target, FlowKind.NEXT, None))
    return links
