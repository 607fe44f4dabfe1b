"""A profile's contacts per month around an action: the before and after windows shaded.

Each window carries a line at its mean (contacts per month), the action's date is a dashed
line, and a month the contact log does not cover is drawn as "no data", never as zero.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget
from typing_extensions import override

from cxdesigner.ui.charts import SERIES_COLOURS, ChartStyle, value_y, widget_style
from cxdesigner.ui.numbers import format_number

BEFORE_COLOUR = "#3a6ea5"
AFTER_COLOUR = "#2f9e44"


@dataclass(frozen=True)
class ImpactMonth:
    """One month of the chart: its label, its contacts (None: outside the log), its window."""

    label: str
    value: float | None
    window: str = ""
    """``before``, ``after`` or empty."""


@dataclass(frozen=True)
class ImpactChartData:
    """What the chart shows.

    Attributes:
        months: the months, first to last.
        date_at: where the action's date falls, in months from the first one's start.
        before_mean, after_mean: contacts per month over each window (None: not measured).
        texts: the words written on it: ``before``, ``after``, ``date``, ``no_data`` and
            ``mean`` (with ``%1`` for the number).
    """

    months: tuple[ImpactMonth, ...]
    date_at: float
    before_mean: float | None
    after_mean: float | None
    texts: dict[str, str]


def _font(style: ChartStyle, bold: bool = False) -> QFont:
    font = QFont()
    font.setPointSizeF(style.font_size)
    font.setBold(bold)
    return font


def draw_impact_chart(
    painter: QPainter, rect: QRectF, data: ImpactChartData, style: ChartStyle
) -> None:
    """Draw ``data`` in ``rect``."""
    if not data.months:
        return
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    font, bold = _font(style), _font(style, True)
    line = QFontMetricsF(font).height()
    plot = QRectF(
        rect.left() + 4, rect.top() + line + 6, rect.width() - 8, rect.height() - 3 * line - 14
    )
    if plot.height() < 20:
        painter.restore()
        return
    values = [m.value for m in data.months if m.value is not None]
    peak = max([*values, data.before_mean or 0.0, data.after_mean or 0.0, 1.0]) * 1.15
    step = plot.width() / len(data.months)
    for window, colour in (("before", BEFORE_COLOUR), ("after", AFTER_COLOUR)):
        indexes = [i for i, m in enumerate(data.months) if m.window == window]
        if not indexes:
            continue
        left, right = plot.left() + indexes[0] * step, plot.left() + (indexes[-1] + 1) * step
        shade = QColor(colour)
        shade.setAlphaF(0.13)
        painter.fillRect(QRectF(left, rect.top(), right - left, plot.bottom() - rect.top()), shade)
        mean = data.before_mean if window == "before" else data.after_mean
        title = data.texts[window]
        if mean is not None:
            title += " · " + data.texts["mean"].replace("%1", format_number(mean, 0))
            y = value_y(mean, 0.0, peak, plot)
            painter.setPen(QPen(QColor(colour), 2.0))
            painter.drawLine(QPointF(left + 2, y), QPointF(right - 2, y))
        painter.setFont(bold)
        painter.setPen(QColor(colour))
        painter.drawText(
            QRectF(left, rect.top(), right - left, line + 4),
            int(Qt.AlignmentFlag.AlignCenter),
            QFontMetricsF(bold).elidedText(title, Qt.TextElideMode.ElideRight, right - left),
        )
    painter.setPen(QPen(QColor(style.grid), 1.0))
    painter.drawLine(QPointF(plot.left(), plot.bottom()), QPointF(plot.right(), plot.bottom()))
    bar = min(34.0, step * 0.6)
    for index, month in enumerate(data.months):
        x = plot.left() + index * step + (step - bar) / 2
        if month.value is None:
            painter.setPen(QPen(QColor(style.grid), 1.0, Qt.PenStyle.DotLine))
            painter.setBrush(QBrush(QColor(style.grid), Qt.BrushStyle.BDiagPattern))
            painter.drawRect(
                QRectF(x, plot.bottom() - plot.height() * 0.25, bar, plot.height() * 0.25)
            )
            painter.setFont(font)
            painter.setPen(QColor(style.muted))
            painter.drawText(
                QRectF(
                    x - (step - bar) / 2, plot.bottom() - plot.height() * 0.25 - line, step, line
                ),
                int(Qt.AlignmentFlag.AlignCenter),
                data.texts["no_data"],
            )
        else:
            y = value_y(month.value, 0.0, peak, plot)
            fill = QColor(SERIES_COLOURS[0])
            fill.setAlphaF(0.85 if month.window else 0.45)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(fill)
            painter.drawRect(QRectF(x, y, bar, plot.bottom() - y))
            painter.setFont(font)
            painter.setPen(QColor(style.text))
            painter.drawText(
                QRectF(x - 12, y - line, bar + 24, line),
                int(Qt.AlignmentFlag.AlignCenter),
                f"{round(month.value)}",
            )
        painter.setFont(font)
        painter.setPen(QColor(style.text))
        painter.drawText(
            QRectF(plot.left() + index * step, plot.bottom() + 3, step, line),
            int(Qt.AlignmentFlag.AlignCenter),
            QFontMetricsF(font).elidedText(month.label, Qt.TextElideMode.ElideRight, step),
        )
    x = plot.left() + data.date_at * step
    painter.setPen(QPen(QColor(style.warning), 1.5, Qt.PenStyle.DashLine))
    painter.drawLine(QPointF(x, rect.top() + line + 4), QPointF(x, plot.bottom()))
    painter.setFont(font)
    painter.setPen(QColor(style.warning))
    painter.drawText(
        QRectF(x - 80, plot.bottom() + line + 4, 160, line),
        int(Qt.AlignmentFlag.AlignCenter),
        data.texts["date"],
    )
    painter.restore()


class ImpactChart(QWidget):
    """A widget showing an :class:`ImpactChartData`; ``empty_text`` when there is none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data: ImpactChartData | None = None
        self.empty_text = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(170)

    def set_data(self, data: ImpactChartData | None) -> None:
        self.data = data
        self.update()

    @override
    def sizeHint(self) -> QSize:
        return QSize(420, 220)

    @override
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            style = widget_style(self)
            rect = QRectF(self.rect()).adjusted(4, 4, -4, -4)
            if self.data is not None:
                draw_impact_chart(painter, rect, self.data, style)
            elif self.empty_text:
                painter.setFont(_font(style))
                painter.setPen(QColor(style.muted))
                painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), self.empty_text)
        finally:
            painter.end()
