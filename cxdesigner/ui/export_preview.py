"""The export dialog's preview: the pages to scale with the map on them, or the tile grid."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, QPointF, QRectF, Qt, QThread, Signal
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QWidget
from typing_extensions import override

from cxdesigner.export import (
    DEFAULT_MIN_TEXT,
    ExportOptions,
    JourneyPrint,
    MapPlacement,
    PageInfo,
    Section,
    render_pdf,
)
from cxdesigner.export.tiling import TILE_MARGIN, sheet_code
from cxdesigner.layout import Rect
from cxdesigner.model import Project
from cxdesigner.ui.export_summary import fill, paper_label
from cxdesigner.ui.export_thumbnails import MapOnPage
from cxdesigner.ui.i18n import translate

MM = 72 / 25.4
GAP, CAPTION = 20.0, 20.0  # pixels between two pages, and for the caption under them
SHEET_OUTLINE = "#c0392b"  # the sheets over the poster, as on the PDF's assembly plan
Progress = Callable[[int, int], None]
Size = tuple[float, float]


class Cancelled(Exception):  # noqa: N818 (a request, not a failure)
    """The user stopped the work."""


class BackgroundJob(QThread):
    """Runs ``work(progress)`` away from the window; ``progress`` raises :class:`Cancelled`
    once :meth:`cancel` was called.

    Signals:
        succeeded(object): the work's result.
        failed(object): the exception it raised (:class:`Cancelled` when stopped).
        progressed(int, int): done, total.
    """

    succeeded = Signal(object)
    failed = Signal(object)
    progressed = Signal(int, int)

    def __init__(self, work: Callable[[Progress], object], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._work = work
        self._stop = threading.Event()

    def cancel(self) -> None:
        self._stop.set()  # seen at the next page

    def _progress(self, done: int, total: int) -> None:
        if self._stop.is_set():
            raise Cancelled
        self.progressed.emit(done, total)

    @override
    def run(self) -> None:
        try:
            result = self._work(self._progress)
        except Exception as error:  # the window says what went wrong
            self.failed.emit(error)
        else:
            self.succeeded.emit(result)


@dataclass(frozen=True)
class Poster:
    """A journey's poster cut into ``rows`` by ``columns`` sheets (sizes in points), less
    the ``skipped`` blank ones."""

    journey_id: str
    size: Size
    placement: MapPlacement
    rows: int
    columns: int
    sheet: Size
    overlap: float
    header: Rect | None
    skipped: frozenset[tuple[int, int]] = frozenset()

    @property
    def printed(self) -> int:
        """How many sheets are printed."""
        return self.rows * self.columns - len(self.skipped)

    def region(self, row: int, column: int) -> QRectF:
        """The part of the poster one sheet shows (inside the sheet's white margins)."""
        width, height = self.sheet[0] - 2 * TILE_MARGIN, self.sheet[1] - 2 * TILE_MARGIN
        return QRectF(column * (width - self.overlap), row * (height - self.overlap),
                      width, height)

    @property
    def extent(self) -> Size:  # the poster, or the sheets where they overhang
        last = self.region(self.rows - 1, self.columns - 1)
        return max(self.size[0], last.right()), max(self.size[1], last.bottom())


@dataclass(frozen=True)
class PreviewPlan:
    """What an export makes: its pages, each tiled journey's poster, and how its maps print."""

    pages: tuple[PageInfo, ...]
    posters: tuple[Poster, ...]
    elided: int
    journeys: tuple[JourneyPrint, ...] = ()
    left_out: frozenset[Section] = frozenset()
    smallest_text: float | None = None
    min_text: float = DEFAULT_MIN_TEXT
    smallest_furniture: float | None = None
    """The smallest text around the maps: title blocks, legends, navigation, footers."""


def sheet_position(code: str) -> tuple[int, int]:
    """Row and column of a sheet code (``A1`` is 0, 0; ``AB12`` is 27, 11)."""
    letters = code.rstrip("0123456789")
    row = sum((ord(letter) - 64) * 26**power for power, letter in enumerate(reversed(letters)))
    return row - 1, int(code[len(letters):] or 1) - 1


def plan_preview(project: Project, options: ExportOptions, progress: Progress) -> PreviewPlan:
    """Make the PDF in memory (the export's own planning) and read its pages back."""
    _, result = render_pdf(project, options, progress)
    posters = []
    for page in result.pages:
        if page.kind != "assembly" or page.journey_id is None or page.placement is None \
                or page.poster is None or page.grid is None:
            continue
        sheet = next(tile.size for tile in result.pages
                     if tile.kind == "tile" and tile.journey_id == page.journey_id)
        rows, columns = page.grid
        skipped = frozenset(sheet_position(code) for code in page.skipped)
        posters.append(Poster(page.journey_id, page.poster, page.placement, rows, columns,
                              sheet, options.overlap_mm * MM, page.header, skipped))
    return PreviewPlan(result.pages, tuple(posters), len(result.elided), result.journeys,
                       result.left_out, result.smallest_text, options.floor,
                       result.smallest_furniture_text)


# ---------------------------------------------------------------------- drawing


@dataclass(frozen=True)
class PreviewItem:
    """A page (or a poster, or the pile of the other pages) as the preview draws it."""

    size: Size
    caption: str
    page: PageInfo | None = None
    poster: Poster | None = None
    deck: int = 0


class ExportPreview(QWidget):
    """Draws a :class:`PreviewPlan` to scale: each journey's map sheet (or its poster with
    the sheets' grid and codes), then the other pages as a pile."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumSize(420, 300)
        self.plan: PreviewPlan | None = None
        self.message = ""
        self.maps = MapOnPage()

    def show_plan(self, plan: PreviewPlan | None, message: str = "") -> None:
        """Draw ``plan`` (or the last one, faded, while ``message`` says why)."""
        self.plan = plan or self.plan
        self.message = message
        self.update()

    def items(self) -> list[PreviewItem]:
        """What is drawn, left to right."""
        if self.plan is None:
            return []
        found: list[tuple[int, PreviewItem]] = []
        posters = {poster.journey_id: poster for poster in self.plan.posters}
        for page in self.plan.pages:
            if page.kind == "map":
                found.append((page.number,
                              PreviewItem(page.size, paper_label(page.size), page=page)))
            elif page.kind == "assembly" and page.journey_id in posters:
                poster = posters[page.journey_id]
                found.append((page.number, PreviewItem(
                    poster.extent, f"{poster.printed} \u00d7 "
                    f"{paper_label(poster.sheet, turned=False)}", poster=poster)))
        found = found[:4]  # more pages would be too small to see: the rest make a pile
        shown = {number for number, _ in found}
        items = [item for _, item in found]
        others = [p for p in self.plan.pages if p.kind != "tile" and p.number not in shown]
        if others:
            text = translate("ExportPreview", "+ 1 page") if len(others) == 1 else \
                translate("ExportPreview", "+ %1 pages")
            items.append(PreviewItem(others[-1].size, fill(text, len(others)), deck=len(others)))
        return items

    def placed(self) -> list[tuple[PreviewItem, QRectF]]:
        """What is drawn, each with its rectangle on the widget (its caption below it)."""
        items = self.items()
        if not items:
            return []
        area = self._area()
        total = sum(item.size[0] for item in items)
        tallest = max(item.size[1] for item in items)
        factor = min((area.width() - GAP * (len(items) - 1)) / total,
                     (area.height() - CAPTION) / tallest)
        x = area.x() + (area.width() - total * factor - GAP * (len(items) - 1)) / 2
        bottom = area.y() + (area.height() - CAPTION + tallest * factor) / 2
        placed = []
        for item in items:
            rect = QRectF(x, bottom - item.size[1] * factor, item.size[0] * factor,
                          item.size[1] * factor)
            placed.append((item, rect))
            x += rect.width() + GAP
        return placed

    def _area(self) -> QRectF:
        return QRectF(self.rect()).adjusted(16, 16, -16, -16)

    @override
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHints(QPainter.RenderHint.Antialiasing
                               | QPainter.RenderHint.SmoothPixmapTransform)
        painter.fillRect(self.rect(), self.palette().color(QPalette.ColorRole.Base).darker(118))
        placed = self.placed()
        if placed:
            painter.setOpacity(0.35 if self.message else 1.0)
            self._paint_items(painter, placed)
            painter.setOpacity(1.0)
        if self.message:
            painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
            painter.drawText(self._area(),
                             int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap),
                             self.message)
        painter.end()

    def _paint_items(self, painter: QPainter, placed: list[tuple[PreviewItem, QRectF]]) -> None:
        bottom = max(rect.bottom() for _, rect in placed)
        for item, rect in placed:
            factor = rect.width() / item.size[0]
            if item.deck:
                for index in reversed(range(min(item.deck, 4))):
                    _paint_sheet(painter, rect.translated(index * 4, -index * 4))
            elif item.poster is not None:
                poster = item.poster
                _paint_sheet(painter, QRectF(rect.x(), rect.y(), poster.size[0] * factor,
                                             poster.size[1] * factor))
                _paint_title(painter, rect.topLeft(), poster.header, factor)
                self.maps.paint(painter, rect.topLeft(), poster.placement, factor)
                _paint_grid(painter, rect.topLeft(), poster, factor)
            else:
                _paint_sheet(painter, rect)
                if item.page is not None:
                    _paint_title(painter, rect.topLeft(), item.page.header, factor)
                if item.page is not None and item.page.placement is not None:
                    self.maps.paint(painter, rect.topLeft(), item.page.placement, factor)
            painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
            painter.drawText(QRectF(rect.x() - GAP / 2, bottom + 4, rect.width() + GAP, CAPTION),
                             int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop),
                             item.caption)


def _paint_sheet(painter: QPainter, rect: QRectF) -> None:
    painter.fillRect(rect.translated(2, 2), QColor(0, 0, 0, 45))
    painter.fillRect(rect, QColor("#ffffff"))
    painter.setPen(QPen(QColor("#7b8794"), 1))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(rect)


def _paint_title(painter: QPainter, at: QPointF, header: Rect | None, factor: float) -> None:
    """Where the sheet's title block is: a grey band with a dark line for the title."""
    if header is None:
        return
    band = QRectF(at.x() + header.x * factor, at.y() + header.y * factor,
                  header.width * factor, header.height * factor)
    painter.fillRect(band, QColor("#e4e7eb"))
    painter.fillRect(QRectF(band.x() + band.height() * 0.2, band.y() + band.height() * 0.3,
                            band.width() * 0.35, max(1.0, band.height() * 0.22)),
                     QColor("#52606d"))


def _paint_grid(painter: QPainter, origin: QPointF, poster: Poster, factor: float) -> None:
    """The sheets over the poster: their outlines, overlaps darker, and their codes."""
    tint = QColor(SHEET_OUTLINE)
    tint.setAlpha(24)
    size = max(7.0, min(13.0, poster.region(0, 0).height() * factor * 0.2))
    painter.save()  # the codes' font stays here: the caption below keeps the widget's
    font = painter.font()
    font.setPixelSize(round(size))
    font.setBold(True)
    painter.setFont(font)
    for row in range(poster.rows):
        for column in range(poster.columns):
            region = poster.region(row, column)
            box = QRectF(origin.x() + region.x() * factor, origin.y() + region.y() * factor,
                         region.width() * factor, region.height() * factor)
            if (row, column) in poster.skipped:  # blank: not printed
                pen = QPen(QColor("#9aa5b1"), 1.0, Qt.PenStyle.DashLine)
                painter.setPen(pen)
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRect(box)
                painter.drawLine(box.topLeft(), box.bottomRight())
                painter.drawLine(box.bottomLeft(), box.topRight())
                continue
            painter.fillRect(box, tint)
            painter.setPen(QPen(QColor(SHEET_OUTLINE), 1.2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(box)
            code = sheet_code(row, column)
            badge = QRectF(0, 0, size * (1.2 + 0.62 * len(code)), size * 1.6)
            if badge.width() < box.width() - 2 and badge.height() < box.height() - 2:
                badge.moveCenter(box.center())
                painter.setPen(QPen(QColor("#1f2933"), 0.8))
                painter.setBrush(QColor(255, 255, 255, 230))
                painter.drawRoundedRect(badge, badge.height() / 2, badge.height() / 2)
                painter.drawText(badge, int(Qt.AlignmentFlag.AlignCenter), code)
    painter.restore()
