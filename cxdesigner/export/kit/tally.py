"""Dot-voting tally sheets: each touchpoint's pain points (or the touchpoint itself when it
has none), with room for the dots and the total, stage by stage."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from cxdesigner.analysis.wall.codes import item_code
from cxdesigner.export.ink import Ink
from cxdesigner.export.kit.faces import MM, mm_rect
from cxdesigner.export.kit.words import KitWords
from cxdesigner.layout import palette
from cxdesigner.layout.geometry import Point
from cxdesigner.model import Stage

ROW = 11.0
"""Millimetres per row: room for a few dots."""
OTHER_ROWS = 3
"""Empty rows per stage for pain points raised in the room."""
MARGIN = 12.0


@dataclass(frozen=True)
class TallyRow:
    """A line of a tally sheet: the card's code, what is voted on, or a stage heading."""

    code: str
    text: str
    heading: bool = False


def tally_rows(stages: Sequence[Stage], words: KitWords) -> list[TallyRow]:
    """Every row, stage by stage."""
    rows: list[TallyRow] = []
    for stage in stages:
        rows.append(TallyRow("", stage.name, heading=True))
        for touchpoint in stage.touchpoints:
            code = item_code(touchpoint.id)
            label = f"{code[:3]}-{code[3:]}"
            if touchpoint.irritants:
                rows.extend(TallyRow(label, f"{touchpoint.title} · {irritant.text}")
                            for irritant in touchpoint.irritants)
            else:
                rows.append(TallyRow(label, touchpoint.title))
        rows.extend(TallyRow("", words["tally_other"]) for _ in range(OTHER_ROWS))
    return rows


def rows_per_page(paper: tuple[float, float]) -> int:
    """How many rows a sheet of ``paper`` (mm) holds under its title and column names."""
    return int((paper[1] - 2 * MARGIN - 16) // ROW)


def tally_pages(rows: Sequence[TallyRow], paper: tuple[float, float]) -> int:
    """How many sheets the rows take."""
    return max(1, -(-len(rows) // rows_per_page(paper)))


def draw_tallies(rows: Sequence[TallyRow], paper: tuple[float, float], words: KitWords,
                 new_page: Callable[[], Ink]) -> int:
    """Draw the rows on as many pages as they need (``new_page`` starts one); the count."""
    width = paper[0] - 2 * MARGIN
    columns = (0.0, 20.0, width - 75.0, width - 20.0, width)  # code, text, dots, total
    per_page = rows_per_page(paper)
    pages = 0
    for start in range(0, max(1, len(rows)), per_page):
        ink = new_page()
        fonts = ink.fonts
        pages += 1
        ink.box(mm_rect(MARGIN, MARGIN, width, 8), words["tally"], fonts.bold, (16.0,),
                palette.INK)
        y = MARGIN + 10
        for index, key in enumerate(("tally_code", "tally_item", "tally_dots", "tally_total")):
            ink.box(mm_rect(MARGIN + columns[index] + 1, y, columns[index + 1] - columns[index],
                            5), words[key], fonts.bold, (8.0,), palette.INK_MUTED)
        y += 6
        for row in rows[start:start + per_page]:
            if row.heading:
                ink.rect(mm_rect(MARGIN, y, width, ROW), fill=palette.LANE_LABEL_FILL)
                ink.box(mm_rect(MARGIN + 2, y, width - 4, ROW), row.text, fonts.bold,
                        (11.0, 9.0), palette.INK, valign="middle")
            else:
                ink.box(mm_rect(MARGIN + 1, y, columns[1] - 2, ROW), row.code, fonts.bold,
                        (8.5,), palette.INK, valign="middle")
                ink.box(mm_rect(MARGIN + columns[1] + 1, y, columns[2] - columns[1] - 2, ROW),
                        row.text, fonts.regular, (9.0, 8.0, 7.0), palette.INK, valign="middle")
                for edge in columns[1:4]:
                    x = (MARGIN + edge) * MM
                    ink.line(Point(x, y * MM), Point(x, (y + ROW) * MM), palette.RULE, 0.5)
            ink.rect(mm_rect(MARGIN, y, width, ROW), stroke=palette.RULE, width=0.5)
            y += ROW
    return pages
