"""Cut a poster into office sheets at 100 %: the grid, the sheets and their assembly marks.

The poster is drawn once as a form XObject; every sheet shows its part of it through a
clipping rectangle inside the printable margins, so the sheets stay the printer's size
(reportlab's ``cropMarks`` would enlarge them). A sheet that would show nothing of the
poster is not printed. Everything else a sheet carries (its name, its neighbours, trim
marks, the ruler and the assembly targets) sits in its margins, never over the map, and
at least :data:`EDGE` from the paper's edge. Targets drawn at the same poster position on
two neighbouring sheets, in the margins on each side of their overlap, land on each other
when the sheets are assembled.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, replace

from reportlab.pdfgen.canvas import Canvas

from cxdesigner.export.ink import Ink
from cxdesigner.export.labels import Labels
from cxdesigner.export.options import MM, ExportError, Orientation, PaperSize
from cxdesigner.layout import palette
from cxdesigner.layout.geometry import Point, Rect

TILE_MARGIN = 15 * MM
"""White margin of a sheet: room for the marks between :data:`EDGE` and the poster."""
EDGE = 7 * MM
"""Nothing is printed nearer the paper's edge: office printers lose the outer 4-5 mm."""
MARK_GAP = 1.5 * MM
"""Marks stop this far from the printable area so that they never touch the poster."""
MAX_TILES = 400
TARGET_RADIUS = 1.8 * MM
TARGET_ARM = 2.5 * MM
TARGET_OUT = 4.75 * MM
"""How far outside the poster's part a target's centre is, in the margin."""
MIN_TARGET_OVERLAP = 6 * MM
"""Narrower overlaps put the targets on the corner marks: the sheets are then butted."""


@dataclass(frozen=True)
class TileGrid:
    """How a poster is cut: ``rows`` by ``columns`` sheets of ``sheet`` points, less the
    ``skipped`` ones (row, column) that would show nothing."""

    sheet: tuple[float, float]
    paper_name: str
    margin: float
    overlap: float
    rows: int
    columns: int
    poster: tuple[float, float]
    skipped: frozenset[tuple[int, int]] = frozenset()

    @property
    def printed(self) -> list[tuple[int, int]]:
        """The sheets printed, row by row."""
        return [(row, column) for row in range(self.rows) for column in range(self.columns)
                if (row, column) not in self.skipped]

    def is_printed(self, row: int, column: int) -> bool:
        return 0 <= row < self.rows and 0 <= column < self.columns and \
            (row, column) not in self.skipped

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

    def targets(self, row: int, column: int) -> list[Point]:
        """The assembly targets of a sheet, in poster coordinates: for each printed
        neighbour, two in the margins level with the middle of the overlap they share."""
        if self.overlap < MIN_TARGET_OVERLAP:
            return []
        step_x, step_y = self.step
        region = self.region(row, column)
        found: list[Point] = []
        for other in (column - 1, column + 1):
            if self.is_printed(row, other):
                x = max(column, other) * step_x + self.overlap / 2
                found += [Point(x, region.y - TARGET_OUT), Point(x, region.bottom + TARGET_OUT)]
        for other in (row - 1, row + 1):
            if self.is_printed(other, column):
                y = max(row, other) * step_y + self.overlap / 2
                found += [Point(region.x - TARGET_OUT, y), Point(region.right + TARGET_OUT, y)]
        return found

    @property
    def clearance(self) -> float:
        """Where labels may start along a margin: past the targets of the overlaps."""
        return max(8 * MM, self.overlap / 2 + TARGET_ARM + 2.5 * MM)


def sheet_code(row: int, column: int) -> str:
    """``A1`` for the top-left sheet: rows are letters, columns numbers."""
    letters = ""
    number = row + 1
    while number:
        number, rest = divmod(number - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return f"{letters}{column + 1}"


def plan_tiles(poster: tuple[float, float], tile: PaperSize, overlap_mm: float,
               content: Sequence[Rect] = ()) -> TileGrid:
    """The grid (portrait or landscape sheets) covering ``poster`` with the fewest printed
    sheets; a sheet whose part meets none of the ``content`` rectangles is skipped (with no
    ``content``, none is)."""
    best: TileGrid | None = None
    overlap = overlap_mm * MM
    for orientation in (Orientation.PORTRAIT, Orientation.LANDSCAPE):
        sheet = tile.oriented(orientation)
        grid = TileGrid(sheet, tile.name, TILE_MARGIN, overlap, 1, 1, poster)
        step_x, step_y = grid.step
        if step_x <= 0 or step_y <= 0:
            raise ExportError(f"an overlap of {overlap_mm:g} mm leaves nothing of an {tile.name} "
                              "sheet: use a smaller --overlap.")
        columns = max(1, math.ceil((poster[0] - overlap) / step_x - 1e-9))
        rows = max(1, math.ceil((poster[1] - overlap) / step_y - 1e-9))
        grid = TileGrid(sheet, tile.name, TILE_MARGIN, overlap, rows, columns, poster)
        if content:
            blank = frozenset((row, column) for row in range(rows) for column in range(columns)
                              if not any(_meets(grid.region(row, column), part)
                                         for part in content))
            grid = replace(grid, skipped=blank)
        if best is None or len(grid.printed) < len(best.printed):
            best = grid
    assert best is not None
    if best.count > MAX_TILES:
        raise ExportError(
            f"the poster ({poster[0] / MM:.0f} \u00d7 {poster[1] / MM:.0f} mm) would need "
            f"{best.count} {tile.name} sheets (at most {MAX_TILES}): use a smaller --scale or "
            "a --paper size for the poster, e.g. --paper A0.")
    return best


def _meets(region: Rect, part: Rect) -> bool:
    """Whether ``part`` shows in ``region`` (touching edges do not count)."""
    return part.x < region.right and part.right > region.x and part.y < region.bottom and \
        part.bottom > region.y


def _target(ink: Ink, centre: Point) -> None:
    ink.circle(centre, TARGET_RADIUS, fill=palette.PAPER, stroke=palette.INK, width=0.5)
    arm = TARGET_ARM
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
    """One sheet: its part of the poster, and in the margins its name, its neighbours, trim
    marks, assembly targets and a ruler."""
    sheet_h = grid.sheet[1]
    width, height = grid.printable
    margin = grid.margin
    region = grid.region(row, column)
    poster_h = grid.poster[1]

    canvas.saveState()
    path = canvas.beginPath()
    path.rect(margin, sheet_h - margin - height, width, height)
    canvas.clipPath(path, stroke=0, fill=0)
    canvas.translate(margin - region.x, sheet_h - margin + region.y - poster_h)
    canvas.doForm(form)
    canvas.restoreState()
    for point in grid.targets(row, column):
        _target(ink, Point(margin + point.x - region.x, margin + point.y - region.y))

    # Trim marks at the corners of the printable area, in the margin only.
    inner = Rect(margin, margin, width, height)
    reach = margin - MARK_GAP - EDGE
    for x, y, sx, sy in ((inner.x, inner.y, -1, -1), (inner.right, inner.y, 1, -1),
                         (inner.x, inner.bottom, -1, 1), (inner.right, inner.bottom, 1, 1)):
        ink.line(Point(x + sx * MARK_GAP, y), Point(x + sx * (MARK_GAP + reach), y),
                 palette.INK, 0.4)
        ink.line(Point(x, y + sy * MARK_GAP), Point(x, y + sy * (MARK_GAP + reach)),
                 palette.INK, 0.4)

    fonts = ink.fonts
    code = sheet_code(row, column)
    printed = grid.printed
    number = printed.index((row, column)) + 1
    head = (f"{labels['sheet']} {code} · {labels['row']} {row + 1}/{grid.rows} · "
            f"{labels['column']} {column + 1}/{grid.columns} · {number}/{len(printed)}")
    clear = grid.clearance
    label_y = margin - 4.2 * MM
    ink.text(inner.x + clear, label_y, head, fonts.bold, 8, palette.INK)
    title_left = inner.x + inner.width * 0.55
    ink.box(Rect(title_left, label_y - 7, inner.right - clear - title_left, 9),
            title, fonts.regular, (7.0, 6.5, 6.0), palette.INK_MUTED, align="right")

    # Neighbours, so that a sheet found alone on the floor can be placed.
    neighbours = ((row - 1, column, "top"), (row + 1, column, "bottom"),
                  (row, column - 1, "left"), (row, column + 1, "right"))
    for r, c, side in neighbours:
        if grid.is_printed(r, c):
            _neighbour(ink, inner, side, sheet_code(r, c), clear)
    if column > 0 or row > 0:
        ink.text(inner.x - 2, margin - 1.6 * MM - 1, labels["trim"], fonts.italic, 6,
                 palette.INK_MUTED, align="right")
    draw_ruler(ink, inner.x + clear, inner.bottom + MARK_GAP, labels, numbers=False,
               caption=labels["ruler_short"])


def _neighbour(ink: Ink, inner: Rect, side: str, code: str, clear: float) -> None:
    size = 2.2 * MM
    fonts = ink.fonts
    if side in ("top", "bottom"):
        # Top: in the middle, between the sheet's name and the title; bottom: after the ruler.
        x = inner.x + inner.width / 2 if side == "top" else inner.right - clear - 8 * MM
        y = inner.y - 5 * MM if side == "top" else inner.bottom + 5.5 * MM
        tip = y - size / 2 if side == "top" else y + size / 2
        base = y + size / 2 if side == "top" else y - size / 2
        ink.polygon([Point(x, tip), Point(x - size / 2, base), Point(x + size / 2, base)],
                    fill=palette.INK)
        ink.text(x + size, y + 2.2, code, fonts.bold, 7, palette.INK)
        return
    x = inner.x - 5 * MM if side == "left" else inner.right + 5 * MM
    y = inner.y + inner.height / 2
    tip = x - size / 2 if side == "left" else x + size / 2
    base = x + size / 2 if side == "left" else x - size / 2
    ink.polygon([Point(tip, y), Point(base, y - size / 2), Point(base, y + size / 2)],
                fill=palette.INK)
    ink.text(x, y + size + 7, code, fonts.bold, 7, palette.INK, align="centre")
