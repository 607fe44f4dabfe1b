"""Press pages: the trim at the paper size, 3 mm of bleed around it, crop marks in the slug.

A print shop prints on a larger sheet and cuts it to the trim. Every page of a press file
says where (TrimBox), how far the art may reach past the cut (BleedBox, 3 mm), and is that
much larger (MediaBox). A map sheet also gets crop marks: they start at the edge of the bleed,
so that no mark shows on the cut sheet or touches the map, and need a slug beyond the bleed,
which makes its media larger still. The page is drawn in the trim's coordinates, as ever.
"""

from __future__ import annotations

from cxdesigner.drawing.fonts import FontSet
from cxdesigner.export.ink import Ink
from cxdesigner.export.options import MAX_PAGE_MM, MM, ExportError
from cxdesigner.export.pdf_canvas import PdfCanvas
from cxdesigner.layout import palette
from cxdesigner.layout.geometry import Point

BLEED = 3 * MM
"""How far past the trim the art may reach: the cut is never exact."""
SLUG = 10 * MM
"""Room past the trim for the crop marks: the bleed, the marks, a little paper."""
MARK_LENGTH = 5 * MM
MARK_WIDTH = 0.25
"""The thinnest line a press holds; in solid black, the colour of every mark."""


def open_page(canvas: PdfCanvas, fonts: FontSet, size: tuple[float, float],
              crop_marks: bool) -> Ink:
    """Start a press page whose trim is ``size``; returns the ink to draw it with."""
    width, height = size
    margin = SLUG if crop_marks else BLEED
    media = (width + 2 * margin, height + 2 * margin)
    if max(media) > MAX_PAGE_MM * MM:
        raise ExportError(
            f"a {width / MM:.0f} \u00d7 {height / MM:.0f} mm sheet with its bleed and crop "
            f"marks is larger than a PDF page may be ({MAX_PAGE_MM:g} mm a side): use a smaller "
            "--paper or --scale, or --tile to print it in sheets.")
    canvas.setPageSize(media)
    canvas.setTrimBox((margin, margin, margin + width, margin + height))
    canvas.setBleedBox((margin - BLEED, margin - BLEED, margin + width + BLEED,
                        margin + height + BLEED))
    canvas.translate(margin, margin)
    ink = Ink(canvas, height, fonts)
    if crop_marks:
        draw_crop_marks(ink, size)
    return ink


def draw_crop_marks(ink: Ink, size: tuple[float, float]) -> None:
    """Two marks at each corner of the trim, in line with its edges, outside the bleed."""
    width, height = size
    start, end = BLEED, BLEED + MARK_LENGTH
    for x, y, sx, sy in ((0.0, 0.0, -1, -1), (width, 0.0, 1, -1), (0.0, height, -1, 1),
                         (width, height, 1, 1)):
        ink.line(Point(x + sx * start, y), Point(x + sx * end, y), palette.INK, MARK_WIDTH)
        ink.line(Point(x, y + sy * start), Point(x, y + sy * end), palette.INK, MARK_WIDTH)
