"""A plain table over as many pages as it needs, its header repeated on each page."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from cxdesigner.drawing.elisions import ElisionLog
from cxdesigner.drawing.text_runs import printable
from cxdesigner.export.flow import SectionFlow
from cxdesigner.export.ink import Align, Ink
from cxdesigner.layout import palette
from cxdesigner.layout.geometry import Point, Rect
from cxdesigner.layout.text import LINE_SPACING, elide, wrap

HEADER_FILL = "#1d3557"
STRIPE = "#f5f7fa"
PADDING = 4.0


@dataclass(frozen=True)
class Column:
    """A column: its title, its share of the width, and how its cells are written."""

    title: str
    weight: float
    bold: bool = False
    align: Align = "left"


def _cell_lines(ink: Ink, text: str, font: str, size: float, width: float,
                max_lines: int) -> tuple[list[str], bool]:
    lines = wrap(printable(text), width, size, ink.measure(font))
    if len(lines) <= max_lines:
        return lines, False
    kept = lines[:max_lines]
    kept[-1] = elide(kept[-1], width, size, ink.measure(font))
    return kept, True


def draw_table(flow: SectionFlow, columns: Sequence[Column], rows: Sequence[Sequence[str]],
               elisions: ElisionLog | None = None, where: str = "", size: float = 7.5,
               max_lines: int = 16, grouped: bool = False) -> None:
    """Draw ``rows`` under a header row; a row never splits across pages.

    A cell longer than ``max_lines`` lines is cut, and its full text goes to ``elisions``.
    ``grouped``: a row whose first cell is empty belongs to the group of the row above, named
    by that row's first cell; a group starts a new page rather than split when one page holds
    it, and one that runs over names itself again at the top of the next page.
    """
    fonts = flow.pages.fonts
    total = sum(column.weight for column in columns)
    widths = [flow.content.width * column.weight / total for column in columns]
    line_height = size * LINE_SPACING
    header_lines: list[list[str]] = []
    for column, width in zip(columns, widths, strict=True):
        lines, _ = _cell_lines(flow.ink, column.title, fonts.bold, size, width - 2 * PADDING, 3)
        header_lines.append(lines)
    header_height = max(len(lines) for lines in header_lines) * line_height + 2 * PADDING

    def header(ink: Ink) -> None:
        x = flow.content.x
        ink.rect(Rect(x, flow.y, flow.content.width, header_height), fill=HEADER_FILL)
        for lines, width, column in zip(header_lines, widths, columns, strict=True):
            ink.lines(Rect(x + PADDING, flow.y + PADDING, width - 2 * PADDING,
                           header_height - 2 * PADDING), lines, fonts.bold, size,
                      palette.PAPER, column.align)
            x += width
        flow.y += header_height

    def laid_out(row: Sequence[str]) -> tuple[list[list[str]], float]:
        """The row's cells as lines, and its height."""
        cells: list[list[str]] = []
        for column, width, text in zip(columns, widths, row, strict=True):
            font = fonts.bold if column.bold else fonts.regular
            lines, cut = _cell_lines(flow.ink, text, font, size, width - 2 * PADDING, max_lines)
            if cut and elisions is not None:
                elisions.add(f"{where} · {row[0]}" if where else row[0], text)
            cells.append(lines)
        return cells, max(1, *(len(lines) for lines in cells)) * line_height + 2 * PADDING

    laid = [laid_out(row) for row in rows]
    needs_header = True
    label = ""
    for index, row in enumerate(rows):
        cells, height = laid[index]
        wanted = height
        if grouped and row[0]:
            label = row[0]
            end = next((later for later in range(index + 1, len(rows)) if rows[later][0]),
                       len(rows))
            group = sum(laid[member][1] for member in range(index, end))
            if group + header_height <= flow.content.height:
                wanted = group  # the whole group on this page, or all of it on the next
        page_before = flow.pages.number
        ink = flow.need(wanted + (header_height if needs_header else 0.0))
        if needs_header or flow.pages.number != page_before:
            header(ink)
            needs_header = False
            if grouped and not row[0] and label:  # a group running over: named again
                cells, height = laid_out([label, *row[1:]])
        x = flow.content.x
        if index % 2:
            ink.rect(Rect(x, flow.y, flow.content.width, height), fill=STRIPE)
        for lines, width, column in zip(cells, widths, columns, strict=True):
            font = fonts.bold if column.bold else fonts.regular
            ink.lines(Rect(x + PADDING, flow.y + PADDING, width - 2 * PADDING,
                           height - 2 * PADDING), lines, font, size, palette.INK, column.align)
            x += width
        flow.y += height
        ink.line(Point(flow.content.x, flow.y), Point(flow.content.right, flow.y), palette.RULE,
                 0.4)
    flow.y += 6
