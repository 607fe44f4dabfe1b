"""Vector symbols shared by the map and its legend, readable in black and white.

Each symbol is drawn around a centre point at a given size (its height in points), so the
legend shows exactly what the map shows. The symbols a map repeats at every touchpoint are
drawn as symbols (:meth:`Sketch.stamp`), which a backend may draw once and place.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from itertools import pairwise

from cxdesigner.drawing.sketch import Sketch
from cxdesigner.layout import palette
from cxdesigner.layout.geometry import Point, Rect
from cxdesigner.model import Criticality, FlowKind, MomentOfTruth

WHITE = "#ffffff"


def moment(pad: Sketch, kind: MomentOfTruth, centre: Point, size: float) -> None:
    """The moment-of-truth shape: essential = square, critical = triangle with "!",
    wow = star."""
    if kind is MomentOfTruth.NONE:
        return
    local = Point(size, size)
    pad.stamp(("moment", kind), Rect(centre.x - size, centre.y - size, 2 * size, 2 * size),
              lambda stamp: _moment(stamp, kind, local, size))


def _moment(pad: Sketch, kind: MomentOfTruth, centre: Point, size: float) -> None:
    fill = palette.MOMENT_COLOURS[kind]
    shape = palette.MOMENT_SHAPES[kind]
    half = size / 2
    x, y = centre.x, centre.y
    if shape == "square":
        side = size * 0.8
        pad.rect(Rect(x - side / 2, y - side / 2, side, side), fill=fill, stroke=palette.INK,
                 width=size * 0.04)
        inner = side * 0.36
        pad.rect(Rect(x - inner / 2, y - inner / 2, inner, inner), fill=WHITE)
    elif shape == "triangle":
        pad.polygon([Point(x, y - half), Point(x + half * 1.1, y + half * 0.85),
                     Point(x - half * 1.1, y + half * 0.85)], fill=fill, stroke=palette.INK,
                    width=size * 0.04)
        # The "!" is drawn, not typed: the same in every font, and no stray character in the
        # PDF's text.
        bar = size * 0.12
        pad.polygon([Point(x - bar * 0.6, y - half * 0.35), Point(x + bar * 0.6, y - half * 0.35),
                     Point(x + bar * 0.4, y + half * 0.38), Point(x - bar * 0.4, y + half * 0.38)],
                    fill=WHITE)
        pad.circle(Point(x, y + half * 0.6), bar * 0.55, fill=WHITE)
    else:
        pad.polygon(star_points(centre, half * 1.08, half * 0.45), fill=fill, stroke=palette.INK,
                    width=size * 0.04)


def star_points(centre: Point, outer: float, inner: float, tips: int = 5) -> list[Point]:
    """The corners of a star with its first tip up."""
    points = []
    for index in range(tips * 2):
        radius = outer if index % 2 == 0 else inner
        angle = -math.pi / 2 + index * math.pi / tips
        points.append(Point(centre.x + radius * math.cos(angle),
                            centre.y + radius * math.sin(angle) + outer * 0.1))
    return points


def criticality_bars(pad: Sketch, level: Criticality, left: float, bottom: float,
                     height: float) -> float:
    """Three rising bars, as many filled as the level (1, 2 or 3); returns their width."""
    bar, gap = height * 0.3, height * 0.14
    width = 3 * bar + 2 * gap
    pad.stamp(("criticality", level), Rect(left, bottom - height, width, height),
              lambda stamp: _criticality_bars(stamp, level, 0.0, height, height))
    return width


def _criticality_bars(pad: Sketch, level: Criticality, left: float, bottom: float,
                      height: float) -> None:
    filled = palette.CRITICALITY_LEVELS[level]
    fill = palette.CRITICALITY_COLOURS[level]
    bar = height * 0.3
    gap = height * 0.14
    for index in range(3):
        bar_height = height * (0.45 + 0.275 * index)
        rect = Rect(left + index * (bar + gap), bottom - bar_height, bar, bar_height)
        if index < filled:
            pad.rect(rect, fill=fill, stroke=palette.INK, width=height * 0.035)
        else:
            pad.rect(rect, fill=palette.CRITICALITY_EMPTY, stroke=palette.INK_FAINT,
                     width=height * 0.035)


def severity_column(pad: Sketch, severity: int, centre: Point) -> None:
    """An irritant's severity (1 minor … 4 blocking) as a column of four dots filled from
    the bottom: readable without colour."""
    pad.stamp(("severity", severity), Rect(centre.x - 3, centre.y - 12, 6, 24),
              lambda stamp: _severity_column(stamp, severity))


def _severity_column(pad: Sketch, severity: int) -> None:
    for index in range(4):
        filled = 3 - index < severity
        pad.circle(Point(3, 3 + index * 6), 2.2,
                   fill=palette.IRRITANT_SEVERITY if filled else palette.PAPER,
                   stroke=palette.IRRITANT_SEVERITY, width=0.8)


def arrow_head(pad: Sketch, tip: Point, before: Point, size: float, fill: str) -> Point:
    """A filled arrow head at ``tip`` pointing away from ``before``; returns its base centre
    (where the line should stop so that it does not poke through the tip)."""
    dx, dy = tip.x - before.x, tip.y - before.y
    length = math.hypot(dx, dy) or 1.0
    ux, uy = dx / length, dy / length
    base = Point(tip.x - ux * size, tip.y - uy * size)
    wing = size * 0.45
    pad.polygon([tip, Point(base.x - uy * wing, base.y + ux * wing),
                 Point(base.x + uy * wing, base.y - ux * wing)], fill=fill)
    return Point(tip.x - ux * size * 0.6, tip.y - uy * size * 0.6)


def channel_switch(pad: Sketch, centre: Point, size: float) -> None:
    """A round badge with two opposed arrows: the flow changes channel."""
    local = Point(size, size)
    pad.stamp(("channel_switch",), Rect(centre.x - size, centre.y - size, 2 * size, 2 * size),
              lambda stamp: _channel_switch(stamp, local, size))


def _channel_switch(pad: Sketch, centre: Point, size: float) -> None:
    radius = size / 2
    pad.circle(centre, radius, fill=palette.CHANNEL_SWITCH, stroke=WHITE, width=size * 0.08)
    arm = radius * 0.55
    lift = radius * 0.28
    stroke = size * 0.09
    upper_tip = Point(centre.x + arm, centre.y - lift)
    pad.line(Point(centre.x - arm, centre.y - lift), upper_tip, WHITE, stroke)
    arrow_head(pad, upper_tip, Point(centre.x - arm, centre.y - lift), radius * 0.45, WHITE)
    lower_tip = Point(centre.x - arm, centre.y + lift)
    pad.line(Point(centre.x + arm, centre.y + lift), lower_tip, WHITE, stroke)
    arrow_head(pad, lower_tip, Point(centre.x + arm, centre.y + lift), radius * 0.45, WHITE)


def handoff(pad: Sketch, centre: Point, size: float) -> None:
    """A diamond badge with a person: the customer is handed to someone else."""
    local = Point(size, size)
    pad.stamp(("handoff",), Rect(centre.x - size, centre.y - size, 2 * size, 2 * size),
              lambda stamp: _handoff(stamp, local, size))


def _handoff(pad: Sketch, centre: Point, size: float) -> None:
    half = size / 2 * 1.1
    pad.polygon([Point(centre.x, centre.y - half), Point(centre.x + half, centre.y),
                 Point(centre.x, centre.y + half), Point(centre.x - half, centre.y)],
                fill=palette.HANDOFF, stroke=WHITE, width=size * 0.08)
    head = size * 0.13
    pad.circle(Point(centre.x, centre.y - size * 0.14), head, fill=WHITE)
    pad.polygon([Point(centre.x - size * 0.22, centre.y + size * 0.24),
                 Point(centre.x - size * 0.12, centre.y + size * 0.03),
                 Point(centre.x + size * 0.12, centre.y + size * 0.03),
                 Point(centre.x + size * 0.22, centre.y + size * 0.24)], fill=WHITE)


def implied_link(pad: Sketch, start: Point, end: Point) -> None:
    """The link implied between two neighbouring cards: a short dotted arrow, fainter than a
    drawn flow, so that the drawn ones stand out as the consultant's own."""
    colour = palette.IMPLIED_LINK
    base = arrow_head(pad, end, start, 5.0, colour)
    pad.line(start, base, colour, 1.2, dash=(1.5, 1.5))


def path_end(pad: Sketch, centre: Point, half_height: float) -> None:
    """Where the consultant said the path ends: a bar across the way to the next card."""
    pad.line(Point(centre.x, centre.y - half_height), Point(centre.x, centre.y + half_height),
             palette.PATH_END, 2.4)
    pad.line(Point(centre.x - 4, centre.y), Point(centre.x, centre.y), palette.PATH_END, 2.4)


def flow_line(pad: Sketch, points: Sequence[Point], kind: FlowKind, width: float,
              head: float, stroke: str | None = None) -> None:
    """A flow's polyline in its kind's dash pattern and colour (or ``stroke``), with an
    arrow head."""
    if len(points) < 2:
        return
    colour = stroke or palette.FLOW_COLOURS[kind]
    dash = [d * width / 1.2 for d in palette.FLOW_DASHES[kind]]
    base = arrow_head(pad, points[-1], points[-2], head, colour)
    pad.polyline([*points[:-1], base], colour, width, dash)


def midpoint(points: Sequence[Point]) -> Point:
    """The point halfway along a polyline."""
    lengths = [math.hypot(b.x - a.x, b.y - a.y) for a, b in pairwise(points)]
    remaining = sum(lengths) / 2
    for (a, b), length in zip(pairwise(points), lengths, strict=True):
        if remaining <= length and length > 0:
            share = remaining / length
            return Point(a.x + (b.x - a.x) * share, a.y + (b.y - a.y) * share)
        remaining -= length
    return points[-1]


HATCH_SPACING = 6.0
HATCH_WIDTH = 0.7


def hatch(pad: Sketch, rect: Rect, corner: float = 0.0) -> None:
    """Diagonal hatching over ``rect``: what rests on a hypothesis. ``corner`` is the radius
    of the rounded box it sits in: the hatching keeps clear of its corners."""
    pad.stamp(("hatch", corner), rect, lambda stamp: _hatch(stamp, rect.width, rect.height,
                                                            corner))


def _hatch(pad: Sketch, width: float, height: float, corner: float) -> None:
    # Inside a rounded box, a rectangle inset by 0.3 of the radius keeps off its arcs.
    inset = corner * 0.3
    w, h = width - 2 * inset, height - 2 * inset
    if w <= 0 or h <= 0:
        return
    step = HATCH_SPACING
    offset = step / 2
    while offset < w + h:
        # The line x + y = offset, rising to the right, cut to the rectangle.
        left = max(0.0, offset - h)
        right = min(w, offset)
        if right - left > 0.5:
            pad.line(Point(inset + left, inset + offset - left),
                     Point(inset + right, inset + offset - right),
                     palette.HYPOTHESIS_HATCH, HATCH_WIDTH)
        offset += step


def failure(pad: Sketch, centre: Point, size: float) -> None:
    """An octagon with a "!": a blueprint item that causes a pain point (a failure point)."""
    local = Point(size / 2, size / 2)
    pad.stamp(("failure",), Rect(centre.x - size / 2, centre.y - size / 2, size, size),
              lambda stamp: _failure(stamp, local, size))


def _failure(pad: Sketch, centre: Point, size: float) -> None:
    radius = size / 2
    corners = [Point(centre.x + radius * math.cos(math.pi / 8 + index * math.pi / 4),
                     centre.y + radius * math.sin(math.pi / 8 + index * math.pi / 4))
               for index in range(8)]
    pad.polygon(corners, fill=palette.FAILURE, stroke=WHITE, width=size * 0.06)
    bar = size * 0.12
    pad.polygon([Point(centre.x - bar * 0.6, centre.y - radius * 0.55),
                 Point(centre.x + bar * 0.6, centre.y - radius * 0.55),
                 Point(centre.x + bar * 0.4, centre.y + radius * 0.2),
                 Point(centre.x - bar * 0.4, centre.y + radius * 0.2)], fill=WHITE)
    pad.circle(Point(centre.x, centre.y + radius * 0.48), bar * 0.6, fill=WHITE)


BLUEPRINT_LINE_DASHES: dict[str, tuple[float, ...]] = {
    "interaction": (), "visibility": (7.0, 3.5), "internal": (2.0, 2.5)}
"""The three lines of the blueprint apart in black and white: solid, dashed, dotted."""


def blueprint_line(pad: Sketch, start: Point, end: Point, line: str, width: float) -> None:
    """One of the blueprint's lines (``interaction``, ``visibility`` or ``internal``)."""
    pad.line(start, end, palette.BLUEPRINT_LINE, width,
             dash=[d * width / 1.2 for d in BLUEPRINT_LINE_DASHES[line]])


def blueprint_arrow(pad: Sketch, points: Sequence[Point], width: float) -> None:
    """An arrow of the blueprint, from an item to what it serves."""
    if len(points) < 2:
        return
    base = arrow_head(pad, points[-1], points[-2], 4.5 + 2.5 * width, palette.BLUEPRINT_ARROW)
    pad.polyline([*points[:-1], base], palette.BLUEPRINT_ARROW, width)
