"""The few shapes every part of the map is drawn with, in map points (y growing downwards).

A part of the map (a card, a lane label, a flow…) is described once as a tuple of these;
the screen (QPainter) and the PDF (reportlab) each paint them, so the two cannot drift.
Colours are ``#rrggbb`` strings; lengths, widths and font sizes are in points.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from cxdesigner.layout.curves import CubicSegment
from cxdesigner.layout.geometry import Point, Rect
from cxdesigner.model import MapImage

Cap = Literal["butt", "round"]
Join = Literal["miter", "round"]


@dataclass(frozen=True, slots=True)
class Box:
    """A rectangle, filled and/or stroked, with optional rounded corners."""

    rect: Rect
    fill: str | None = None
    stroke: str | None = None
    width: float = 0.5
    radius: float = 0.0
    dash: tuple[float, ...] = ()


@dataclass(frozen=True, slots=True)
class Line:
    """A straight segment."""

    start: Point
    end: Point
    stroke: str
    width: float = 0.5
    dash: tuple[float, ...] = ()


@dataclass(frozen=True, slots=True)
class Polyline:
    """Connected segments (round joins), open."""

    points: tuple[Point, ...]
    stroke: str
    width: float = 0.5
    dash: tuple[float, ...] = ()


@dataclass(frozen=True, slots=True)
class Polygon:
    """A closed shape."""

    points: tuple[Point, ...]
    fill: str | None
    stroke: str | None = None
    width: float = 0.5


@dataclass(frozen=True, slots=True)
class Circle:
    """A disc or a ring."""

    centre: Point
    radius: float
    fill: str | None
    stroke: str | None = None
    width: float = 0.5


@dataclass(frozen=True, slots=True)
class Curve:
    """A smooth path of cubic Bézier segments with round ends (the emotion curve)."""

    segments: tuple[CubicSegment, ...]
    stroke: str
    width: float = 1.0
    dash: tuple[float, ...] = ()


@dataclass(frozen=True, slots=True)
class Run:
    """A piece of a line drawn in one face, ``x`` points right of the line's start.

    ``text`` is what to draw, left to right: right-to-left words already reversed and
    Arabic letters already in their joining forms.
    """

    x: float
    text: str
    font: str


@dataclass(frozen=True, slots=True)
class Text:
    """Lines of text already fitted and placed: nothing is measured when painting.

    The first line sits on ``baseline``, each next one ``leading`` lower; line ``i`` starts
    (its left end) at ``starts[i]``. ``font`` names a face of :mod:`cxdesigner.drawing.fonts`.
    ``runs`` is None when ``font`` draws every line as it is (the common case); otherwise it
    holds, for each line, the runs to draw in its place (other scripts, symbols, emoji,
    right-to-left text), and ``lines`` keeps the text in reading order.
    """

    lines: tuple[str, ...]
    starts: tuple[float, ...]
    baseline: float
    leading: float
    font: str
    size: float
    colour: str
    runs: tuple[tuple[Run, ...], ...] | None = None

    def __init__(self, lines: tuple[str, ...], starts: tuple[float, ...], baseline: float,
                 leading: float, font: str, size: float, colour: str,
                 runs: tuple[tuple[Run, ...], ...] | None = None) -> None:
        # A big map sets tens of thousands of blocks: the slots are set directly, as
        # Point's are (see cxdesigner.layout.geometry).
        _set_text_lines(self, lines)
        _set_text_starts(self, starts)
        _set_text_baseline(self, baseline)
        _set_text_leading(self, leading)
        _set_text_font(self, font)
        _set_text_size(self, size)
        _set_text_colour(self, colour)
        _set_text_runs(self, runs)


@dataclass(frozen=True, slots=True)
class Picture:
    """A picture of the project drawn over ``rect`` (already fitted to its proportions).

    Each backend decodes it its own way, within the same limits (see
    :mod:`cxdesigner.io.pictures`): nothing is decoded while the map is drawn.
    """

    rect: Rect
    image: MapImage


@dataclass(frozen=True, slots=True)
class Symbol:
    """A group drawn the same way many times (a moment's shape, a badge): ``parts`` are in
    the symbol's own space, whose (0, 0) is placed at the top-left of ``box``.

    A backend may draw a symbol once and place copies of it (a PDF form, a cached picture);
    ``key`` (with the box's size) says which symbols are the same.
    """

    key: tuple[object, ...]
    box: Rect
    parts: tuple[Primitive, ...]

    def __init__(self, key: tuple[object, ...], box: Rect, parts: tuple[Primitive, ...]) -> None:
        # As Text's: a big map places tens of thousands of symbols.
        _set_symbol_key(self, key)
        _set_symbol_box(self, box)
        _set_symbol_parts(self, parts)


@dataclass(frozen=True, slots=True)
class Group:
    """Parts drawn in their own space, whose (0, 0) is placed at ``origin`` (a card, a
    column of cells: drawn once where they are, moved without drawing them again)."""

    origin: Point
    parts: tuple[Primitive, ...]


Primitive = Box | Line | Polyline | Polygon | Circle | Curve | Text | Picture | Symbol | Group
"""Anything a drawing is made of."""

# The slots' setters (see Text.__init__).
(_set_text_lines, _set_text_starts, _set_text_baseline, _set_text_leading, _set_text_font,
 _set_text_size, _set_text_colour, _set_text_runs) = (vars(Text)[name].__set__ for name in (
     "lines", "starts", "baseline", "leading", "font", "size", "colour", "runs"))
_set_symbol_key, _set_symbol_box, _set_symbol_parts = (
    vars(Symbol)[name].__set__ for name in ("key", "box", "parts"))


def bounds(primitive: Primitive) -> Rect:
    """The rectangle a primitive covers (strokes and text ink approximated, for tests)."""
    if isinstance(primitive, Box | Picture):
        return primitive.rect
    if isinstance(primitive, Symbol):
        return primitive.box
    if isinstance(primitive, Group):
        inner = [bounds(part) for part in primitive.parts] or [Rect(0, 0, 0, 0)]
        union = inner[0]
        for rect in inner[1:]:
            union = union.united(rect)
        return Rect(union.x + primitive.origin.x, union.y + primitive.origin.y, union.width,
                    union.height)
    if isinstance(primitive, Circle):
        c, r = primitive.centre, primitive.radius
        return Rect(c.x - r, c.y - r, 2 * r, 2 * r)
    if isinstance(primitive, Text):
        top = primitive.baseline - primitive.size
        height = primitive.leading * (len(primitive.lines) - 1) + primitive.size * 1.25
        left = min(primitive.starts, default=0.0)
        return Rect(left, top, 0.0, height)
    if isinstance(primitive, Curve):
        points = [p for s in primitive.segments for p in (s.start, s.end)]
    elif isinstance(primitive, Line):
        points = [primitive.start, primitive.end]
    else:
        points = list(primitive.points)
    xs, ys = [p.x for p in points], [p.y for p in points]
    return Rect(min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys))
