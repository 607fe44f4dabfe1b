"""The names the room reads over the map, in large type: each stage's name on its header, and
the lane names in a column at the left, for every pane of the map on the screen."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QLineF, QPointF, QRectF
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPen

from cxdesigner.layout import MapLayout, StageBox
from cxdesigner.model import Journey
from cxdesigner.ui.labels import interface_label
from cxdesigner.ui.presentation import chrome
from cxdesigner.ui.presentation.rows import Pane, named_bands

LEGEND_PIXELS = 14.0
"""The lane names' size when the lanes are too thin to carry them level (a long whole map)."""


@dataclass(frozen=True)
class StageName:
    """A stage's header as drawn over the map: its band on the screen, and whether it holds
    the stage's name."""

    stage_index: int
    band: QRectF
    named: bool
    pixels: float
    """The size of its name's type."""


def stage_bands(layout: MapLayout, panes: Sequence[Pane],
                height: float) -> list[tuple[StageBox, QRectF]]:
    """Each stage's part of the header row in each pane, on the screen: the map's own header,
    grown upwards to ``height`` when it is lower, so that it covers the map's small name."""
    bands = []
    for pane in panes:
        source = pane.source
        for stage in layout.stages:
            header = stage.header
            left, right = max(header.x, source.left()), min(header.right, source.right())
            if right <= left:
                continue
            shown = pane.to_screen(QRectF(left, header.y, right - left, header.height))
            top = min(shown.top(), shown.bottom() - height)
            bands.append((stage, QRectF(shown.left(), top, shown.width(), shown.bottom() - top)))
    return bands


def paint_stage_names(painter: QPainter, bands: Sequence[tuple[StageBox, QRectF]],
                      journey: Journey, largest: float, smallest: float,
                      whole: int | None = None, legible: float = 9.0) -> list[StageName]:
    """The stage headers over the map's, all names at one size: the largest every name fits
    at (not below ``smallest``, where longer names are shortened); the name of stage
    ``whole`` (the one presented) smaller when it must be, down to ``legible``, so that it
    is not shortened."""
    names = [stage.name for stage in journey.stages]
    sizes = [chrome.fit_size(names[stage.index], chrome.stage_text_rect(band), largest, True)
             for stage, band in bands if stage.index < len(names)]
    pixels = max(smallest, min((size for size in sizes if size), default=largest))
    drawn = []
    for stage, band in bands:
        if stage.index >= len(names):
            continue
        size = min(pixels, max(9.0, band.height() * 0.62))
        if stage.index == whole:
            size = chrome.fit_size(names[stage.index], chrome.stage_text_rect(band), size,
                                   wrap=True, smallest=min(size, legible)) or size
        named = chrome.paint_stage_name(painter, band, stage.index, names[stage.index], size,
                                        wrap=True)
        drawn.append(StageName(stage.index, band, named, size))
    return drawn


def lane_rows(layout: MapLayout, pane: Pane, column: QRectF) -> list[QRectF]:
    """The rows of the lane column level with the lanes (and the blueprint's rows) of
    ``pane``."""
    return [QRectF(column.left(), pane.screen_y(band.y), column.width(),
                   band.height * pane.scale) for _, band in named_bands(layout)]


def paint_lane_names(painter: QPainter, layout: MapLayout, panes: Sequence[Pane],
                     column: QRectF, largest: float, theme: chrome.Theme,
                     one_size: bool) -> list[chrome.LaneText]:
    """The lane names in the column, level with their lanes in every pane (all at one size
    when ``one_size``). Lanes too thin to carry a name get a legend instead: the names at a
    readable size beside each pane (or the first one only, when the panes are too low for
    it), each joined to its lane by a line."""
    names = [interface_label(row) for row, _ in named_bands(layout)]
    rows = [(row, name) for pane in panes for row, name in
            zip(lane_rows(layout, pane, column), names, strict=True)]
    line = QFontMetricsF(chrome.chrome_font(chrome.LANE_MIN_PIXELS)).height() + 3
    if not rows:
        return []
    if min(row.height() for row, _ in rows) < line:
        legend = len(names) * _legend_line(LEGEND_PIXELS)
        if all(pane.target.height() >= legend for pane in panes):
            return [text for pane in panes for text in _paint_legend(
                painter, layout, pane, column.intersected(QRectF(
                    column.left(), pane.target.top(), column.width(),
                    pane.target.height())), theme)]
        return _paint_legend(painter, layout, panes[0], column, theme)
    sizes = [chrome.fit_size(name, chrome.lane_text_rect(row), largest, wrap=True)
             for row, name in rows]
    if one_size:
        sizes = [min((size for size in sizes if size), default=None)] * len(rows)
    return [chrome.paint_lane_label(painter, row, name, theme, size)
            for (row, name), size in zip(rows, sizes, strict=True)]


def _paint_legend(painter: QPainter, layout: MapLayout, pane: Pane, column: QRectF,
                  theme: chrome.Theme) -> list[chrome.LaneText]:
    rows = lane_rows(layout, pane, column)
    count = len(rows)
    pixels = LEGEND_PIXELS
    line = _legend_line(pixels)
    if count * line > column.height():  # a short screen: smaller, down to the smallest
        line = column.height() / count
        pixels = max(chrome.LANE_MIN_PIXELS, pixels * line / _legend_line(pixels))
    tops = spread([row.center().y() for row in rows], line, column.top(), column.bottom())
    painter.save()
    painter.setPen(QPen(QColor(theme.muted), 1.5))
    for row, top in zip(rows, tops, strict=True):
        start = QPointF(column.right() - 6, top + line / 2)
        end = QPointF(pane.target.left() - 2, row.center().y())
        if abs(start.y() - end.y()) > 1:
            painter.drawLine(QLineF(start, QPointF(column.right() + 2, start.y())))
            painter.drawLine(QLineF(QPointF(column.right() + 2, start.y()), end))
    painter.restore()
    return [chrome.paint_lane_label(painter, QRectF(column.left(), top, column.width(), line),
                                    interface_label(row), theme, pixels)
            for (row, _), top in zip(named_bands(layout), tops, strict=True)]


def _legend_line(pixels: float) -> float:
    """The height a lane name of the legend takes, with its panel."""
    return QFontMetricsF(chrome.chrome_font(pixels)).height() + 8


def spread(centres: Sequence[float], size: float, low: float, high: float) -> list[float]:
    """The tops of labels ``size`` high wanted at ``centres`` (in order, top to bottom):
    none overlaps another, each is as near its centre as its neighbours allow, and all stay
    within ``low``..``high`` when they fit."""
    blocks: list[tuple[int, int, float]] = []  # (first label, count, top)
    for index, centre in enumerate(centres):
        blocks.append((index, 1, centre - size / 2))
        while len(blocks) > 1 and blocks[-2][2] + blocks[-2][1] * size > blocks[-1][2]:
            first, count = blocks[-2][0], blocks[-2][1] + blocks[-1][1]
            # The top that puts the labels of both blocks nearest their centres.
            top = sum(centres[i] - size / 2 - (i - first) * size
                      for i in range(first, first + count)) / count
            blocks[-2:] = [(first, count, top)]
    tops = [top + k * size for _, count, top in blocks for k in range(count)]
    for index in range(len(tops)):
        floor = tops[index - 1] + size if index else low
        tops[index] = max(tops[index], floor)
    for index in reversed(range(len(tops))):
        ceiling = tops[index + 1] - size if index + 1 < len(tops) else high - size
        tops[index] = min(tops[index], ceiling)
    return tops
