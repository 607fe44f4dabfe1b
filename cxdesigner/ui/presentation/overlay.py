"""What the presentation draws over the map, in screen pixels: the stage and lane names, the
frame of the current stage on the whole map, the indicator, the messages and the timer.

Every text drawn here is noted in the view's ``text_pixels``, so that its size can be
checked against the room's needs (see :mod:`~cxdesigner.ui.presentation.stage_pages`).
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen

from cxdesigner.layout import MapLayout, StageBox
from cxdesigner.ui.presentation import chrome
from cxdesigner.ui.presentation.headings import paint_lane_names, paint_stage_names, stage_bands
from cxdesigner.ui.presentation.rows import Pane
from cxdesigner.ui.presentation.stage_pages import legible_pixels

if TYPE_CHECKING:
    from cxdesigner.ui.presentation.view import PresentationView


def paint_chrome(view: PresentationView, painter: QPainter) -> None:
    """The stage and lane names, the frame of the current stage on the whole map, the
    indicator and the message (viewport coordinates)."""
    painter.setRenderHints(QPainter.RenderHint.Antialiasing
                           | QPainter.RenderHint.TextAntialiasing)
    layout = view.map_layout()
    journey = view.map_scene.journey()
    panes = view.panes()
    if layout is not None and journey is not None and panes:
        large = view.large()
        if view.whole_map:
            _frame_current_stage(view, painter, layout, panes)
        bands = stage_bands(layout, panes, view.band_height())
        if not view.whole_map:
            bands = _pinned(view, bands)
        current = view.current_stage()
        view.stage_names = paint_stage_names(
            painter, bands, journey, large, 13.0 if view.whole_map else large * 0.75,
            None if view.whole_map or current is None else current.index,
            math.ceil(legible_pixels(view.viewport().height())))
        width = view.lane_column_width()
        painter.fillRect(QRectF(0, 0, width + 4, view.viewport().height()),
                         QColor(view.theme.backdrop))
        area = view.free_area()
        if not view.whole_map:  # the names of the lanes of the part shown
            shown = view.mapFromScene(view.target_rect()).boundingRect()
            area = area.intersected(QRectF(area.left(), shown.top(), area.width(),
                                           shown.height()))
        column = QRectF(0, area.top(), width, area.bottom() - area.top())
        painter.save()
        painter.setClipRect(column.adjusted(0, -2, 0, 2))
        view.lane_texts = paint_lane_names(painter, layout, panes, column, large * 0.72,
                                           view.theme, one_size=view.whole_map)
        painter.restore()
        view.text_pixels += [name.pixels for name in view.stage_names if name.named]
        view.text_pixels += [text.pixels for text in view.lane_texts
                             if text.rect.intersects(column)]
    _paint_bar(view, painter)
    _paint_timer(view, painter)


def _pinned(view: PresentationView,
            bands: list[tuple[StageBox, QRectF]]) -> list[tuple[StageBox, QRectF]]:
    """The stage headers, those above the part shown kept in sight at the top."""
    top, height = view.room().top(), view.band_height()
    return [(stage, band if band.bottom() >= top + height
             else QRectF(band.left(), top, band.width(), height))
            for stage, band in bands]


def _frame_current_stage(view: PresentationView, painter: QPainter, layout: MapLayout,
                         panes: list[Pane]) -> None:
    stage = view.current_stage()
    if stage is None:
        return
    painter.save()
    painter.setPen(QPen(QColor(view.theme.accent), 4))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    for pane in panes:
        left = max(stage.column.x, pane.source.left())
        right = min(stage.column.right, pane.source.right())
        if right > left:
            shown = pane.to_screen(QRectF(left, 0, right - left, layout.height))
            painter.drawRoundedRect(shown.adjusted(-3, -3, 3, 3), 8, 8)
    painter.restore()


def _bar_pixels(view: PresentationView) -> float:
    """The size of the indicator's and the messages' type: legible from the room."""
    height = float(view.viewport().height())
    return max(15.0, legible_pixels(height) / 0.82, min(24.0, height * 0.021))


def _paint_timer(view: PresentationView, painter: QPainter) -> None:
    """The workshop timer at the top right; when time is up, large and in the accent."""
    if not view.timer_text:
        return
    area = QRectF(view.viewport().rect()).adjusted(16, 12, -16, 0)
    size = _bar_pixels(view) * (1.6 if view.timer_over else 1.25)
    theme = view.theme
    if view.timer_over:
        theme = chrome.Theme(theme.accent, theme.accent, theme.backdrop, theme.backdrop,
                             theme.accent, theme.veil)
    width = chrome.pill_width(view.timer_text, size)
    anchor = QRectF(area.right() - width, area.top(), width, size * 2.0)
    chrome.paint_pill(painter, anchor, view.timer_text, theme, size,
                      Qt.AlignmentFlag.AlignRight)
    view.text_pixels.append(size)


def _paint_bar(view: PresentationView, painter: QPainter) -> None:
    """The stage indicator at the bottom right, and the message beside it."""
    area = QRectF(view.viewport().rect()).adjusted(16, 0, -16, -10)
    size = _bar_pixels(view)
    indicator = chrome.paint_pill(painter, area, view.indicator_text(), view.theme, size,
                                  Qt.AlignmentFlag.AlignRight, 0.92)
    view.text_pixels.append(size)
    if view.message:
        beside = QRectF(area.left(), area.top(), indicator.left() - 16 - area.left(),
                        area.height())
        small = size * 0.82  # a little smaller rather than over the map
        if chrome.pill_width(view.message, size) <= beside.width():
            small = size
        elif chrome.pill_width(view.message, small) > beside.width():
            beside = QRectF(area.left(), area.top(), area.width(),
                            indicator.top() - 10 - area.top())
        chrome.paint_pill(painter, beside, view.message, view.theme, small,
                          Qt.AlignmentFlag.AlignLeft)
        view.text_pixels.append(small)
