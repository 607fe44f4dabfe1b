"""Pieces laid out on sheets to cut: as many as fit, cutting guides between them.

Neighbouring pieces share their cutting line (no gutter: one cut separates two cards). The
lines are dashed across the sheet and continued into the margins by solid ticks, so that
they can be followed with a cutter and a ruler from the edge of the sheet.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from cxdesigner.analysis.wall.codes import KitCode
from cxdesigner.export.ink import Ink
from cxdesigner.export.kit.faces import MM, mm_rect
from cxdesigner.layout import palette
from cxdesigner.layout.geometry import Point

MARGIN = 8.0
"""Millimetres left round each sheet (office printers do not print to the edge)."""
GUIDE = "#8a96a3"
_DASH = (3.0, 2.5)

PAPERS: dict[str, tuple[float, float]] = {"A4": (210.0, 297.0), "A3": (297.0, 420.0)}
"""The sheets of the kit, portrait, in millimetres."""


@dataclass(frozen=True)
class KitPiece:
    """A piece of the kit and where it is printed.

    Attributes:
        page: the page, from 0.
        x, y, width, height: on the page, in millimetres from its top-left corner.
        code: its code.
    """

    page: int
    x: float
    y: float
    width: float
    height: float
    code: KitCode


def grid(paper: tuple[float, float], size: tuple[float, float]) -> tuple[int, int, float, float]:
    """How many pieces of ``size`` fit across and down, and the grid's top-left corner."""
    usable_w, usable_h = paper[0] - 2 * MARGIN, paper[1] - 2 * MARGIN
    columns, rows = max(1, int(usable_w // size[0])), max(1, int(usable_h // size[1]))
    left = (paper[0] - columns * size[0]) / 2
    top = MARGIN + max(0.0, (usable_h - rows * size[1]) / 2)
    return columns, rows, left, top


def cutting_guides(ink: Ink, paper: tuple[float, float], xs: Sequence[float],
                   ys: Sequence[float]) -> None:
    """Dashed lines at ``xs`` (down) and ``ys`` (across) over the grid, ticks in the margins."""
    top, bottom, left, right = ys[0], ys[-1], xs[0], xs[-1]
    for x in xs:
        ink.line(Point(x * MM, top * MM), Point(x * MM, bottom * MM), GUIDE, 0.5, _DASH)
        ink.line(Point(x * MM, 6.5 * MM), Point(x * MM, (top - 1.5) * MM), GUIDE, 0.5)
        ink.line(Point(x * MM, (bottom + 1.5) * MM), Point(x * MM, (paper[1] - 1.5) * MM),
                 GUIDE, 0.5)
    for y in ys:
        ink.line(Point(left * MM, y * MM), Point(right * MM, y * MM), GUIDE, 0.5, _DASH)
        ink.line(Point(1.5 * MM, y * MM), Point((left - 1.5) * MM, y * MM), GUIDE, 0.5)
        ink.line(Point((right + 1.5) * MM, y * MM), Point((paper[0] - 1.5) * MM, y * MM),
                 GUIDE, 0.5)


DrawPiece = Callable[[Ink], None]


def place(ink: Ink, x: float, y: float, height: float, draw: DrawPiece) -> None:
    """Draw a piece whose top-left corner is at (``x``, ``y``) mm on the page."""
    canvas = ink.canvas
    canvas.saveState()
    canvas.translate(x * MM, ink.height - (y + height) * MM)
    draw(Ink(canvas, height * MM, ink.fonts))
    canvas.restoreState()


def header(ink: Ink, paper: tuple[float, float], text: str) -> None:
    """A line of small print at the top of a sheet: the kit, the journey, the page."""
    ink.box(mm_rect(MARGIN, 1.8, paper[0] - 2 * MARGIN, 4.5), text, ink.fonts.regular, (6.5,),
            palette.INK_MUTED, align="centre", valign="middle")
