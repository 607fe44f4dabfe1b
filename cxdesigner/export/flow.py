"""Running content over as many pages as it needs: headings, paragraphs, blocks."""

from __future__ import annotations

import math

from cxdesigner.drawing.text_runs import printable
from cxdesigner.export.ink import Ink
from cxdesigner.export.options import MM
from cxdesigner.export.pages import Pages
from cxdesigner.layout import palette
from cxdesigner.layout.geometry import Point, Rect
from cxdesigner.layout.text import LINE_SPACING, wrap

MARGIN = 14 * MM
HEADER = 18.0
FOOTER = 12.0
A4_AREA = 210 * MM * 297 * MM


class SectionFlow:
    """Lays content top to bottom on pages of ``size``, starting a page when one is full.

    Every page carries the section's title at the top and the numbered footer.
    """

    def __init__(self, pages: Pages, size: tuple[float, float], kind: str, title: str) -> None:
        self.pages = pages
        self.sheet = size
        # Larger sheets show the A4 layout enlarged (A3 is exactly A4 times the square root
        # of 2), so type and spacing keep their proportions.
        self.zoom = max(1.0, math.sqrt(size[0] * size[1] / A4_AREA))
        size = (size[0] / self.zoom, size[1] / self.zoom)
        self.size = size
        self.kind = kind
        self.title = title
        self.content = Rect(MARGIN, MARGIN + HEADER + 8, size[0] - 2 * MARGIN,
                            size[1] - 2 * MARGIN - HEADER - 8 - FOOTER - 6)
        self._ink: Ink | None = None
        self.y = self.content.y
        self.continued = False

    @property
    def ink(self) -> Ink:
        """The current page's ink (a page is started if none is open)."""
        if self._ink is None:
            self._start()
        assert self._ink is not None
        return self._ink

    def _start(self) -> None:
        self.pages.begin(self.sheet)
        self.pages.canvas.scale(self.zoom, self.zoom)
        ink = Ink(self.pages.canvas, self.size[1], self.pages.fonts)
        self._ink = ink
        fonts = self.pages.fonts
        title = f"{self.title} {self.pages.labels['continued']}" if self.continued else self.title
        ink.box(Rect(MARGIN, MARGIN, self.size[0] * 0.6, HEADER), title, fonts.bold,
                (15.0, 13.0, 11.0), palette.INK, valign="bottom")
        ink.box(Rect(self.size[0] * 0.6, MARGIN, self.size[0] * 0.4 - MARGIN, HEADER),
                self.pages.title, fonts.regular, (8.5, 8.0, 7.0), palette.INK_MUTED,
                align="right", valign="bottom")
        rule = MARGIN + HEADER + 3
        ink.line(Point(MARGIN, rule), Point(self.size[0] - MARGIN, rule), palette.INK, 0.8)
        self.pages.footer(ink, Rect(MARGIN, self.size[1] - MARGIN - FOOTER,
                                    self.size[0] - 2 * MARGIN, FOOTER), 1.0)
        self.y = self.content.y

    def new_page(self) -> Ink:
        """End the current page (if any) and start the next one."""
        if self._ink is not None:
            self.pages.finish(self.kind)
            self.continued = True
        self._start()
        return self.ink

    def room(self) -> float:
        """Height left on the current page."""
        return self.content.bottom - self.y

    def need(self, height: float) -> Ink:
        """Make sure ``height`` is free below the cursor (on a new page if needed)."""
        ink = self.ink
        if height > self.room() and self.y > self.content.y + 0.1:
            ink = self.new_page()
        return ink

    def close(self) -> None:
        """End the last page."""
        if self._ink is not None:
            self.pages.finish(self.kind)
            self._ink = None

    # ----------------------------------------------------------------- content

    def heading(self, text: str, size: float = 11.0, space_before: float = 8.0) -> None:
        """A heading, kept with at least three lines of what follows."""
        if self.y > self.content.y:
            self.y += space_before
        line = size * LINE_SPACING
        ink = self.need(line + 3 * 10)
        fitted = ink.box(Rect(self.content.x, self.y, self.content.width, line * 2), text,
                         self.pages.fonts.bold, (size, size - 1, size - 2), palette.INK)
        self.y += max(1, len(fitted.lines)) * fitted.line_height + 2

    def paragraph(self, text: str, font: str, size: float, fill: str = palette.INK,
                  indent: float = 0.0, after: float = 3.0) -> None:
        """Wrapped text, split across pages line by line: never cut."""
        ink = self.ink
        width = self.content.width - indent
        lines = wrap(printable(text), width, size, ink.measure(font))
        line_height = size * LINE_SPACING
        for line in lines:
            ink = self.need(line_height)
            ink.lines(Rect(self.content.x + indent, self.y, width, line_height), [line], font,
                      size, fill)
            self.y += line_height
        self.y += after

    def rule(self, fill: str = palette.RULE) -> None:
        """A thin line across the content."""
        ink = self.need(4)
        ink.line(Point(self.content.x, self.y + 2), Point(self.content.right, self.y + 2), fill,
                 0.5)
        self.y += 4

