"""The links implied between neighbouring cards, as the map shows them (see model.path)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

from cxdesigner.model import Flow, Touchpoint, is_channel_switch, is_handoff
from cxdesigner.model.path import leads_on


@dataclass(frozen=True)
class ImpliedLink:
    """A card and the next card on the map, where no drawn flow takes the place of the link.

    Neighbours joined or passed over by a drawn flow that replaces the link have none: the
    flow is drawn instead. Otherwise the path goes from one card to the other, unless the
    consultant broke the link (``ends_path``), which the map shows as well.

    Attributes:
        source_id: the card the link leaves.
        target_id: the card after it in map order.
        ends_path: the consultant marked the source as ending the path: the link is broken.
        channel_switch: the customer changes channel on the link (never when broken).
        handoff: the customer is handed to another interlocutor (never when broken).
    """

    source_id: str
    target_id: str
    ends_path: bool
    channel_switch: bool
    handoff: bool


def implied_link(source: Touchpoint, target: Touchpoint | None, outgoing: Iterable[Flow],
                 rank: Mapping[str, int]) -> ImpliedLink | None:
    """The link from ``source`` to ``target``, the next card, if the drawn flows leave it.

    Args:
        source: a touchpoint.
        target: the next touchpoint in map order (None for the last one).
        outgoing: the flows drawn from ``source`` whose ends are in ``rank``.
        rank: numbers that grow along the map (the cards' columns).
    """
    if target is None or not leads_on(target.id, outgoing, rank):
        return None
    if source.ends_path:
        return ImpliedLink(source.id, target.id, True, False, False)
    return ImpliedLink(source.id, target.id, False, is_channel_switch(source, target),
                       is_handoff(source, target))


def implied_links(touchpoints: list[Touchpoint], outgoing: Mapping[str, list[Flow]],
                  rank: Mapping[str, int]) -> dict[str, ImpliedLink]:
    """The implied links of ``touchpoints`` (in map order), by source card, in map order.

    ``outgoing``: the flows drawn from each card (:func:`~cxdesigner.model.path.outgoing_flows`).
    """
    links: dict[str, ImpliedLink] = {}
    for index, touchpoint in enumerate(touchpoints):
        following = touchpoints[index + 1] if index + 1 < len(touchpoints) else None
        link = implied_link(touchpoint, following, outgoing.get(touchpoint.id, ()), rank)
        if link is not None:
            links[touchpoint.id] = link
    return links


class ImpliedLinkTracker:
    """The implied links of a journey being laid out, worked out again only where asked.

    Attributes:
        links: the implied links by source card.
    """

    def __init__(self) -> None:
        self.links: dict[str, ImpliedLink] = {}

    def refresh(self, sources: Iterable[str], touchpoint: Callable[[str], Touchpoint | None],
                following: Callable[[str], str | None],
                outgoing: Callable[[str], Iterable[Flow]],
                rank: Mapping[str, int]) -> set[str]:
        """Work out the links of ``sources`` again; returns those whose link changed.

        Args:
            sources: the cards whose link may have changed (cards gone from the map too).
            touchpoint: the touchpoint of a card on the map, None when it is gone.
            following: the next card in map order.
            outgoing: the flows drawn from a card, with both ends on the map.
            rank: numbers that grow along the map (the cards' columns).
        """
        changed: set[str] = set()
        for source_id in sources:
            source = touchpoint(source_id)
            link = None
            if source is not None:
                next_id = following(source_id)
                link = implied_link(source, touchpoint(next_id) if next_id else None,
                                    outgoing(source_id), rank)
            if self.links.get(source_id) != link:
                changed.add(source_id)
                if link is None:
                    del self.links[source_id]
                else:
                    self.links[source_id] = link
        return changed
