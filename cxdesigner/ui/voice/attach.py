"""Putting verbatims on the map: add one, move one to a touchpoint, drop one on a card.

A verbatim dragged from the voice panel carries :data:`MIME_TYPE`: its id and the window
it comes from (a drop from another window's project is refused). Moving it is one undo
step: a macro of taking it out of where it was and adding it to the touchpoint.
"""

from __future__ import annotations

import json

from PySide6.QtCore import QEvent, QMimeData, QObject, Qt
from PySide6.QtGui import QDragMoveEvent, QDropEvent
from typing_extensions import override

from cxdesigner.canvas import JourneyView
from cxdesigner.document import JourneyDocument
from cxdesigner.document.commands import AddItem, EditTouchpoint, RemoveItem
from cxdesigner.document.commands.base import command_text
from cxdesigner.model import Verbatim
from cxdesigner.ui.i18n import QT_TRANSLATE_NOOP, translate
from cxdesigner.ui.panel_context import PanelContext

MIME_TYPE = "application/x-cxdesigner-verbatim"


def _owner(document: JourneyDocument) -> str:
    return str(id(document))


def verbatim_mime(document: JourneyDocument, verbatim_id: str) -> QMimeData:
    """Drag data naming one verbatim of ``document``'s project."""
    data = QMimeData()
    payload = {"document": _owner(document), "verbatim": verbatim_id}
    data.setData(MIME_TYPE, json.dumps(payload).encode("utf-8"))
    data.setText(next((row.text for row in _all_verbatims(document)
                       if row.id == verbatim_id), ""))
    return data


def dropped_verbatim(document: JourneyDocument, data: QMimeData | None) -> str | None:
    """The id of the verbatim of ``document`` that ``data`` carries, else None."""
    if data is None or not data.hasFormat(MIME_TYPE):
        return None
    try:
        payload = json.loads(bytes(data.data(MIME_TYPE).data()).decode("utf-8"))
    except (ValueError, UnicodeDecodeError):
        return None
    if not isinstance(payload, dict) or payload.get("document") != _owner(document):
        return None
    verbatim_id = payload.get("verbatim")
    return verbatim_id if isinstance(verbatim_id, str) else None


def _all_verbatims(document: JourneyDocument) -> list[Verbatim]:
    project = document.project
    found = list(project.verbatims)
    for journey in project.journeys:
        for _, touchpoint in journey.touchpoints():
            found += touchpoint.verbatims
    return found


def find_verbatim(document: JourneyDocument,
                  verbatim_id: str) -> tuple[Verbatim, str | None, str | None] | None:
    """The verbatim with its journey and touchpoint ids (both None when not attached)."""
    for verbatim in document.project.verbatims:
        if verbatim.id == verbatim_id:
            return verbatim, None, None
    for journey in document.project.journeys:
        for _, touchpoint in journey.touchpoints():
            for verbatim in touchpoint.verbatims:
                if verbatim.id == verbatim_id:
                    return verbatim, journey.id, touchpoint.id
    return None


def add_verbatim(document: JourneyDocument, verbatim: Verbatim,
                 place: tuple[str, str] | None) -> None:
    """Add ``verbatim`` to a (journey id, touchpoint id), or to the unattached ones."""
    text = QT_TRANSLATE_NOOP("Commands", "Add verbatim")
    if place is None:
        document.undo_stack.push(AddItem(document, "verbatims", verbatim, text=text))
        return
    journey_id, touchpoint_id = place
    touchpoint = document.touchpoint(journey_id, touchpoint_id)
    document.undo_stack.push(EditTouchpoint(
        document, journey_id, touchpoint_id, {"verbatims": [*touchpoint.verbatims, verbatim]},
        text=text))


def attach_verbatim(document: JourneyDocument, verbatim_id: str, journey_id: str,
                    touchpoint_id: str) -> bool:
    """Move a verbatim onto a touchpoint, as one undo step; False when there is nothing to do."""
    found = find_verbatim(document, verbatim_id)
    if found is None:
        return False
    verbatim, old_journey, old_touchpoint = found
    if (old_journey, old_touchpoint) == (journey_id, touchpoint_id):
        return False
    stack = document.undo_stack
    stack.beginMacro(command_text(QT_TRANSLATE_NOOP("Commands", "Attach verbatim")))
    try:
        if old_journey is None or old_touchpoint is None:
            stack.push(RemoveItem(document, "verbatims", verbatim_id))
        else:
            source = document.touchpoint(old_journey, old_touchpoint)
            stack.push(EditTouchpoint(document, old_journey, old_touchpoint, {
                "verbatims": [v for v in source.verbatims if v.id != verbatim_id]}))
        target = document.touchpoint(journey_id, touchpoint_id)
        stack.push(EditTouchpoint(document, journey_id, touchpoint_id,
                                  {"verbatims": [*target.verbatims, verbatim]}))
    finally:
        stack.endMacro()
    return True


class VerbatimDropFilter(QObject):
    """Watches a map's viewport: a verbatim dropped on a card is attached to its touchpoint."""

    def __init__(self, context: PanelContext, view: JourneyView) -> None:
        super().__init__(view)
        self._context = context
        self._view = view
        self._hovered: str | None = None
        view.viewport().setAcceptDrops(True)
        view.viewport().installEventFilter(self)

    def _target(self, event: QDropEvent) -> tuple[str, str] | None:
        """The verbatim dragged and the touchpoint under the pointer, when both exist."""
        verbatim_id = dropped_verbatim(self._context.document, event.mimeData())
        if verbatim_id is None or self._context.read_only:
            return None
        card = self._view.map_scene.touchpoint_at(self._view.mapToScene(event.position()
                                                                        .toPoint()))
        return (verbatim_id, card.touchpoint_id) if card is not None else None

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in (QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.Drop):
            return False
        assert isinstance(event, QDropEvent)
        if dropped_verbatim(self._context.document, event.mimeData()) is None:
            return False  # not ours: project files and the like go on as before
        target = self._target(event)
        if kind is QEvent.Type.Drop:
            if target is not None:
                event.setDropAction(Qt.DropAction.MoveAction)
                event.accept()
                self.drop(*target)
            else:
                event.ignore()
            return True
        assert isinstance(event, QDragMoveEvent)
        if kind is QEvent.Type.DragEnter:
            event.accept()  # so that moves follow, even when not over a card yet
        elif target is not None:
            event.setDropAction(Qt.DropAction.MoveAction)
            event.accept()
            if target[1] != self._hovered:
                title = self._view.map_scene.touchpoint_items[target[1]].touchpoint.title
                self._context.report(translate(
                    "VoicePanel", "Drop to attach the verbatim to “%1”.").replace("%1", title), 0)
        else:
            event.ignore()
        self._hovered = target[1] if target is not None else None
        return True

    def drop(self, verbatim_id: str, touchpoint_id: str) -> None:
        """Attach the verbatim to the touchpoint of this map and say so."""
        journey_id = self._view.journey_id
        document = self._context.document
        if attach_verbatim(document, verbatim_id, journey_id, touchpoint_id):
            title = document.touchpoint(journey_id, touchpoint_id).title
            self._context.report(translate(
                "VoicePanel", "Verbatim attached to “%1”.").replace("%1", title), 5000)
