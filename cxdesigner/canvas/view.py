"""The map editor's view: the parts that navigate, edit and type, wired to Qt's events."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QRectF, Qt, Signal
from PySide6.QtGui import (
    QContextMenuEvent,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QFocusEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QGraphicsView, QWidget
from typing_extensions import override

from cxdesigner.canvas import keys, menus, overlay
from cxdesigner.canvas.actions import ViewActions
from cxdesigner.canvas.capture import CaptureActions
from cxdesigner.canvas.context import WINDOW_DARK, WINDOW_LIGHT
from cxdesigner.canvas.editing import MapEditor
from cxdesigner.canvas.inline_editor import InlineEditing, InlineEditor
from cxdesigner.canvas.link_mode import LinkMode
from cxdesigner.canvas.map_view import MapView
from cxdesigner.canvas.minimap import Minimap
from cxdesigner.canvas.mouse import MouseGestures
from cxdesigner.canvas.navigation import Navigation
from cxdesigner.canvas.painting import colour
from cxdesigner.canvas.pinned import PinnedHeaders
from cxdesigner.document import JourneyDocument
from cxdesigner.interface_language import translate


class JourneyView(MapView):
    """Shows one journey's map and turns keys and mouse gestures into undo commands.

    Made of parts that each do one thing: :attr:`navigation` (zoom, fit, scroll),
    :attr:`pinned` (the lane names and stage headers that stay in sight),
    :attr:`map_actions` (the editing API the menus and keys call), :attr:`inline` (typing in
    place), :attr:`capture` (channel, interlocutor, verbatims, irritants and opportunities
    typed on a card), :attr:`links` (linking two cards from the keyboard) and :attr:`mouse`
    (the gestures); :mod:`~cxdesigner.canvas.keys` is the keyboard. The methods here are
    what the window and its panels ask of a map.

    Signals:
        selection_changed: the selected cards, flows, notes or stages changed.
        zoom_changed(float): the zoom factor (1.0 = 100 %) changed.
        status_message(str): something to tell the user in the status bar.
        help_requested: F1 was pressed on the map (the window shows the keys).
        journey_requested(str): the user asked to see the journey of this id (the one that
            details a step).
    """

    selection_changed = Signal()
    zoom_changed = Signal(float)
    status_message = Signal(str)
    help_requested = Signal()
    journey_requested = Signal(str)

    def __init__(self, document: JourneyDocument, journey_id: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(document, journey_id, parent)
        self.editor = MapEditor(document, journey_id)
        self.pinned = PinnedHeaders(self)
        self.navigation = Navigation(self, self.pinned)
        self.inline = InlineEditing(self, self.navigation.show_rect, self.pinned.insets)
        self.map_actions = ViewActions(self, self.editor, self.inline, self.navigation)
        self.capture = CaptureActions(self, self.map_actions, self.editor, self.inline)
        self.links = LinkMode(self, self.editor, self.inline, self.navigation)
        self.mouse = MouseGestures(self, self.editor, self.map_actions, self.inline,
                                   self.navigation, self.pinned)
        self.minimap = Minimap(self)
        self._keys = keys.MapKeyParts(self.map_actions, self.navigation, self.mouse,
                                      self.capture, self.links, self.help_requested.emit,
                                      self.minimap.toggle)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setRubberBandSelectionMode(Qt.ItemSelectionMode.IntersectsItemShape)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAcceptDrops(True)  # a picture file dropped on a card, a stage or a note
        self.setAccessibleName(translate("Map", "Map of the journey"))
        self.setAccessibleDescription(translate(
            "Map", "Arrows and Tab move between cards and stages, Enter adds a touchpoint, K, I, "
                   "L, V, R and O capture what the room says; F1 lists every key. The outline "
                   "(Ctrl+Shift+O) reads the journey as text."))
        self.set_dark_chrome(False)
        self.map_scene.selectionChanged.connect(self.selection_changed)
        self.map_actions.details.journey_requested.connect(self.journey_requested)
        for part in (self.map_actions, self.mouse, self.capture, self.links):
            part.told.connect(self.status_message)
        self.map_scene.layout_changed.connect(self.inline.place)
        self.navigation.moved.connect(self.inline.place)
        self.navigation.zoom_changed.connect(self.follow_zoom)
        self.navigation.zoom_changed.connect(self.zoom_changed)
        self.navigation.moved.connect(self.minimap.follow)
        self.map_scene.layout_changed.connect(self.minimap.follow)

    @property
    def inline_editor(self) -> InlineEditor | None:
        """The line editor while something is typed in place (None otherwise)."""
        return self.inline.editor

    # ------------------------------------------------------------------ what the window asks

    def set_dark_chrome(self, dark: bool) -> None:
        """A dark or light window around the map; the map keeps its printed colours."""
        self.setBackgroundBrush(colour(WINDOW_DARK if dark else WINDOW_LIGHT))

    def set_zoom(self, factor: float, anchor: QPoint | None = None) -> None:
        """Zoom to ``factor`` around a viewport point (the centre when None)."""
        self.navigation.set_zoom(factor, anchor)

    def zoom_in(self) -> None:
        self.navigation.zoom_in()

    def zoom_out(self) -> None:
        self.navigation.zoom_out()

    def reset_zoom(self) -> None:
        self.navigation.reset_zoom()

    def fit_to_window(self) -> None:
        """Show the whole map."""
        self.navigation.fit_to_window()

    def selected_touchpoint_ids(self) -> list[str]:
        """The selected touchpoints, in map order."""
        return self.map_actions.selected_touchpoint_ids()

    def selected_stage_ids(self) -> list[str]:
        return self.map_actions.selected_stage_ids()

    def selected_blueprint_ids(self) -> list[str]:
        """The selected items of the service blueprint."""
        return self.map_actions.blueprint.selected_ids()

    def current_stage_id(self) -> str | None:
        """The stage of the selection (a selected header, card or note), if any."""
        return self.map_actions.current_stage_id()

    def select_touchpoint(self, touchpoint_id: str) -> None:
        """Select a card and bring it into view."""
        self.map_actions.select_touchpoint(touchpoint_id)

    def select_stage(self, stage_id: str) -> None:
        """Select a stage's header and bring it into view."""
        self.map_actions.select_stage(stage_id)

    # ------------------------------------------------------------------ Qt events

    @override
    def scrollContentsBy(self, dx: int, dy: int) -> None:
        super().scrollContentsBy(dx, dy)  # moves the viewport's pixels: see PinnedHeaders
        self.pinned.scrolled(dx, dy)
        if overlay.shows_hint(self):
            self.viewport().update()
        elif self.hasFocus():
            for strip in overlay.focus_frame_strips(self, dx, dy):
                self.viewport().update(strip)
        self.inline.place()
        self.minimap.follow()

    @override
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.minimap.follow()

    @override
    def focusNextPrevChild(self, next: bool) -> bool:
        return False  # Tab and Shift+Tab move between stages (see keys.handle_key)

    @override
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.inline.forward_key(event):
            return
        if not keys.handle_key(event, self._keys):
            super().keyPressEvent(event)

    @override
    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self.mouse.end_space_pan()
        super().keyReleaseEvent(event)

    @override
    def mousePressEvent(self, event: QMouseEvent) -> None:
        if not self.mouse.press(event):
            super().mousePressEvent(event)

    @override
    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if not self.mouse.move(event):
            super().mouseMoveEvent(event)

    @override
    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if not self.mouse.release(event):
            super().mouseReleaseEvent(event)
            event.accept()  # the view owns every press it saw, rubber band included

    @override
    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if not self.mouse.double_click(event):
            super().mouseDoubleClickEvent(event)

    @override
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        self.dragMoveEvent(event)

    @override
    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        data = event.mimeData()
        point = self.mapToScene(event.position().toPoint())
        if data is not None and self.map_actions.pictures.accepts(data, point):
            event.acceptProposedAction()
        else:
            event.ignore()

    @override
    def dropEvent(self, event: QDropEvent) -> None:
        data = event.mimeData()
        point = self.mapToScene(event.position().toPoint())
        if data is not None and self.map_actions.pictures.drop(data, point):
            event.acceptProposedAction()
            self.setFocus()
        else:
            event.ignore()

    @override
    def wheelEvent(self, event: QWheelEvent) -> None:
        if not self.navigation.wheel(event):
            super().wheelEvent(event)

    @override
    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        point = self.mapToScene(event.pos())
        if self.pinned.covers(event.pos()):  # the menu of what the pinned part shows
            stage_id = self.pinned.stage_at(event.pos())
            header = self.map_scene.stage_items.get(stage_id) if stage_id else None
            if header is None:
                return
            point = header.sceneBoundingRect().center()
        menu = menus.build_menu(self.map_actions, point, self, self.capture, self.links)
        menu.exec(event.globalPos())
        menu.deleteLater()

    @override
    def drawForeground(self, painter: QPainter, rect: QRectF | QRect) -> None:
        self.links.paint(painter)
        self.pinned.paint(painter)
        overlay.paint_empty_hint(self, painter)
        if self.hasFocus():
            overlay.paint_focus_frame(self, painter)

    @override
    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.viewport().update()  # the focus frame

    @override
    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.viewport().update()
