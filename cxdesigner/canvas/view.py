"""The map editor's view: zoom and pan, mouse gestures, and the editing API the window uses."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QPoint, QPointF, QRect, QRectF, Qt, Signal
from PySide6.QtGui import (
    QContextMenuEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QWheelEvent,
)
from PySide6.QtWidgets import QApplication, QGraphicsView, QWidget
from typing_extensions import override

from cxdesigner.canvas import keys, menus, overlay
from cxdesigner.canvas.actions import ViewActions
from cxdesigner.canvas.context import WINDOW_DARK, WINDOW_LIGHT
from cxdesigner.canvas.editing import MapEditor
from cxdesigner.canvas.gestures import ConnectTool, MoveTool, StageMoveTool
from cxdesigner.canvas.inline_editor import InlineEditor
from cxdesigner.canvas.items import NoteItem, StageHeaderItem, TouchpointItem
from cxdesigner.canvas.painting import BOX_LOD, colour
from cxdesigner.canvas.scene import JourneyScene
from cxdesigner.document import JourneyDocument
from cxdesigner.interface_language import translate

MIN_ZOOM, MAX_ZOOM = 0.002, 4.0
ZOOM_STEP = 1.2

Tool = MoveTool | StageMoveTool | ConnectTool


class JourneyView(ViewActions, QGraphicsView):
    """Shows one journey's map and turns keys and mouse gestures into undo commands.

    Signals:
        selection_changed: the selected cards, flows, notes or stages changed.
        zoom_changed(float): the zoom factor (1.0 = 100 %) changed.
        status_message(str): something to tell the user in the status bar.
    """

    selection_changed = Signal()
    zoom_changed = Signal(float)
    status_message = Signal(str)

    def __init__(self, document: JourneyDocument, journey_id: str,
                 parent: QWidget | None = None) -> None:
        QGraphicsView.__init__(self, parent)
        self.document = document
        self.map_scene = JourneyScene(document, journey_id, parent=self)
        self.setScene(self.map_scene)
        self.editor = MapEditor(document, journey_id)
        self.inline_editor: InlineEditor | None = None
        """The line editor while something is typed in place (None otherwise)."""
        self._editor_widget = InlineEditor(self.viewport())
        self._editor_widget.committed.connect(self._on_inline_committed)
        self._editor_widget.cancelled.connect(self._on_inline_cancelled)
        self._on_commit: Callable[[str], None] | None = None
        self._on_cancel: Callable[[], None] | None = None
        self._tool: Tool | None = None
        self._pending: tuple[TouchpointItem | StageHeaderItem, QPointF, QPoint] | None = None
        self._pan_from: QPoint | None = None
        self._space_down = False
        self._forwarding = False
        self.setRenderHints(QPainter.RenderHint.Antialiasing
                            | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setRubberBandSelectionMode(Qt.ItemSelectionMode.IntersectsItemShape)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontAdjustForAntialiasing)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.set_dark_chrome(False)
        self.map_scene.selectionChanged.connect(self._on_selection_changed)
        self.map_scene.layout_changed.connect(self._place_inline)
        self.zoom_changed.connect(self._on_zoom_changed)

    @property
    def journey_id(self) -> str:
        return self.map_scene.journey_id

    def _tell(self, message: str) -> None:
        self.status_message.emit(message)

    # ------------------------------------------------------------------ showing

    def set_dark_chrome(self, dark: bool) -> None:
        """A dark or light window around the map; the map keeps its printed colours."""
        self.setBackgroundBrush(colour(WINDOW_DARK if dark else WINDOW_LIGHT))

    def set_persona(self, persona_id: str | None) -> None:
        """Show this persona's criticality and emotion curve (None: the defaults)."""
        self.map_scene.set_persona(persona_id)

    def set_highlights(self, channel_switches: bool, handoffs: bool) -> None:
        """Highlight flows that switch channel and/or hand the customer over."""
        self.map_scene.set_highlights(channel_switches, handoffs)

    def zoom(self) -> float:
        """The zoom factor (1.0 = 100 %)."""
        return self.transform().m11()

    def set_zoom(self, factor: float, anchor: QPoint | None = None) -> None:
        """Zoom to ``factor`` around a viewport point (the centre when None)."""
        factor = max(MIN_ZOOM, min(MAX_ZOOM, factor))
        if abs(factor - self.zoom()) < 1e-9:
            return
        if anchor is None:
            anchor = self.viewport().rect().center()
        fixed = self.mapToScene(anchor)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        scale = factor / self.zoom()
        self.scale(scale, scale)
        # Keep the scene point that was under the anchor under it.
        moved = self.mapFromScene(fixed) - anchor
        self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() + moved.x())
        self.verticalScrollBar().setValue(self.verticalScrollBar().value() + moved.y())
        self._place_inline()
        self.zoom_changed.emit(self.zoom())

    def zoom_in(self) -> None:
        self.set_zoom(self.zoom() * ZOOM_STEP)

    def zoom_out(self) -> None:
        self.set_zoom(self.zoom() / ZOOM_STEP)

    def reset_zoom(self) -> None:
        self.set_zoom(1.0)

    def fit_to_window(self) -> None:
        """Show the whole map."""
        layout = self.map_scene.map_layout
        if layout is None:
            return
        self.fitInView(QRectF(-10, -10, layout.width + 20, layout.height + 20),
                       Qt.AspectRatioMode.KeepAspectRatio)
        self._place_inline()
        self.zoom_changed.emit(self.zoom())

    # ------------------------------------------------------------------ inline editing

    def start_inline(self, scene_rect: QRectF, text: str, size: float,
                     on_commit: Callable[[str], None], on_cancel: Callable[[], None] | None = None,
                     choices: Sequence[str] = (), bold: bool = True) -> InlineEditor:
        """Open the line editor over ``scene_rect``; one of the callbacks runs when it closes."""
        self.close_inline(commit=True)
        self._on_commit, self._on_cancel = on_commit, on_cancel
        self._editor_widget.begin(scene_rect, text, size, bold, choices)
        self.inline_editor = self._editor_widget
        self._place_inline()
        self._editor_widget.show()
        self._editor_widget.setFocus(Qt.FocusReason.OtherFocusReason)
        return self._editor_widget

    def close_inline(self, commit: bool) -> None:
        """Close the open line editor, if any, keeping or dropping its text."""
        if self.inline_editor is not None:
            if commit:
                self.inline_editor.commit()
            else:
                self.inline_editor.cancel()

    def _on_inline_committed(self, text: str) -> None:
        callback = self._on_commit
        self._hide_inline()
        if callback is not None:
            callback(text)

    def _on_inline_cancelled(self) -> None:
        callback = self._on_cancel
        self._hide_inline()
        if callback is not None:
            callback()

    def _hide_inline(self) -> None:
        self.inline_editor = None
        self._on_commit = self._on_cancel = None
        self._editor_widget.hide()
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def _place_inline(self) -> None:
        editor = self.inline_editor
        if editor is None:
            return
        area = self.mapFromScene(editor.scene_rect).boundingRect()
        height = max(area.height(), round(editor.text_size * self.zoom() * 1.9))
        editor.set_zoom(self.zoom())
        editor.setGeometry(area.x() - 4, area.y() - 2, max(area.width() + 8, 120), height)

    @override
    def scrollContentsBy(self, dx: int, dy: int) -> None:
        super().scrollContentsBy(dx, dy)
        self._place_inline()

    # ------------------------------------------------------------------ keys

    @override
    def focusNextPrevChild(self, next: bool) -> bool:
        return False  # Tab and Shift+Tab move between stages (see keys.handle_key)

    @override
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.inline_editor is not None:
            if not self._forwarding:  # a key the editor ignored comes back up: drop it
                self._forwarding = True
                try:
                    QApplication.sendEvent(self.inline_editor, event)
                finally:
                    self._forwarding = False
            event.accept()
            return
        if not keys.handle_key(self, event):
            super().keyPressEvent(event)

    @override
    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space_down = False
            self.viewport().unsetCursor()
        super().keyReleaseEvent(event)

    def start_space_pan(self) -> None:
        """Space held: dragging pans the map."""
        self._space_down = True
        self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)

    def cancel_gesture(self) -> bool:
        """Esc during a gesture: put everything back; False when none was running."""
        if self._tool is None:
            return False
        self._tool.cancel()
        self._tool = None
        self._pending = None
        return True

    # ------------------------------------------------------------------ mouse

    @override
    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.close_inline(commit=True)
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        button = event.button()
        if button == Qt.MouseButton.MiddleButton or (
                button == Qt.MouseButton.LeftButton and self._space_down):
            self._pan_from = event.position().toPoint()
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            event.accept()
            return
        if button == Qt.MouseButton.LeftButton:
            point = self.mapToScene(event.position().toPoint())
            item = self.map_scene.item_at(point)
            if isinstance(item, TouchpointItem) and item.handle_contains(point) and (
                    item.isSelected() or item.hovered):
                self._tool = ConnectTool(self.map_scene, self.editor, item)
                event.accept()
                return
            if isinstance(item, TouchpointItem | StageHeaderItem):
                self._pending = (item, point, event.position().toPoint())
        super().mousePressEvent(event)

    @override
    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        position = event.position().toPoint()
        if self._pan_from is not None:
            delta = position - self._pan_from
            self._pan_from = position
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - delta.x())
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() - delta.y())
            return
        point = self.mapToScene(position)
        if self._tool is None and self._pending is not None:
            item, press, press_view = self._pending
            if (position - press_view).manhattanLength() >= QApplication.startDragDistance():
                self._tool = self._start_drag(item, press)
        if self._tool is not None:
            self._tool.update(point)
            if not isinstance(self._tool, ConnectTool):
                super().mouseMoveEvent(event)
            return
        super().mouseMoveEvent(event)

    def _start_drag(self, item: TouchpointItem | StageHeaderItem, press: QPointF) -> Tool:
        if isinstance(item, StageHeaderItem):
            return StageMoveTool(self.map_scene, self.editor, item.stage_id, press)
        if not item.isSelected():
            self.map_scene.select_only([item])
        return MoveTool(self.map_scene, self.editor, self.selected_touchpoint_ids(), press)

    @override
    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._pan_from is not None:
            self._pan_from = None
            if self._space_down:
                self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
            else:
                self.viewport().unsetCursor()
            return
        tool, self._tool, self._pending = self._tool, None, None
        point = self.mapToScene(event.position().toPoint())
        if isinstance(tool, ConnectTool):
            flow_id = tool.finish(point, event.modifiers())
            if flow_id is None:
                self.status_message.emit(
                    translate("Map", "No link added: release on another card."))
            return
        if tool is not None:
            tool.finish(point)
        super().mouseReleaseEvent(event)
        event.accept()  # the view owns every press it saw, rubber band included

    @override
    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            super().mouseDoubleClickEvent(event)
            return
        point = self.mapToScene(event.position().toPoint())
        item = self.map_scene.item_at(point)
        self.cancel_gesture()
        if isinstance(item, TouchpointItem | StageHeaderItem | NoteItem):
            self.map_scene.select_only([item])
            self.edit_selected_title()
        elif item is None:
            self.add_touchpoint_at(point)
        event.accept()

    @override
    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120
            if steps:
                self.set_zoom(self.zoom() * ZOOM_STEP ** steps, event.position().toPoint())
            event.accept()
            return
        super().wheelEvent(event)

    @override
    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = menus.build_menu(self, self.mapToScene(event.pos()))
        menu.exec(event.globalPos())
        menu.deleteLater()

    @override
    def drawForeground(self, painter: QPainter, rect: QRectF | QRect) -> None:
        overlay.paint_overlay(self, painter)

    def _on_zoom_changed(self, zoom: float) -> None:
        # Below BOX_LOD cards and cells are plain boxes: drawn faster than cached.
        self.map_scene.set_item_caching(zoom >= BOX_LOD)

    def _on_selection_changed(self) -> None:
        self.selection_changed.emit()
