"""The map on the projector: one stage at a time, large enough to read from the back of the
room (in parts when it does not fit at that size, moved smoothly), or the whole map (in rows
when it is long, titles only when its words would be too small), read-only to the mouse,
without its empty lanes, with large type on its chrome."""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import (
    QEasingCurve,
    QPointF,
    QRect,
    QRectF,
    QSizeF,
    Qt,
    QTimer,
    QVariantAnimation,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QTransform,
    QWheelEvent,
)
from PySide6.QtWidgets import QFrame, QGraphicsView, QWidget
from typing_extensions import override

from cxdesigner.canvas.context import lanes_in_use
from cxdesigner.canvas.map_view import MapView
from cxdesigner.canvas.painting import full_detail_from
from cxdesigner.document import JourneyDocument
from cxdesigner.layout import MapLayout, StageBox
from cxdesigner.ui.i18n import translate
from cxdesigner.ui.presentation import chrome, overlay
from cxdesigner.ui.presentation.headings import (
    StageName,
)
from cxdesigner.ui.presentation.rows import Pane, plan_rows
from cxdesigner.ui.presentation.stage_pages import (
    EDGE,
    SMALLEST_MAP_TEXT,
    StagePlan,
    legible_zoom,
    plan_stage,
)

WHOLE_MAP_FRACTION = 80
"""On the whole map, cards and lanes show their words only where the smallest is at least
the screen's height divided by this; below, titles only (an overview, read closer than a
stage)."""
HINT_MS = 6000
CURSOR_MS = 2000
_ROOM = 1e6
"""The view may be centred anywhere: the chrome takes room the map's own margin lacks."""


class PresentationView(MapView):
    """A map view that shows one stage (or the whole map) fitted to the screen.

    It has a scene of its own, drawn as the editor's is but without the lanes nothing fills,
    and none of the editor's editing: keys go to ``on_key`` (the presentation window); the
    mouse only shows the pointer. A stage is shown at :attr:`plan`'s zoom, part
    :attr:`part` of it when it does not fit whole at a legible size.

    Signals:
        moved_on: another stage, part or the whole map is shown.
    """

    moved_on = Signal()

    ANIMATION_MS = 450

    def __init__(self, document: JourneyDocument, journey_id: str, dark: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(document, journey_id, parent)
        self.map_scene.context.hide_empty_lanes = True
        self.map_scene.context.lane_column_covered = True  # by the chrome's lane column
        self.map_scene.sync()
        self.theme = chrome.LIGHT
        self.stage_index = 0
        self.part = 0
        """Which part of the stage is shown (see :attr:`plan`)."""
        self.plan: StagePlan | None = None
        self.whole_map = False
        self.timer_text = ""
        """The workshop timer's countdown shown at the top right (nothing when empty)."""
        self.timer_over = False
        self.text_pixels: list[float] = []
        """The size (pixels) of every text of the chrome at its last paint, for checks."""
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
        self.setAccessibleName(translate("Presentation", "The map, for the room"))
        self.setAccessibleDescription(translate(
            "Presentation", "One stage at a time, or the whole map (W); the arrows move on, Esc "
                            "goes back to the editor, F1 recalls the keys."))
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

    def go_to(self, index: int, animate: bool = True, part: int = 0) -> None:
        """Show stage ``index`` (clamped) on its own, from its part ``part`` (-1: the last)."""
        self.stage_index = max(0, min(index, self.stage_count() - 1))
        self.whole_map = False
        self.plan = None
        self.part = part
        self.refit(animate)

    def part_count(self) -> int:
        return len(self.plan.parts) if self.plan is not None else 1

    def step(self, delta: int) -> None:
        """The next or previous part of the stage, then of the next or previous stage (W
        goes back to where it was)."""
        if self.whole_map:
            self.go_to(self.stage_index + delta)
            return
        part = self.part + delta
        if 0 <= part < self.part_count():
            self.part = part
            self.refit(True)
        elif 0 <= self.stage_index + delta < self.stage_count():
            self.go_to(self.stage_index + delta, part=0 if delta > 0 else -1)

    def step_stage(self, delta: int) -> None:
        """The next or previous stage, from its first part."""
        self.go_to(self.stage_index + delta)

    def toggle_whole_map(self) -> None:
        self.whole_map = not self.whole_map
        self.refit(True)

    def _on_layout_changed(self) -> None:
        self.stage_index = max(0, min(self.stage_index, self.stage_count() - 1))
        self.plan = None  # the stage may have grown: planned again, the part kept if it can
        self.refit(True)

    # ------------------------------------------------------------------ fitting

    def room(self) -> QRectF:
        """The viewport without the chrome: the lane column and the bottom bar."""
        area = QRectF(self.viewport().rect())
        bar = max(44.0, area.height() * 0.06)
        return area.adjusted(self.lane_column_width() + 12, 12, -12, -bar)

    def free_area(self) -> QRectF:
        """Where the map is shown: the room left by the chrome, less the stage's name pinned
        at the top when the part shown is below the stage's header."""
        room = self.room()
        if not self.whole_map and self.plan is not None and self.plan.row_of(self.part):
            room.setTop(room.top() + self.band_height())
        return room

    def lane_column_width(self) -> float:
        return float(max(150, min(280, round(self.viewport().width() * 0.14))))

    def _plan(self) -> StagePlan | None:
        """How the current stage is shown on this screen (planned when first asked)."""
        layout, stage = self.map_layout(), self.current_stage()
        if layout is None or stage is None:
            return None
        if self.plan is None:
            room = self.room()
            journey = self.map_scene.journey()
            used = lanes_in_use(journey, stage.stage_id) if journey is not None else set()
            empty = {lane.lane for lane in layout.lanes} - used if journey is not None else set()
            self.plan = plan_stage(layout, stage, QSizeF(room.width(), room.height()),
                                   self.band_height(), legible_zoom(self.viewport().height()),
                                   empty)
            count = len(self.plan.parts)
            self.part = count - 1 if self.part < 0 else min(self.part, count - 1)
        return self.plan

    def target_rect(self) -> QRectF:
        """The part of the map to fit: the current part of the current stage (the whole map
        when it has no stage)."""
        layout = self.map_layout()
        if layout is None:
            return QRectF(0, 0, 100, 100)
        plan = self._plan()
        if plan is None:
            return QRectF(0, 0, layout.width, layout.height)
        return plan.parts[self.part]

    def target(self) -> tuple[float, QPointF]:
        """The zoom and the scene point at the viewport's centre that show the target: the
        part's top at the top of the free area, the part centred across it."""
        rect, area = self.target_rect(), self.free_area()
        plan = self._plan()
        zoom = plan.zoom if plan is not None else min(area.width() / rect.width(),
                                                      area.height() / rect.height())
        offset = area.center() - QRectF(self.viewport().rect()).center()
        centre = rect.center() - offset / zoom
        centre.setY(rect.top() + area.height() / 2 / zoom - offset.y() / zoom)
        layout = self.map_layout()
        if layout is not None:
            # No empty screen before the first stage or after the last one.
            start = layout.metrics.margin + layout.metrics.lane_label_width - EDGE
            left = rect.center().x() - area.width() / 2 / zoom
            right = rect.center().x() + area.width() / 2 / zoom
            if right - left <= layout.width - start:
                centre.setX(centre.x() + max(0.0, start - left) - max(0.0, right - layout.width))
        return zoom, centre

    def refit(self, animate: bool) -> None:
        """Show what is asked for: the current stage (moving there smoothly when
        ``animate``), or the whole map in rows."""
        self._animation.stop()
        self.moved_on.emit()
        layout = self.map_layout()
        if self.whole_map and layout is not None:
            self.rows = plan_rows(layout, self.room(), self.band_height())
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
        if not self.whole_map and self.part_count() > 1:
            text = translate("Presentation", "%1 · part %2/%3").replace("%1", text).replace(
                "%2", str(self.part + 1)).replace("%3", str(self.part_count()))
        if self.whole_map:
            text = translate("Presentation", "Whole map · %1").replace("%1", text)
        return text

    # ------------------------------------------------------------------ painting

    def large(self) -> float:
        """The stage names' size (px): large enough to read across a room."""
        return max(18.0, min(40.0, self.viewport().height() * 0.034))

    def band_height(self) -> float:
        """The least height of a stage header drawn over the map's (px)."""
        return self.large() * 1.6

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

    def _full_detail_zoom(self) -> float:
        """From which zoom the whole map shows every word: where its smallest is legible."""
        return self.viewport().height() / WHOLE_MAP_FRACTION / SMALLEST_MAP_TEXT

    @override
    def paintEvent(self, event: QPaintEvent) -> None:
        self.text_pixels = []
        if not self.whole_map or not self.rows:
            # One stage: shown no smaller than legible (see plan_stage), every word drawn.
            super().paintEvent(event)  # the map, then drawForeground
            return
        with full_detail_from(self._full_detail_zoom()):
            painter = QPainter(self.viewport())
            painter.fillRect(QRectF(self.viewport().rect()), QColor(self.theme.backdrop))
            for pane in self.rows:
                self.map_scene.render(painter, pane.target, pane.source,
                                      Qt.AspectRatioMode.IgnoreAspectRatio)
            overlay.paint_chrome(self, painter)
            painter.end()

    @override
    def drawForeground(self, painter: QPainter, rect: QRectF | QRect) -> None:
        layout = self.map_layout()
        stage = self.current_stage()
        if layout is not None and stage is not None:
            self._paint_veil(painter, layout, stage)
        painter.save()
        painter.resetTransform()
        overlay.paint_chrome(self, painter)
        painter.restore()

    def _paint_veil(self, painter: QPainter, layout: MapLayout, stage: StageBox) -> None:
        """One stage: dim what is not the part shown (the other stages, and the stage's
        other cards and lanes); the pinned lane column replaces the map's own small labels
        (scene coordinates)."""
        labels = layout.metrics.margin + layout.metrics.lane_label_width
        painter.fillRect(QRectF(-_ROOM, -_ROOM, _ROOM + labels, 2 * _ROOM),
                         QColor(self.theme.backdrop))
        part = self.target_rect()
        left = max(stage.column.x, part.left() + EDGE)
        right = min(stage.column.right, part.right() - EDGE)
        veil = self.theme.veil
        painter.fillRect(QRectF(-_ROOM, -_ROOM, _ROOM + left, 2 * _ROOM), veil)
        painter.fillRect(QRectF(right, -_ROOM, _ROOM, 2 * _ROOM), veil)
        painter.fillRect(QRectF(left, -_ROOM, right - left, _ROOM + part.top()), veil)
        painter.fillRect(QRectF(left, part.bottom(), right - left, _ROOM), veil)
        plan = self.plan
        if plan is not None and plan.rows > 1:
            # The stage's other rows are other parts: hidden, so that nothing of them (an
            # emotion dot overhanging its lane) shows at the part's edges.
            backdrop = QColor(self.theme.backdrop)
            row = plan.row_of(self.part)
            if row:
                painter.fillRect(QRectF(left, -_ROOM, right - left, _ROOM + part.top() + EDGE / 2),
                                 backdrop)
            if row < plan.rows - 1:
                painter.fillRect(QRectF(left, part.bottom(), right - left, _ROOM), backdrop)

    # ------------------------------------------------------------------ input

    @override
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.plan = None  # another screen: the stage is planned for it again
        self.refit(False)

    @override
    def focusNextPrevChild(self, next: bool) -> bool:
        return False  # Tab and Shift+Tab move between stages (see the window's keys)

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
