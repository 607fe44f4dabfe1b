"""The small charts: values placed on their axis, n written beside each point, gaps kept."""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter
from pytestqt.qtbot import QtBot

from cxdesigner.ui.charts import (
    BarChart,
    BarChartData,
    ChartPoint,
    LineChart,
    LineChartData,
    Series,
    Sparkline,
    draw_bar_chart,
    draw_sparkline,
    value_y,
)
from cxdesigner.ui.numbers import format_number


def _image(width: int = 300, height: int = 160) -> QImage:
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(QColor("#ffffff"))
    return image


def _coloured_pixels(image: QImage, colour: str) -> int:
    wanted = QColor(colour).rgb()
    return sum(1 for x in range(image.width()) for y in range(image.height())
               if image.pixel(x, y) == wanted)


def test_values_sit_on_their_axis() -> None:
    area = QRectF(0, 0, 100, 200)
    assert value_y(0, 0, 10, area) == 200
    assert value_y(10, 0, 10, area) == 0
    assert value_y(5, 0, 10, area) == 100
    assert value_y(0, -100, 100, area) == 100
    assert value_y(250, -100, 100, area) == 0  # clamped, never outside the chart


def test_numbers_are_written_shortly_and_signed_on_demand() -> None:
    assert format_number(12.0, signed=True) == "+12"
    assert format_number(-5.26) == "-5.3"
    assert format_number(7.5) == "7.5"
    assert format_number(0.0, signed=True) == "0"


def test_a_line_chart_writes_n_beside_every_point(qtbot: QtBot) -> None:
    data = LineChartData(points=(ChartPoint("Achat", 12.0, 40), ChartPoint("Livraison", None, 0),
                                 ChartPoint("SAV", -20.0, 8)), minimum=-100, maximum=100)
    assert data.annotations() == [("Achat", "12", "n=40"), ("Livraison", "", "n=0"),
                                  ("SAV", "-20", "n=8")]
    chart = LineChart()
    qtbot.addWidget(chart)
    chart.set_data(data)
    chart.resize(320, 130)
    assert "n=8" in chart.toolTip()
    image = chart.grab().toImage()
    assert not image.isNull()


def test_bars_of_two_series_are_drawn_and_missing_values_are_not(qtbot: QtBot) -> None:
    image = _image()
    painter = QPainter(image)
    data = BarChartData(categories=("Cognitif", "Émotionnel"),
                        series=(Series("Actuel", (5.0, None), "#3a6ea5"),
                                Series("Cible", (8.0, 9.0), "#e8590c")))
    draw_bar_chart(painter, QRectF(0, 0, 300, 160), data)
    painter.end()
    current, target = _coloured_pixels(image, "#3a6ea5"), _coloured_pixels(image, "#e8590c")
    assert current > 0 and target > current  # one bar against two, and taller ones
    widget = BarChart()
    qtbot.addWidget(widget)
    widget.set_data(data)
    widget.resize(widget.sizeHint())
    assert not widget.grab().toImage().isNull()


def test_an_empty_chart_shows_its_message(qtbot: QtBot) -> None:
    chart = BarChart()
    qtbot.addWidget(chart)
    chart.empty_text = "Nothing scored yet"
    chart.resize(200, 100)
    assert not chart.grab().toImage().isNull()


def test_a_sparkline_skips_gaps(qtbot: QtBot) -> None:
    image = _image(80, 22)
    painter = QPainter(image)
    draw_sparkline(painter, QRectF(0, 0, 80, 22), [1.0, None, 3.0, 2.0], colour="#2f9e44")
    painter.end()
    assert _coloured_pixels(image, "#2f9e44") > 0
    line = Sparkline()
    qtbot.addWidget(line)
    line.set_values([None, None])
    line.resize(line.sizeHint())
    assert not line.grab().toImage().isNull()
