"""What an edit changed in a journey's layout, and the identity checks that tell."""

from __future__ import annotations

import operator
from dataclasses import dataclass, field

from cxdesigner.layout.map_layout import LaneGeometry
from cxdesigner.model import StickyNote, Touchpoint


@dataclass
class LayoutChanges:
    """What differs between a tracker's previous layout and its new one.

    With ``full`` every box and route may have changed (the first layout, or the rows of
    the map moved): the sets are then empty and everything should be refreshed.

    Otherwise places are told relative to their stage: a stage that moved along the map is
    named in ``stages``, and its touchpoints and the flows from them are named only when
    they moved within it (or changed otherwise). Everything else in it moved with it.
    """

    full: bool = False
    touchpoints: set[str] = field(default_factory=set)
    """Touchpoints with a new place in their stage (or a new stage), or a new object (new
    content), or new on the map."""
    removed_touchpoints: set[str] = field(default_factory=set)
    neighbours: set[str] = field(default_factory=set)
    """Touchpoints whose neighbour in map order may have changed (switch markers, curve)."""
    stages: set[str] = field(default_factory=set)
    """Stages with a new box: moved along the map, resized, renumbered, or new on the map."""
    removed_stages: set[str] = field(default_factory=set)
    flows: set[str] = field(default_factory=set)
    """Flows with a new route relative to their source's stage (or a new source stage), or
    new on the map."""
    removed_flows: set[str] = field(default_factory=set)
    implied_links: set[str] = field(default_factory=set)
    """Cards whose implied link to the next card changed, appeared or went."""
    notes: bool = False
    """The sticky notes' boxes may have changed (not only moved with their stages)."""
    lanes: bool = False
    """The lane boxes changed (their height, place or width)."""
    bounds: bool = False
    blueprint: bool = False
    """The service blueprint's rows, items or arrows changed (or it was shown or hidden)."""

    @property
    def any(self) -> bool:
        return bool(self.full or self.touchpoints or self.removed_touchpoints
                    or self.neighbours or self.stages or self.removed_stages or self.flows
                    or self.removed_flows or self.implied_links or self.notes or self.lanes
                    or self.bounds or self.blueprint)


def same_items(new: list[Touchpoint], old: list[Touchpoint]) -> bool:
    return len(new) == len(old) and all(map(operator.is_, new, old))


def item_rows(touchpoint: Touchpoint, cap: int) -> int:
    longest = max(len(touchpoint.verbatims), len(touchpoint.irritants),
                  len(touchpoint.opportunities))
    return min(longest, cap)


def same_notes(new: list[StickyNote], old: list[StickyNote]) -> bool:
    return len(new) == len(old) and all(map(operator.is_, new, old))


def lane_rows(geometry: LaneGeometry) -> tuple[object, ...]:
    """What cards, cells and routes depend on: the lanes' heights and places, not widths."""
    return (geometry.cards_y, geometry.bottom,
            *((lane.lane, lane.band.y, lane.band.height, lane.content_top, lane.content_height)
              for lane in geometry.lanes))
