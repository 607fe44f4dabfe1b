"""Small charts drawn with QPainter: grouped bars, a line with its n per point, a sparkline.

Each chart is a plain data object drawn by a function (``draw_bar_chart``,
``draw_line_chart``, ``draw_sparkline``) into any rectangle of any QPainter, so that a
dock, a presentation slide or an image share one drawing; the widgets (:class:`BarChart`,
:class:`LineChart`, :class:`Sparkline`) only hold the data and call those functions with
colours from their palette (light or dark window). A None value leaves a gap, never a zero.
Example: ``LineChart(parent).set_data(LineChartData(points=(ChartPoint("Achat", 12.0, 40),
ChartPoint("Livraison", -5.0, 8)), minimum=-100, maximum=100))``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from itertools import pairwise

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget
from typing_extensions import override

from cxdesigner.ui.numbers import format_number

SERIES_COLOURS = ("#3a6ea5", "#e8590c", "#2f9e44", "#ae3ec9", "#f08c00", "#0c8599")
"""Colours for successive series, told apart by lightness too (readable in grey)."""
SMALL_N = 30
"""Below this number of answers a point is marked as resting on few answers."""
WARNING_COLOUR = "#c92a2a"  # also the colour of "few answers" warnings in tables


@dataclass(frozen=True)
class ChartStyle:
    """The colours and font of a chart; :func:`widget_style` reads them from a widget."""

    text: str = "#212529"
    muted: str = "#6c757d"
    grid: str = "#dee2e6"
    warning: str = WARNING_COLOUR
    font_size: float = 9.0


@dataclass(frozen=True)
class Series:
    """One series of a bar chart: a name for the legend and a value per category."""

    name: str
    values: tuple[float | None, ...]
    colour: str = SERIES_COLOURS[0]


@dataclass(frozen=True)
class BarChartData:
    """Grouped vertical bars: one group per category, one bar per series.

    Attributes:
        categories: the labels under the groups.
        series: the series; each has one value (or None) per category.
        minimum, maximum: the value axis (bars grow from ``max(minimum, 0)``).
        value_format: how the value above each bar (or point) is written.
    """

    categories: tuple[str, ...]
    series: tuple[Series, ...]
    minimum: float = 0.0
    maximum: float = 10.0
    value_format: Callable[[float], str] = field(default=format_number)


@dataclass(frozen=True)
class ChartPoint:
    """A point of a line chart: its label, its value (None: a gap) and its n, if known."""

    label: str
    value: float | None
    n: int | None = None


@dataclass(frozen=True)
class LineChartData:
    """Values joined by a line, each with its label and its n written under it.

    Attributes:
        points: the points, left to right.
        minimum, maximum: the value axis; a line marks zero when it lies inside.
        small_n: points with fewer answers are drawn hollow, their n in the warning colour.
    """

    points: tuple[ChartPoint, ...]
    minimum: float = 0.0
    maximum: float = 100.0
    small_n: int = SMALL_N
    value_format: Callable[[float], str] = field(default=format_number)

    def annotations(self) -> list[tuple[str, str, str]]:
        """What is written at each point: (label, value, ``n=…``), empty parts as ``""``."""
        return [(point.label,
                 self.value_format(point.value) if point.value is not None else "",
                 f"n={point.n}" if point.n is not None else "") for point in self.points]


def value_y(value: float, minimum: float, maximum: float, area: QRectF) -> float:
    """The height in ``area`` of ``value`` on the axis ``minimum``…``maximum`` (clamped)."""
    span = maximum - minimum or 1.0
    ratio = (min(max(value, minimum), maximum) - minimum) / span
    return area.bottom() - ratio * area.height()


def _font(style: ChartStyle, bold: bool = False, scale: float = 1.0) -> QFont:
    font = QFont()
    font.setPointSizeF(style.font_size * scale)
    font.setBold(bold)
    return font


def _text(painter: QPainter, rect: QRectF, text: str, colour: str, font: QFont,
          align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignCenter) -> None:
    painter.setFont(font)
    painter.setPen(QColor(colour))
    metrics, width = QFontMetricsF(font), rect.width()
    lines = max(1, int(rect.height() // metrics.lineSpacing()))
    words, shown = text.split(), list[str]()
    while words and len(shown) < lines:  # fill each line, the last one takes (elided) the rest
        count = len(words) if len(shown) == lines - 1 else next(
            (n for n in range(len(words), 1, -1)
             if metrics.horizontalAdvance(" ".join(words[:n])) <= width), 1)
        shown.append(metrics.elidedText(" ".join(words[:count]), Qt.TextElideMode.ElideRight,
                                        width))
        words = words[count:]
    painter.drawText(rect, int(align), "\n".join(shown))


def _legend(painter: QPainter, rect: QRectF, series: Sequence[Series],
            style: ChartStyle) -> None:
    font = _font(style)
    metrics = QFontMetricsF(font)
    x = rect.left()
    for item in series:
        swatch = QRectF(x, rect.center().y() - 5, 10, 10)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(item.colour))
        painter.drawRoundedRect(swatch, 2, 2)
        width = metrics.horizontalAdvance(item.name) + 4
        _text(painter, QRectF(x + 14, rect.top(), width, rect.height()), item.name, style.text,
              font, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        x += 14 + width + 14


def draw_bar_chart(painter: QPainter, rect: QRectF, data: BarChartData,
                   style: ChartStyle | None = None) -> None:
    """Draw ``data`` as grouped bars inside ``rect``, with a legend when several series."""
    style = style or ChartStyle()
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    line = QFontMetricsF(_font(style)).height()
    top = rect.top()
    if len(data.series) > 1:
        _legend(painter, QRectF(rect.left(), top, rect.width(), line + 2), data.series, style)
        top += line + 6
    plot = QRectF(rect.left() + 2, top + line + 2, rect.width() - 4,
                  rect.bottom() - top - 3 * line - 8)
    if plot.height() < 8 or not data.categories:
        painter.restore()
        return
    base = value_y(max(data.minimum, 0.0), data.minimum, data.maximum, plot)
    painter.setPen(QPen(QColor(style.grid), 1.0))
    for fraction in (0.0, 0.5, 1.0):
        y = plot.bottom() - fraction * plot.height()
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
    group = plot.width() / len(data.categories)
    count = max(1, len(data.series))
    bar = min(40.0, group * 0.8 / count)
    small = _font(style, scale=0.9)
    for index, category in enumerate(data.categories):
        left = plot.left() + index * group + (group - bar * count) / 2
        for number, series in enumerate(data.series):
            value = series.values[index] if index < len(series.values) else None
            x = left + number * bar
            if value is None:
                _text(painter, QRectF(x, base - line, bar, line), "–", style.muted, small)
                continue
            y = value_y(value, data.minimum, data.maximum, plot)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(series.colour))
            painter.drawRect(QRectF(x + 1, min(y, base), bar - 2, abs(base - y)))
            label_y = min(y, base) - line if value >= 0 else max(y, base)
            _text(painter, QRectF(x - 6, label_y, bar + 12, line), data.value_format(value),
                  style.text, small)
        _text(painter, QRectF(plot.left() + index * group, plot.bottom() + 3, group, 2 * line),
              category, style.text, _font(style),
              Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
    painter.restore()


def draw_line_chart(painter: QPainter, rect: QRectF, data: LineChartData,
                    style: ChartStyle | None = None) -> None:
    """Draw ``data`` inside ``rect``: the line, its points, values, labels and n."""
    style = style or ChartStyle()
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    line = QFontMetricsF(_font(style)).height()
    plot = QRectF(rect.left() + 4, rect.top() + line + 4, rect.width() - 8,
                  rect.height() - 4 * line - 12)
    if plot.height() < 8 or not data.points:
        painter.restore()
        return
    painter.setPen(QPen(QColor(style.grid), 1.0))
    painter.drawLine(QPointF(plot.left(), plot.bottom()), QPointF(plot.right(), plot.bottom()))
    if data.minimum < 0 < data.maximum:
        zero = value_y(0.0, data.minimum, data.maximum, plot)
        painter.setPen(QPen(QColor(style.grid), 1.0, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(plot.left(), zero), QPointF(plot.right(), zero))
    step = plot.width() / len(data.points)
    centres: list[QPointF | None] = []
    for index, point in enumerate(data.points):
        x = plot.left() + step * (index + 0.5)
        centres.append(None if point.value is None else
                       QPointF(x, value_y(point.value, data.minimum, data.maximum, plot)))
    painter.setPen(QPen(QColor(SERIES_COLOURS[0]), 2.0))
    for start, end in pairwise(centres):
        if start is not None and end is not None:
            painter.drawLine(start, end)
    small = _font(style, scale=0.9)
    for index, (point, centre) in enumerate(zip(data.points, centres, strict=True)):
        x = plot.left() + step * index
        few = point.n is not None and 0 < point.n < data.small_n
        if centre is not None and point.value is not None:
            painter.setPen(QPen(QColor(SERIES_COLOURS[0]), 2.0))
            painter.setBrush(QColor("#ffffff") if few else QColor(SERIES_COLOURS[0]))
            painter.drawEllipse(centre, 4.0, 4.0)
            _text(painter, QRectF(x, centre.y() - line - 5, step, line),
                  data.value_format(point.value), style.text, _font(style, bold=True))
        _text(painter, QRectF(x + 1, plot.bottom() + 4, step - 2, 2 * line), point.label,
              style.text, _font(style), Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        if point.n is not None:
            _text(painter, QRectF(x, plot.bottom() + 4 + 2 * line, step, line), f"n={point.n}",
                  style.warning if few else style.muted, small)
    painter.restore()


def draw_sparkline(painter: QPainter, rect: QRectF, values: Sequence[float | None],
                   minimum: float | None = None, maximum: float | None = None,
                   colour: str = SERIES_COLOURS[0]) -> None:
    """A thin line of ``values`` across ``rect``, the last one dotted; gaps stay gaps."""
    known = [value for value in values if value is not None]
    if not known:
        return
    low = min(known) if minimum is None else minimum
    high = max(known) if maximum is None else maximum
    if high == low:
        low, high = low - 1, high + 1
    area = rect.adjusted(3, 3, -3, -3)
    step = area.width() / max(1, len(values) - 1)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    path, last = QPainterPath(), None
    for index, value in enumerate(values):
        point = None if value is None else QPointF(
            area.left() + index * step if len(values) > 1 else area.center().x(),
            value_y(value, low, high, area))
        if point is not None:  # a point after a gap starts a new stroke
            (path.lineTo if last is not None else path.moveTo)(point)
        last = point
    painter.setPen(QPen(QColor(colour), 1.5))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(path)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(colour))
    painter.drawEllipse(path.currentPosition(), 2.5, 2.5)
    painter.restore()


def widget_style(widget: QWidget) -> ChartStyle:
    """The chart colours that fit ``widget``'s palette (light or dark window)."""
    palette = widget.palette()
    text = palette.color(palette.ColorRole.WindowText)
    muted, grid = QColor(text), QColor(text)
    for colour, alpha in ((muted, 0.65), (grid, 0.18)):
        colour.setAlphaF(alpha)
    dark = palette.color(palette.ColorRole.Window).lightnessF() < 0.5
    return ChartStyle(text=text.name(), muted=muted.name(QColor.NameFormat.HexArgb),
                      grid=grid.name(QColor.NameFormat.HexArgb),
                      warning="#ff8787" if dark else WARNING_COLOUR,
                      font_size=max(7.0, widget.font().pointSizeF() * 0.9))


class _Chart(QWidget):
    """What the chart widgets share: size policy, and ``empty_text`` shown without data."""

    _HINT = QSize(320, 150)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.empty_text = ""

    def _draw(self, painter: QPainter, rect: QRectF, style: ChartStyle) -> bool:
        """Draw the chart; False when there is nothing to draw."""
        raise NotImplementedError

    @override
    def sizeHint(self) -> QSize:
        return self._HINT

    @override
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            style = widget_style(self)
            rect = QRectF(self.rect()).adjusted(4, 4, -4, -4)
            if not self._draw(painter, rect, style) and self.empty_text:
                _text(painter, rect, self.empty_text, style.muted, _font(style))
        finally:
            painter.end()


class BarChart(_Chart):
    """A widget showing a :class:`BarChartData` (see :func:`draw_bar_chart`)."""

    _HINT = QSize(320, 170)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data: BarChartData | None = None

    def set_data(self, data: BarChartData | None) -> None:
        """Show ``data`` (None: nothing, or ``empty_text``)."""
        self.data = data
        self.update()

    def _draw(self, painter: QPainter, rect: QRectF, style: ChartStyle) -> bool:
        if self.data is None or not self.data.categories:
            return False
        draw_bar_chart(painter, rect, self.data, style)
        return True


class LineChart(_Chart):
    """A widget showing a :class:`LineChartData` (see :func:`draw_line_chart`)."""

    _HINT = QSize(320, 130)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data: LineChartData | None = None

    def set_data(self, data: LineChartData | None) -> None:
        """Show ``data`` (None: nothing, or ``empty_text``); the tooltip lists every point."""
        self.data = data
        self.setToolTip("\n".join(" ".join(part for part in parts if part)
                                  for parts in data.annotations()) if data else "")
        self.update()

    def _draw(self, painter: QPainter, rect: QRectF, style: ChartStyle) -> bool:
        if self.data is None or not self.data.points:
            return False
        draw_line_chart(painter, rect, self.data, style)
        return True


class Sparkline(QWidget):
    """A word-sized line of values (see :func:`draw_sparkline`), for a table cell or a form."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.values: tuple[float | None, ...] = ()
        self.minimum: float | None = None
        self.maximum: float | None = None
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def set_values(self, values: Sequence[float | None], minimum: float | None = None,
                   maximum: float | None = None) -> None:
        """Show ``values``; the axis is their own range unless ``minimum``/``maximum`` fix it."""
        self.values, self.minimum, self.maximum = tuple(values), minimum, maximum
        self.update()

    @override
    def sizeHint(self) -> QSize:
        return QSize(80, 22)

    @override
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            draw_sparkline(painter, QRectF(self.rect()), self.values, self.minimum, self.maximum)
        finally:
            painter.end()
