"""A tracked layout's boxes and routes, kept in their stage's own place along the map.

When a card is added to a stage, every stage after it moves one column to the right, with
everything in it. :class:`~cxdesigner.layout.incremental.LayoutTracker` does not lay those
stages out again: it keeps each touchpoint's place within its stage and each flow's route
as made when its source's stage started at a given slot. The mappings here turn that into
the map's absolute boxes and routes when (and only where) someone asks for them.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import overload

from cxdesigner.layout.flows import FlowRoute
from cxdesigner.layout.geometry import Point
from cxdesigner.layout.map_layout import LaneGeometry, TouchpointBox, touchpoint_box
from cxdesigner.layout.metrics import LayoutMetrics
from cxdesigner.model import Touchpoint


@dataclass(eq=False)
class StageSlots:
    """A stage as last laid out: its touchpoints (the objects) and its slots.

    Never changed once made (a stage that moves gets new slots); only the boxes of its
    touchpoints are remembered once made.
    """

    stage_id: str
    touchpoints: list[Touchpoint]
    first: int
    count: int
    _boxes: dict[str, TouchpointBox] = field(default_factory=dict, init=False, repr=False)
    _rows: tuple[float, float] | None = field(default=None, init=False, repr=False)
    _geometry: LaneGeometry | None = field(default=None, init=False, repr=False)
    """The rows last asked with (the boxes depend on two of their figures only)."""
    _whole: bool = field(default=False, init=False, repr=False)
    """Every touchpoint's box is made."""

    def box(self, touchpoint_id: str, offset: int, metrics: LayoutMetrics,
            rows: LaneGeometry) -> TouchpointBox:
        """The box of the touchpoint at ``offset`` in the stage, below these rows."""
        self._follow(rows)
        box = self._boxes.get(touchpoint_id)
        if box is None:
            box = self._boxes[touchpoint_id] = touchpoint_box(
                touchpoint_id, self.stage_id, self.first + offset, metrics, rows)
        return box

    def boxes(self, metrics: LayoutMetrics, rows: LaneGeometry) -> dict[str, TouchpointBox]:
        """The boxes of the stage's touchpoints, by id and in order, below these rows."""
        self._follow(rows)
        if not self._whole:
            self._boxes = {tp.id: self.box(tp.id, offset, metrics, rows)
                           for offset, tp in enumerate(self.touchpoints)}
            self._whole = True
        return self._boxes

    def _follow(self, rows: LaneGeometry) -> None:
        if rows is self._geometry:
            return
        self._geometry = rows
        key = (rows.cards_y, rows.bottom)
        if self._rows != key:
            self._boxes, self._rows, self._whole = {}, key, False


class PlacedColumns(Mapping[str, int]):
    """Each touchpoint's slot on the map, worked out from its place in its stage when asked:
    what the rules comparing places along the map read (implied links, blueprint arrows)."""

    def __init__(self, stages: Mapping[str, StageSlots],
                 places: Mapping[str, tuple[str, int]]) -> None:
        self._stages = stages
        self._places = places

    def __getitem__(self, key: str) -> int:
        stage_id, offset = self._places[key]
        return self._stages[stage_id].first + offset

    def __contains__(self, key: object) -> bool:
        return key in self._places

    def __iter__(self) -> Iterator[str]:
        return iter(self._places)

    def __len__(self) -> int:
        return len(self._places)


class PlacedBoxes(Mapping[str, TouchpointBox]):
    """The touchpoints' boxes of a tracked layout, in map order, made a stage at a time.

    A stage that moved along the map makes its boxes again only when one is asked for.
    """

    def __init__(self, order: Sequence[StageSlots], stages: Mapping[str, StageSlots],
                 places: dict[str, tuple[str, int]], metrics: LayoutMetrics,
                 rows: LaneGeometry) -> None:
        self._order = order
        self._stages = stages
        """The same stages by id."""
        self._places = places
        """The stage and index in it of each touchpoint on the map (a copy: the tracker's
        changes)."""
        self._metrics = metrics
        self._rows = rows

    def _boxes(self, stage_id: str) -> dict[str, TouchpointBox]:
        return self._stages[stage_id].boxes(self._metrics, self._rows)

    def __getitem__(self, key: str) -> TouchpointBox:
        stage_id, offset = self._places[key]
        return self._stages[stage_id].box(key, offset, self._metrics, self._rows)

    def get(self, key: str, default: TouchpointBox | None = None) -> TouchpointBox | None:  # type: ignore[override]  # as dict.get
        place = self._places.get(key)
        if place is None:
            return default
        return self._stages[place[0]].box(key, place[1], self._metrics, self._rows)

    def __contains__(self, key: object) -> bool:
        return key in self._places

    def __iter__(self) -> Iterator[str]:
        for slots in self._order:
            for touchpoint in slots.touchpoints:
                yield touchpoint.id

    def __len__(self) -> int:
        return len(self._places)

    def values(self) -> Iterator[TouchpointBox]:  # type: ignore[override]  # an iterator is enough
        for slots in self._order:
            yield from self._boxes(slots.stage_id).values()

    def items(self) -> Iterator[tuple[str, TouchpointBox]]:  # type: ignore[override]
        for slots in self._order:
            yield from self._boxes(slots.stage_id).items()


@dataclass(frozen=True, slots=True)
class AnchoredRoute:
    """A flow's route as made while its source's stage started at slot ``first``."""

    route: FlowRoute
    stage_id: str
    first: int


def translated(route: FlowRoute, dx: float) -> FlowRoute:
    """The same route, ``dx`` further right."""
    if not dx:
        return route
    return FlowRoute(route.flow_id, route.source_id, route.target_id, route.kind, route.label,
                     route.shape, tuple(Point(point.x + dx, point.y) for point in route.points),
                     route.channel_switch, route.handoff)


def same_place(old: AnchoredRoute | None, new: AnchoredRoute | None, slot_width: float) -> bool:
    """Whether two anchored routes lie at the same place in the same stage."""
    if old is None or new is None:
        return old is new
    if old.stage_id != new.stage_id:
        return False
    a, b = old.route, new.route
    dx = (new.first - old.first) * slot_width
    return ((a.flow_id, a.source_id, a.target_id, a.kind, a.label, a.shape, a.channel_switch,
             a.handoff) == (b.flow_id, b.source_id, b.target_id, b.kind, b.label, b.shape,
                            b.channel_switch, b.handoff)
            and len(a.points) == len(b.points)
            and all(p.x + dx == q.x and p.y == q.y for p, q in zip(a.points, b.points,
                                                                  strict=True)))


class PlacedRoutes(Sequence[FlowRoute]):
    """The flows' routes of a tracked layout, each moved with its source's stage."""

    def __init__(self, routes: list[AnchoredRoute], stages: Mapping[str, StageSlots],
                 slot_width: float) -> None:
        self._routes = routes
        self._stages = stages
        """Where each stage starts now, by id."""
        self._slot_width = slot_width

    def _route(self, anchored: AnchoredRoute) -> FlowRoute:
        shift = self._stages[anchored.stage_id].first - anchored.first
        return translated(anchored.route, shift * self._slot_width)

    @overload
    def __getitem__(self, index: int) -> FlowRoute: ...

    @overload
    def __getitem__(self, index: slice) -> tuple[FlowRoute, ...]: ...

    def __getitem__(self, index: int | slice) -> FlowRoute | tuple[FlowRoute, ...]:
        if isinstance(index, slice):
            return tuple(self._route(anchored) for anchored in self._routes[index])
        return self._route(self._routes[index])

    def __iter__(self) -> Iterator[FlowRoute]:
        return map(self._route, self._routes)

    def __len__(self) -> int:
        return len(self._routes)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Sequence) or isinstance(other, str):
            return NotImplemented
        return len(self) == len(other) and all(a == b for a, b in zip(self, other, strict=True))

    __hash__ = None  # type: ignore[assignment]  # compared by content, like a list
