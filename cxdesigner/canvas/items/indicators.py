"""Transient marks of a gesture: where dragged cards will land, the line being connected."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget
from typing_extensions import override

from cxdesigner.canvas.context import SELECTION, SELECTION_TINT
from cxdesigner.canvas.painting import arrow_head, colour, pen

Z_GESTURE = 50.0


class DropIndicatorItem(QGraphicsItem):
    """A bar between two cards (or stages) where the dragged ones will be dropped."""

    def __init__(self) -> None:
        super().__init__()
        self._line = QRectF()
        self._target = QRectF()
        self.setZValue(Z_GESTURE)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def show_at(self, x: float, top: float, bottom: float, target: QRectF) -> None:
        """Show the bar at ``x`` and tint ``target`` (the stage column that receives)."""
        self.prepareGeometryChange()
        self._line = QRectF(x - 2, top, 4, bottom - top)
        self._target = target
        self.show()

    @override
    def boundingRect(self) -> QRectF:
        return self._target.united(self._line).adjusted(-8, -8, 8, 8)

    @override
    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if not self._target.isNull():
            painter.setPen(pen(SELECTION, 1.5, (6.0, 4.0)))
            painter.setBrush(colour(SELECTION_TINT, 70))
            painter.drawRoundedRect(self._target, 6, 6)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour(SELECTION))
        painter.drawRoundedRect(self._line, 2, 2)
        centre_x = self._line.center().x()
        for y, direction in ((self._line.top(), 1), (self._line.bottom(), -1)):
            painter.drawPolygon(QPolygonF([QPointF(centre_x - 7, y - 7 * direction),
                                           QPointF(centre_x + 7, y - 7 * direction),
                                           QPointF(centre_x, y + 1 * direction)]))


class ConnectLineItem(QGraphicsItem):
    """The rubber line from a card's handle to the pointer while connecting."""

    def __init__(self, start: QPointF) -> None:
        super().__init__()
        self._start = start
        self._end = start
        self.setZValue(Z_GESTURE)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def set_end(self, end: QPointF) -> None:
        """Follow the pointer."""
        self.prepareGeometryChange()
        self._end = end

    @override
    def boundingRect(self) -> QRectF:
        return QRectF(self._start, self._end).normalized().adjusted(-14, -14, 14, 14)

    @override
    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        path = QPainterPath(self._start)
        path.lineTo(self._end)
        painter.setPen(pen(SELECTION, 2.2, (6.0, 4.0)))
        painter.drawPath(path)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour(SELECTION))
        if self._end != self._start:
            painter.drawPolygon(arrow_head(self._end, self._start, 11.0))
