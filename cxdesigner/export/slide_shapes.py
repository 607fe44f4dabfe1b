"""Native PowerPoint shapes for the storyboard: text fitted like the map's, tables, colours.

Text is fitted here with the bundled fonts' own metrics (:mod:`cxdesigner.layout.text`),
as on the map: wrapped at the same words, shrunk within a range of sizes, else cut with
"…", so that it stays inside its shape, with room to spare for a wider fallback face (the
viewer wraps the lines itself). Runs name the project's family with a sans-serif
pitch, so that a computer without it falls back on a sans-serif face.
"""

from __future__ import annotations

from collections.abc import Sequence

from pptx.dml.color import RGBColor
from pptx.enum.dml import MSO_LINE_DASH_STYLE
from pptx.enum.shapes import MSO_SHAPE
from pptx.enum.text import MSO_ANCHOR, MSO_AUTO_SIZE, PP_ALIGN
from pptx.shapes.autoshape import Shape
from pptx.shapes.shapetree import SlideShapes
from pptx.slide import Slide
from pptx.text.text import TextFrame
from pptx.util import Pt

from cxdesigner.drawing.fonts import FontSet
from cxdesigner.drawing.text_runs import printable, text_width
from cxdesigner.layout.text import LINE_SPACING, fit_text

FAMILY = "Noto Sans"
"""The family the slides name (the bundled one); fallback: any sans-serif face."""
SANS_PITCH = "34"
FALLBACK_ROOM = 0.9
"""The share of a box's width text is fitted to."""
_DRAWING_ML = "http://schemas.openxmlformats.org/drawingml/2006/main"
"""``pitchFamily`` of a variable-pitch sans-serif face (what a viewer falls back on)."""


def rgb(colour: str) -> RGBColor:
    """A pptx colour from ``#rrggbb``."""
    red, green, blue = (int(colour[index:index + 2], 16) for index in (1, 3, 5))
    return RGBColor(red, green, blue)  # type: ignore[no-untyped-call]


class Shapes:
    """Adds fitted text and shapes to one slide, in points from its top-left corner."""

    def __init__(self, slide: Slide, fonts: FontSet) -> None:
        self.slide = slide
        self.shapes: SlideShapes = slide.shapes
        self.fonts = fonts

    def fitted(self, text: str, width: float, height: float, bold: bool = False,
               sizes: Sequence[float] = (12.0, 11.0, 10.0, 9.0, 8.0)) -> tuple[float, list[str]]:
        """The size and lines of ``text`` fitted in ``width`` by ``height`` points.

        A tenth of the width is kept free: a fallback face is often wider than the family.
        """
        font = self.fonts.bold if bold else self.fonts.regular
        clean = printable(text)
        if not clean.strip():
            return sizes[-1], []
        fitted = fit_text(clean, width * FALLBACK_ROOM, height,
                          lambda t, s: text_width(font, t, s), tuple(sizes))
        return fitted.size, list(fitted.lines)

    def _frame(self, frame: TextFrame, margin: float, anchor: MSO_ANCHOR) -> None:
        frame.word_wrap = True
        frame.auto_size = MSO_AUTO_SIZE.NONE
        frame.vertical_anchor = anchor
        for side in ("left", "right", "top", "bottom"):
            setattr(frame, f"margin_{side}", Pt(margin))

    def paragraphs(self, frame: TextFrame, blocks: Sequence[tuple[list[str], float, bool, bool,
                                                                  str]],
                   align: PP_ALIGN = PP_ALIGN.LEFT) -> None:
        """Write ``(lines, size, bold, italic, colour)`` blocks, one paragraph each."""
        first = True
        for lines, size, bold, italic, colour in blocks:
            if not lines:
                continue
            paragraph = frame.paragraphs[0] if first else \
                frame.add_paragraph()  # type: ignore[no-untyped-call]
            first = False
            paragraph.alignment = align
            paragraph.line_spacing = LINE_SPACING * 0.87
            # The fitted lines joined again: the viewer wraps them, in the named family or
            # in its fallback, which may be wider (the fitting keeps room for it).
            run = paragraph.add_run()
            run.text = " ".join(lines)
            font = run.font
            font.size = Pt(size)
            font.bold = bold
            font.italic = italic
            font.color.rgb = rgb(colour)
            font.name = FAMILY
            latin = run._r.find(f"{{{_DRAWING_ML}}}latin")
            if latin is not None:
                latin.set("pitchFamily", SANS_PITCH)

    def text(self, x: float, y: float, width: float, height: float, text: str,
             colour: str = "#1f2933", bold: bool = False, italic: bool = False,
             sizes: Sequence[float] = (12.0, 11.0, 10.0, 9.0),
             align: PP_ALIGN = PP_ALIGN.LEFT, anchor: MSO_ANCHOR = MSO_ANCHOR.TOP) -> Shape:
        """A text box holding ``text`` fitted to it."""
        box = self.shapes.add_textbox(Pt(x), Pt(y), Pt(width), Pt(height))
        self._frame(box.text_frame, 0.0, anchor)
        size, lines = self.fitted(text, width, height, bold, sizes)
        self.paragraphs(box.text_frame, [(lines, size, bold, italic, colour)], align)
        return box

    def shape(self, kind: MSO_SHAPE, x: float, y: float, width: float, height: float,
              fill: str | None, line: str | None = None, line_width: float = 0.75) -> Shape:
        """An autoshape (rectangle, star…) filled and outlined."""
        shape = self.shapes.add_shape(kind, Pt(x), Pt(y), Pt(width), Pt(height))
        if fill is None:
            shape.fill.background()
        else:
            shape.fill.solid()
            shape.fill.fore_color.rgb = rgb(fill)
        if line is None:
            shape.line.fill.background()
        else:
            shape.line.color.rgb = rgb(line)
            shape.line.width = Pt(line_width)
        shape.shadow.inherit = False
        return shape

    def labelled(self, shape: Shape, blocks: Sequence[tuple[list[str], float, bool, bool, str]],
                 margin: float = 5.0, anchor: MSO_ANCHOR = MSO_ANCHOR.TOP,
                 align: PP_ALIGN = PP_ALIGN.LEFT) -> None:
        """Put fitted text blocks inside ``shape``."""
        self._frame(shape.text_frame, margin, anchor)
        self.paragraphs(shape.text_frame, blocks, align)

    def polyline(self, points: Sequence[tuple[float, float]], colour: str,
                 width: float = 2.0, dash: bool = False) -> None:
        """Connected straight segments (the emotion curve)."""
        if len(points) < 2:
            return
        builder = self.shapes.build_freeform(Pt(points[0][0]), Pt(points[0][1]), scale=1.0)
        builder.add_line_segments([(Pt(x), Pt(y)) for x, y in points[1:]], close=False)
        shape = builder.convert_to_shape()
        shape.fill.background()
        shape.line.color.rgb = rgb(colour)
        shape.line.width = Pt(width)
        if dash:
            shape.line.dash_style = MSO_LINE_DASH_STYLE.DASH
        shape.shadow.inherit = False

    def table(self, x: float, y: float, width: float, headers: Sequence[str],
              rows: Sequence[Sequence[str]], widths: Sequence[float], size: float = 10.0,
              header_fill: str = "#1f4e79") -> None:
        """A native table: a header row and ``rows``; column ``widths`` are shares."""
        row_height = size * 2.1
        shape = self.shapes.add_table(len(rows) + 1, len(headers), Pt(x), Pt(y), Pt(width),
                                      Pt(row_height * (len(rows) + 1)))
        table = shape.table
        total = sum(widths)
        column_widths = [width * share / total for share in widths]
        for index, column_width in enumerate(column_widths):
            table.columns[index].width = Pt(column_width)
        for row_index, values in enumerate([list(headers), *[list(row) for row in rows]]):
            table.rows[row_index].height = Pt(row_height)
            for column, value in enumerate(values):
                cell = table.cell(row_index, column)
                cell.margin_left = cell.margin_right = Pt(4)
                cell.margin_top = cell.margin_bottom = Pt(2)
                header = row_index == 0
                fitted_size, lines = self.fitted(str(value), column_widths[column] - 8,
                                                 row_height * 2.2, header,
                                                 (size, size - 1, size - 2))
                frame = cell.text_frame
                frame.word_wrap = True
                self.paragraphs(frame, [(lines, fitted_size, header, False,
                                         "#ffffff" if header else "#1f2933")])
                if header:
                    cell.fill.solid()  # type: ignore[no-untyped-call]
                    cell.fill.fore_color.rgb = rgb(header_fill)


def line_height(size: float) -> float:
    """The height a line of text of ``size`` points takes."""
    return size * LINE_SPACING
