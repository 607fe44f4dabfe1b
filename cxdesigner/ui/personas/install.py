"""The window's entries for personas: the persona editor and the overlaid emotion curves."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence

from cxdesigner.canvas import JourneyView
from cxdesigner.ui.i18n import translate
from cxdesigner.ui.menus import Menus
from cxdesigner.ui.panel_context import PanelContext

if TYPE_CHECKING:
    from cxdesigner.ui.personas.editor import PersonaEditor


class PersonaTools(QObject):
    """Opens the persona editor and shows the persona curves on the maps."""

    def __init__(self, context: PanelContext, undo_actions: tuple[QAction, QAction] | None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._undo_actions = undo_actions
        self.editor: PersonaEditor | None = None
        self.edit_action = QAction(translate("Personas", "&Personas…"), self)
        self.edit_action.setShortcut(QKeySequence("Ctrl+Shift+P"))
        self.edit_action.setStatusTip(translate(
            "Personas", "Describe the personas: needs, usages, behaviours, photo and card"))
        self.edit_action.triggered.connect(lambda: self.open_editor())
        self.edit_action.setEnabled(not context.read_only)
        self.overlay_action = QAction(translate("Personas", "&Overlay Persona Curves"), self)
        self.overlay_action.setCheckable(True)
        self.overlay_action.setStatusTip(translate(
            "Personas", "Draw the emotion curve of every persona of the journey, one colour "
                        "and line style each"))
        self.overlay_action.toggled.connect(lambda _on: self.apply_overlay())
        if context.maps is not None:
            context.maps.view_created.connect(self._on_view_created)

    def open_editor(self, persona_id: str | None = None) -> PersonaEditor:
        """Show the persona editor (made on first use) on ``persona_id``."""
        if self.editor is None:
            from cxdesigner.ui.personas.editor import PersonaEditor

            context = self._context
            self.editor = PersonaEditor(context.document, context.prompts, self._undo_actions,
                                        context.dialog_parent, context.journey_id)
        if persona_id is not None:
            self.editor.show_persona(persona_id)
        self.editor.show()
        self.editor.activateWindow()
        return self.editor

    def _views(self) -> list[JourneyView]:
        maps = self._context.maps
        return maps.views() if maps is not None else []

    def apply_overlay(self) -> None:
        """Every map shows (or stops showing) the personas' curves."""
        on = self.overlay_action.isChecked()
        for view in self._views():
            view.map_scene.persona_curves.set_overlay(on)

    def _on_view_created(self, view: JourneyView) -> None:
        view.map_scene.persona_curves.set_overlay(self.overlay_action.isChecked())

    def repaint_curves(self) -> None:
        """Another persona is in view: it is drawn bolder."""
        for view in self._views():
            view.map_scene.persona_curves.update()


def install_persona_editor(context: PanelContext, menus: Menus,
                           undo_actions: tuple[QAction, QAction] | None) -> PersonaTools:
    """Add Edit ▸ Personas… and View ▸ Overlay Persona Curves; ``undo_actions`` also work in
    the persona editor."""
    tools = PersonaTools(context, undo_actions, context)
    menus.edit.addSeparator()
    menus.edit.addAction(tools.edit_action)
    menus.view.insertAction(menus.lanes.menuAction(), tools.overlay_action)
    return tools
