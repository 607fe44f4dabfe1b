"""Horizontal score bars, one per segment: long names fit, the one that struggles stands out.

A bar that rests on few answers is drawn hollow, its n in the warning colour; a segment
without a score shows a dash, never a zero.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget
from typing_extensions import override

from cxdesigner.ui.charts import SERIES_COLOURS, ChartStyle, widget_style
from cxdesigner.ui.numbers import format_number

ROW_HEIGHT = 26.0


@dataclass(frozen=True)
class ScoreBar:
    """One row: a label, its score (None: none) with its n, and how it should stand out."""

    label: str
    value: float | None
    n: int
    highlight: bool = False
    few: bool = False


@dataclass(frozen=True)
class ScoreBarsData:
    """Rows of bars on one axis; bars grow from ``origin`` (the scale's low end, or 0)."""

    title: str
    bars: tuple[ScoreBar, ...]
    minimum: float
    maximum: float
    origin: float
    value_format: Callable[[float], str] = field(default=format_number)
    note: str = ""


def draw_score_bars(
    painter: QPainter, rect: QRectF, data: ScoreBarsData, style: ChartStyle
) -> None:
    """Draw ``data`` in ``rect``: title, then one row per bar, then the axis ends."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    font = QFont()
    font.setPointSizeF(style.font_size)
    bold = QFont(font)
    bold.setBold(True)
    metrics = QFontMetricsF(font)
    line = metrics.height()
    painter.setFont(bold)
    painter.setPen(QColor(style.text))
    painter.drawText(
        QRectF(rect.left(), rect.top(), rect.width(), line),
        int(Qt.AlignmentFlag.AlignLeft),
        data.title,
    )
    label_width = min(rect.width() * 0.38, 220.0)
    figure_width = metrics.horizontalAdvance("+100,0  n=9999") + 8
    track = QRectF(
        rect.left() + label_width + 6,
        rect.top() + line + 6,
        max(20.0, rect.width() - label_width - figure_width - 12),
        ROW_HEIGHT * len(data.bars),
    )

    def x_of(value: float) -> float:
        span = data.maximum - data.minimum or 1.0
        ratio = (min(max(value, data.minimum), data.maximum) - data.minimum) / span
        return track.left() + ratio * track.width()

    origin = x_of(data.origin)
    for index, bar in enumerate(data.bars):
        top = track.top() + index * ROW_HEIGHT
        painter.setFont(bold if bar.highlight else font)
        painter.setPen(QColor(style.warning if bar.highlight else style.text))
        label = metrics.elidedText(bar.label, Qt.TextElideMode.ElideRight, label_width)
        painter.drawText(
            QRectF(rect.left(), top, label_width, ROW_HEIGHT),
            int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
            label,
        )
        painter.setPen(QPen(QColor(style.grid), 1.0))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(QRectF(track.left(), top + 7, track.width(), ROW_HEIGHT - 14))
        colour = QColor(style.warning if bar.highlight else SERIES_COLOURS[0])
        text = "–"
        if bar.value is not None:
            end = x_of(bar.value)
            body = QRectF(min(origin, end), top + 5, abs(end - origin), ROW_HEIGHT - 10)
            fill = QColor(colour)
            fill.setAlphaF(0.25 if bar.few else 1.0)
            painter.setPen(QPen(colour, 1.5))
            painter.setBrush(fill)
            painter.drawRect(body)
            text = data.value_format(bar.value)
        painter.setFont(bold if bar.highlight else font)
        painter.setPen(QColor(style.text))
        figures = QRectF(track.right() + 8, top, figure_width, ROW_HEIGHT)
        painter.drawText(
            figures, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), text
        )
        painter.setFont(font)
        painter.setPen(QColor(style.warning if bar.few else style.muted))
        painter.drawText(
            figures.adjusted(metrics.horizontalAdvance("+100,0 "), 0, 0, 0),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            f"n={bar.n}",
        )
    if data.minimum < data.origin < data.maximum:
        painter.setPen(QPen(QColor(style.muted), 1.0, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(origin, track.top()), QPointF(origin, track.bottom()))
    painter.setFont(font)
    painter.setPen(QColor(style.muted))
    ends = QRectF(track.left() - 20, track.bottom() + 2, track.width() + 40, line)
    painter.drawText(ends, int(Qt.AlignmentFlag.AlignLeft), format_number(data.minimum, 0))
    painter.drawText(ends, int(Qt.AlignmentFlag.AlignRight), format_number(data.maximum, 0))
    if data.note:
        painter.drawText(
            QRectF(rect.left(), ends.bottom() + 2, rect.width(), line * 2),
            int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap),
            data.note,
        )
    painter.restore()


class ScoreBars(QWidget):
    """A widget showing a :class:`ScoreBarsData`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data: ScoreBarsData | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def set_data(self, data: ScoreBarsData | None) -> None:
        self.data = data
        self.updateGeometry()
        self.update()

    @override
    def sizeHint(self) -> QSize:
        rows = len(self.data.bars) if self.data else 3
        return QSize(360, int(ROW_HEIGHT * rows + 90))

    @override
    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    @override
    def paintEvent(self, event: QPaintEvent) -> None:
        if self.data is None:
            return
        painter = QPainter(self)
        try:
            draw_score_bars(
                painter, QRectF(self.rect()).adjusted(4, 4, -4, -4), self.data, widget_style(self)
            )
        finally:
            painter.end()
