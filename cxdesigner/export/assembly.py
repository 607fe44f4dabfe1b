"""The assembly plan that opens a tiled poster: the sheets on a miniature, steps, a ruler.

The miniature is the poster's outline (title block, stages, cards, legend) drawn in shapes
without text: at that size the map's words could not be read anyway.
"""

from __future__ import annotations

from collections.abc import Callable

from cxdesigner.drawing.sketch import Sketch
from cxdesigner.export.ink import Ink
from cxdesigner.export.labels import Labels
from cxdesigner.export.options import MM
from cxdesigner.export.tiling import TileGrid, draw_ruler, sheet_code
from cxdesigner.layout import palette
from cxdesigner.layout.geometry import Point, Rect

MARGIN = 15 * MM
SHEET_OUTLINE = "#c0392b"
"""The sheets drawn over the miniature: a colour the map itself does not use for areas."""
SKIPPED_FILL = "#e4e7eb"

Miniature = Callable[[Sketch, Rect, float], None]
"""Draws the poster's outline with its top-left corner at the rectangle's, ``factor``
page points per poster point."""


def overview_size(grid: TileGrid) -> tuple[float, float]:
    """The plan's page: a sheet of the tiles' paper, turned like the poster."""
    short, long = sorted(grid.sheet)
    return (long, short) if grid.poster[0] >= grid.poster[1] else (short, long)


def draw_assembly_plan(ink: Ink, grid: TileGrid, miniature: Miniature, labels: Labels,
                       title: str, scale: float) -> None:
    """Draw the plan on the current page, of :func:`overview_size`."""
    width, height = overview_size(grid)
    fonts = ink.fonts
    content = Rect(MARGIN, MARGIN, width - 2 * MARGIN, height - 2 * MARGIN)
    ink.text(content.x, content.y + 14, labels["assembly"], fonts.bold, 16, palette.INK)
    ink.box(Rect(content.x, content.y + 20, content.width, 14), title, fonts.regular,
            (10.0, 9.0, 8.0), palette.INK_MUTED)
    poster_w, poster_h = grid.poster
    facts = " · ".join((
        labels.format("poster_size", w=f"{poster_w / MM:.0f}", h=f"{poster_h / MM:.0f}",
                      scale=f"{scale:.0%}".replace("%", "\u00a0%")
                      if labels.language == "fr" else f"{scale:.0%}"),
        labels.format("sheets_total", n=len(grid.printed), paper=grid.paper_name),
    ))
    ink.text(content.x, content.y + 46, facts, fonts.bold, 9, palette.INK)

    steps = [labels["step_print"], labels["step_check"], labels["step_trim"],
             labels.format("step_glue", overlap=f"{grid.overlap / MM:g}")]
    if grid.skipped:
        codes = ", ".join(sheet_code(r, c) for r, c in sorted(grid.skipped))
        steps.append(labels.format("step_skipped", sheets=codes))
    y = content.y + 62
    for number, step in enumerate(steps, start=1):
        ink.text(content.x, y, f"{number}.", fonts.bold, 8.5, palette.INK)
        fitted = ink.box(Rect(content.x + 14, y - 8.5, content.width - 14, 22), step,
                         fonts.regular, (8.5, 8.0, 7.5), palette.INK)
        y += max(1, len(fitted.lines)) * fitted.line_height + 3

    ruler_top = content.bottom - 14 * MM
    draw_ruler(ink, content.x, ruler_top, labels, caption=labels["ruler"])

    # The miniature: the poster's outline with the sheets drawn over it.
    area = Rect(content.x, y + 8, content.width, ruler_top - 6 * MM - (y + 8))
    grid_w = grid.step[0] * (grid.columns - 1) + grid.printable[0]
    grid_h = grid.step[1] * (grid.rows - 1) + grid.printable[1]
    factor = min(area.width / grid_w, area.height / grid_h)
    left = area.x + (area.width - grid_w * factor) / 2
    top = area.y
    pad = Sketch(fonts)
    miniature(pad, Rect(left, top, poster_w * factor, poster_h * factor), factor)
    ink.paint(pad.take())
    ink.rect(Rect(left, top, poster_w * factor, poster_h * factor), stroke=palette.INK_FAINT,
             width=0.5)
    size = max(6.0, min(14.0, grid.printable[1] * factor * 0.18))
    for row in range(grid.rows):
        for column in range(grid.columns):
            region = grid.region(row, column)
            box = Rect(left + region.x * factor, top + region.y * factor,
                       region.width * factor, region.height * factor)
            centre = box.center
            code = sheet_code(row, column)
            if (row, column) in grid.skipped:
                ink.rect(box.inset(1, 1), fill=SKIPPED_FILL, stroke=palette.INK_FAINT,
                         width=0.5, dash=(2, 2))
                ink.line(Point(box.x + 2, box.y + 2), Point(box.right - 2, box.bottom - 2),
                         palette.INK_FAINT, 0.5)
                ink.line(Point(box.x + 2, box.bottom - 2), Point(box.right - 2, box.y + 2),
                         palette.INK_FAINT, 0.5)
                ink.text(centre.x, centre.y + size * 0.35, code, fonts.bold, size * 0.8,
                         palette.INK_FAINT, align="centre")
                continue
            ink.rect(box, stroke=SHEET_OUTLINE, width=0.8)
            ink.circle(centre, size * 0.95, fill=palette.PAPER, stroke=palette.INK, width=0.5)
            ink.text(centre.x, centre.y + size * 0.35, code, fonts.bold, size * 0.8,
                     palette.INK, align="centre")
