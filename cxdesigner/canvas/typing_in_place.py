"""Typing a card's title, a stage's name or a note's text in place on the map."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QRectF

from cxdesigner.canvas.blueprint_actions import BlueprintActions
from cxdesigner.canvas.editing import MapEditor
from cxdesigner.canvas.inline_editor import InlineEditing, InlineEditor
from cxdesigner.canvas.items import NoteItem, StageHeaderItem, TouchpointItem
from cxdesigner.canvas.scene import JourneyScene
from cxdesigner.document.checks import DocumentRuleError
from cxdesigner.document.language import refusal_text

TITLE_EDIT_SIZE = 13.0


class TypingInPlace:
    """The part of :class:`~cxdesigner.canvas.actions.ViewActions` that opens the inline
    editor on what is selected and gives a refused text back to correct."""

    map_scene: JourneyScene
    editor: MapEditor
    blueprint: BlueprintActions
    _inline: InlineEditing
    _tell: Callable[[str], None]

    def start_inline(self, scene_rect: QRectF, text: str, size: float,
                     on_commit: Callable[[str], None], on_cancel: Callable[[], None] | None = None,
                     choices: Sequence[str] = (), bold: bool = True) -> InlineEditor:
        return self._inline.start(scene_rect, text, size, on_commit, on_cancel, choices, bold)

    def edit_selected_title(self) -> None:
        """F2: type the selected card's title, stage's name or note's text in place."""
        selected = self.map_scene.selectedItems()
        cards = [i for i in selected if isinstance(i, TouchpointItem)]
        if len(cards) == 1:
            self._edit_touchpoint(cards[0].touchpoint_id)
            return
        headers = [i for i in selected if isinstance(i, StageHeaderItem)]
        if headers:
            self._edit_stage(headers[0])
            return
        notes = [i for i in selected if isinstance(i, NoteItem)]
        if notes:
            self._edit_note(notes[0])
            return
        items = self.blueprint.selected_ids()
        if items:
            self.blueprint.edit_title(items[0])

    def _refused(self, error: DocumentRuleError, typed: str,
                 again: Callable[[str], None]) -> None:
        """Say why the document refused what was typed, and offer the text again to correct
        (a blank entry leaves the old text, with nothing to keep)."""
        self._tell(refusal_text(error))
        if typed.strip():
            again(typed)

    def _edit_touchpoint(self, tp_id: str, typed: str | None = None, new: bool = False) -> None:
        """Type a card's title in place; ``new``: the card was just added, and adding and
        naming it make one undo step."""
        card = self.map_scene.touchpoint_items[tp_id]
        card.set_editing(True)

        def done(text: str | None = None) -> None:
            item = self.map_scene.touchpoint_items.get(tp_id)
            if item is not None:
                item.set_editing(False)
            if text is not None:
                try:
                    self.editor.set_title(tp_id, text, new)
                except DocumentRuleError as error:
                    self._refused(error, text, lambda again: self._edit_touchpoint(
                        tp_id, again, new) if tp_id in self.map_scene.touchpoint_items else None)

        self.start_inline(card.title_rect(), card.touchpoint.title if typed is None else typed,
                          TITLE_EDIT_SIZE, done, done)

    def _edit_stage(self, header: StageHeaderItem, typed: str | None = None,
                    new: bool = False) -> None:
        header.editing = True
        header.update()
        stage_id = header.stage_id

        def done(text: str | None = None) -> None:
            item = self.map_scene.stage_items.get(stage_id)
            if item is not None:
                item.editing = False
                item.update()
            if text is not None:
                try:
                    self.editor.rename_stage(stage_id, text, new)
                except DocumentRuleError as error:
                    self._refused(error, text, lambda again: self._edit_stage(item, again, new)
                                  if item is not None else None)

        self.start_inline(header.name_rect(), header.stage.name if typed is None else typed,
                          15.0, done, done)

    def _edit_note(self, item: NoteItem, typed: str | None = None) -> None:
        item.editing = True
        item.update()
        note_id = item.note_id

        def done(text: str | None = None) -> None:
            note = self.map_scene.note_items.get(note_id)
            if note is not None:
                note.editing = False
                note.update()
            if text is not None:
                try:
                    self.editor.set_note_text(note_id, text)
                except DocumentRuleError as error:
                    self._refused(error, text, lambda again: self._edit_note(note, again)
                                  if note is not None else None)

        self.start_inline(item.text_rect(), item.note.text if typed is None else typed, 12.0,
                          done, done, bold=False)
