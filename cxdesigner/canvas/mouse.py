"""The editor's mouse: what a press starts (a drag, a link, a pan), handed to the gesture tools."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

from cxdesigner.canvas.actions import ViewActions
from cxdesigner.canvas.editing import MapEditor
from cxdesigner.canvas.gestures import ConnectTool, MoveTool, StageMoveTool
from cxdesigner.canvas.inline_editor import InlineEditing
from cxdesigner.canvas.items import BlueprintItemItem, NoteItem, StageHeaderItem, TouchpointItem
from cxdesigner.canvas.map_view import MapView, ViewPart
from cxdesigner.canvas.navigation import Navigation
from cxdesigner.canvas.pinned import PinnedHeaders
from cxdesigner.interface_language import translate

Tool = MoveTool | StageMoveTool | ConnectTool


class MouseGestures(ViewPart):
    """Turns presses, moves and releases on the viewport into gestures.

    Each handler returns True when it used the event up; otherwise the view lets
    ``QGraphicsView`` have it too (selection by click, rubber band).

    Signals:
        told(str): something to tell the user in the status bar.
    """

    told = Signal(str)

    def __init__(self, view: MapView, editor: MapEditor, actions: ViewActions,
                 inline: InlineEditing, navigation: Navigation, pinned: PinnedHeaders) -> None:
        super().__init__(view)
        self._scene, self._editor = view.map_scene, editor
        self._actions, self._inline, self._navigation = actions, inline, navigation
        self._pinned = pinned
        self._tool: Tool | None = None
        self._pending: tuple[TouchpointItem | StageHeaderItem, QPointF, QPoint] | None = None
        self._pan_from: QPoint | None = None
        self._space_down = False

    # ------------------------------------------------------------------ space and Esc

    def start_space_pan(self) -> None:
        """Space held: dragging pans the map."""
        self._space_down = True
        self.view.viewport().setCursor(Qt.CursorShape.OpenHandCursor)

    def end_space_pan(self) -> None:
        self._space_down = False
        self.view.viewport().unsetCursor()

    def cancel(self) -> bool:
        """Esc during a gesture: put everything back; False when none was running."""
        if self._tool is None:
            return False
        self._tool.cancel()
        self._tool = None
        self._pending = None
        return True

    # ------------------------------------------------------------------ events

    def press(self, event: QMouseEvent) -> bool:
        view = self.view
        self._inline.close(commit=True)
        view.setFocus(Qt.FocusReason.MouseFocusReason)
        button = event.button()
        if button == Qt.MouseButton.MiddleButton or (
                button == Qt.MouseButton.LeftButton and self._space_down):
            self._pan_from = event.position().toPoint()
            view.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            event.accept()
            return True
        if self._pinned.covers(event.position().toPoint()):
            self._press_pinned(event)
            return True
        if button == Qt.MouseButton.LeftButton:
            point = view.mapToScene(event.position().toPoint())
            item = self._scene.item_at(point)
            if isinstance(item, TouchpointItem) and item.handle_contains(point) and (
                    item.isSelected() or item.hovered):
                self._tool = ConnectTool(self._scene, self._editor, item)
                event.accept()
                return True
            if isinstance(item, TouchpointItem | StageHeaderItem):
                self._pending = (item, point, event.position().toPoint())
            elif item is None:
                self._actions.click_empty_place(point)
        return False

    def _press_pinned(self, event: QMouseEvent) -> None:
        """A press on the pinned lane names or stage headers: what it shows, not what it
        hides (a pinned header selects its stage; the lane names select nothing)."""
        event.accept()
        if event.button() != Qt.MouseButton.LeftButton:
            return
        stage_id = self._pinned.stage_at(event.position().toPoint())
        header = self._scene.stage_items.get(stage_id) if stage_id is not None else None
        if header is not None:
            self._scene.select_only([header])
        else:
            self._scene.clearSelection()

    def move(self, event: QMouseEvent) -> bool:
        position = event.position().toPoint()
        if self._pan_from is not None:
            delta = position - self._pan_from
            self._pan_from = position
            self._navigation.scroll_by(-delta.x(), -delta.y())
            return True
        point = self.view.mapToScene(position)
        if self._tool is None and self._pending is not None:
            item, press, press_view = self._pending
            if (position - press_view).manhattanLength() >= QApplication.startDragDistance():
                self._tool = self._start_drag(item, press)
        if self._tool is not None:
            self._tool.update(point)
            return isinstance(self._tool, ConnectTool)  # a drag still hovers and scrolls
        return False

    def _start_drag(self, item: TouchpointItem | StageHeaderItem, press: QPointF) -> Tool:
        if isinstance(item, StageHeaderItem):
            return StageMoveTool(self._scene, self._editor, item.stage_id, press)
        if not item.isSelected():
            self._scene.select_only([item])
        return MoveTool(self._scene, self._editor, self._actions.selected_touchpoint_ids(),
                        press)

    def release(self, event: QMouseEvent) -> bool:
        if self._pan_from is not None:
            self._pan_from = None
            if self._space_down:
                self.view.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
            else:
                self.view.viewport().unsetCursor()
            return True
        tool, self._tool, self._pending = self._tool, None, None
        point = self.view.mapToScene(event.position().toPoint())
        if isinstance(tool, ConnectTool):
            flow_id = tool.finish(point, event.modifiers())
            if flow_id is None:
                self.told.emit(translate("Map", "No link added: release on another card."))
            return True
        if tool is not None:
            tool.finish(point)
        return False

    def double_click(self, event: QMouseEvent) -> bool:
        if self._pinned.covers(event.position().toPoint()):
            event.accept()  # the pinned copy: its own place is out of sight to type in
            return True
        if event.button() != Qt.MouseButton.LeftButton:
            return False
        point = self.view.mapToScene(event.position().toPoint())
        item = self._scene.item_at(point)
        self.cancel()
        if isinstance(item, TouchpointItem | StageHeaderItem | NoteItem | BlueprintItemItem):
            self._scene.select_only([item])
            opened = isinstance(item, TouchpointItem) and \
                self._actions.details.open_at(item, point)
            if not opened and not self._actions.pictures.open_at(item, point):
                self._actions.edit_selected_title()
        elif item is None and not self._actions.blueprint.add_at(point):
            self._actions.add_touchpoint_at(point)
        event.accept()
        return True
