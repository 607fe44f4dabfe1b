"""What the map does with the service blueprint: add an item where asked, type its title in
place, move it along its row, delete it."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Signal

from cxdesigner.canvas.blueprint_editing import BlueprintEditor
from cxdesigner.canvas.inline_editor import InlineEditing
from cxdesigner.canvas.items import BlueprintItemItem
from cxdesigner.canvas.map_view import MapView, ViewPart
from cxdesigner.canvas.navigation import Navigation
from cxdesigner.document.checks import DocumentRuleError
from cxdesigner.document.language import refusal_text
from cxdesigner.model import BlueprintLayer

TITLE_EDIT_SIZE = 12.0


class BlueprintActions(ViewPart):
    """The blueprint's part of the map's editing API, for the mouse, the keys and the menus.

    Signals:
        told(str): something to tell the user in the status bar.
    """

    told = Signal(str)

    def __init__(self, view: MapView, inline: InlineEditing, navigation: Navigation) -> None:
        super().__init__(view)
        self.map_scene = view.map_scene
        self.editor = BlueprintEditor(view.document, view.map_scene.journey_id)
        self._inline = inline
        self._navigation = navigation

    def place_at(self, point: QPointF) -> tuple[BlueprintLayer, str] | None:
        """The row and stage under a scene point, when it is in the blueprint."""
        layout = self.map_scene.map_layout
        if layout is None or layout.blueprint is None:
            return None
        layer = layout.blueprint.layer_at(point.y())
        stage = layout.stage_at(point.x())
        if layer is None or stage is None:
            return None
        return layer, stage.stage_id

    def selected_ids(self) -> list[str]:
        """The selected blueprint items, in the journey's order."""
        chosen = {item.item_id for item in self.map_scene.selectedItems()
                  if isinstance(item, BlueprintItemItem)}
        journey = self.map_scene.journey()
        return [item.id for item in journey.blueprint if item.id in chosen] \
            if journey is not None else []

    def select(self, item_id: str) -> None:
        item = self.map_scene.blueprint.items.get(item_id)
        if item is not None:
            self.map_scene.select_only([item])
            self._navigation.keep_in_view(item)

    def add_at(self, point: QPointF) -> bool:
        """A new item in the row and stage under ``point``, its title ready to type; False
        when ``point`` is not in the blueprint."""
        place = self.place_at(point)
        if place is None:
            return False
        item_id = self.editor.add(*place)
        self.select(item_id)
        self.edit_title(item_id)
        return True

    def edit_title(self, item_id: str, typed: str | None = None) -> None:
        """Type an item's title in place."""
        item = self.map_scene.blueprint.items.get(item_id)
        if item is None:
            return
        item.set_editing(True)

        def done(text: str | None = None) -> None:
            shown = self.map_scene.blueprint.items.get(item_id)
            if shown is not None:
                shown.set_editing(False)
            if text is None:
                return
            try:
                self.editor.set_title(item_id, text)
            except DocumentRuleError as error:
                self.told.emit(refusal_text(error))
                if text.strip():
                    self.edit_title(item_id, text)

        self._inline.start(item.title_rect(), item.entity.title if typed is None else typed,
                           TITLE_EDIT_SIZE, done, done)

    def delete_selected(self) -> bool:
        """Delete the selected items; False when none is selected."""
        return self.editor.delete(self.selected_ids())

    def move_selected(self, step: int) -> None:
        """Move the selected item one place left (-1) or right (+1) in its row."""
        selected = self.selected_ids()
        if len(selected) == 1 and self.editor.move(selected[0], step):
            self.select(selected[0])
