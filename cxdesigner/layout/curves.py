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
    return [bezier_between(points[index - 1] if index > 0 else points[index], points[index],
                           points[index + 1],
                           points[index + 2] if index + 2 < len(points) else points[index + 1],
                           tension)
            for index in range(len(points) - 1)]


def bezier_between(before: Point, start: Point, end: Point, after: Point,
                   tension: float = 0.5) -> CubicSegment:
    """The segment from ``start`` to ``end`` of a Catmull-Rom spline whose points around
    them are ``before`` and ``after`` (the end itself where the curve ends)."""
    factor = tension / 3
    c1 = Point(start.x + (end.x - before.x) * factor, start.y + (end.y - before.y) * factor)
    c2 = Point(end.x - (after.x - start.x) * factor, end.y - (after.y - start.y) * factor)
    low, high = min(start.y, end.y), max(start.y, end.y)
    c1 = Point(c1.x, min(max(c1.y, low), high))
    c2 = Point(c2.x, min(max(c2.y, low), high))
    return CubicSegment(start, c1, c2, end)
