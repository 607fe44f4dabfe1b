"""What the presentation draws around and over the map, in screen pixels: large stage names,
a pinned lane column, the stage indicator and hints, in a high-contrast theme.

The map keeps its own colours: stage headers are repainted in their printed colour, only
with larger type; everything else drawn here is the window's chrome.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen

from cxdesigner.canvas.fonts import ensure_fonts_loaded
from cxdesigner.layout import palette


@dataclass(frozen=True)
class Theme:
    """The presentation's chrome colours."""

    backdrop: str
    panel: str
    text: str
    muted: str
    accent: str
    veil: QColor


DARK = Theme("#0b0d10", "#1b1f24", "#ffffff", "#ced4da", "#ffd43b", QColor(11, 13, 16, 150))
LIGHT = Theme("#dde1e6", "#ffffff", "#000000", "#343a40", "#1c5fb0", QColor(221, 225, 230, 170))


def chrome_font(pixels: float, bold: bool = True) -> QFont:
    font = QFont(ensure_fonts_loaded())
    font.setPixelSize(max(1, round(pixels)))
    font.setBold(bold)
    return font


def fit_size(text: str, rect: QRectF, largest: float, wrap: bool = False,
             smallest: float = 9.0) -> float | None:
    """The largest bold size (at most ``largest`` px) that shows ``text`` in ``rect``,
    on several lines when ``wrap``; None when even ``smallest`` does not fit."""
    size = float(round(min(largest, rect.height() * (0.9 if wrap else 0.62))))
    flags = int(Qt.TextFlag.TextWordWrap) if wrap else 0
    while size >= smallest:
        needed = QFontMetricsF(chrome_font(size)).boundingRect(
            QRectF(0, 0, rect.width(), 10_000), flags, text)
        if needed.width() <= rect.width() + 0.5 and needed.height() <= rect.height() + 0.5:
            return size
        size -= 1
    return None


def stage_text_rect(rect: QRectF) -> QRectF:
    """Where a stage's name goes in its header band ``rect``."""
    band = rect.adjusted(1.5, 0, -1.5, -rect.height() * 0.09)
    return band.adjusted(band.height() * 0.3, 2, -band.height() * 0.3, -2)


def paint_stage_name(painter: QPainter, rect: QRectF, index: int, name: str,
                     pixels: float, wrap: bool = False) -> bool:
    """A stage header in its own printed colour, its name at ``pixels`` (on two lines if
    ``wrap`` and they fit), else shortened to fit; a header too narrow for a letter keeps
    its colour without a name. Returns whether the name (or part of it) was drawn."""
    if rect.height() < 4 or rect.width() < 1:
        return False
    inset = min(1.5, rect.width() * 0.15)  # a thin gap between neighbours, never a hole
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(palette.stage_header_colour(index)))
    radius = min(5.0, rect.width() / 4)
    painter.drawRoundedRect(rect.adjusted(inset, 0, -inset, -rect.height() * 0.09),
                            radius, radius)
    text = stage_text_rect(rect)
    font = chrome_font(pixels)
    metrics = QFontMetricsF(font)
    if text.width() < metrics.horizontalAdvance("M…") or text.height() < metrics.height() * 0.8:
        return False
    painter.setFont(font)
    painter.setPen(QColor(palette.STAGE_HEADER_TEXT))
    flags = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft
    if wrap and fit_size(name, text, pixels, wrap=True, smallest=pixels) is not None:
        painter.drawText(text, int(flags | Qt.TextFlag.TextWordWrap), name)
        return True
    elided = metrics.elidedText(name, Qt.TextElideMode.ElideRight, text.width())
    painter.drawText(text, int(flags), elided)
    return True


def lane_text_rect(rect: QRectF) -> QRectF:
    """Where a lane's name goes in its row ``rect`` of the lane column."""
    return rect.adjusted(16, 2.5, -14, -2.5)


#: The smallest type a lane's name is shrunk to (px); below it the name is elided instead.
LANE_MIN_PIXELS = 8.0


@dataclass(frozen=True)
class LaneText:
    """How a lane's name is drawn on its row: where, at what size, wrapped or on one line."""

    rect: QRectF
    pixels: float
    text: str
    wrap: bool


def fit_lane_text(name: str, rect: QRectF, pixels: float | None) -> LaneText:
    """The name of the lane on row ``rect``: wrapped at ``pixels`` when it fits, else on one
    line shrunk to the row's height (down to :data:`LANE_MIN_PIXELS`), elided to its width.
    Never empty: a row thinner than a line gets a line's height, centred on it."""
    inner = lane_text_rect(rect)
    if pixels is not None and fit_size(name, inner, pixels, wrap=True, smallest=pixels) is not None:
        return LaneText(inner, pixels, name, True)
    line = QRectF(inner.left(), rect.top() + 1.5, max(1.0, inner.width()),
                  max(0.0, rect.height() - 3))
    size = float(math.floor(min(pixels or 99.0, max(line.height(), LANE_MIN_PIXELS))))
    while size > LANE_MIN_PIXELS and QFontMetricsF(chrome_font(size)).height() > line.height():
        size -= 1
    size = max(size, LANE_MIN_PIXELS)
    metrics = QFontMetricsF(chrome_font(size))
    if metrics.height() > line.height():
        line = QRectF(line.left(), rect.center().y() - metrics.height() / 2, line.width(),
                      metrics.height())
    text = metrics.elidedText(name, Qt.TextElideMode.ElideRight, line.width()) or name[:1]
    return LaneText(line, size, text, False)


def paint_lane_label(painter: QPainter, rect: QRectF, name: str, theme: Theme,
                     pixels: float | None) -> LaneText:
    """A lane's name on the chrome column, on a panel as tall as the row or its text (see
    :func:`fit_lane_text`); returns what was drawn."""
    shown = fit_lane_text(name, rect, pixels)
    box = rect.adjusted(6, 1.5, -6, -1.5)
    if shown.rect.top() < box.top():
        box = QRectF(box.left(), shown.rect.top(), box.width(), shown.rect.height())
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(theme.panel))
    painter.drawRoundedRect(box, min(6.0, box.height() / 2), min(6.0, box.height() / 2))
    flags = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft
    if shown.wrap:
        flags |= Qt.TextFlag.TextWordWrap
    painter.setFont(chrome_font(shown.pixels))
    painter.setPen(QColor(theme.text))
    painter.drawText(shown.rect, int(flags), shown.text)
    return shown


def pill_width(text: str, pixels: float) -> float:
    """The width :func:`paint_pill` needs for ``text``."""
    return QFontMetricsF(chrome_font(pixels, bold=False)).horizontalAdvance(text) + pixels * 1.6


def paint_pill(painter: QPainter, anchor: QRectF, text: str, theme: Theme, pixels: float,
               align: Qt.AlignmentFlag, opacity: float = 1.0) -> QRectF:
    """A rounded label at the bottom of ``anchor`` (left, centre or right); returns it."""
    font = chrome_font(pixels, bold=False)
    metrics = QFontMetricsF(font)
    width = min(anchor.width(), pill_width(text, pixels))
    height = pixels * 2.0
    x = {Qt.AlignmentFlag.AlignLeft: anchor.left(),
         Qt.AlignmentFlag.AlignRight: anchor.right() - width}.get(
        align, anchor.center().x() - width / 2)
    pill = QRectF(x, anchor.bottom() - height, width, height)
    painter.save()
    painter.setOpacity(opacity)
    painter.setPen(QPen(QColor(theme.muted), 1))
    painter.setBrush(QColor(theme.panel))
    painter.drawRoundedRect(pill, height / 2, height / 2)
    painter.setFont(font)
    painter.setPen(QColor(theme.text))
    shown = metrics.elidedText(text, Qt.TextElideMode.ElideMiddle, width - pixels * 1.2)
    painter.drawText(pill, int(Qt.AlignmentFlag.AlignCenter), shown)
    painter.restore()
    return pill
