"""The editing API of the map: selection, adding, deleting, field keys."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Signal

from cxdesigner.canvas.blueprint_actions import BlueprintActions
from cxdesigner.canvas.clipboard_actions import ClipboardActions
from cxdesigner.canvas.current_stage import CurrentStage
from cxdesigner.canvas.detail_links import DetailLinks
from cxdesigner.canvas.editing import MapEditor
from cxdesigner.canvas.gestures import drop_place
from cxdesigner.canvas.inline_editor import InlineEditing
from cxdesigner.canvas.items import FlowItem, NoteItem, StageHeaderItem
from cxdesigner.canvas.map_view import MapView, ViewPart
from cxdesigner.canvas.navigation import Navigation
from cxdesigner.canvas.picture_actions import PictureActions
from cxdesigner.canvas.typing_in_place import TypingInPlace
from cxdesigner.interface_language import translate
from cxdesigner.model import Lane, MomentOfTruth


class ViewActions(ViewPart, CurrentStage, TypingInPlace, ClipboardActions):
    """What the window's menus and the view's keys ask the map to do.

    Each action reads the selection of the scene, pushes its edit through the
    :class:`MapEditor`, and brings what it made into view and into typing. The current
    stage (:class:`CurrentStage`), typing in place (:class:`TypingInPlace`) and the
    clipboard (:class:`ClipboardActions`) live in their own modules.

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
        self._follow_clicks()

    def _tell(self, message: str) -> None:
        self.told.emit(message)

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
        tp_id = self.editor.add_touchpoint_after(selected[-1])
        self.select_touchpoint(tp_id)
        self._edit_touchpoint(tp_id, new=True)

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

    # ------------------------------------------------------------------ delete

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
