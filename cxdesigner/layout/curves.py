"""Smooth curves through points (the emotion curve), as cubic Bézier segments."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from cxdesigner.layout.geometry import Point


@dataclass(frozen=True, slots=True)
class CubicSegment:
    """A cubic Bézier from ``start`` to ``end`` with two control points."""

    start: Point
    control1: Point
    control2: Point
    end: Point


def smooth_segments(points: Sequence[Point], tension: float = 0.5) -> list[CubicSegment]:
    """A Catmull-Rom spline through ``points`` as Bézier segments.

    Control points are kept inside the vertical range of their two end points, so the curve
    never overshoots past +3 or -3 between two dots.
    """
    segments: list[CubicSegment] = []
    for index in range(len(points) - 1):
        before = points[index - 1] if index > 0 else points[index]
        start, end = points[index], points[index + 1]
        after = points[index + 2] if index + 2 < len(points) else end
        factor = tension / 3
        c1 = Point(start.x + (end.x - before.x) * factor, start.y + (end.y - before.y) * factor)
        c2 = Point(end.x - (after.x - start.x) * factor, end.y - (after.y - start.y) * factor)
        low, high = min(start.y, end.y), max(start.y, end.y)
        c1 = Point(c1.x, min(max(c1.y, low), high))
        c2 = Point(c2.x, min(max(c2.y, low), high))
        segments.append(CubicSegment(start, c1, c2, end))
    return segments
