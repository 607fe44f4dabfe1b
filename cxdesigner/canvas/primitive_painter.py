"""Paints the map's drawing primitives with a QPainter: the screen's half of one drawing.

The PDF paints the same primitives with reportlab (``export/ink.py``). Text arrives fitted
and placed, measured with the bundled fonts' own metrics; it is drawn here with the same
font at a large pixel size scaled down, so that sizes keep their fractions and lines end
where the measure said (kerning off, as in the PDF). Lines the drawing cut into runs
(other scripts, symbols, emoji, right-to-left text) are drawn glyph by glyph from the very
files the PDF embeds (``QRawFont``), at the places the drawing gave them.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QGlyphRun,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
    QRawFont,
    QTransform,
)

from cxdesigner.canvas.fonts import add_fallback_face, ensure_fonts_loaded
from cxdesigner.canvas.pictures import screen_picture
from cxdesigner.drawing.fonts import FontSet, face_file
from cxdesigner.drawing.primitives import (
    Box,
    Circle,
    Curve,
    Group,
    Line,
    Picture,
    Polygon,
    Polyline,
    Primitive,
    Symbol,
    Text,
)
from cxdesigner.drawing.text_runs import text_width
from cxdesigner.layout.geometry import Point

BASE_PIXELS = 64
"""The pixel size fonts are made at before being scaled to the size asked for."""
SMALLEST_TEXT = 1.5
"""Text smaller than this many pixels on screen is not drawn (it could not be read)."""


@lru_cache(maxsize=512)
def colour(hex_code: str) -> QColor:
    """A QColor from ``#rrggbb`` (remembered: painting asks for the same ones)."""
    return QColor(hex_code)


_styles: dict[str, tuple[bool, bool]] = {}


def register_fonts(fonts: FontSet) -> None:
    """Tell the painter which style each face name of ``fonts`` is."""
    _styles[fonts.regular] = (False, False)
    _styles[fonts.bold] = (True, False)
    _styles[fonts.italic] = (False, True)
    _styles[fonts.bold_italic] = (True, True)


@lru_cache(maxsize=32)
def face(name: str) -> QFont:
    """The Qt font for a face name of :mod:`cxdesigner.drawing.fonts`, at ``BASE_PIXELS``."""
    bold, italic = _styles.get(name, (False, False))
    font = QFont(ensure_fonts_loaded())
    font.setPixelSize(BASE_PIXELS)
    font.setBold(bold)
    font.setItalic(italic)
    font.setKerning(False)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return font


@lru_cache(maxsize=1024)
def _pen(stroke: str, width: float, dash: tuple[float, ...], cap: Qt.PenCapStyle,
         join: Qt.PenJoinStyle) -> QPen:
    pen = QPen(colour(stroke), width)
    pen.setCapStyle(Qt.PenCapStyle.FlatCap if dash else cap)
    pen.setJoinStyle(join)
    if dash:
        pen.setDashPattern([length / width for length in dash])
    return pen


_NO_PEN = QPen(Qt.PenStyle.NoPen)
_BUTT, _ROUND_CAP = Qt.PenCapStyle.FlatCap, Qt.PenCapStyle.RoundCap
_MITER, _ROUND_JOIN = Qt.PenJoinStyle.MiterJoin, Qt.PenJoinStyle.RoundJoin


def _point(point: Point) -> QPointF:
    return QPointF(point.x, point.y)


def _set(painter: QPainter, fill: str | None, stroke: str | None, width: float,
         dash: tuple[float, ...] = (), cap: Qt.PenCapStyle = _BUTT,
         join: Qt.PenJoinStyle = _MITER) -> None:
    painter.setPen(_pen(stroke, width, dash, cap, join) if stroke is not None else _NO_PEN)
    if fill is None:
        painter.setBrush(Qt.BrushStyle.NoBrush)
    else:
        painter.setBrush(colour(fill))


def paint(painter: QPainter, parts: Iterable[Primitive], scale: float = 1.0) -> None:
    """Paint ``parts`` in the painter's current coordinates; ``scale`` is how many pixels a
    map point takes on screen (small text is skipped below a pixel and a half)."""
    for part in parts:
        match part:
            case Box():
                _set(painter, part.fill, part.stroke, part.width, part.dash)
                rect = part.rect
                if part.radius > 0:
                    painter.drawRoundedRect(QRectF(rect.x, rect.y, rect.width, rect.height),
                                            part.radius, part.radius)
                else:
                    painter.drawRect(QRectF(rect.x, rect.y, rect.width, rect.height))
            case Text():
                if part.size * scale >= SMALLEST_TEXT:
                    _paint_text(painter, part)
            case Symbol():
                _paint_placed(painter, part.box.x, part.box.y, part.parts, scale)
            case Group():
                _paint_placed(painter, part.origin.x, part.origin.y, part.parts, scale)
            case Line():
                _set(painter, None, part.stroke, part.width, part.dash)
                painter.drawLine(_point(part.start), _point(part.end))
            case Polyline():
                _set(painter, None, part.stroke, part.width, part.dash, join=_ROUND_JOIN)
                painter.drawPolyline(QPolygonF([_point(p) for p in part.points]))
            case Polygon():
                _set(painter, part.fill, part.stroke, part.width, join=_ROUND_JOIN)
                painter.drawPolygon(QPolygonF([_point(p) for p in part.points]))
            case Circle():
                _set(painter, part.fill, part.stroke, part.width)
                painter.drawEllipse(_point(part.centre), part.radius, part.radius)
            case Picture():
                _paint_picture(painter, part)
            case Curve():
                _set(painter, None, part.stroke, part.width, part.dash, cap=_ROUND_CAP)
                first = part.segments[0].start
                path = QPainterPath(_point(first))
                for segment in part.segments:
                    path.cubicTo(_point(segment.control1), _point(segment.control2),
                                 _point(segment.end))
                painter.drawPath(path)


UNUSABLE_PICTURE = "#e4e7eb"
"""The fill of a picture that cannot be decoded (crossed out in the frame's grey)."""


def _paint_picture(painter: QPainter, picture: Picture) -> None:
    rect = QRectF(picture.rect.x, picture.rect.y, picture.rect.width, picture.rect.height)
    image = screen_picture(picture.image)
    if image is None:
        painter.setPen(_pen("#9aa5b1", 0.5, (), _BUTT, _MITER))
        painter.setBrush(colour(UNUSABLE_PICTURE))
        painter.drawRect(rect)
        painter.drawLine(rect.topLeft(), rect.bottomRight())
        painter.drawLine(rect.topRight(), rect.bottomLeft())
        return
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    painter.drawImage(rect, image)
    painter.restore()


def _paint_placed(painter: QPainter, x: float, y: float, parts: Iterable[Primitive],
                  scale: float) -> None:
    painter.translate(x, y)
    paint(painter, parts, scale)
    painter.translate(-x, -y)


def _paint_text(painter: QPainter, text: Text) -> None:
    painter.setFont(face(text.font))
    painter.setPen(colour(text.colour))
    shrink = text.size / BASE_PIXELS
    world = painter.worldTransform()
    origin = QPointF(0.0, 0.0)
    for index, line in enumerate(text.lines):
        placed = QTransform(shrink, 0.0, 0.0, shrink, text.starts[index],
                            text.baseline + index * text.leading)
        painter.setWorldTransform(placed * world)
        if text.runs is None:
            painter.drawText(origin, line)
            continue
        for run in text.runs[index]:
            painter.drawGlyphRun(QPointF(run.x / shrink, 0.0), glyph_run(run.font, run.text))
    painter.setWorldTransform(world)


@lru_cache(maxsize=64)
def raw_face(name: str) -> QRawFont:
    """A face of :mod:`cxdesigner.drawing.fonts` at ``BASE_PIXELS``, read from the very file
    the PDF embeds: its glyphs are drawn by number, as the PDF draws them."""
    path = face_file(name)
    add_fallback_face(path)
    return QRawFont(str(path), BASE_PIXELS, QFont.HintingPreference.PreferNoHinting)


@lru_cache(maxsize=4096)
def glyph_run(name: str, text: str) -> QGlyphRun:
    """``text`` (a run: already shaped and in display order) in face ``name`` at
    ``BASE_PIXELS``: one glyph per character, each advancing by the width the PDF gives it
    (Qt would otherwise shape and reorder the text again, or pick another font)."""
    raw = raw_face(name)
    glyphs = raw.glyphIndexesForString(text)
    positions: list[QPointF] = []
    x = 0.0
    for char in text:
        positions.append(QPointF(x, 0.0))
        x += text_width(name, char, BASE_PIXELS)
    run = QGlyphRun()
    run.setRawFont(raw)
    run.setGlyphIndexes(glyphs)
    run.setPositions(positions)
    return run
