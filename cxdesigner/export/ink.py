"""Drawing primitives on a reportlab canvas in the layout's coordinates (y growing downwards).

The layout, like the screen, puts (0, 0) at the top-left; PDF puts it at the bottom-left.
:class:`Ink` flips every y once, here, so the rest of the export reads like the layout.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import Literal

from reportlab.lib.colors import Color, HexColor
from reportlab.pdfgen.canvas import Canvas

from cxdesigner.export.fonts import FontSet, printable
from cxdesigner.layout.curves import CubicSegment
from cxdesigner.layout.geometry import Point, Rect
from cxdesigner.layout.text import LINE_SPACING, FittedText, Measure, fit_text

Align = Literal["left", "centre", "right"]
VAlign = Literal["top", "middle", "bottom"]

BASELINE = 0.82
"""Where the baseline sits in a line box, as a share of the font size from the line's top:
centres a line's glyph box (ascent 0.71, descent 0.29 of the size) in its leading."""


@lru_cache(maxsize=512)
def colour(hex_colour: str) -> Color:
    """A reportlab colour from ``#rrggbb``."""
    return HexColor(hex_colour)


class Ink:
    """Draws on ``canvas`` in a space ``height`` points tall with y growing downwards."""

    def __init__(self, canvas: Canvas, height: float, fonts: FontSet) -> None:
        self.canvas = canvas
        self.height = height
        self.fonts = fonts

    # ----------------------------------------------------------------- shapes

    def _pen(self, stroke: str | None, width: float, dash: Sequence[float] = ()) -> None:
        c = self.canvas
        if stroke is not None:
            c.setStrokeColor(colour(stroke))
            c.setLineWidth(width)
            if dash:
                c.setDash(list(dash), 0)
            else:
                c.setDash()

    def rect(self, rect: Rect, fill: str | None = None, stroke: str | None = None,
             width: float = 0.5, radius: float = 0.0, dash: Sequence[float] = ()) -> None:
        """A rectangle, optionally with rounded corners."""
        if fill is None and stroke is None:
            return
        c = self.canvas
        if fill is not None:
            c.setFillColor(colour(fill))
        self._pen(stroke, width, dash)
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
        self._pen(stroke, width, dash)
        self.canvas.line(start.x, self.height - start.y, end.x, self.height - end.y)

    def polyline(self, points: Sequence[Point], stroke: str, width: float = 0.5,
                 dash: Sequence[float] = ()) -> None:
        """Connected segments through ``points``, with round joins."""
        if len(points) < 2:
            return
        c = self.canvas
        self._pen(stroke, width, dash)
        c.setLineJoin(1)
        path = c.beginPath()
        path.moveTo(points[0].x, self.height - points[0].y)
        for point in points[1:]:
            path.lineTo(point.x, self.height - point.y)
        c.drawPath(path, stroke=1, fill=0)
        c.setLineJoin(0)

    def polygon(self, points: Sequence[Point], fill: str | None, stroke: str | None = None,
                width: float = 0.5) -> None:
        """A closed shape."""
        c = self.canvas
        if fill is not None:
            c.setFillColor(colour(fill))
        self._pen(stroke, width)
        c.setLineJoin(1)
        path = c.beginPath()
        path.moveTo(points[0].x, self.height - points[0].y)
        for point in points[1:]:
            path.lineTo(point.x, self.height - point.y)
        path.close()
        c.drawPath(path, stroke=int(stroke is not None), fill=int(fill is not None))
        c.setLineJoin(0)

    def circle(self, centre: Point, radius: float, fill: str | None,
               stroke: str | None = None, width: float = 0.5) -> None:
        """A disc or a ring."""
        c = self.canvas
        if fill is not None:
            c.setFillColor(colour(fill))
        self._pen(stroke, width)
        c.circle(centre.x, self.height - centre.y, radius,
                 stroke=int(stroke is not None), fill=int(fill is not None))

    def curve(self, segments: Sequence[CubicSegment], stroke: str, width: float = 1.0) -> None:
        """A smooth path made of cubic Bézier segments."""
        if not segments:
            return
        c = self.canvas
        self._pen(stroke, width)
        c.setLineCap(1)
        h = self.height
        path = c.beginPath()
        path.moveTo(segments[0].start.x, h - segments[0].start.y)
        for s in segments:
            path.curveTo(s.control1.x, h - s.control1.y, s.control2.x, h - s.control2.y,
                         s.end.x, h - s.end.y)
        c.drawPath(path, stroke=1, fill=0)
        c.setLineCap(0)

    # ----------------------------------------------------------------- text

    def measure(self, font: str) -> Measure:
        """``measure(text, size)`` in ``font``."""
        return self.fonts.measure(font)

    def width(self, text: str, font: str, size: float) -> float:
        """The width of ``text`` as it would be drawn."""
        return self.fonts.measure(font)(printable(text, font), size)

    def text(self, x: float, baseline: float, text: str, font: str, size: float, fill: str,
             align: Align = "left") -> None:
        """One line of text; ``x`` is its left end, centre or right end as ``align`` says."""
        c = self.canvas
        c.setFont(font, size)
        c.setFillColor(colour(fill))
        shown = printable(text, font)
        y = self.height - baseline
        if align == "left":
            c.drawString(x, y, shown)
        elif align == "centre":
            c.drawCentredString(x, y, shown)
        else:
            c.drawRightString(x, y, shown)

    def lines(self, rect: Rect, lines: Sequence[str], font: str, size: float, fill: str,
              align: Align = "left", valign: VAlign = "top") -> float:
        """Draw ready-made lines in ``rect``; returns the height they take."""
        line_height = size * LINE_SPACING
        block = len(lines) * line_height
        top = rect.y
        if valign == "middle":
            top += (rect.height - block) / 2
        elif valign == "bottom":
            top += rect.height - block
        x = {"left": rect.x, "centre": rect.x + rect.width / 2, "right": rect.right}[align]
        for index, line in enumerate(lines):
            self.text(x, top + index * line_height + size * BASELINE, line, font, size, fill,
                      align)
        return block

    def box(self, rect: Rect, text: str, font: str, sizes: Sequence[float], fill: str,
            align: Align = "left", valign: VAlign = "top") -> FittedText:
        """``text`` fitted into ``rect``: wrapped, shrunk within ``sizes``, else elided.

        Nothing is drawn when not even one line of the smallest size fits; the result is then
        marked elided so that the caller can keep the full text elsewhere.
        """
        clean = printable(text, font)
        if not clean.strip():
            return FittedText(sizes[-1], (), False)
        if rect.width <= 0 or rect.height < sizes[-1] * LINE_SPACING:
            return FittedText(sizes[-1], (), True)
        fitted = fit_text(clean, rect.width, rect.height, self.fonts.measure(font), sizes)
        self.lines(rect, fitted.lines, font, fitted.size, fill, align, valign)
        return fitted
