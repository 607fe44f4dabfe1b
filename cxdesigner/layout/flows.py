"""Route flow arrows between cards so that every one of them can be seen.

Flows to the next column are straight. Forward jumps go over the cards, going-back flows
(loops, transfers back to an earlier step) go under them, each on its own track so that
two routes never share a horizontal run.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

from cxdesigner.layout.geometry import Point, Rect
from cxdesigner.model import Flow, FlowKind, Touchpoint, is_channel_switch, is_handoff


class RouteShape(StrEnum):
    """How a flow is drawn."""

    STRAIGHT = "straight"  # to a card in the next column
    OVER = "over"  # forward, jumping over cards: above the cards
    UNDER = "under"  # backward or in the same column: below the cards
    SELF = "self"  # a touchpoint that leads to itself


@dataclass(frozen=True)
class FlowRoute:
    """The polyline of one flow arrow, from its source card to its target card."""

    flow_id: str
    source_id: str
    target_id: str
    kind: FlowKind
    label: str
    shape: RouteShape
    points: tuple[Point, ...]
    channel_switch: bool
    handoff: bool

    @property
    def goes_back(self) -> bool:
        return self.shape in (RouteShape.UNDER, RouteShape.SELF)


def route_shape(source_column: int, target_column: int, same: bool) -> RouteShape:
    """How a flow between two columns is drawn (``same``: it leads to its own touchpoint)."""
    if same:
        return RouteShape.SELF
    if target_column == source_column + 1:
        return RouteShape.STRAIGHT
    if target_column > source_column:
        return RouteShape.OVER
    return RouteShape.UNDER


def assign_tracks(spans: list[tuple[int, int]], max_tracks: int) -> list[int]:
    """Give each column span a track so that spans on one track do not overlap.

    Short spans get the tracks nearest the cards (first fit, shortest first, then leftmost,
    then in list order). Beyond ``max_tracks`` tracks are reused.
    """
    return first_fit(spans, max_tracks)[0]


def first_fit(spans: list[tuple[int, int]], max_tracks: int) -> tuple[list[int], bool]:
    """The tracks of :func:`assign_tracks`, and whether some span found no free track.

    A span's track depends only on the spans that overlap it and come before it (shorter,
    or as long and further left, or listed earlier), so spans that overlap no other span of
    a group can be given tracks apart from it, unless some span found no free track.
    """
    order = sorted(range(len(spans)), key=lambda i: (spans[i][1] - spans[i][0], spans[i][0]))
    # Each track's spans never overlap, so sorted by start they are sorted by end too: the
    # one span that may overlap [low, high] is the last one starting at or before ``high``.
    starts: list[list[int]] = []
    ends: list[list[int]] = []
    tracks = [0] * len(spans)
    overflow = False
    for index in order:
        low, high = spans[index]
        for track, track_starts in enumerate(starts):
            at = bisect_right(track_starts, high)
            if at == 0 or ends[track][at - 1] < low:
                track_starts.insert(at, low)
                ends[track].insert(at, high)
                tracks[index] = track
                break
        else:
            if len(starts) < max_tracks:
                starts.append([low])
                ends.append([high])
                tracks[index] = len(starts) - 1
            else:
                tracks[index] = index % max_tracks
                overflow = True
    return tracks, overflow


def count_tracks(flows: list[Flow], columns: Mapping[str, int], max_tracks: int) -> tuple[int, int]:
    """How many tracks the flows need over and under the cards."""
    over: list[tuple[int, int]] = []
    under: list[tuple[int, int]] = []
    for flow in flows:
        if flow.source_id not in columns or flow.target_id not in columns:
            continue
        source, target = columns[flow.source_id], columns[flow.target_id]
        shape = route_shape(source, target, flow.source_id == flow.target_id)
        if shape is RouteShape.OVER:
            over.append((source, target))
        elif shape is RouteShape.UNDER:
            under.append((target, source))
    return (max(assign_tracks(over, max_tracks), default=-1) + 1,
            max(assign_tracks(under, max_tracks), default=-1) + 1)


def route_flows(flows: list[Flow], cards: Mapping[str, Rect], columns: Mapping[str, int],
                touchpoints: Mapping[str, Touchpoint], over_top: float, under_top: float,
                track_height: float, max_tracks: int) -> list[FlowRoute]:
    """Routes of every flow whose two ends have a card.

    ``over_top`` is the y of the track band above the cards (track 0 nearest the cards, at
    its bottom); ``under_top`` the y where the band below the cards starts.
    """
    drawable = [f for f in flows if f.source_id in cards and f.target_id in cards]
    shapes = [route_shape(columns[f.source_id], columns[f.target_id], f.source_id == f.target_id)
              for f in drawable]
    over_index = [i for i, s in enumerate(shapes) if s is RouteShape.OVER]
    under_index = [i for i, s in enumerate(shapes) if s is RouteShape.UNDER]
    track_of: dict[int, int] = {}
    spans = [(columns[drawable[i].source_id], columns[drawable[i].target_id]) for i in over_index]
    track_of.update(zip(over_index, assign_tracks(spans, max_tracks), strict=True))
    spans = [(columns[drawable[i].target_id], columns[drawable[i].source_id]) for i in under_index]
    track_of.update(zip(under_index, assign_tracks(spans, max_tracks), strict=True))
    over_tracks = max((track_of[i] for i in over_index), default=-1) + 1

    routes: list[FlowRoute] = []
    for index, (flow, shape) in enumerate(zip(drawable, shapes, strict=True)):
        routes.append(route_flow(flow, shape, track_of.get(index, 0), cards[flow.source_id],
                                 cards[flow.target_id], touchpoints[flow.source_id],
                                 touchpoints[flow.target_id], over_top, over_tracks,
                                 under_top, track_height))
    return routes


def route_flow(flow: Flow, shape: RouteShape, track: int, source: Rect, target: Rect,
               source_tp: Touchpoint, target_tp: Touchpoint, over_top: float, over_tracks: int,
               under_top: float, track_height: float) -> FlowRoute:
    """The route of one flow of ``shape`` on ``track`` between two cards (see route_flows)."""
    quarter = source.width / 4
    if shape is RouteShape.STRAIGHT:  # (y + height / 2: the centre, without making a Point)
        points: tuple[Point, ...] = (Point(source.right, source.y + source.height / 2),
                                     Point(target.x, target.y + target.height / 2))
    elif shape is RouteShape.SELF:
        corner = Point(source.right - quarter, source.y)
        loop_x, top, back_y = source.right + 8, source.y - 10, source.y + 14
        points = (corner, Point(corner.x, top), Point(loop_x, top), Point(loop_x, back_y),
                  Point(source.right, back_y))
    elif shape is RouteShape.OVER:
        y = over_top + (over_tracks - 1 - track + 0.5) * track_height
        start = Point(source.right - quarter, source.y)
        end = Point(target.x + quarter, target.y)
        points = (start, Point(start.x, y), Point(end.x, y), end)
    else:
        y = under_top + (track + 0.5) * track_height
        start = Point(source.x + quarter, source.bottom)
        end = Point(target.right - quarter, target.bottom)
        points = (start, Point(start.x, y), Point(end.x, y), end)
    return FlowRoute(flow.id, flow.source_id, flow.target_id, flow.kind, flow.label, shape,
                     points, is_channel_switch(source_tp, target_tp),
                     is_handoff(source_tp, target_tp))
