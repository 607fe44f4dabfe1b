"""Screen-only painting helpers: zoom thresholds, colours, pens, fitted text for chrome."""

from __future__ import annotations

import math
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QPolygonF

from cxdesigner.canvas.fonts import fitted, map_font
from cxdesigner.drawing.detail import Detail
from cxdesigner.layout.geometry import Rect
from cxdesigner.layout.text import FittedText

DETAIL_LOD = 0.4
"""Below this zoom cards show their title only and lanes skip their text."""
BOX_LOD = 0.2
"""Below this zoom everything is a plain coloured box."""
TINY_LOD = 0.06
"""Below this zoom a column is a few pixels wide: symbols are flat colour, and lines and dots
thinner than a fraction of a pixel are not drawn (a whole big map in view stays quick)."""


_full_detail_from = DETAIL_LOD
"""The zoom from which parts are drawn in full (see :func:`full_detail_from`)."""


def detail_for(lod: float) -> Detail:
    """How much of a part to draw at a zoom (``lod``: pixels per map point)."""
    if lod >= _full_detail_from:
        return Detail.FULL
    return Detail.OVERVIEW if lod >= BOX_LOD else Detail.FLAT


@contextmanager
def full_detail_from(lod: float) -> Iterator[None]:
    """Within, parts are drawn in full only from zoom ``lod`` up (titles only below it).

    For the room: a map shown whole on a projector keeps to what can be read at that
    size, where the editor would draw every word. Painting happens on the GUI thread, one
    paint at a time, so the setting holds for the paint it surrounds.
    """
    global _full_detail_from
    before = _full_detail_from
    _full_detail_from = max(DETAIL_LOD, lod)
    try:
        yield
    finally:
        _full_detail_from = before


@lru_cache(maxsize=256)
def colour(hex_code: str, alpha: int = 255) -> QColor:
    """A QColor from ``#rrggbb`` (remembered: painting asks for the same ones)."""
    result = QColor(hex_code)
    result.setAlpha(alpha)
    return result


def qrect(rect: Rect) -> QRectF:
    """A layout rectangle as a QRectF."""
    return QRectF(rect.x, rect.y, rect.width, rect.height)


def pen(hex_code: str, width: float = 1.0, dashes: tuple[float, ...] = ()) -> QPen:
    """A cosmetic-free pen in scene units, solid or dashed (dash lengths in scene units)."""
    result = QPen(colour(hex_code), width)
    result.setCapStyle(Qt.PenCapStyle.FlatCap if dashes else Qt.PenCapStyle.RoundCap)
    result.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    if dashes:
        result.setDashPattern([d / width for d in dashes])
    return result


def draw_lines(painter: QPainter, rect: QRectF, text: FittedText, hex_code: str,
               bold: bool = False, italic: bool = False,
               align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft,
               valign: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignTop) -> float:
    """Draw fitted lines inside ``rect``; returns the height used."""
    if not text.lines:
        return 0.0
    painter.setFont(map_font(round(text.size), bold, italic))
    painter.setPen(colour(hex_code))
    line_height = text.line_height
    used = line_height * len(text.lines)
    y = rect.y()
    if valign & Qt.AlignmentFlag.AlignVCenter:
        y += max(0.0, (rect.height() - used) / 2)
    elif valign & Qt.AlignmentFlag.AlignBottom:
        y += max(0.0, rect.height() - used)
    for line in text.lines:
        painter.drawText(QRectF(rect.x(), y, rect.width(), line_height),
                         int(align | Qt.AlignmentFlag.AlignVCenter), line)
        y += line_height
    return used


def draw_text(painter: QPainter, rect: QRectF, text: str, hex_code: str,
              sizes: tuple[float, ...], bold: bool = False, italic: bool = False,
              align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft,
              valign: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignTop) -> float:
    """Wrap, shrink and elide ``text`` into ``rect`` and draw it; returns the height used."""
    fit = fitted(text, rect.width(), rect.height(), sizes, bold, italic)
    return draw_lines(painter, rect, fit, hex_code, bold, italic, align, valign)


def arrow_head(tip: QPointF, towards: QPointF, size: float) -> QPolygonF:
    """A filled arrow head at ``tip`` pointing away from ``towards``."""
    angle = math.atan2(tip.y() - towards.y(), tip.x() - towards.x())
    left = QPointF(tip.x() - size * math.cos(angle - 0.45), tip.y() - size * math.sin(angle - 0.45))
    right = QPointF(tip.x() - size * math.cos(angle + 0.45),
                    tip.y() - size * math.sin(angle + 0.45))
    return QPolygonF([tip, left, right])
