"""The document's pages: the canvas, page numbers ("page 3 of 12") and what each page holds."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from cxdesigner.drawing.fonts import FontSet
from cxdesigner.export import press
from cxdesigner.export.ink import Ink
from cxdesigner.export.labels import Labels
from cxdesigner.export.options import MIN_LINE
from cxdesigner.export.pdf_canvas import PdfCanvas
from cxdesigner.export.strips import MapPlacement
from cxdesigner.layout import palette
from cxdesigner.layout.geometry import Rect

TOTAL_FORM = "cx-page-total"
"""A form drawn on every page and defined at the end, once the number of pages is known."""
_TOTAL_SIZE = 10.0

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class PageInfo:
    """What one page of the exported PDF holds.

    Attributes:
        number: from 1.
        kind: ``map``, ``assembly``, ``tile``, ``legend``, ``personas``, ``actions``,
            ``indicators`` or ``verbatims``.
        size: width and height in points.
        journey_id: the journey of a map, assembly or tile page.
        placement: where the map is on a ``map`` page (on an ``assembly`` page: on the
            poster).
        sheet: the sheet's code on a ``tile`` page (``B3``).
        smallest_text: the size of the map's smallest text as printed on a ``map`` page (on
            ``assembly`` and ``tile`` pages: on the poster), in points.
        header: where the title block is on a ``map`` page (``assembly``: on the poster).
        part: on a ``map`` page, which of the journey's map pages it is and how many there
            are: (1, 1) for a map on one sheet, (2, 5) for the second page of five.
        poster: on an ``assembly`` page, the size of the poster.
        grid: on an ``assembly`` page, the rows and columns of sheets cut from the poster.
        skipped: on an ``assembly`` page, the codes of the sheets left out (blank).
    """

    number: int
    kind: str
    size: tuple[float, float]
    journey_id: str | None = None
    placement: MapPlacement | None = None
    sheet: str | None = None
    smallest_text: float | None = None
    header: Rect | None = None
    part: tuple[int, int] | None = None
    poster: tuple[float, float] | None = None
    grid: tuple[int, int] | None = None
    skipped: tuple[str, ...] = ()


class Pages:
    """Starts and ends pages on one canvas and keeps a :class:`PageInfo` for each."""

    def __init__(self, canvas: PdfCanvas, fonts: FontSet, labels: Labels, title: str) -> None:
        self.canvas = canvas
        self.fonts = fonts
        self.labels = labels
        self.title = title
        self.infos: list[PageInfo] = []
        self._size = (0.0, 0.0)

    @property
    def number(self) -> int:
        """The number of the page being drawn."""
        return len(self.infos) + 1

    def begin(self, size: tuple[float, float], crop_marks: bool = False) -> Ink:
        """Start a page of ``size``; returns the ink to draw it with.

        In a press file the page has a bleed around ``size``, and ``crop_marks`` (a map
        sheet) adds them outside it (:mod:`cxdesigner.export.press`).
        """
        self._size = size
        if self.canvas.colours.press:
            return press.open_page(self.canvas, self.fonts, size, crop_marks)
        self.canvas.setPageSize(size)
        return Ink(self.canvas, size[1], self.fonts, MIN_LINE)

    def finish(self, kind: str, journey_id: str | None = None, **facts: Any) -> PageInfo:
        """End the current page; ``facts`` are the other fields of its :class:`PageInfo`."""
        info = PageInfo(self.number, kind, self._size, journey_id, **facts)
        self.infos.append(info)
        self.canvas.showPage()
        return info

    def footer(self, ink: Ink, rect: Rect, unit: float, numbered: bool = True) -> None:
        """The footer line: the application and project on the left, the page on the right."""
        fonts, labels = self.fonts, self.labels
        size = 7.0 * unit
        baseline = rect.bottom - 2 * unit
        ink.box(Rect(rect.x, rect.y, rect.width * 0.7, rect.height),
                f"{labels['app']} · {self.title}", fonts.regular, (size,), palette.INK_MUTED,
                valign="bottom")
        if not numbered:
            return
        lead = f"{labels['page']} {self.number} {labels['of']} "
        room = ink.width("0000", fonts.regular, size)
        x = rect.right - room - ink.width(lead, fonts.regular, size)
        ink.text(x, baseline, lead, fonts.regular, size, palette.INK_MUTED)
        self.canvas.saveState()
        self.canvas.translate(x + ink.width(lead, fonts.regular, size), ink.height - baseline)
        self.canvas.scale(size / _TOTAL_SIZE, size / _TOTAL_SIZE)
        self.canvas.doForm(TOTAL_FORM)
        self.canvas.restoreState()

    def close(self) -> None:
        """Define the page-count form; call after the last page, before saving."""
        c = self.canvas
        c.beginForm(TOTAL_FORM)
        c.setFont(self.fonts.regular, _TOTAL_SIZE)
        c.setFillColor(c.colours.text(palette.INK_MUTED))
        c.drawString(0, 0, str(len(self.infos)))
        c.endForm()
