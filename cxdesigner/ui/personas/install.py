"""The window's entries for personas: the persona editor and the overlaid emotion curves."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence

from cxdesigner.canvas import JourneyView
from cxdesigner.ui.i18n import translate
from cxdesigner.ui.personas.editor import PersonaEditor

if TYPE_CHECKING:
    from cxdesigner.ui.main_window import MainWindow


class PersonaTools(QObject):
    """Opens the persona editor of one window and shows the persona curves on its maps."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.editor: PersonaEditor | None = None
        self.edit_action = QAction(translate("Personas", "&Personas…"), window)
        self.edit_action.setShortcut(QKeySequence("Ctrl+Shift+P"))
        self.edit_action.setStatusTip(translate(
            "Personas", "Describe the personas: needs, usages, behaviours, photo and card"))
        self.edit_action.triggered.connect(lambda: self.open_editor())
        self.overlay_action = QAction(translate("Personas", "&Overlay Persona Curves"), window)
        self.overlay_action.setCheckable(True)
        self.overlay_action.setStatusTip(translate(
            "Personas", "Draw the emotion curve of every persona of the journey, one colour "
                        "and line style each"))
        self.overlay_action.toggled.connect(lambda _on: self.apply_overlay())
        menus = window.menus
        menus.edit.addSeparator()
        menus.edit.addAction(self.edit_action)
        menus.view.insertAction(menus.lanes.menuAction(), self.overlay_action)
        window.tabs.view_created.connect(self._on_view_created)
        window.persona_combo.currentIndexChanged.connect(lambda _i: self._repaint_curves())
        window.people.open_persona_editor.connect(self.open_editor)
        self.edit_action.setEnabled(not window.read_only)

    def open_editor(self, persona_id: str | None = None) -> PersonaEditor:
        """Show the persona editor (made on first use) on ``persona_id``."""
        window = self._window
        if self.editor is None:
            actions = window.editor_actions
            undo = (actions.undo, actions.redo) if actions.undo and actions.redo else None
            self.editor = PersonaEditor(window.document, window.prompts, undo, window)
        if persona_id is not None:
            self.editor.show_persona(persona_id)
        self.editor.show()
        self.editor.activateWindow()
        return self.editor

    def apply_overlay(self) -> None:
        """Every map shows (or stops showing) the personas' curves."""
        on = self.overlay_action.isChecked()
        for view in self._window.tabs.views():
            view.map_scene.persona_curves.set_overlay(on)

    def _on_view_created(self, view: JourneyView) -> None:
        view.map_scene.persona_curves.set_overlay(self.overlay_action.isChecked())

    def _repaint_curves(self) -> None:
        # The persona in view is drawn bolder.
        for view in self._window.tabs.views():
            view.map_scene.persona_curves.update()


def install_persona_editor(window: MainWindow) -> PersonaTools:
    """Add the persona editor and the overlay option to ``window``'s menus."""
    return PersonaTools(window)

