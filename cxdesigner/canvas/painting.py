"""Small drawing helpers shared by the map's items: colours, fitted text, symbols."""

from __future__ import annotations

import math
from functools import lru_cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen, QPolygonF

from cxdesigner.canvas.fonts import fitted, map_font
from cxdesigner.layout import palette
from cxdesigner.layout.geometry import Rect
from cxdesigner.layout.text import FittedText
from cxdesigner.model import Criticality, MomentOfTruth

DETAIL_LOD = 0.4
"""Below this zoom cards show their title only and lanes skip their text."""
BOX_LOD = 0.2
"""Below this zoom everything is a plain coloured box."""
TINY_LOD = 0.06
"""Below this zoom a column is a few pixels wide: symbols are flat colour, and lines and dots
thinner than a fraction of a pixel are not drawn (a whole big map in view stays quick)."""


@lru_cache(maxsize=256)
def colour(hex_code: str, alpha: int = 255) -> QColor:
    """A QColor from ``#rrggbb`` (remembered: painting asks for the same ones)."""
    result = QColor(hex_code)
    result.setAlpha(alpha)
    return result


def qrect(rect: Rect) -> QRectF:
    """A layout rectangle as a QRectF."""
    return QRectF(rect.x, rect.y, rect.width, rect.height)


def local(rect: Rect, x: float, y: float) -> QRectF:
    """A layout rectangle relative to an item placed at (x, y)."""
    return QRectF(rect.x - x, rect.y - y, rect.width, rect.height)


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


def pill(painter: QPainter, rect: QRectF, fill: str, border: str) -> None:
    """A rounded chip."""
    painter.setPen(pen(border, 0.8))
    painter.setBrush(colour(fill))
    radius = rect.height() / 2
    painter.drawRoundedRect(rect, radius, radius)


def _star(centre: QPointF, outer: float, inner: float) -> QPolygonF:
    points = []
    for index in range(10):
        angle = -math.pi / 2 + index * math.pi / 5
        radius = outer if index % 2 == 0 else inner
        points.append(QPointF(centre.x() + radius * math.cos(angle),
                              centre.y() + radius * math.sin(angle)))
    return QPolygonF(points)


def moment_path(moment: MomentOfTruth, centre: QPointF, size: float) -> QPainterPath:
    """The outline of a moment of truth's symbol: square, triangle or star."""
    path = QPainterPath()
    half = size / 2
    shape = palette.MOMENT_SHAPES.get(moment)
    if shape == "square":
        side = size * 0.82
        path.addRoundedRect(QRectF(centre.x() - side / 2, centre.y() - side / 2, side, side),
                            1.5, 1.5)
    elif shape == "triangle":
        path.addPolygon(QPolygonF([QPointF(centre.x(), centre.y() - half),
                                   QPointF(centre.x() + half, centre.y() + half * 0.85),
                                   QPointF(centre.x() - half, centre.y() + half * 0.85)]))
        path.closeSubpath()
    elif shape == "star":
        path.addPolygon(_star(centre, half * 1.1, half * 0.48))
        path.closeSubpath()
    return path


def draw_moment(painter: QPainter, moment: MomentOfTruth, centre: QPointF, size: float) -> None:
    """A moment of truth's symbol: its own shape and colour, with a mark inside."""
    if moment is MomentOfTruth.NONE:
        return
    fill = palette.MOMENT_COLOURS[moment]
    painter.setPen(pen(palette.INK, 0.8))
    painter.setBrush(colour(fill))
    painter.drawPath(moment_path(moment, centre, size))
    mark = {MomentOfTruth.ESSENTIAL: "E", MomentOfTruth.CRITICAL: "!",
            MomentOfTruth.WOW: ""}[moment]
    if mark and size >= 10:
        font_size = round(size * 0.55)
        painter.setFont(map_font(font_size, bold=True))
        painter.setPen(colour("#ffffff"))
        dy = size * 0.12 if moment is MomentOfTruth.CRITICAL else 0.0
        painter.drawText(QRectF(centre.x() - size / 2, centre.y() - size / 2 + dy, size, size),
                         int(Qt.AlignmentFlag.AlignCenter), mark)


def draw_criticality(painter: QPainter, value: Criticality, rect: QRectF) -> None:
    """Three rising bars, as many filled as the level: readable without colour."""
    level = palette.CRITICALITY_LEVELS[value]
    bar_width = rect.width() / 4
    painter.setPen(Qt.PenStyle.NoPen)
    for index in range(3):
        height = rect.height() * (0.45 + 0.275 * index)
        bar = QRectF(rect.x() + index * bar_width * 1.5, rect.bottom() - height,
                     bar_width, height)
        filled = index < level
        painter.setBrush(QBrush(colour(palette.CRITICALITY_COLOURS[value] if filled
                                       else palette.CRITICALITY_EMPTY)))
        painter.drawRect(bar)


def arrow_head(tip: QPointF, towards: QPointF, size: float) -> QPolygonF:
    """A filled arrow head at ``tip`` pointing away from ``towards``."""
    angle = math.atan2(tip.y() - towards.y(), tip.x() - towards.x())
    left = QPointF(tip.x() - size * math.cos(angle - 0.45), tip.y() - size * math.sin(angle - 0.45))
    right = QPointF(tip.x() - size * math.cos(angle + 0.45),
                    tip.y() - size * math.sin(angle + 0.45))
    return QPolygonF([tip, left, right])


def draw_badge(painter: QPainter, centre: QPointF, fill: str, glyph: str,
               radius: float = 7.5) -> None:
    """A round badge with a drawn glyph: "switch" (two arrows) or "handoff" (a person)."""
    painter.setPen(pen("#ffffff", 1.2))
    painter.setBrush(colour(fill))
    painter.drawEllipse(centre, radius, radius)
    scale = radius / 7.5
    x, y = centre.x(), centre.y()
    if glyph == "switch":
        painter.setPen(pen("#ffffff", 1.3 * scale))
        for dy, direction in ((-2.2, 1), (2.2, -1)):
            row = y + dy * scale
            painter.drawLine(QPointF(x - 4 * scale, row), QPointF(x + 4 * scale, row))
            tip = QPointF(x + 4 * scale * direction, row)
            for side in (-1.8, 1.8):
                painter.drawLine(tip, QPointF(tip.x() - 2 * scale * direction,
                                              row + side * scale))
    else:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour("#ffffff"))
        painter.drawEllipse(QPointF(x, y - 2.2 * scale), 2.0 * scale, 2.0 * scale)
        body = QPainterPath()
        body.moveTo(x - 4 * scale, y + 4.2 * scale)
        body.quadTo(x, y - 2.0 * scale, x + 4 * scale, y + 4.2 * scale)
        body.closeSubpath()
        painter.drawPath(body)
