"""The emotion curve: a smooth line on -3..+3 with a neutral line, a dot per touchpoint."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget
from typing_extensions import override

from cxdesigner.canvas.context import MapContext
from cxdesigner.canvas.painting import detail_for
from cxdesigner.canvas.primitive_painter import paint
from cxdesigner.drawing.emotion import LABEL_HALF_WIDTH, EmotionSeries
from cxdesigner.drawing.sizes import EMOTION_DOT
from cxdesigner.drawing.sketch import Sketch
from cxdesigner.model import Lane

Z_CURVE = 2.0
DOT_REACH = EMOTION_DOT * 1.6
"""How far a dot reaches out of the lane when zoomed out (its largest size)."""


class EmotionCurveItem(QGraphicsItem):
    """One item per journey: the curve of the persona in view (or the default emotions).

    It spans the whole map but paints only the part exposed (see
    :class:`~cxdesigner.drawing.emotion.EmotionSeries`): a repaint after an edit costs what
    is on screen, whatever the size of the map.
    """

    def __init__(self, context: MapContext) -> None:
        super().__init__()
        self._context = context
        self._band = QRectF()
        self._series: EmotionSeries | None = None
        self.setZValue(Z_CURVE)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        # Painting needs the exposed rectangle, to work out only what is on screen.
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)

    def refresh(self) -> None:
        """Follow a new layout, persona or values all along the map (repaints the curve)."""
        layout, journey = self._context.layout, self._context.journey()
        lane = layout.lane(Lane.EMOTION) if layout is not None else None
        self._series = None
        if layout is None or journey is None or lane is None:
            if not self._band.isNull():
                self.prepareGeometryChange()
                self._band = QRectF()
            return
        band = QRectF(lane.band.x, lane.band.y, lane.band.width, lane.band.height)
        if band != self._band:
            self.prepareGeometryChange()
            self._band = band
        self.update()

    def refresh_between(self, left: float, right: float) -> None:
        """Repaint the curve from ``left`` to ``right`` (dots there moved or changed)."""
        if self._band.isNull():
            return
        self._series = None
        margin = DOT_REACH + LABEL_HALF_WIDTH + 4
        self.update(QRectF(left - margin, self._band.y() - DOT_REACH,
                           right - left + 2 * margin, self._band.height() + 2 * DOT_REACH))

    def series(self) -> EmotionSeries | None:
        """The dots along the map, worked out again after a change, when first painted."""
        layout, journey = self._context.layout, self._context.journey()
        if self._series is None and layout is not None and journey is not None:
            self._series = EmotionSeries(layout, journey, self._context.persona_id)
        return self._series

    @override
    def boundingRect(self) -> QRectF:
        return self._band.adjusted(0, -DOT_REACH, 0, DOT_REACH)

    @override
    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        series = self.series()
        if self._band.isNull() or series is None:
            return
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        exposed = option.exposedRect
        pad = Sketch(self._context.drawing.fonts)
        series.draw(pad, self._context.drawing, (exposed.left(), exposed.right()),
                    detail_for(lod))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        paint(painter, pad.take(), lod)
