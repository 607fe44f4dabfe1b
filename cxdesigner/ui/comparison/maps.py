"""A journey's map in the comparison window: live, read-only, selectable from the list."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, QRectF, Qt
from PySide6.QtWidgets import QGraphicsItem, QLabel, QVBoxLayout, QWidget
from typing_extensions import override

from cxdesigner.canvas import JourneyView
from cxdesigner.document import JourneyDocument

_BLOCKED = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease,
    QEvent.Type.MouseButtonDblClick, QEvent.Type.MouseMove, QEvent.Type.ContextMenu,
    QEvent.Type.DragEnter, QEvent.Type.Drop})
"""What the map does not receive: it shows, the editor's tabs edit (Ctrl+wheel still zooms)."""
READABLE_ZOOM = 0.8
"""The zoom at which a difference clicked in the list is shown, when the whole fits."""


class _ReadOnly(QObject):
    """Swallows the events that would edit the map."""

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _BLOCKED:
            return True
        return super().eventFilter(watched, event)


class ComparisonMap(QWidget):
    """A caption over a read-only map of one journey of the document."""

    def __init__(self, document: JourneyDocument, journey_id: str, caption: str,
                 accent: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.caption = QLabel(caption, self)
        self.caption.setTextFormat(Qt.TextFormat.PlainText)
        self.caption.setStyleSheet(
            f"QLabel {{ background: {accent}; color: white; font-weight: bold; "
            "padding: 4px 8px; }")
        self.view = JourneyView(document, journey_id, self)
        self.view.setInteractive(False)
        self._filter = _ReadOnly(self)
        self.view.installEventFilter(self._filter)
        self.view.viewport().installEventFilter(self._filter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.caption)
        layout.addWidget(self.view, 1)

    @property
    def journey_id(self) -> str:
        return self.view.journey_id

    def select(self, ids: Sequence[str]) -> list[str]:
        """Select the touchpoints (or stages) ``ids`` and bring them into view; the ids found."""
        scene = self.view.map_scene
        items: list[QGraphicsItem] = []
        found = []
        for item_id in ids:
            item: QGraphicsItem | None = scene.touchpoint_items.get(item_id) \
                or scene.stage_items.get(item_id)
            if item is not None:
                items.append(item)
                found.append(item_id)
        scene.select_only(items)
        if items:
            area = QRectF()
            for item in items:
                area = area.united(item.sceneBoundingRect())
            self._reveal(area)
        return found

    def _reveal(self, area: QRectF) -> None:
        """Zoom on ``area`` (readable, with some of the map around it), centred."""
        view = self.view
        port = view.viewport().rect()
        wanted = min(READABLE_ZOOM, port.width() / (area.width() + 480),
                     port.height() / (area.height() + 360))
        if abs(wanted - view.zoom()) > 0.02:
            view.set_zoom(wanted)
        view.centerOn(area.center())
