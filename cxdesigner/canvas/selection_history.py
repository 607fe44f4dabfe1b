"""Undo and redo bring back what was selected on the map when the edit was made."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QGraphicsItem
from shiboken6 import isValid

from cxdesigner.canvas.items import (
    BlueprintItemItem,
    FlowItem,
    NoteItem,
    StageHeaderItem,
    TouchpointItem,
)

if TYPE_CHECKING:
    from cxdesigner.canvas.view import JourneyView

Selection = frozenset[tuple[str, str]]
"""What is selected on a map: (kind, id) of cards, stage headers, flows, notes and blueprint
items."""


class SelectionHistory(QObject):
    """Remembers what was selected on a map just before each edit made while it is shown.

    Undoing or redoing that edit selects it again (what still exists of it) and nothing
    else, as Qt's editors do: after Delete and Ctrl+Z the cards come back selected, and
    undoing a change of another card shows that card, not whatever is selected now. An
    edit made while the map is hidden (in another journey's tab) leaves its selection alone.
    """

    def __init__(self, view: JourneyView) -> None:
        super().__init__(view)
        self._view = view
        self._scene = view.map_scene
        self._stack = view.document.undo_stack
        self._before: dict[int, Selection] = {}
        """The selection before the edit at each index of the undo stack."""
        self._settled = self._selection()
        """The selection as the user left it: items an edit took off the map still count."""
        self._index = self._stack.index()
        self._scene.selectionChanged.connect(self._on_selection_changed)
        self._stack.indexChanged.connect(self._on_index_changed)

    def _alive(self) -> bool:
        # A closing window destroys the stack and the scene, which still signal meanwhile.
        return isValid(self._scene) and isValid(self._stack)

    def _selection(self) -> Selection:
        found: set[tuple[str, str]] = set()
        for item in self._scene.selectedItems():
            if isinstance(item, TouchpointItem):
                found.add(("touchpoint", item.touchpoint_id))
            elif isinstance(item, StageHeaderItem):
                found.add(("stage", item.stage_id))
            elif isinstance(item, FlowItem):
                found.add(("flow", item.flow_id))
            elif isinstance(item, NoteItem):
                found.add(("note", item.note_id))
            elif isinstance(item, BlueprintItemItem):
                found.add(("blueprint", item.item_id))
        return frozenset(found)

    def _item(self, kind: str, identifier: str) -> QGraphicsItem | None:
        scene = self._scene
        if kind == "touchpoint":
            return scene.touchpoint_items.get(identifier)
        if kind == "stage":
            return scene.stage_items.get(identifier)
        if kind == "flow":
            return scene.flow_items.get(identifier)
        if kind == "blueprint":
            return scene.blueprint.items.get(identifier)
        return scene.note_items.get(identifier)

    def _on_selection_changed(self) -> None:
        if not self._alive():
            return
        now = self._selection()
        gone = self._settled - now
        if now <= self._settled and gone and all(self._item(*key) is None for key in gone):
            return  # an edit took these off the map; the user did not unselect them
        self._settled = now

    def _on_index_changed(self, index: int) -> None:
        if not self._alive():
            return
        previous, self._index = self._index, index
        if self._stack.count() == 0:  # a new history
            self._before.clear()
        elif self._stack.pushing:  # a new edit (or one merged, or dropped)
            first_gone = index - 1 if index > previous else index
            for key in [key for key in self._before if key >= first_gone]:
                del self._before[key]  # edits undone and replaced, or this one's old entry
            if index > previous and self._view.isVisible():
                self._before[index - 1] = self._settled
        else:  # undo or redo: the edit at this index, or just before it
            wanted = self._before.get(index if index < previous else index - 1)
            if wanted is not None:
                self._scene.select_only(
                    item for item in (self._item(*key) for key in wanted) if item is not None)
        self._settled = self._selection()
