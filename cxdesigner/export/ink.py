"""Drawing primitives on a reportlab canvas in the layout's coordinates (y growing downwards).

The layout, like the screen, puts (0, 0) at the top-left; PDF puts it at the bottom-left.
:class:`Ink` flips every y once, here, so the rest of the export reads like the layout.

A map repeats the same few shapes thousands of times (cards, pills, symbols): those are
drawn once per document as a form and placed where they go (:meth:`Ink.stamp`), which
writes one short placement instead of a path of forty numbers each time. A stroked
primitive states the line join and cap it needs, and the canvas writes them only on a
change, so they stay as the last stroke left them: code that strokes on the canvas directly
sets its own too.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Sequence
from typing import Any, Literal

from reportlab.lib.colors import Color

from cxdesigner.drawing.fonts import FontSet
from cxdesigner.drawing.primitives import (
    Box,
    Circle,
    Curve,
    Group,
    Line,
    Picture,
    Polygon,
    Polyline,
    Primitive,
    Symbol,
    Text,
)
from cxdesigner.drawing.sketch import Sketch
from cxdesigner.drawing.text_runs import measure as measure_in
from cxdesigner.drawing.text_runs import printable, text_width
from cxdesigner.export.pdf_canvas import PdfCanvas
from cxdesigner.export.printed_pictures import draw_picture
from cxdesigner.layout.curves import CubicSegment
from cxdesigner.layout.geometry import Point, Rect
from cxdesigner.layout.text import FittedText, Measure

Align = Literal["left", "centre", "right"]
VAlign = Literal["top", "middle", "bottom"]

STAMP_MARGIN = 1000.0
"""How far a form's box reaches beyond its drawing. A renderer draws a hairline at least a
pixel wide, and a reduced view can make a pixel larger than the symbol: a tight box would
clip those widened strokes and print them lighter than the same shape drawn in place."""


class Ink:
    """Draws on ``canvas`` in a space ``height`` points tall with y growing downwards.

    ``thinnest`` is the narrowest stroke it draws, in its own units: a map drawn at half
    size on its sheet gets twice the printed floor, so that no hairline prints thinner.
    ``scale`` is how many printed points one of its units takes: pictures are resampled
    for that size.
    """

    def __init__(self, canvas: PdfCanvas, height: float, fonts: FontSet,
                 thinnest: float = 0.0, scale: float = 1.0) -> None:
        self.canvas = canvas
        self.height = height
        self.fonts = fonts
        self.thinnest = thinnest
        self.scale = scale
        self._in_groups: Ink | None = None

    # ----------------------------------------------------------------- colours

    def colour(self, hex_colour: str) -> Color:
        """The colour of shapes and lines for ``#rrggbb``, as the PDF writes it (RGB, or
        CMYK for the press: see :mod:`cxdesigner.export.colour_space`)."""
        return self.canvas.colours.fill(hex_colour)

    def text_colour(self, hex_colour: str) -> Color:
        """The colour of text for ``#rrggbb``, as the PDF writes it."""
        return self.canvas.colours.text(hex_colour)

    # ----------------------------------------------------------------- shapes

    def _pen(self, stroke: str | None, width: float, dash: Sequence[float] = (),
             join: int | None = None, cap: int | None = None) -> None:
        """The stroke settings; ``join``/``cap`` None where the shape has none to show."""
        if stroke is None:
            return
        c = self.canvas
        c.setStrokeColor(self.colour(stroke))
        c.setLineWidth(max(width, self.thinnest))
        c.setDash(dash, 0)
        if join is not None:
            c.setLineJoin(join)
        if dash and cap is None:
            cap = 0  # the ends of the dashes
        if cap is not None:
            c.setLineCap(cap)

    def rect(self, rect: Rect, fill: str | None = None, stroke: str | None = None,
             width: float = 0.5, radius: float = 0.0, dash: Sequence[float] = (),
             repeat: bool = False) -> None:
        """A rectangle, optionally with rounded corners.

        ``repeat``: the same rectangle (size, colours, corners) is drawn many times, so it
        is drawn once as a form and placed (see :meth:`stamp`).
        """
        if fill is None and stroke is None:
            return
        if repeat:
            local = Rect(0.0, 0.0, rect.width, rect.height)
            self.stamp(("rect", fill, stroke, width, radius, tuple(dash)), rect,
                       lambda ink: ink.rect(local, fill, stroke, width, radius, dash),
                       pad=width + 1 if stroke is not None else 1.0)
            return
        c = self.canvas
        if fill is not None:
            c.setFillColor(self.colour(fill))
        self._pen(stroke, width, dash, join=0)
        y = self.height - rect.bottom
        if radius > 0:
            c.roundRect(rect.x, y, rect.width, rect.height, radius,
                        stroke=int(stroke is not None), fill=int(fill is not None))
        else:
            c.rect(rect.x, y, rect.width, rect.height,
                   stroke=int(stroke is not None), fill=int(fill is not None))

    def line(self, start: Point, end: Point, stroke: str, width: float = 0.5,
             dash: Sequence[float] = ()) -> None:
        """A straight line."""
        self._pen(stroke, width, dash, cap=0)
        self.canvas.line(start.x, self.height - start.y, end.x, self.height - end.y)

    def polyline(self, points: Sequence[Point], stroke: str, width: float = 0.5,
                 dash: Sequence[float] = ()) -> None:
        """Connected segments through ``points``, with round joins."""
        if len(points) < 2:
            return
        self._pen(stroke, width, dash, join=1, cap=0)
        h = self.height
        self.canvas.draw_path([(p.x, h - p.y) for p in points], closed=False, stroke=True,
                              fill=False)

    def polygon(self, points: Sequence[Point], fill: str | None, stroke: str | None = None,
                width: float = 0.5) -> None:
        """A closed shape."""
        c = self.canvas
        if fill is not None:
            c.setFillColor(self.colour(fill))
        self._pen(stroke, width, join=1)
        h = self.height
        c.draw_path([(p.x, h - p.y) for p in points], closed=True, stroke=stroke is not None,
                    fill=fill is not None)

    def circle(self, centre: Point, radius: float, fill: str | None,
               stroke: str | None = None, width: float = 0.5, repeat: bool = False) -> None:
        """A disc or a ring (``repeat``: drawn once as a form and placed, see :meth:`rect`)."""
        if repeat:
            local = Point(radius, radius)
            self.stamp(("circle", radius, fill, stroke, width),
                       Rect(centre.x - radius, centre.y - radius, 2 * radius, 2 * radius),
                       lambda ink: ink.circle(local, radius, fill, stroke, width),
                       pad=width + 1)
            return
        c = self.canvas
        if fill is not None:
            c.setFillColor(self.colour(fill))
        self._pen(stroke, width)
        c.circle(centre.x, self.height - centre.y, radius,
                 stroke=int(stroke is not None), fill=int(fill is not None))

    def curve(self, segments: Sequence[CubicSegment], stroke: str, width: float = 1.0,
              dash: Sequence[float] = ()) -> None:
        """A smooth path made of cubic Bézier segments, with round ends (butt when dashed)."""
        if not segments:
            return
        self._pen(stroke, width, dash, join=0, cap=0 if dash else 1)
        h = self.height
        start = segments[0].start
        self.canvas.draw_curve((start.x, h - start.y), [
            (s.control1.x, h - s.control1.y, s.control2.x, h - s.control2.y, s.end.x, h - s.end.y)
            for s in segments])

    def stamp(self, key: Hashable, box: Rect, draw: Callable[[Ink], None],
              pad: float = 1.0) -> None:
        """What ``draw`` draws, in ``box``: defined once per document as a form, then placed.

        ``draw`` receives an ink whose (0, 0) is the top-left corner of ``box`` and must draw
        the same thing whenever ``key`` and the size of ``box`` are the same. ``pad`` is how
        far the drawing may reach out of ``box`` (half a stroke).
        """
        c = self.canvas
        full_key = (key, box.width, box.height, self.thinnest, self.scale)
        name = c.stamps.get(full_key)
        if name is None:
            name = f"cx-stamp-{len(c.stamps) + 1}"
            c.stamps[full_key] = name  # before drawing: a form may place forms of its own
            reach = pad + STAMP_MARGIN
            c.beginForm(name, -reach, -reach, box.width + reach, box.height + reach)
            with c.texts.measuring() as measure:
                draw(Ink(c, box.height, self.fonts, self.thinnest, self.scale))
            c.texts.form_drawn(name, measure.smallest)
            c.endForm()
        c.place_form(name, box.x, self.height - box.bottom)
        c.texts.form_placed(name)

    # ----------------------------------------------------------------- primitives

    def paint(self, parts: Iterable[Primitive]) -> None:
        """Paint a drawing of :mod:`cxdesigner.drawing` (the map's parts, the legend)."""
        # Each part by its exact type (a primitive is never subclassed): quicker than matching
        # class after class, for a hundred thousand parts.
        painters = _PAINTERS
        for part in parts:
            painters[type(part)](self, part)

    def _paint_box(self, box: Box) -> None:
        self.rect(box.rect, box.fill, box.stroke, box.width, box.radius, box.dash)

    def _paint_group(self, group: Group) -> None:
        c = self.canvas
        c.save_and_translate(group.origin.x, self.height - group.origin.y)
        inner = self._in_groups
        if inner is None:
            # Made once per ink, not once per group: its y grows downwards from the origin.
            inner = self._in_groups = self if self.height == 0.0 else \
                Ink(c, 0.0, self.fonts, self.thinnest, self.scale)
        inner.paint(group.parts)
        c.restoreState()

    def _paint_line(self, line: Line) -> None:
        self.line(line.start, line.end, line.stroke, line.width, line.dash)

    def _paint_polyline(self, polyline: Polyline) -> None:
        self.polyline(polyline.points, polyline.stroke, polyline.width, polyline.dash)

    def _paint_polygon(self, polygon: Polygon) -> None:
        self.polygon(polygon.points, polygon.fill, polygon.stroke, polygon.width)

    def _paint_circle(self, circle: Circle) -> None:
        self.circle(circle.centre, circle.radius, circle.fill, circle.stroke, circle.width)

    def _paint_curve(self, curve: Curve) -> None:
        self.curve(curve.segments, curve.stroke, curve.width, curve.dash)

    def _paint_symbol(self, symbol: Symbol) -> None:
        box = symbol.box
        c = self.canvas
        # A symbol's form is nearly always defined already: placed as :meth:`stamp` places
        # it, without making the drawing function it would need otherwise.
        name = c.stamps.get((symbol.key, box.width, box.height, self.thinnest, self.scale))
        if name is None:
            parts = symbol.parts

            def draw(ink: Ink) -> None:
                ink.paint(parts)

            self.stamp(symbol.key, box, draw, pad=2.0)
            return
        c.place_form(name, box.x, self.height - (box.y + box.height))  # box.bottom, inlined
        c.texts.form_placed(name)

    def _paint_text(self, text: Text) -> None:
        c = self.canvas
        size = text.size * self.scale
        # Some text to see (quicker than line by line), which is looked for only when it
        # could change what the page measures.
        if size < c.texts.counts_below and "".join(text.lines).strip():
            c.texts.noted(size)
        c.setFillColor(c.colours.text(text.colour))
        y = self.height - text.baseline
        if text.runs is not None:
            c.draw_runs(text.size, text.leading, y, text.starts, text.runs)
            return
        starts = text.starts
        first = starts[0]
        c.draw_lines(text.font, text.size, text.leading, first, y, text.lines,
                     None if starts.count(first) == len(starts) else starts)

    # ----------------------------------------------------------------- text
    # Laid out by the drawing's own pad, so that every page of the PDF sets text the way the
    # map does: fallback faces, right-to-left lines, line breaks.

    def measure(self, font: str) -> Measure:
        """``measure(text, size)`` in ``font``."""
        return measure_in(font)

    def width(self, text: str, font: str, size: float) -> float:
        """The width of ``text`` as it would be drawn."""
        return text_width(font, printable(text), size)

    def text(self, x: float, baseline: float, text: str, font: str, size: float, fill: str,
             align: Align = "left") -> None:
        """One line of text; ``x`` is its left end, centre or right end as ``align`` says."""
        self.lines_at(x, baseline, [text], font, size, size * 1.2, fill, align)

    def lines_at(self, x: float, baseline: float, lines: Sequence[str], font: str, size: float,
                 leading: float, fill: str, align: Align = "left") -> None:
        """Lines ``leading`` apart, the first on ``baseline``, in one text object."""
        pad = Sketch(self.fonts)
        pad.lines_at(x, baseline, [printable(line) for line in lines], font, size, leading,
                     fill, align)
        self.paint(pad.take())

    def lines(self, rect: Rect, lines: Sequence[str], font: str, size: float, fill: str,
              align: Align = "left", valign: VAlign = "top") -> float:
        """Draw ready-made lines in ``rect``; returns the height they take."""
        pad = Sketch(self.fonts)
        block = pad.lines(rect, [printable(line) for line in lines], font, size, fill, align,
                          valign)
        self.paint(pad.take())
        return block

    def box(self, rect: Rect, text: str, font: str, sizes: Sequence[float], fill: str,
            align: Align = "left", valign: VAlign = "top") -> FittedText:
        """``text`` fitted into ``rect``: wrapped, shrunk within ``sizes``, else elided.

        Nothing is drawn when not even one line of the smallest size fits; the result is then
        marked elided so that the caller can keep the full text elsewhere.
        """
        pad = Sketch(self.fonts)
        fitted = pad.box(rect, text, font, sizes, fill, align, valign)
        self.paint(pad.take())
        return fitted


_PAINTERS: dict[type, Callable[[Ink, Any], None]] = {
    Box: Ink._paint_box,
    Text: Ink._paint_text,
    Symbol: Ink._paint_symbol,
    Group: Ink._paint_group,
    Line: Ink._paint_line,
    Polyline: Ink._paint_polyline,
    Polygon: Ink._paint_polygon,
    Circle: Ink._paint_circle,
    Curve: Ink._paint_curve,
    Picture: draw_picture,
}
"""How :meth:`Ink.paint` paints each kind of primitive."""
