"""Plain rectangles and points in PDF points (1/72 inch), y growing downwards."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Point:
    """A point on the map."""

    x: float
    y: float


@dataclass(frozen=True, slots=True)
class Rect:
    """An axis-aligned rectangle: top-left corner, width and height."""

    x: float
    y: float
    width: float
    height: float

    @property
    def right(self) -> float:
        return self.x + self.width

    @property
    def bottom(self) -> float:
        return self.y + self.height

    @property
    def center(self) -> Point:
        return Point(self.x + self.width / 2, self.y + self.height / 2)

    def contains(self, point: Point) -> bool:
        """Whether ``point`` lies inside (edges included)."""
        return self.x <= point.x <= self.right and self.y <= point.y <= self.bottom

    def inset(self, dx: float, dy: float | None = None) -> Rect:
        """The rectangle shrunk by ``dx`` left and right and ``dy`` top and bottom."""
        dy = dx if dy is None else dy
        return Rect(self.x + dx, self.y + dy, max(0.0, self.width - 2 * dx),
                    max(0.0, self.height - 2 * dy))

    def united(self, other: Rect) -> Rect:
        """The smallest rectangle holding both."""
        x, y = min(self.x, other.x), min(self.y, other.y)
        return Rect(x, y, max(self.right, other.right) - x, max(self.bottom, other.bottom) - y)
