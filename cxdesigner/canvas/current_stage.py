"""The map's current stage: the selection's, or the one whose empty place was clicked last."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF
from shiboken6 import isValid

from cxdesigner.canvas.editing import MapEditor
from cxdesigner.canvas.items import NoteItem
from cxdesigner.canvas.scene import JourneyScene


class CurrentStage:
    """The part of :class:`~cxdesigner.canvas.actions.ViewActions` that knows where Enter,
    Tab and pasting act when no card is selected."""

    map_scene: JourneyScene
    editor: MapEditor
    selected_stage_ids: Callable[[], list[str]]
    selected_touchpoint_ids: Callable[[], list[str]]

    def _follow_clicks(self) -> None:
        """Start with no clicked stage, and forget it as soon as something is selected."""
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
