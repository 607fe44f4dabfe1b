"""The editing API of the map: selection, clipboard, adding, deleting, field keys."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QMimeData, QPointF, QRectF, Signal
from PySide6.QtWidgets import QApplication, QGraphicsItem
from shiboken6 import isValid

from cxdesigner.canvas.blueprint_actions import BlueprintActions
from cxdesigner.canvas.detail_links import DetailLinks
from cxdesigner.canvas.editing import MapEditor
from cxdesigner.canvas.gestures import drop_place
from cxdesigner.canvas.inline_editor import InlineEditing, InlineEditor
from cxdesigner.canvas.items import FlowItem, NoteItem, StageHeaderItem, TouchpointItem
from cxdesigner.canvas.map_view import MapView, ViewPart
from cxdesigner.canvas.navigation import Navigation
from cxdesigner.canvas.picture_actions import PictureActions
from cxdesigner.document.checks import DocumentRuleError
from cxdesigner.document.clipboard import CLIPBOARD_MIME
from cxdesigner.document.language import refusal_text
from cxdesigner.interface_language import translate
from cxdesigner.model import Lane, MomentOfTruth

TITLE_EDIT_SIZE = 13.0


class ViewActions(ViewPart):
    """What the window's menus and the view's keys ask the map to do.

    Each action reads the selection of the scene, pushes its edit through the
    :class:`MapEditor`, and brings what it made into view and into typing.

    Signals:
        told(str): something to tell the user in the status bar.
    """

    told = Signal(str)

    def __init__(self, view: MapView, editor: MapEditor, inline: InlineEditing,
                 navigation: Navigation) -> None:
        super().__init__(view)
        self.map_scene = view.map_scene
        self.editor = editor
        self._inline = inline
        self._navigation = navigation
        self.blueprint = BlueprintActions(view, inline, navigation)
        """What the map does with the service blueprint's items."""
        self.blueprint.told.connect(self.told)
        self.pictures = PictureActions(view, editor)
        """What the map does with the pictures of cards, stages and notes."""
        self.pictures.told.connect(self.told)
        self.details = DetailLinks(view, editor)
        """What the map does with the journeys that detail its steps."""
        self.details.told.connect(self.told)
        self._clicked_stage_id: str | None = None
        """The stage whose empty place was clicked last, while nothing is selected since."""
        self.map_scene.selectionChanged.connect(self._on_selection_changed)

    def _on_selection_changed(self) -> None:
        # The scene also tells of the selection it drops while it is being deleted.
        if isValid(self.map_scene) and self.map_scene.selectedItems():
            self._clicked_stage_id = None

    def click_empty_place(self, point: QPointF) -> None:
        """A click on an empty place of the map: its stage (if it is in one) becomes the
        current stage, where Enter adds a card, until something is selected."""
        layout = self.map_scene.map_layout
        stage = layout.stage_at(point.x()) if layout is not None else None
        self._clicked_stage_id = stage.stage_id if stage is not None else None

    def _tell(self, message: str) -> None:
        self.told.emit(message)

    def start_inline(self, scene_rect: QRectF, text: str, size: float,
                     on_commit: Callable[[str], None], on_cancel: Callable[[], None] | None = None,
                     choices: Sequence[str] = (), bold: bool = True) -> InlineEditor:
        return self._inline.start(scene_rect, text, size, on_commit, on_cancel, choices, bold)

    # ------------------------------------------------------------------ selection

    def selected_touchpoint_ids(self) -> list[str]:
        """The selected touchpoints, in map order."""
        journey = self.map_scene.journey()
        if journey is None:
            return []
        items = self.map_scene.touchpoint_items
        return [tp.id for _, tp in journey.touchpoints()
                if tp.id in items and items[tp.id].isSelected()]

    def selected_flow_ids(self) -> list[str]:
        """The selected flows."""
        return [i.flow_id for i in self.map_scene.selectedItems() if isinstance(i, FlowItem)]

    def selected_note_ids(self) -> list[str]:
        return [i.note_id for i in self.map_scene.selectedItems() if isinstance(i, NoteItem)]

    def selected_stage_ids(self) -> list[str]:
        return [i.stage_id for i in self.map_scene.selectedItems()
                if isinstance(i, StageHeaderItem)]

    def current_stage_id(self) -> str | None:
        """The stage of the selection (a selected header, card or note); with nothing
        selected, the stage whose empty place was clicked last; else None."""
        stages = self.selected_stage_ids()
        if stages:
            return stages[0]
        touchpoints = self.selected_touchpoint_ids()
        if touchpoints:
            return self.editor.stage_of(touchpoints[0])[0].id
        notes = [i.note.stage_id for i in self.map_scene.selectedItems()
                 if isinstance(i, NoteItem)]
        if notes:
            return notes[0]
        journey = self.map_scene.journey()
        clicked = self._clicked_stage_id
        if clicked is not None and journey is not None and any(
                stage.id == clicked for stage in journey.stages):
            return clicked
        return None

    def select_all(self) -> None:
        """Select every card."""
        self.map_scene.select_only(self.map_scene.touchpoint_items.values())

    def select_touchpoint(self, touchpoint_id: str) -> None:
        item = self.map_scene.touchpoint_items.get(touchpoint_id)
        if item is not None:
            self.map_scene.select_only([item])
            self._navigation.keep_in_view(item)

    def select_stage(self, stage_id: str) -> None:
        header = self.map_scene.stage_items.get(stage_id)
        if header is not None:
            self.map_scene.select_only([header])
            self._navigation.keep_in_view(header)

    def select_neighbour(self, step: int) -> None:
        """Left/Right: the previous or next card in map order."""
        journey = self.map_scene.journey()
        if journey is None:
            return
        order = [tp.id for _, tp in journey.touchpoints()]
        if not order:
            return
        selected = self.selected_touchpoint_ids()
        if selected:
            anchor = selected[-1] if step > 0 else selected[0]
            index = max(0, min(len(order) - 1, order.index(anchor) + step))
        else:
            stage_id = self.current_stage_id()
            stage_order = [s.id for s in journey.stages]
            firsts = [tp.id for s in journey.stages for tp in s.touchpoints[:1]
                      if stage_id is None or stage_order.index(s.id)
                      >= stage_order.index(stage_id)]
            index = order.index(firsts[0]) if firsts else 0
        self.select_touchpoint(order[index])

    def select_stage_step(self, step: int) -> None:
        """Tab/Shift+Tab: the first card of the next/previous stage (or the stage itself)."""
        journey = self.map_scene.journey()
        if journey is None or not journey.stages:
            return
        ids = [s.id for s in journey.stages]
        current = self.current_stage_id()
        index = 0 if current is None else max(0, min(len(ids) - 1, ids.index(current) + step))
        stage = journey.stages[index]
        if stage.touchpoints:
            self.select_touchpoint(stage.touchpoints[0].id)
        else:
            self.select_stage(stage.id)

    # ------------------------------------------------------------------ adding

    def add_stage(self, after: bool) -> None:
        """Add a stage after (or before) the current one and type its name."""
        journey = self.map_scene.journey()
        if journey is None:
            return
        current = self.current_stage_id()
        ids = [s.id for s in journey.stages]
        if current is None:
            index = len(ids) if after else 0
        else:
            index = ids.index(current) + (1 if after else 0)
        stage_id = self.editor.add_stage(index)
        self.select_stage(stage_id)
        header = self.map_scene.stage_items.get(stage_id)
        if header is not None:
            self._edit_stage(header, new=True)

    def apply_template(self, names: list[str]) -> None:
        """Give a journey without stages the stages of a template."""
        if not self.editor.apply_template(names):
            self._tell(translate("Map",
                                 "A template can only fill a journey that has no stages yet."))

    def add_touchpoint(self, stage_id: str, index: int) -> None:
        """Add a card at ``index`` of a stage, select it and type its title."""
        tp_id = self.editor.add_touchpoint(stage_id, index)
        self.select_touchpoint(tp_id)
        self._edit_touchpoint(tp_id, new=True)

    def add_touchpoint_in_current_stage(self) -> None:
        """Add a card at the end of the current stage (or of the last one)."""
        journey = self.map_scene.journey()
        if journey is None:
            return
        if not journey.stages:
            self.add_stage(after=True)
            return
        stage_id = self.current_stage_id() or journey.stages[-1].id
        stage = next(s for s in journey.stages if s.id == stage_id)
        self.add_touchpoint(stage_id, len(stage.touchpoints))

    def add_next_touchpoint(self) -> None:
        """Enter: a card after the selected one, in its stage."""
        selected = self.selected_touchpoint_ids()
        if not selected:
            self.add_touchpoint_in_current_stage()
            return
        stage, index = self.editor.stage_of(selected[-1])
        self.add_touchpoint(stage.id, index + 1)

    def add_touchpoint_at(self, point: QPointF) -> None:
        """Double-click on an empty place: a card there, in the nearest position."""
        place = drop_place(self.map_scene, point.x())
        if place is None:
            self.add_stage(after=True)
            return
        stage_id, index, _ = place
        self.add_touchpoint(stage_id, index)

    def add_note_at(self, point: QPointF) -> None:
        """A sticky note in the stage under ``point``."""
        layout = self.map_scene.map_layout
        stage = layout.stage_at(point.x()) if layout is not None else None
        note_id = self.editor.add_note(stage.stage_id if stage is not None else None)
        journey = self.map_scene.journey()
        if journey is not None and not any(lane.lane is Lane.NOTES and lane.visible
                                           for lane in journey.lanes):
            self._tell(translate("Map",
                                 "The note was added; show the sticky-notes lane to see it."))
            return
        item = self.map_scene.note_items.get(note_id)
        if item is not None:
            self.map_scene.select_only([item])
            self.edit_selected_title()

    # ------------------------------------------------------------------ typing in place

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

    # ------------------------------------------------------------------ field keys

    def set_moment(self, moment: MomentOfTruth) -> None:
        self.editor.set_moment(self.selected_touchpoint_ids(), moment)

    def nudge_emotion(self, delta: int) -> None:
        self.editor.nudge_emotion(self.selected_touchpoint_ids(), delta,
                                  self.map_scene.context.persona_id)

    def cycle_criticality(self) -> None:
        self.editor.cycle_criticality(self.selected_touchpoint_ids(),
                                      self.map_scene.context.persona_id)

    def toggle_path_end(self) -> None:
        """E: end the path at the selected cards, or, when they all end it, let them lead
        on to the next card again."""
        ids = self.selected_touchpoint_ids()
        if not ids:
            self._tell(translate("Map", "Select a touchpoint to end the path there."))
            return
        self.editor.set_path_ends(ids, not self.editor.ends_path(ids))

    # ------------------------------------------------------------------ delete, clipboard

    def delete_selection(self) -> None:
        """Delete the selected cards (with their flows), flows, notes, stages and blueprint
        items, as one undo step."""
        stack = self.editor.document.undo_stack
        blueprint = self.blueprint.selected_ids()
        if blueprint:
            stack.beginMacro(translate("Map", "Delete"))
        try:
            self.blueprint.delete_selected()
            self.editor.delete(self.selected_touchpoint_ids(), self.selected_flow_ids(),
                               self.selected_note_ids(), self.selected_stage_ids())
        finally:
            if blueprint:
                stack.endMacro()

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
