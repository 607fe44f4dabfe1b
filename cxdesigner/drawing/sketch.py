"""A pad the map's parts are drawn on: it records primitives and fits text, painting nothing.

Drawing code calls :class:`Sketch` as it would a canvas (``rect``, ``line``, ``box``…) and
gets back the primitives to hand to a backend. Text is wrapped, shrunk and elided here,
once, with the bundled fonts' own metrics, so a line breaks at the same word on screen and
on paper.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import Literal

from cxdesigner.drawing.fonts import FontSet
from cxdesigner.drawing.primitives import (
    Box,
    Circle,
    Curve,
    Line,
    Polygon,
    Polyline,
    Primitive,
    Symbol,
    Text,
)
from cxdesigner.drawing.text_runs import (
    is_right_to_left,
    place_lines,
    printable,
    text_width,
)
from cxdesigner.drawing.text_runs import measure as measure_in
from cxdesigner.layout.curves import CubicSegment
from cxdesigner.layout.geometry import Point, Rect
from cxdesigner.layout.text import LINE_SPACING, FittedText, Measure, fit_text, normalise

Align = Literal["left", "centre", "right"]
VAlign = Literal["top", "middle", "bottom"]

BASELINE = 0.82
"""Where the baseline sits in a line box, as a share of the font size from the line's top:
centres a line's glyph box (ascent 0.71, descent 0.29 of the size) in its leading."""

_symbol_parts: dict[tuple[object, ...], tuple[Primitive, ...]] = {}
"""The parts of every symbol drawn so far, by key and size: a map repeats a few symbols
thousands of times, and their parts never change."""


class Sketch:
    """Records what is drawn on it, in map coordinates (y growing downwards)."""

    def __init__(self, fonts: FontSet) -> None:
        self.fonts = fonts
        self.parts: list[Primitive] = []

    def take(self) -> tuple[Primitive, ...]:
        """What was drawn so far, and a clean pad for what comes next."""
        parts, self.parts = tuple(self.parts), []
        return parts

    # ----------------------------------------------------------------- shapes

    def rect(self, rect: Rect, fill: str | None = None, stroke: str | None = None,
             width: float = 0.5, radius: float = 0.0, dash: Sequence[float] = (),
             repeat: bool = False) -> None:
        """A rectangle, optionally rounded; ``repeat``: one of many alike (see :meth:`stamp`)."""
        if fill is None and stroke is None:
            return
        if repeat:
            # As :meth:`stamp` does, without making the drawing function of a shape whose
            # parts are known (nearly always: a map repeats a few shapes thousands of times).
            key = ("rect", fill, stroke, width, radius, tuple(dash), rect.width, rect.height)
            parts = _symbol_parts.get(key)
            if parts is None:
                parts = _symbol_parts[key] = (
                    Box(Rect(0.0, 0.0, rect.width, rect.height), fill, stroke, width, radius,
                        tuple(dash)),)
            self.parts.append(Symbol(key, rect, parts))
            return
        self.parts.append(Box(rect, fill, stroke, width, radius, tuple(dash)))

    def line(self, start: Point, end: Point, stroke: str, width: float = 0.5,
             dash: Sequence[float] = ()) -> None:
        """A straight line."""
        self.parts.append(Line(start, end, stroke, width, tuple(dash)))

    def polyline(self, points: Sequence[Point], stroke: str, width: float = 0.5,
                 dash: Sequence[float] = ()) -> None:
        """Connected segments through ``points``."""
        if len(points) >= 2:
            self.parts.append(Polyline(tuple(points), stroke, width, tuple(dash)))

    def polygon(self, points: Sequence[Point], fill: str | None, stroke: str | None = None,
                width: float = 0.5) -> None:
        """A closed shape."""
        self.parts.append(Polygon(tuple(points), fill, stroke, width))

    def circle(self, centre: Point, radius: float, fill: str | None,
               stroke: str | None = None, width: float = 0.5, repeat: bool = False) -> None:
        """A disc or a ring (``repeat``: one of many alike)."""
        if repeat:
            # As :meth:`rect` does.
            side = 2 * radius
            key = ("circle", radius, fill, stroke, width, side, side)
            parts = _symbol_parts.get(key)
            if parts is None:
                parts = _symbol_parts[key] = (
                    Circle(Point(radius, radius), radius, fill, stroke, width),)
            self.parts.append(Symbol(key, Rect(centre.x - radius, centre.y - radius, side, side),
                                     parts))
            return
        self.parts.append(Circle(centre, radius, fill, stroke, width))

    def curve(self, segments: Sequence[CubicSegment], stroke: str, width: float = 1.0,
              dash: Sequence[float] = ()) -> None:
        """A smooth path of Bézier segments."""
        if segments:
            self.parts.append(Curve(tuple(segments), stroke, width, tuple(dash)))

    def stamp(self, key: tuple[object, ...], box: Rect, draw: Callable[[Sketch], None]) -> None:
        """What ``draw`` draws on a pad whose (0, 0) is the top-left of ``box``, as a symbol.

        ``draw`` must draw the same thing whenever ``key`` and the size of ``box`` are the same.
        """
        full_key = (*key, box.width, box.height)
        parts = _symbol_parts.get(full_key)
        if parts is None:
            pad = Sketch(self.fonts)
            draw(pad)
            parts = pad.take()
            _symbol_parts[full_key] = parts
        self.parts.append(Symbol(full_key, box, parts))

    # ----------------------------------------------------------------- text

    def measure(self, font: str) -> Measure:
        """``measure(text, size)`` in ``font``."""
        return measure_in(font)

    def width(self, text: str, font: str, size: float) -> float:
        """The width of ``text`` as it would be drawn."""
        return text_width(font, drawn(text), size)

    def text(self, x: float, baseline: float, text: str, font: str, size: float, fill: str,
             align: Align = "left") -> None:
        """One line; ``x`` is its left end, centre or right end as ``align`` says."""
        self.lines_at(x, baseline, [drawn(text)], font, size, size * 1.2, fill,
                      align)

    def lines_at(self, x: float, baseline: float, lines: Sequence[str], font: str, size: float,
                 leading: float, fill: str, align: Align = "left") -> None:
        """Lines ``leading`` apart, the first on ``baseline`` (each already printable)."""
        if lines:
            self.parts.append(_block(x, baseline, lines, font, size, leading, fill, align))

    def lines(self, rect: Rect, lines: Sequence[str], font: str, size: float, fill: str,
              align: Align = "left", valign: VAlign = "top") -> float:
        """Ready-made lines in ``rect``; returns the height they take."""
        height, block = _placed(rect.x, rect.y, rect.width, rect.height, lines, font, size,
                                fill, align, valign)
        if block is not None:
            self.parts.append(block)
        return height

    def box(self, rect: Rect, text: str, font: str, sizes: Sequence[float], fill: str,
            align: Align = "left", valign: VAlign = "top") -> FittedText:
        """``text`` fitted into ``rect``: wrapped, shrunk within ``sizes``, else elided.

        Nothing is drawn when not even one line of the smallest size fits; the result is then
        marked elided so that the caller can keep the full text elsewhere.
        """
        fitted, block = _boxed(rect.x, rect.y, rect.width, rect.height, text, font,
                               tuple(sizes), fill, align, valign)
        if block is not None:
            self.parts.append(block)
        return fitted


def _block(x: float, baseline: float, lines: Sequence[str], font: str, size: float,
           leading: float, fill: str, align: Align) -> Text:
    """The block of :meth:`Sketch.lines_at` (at least one line)."""
    starts, runs = place_lines(lines, font, size, x, align)
    return Text(tuple(lines), starts, baseline, leading, font, size, fill, runs)


def _placed(x: float, y: float, width: float, height: float, lines: Sequence[str], font: str,
            size: float, fill: str, align: Align, valign: VAlign) -> tuple[float, Text | None]:
    """The height and the block of :meth:`Sketch.lines` in the rectangle (x, y, width,
    height)."""
    line_height = size * LINE_SPACING
    block = len(lines) * line_height
    top = y
    if valign == "middle":
        top += (height - block) / 2
    elif valign == "bottom":
        top += height - block
    if align == "left" and is_right_to_left(" ".join(lines)):
        align = "right"  # a paragraph in Arabic or Hebrew starts on the right
    left = x if align == "left" else x + width if align == "right" else x + width / 2
    if not lines:
        return block, None
    return block, _block(left, top + size * BASELINE, lines, font, size, line_height, fill,
                         align)


@lru_cache(maxsize=20_000)
def _boxed(x: float, y: float, width: float, height: float, text: str, font: str,
           sizes: tuple[float, ...], fill: str, align: Align,
           valign: VAlign) -> tuple[FittedText, Text | None]:
    """What :meth:`Sketch.box` fits and draws in the rectangle (x, y, width, height),
    remembered: every column of a map puts the same names and values (channels, levels,
    moments) at the same places within it."""
    clean = drawn(text)
    if not clean:
        return FittedText(sizes[-1], (), False), None
    if width <= 0 or height < sizes[-1] * LINE_SPACING:
        return FittedText(sizes[-1], (), True), None
    fitted = fit(clean, width, height, font, sizes)
    return fitted, _placed(x, y, width, height, fitted.lines, font, fitted.size, fill, align,
                           valign)[1]


@lru_cache(maxsize=20_000)
def drawn(text: str) -> str:
    """``text`` as a pad draws it (printable, normalised), remembered: a map draws the same
    names and values thousands of times."""
    return normalise(printable(text))


@lru_cache(maxsize=20_000)
def fit(text: str, width: float, height: float, font: str,
        sizes: tuple[float, ...]) -> FittedText:
    """``fit_text`` in ``font``, remembered: a map fits the same names (channels, levels,
    repeated titles) into the same boxes thousands of times."""
    return fit_text(text, width, height, measure_in(font), sizes)
