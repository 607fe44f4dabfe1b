"""The emotion chart of a comparison: both journeys' stage means and the gain per stage."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget
from typing_extensions import override

from cxdesigner.analysis.comparison import StageEmotionGain
from cxdesigner.canvas.fonts import text_width
from cxdesigner.canvas.painting import colour, draw_text, pen
from cxdesigner.export.comparison_section import (
    CURRENT_COLOUR,
    CURRENT_DASH,
    GAIN_DOWN,
    GAIN_UP,
    TARGET_COLOUR,
    ChartPlan,
    plan_chart,
)
from cxdesigner.layout import palette, smooth_segments
from cxdesigner.layout.geometry import Point, Rect
from cxdesigner.model import JourneyKind
from cxdesigner.ui.comparison.differences import signed
from cxdesigner.ui.i18n import translate
from cxdesigner.ui.labels import interface_label

LEGEND = 22.0


def _qrect(rect: Rect) -> QRectF:
    return QRectF(rect.x, rect.y, rect.width, rect.height)


def _curve(points: Sequence[Point]) -> QPainterPath:
    path = QPainterPath(QPointF(points[0].x, points[0].y))
    for segment in smooth_segments(list(points)):
        path.cubicTo(QPointF(segment.control1.x, segment.control1.y),
                     QPointF(segment.control2.x, segment.control2.y),
                     QPointF(segment.end.x, segment.end.y))
    return path


class EmotionChart(QWidget):
    """Two smooth curves of the mean emotion per stage and the gain of each stage as a bar.

    The geometry is the PDF's (``export.comparison_section.plan_chart``).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: tuple[StageEmotionGain, ...] = ()
        self.plan: ChartPlan | None = None
        self.setMinimumHeight(190)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def set_rows(self, rows: Sequence[StageEmotionGain]) -> None:
        """Show these stage pairs (from ``JourneyComparison.stage_emotions``)."""
        self.rows = tuple(rows)
        self.update()

    @override
    def sizeHint(self) -> QSize:
        return QSize(640, 230)

    @override
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHints(QPainter.RenderHint.Antialiasing
                               | QPainter.RenderHint.TextAntialiasing)
        painter.fillRect(self.rect(), colour(palette.PAPER))
        self._paint_legend(painter)
        box = Rect(8.0, LEGEND + 4, self.width() - 16.0, self.height() - LEGEND - 8.0)
        self.plan = plan_chart(self.rows, box, label_width=34.0, name_height=30.0)
        if not self.rows:
            draw_text(painter, QRectF(self.rect()), translate(
                "Comparison", "No stage to compare."), palette.INK_MUTED, (13.0,),
                align=Qt.AlignmentFlag.AlignHCenter, valign=Qt.AlignmentFlag.AlignVCenter)
        else:
            self._paint_plan(painter, self.plan)
        painter.end()

    def _paint_legend(self, painter: QPainter) -> None:
        x = 12.0
        entries = ((interface_label(JourneyKind.CURRENT), CURRENT_COLOUR, CURRENT_DASH),
                   (interface_label(JourneyKind.TARGET), TARGET_COLOUR, ()),
                   (translate("Comparison", "Gain per stage"), GAIN_UP, None))
        for text, stroke, dash in entries:
            y = LEGEND / 2 + 2
            if dash is None:
                painter.fillRect(QRectF(x + 8, y - 6, 10, 12), colour(stroke))
            else:
                painter.setPen(pen(stroke, 2.4, dash))
                painter.drawLine(QPointF(x, y), QPointF(x + 26, y))
            width = text_width(text, 12.0) + 4
            draw_text(painter, QRectF(x + 32, y - 9, width + 20, 18), text, palette.INK,
                      (12.0,), valign=Qt.AlignmentFlag.AlignVCenter)
            x += 32 + width + 28

    def _paint_plan(self, painter: QPainter, plan: ChartPlan) -> None:
        plot, strip = _qrect(plan.plot), _qrect(plan.strip)
        ticks = dict(plan.ticks)
        zero = ticks[0]
        painter.fillRect(QRectF(plot.x(), plot.y(), plot.width(), zero - plot.y()),
                         colour(palette.EMOTION_POSITIVE_TINT))
        painter.fillRect(QRectF(plot.x(), zero, plot.width(), plot.bottom() - zero),
                         colour(palette.EMOTION_NEGATIVE_TINT))
        for value, y in plan.ticks:
            if value:
                painter.setPen(pen(palette.RULE, 0.8, (2.0, 3.0)))
                painter.drawLine(QPointF(plot.x(), y), QPointF(plot.right(), y))
            draw_text(painter, QRectF(plot.x() - 30, y - 7, 26, 14),
                      f"{value:+d}" if value else "0", palette.INK_MUTED, (11.0,),
                      align=Qt.AlignmentFlag.AlignRight, valign=Qt.AlignmentFlag.AlignVCenter)
        painter.setPen(pen(palette.EMOTION_NEUTRAL_LINE, 1.2, (6.0, 3.0)))
        painter.drawLine(QPointF(plot.x(), zero), QPointF(plot.right(), zero))
        painter.setPen(pen(palette.RULE, 0.8))
        for index in range(1, len(plan.columns)):
            x = plot.x() + plan.column_width * index
            painter.drawLine(QPointF(x, plot.y()), QPointF(x, strip.bottom()))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for runs, stroke, dash in ((plan.current_runs, CURRENT_COLOUR, CURRENT_DASH),
                                   (plan.target_runs, TARGET_COLOUR, ())):
            for run in runs:
                painter.setPen(pen(stroke, 2.6, dash))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                if len(run) > 1:
                    painter.drawPath(_curve(run))
                painter.setPen(pen(palette.PAPER, 1.2))
                painter.setBrush(colour(stroke))
                for point in run:
                    painter.drawEllipse(QPointF(point.x, point.y), 4.2, 4.2)
        painter.setPen(pen(palette.INK_FAINT, 1.0))
        painter.drawLine(QPointF(strip.x(), plan.zero), QPointF(strip.right(), plan.zero))
        draw_text(painter, QRectF(strip.x() - 34, plan.zero - 8, 30, 16),
                  translate("Comparison", "Gain"), palette.INK_MUTED, (11.0,), bold=True,
                  align=Qt.AlignmentFlag.AlignRight, valign=Qt.AlignmentFlag.AlignVCenter)
        for x, bar in zip(plan.columns, plan.bars, strict=True):
            if bar is None:
                draw_text(painter, QRectF(x - 20, plan.zero - 16, 40, 14), "—",
                          palette.INK_FAINT, (12.0,), align=Qt.AlignmentFlag.AlignHCenter)
                continue
            rect, gain = bar
            fill = GAIN_UP if gain > 0 else GAIN_DOWN if gain < 0 else palette.INK_FAINT
            painter.fillRect(_qrect(rect), colour(fill))
            label_y = rect.y - 16 if gain > 0 else rect.bottom + 1
            draw_text(painter, QRectF(x - 30, label_y, 60, 15), signed(gain), palette.INK,
                      (12.0,), bold=True, align=Qt.AlignmentFlag.AlignHCenter,
                      valign=Qt.AlignmentFlag.AlignVCenter)
        for x, name in zip(plan.columns, plan.names, strict=True):
            draw_text(painter, QRectF(x - plan.column_width / 2 + 3, strip.bottom() + 4,
                                      plan.column_width - 6, 28), name, palette.INK,
                      (12.0, 11.0, 10.0), align=Qt.AlignmentFlag.AlignHCenter)
