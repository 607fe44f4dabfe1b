"""The title block of a map sheet: what the map is, for whom, and when."""

from __future__ import annotations

from dataclasses import dataclass

from cxdesigner.drawing.elisions import ElisionLog
from cxdesigner.export.ink import Ink
from cxdesigner.export.labels import Labels
from cxdesigner.layout import palette
from cxdesigner.layout.geometry import Point, Rect

HEIGHT = 54.0
"""The title block's height at unit 1, in points, on a sheet wide enough for one row."""
NARROW = 560.0
"""Below this width (at unit 1) the grid of facts goes under the title, full width."""


def block_height(width: float, unit: float) -> float:
    """The title block's height on a band ``width`` wide."""
    return (HEIGHT * 2 + 8) * unit if width < NARROW * unit else HEIGHT * unit


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
    format_version: str


def draw_title_block(ink: Ink, band: Rect, info: TitleInfo, labels: Labels, unit: float,
                     elisions: ElisionLog) -> None:
    """The journey's name large on the left, a framed grid of facts on the right."""
    u = unit
    fonts = ink.fonts
    if band.width < NARROW * u:  # a portrait sheet: the facts under the title
        left = Rect(band.x, band.y, band.width, HEIGHT * u)
        grid = Rect(band.x, left.bottom + 8 * u, band.width, HEIGHT * u)
    else:
        grid_width = min(band.width * 0.48, 340 * u)
        left = Rect(band.x, band.y, band.width - grid_width - 18 * u, band.height)
        grid = Rect(band.right - grid_width, band.y, grid_width, band.height)

    pill_size = 8.5 * u
    kind_width = ink.width(info.kind, fonts.bold, pill_size) + 14 * u
    pill = Rect(left.x, left.y + 2 * u, kind_width, 14 * u)
    pill_fill = palette.JOURNEY_TARGET if info.target else palette.JOURNEY_CURRENT
    ink.rect(pill, fill=pill_fill, radius=pill.height / 2)
    ink.box(pill.inset(7 * u, 0), info.kind, fonts.bold, (pill_size,), palette.PAPER,
            align="centre", valign="middle")

    title_box = Rect(left.x, pill.bottom + 3 * u, left.width, 25 * u)
    fitted = ink.box(title_box, info.journey, fonts.bold,
                     tuple(s * u for s in (21.0, 19.0, 17.0, 15.0, 13.0)), palette.INK,
                     valign="middle")
    if fitted.elided:
        elisions.add(labels["journey"], info.journey)
    subtitle = " · ".join(part for part in (info.project, info.client) if part)
    ink.box(Rect(left.x, title_box.bottom + 1 * u, left.width, left.bottom - title_box.bottom),
            subtitle, fonts.regular, (9.5 * u, 9 * u, 8.5 * u, 8 * u), palette.INK_MUTED)

    ink.rect(grid, fill=palette.PAPER, stroke=palette.INK, width=0.8 * u)
    # Facts in two columns, the long ones (project, journey) in the wide one.
    cells = [
        (labels["project"], info.project), (labels["client"], info.client or "—"),
        (labels["journey"], info.journey), (labels["persona"], info.persona),
        (labels["date"], info.date), (labels["format_version"], info.format_version),
    ]
    widths = (grid.width * 0.62, grid.width * 0.38)
    row_height = grid.height / 3
    for index, (name, value) in enumerate(cells):
        row, column = divmod(index, 2)
        x = grid.x + (widths[0] if column else 0.0)
        cell = Rect(x, grid.y + row * row_height, widths[column], row_height)
        if column:
            ink.line(Point(cell.x, cell.y), Point(cell.x, cell.bottom), palette.INK_FAINT,
                     0.5 * u)
        if row and not column:
            ink.line(Point(grid.x, cell.y), Point(grid.right, cell.y), palette.INK_FAINT, 0.5 * u)
        inner = cell.inset(5 * u, 2 * u)
        label_width = ink.width(name.upper(), fonts.regular, 6.2 * u)
        ink.text(inner.x, inner.y + inner.height / 2 + 2.2 * u, name.upper(), fonts.regular,
                 6.2 * u, palette.INK_MUTED)
        # Long values shrink, then are cut: the journey's and project's full names are
        # printed large on the left and in the PDF's properties.
        ink.box(Rect(inner.x + label_width + 6 * u, inner.y, inner.width - label_width - 6 * u,
                     inner.height), value, fonts.bold, (8.5 * u, 8 * u, 7.5 * u, 7 * u),
                palette.INK, valign="middle")
