"""Moving around the editor's map: zoom, fit to the window, scroll, keep a card in sight."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QGraphicsItem, QGraphicsView

from cxdesigner.canvas.map_view import MapView, ViewPart
from cxdesigner.canvas.pinned import PinnedHeaders

MIN_ZOOM, MAX_ZOOM = 0.002, 4.0
ZOOM_STEP = 1.2
"""The wheel's step: one notch."""
ZOOM_LEVELS = (0.1, 0.15, 0.25, 0.33, 0.5, 0.67, 0.8, 1.0, 1.5, 2.0, 3.0, 4.0)
"""Where Ctrl++ and Ctrl+- stop: steps a third to a half apart, past the readable ones
quickly (below the first, and above the last, the zoom moves by half)."""
READABLE_ZOOM = 0.8
"""The least zoom Fit to Window goes to: card titles about 11 pixels high. A whole map
smaller than this is not fitted; the stage holding the selection is."""
KEEP_IN_VIEW_MARGIN = 60
"""Pixels left around a card brought into view, so that its neighbours show too."""


def next_zoom(zoom: float, step: int) -> float:
    """The zoom Ctrl++ (``step`` 1) or Ctrl+- (-1) goes to from ``zoom``."""
    first, last = ZOOM_LEVELS[0], ZOOM_LEVELS[-1]
    if step > 0:
        if zoom < first:
            return min(zoom * 1.5, first)
        return next((level for level in ZOOM_LEVELS if level > zoom * 1.05), zoom * 1.5)
    if zoom > last:
        return max(zoom / 1.5, last)
    return next((level for level in reversed(ZOOM_LEVELS) if level < zoom / 1.05),
                zoom / 1.5)


Span = tuple[float, float]
"""A range along one axis of the map: its start and its end."""


class Navigation(ViewPart):
    """Where the view looks on the map and how close.

    Signals:
        zoom_changed(float): the zoom factor (1.0 = 100 %) changed.
        moved: the map moved in the viewport (zoomed or scrolled).
    """

    zoom_changed = Signal(float)
    moved = Signal()

    def __init__(self, view: MapView, pinned: PinnedHeaders) -> None:
        super().__init__(view)
        self._pinned = pinned
        self._fitted = False
        """The whole map was fitted to the window, and no zoom was asked for since."""
        self._readable = False
        """That fit was Fit to Window's, which shows a stage when the whole map is too small
        to read."""
        scene = view.map_scene
        view.setSceneRect(scene.sceneRect())
        scene.sceneRectChanged.connect(self._on_map_resized)

    def zoom(self) -> float:
        """The zoom factor (1.0 = 100 %)."""
        return self.view.zoom()

    def set_zoom(self, factor: float, anchor: QPoint | None = None) -> None:
        """Zoom to ``factor`` around a viewport point (the centre when None)."""
        view = self.view
        factor = max(MIN_ZOOM, min(MAX_ZOOM, factor))
        self._fitted = self._readable = False
        if abs(factor - view.zoom()) < 1e-9:
            return
        if anchor is None:
            anchor = view.viewport().rect().center()
        fixed = view.mapToScene(anchor)
        view.setSceneRect(view.map_scene.sceneRect())  # room left by edits goes (see below)
        view.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        scale = factor / view.zoom()
        view.scale(scale, scale)
        # Keep the scene point that was under the anchor under it.
        moved = view.mapFromScene(fixed) - anchor
        self.scroll_by(moved.x(), moved.y())
        self._zoomed()

    def zoom_in(self) -> None:
        self._zoom_about_selection(next_zoom(self.zoom(), 1))

    def zoom_out(self) -> None:
        self._zoom_about_selection(next_zoom(self.zoom(), -1))

    def reset_zoom(self) -> None:
        """100 %, about the selection (the middle when nothing is selected)."""
        self._zoom_about_selection(1.0)

    def _zoom_about_selection(self, factor: float) -> None:
        """Zoom about the selected cards when they are in sight, and keep them there: the
        map does not jump to its middle under the user's eyes."""
        view = self.view
        selected = QRectF()
        for item in view.map_scene.selectedItems():
            selected = selected.united(item.sceneBoundingRect())
        anchor = view.mapFromScene(selected.center()) if not selected.isNull() else None
        if anchor is not None and not view.viewport().rect().contains(anchor):
            anchor = None
        self.set_zoom(factor, anchor)
        if anchor is not None:
            self.show_rect(selected)

    def fit_to_window(self) -> None:
        """Show the whole map."""
        view = self.view
        layout = view.map_scene.map_layout
        if layout is None:
            return
        view.setSceneRect(view.map_scene.sceneRect())
        view.fitInView(QRectF(-10, -10, layout.width + 20, layout.height + 20),
                       Qt.AspectRatioMode.KeepAspectRatio)
        self._fitted, self._readable = True, False
        self._zoomed()

    def whole_map_zoom(self) -> float:
        """The zoom that shows the whole map in the viewport."""
        layout = self.view.map_scene.map_layout
        port = self.view.viewport().rect()
        if layout is None or not layout.width or not layout.height:
            return 1.0
        return min(port.width() / (layout.width + 20), port.height() / (layout.height + 20))

    def fit_readable(self, stage_id: str | None = None) -> None:
        """Fit to Window: the whole map when it can be read at that size, else the stage
        holding the selection (``stage_id``, or the one in the middle of the view), as
        large as fits up to 100 % and never below :data:`READABLE_ZOOM`."""
        view = self.view
        layout = view.map_scene.map_layout
        if layout is None:
            return
        if self.whole_map_zoom() >= READABLE_ZOOM or not layout.stages:
            self.fit_to_window()
            self._readable = True
            return
        middle = view.mapToScene(view.viewport().rect().center()).x()
        stage = layout.stage(stage_id) if stage_id is not None else None
        if stage is None:
            stage = layout.stage_at(middle) or layout.stages[0]
        left, top = self._pinned.insets()
        port = view.viewport().rect().adjusted(left, top, 0, 0)
        column = stage.column
        fits = min(port.width() / (column.width + 20), port.height() / (layout.height + 20))
        self.set_zoom(max(READABLE_ZOOM, min(1.0, fits)))
        shown = QRectF(column.x - 10, 0, column.width + 20, layout.height)
        corner = view.mapFromScene(shown.topLeft())
        self.scroll_by(corner.x() - left, corner.y() - top)

    def _on_map_resized(self) -> None:
        """An edit made the map larger or smaller: it stays where it was under the pointer
        (a map fitted to the window that no longer fits is fitted again)."""
        if not self.attached():
            return
        layout = self.view.map_scene.map_layout
        if self._fitted and layout is not None and not self.view.visible_scene_rect().contains(
                QRectF(0, 0, layout.width, layout.height)):
            if self._readable:
                self.fit_readable()  # grown too large to read whole: a stage, then
            else:
                self.fit_to_window()
            return
        self._hold_still()

    def _hold_still(self) -> None:
        """Keep every card where it is on screen though the map changed size, and leave no
        empty stretch to scroll into.

        Along each axis, a map that grows is scrolled over the old extent and the map
        together (until the next zoom or fit): Qt would otherwise centre a map narrower
        than the window again, or scroll a shorter one back, moving the cards from under
        the pointer. A map that shrinks and is longer than the window is scrolled over
        itself alone: the view moves only if it showed what went. One that fits in the
        window loses only what lies past both the map and the screen, and never moves.
        """
        view = self.view
        old = view.sceneRect()
        corner = view.mapToScene(QPoint(0, 0))
        port = view.viewport().size()
        zoom = view.zoom()
        shown = view.visible_scene_rect()
        reach = view.map_scene.sceneRect()  # the map and a margin about it
        layout = view.map_scene.map_layout
        bare = (QRectF(layout.bounds.x, layout.bounds.y, layout.bounds.width,
                       layout.bounds.height) if layout is not None else reach)
        across = _Axis((old.left(), old.right()), (reach.left(), reach.right()),
                       (bare.left(), bare.right()), (shown.left(), shown.right()),
                       port.width() / zoom)
        down = _Axis((old.top(), old.bottom()), (reach.top(), reach.bottom()),
                     (bare.top(), bare.bottom()), (shown.top(), shown.bottom()),
                     port.height() / zoom)
        extent = _rect(across.extent(), down.extent())
        if extent == old:
            return
        view.setSceneRect(extent)
        drift = view.mapFromScene(corner)
        self.scroll_by(drift.x(), drift.y())
        drift = view.mapFromScene(corner)
        # Scroll bars that have yet to come or go can leave too short a range to stay still.
        if (abs(drift.x()) > 1 and not across.may_move()) or \
                (abs(drift.y()) > 1 and not down.may_move()):
            view.setSceneRect(_rect(across.extent(still=True), down.extent(still=True)))
            drift = view.mapFromScene(corner)
            self.scroll_by(drift.x(), drift.y())

    def wheel(self, event: QWheelEvent) -> bool:
        """Ctrl+wheel zooms under the pointer, Shift+wheel goes along the map; False for a
        wheel that scrolls as Qt does (down, or sideways for a sideways wheel or Alt)."""
        modifiers = event.modifiers()
        if modifiers & Qt.KeyboardModifier.ShiftModifier and \
                not modifiers & Qt.KeyboardModifier.ControlModifier and \
                not event.angleDelta().x():
            # A journey map is long: Shift+wheel goes sideways, as in browsers and drawing
            # tools. The step is handed to the horizontal bar without Shift, which Qt's
            # sliders would read as "a page at a time".
            sideways = QWheelEvent(event.position(), event.globalPosition(),
                                   event.pixelDelta(), event.angleDelta(), event.buttons(),
                                   Qt.KeyboardModifier.NoModifier, event.phase(),
                                   event.inverted(), event.source())
            QApplication.sendEvent(self.view.horizontalScrollBar(), sideways)
            event.accept()
            return True
        if not modifiers & Qt.KeyboardModifier.ControlModifier:
            return False
        steps = event.angleDelta().y() / 120
        if steps:  # the wheel keeps small steps: it is for fine adjustments
            self.set_zoom(self.zoom() * ZOOM_STEP ** steps, event.position().toPoint())
        event.accept()
        return True

    def scroll_by(self, dx: int, dy: int) -> None:
        """Move the map by ``dx``, ``dy`` pixels of the viewport (the map slides the other
        way)."""
        view = self.view
        view.horizontalScrollBar().setValue(view.horizontalScrollBar().value() + dx)
        view.verticalScrollBar().setValue(view.verticalScrollBar().value() + dy)

    def keep_in_view(self, item: QGraphicsItem) -> None:
        """Scroll as little as needed for ``item`` to show, with some map around it, clear
        of the pinned lane names and stage headers."""
        self.show_rect(item.sceneBoundingRect())

    def show_rect(self, rect: QRectF) -> None:
        """Scroll as little as needed for ``rect`` (scene coordinates) to show, as
        :meth:`keep_in_view` does."""
        view = self.view
        shown = view.mapFromScene(rect).boundingRect()
        left, top = self._pinned.insets()
        margin = KEEP_IN_VIEW_MARGIN
        area = view.viewport().rect().adjusted(left + margin, top + margin, -margin, -margin)
        self.scroll_by(_shift(shown.left(), shown.right(), area.left(), area.right()),
                       _shift(shown.top(), shown.bottom(), area.top(), area.bottom()))

    def _zoomed(self) -> None:
        self.moved.emit()
        self.zoom_changed.emit(self.zoom())


def _shift(start: int, end: int, low: int, high: int) -> int:
    """How far to scroll for ``start``..``end`` to lie within ``low``..``high`` (its start
    first, when it is the longer)."""
    if start < low or end - start > high - low:
        return start - low
    if end > high:
        return end - high
    return 0


def _rect(across: Span, down: Span) -> QRectF:
    return QRectF(QPointF(across[0], down[0]), QPointF(across[1], down[1]))


@dataclass(frozen=True)
class _Axis:
    """One axis of the range to scroll, after an edit: the old range, the map's with its
    margin (``reach``) and without (``bare``), the range on screen and the length the
    window shows, in map units; see :meth:`Navigation._hold_still`."""

    old: Span
    reach: Span
    bare: Span
    shown: Span
    window: float

    def grown(self) -> bool:
        return self.reach[0] < self.old[0] or self.reach[1] > self.old[1]

    def may_move(self) -> bool:
        """Whether the view may move along it: a map longer than the window, shrunk."""
        return not self.grown() and self.bare[1] - self.bare[0] > self.window

    def extent(self, still: bool = False) -> Span:
        """The new range (``still``: the old one where the map did not grow)."""
        (old_start, old_end), (start, end) = self.old, self.reach
        if self.grown():  # the old range and the map's
            grown_start, grown_end = min(old_start, start), max(old_end, end)
            if old_end - old_start < self.window:  # Qt centres it: grow it evenly
                middle = (old_start + old_end) / 2
                half = max(middle - grown_start, grown_end - middle)
                return middle - half, middle + half
            return grown_start, grown_end
        if self.may_move():
            return start, end
        if still:
            return self.old
        return max(old_start, min(start, self.shown[0])), min(old_end, max(end, self.shown[1]))
