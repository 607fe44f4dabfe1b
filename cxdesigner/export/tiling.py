"""Cut a poster into office sheets at 100 %: the grid, the sheets and their assembly marks.

The poster is drawn once as a form XObject; every sheet shows its part of it through a
clipping rectangle inside the printable margins, so the sheets stay the printer's size
(reportlab's ``cropMarks`` would enlarge them). Targets drawn at the same poster position on
two neighbouring sheets land on each other when the sheets are assembled.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from reportlab.pdfgen.canvas import Canvas

from cxdesigner.export.ink import Ink
from cxdesigner.export.labels import Labels
from cxdesigner.export.options import MM, ExportError, Orientation, PaperSize
from cxdesigner.layout import palette
from cxdesigner.layout.geometry import Point, Rect

TILE_MARGIN = 12 * MM
"""White margin of a sheet: office printers cannot print the outer 4-5 mm."""
MARK_GAP = 1.5 * MM
"""Marks stop this far from the printable area so that they never touch the poster."""
MAX_TILES = 400
TARGET_RADIUS = 2.4 * MM


@dataclass(frozen=True)
class TileGrid:
    """How a poster is cut: ``rows`` by ``columns`` sheets of ``sheet`` points."""

    sheet: tuple[float, float]
    paper_name: str
    margin: float
    overlap: float
    rows: int
    columns: int
    poster: tuple[float, float]

    @property
    def printable(self) -> tuple[float, float]:
        return self.sheet[0] - 2 * self.margin, self.sheet[1] - 2 * self.margin

    @property
    def step(self) -> tuple[float, float]:
        width, height = self.printable
        return width - self.overlap, height - self.overlap

    @property
    def count(self) -> int:
        return self.rows * self.columns

    def region(self, row: int, column: int) -> Rect:
        """The part of the poster shown on a sheet (poster coordinates, y from the top)."""
        width, height = self.printable
        step_x, step_y = self.step
        return Rect(column * step_x, row * step_y, width, height)

    def targets(self) -> list[Point]:
        """Assembly targets: in the middle of every overlap strip, once per neighbour pair."""
        width, height = self.printable
        step_x, step_y = self.step
        found: list[Point] = []
        for column in range(self.columns - 1):
            x = ((column + 1) * step_x + column * step_x + width) / 2
            found += [Point(x, row * step_y + height / 2) for row in range(self.rows)]
        for row in range(self.rows - 1):
            y = ((row + 1) * step_y + row * step_y + height) / 2
            found += [Point(column * step_x + width / 2, y) for column in range(self.columns)]
        return found


def sheet_code(row: int, column: int) -> str:
    """``A1`` for the top-left sheet: rows are letters, columns numbers."""
    letters = ""
    number = row + 1
    while number:
        number, rest = divmod(number - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return f"{letters}{column + 1}"


def plan_tiles(poster: tuple[float, float], tile: PaperSize, overlap_mm: float) -> TileGrid:
    """The grid with the fewest sheets (portrait or landscape) covering ``poster``."""
    best: TileGrid | None = None
    overlap = overlap_mm * MM
    for orientation in (Orientation.PORTRAIT, Orientation.LANDSCAPE):
        sheet = tile.oriented(orientation)
        grid = TileGrid(sheet, tile.name, TILE_MARGIN, overlap, 1, 1, poster)
        step_x, step_y = grid.step
        if step_x <= 0 or step_y <= 0:
            raise ExportError(f"an overlap of {overlap_mm:g} mm leaves nothing of a {tile.name} "
                              "sheet: use a smaller --overlap.")
        columns = max(1, math.ceil((poster[0] - overlap) / step_x - 1e-9))
        rows = max(1, math.ceil((poster[1] - overlap) / step_y - 1e-9))
        grid = TileGrid(sheet, tile.name, TILE_MARGIN, overlap, rows, columns, poster)
        if best is None or grid.count < best.count:
            best = grid
    assert best is not None
    if best.count > MAX_TILES:
        raise ExportError(
            f"the poster ({poster[0] / MM:.0f} \u00d7 {poster[1] / MM:.0f} mm) would need "
            f"{best.count} {tile.name} sheets (at most {MAX_TILES}): use a smaller --scale or "
            "a --paper size for the poster, e.g. --paper A0.")
    return best


def _target(ink: Ink, centre: Point) -> None:
    ink.circle(centre, TARGET_RADIUS, fill=palette.PAPER, stroke=palette.INK, width=0.5)
    arm = TARGET_RADIUS * 1.6
    ink.line(Point(centre.x - arm, centre.y), Point(centre.x + arm, centre.y), palette.INK, 0.4)
    ink.line(Point(centre.x, centre.y - arm), Point(centre.x, centre.y + arm), palette.INK, 0.4)
    ink.circle(centre, TARGET_RADIUS * 0.3, fill=palette.INK)


def draw_ruler(ink: Ink, left: float, top: float, labels: Labels, numbers: bool = True,
               caption: str | None = None) -> float:
    """A 100 mm bar with millimetre ticks; returns its height."""
    length = 100 * MM
    fonts = ink.fonts
    baseline = top + 5 * MM
    ink.line(Point(left, baseline), Point(left + length, baseline), palette.INK, 0.6)
    for mm in range(101):
        tall = 4.5 if mm % 10 == 0 else 3.0 if mm % 5 == 0 else 1.8
        x = left + mm * MM
        ink.line(Point(x, baseline - tall * MM), Point(x, baseline), palette.INK,
                 0.5 if mm % 10 == 0 else 0.3)
        if numbers and mm % 10 == 0:
            ink.text(x, baseline + 3.2 * MM, str(mm // 10), fonts.regular, 6.5, palette.INK,
                     align="centre")
    if caption:
        ink.text(left + length + 3 * MM, baseline, caption, fonts.bold, 8, palette.INK)
    return 5 * MM + (4.5 * MM if numbers else 0.0)


def draw_tile(canvas: Canvas, ink: Ink, grid: TileGrid, row: int, column: int, form: str,
              labels: Labels, title: str) -> None:
    """One sheet: its part of the poster, assembly targets, trim marks, labels, a ruler."""
    sheet_w, sheet_h = grid.sheet
    width, height = grid.printable
    margin = grid.margin
    region = grid.region(row, column)
    poster_h = grid.poster[1]

    canvas.saveState()
    path = canvas.beginPath()
    path.rect(margin, sheet_h - margin - height, width, height)
    canvas.clipPath(path, stroke=0, fill=0)
    canvas.saveState()
    canvas.translate(margin - region.x, sheet_h - margin + region.y - poster_h)
    canvas.doForm(form)
    canvas.restoreState()
    for point in grid.targets():
        if region.contains(point):
            _target(ink, Point(margin + point.x - region.x, margin + point.y - region.y))
    canvas.restoreState()

    # Trim marks at the corners of the printable area, in the margin only.
    inner = Rect(margin, margin, width, height)
    reach = 6 * MM
    for x, y, sx, sy in ((inner.x, inner.y, -1, -1), (inner.right, inner.y, 1, -1),
                         (inner.x, inner.bottom, -1, 1), (inner.right, inner.bottom, 1, 1)):
        ink.line(Point(x + sx * MARK_GAP, y), Point(x + sx * (MARK_GAP + reach), y),
                 palette.INK, 0.4)
        ink.line(Point(x, y + sy * MARK_GAP), Point(x, y + sy * (MARK_GAP + reach)),
                 palette.INK, 0.4)

    fonts = ink.fonts
    code = sheet_code(row, column)
    number = row * grid.columns + column + 1
    head = (f"{labels['sheet']} {code} · {labels['row']} {row + 1}/{grid.rows} · "
            f"{labels['column']} {column + 1}/{grid.columns} · {number}/{grid.count}")
    label_y = margin - 4.2 * MM
    ink.text(inner.x + 8 * MM, label_y, head, fonts.bold, 8, palette.INK)
    ink.box(Rect(inner.x + inner.width * 0.55, label_y - 7, inner.width * 0.45 - 8 * MM, 9),
            title, fonts.regular, (7.0, 6.5, 6.0), palette.INK_MUTED, align="right")

    # Neighbours, so that a sheet found alone on the floor can be placed.
    neighbours = ((row - 1, column, "top"), (row + 1, column, "bottom"),
                  (row, column - 1, "left"), (row, column + 1, "right"))
    for r, c, side in neighbours:
        if 0 <= r < grid.rows and 0 <= c < grid.columns:
            _neighbour(ink, inner, side, sheet_code(r, c), labels, sheet_w, sheet_h)
    if column > 0 or row > 0:
        ink.text(inner.x - 2, margin - 1.6 * MM - 1, labels["trim"], fonts.italic, 6,
                 palette.INK_MUTED, align="right")
    draw_ruler(ink, inner.x + 8 * MM, inner.bottom + MARK_GAP, labels, numbers=False,
               caption=labels["ruler_short"])


def _neighbour(ink: Ink, inner: Rect, side: str, code: str, labels: Labels, sheet_w: float,
               sheet_h: float) -> None:
    size = 2.2 * MM
    fonts = ink.fonts
    if side in ("top", "bottom"):
        # Top: in the middle, between the sheet's name and the title; bottom: after the ruler.
        x = inner.x + inner.width / 2 if side == "top" else inner.right - 12 * MM
        y = inner.y - 5 * MM if side == "top" else inner.bottom + 6.5 * MM
        tip = y - size / 2 if side == "top" else y + size / 2
        base = y + size / 2 if side == "top" else y - size / 2
        ink.polygon([Point(x, tip), Point(x - size / 2, base), Point(x + size / 2, base)],
                    fill=palette.INK)
        ink.text(x + size, y + 2.2, code, fonts.bold, 7, palette.INK)
        return
    x = inner.x - 6 * MM if side == "left" else inner.right + 6 * MM
    y = inner.y + inner.height / 2
    tip = x - size / 2 if side == "left" else x + size / 2
    base = x + size / 2 if side == "left" else x - size / 2
    ink.polygon([Point(tip, y), Point(base, y - size / 2), Point(base, y + size / 2)],
                fill=palette.INK)
    ink.text(x, y + size + 7, code, fonts.bold, 7, palette.INK, align="centre")
