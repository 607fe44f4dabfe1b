"""Plain rectangles and points in PDF points (1/72 inch), y growing downwards."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Point:
    """A point on the map."""

    x: float
    y: float

    def __init__(self, x: float, y: float) -> None:
        # A printed map makes hundreds of thousands of points and rectangles: setting the
        # slots through their descriptors is a third quicker than the frozen dataclass's
        # own ``object.__setattr__`` by name, and as immutable afterwards.
        _set_point_x(self, x)
        _set_point_y(self, y)


@dataclass(frozen=True, slots=True)
class Rect:
    """An axis-aligned rectangle: top-left corner, width and height."""

    x: float
    y: float
    width: float
    height: float

    def __init__(self, x: float, y: float, width: float, height: float) -> None:
        # As Point's.
        _set_rect_x(self, x)
        _set_rect_y(self, y)
        _set_rect_width(self, width)
        _set_rect_height(self, height)

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


# The slots' setters (see Point.__init__).
_set_point_x, _set_point_y = (vars(Point)[name].__set__ for name in ("x", "y"))
_set_rect_x, _set_rect_y, _set_rect_width, _set_rect_height = (
    vars(Rect)[name].__set__ for name in ("x", "y", "width", "height"))
