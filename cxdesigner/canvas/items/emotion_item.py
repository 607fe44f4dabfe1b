"""The emotion curve: a smooth line on -3..+3 with a neutral line, a dot per touchpoint."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget
from typing_extensions import override

from cxdesigner.canvas.context import MapContext
from cxdesigner.canvas.painting import BOX_LOD, DETAIL_LOD, colour, draw_text, pen
from cxdesigner.layout import MapLayout, palette, smooth_segments
from cxdesigner.layout.geometry import Point
from cxdesigner.model import EMOTION_MAX, EMOTION_MIN, Lane

Z_CURVE = 2.0
DOT_RADIUS = 6.0


class EmotionCurveItem(QGraphicsItem):
    """One item per journey: the curve of the persona in view (or the default emotions)."""

    def __init__(self, context: MapContext) -> None:
        super().__init__()
        self._context = context
        self._band = QRectF()
        self._plot_left = 0.0
        self._runs: list[list[Point]] = []
        self._paths: list[QPainterPath] | None = []
        self._dots: list[tuple[QPointF, int]] = []
        self._ticks: list[tuple[int, float]] = []
        self.setZValue(Z_CURVE)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def refresh(self) -> None:
        """Recompute the curve from the context's layout and journey."""
        layout, journey = self._context.layout, self._context.journey()
        lane = layout.lane(Lane.EMOTION) if layout is not None else None
        if layout is None or journey is None or lane is None:
            if not self._band.isNull():
                self.prepareGeometryChange()
                self._band = QRectF()
            self._runs, self._paths, self._dots = [], [], []
            return
        band = QRectF(lane.band.x, lane.band.y, lane.band.width, lane.band.height)
        if band != self._band:
            self.prepareGeometryChange()
            self._band = band
        self._plot_left = lane.label.right
        persona = self._context.persona_id
        self._ticks = self._tick_positions(layout)
        height = dict(self._ticks)
        # The same runs as MapLayout.emotion_runs, with the seven heights looked up once.
        runs: list[list[Point]] = [[]]
        self._dots = []
        for _, touchpoint in journey.touchpoints():
            value = touchpoint.emotion_for(persona)
            box = layout.touchpoints.get(touchpoint.id)
            if box is None or value is None:
                if runs[-1]:
                    runs.append([])
                continue
            x, y = box.card.center.x, height[value]
            runs[-1].append(Point(x, y))
            self._dots.append((QPointF(x, y), value))
        self._runs = [run for run in runs if run]
        self._paths = None  # made when painted: several edits in a row cost one curve
        self.update()

    @staticmethod
    def _tick_positions(layout: MapLayout) -> list[tuple[int, float]]:
        ticks = []
        for value in range(EMOTION_MIN, EMOTION_MAX + 1):
            y = layout.emotion_y(value)
            if y is not None:
                ticks.append((value, y))
        return ticks

    @staticmethod
    def _path(run: list[Point]) -> QPainterPath:
        path = QPainterPath(QPointF(run[0].x, run[0].y))
        for segment in smooth_segments(run):
            path.cubicTo(QPointF(segment.control1.x, segment.control1.y),
                         QPointF(segment.control2.x, segment.control2.y),
                         QPointF(segment.end.x, segment.end.y))
        return path

    @override
    def boundingRect(self) -> QRectF:
        return self._band.adjusted(0, -DOT_RADIUS, 0, DOT_RADIUS)

    @override
    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        if self._band.isNull() or self._context.layout is None:
            return
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        layout = self._context.layout
        zero = layout.emotion_y(0) or self._band.center().y()
        plot = QRectF(self._plot_left, self._band.y(), self._band.right() - self._plot_left,
                      self._band.height())
        painter.fillRect(QRectF(plot.x(), plot.y(), plot.width(), zero - plot.y()),
                         colour(palette.EMOTION_POSITIVE_TINT))
        painter.fillRect(QRectF(plot.x(), zero, plot.width(), plot.bottom() - zero),
                         colour(palette.EMOTION_NEGATIVE_TINT))
        if lod >= DETAIL_LOD:
            painter.setPen(pen(palette.RULE, 0.6, (2.0, 4.0)))
            for value, y in self._ticks:
                if value:
                    painter.drawLine(QPointF(plot.x(), y), QPointF(plot.right(), y))
        painter.setPen(pen(palette.EMOTION_NEUTRAL_LINE, 1.2, (6.0, 3.0)))
        painter.drawLine(QPointF(plot.x(), zero), QPointF(plot.right(), zero))
        if lod >= BOX_LOD:
            for value, y in self._ticks:
                label = f"{value:+d}" if value else "0"
                draw_text(painter, QRectF(plot.x() + 2, y - 7, 22, 14), label,
                          palette.INK_FAINT, (10.0,), align=Qt.AlignmentFlag.AlignLeft,
                          valign=Qt.AlignmentFlag.AlignVCenter)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(pen(palette.EMOTION_CURVE, 2.6 if lod >= DETAIL_LOD else 4.0))
        if self._paths is None:
            self._paths = [self._path(run) for run in self._runs]
        for path in self._paths:
            painter.drawPath(path)
        radius = DOT_RADIUS if lod >= DETAIL_LOD else DOT_RADIUS * 1.6
        for centre, value in self._dots:
            painter.setPen(pen("#ffffff", 1.5))
            painter.setBrush(colour(palette.emotion_colour(value)))
            painter.drawEllipse(centre, radius, radius)
            if lod >= DETAIL_LOD:
                above = value < 0
                text_y = centre.y() - 22 if above else centre.y() + 8
                draw_text(painter, QRectF(centre.x() - 15, text_y, 30, 14),
                          f"{value:+d}" if value else "0", palette.emotion_colour(value),
                          (11.0,), bold=True, align=Qt.AlignmentFlag.AlignHCenter,
                          valign=Qt.AlignmentFlag.AlignVCenter)
