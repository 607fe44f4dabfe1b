"""The title block of a map sheet: which journey, for which project, client and persona, when."""

from __future__ import annotations

from dataclasses import dataclass

from cxdesigner.drawing.elisions import ElisionLog
from cxdesigner.export.ink import Ink
from cxdesigner.export.labels import Labels
from cxdesigner.layout import palette
from cxdesigner.layout.geometry import Point, Rect

HEIGHT = 44.0
"""The title block's height at unit 1, in points, on a sheet wide enough for one row."""
NARROW = 400.0
"""Below this width (at unit 1) the grid of facts goes under the title, full width."""
ROW_GAP = 6.0


def block_height(width: float, unit: float) -> float:
    """The title block's height on a band ``width`` wide."""
    return (HEIGHT * 2 + ROW_GAP) * unit if width < NARROW * unit else HEIGHT * unit


@dataclass(frozen=True)
class TitleInfo:
    """The facts printed in the title block."""

    project: str
    client: str
    journey: str
    kind: str
    target: bool
    persona: str
    date: str


def draw_title_block(ink: Ink, band: Rect, info: TitleInfo, labels: Labels, unit: float,
                     elisions: ElisionLog) -> None:
    """The journey's kind and name large on the left, a framed grid of facts on the right:
    project and client, persona and date."""
    u = unit
    fonts = ink.fonts
    if band.width < NARROW * u:  # a narrow sheet: the facts under the title
        left = Rect(band.x, band.y, band.width, HEIGHT * u)
        grid = Rect(band.x, left.bottom + ROW_GAP * u, band.width, HEIGHT * u)
    else:
        grid_width = min(band.width * 0.48, 320 * u)
        left = Rect(band.x, band.y, band.width - grid_width - 14 * u, band.height)
        grid = Rect(band.right - grid_width, band.y, grid_width, band.height)

    pill_size = 7.5 * u
    kind_width = ink.width(info.kind, fonts.bold, pill_size) + 14 * u  # 2 to spare
    pill = Rect(left.x, left.y + 1 * u, kind_width, 12 * u)
    pill_fill = palette.JOURNEY_TARGET if info.target else palette.JOURNEY_CURRENT
    ink.rect(pill, fill=pill_fill, radius=pill.height / 2)
    ink.box(pill.inset(6 * u, 0), info.kind, fonts.bold, (pill_size,), palette.PAPER,
            align="centre", valign="middle")

    title_box = Rect(left.x, pill.bottom + 2 * u, left.width, left.bottom - pill.bottom - 2 * u)
    fitted = ink.box(title_box, info.journey, fonts.bold,
                     tuple(s * u for s in (20.0, 18.0, 16.0, 14.0, 12.0)), palette.INK,
                     valign="middle")
    if fitted.elided:
        elisions.add(labels["journey"], info.journey)

    ink.rect(grid, fill=palette.PAPER, stroke=palette.INK, width=0.8 * u)
    cells = [(labels["project"], info.project), (labels["client"], info.client or "—"),
             (labels["persona"], info.persona), (labels["date"], info.date)]
    widths = (grid.width * 0.55, grid.width * 0.45)
    row_height = grid.height / 2
    ink.line(Point(grid.x, grid.y + row_height), Point(grid.right, grid.y + row_height),
             palette.INK_FAINT, 0.5 * u)
    ink.line(Point(grid.x + widths[0], grid.y), Point(grid.x + widths[0], grid.bottom),
             palette.INK_FAINT, 0.5 * u)
    for index, (name, value) in enumerate(cells):
        row, column = divmod(index, 2)
        cell = Rect(grid.x + (widths[0] if column else 0.0), grid.y + row * row_height,
                    widths[column], row_height)
        inner = cell.inset(5 * u, 2 * u)
        # The label small above, the value on one line: a long value shrinks, then is cut
        # (the project's full name is in the PDF's properties).
        ink.text(inner.x, inner.y + 6.2 * u, name.upper(), fonts.regular, 6.2 * u,
                 palette.INK_MUTED)
        ink.box(Rect(inner.x, inner.y + 7.5 * u, inner.width, inner.bottom - inner.y - 7.5 * u),
                value, fonts.bold, (8.5 * u, 8 * u, 7.5 * u, 7 * u), palette.INK,
                valign="middle")
