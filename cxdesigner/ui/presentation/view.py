"""The map on the projector: one stage at a time (moved smoothly) or the whole map (in rows
when it is long), read-only to the mouse, with large type on its chrome."""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QEasingCurve, QPointF, QRect, QRectF, Qt, QTimer, QVariantAnimation
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
    QTransform,
    QWheelEvent,
)
from PySide6.QtWidgets import QFrame, QGraphicsView, QWidget
from typing_extensions import override

from cxdesigner.canvas.map_view import MapView
from cxdesigner.document import JourneyDocument
from cxdesigner.layout import MapLayout, StageBox
from cxdesigner.ui.i18n import translate
from cxdesigner.ui.presentation import chrome
from cxdesigner.ui.presentation.headings import (
    StageName,
    paint_lane_names,
    paint_stage_names,
    stage_bands,
)
from cxdesigner.ui.presentation.rows import Pane, plan_rows

MAX_ZOOM = 2.5
"""A stage of one card is not blown up beyond this."""
HINT_MS = 6000
CURSOR_MS = 2000
_ROOM = 1e6
"""The view may be centred anywhere: the chrome takes room the map's own margin lacks."""


class PresentationView(MapView):
    """A map view that shows one stage (or the whole map) fitted to the screen.

    It shares the editor's scene and drawing, not its editing: keys go to ``on_key`` (the
    presentation window); the mouse only shows the pointer.
    """

    ANIMATION_MS = 450

    def __init__(self, document: JourneyDocument, journey_id: str, dark: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(document, journey_id, parent)
        self.theme = chrome.LIGHT
        self.stage_index = 0
        self.whole_map = False
        self.rows: list[Pane] = []
        """The whole map's rows on the screen (empty while one stage is shown)."""
        self.lane_texts: list[chrome.LaneText] = []  # the lane names last drawn
        self.stage_names: list[StageName] = []  # the stage headers last drawn
        self.on_key: Callable[[QKeyEvent], bool] | None = None
        self.message = ""
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setInteractive(False)
        self.setMouseTracking(True)
        self.setSceneRect(QRectF(-_ROOM, -_ROOM, 2 * _ROOM, 2 * _ROOM))
        self.set_theme(dark)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.FullViewportUpdate)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._from = self._to = (1.0, QPointF())
        self._animation = QVariantAnimation(self)
        self._animation.setStartValue(0.0)
        self._animation.setEndValue(1.0)
        self._animation.setEasingCurve(QEasingCurve.Type.InOutCubic)
        self._animation.valueChanged.connect(self._on_animation)
        self._hint_timer = QTimer(self)
        self._hint_timer.setSingleShot(True)
        self._hint_timer.timeout.connect(self._end_message)
        self._cursor_timer = QTimer(self)
        self._cursor_timer.setSingleShot(True)
        self._cursor_timer.setInterval(CURSOR_MS)
        self._cursor_timer.timeout.connect(
            lambda: self.viewport().setCursor(Qt.CursorShape.BlankCursor))
        self.map_scene.layout_changed.connect(self._on_layout_changed)

    def set_theme(self, dark: bool) -> None:
        """The chrome's high-contrast theme: light on black, or black on light grey."""
        self.theme = chrome.DARK if dark else chrome.LIGHT
        self.setBackgroundBrush(QColor(self.theme.backdrop))
        self.viewport().update()

    # ------------------------------------------------------------------ stages

    def map_layout(self) -> MapLayout | None:
        """The map's geometry (not a widget layout: the view has none)."""
        return self.map_scene.map_layout

    def stage_count(self) -> int:
        layout = self.map_layout()
        return len(layout.stages) if layout is not None else 0

    def current_stage(self) -> StageBox | None:
        layout = self.map_layout()
        if layout is None or not layout.stages:
            return None
        return layout.stages[max(0, min(self.stage_index, len(layout.stages) - 1))]

    def go_to(self, index: int, animate: bool = True) -> None:
        """Show stage ``index`` (clamped) on its own."""
        self.stage_index = max(0, min(index, self.stage_count() - 1))
        self.whole_map = False
        self.refit(animate)

    def step(self, delta: int) -> None:
        """The next or previous stage, on its own (W goes back to where it was)."""
        self.go_to(self.stage_index + delta)

    def toggle_whole_map(self) -> None:
        self.whole_map = not self.whole_map
        self.refit(True)

    def _on_layout_changed(self) -> None:
        self.stage_index = max(0, min(self.stage_index, self.stage_count() - 1))
        self.refit(True)

    # ------------------------------------------------------------------ fitting

    def free_area(self) -> QRectF:
        """The viewport without the chrome: the lane column and the bottom bar."""
        area = QRectF(self.viewport().rect())
        bar = max(44.0, area.height() * 0.06)
        return area.adjusted(self.lane_column_width() + 12, 12, -12, -bar)

    def lane_column_width(self) -> float:
        return float(max(150, min(280, round(self.viewport().width() * 0.14))))

    def target_rect(self) -> QRectF:
        """The part of the map to fit: the current stage's columns (the whole map when it
        has no stage)."""
        layout = self.map_layout()
        if layout is None:
            return QRectF(0, 0, 100, 100)
        stage = self.current_stage()
        if stage is None:
            return QRectF(0, 0, layout.width, layout.height)
        column = stage.column
        return QRectF(column.x - 8, 0, column.width + 16, layout.height)

    def target(self) -> tuple[float, QPointF]:
        """The zoom and the scene point at the viewport's centre that fit the target."""
        rect, area = self.target_rect(), self.free_area()
        zoom = min(area.width() / rect.width(), area.height() / rect.height(), MAX_ZOOM)
        offset = area.center() - QRectF(self.viewport().rect()).center()
        centre = rect.center() - offset / zoom
        layout = self.map_layout()
        if layout is not None:
            # No empty screen before the first stage or after the last one.
            start = layout.metrics.margin + layout.metrics.lane_label_width
            left = rect.center().x() - area.width() / 2 / zoom
            right = rect.center().x() + area.width() / 2 / zoom
            if right - left <= layout.width - start:
                centre.setX(centre.x() + max(0.0, start - left) - max(0.0, right - layout.width))
        return zoom, centre

    def refit(self, animate: bool) -> None:
        """Show what is asked for: the current stage (moving there smoothly when
        ``animate``), or the whole map in rows."""
        self._animation.stop()
        layout = self.map_layout()
        if self.whole_map and layout is not None:
            self.rows = plan_rows(layout, self.free_area(), self._band_height())
            self.follow_zoom(min((pane.scale for pane in self.rows), default=1.0))
            self.viewport().update()
            return
        self.rows = []
        self._to = self.target()
        if not animate or self.ANIMATION_MS <= 0 or not self.isVisible():
            self._show(*self._to)
            return
        self._from = (self.zoom(), self.mapToScene(self.viewport().rect().center()))
        self._animation.setDuration(self.ANIMATION_MS)
        self._animation.start()

    def is_moving(self) -> bool:
        return self._animation.state() == QVariantAnimation.State.Running

    def _on_animation(self, value: object) -> None:
        t = float(value) if isinstance(value, float | int) else 1.0
        (zoom_a, centre_a), (zoom_b, centre_b) = self._from, self._to
        zoom = math.exp(math.log(zoom_a) + (math.log(zoom_b) - math.log(zoom_a)) * t)
        self._show(zoom, centre_a + (centre_b - centre_a) * t)

    def _show(self, zoom: float, centre: QPointF) -> None:
        self.setTransform(QTransform.fromScale(zoom, zoom))
        self.centerOn(centre)
        self.follow_zoom(zoom)
        self.viewport().update()

    # ------------------------------------------------------------------ messages

    def show_message(self, text: str, milliseconds: int = HINT_MS) -> None:
        """A short line at the bottom (a hint, or what just happened)."""
        self.message = text
        self._hint_timer.start(milliseconds)
        self.viewport().update()

    def _end_message(self) -> None:
        self.message = ""
        self.viewport().update()

    def indicator_text(self) -> str:
        stage = self.current_stage()
        journey = self.map_scene.journey()
        if stage is None or journey is None:
            return translate("Presentation", "No stage yet")
        name = journey.stages[stage.index].name
        text = translate("Presentation", "Stage %1/%2 — %3").replace(
            "%1", str(stage.index + 1)).replace("%2", str(self.stage_count())).replace(
            "%3", name)
        if self.whole_map:
            text = translate("Presentation", "Whole map · %1").replace("%1", text)
        return text

    # ------------------------------------------------------------------ painting

    def _large(self) -> float:
        """The stage names' size (px): large enough to read across a room."""
        return max(18.0, min(40.0, self.viewport().height() * 0.034))

    def _band_height(self) -> float:
        """The least height of a stage header drawn over the map's (px)."""
        return self._large() * 1.6

    def panes(self) -> list[Pane]:
        """Where the map is on the screen: the whole map's rows, or the map as the view
        shows it around the current stage."""
        if self.whole_map:
            return self.rows
        layout = self.map_layout()
        if layout is None:
            return []
        whole = QRectF(0, 0, layout.width, layout.height)
        return [Pane(whole, self.viewportTransform().mapRect(whole))]

    @override
    def paintEvent(self, event: QPaintEvent) -> None:
        if not self.whole_map or not self.rows:
            super().paintEvent(event)  # one stage: the view draws the map, then drawForeground
            return
        painter = QPainter(self.viewport())
        painter.fillRect(QRectF(self.viewport().rect()), QColor(self.theme.backdrop))
        for pane in self.rows:
            self.map_scene.render(painter, pane.target, pane.source,
                                  Qt.AspectRatioMode.IgnoreAspectRatio)
        self._paint_chrome(painter)
        painter.end()

    @override
    def drawForeground(self, painter: QPainter, rect: QRectF | QRect) -> None:
        layout = self.map_layout()
        stage = self.current_stage()
        if layout is not None and stage is not None:
            self._paint_veil(painter, layout, stage)
        painter.save()
        painter.resetTransform()
        self._paint_chrome(painter)
        painter.restore()

    def _paint_veil(self, painter: QPainter, layout: MapLayout, stage: StageBox) -> None:
        """One stage: dim the others; the pinned lane column replaces the map's own small
        labels (scene coordinates)."""
        labels = layout.metrics.margin + layout.metrics.lane_label_width
        painter.fillRect(QRectF(-_ROOM, -_ROOM, _ROOM + labels, 2 * _ROOM),
                         QColor(self.theme.backdrop))
        column = QRectF(stage.column.x, 0, stage.column.width, layout.height)
        painter.fillRect(QRectF(-_ROOM, -_ROOM, _ROOM + column.left(), 2 * _ROOM),
                         self.theme.veil)
        painter.fillRect(QRectF(column.right(), -_ROOM, _ROOM, 2 * _ROOM), self.theme.veil)

    def _paint_chrome(self, painter: QPainter) -> None:
        """The stage and lane names, the frame of the current stage on the whole map, the
        indicator and the message (viewport coordinates)."""
        painter.setRenderHints(QPainter.RenderHint.Antialiasing
                               | QPainter.RenderHint.TextAntialiasing)
        layout = self.map_layout()
        journey = self.map_scene.journey()
        panes = self.panes()
        if layout is not None and journey is not None and panes:
            large = self._large()
            if self.whole_map:
                self._frame_current_stage(painter, layout, panes)
            bands = stage_bands(layout, panes, self._band_height())
            self.stage_names = paint_stage_names(painter, bands, journey, large,
                                                 13.0 if self.whole_map else large * 0.75)
            width = self.lane_column_width()
            painter.fillRect(QRectF(0, 0, width + 4, self.viewport().height()),
                             QColor(self.theme.backdrop))
            column = QRectF(0, 12, width, self.free_area().bottom() - 12)
            self.lane_texts = paint_lane_names(painter, layout, panes, column, large * 0.72,
                                               self.theme, one_size=self.whole_map)
        self._paint_bar(painter)

    def _frame_current_stage(self, painter: QPainter, layout: MapLayout,
                             panes: list[Pane]) -> None:
        stage = self.current_stage()
        if stage is None:
            return
        painter.save()
        painter.setPen(QPen(QColor(self.theme.accent), 4))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for pane in panes:
            left = max(stage.column.x, pane.source.left())
            right = min(stage.column.right, pane.source.right())
            if right > left:
                shown = pane.to_screen(QRectF(left, 0, right - left, layout.height))
                painter.drawRoundedRect(shown.adjusted(-3, -3, 3, 3), 8, 8)
        painter.restore()

    def _paint_bar(self, painter: QPainter) -> None:
        """The stage indicator at the bottom right, and the message beside it."""
        area = QRectF(self.viewport().rect()).adjusted(16, 0, -16, -10)
        size = max(15.0, min(24.0, self.viewport().height() * 0.021))
        indicator = chrome.paint_pill(painter, area, self.indicator_text(), self.theme, size,
                                      Qt.AlignmentFlag.AlignRight, 0.92)
        if self.message:
            beside = QRectF(area.left(), area.top(), indicator.left() - 16 - area.left(),
                            area.height())
            small = max(13.0, size * 0.82)  # a little smaller rather than over the map
            if chrome.pill_width(self.message, size) <= beside.width():
                small = size
            elif chrome.pill_width(self.message, small) > beside.width():
                beside = QRectF(area.left(), area.top(), area.width(),
                                indicator.top() - 10 - area.top())
            chrome.paint_pill(painter, beside, self.message, self.theme, small,
                              Qt.AlignmentFlag.AlignLeft)

    # ------------------------------------------------------------------ input

    @override
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.refit(False)

    @override
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.on_key is not None and self.on_key(event):
            event.accept()
            return
        event.ignore()

    @override
    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.wake_cursor()
        event.accept()

    @override
    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        self.wake_cursor()
        event.accept()

    @override
    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        event.accept()

    @override
    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        event.accept()

    @override
    def wheelEvent(self, event: QWheelEvent) -> None:
        event.accept()

    @override
    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        event.accept()

    def wake_cursor(self) -> None:
        """Show the pointer, and hide it again after a while without moving."""
        self.viewport().unsetCursor()
        self._cursor_timer.start()
