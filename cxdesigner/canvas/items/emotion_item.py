"""The emotion curve: a smooth line on -3..+3 with a neutral line, a dot per touchpoint."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget
from typing_extensions import override

from cxdesigner.canvas.context import MapContext
from cxdesigner.canvas.painting import BOX_LOD, DETAIL_LOD, TINY_LOD, colour, draw_text, pen
from cxdesigner.layout import MapLayout, palette, smooth_segments
from cxdesigner.layout.curves import CubicSegment
from cxdesigner.layout.geometry import Point
from cxdesigner.model import EMOTION_MAX, EMOTION_MIN, Journey, Lane

Z_CURVE = 2.0
DOT_RADIUS = 6.0
_AROUND = 3
"""Touchpoints taken on each side of what is painted: a curve segment depends on the dots
on either side of it."""
_LABEL_HALF_WIDTH = 15.0


class EmotionCurveItem(QGraphicsItem):
    """One item per journey: the curve of the persona in view (or the default emotions).

    It spans the whole map but paints only the part exposed, working out the dots and curve
    segments there when painted: a repaint after an edit costs what is on screen, whatever
    the size of the map.
    """

    def __init__(self, context: MapContext) -> None:
        super().__init__()
        self._context = context
        self._band = QRectF()
        self._plot_left = 0.0
        self._ticks: list[tuple[int, float]] = []
        self.setZValue(Z_CURVE)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        # Painting needs the exposed rectangle, to work out only what is on screen.
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)

    def refresh(self) -> None:
        """Follow a new layout, persona or values all along the map (repaints the curve)."""
        layout, journey = self._context.layout, self._context.journey()
        lane = layout.lane(Lane.EMOTION) if layout is not None else None
        if layout is None or journey is None or lane is None:
            if not self._band.isNull():
                self.prepareGeometryChange()
                self._band = QRectF()
            self._ticks = []
            return
        band = QRectF(lane.band.x, lane.band.y, lane.band.width, lane.band.height)
        if band != self._band:
            self.prepareGeometryChange()
            self._band = band
        self._plot_left = lane.label.right
        self._ticks = self._tick_positions(layout)
        self.update()

    def refresh_between(self, left: float, right: float) -> None:
        """Repaint the curve from ``left`` to ``right`` (dots there moved or changed)."""
        if self._band.isNull():
            return
        margin = DOT_RADIUS + _LABEL_HALF_WIDTH + 4
        self.update(QRectF(left - margin, self._band.y() - DOT_RADIUS,
                           right - left + 2 * margin, self._band.height() + 2 * DOT_RADIUS))

    @staticmethod
    def _tick_positions(layout: MapLayout) -> list[tuple[int, float]]:
        ticks = []
        for value in range(EMOTION_MIN, EMOTION_MAX + 1):
            y = layout.emotion_y(value)
            if y is not None:
                ticks.append((value, y))
        return ticks

    @override
    def boundingRect(self) -> QRectF:
        return self._band.adjusted(0, -DOT_RADIUS, 0, DOT_RADIUS)

    # ------------------------------------------------------------------ the part painted

    def _window(self, journey: Journey, layout: MapLayout, left: float,
                right: float) -> tuple[list[tuple[float, int | None]], bool, bool]:
        """The touchpoints from a little before ``left`` to a little after ``right``, in map
        order: (x, emotion); and whether they start at the first touchpoint of the journey
        and end at its last."""
        stages = journey.stages
        if not stages or len(stages) != len(layout.stages):
            return [], True, True
        first = layout.stage_index_at(left)
        last = layout.stage_index_at(right)
        needed = _AROUND
        while first > 0 and needed > 0:
            first -= 1
            needed -= len(stages[first].touchpoints)
        needed = _AROUND
        while last < len(stages) - 1 and needed > 0:
            last += 1
            needed -= len(stages[last].touchpoints)
        persona = self._context.persona_id
        boxes = layout.touchpoints
        window: list[tuple[float, int | None]] = []
        for stage in stages[first:last + 1]:
            for touchpoint in stage.touchpoints:
                box = boxes.get(touchpoint.id)
                if box is None:
                    continue
                card = box.card
                window.append((card.x + card.width / 2, touchpoint.emotion_for(persona)))
        return window, first == 0, last == len(stages) - 1

    def _segments(self, window: list[tuple[float, int | None]], at_start: bool, at_end: bool,
                  height: dict[int, float]) -> list[list[CubicSegment]]:
        """The curve's runs in the window; segments whose neighbours lie outside are left out
        (they lie outside the painted part)."""
        runs: list[list[CubicSegment]] = []
        run: list[Point] = []
        run_start = 0
        for index, (x, value) in enumerate([*window, (0.0, None)]):
            if value is not None:
                if not run:
                    run_start = index
                run.append(Point(x, height[value]))
                continue
            if len(run) > 1:
                segments = smooth_segments(run)
                if run_start == 0 and not at_start:
                    segments = segments[1:]
                if index == len(window) and not at_end:
                    segments = segments[:-1]
                if segments:
                    runs.append(segments)
            run = []
        return runs

    @override
    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        layout, journey = self._context.layout, self._context.journey()
        if self._band.isNull() or layout is None or journey is None:
            return
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        exposed = option.exposedRect
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
        if lod >= BOX_LOD and exposed.left() <= plot.x() + 24:
            for value, y in self._ticks:
                label = f"{value:+d}" if value else "0"
                draw_text(painter, QRectF(plot.x() + 2, y - 7, 22, 14), label,
                          palette.INK_FAINT, (10.0,), align=Qt.AlignmentFlag.AlignLeft,
                          valign=Qt.AlignmentFlag.AlignVCenter)
        height = dict(self._ticks)
        window, at_start, at_end = self._window(journey, layout, exposed.left(),
                                                exposed.right())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(pen(palette.EMOTION_CURVE, 2.6 if lod >= DETAIL_LOD else 4.0))
        for segments in self._segments(window, at_start, at_end, height):
            start = segments[0].start
            path = QPainterPath(QPointF(start.x, start.y))
            for segment in segments:
                path.cubicTo(QPointF(segment.control1.x, segment.control1.y),
                             QPointF(segment.control2.x, segment.control2.y),
                             QPointF(segment.end.x, segment.end.y))
            painter.drawPath(path)
        radius = DOT_RADIUS if lod >= DETAIL_LOD else DOT_RADIUS * 1.6
        low = exposed.left() - radius - _LABEL_HALF_WIDTH
        high = exposed.right() + radius + _LABEL_HALF_WIDTH
        if lod < TINY_LOD:
            return  # dots smaller than half a pixel
        for x, emotion in window:
            if emotion is None or not low <= x <= high:
                continue
            centre = QPointF(x, height[emotion])
            painter.setPen(pen("#ffffff", 1.5))
            painter.setBrush(colour(palette.emotion_colour(emotion)))
            painter.drawEllipse(centre, radius, radius)
            if lod >= DETAIL_LOD:
                above = emotion < 0
                text_y = centre.y() - 22 if above else centre.y() + 8
                draw_text(painter, QRectF(centre.x() - 15, text_y, 30, 14),
                          f"{emotion:+d}" if emotion else "0", palette.emotion_colour(emotion),
                          (11.0,), bold=True, align=Qt.AlignmentFlag.AlignHCenter,
                          valign=Qt.AlignmentFlag.AlignVCenter)
