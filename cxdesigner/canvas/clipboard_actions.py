"""Copying, cutting and pasting cards on the map through the system clipboard."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QMimeData
from PySide6.QtWidgets import QApplication, QGraphicsItem

from cxdesigner.canvas.editing import MapEditor
from cxdesigner.canvas.picture_actions import PictureActions
from cxdesigner.canvas.scene import JourneyScene
from cxdesigner.document.checks import DocumentRuleError
from cxdesigner.document.clipboard import CLIPBOARD_MIME
from cxdesigner.document.language import refusal_text
from cxdesigner.interface_language import translate


class ClipboardActions:
    """The part of :class:`~cxdesigner.canvas.actions.ViewActions` that copies and pastes.

    Cards travel as our own format, with their titles as plain text for other programs;
    pasted plain text becomes cards, and a picture goes to :class:`PictureActions`.
    """

    map_scene: JourneyScene
    editor: MapEditor
    pictures: PictureActions
    selected_touchpoint_ids: Callable[[], list[str]]
    current_stage_id: Callable[[], str | None]
    _tell: Callable[[str], None]

    def copy_selection(self) -> None:
        """Put the selected cards (and the flows among them) on the clipboard."""
        ids = self.selected_touchpoint_ids()
        if not ids:
            return
        journey = self.map_scene.journey()
        data = QMimeData()
        text = self.editor.copy_text(ids)
        data.setData(CLIPBOARD_MIME, text.encode("utf-8"))
        titles = [tp.title for _, tp in journey.touchpoints() if tp.id in set(ids)] \
            if journey is not None else []
        data.setText("\n".join(titles))
        QApplication.clipboard().setMimeData(data)
        self._tell(translate("Map", "%n card(s) copied.").replace("%n", str(len(ids))))

    def cut_selection(self) -> None:
        self.copy_selection()
        if self.selected_touchpoint_ids():
            self.editor.delete(self.selected_touchpoint_ids())

    def paste(self) -> None:
        """Paste cards after the selected one (or at the end of the current stage); a picture
        goes onto the selected card, stage or note."""
        if self.pictures.paste():
            return
        journey = self.map_scene.journey()
        data = QApplication.clipboard().mimeData()
        if journey is None or data is None:
            return
        if data.hasFormat(CLIPBOARD_MIME):
            text = bytes(data.data(CLIPBOARD_MIME).data()).decode("utf-8", "replace")
        else:
            text = data.text()
        if not journey.stages:
            self._tell(translate("Map", "Add a stage before pasting cards."))
            return
        selected = self.selected_touchpoint_ids()
        if selected:
            stage, index = self.editor.stage_of(selected[-1])
            stage_id, index = stage.id, index + 1
        else:
            stage_id = self.current_stage_id() or journey.stages[-1].id
            index = len(next(s for s in journey.stages if s.id == stage_id).touchpoints)
        try:
            ids = self.editor.paste(text, stage_id, index)
        except DocumentRuleError as error:
            self._tell(refusal_text(error))
            return
        if not ids:
            self._tell(translate("Map", "The clipboard holds no cards."))
            return
        items: list[QGraphicsItem] = [self.map_scene.touchpoint_items[i] for i in ids]
        self.map_scene.select_only(items)
