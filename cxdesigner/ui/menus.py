"""The menu bar and the toolbar of the main window, built from its actions."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QLabel, QMainWindow, QMenu, QToolBar, QWidget

from cxdesigner.interface_language import interface_language
from cxdesigner.io.templates import bundled_templates
from cxdesigner.ui.actions import EditorActions
from cxdesigner.ui.i18n import translate
from cxdesigner.ui.platform_ui import give_application_menu_roles, keep_entries_in_place


class Menus:
    """The menus that change with the project: recent files, lanes, stage templates."""

    def __init__(self, window: QMainWindow, actions: EditorActions) -> None:
        bar = window.menuBar()
        give_application_menu_roles(preferences=actions.preferences, quit_action=actions.quit,
                                    about=actions.about)
        keep_entries_in_place(bar)  # every other entry, added now or later, stays in its menu
        self.file = bar.addMenu(translate("Menus", "&File"))
        self.file.addAction(actions.new_project)
        self.file.addAction(actions.new_journey_from_template)
        self.file.addAction(actions.open)
        self.recent = self.file.addMenu(translate("Menus", "Open &Recent"))
        self.file.addSeparator()
        self.file.addAction(actions.save)
        self.file.addAction(actions.save_as)
        self.file.addSeparator()
        self.import_menu = self.file.addMenu(translate("Menus", "&Import"))
        self.export_menu = self.file.addMenu(translate("Menus", "&Export"))
        self.file.addSeparator()
        self.file.addAction(actions.recover)
        self.file.addSeparator()
        self.file.addAction(actions.preferences)
        self.file.addSeparator()
        self.file.addAction(actions.close_window)
        self.file.addAction(actions.quit)

        self.edit = bar.addMenu(translate("Menus", "&Edit"))
        assert actions.undo is not None and actions.redo is not None
        self.edit.addAction(actions.undo)
        self.edit.addAction(actions.redo)
        self.edit.addSeparator()
        for action in (actions.cut, actions.copy, actions.paste, actions.delete):
            self.edit.addAction(action)
        self.edit.addSeparator()
        self.edit.addAction(actions.select_all)
        self.edit.addSeparator()
        for action in (actions.add_touchpoint, actions.add_stage_before,
                       actions.add_stage_after, actions.rename):
            self.edit.addAction(action)

        self.view = bar.addMenu(translate("Menus", "&View"))
        for action in (actions.zoom_in, actions.zoom_out, actions.reset_zoom,
                       actions.fit_to_window):
            self.view.addAction(action)
        self.view.addSeparator()
        self.view.addAction(actions.highlight_switches)
        self.view.addAction(actions.highlight_handoffs)
        self.lanes = self.view.addMenu(translate("Menus", "&Lanes"))
        self.view.addSeparator()
        theme = self.view.addMenu(translate("Menus", "&Theme"))
        theme.addAction(actions.theme_light)
        theme.addAction(actions.theme_dark)
        self.panels = self.view.addMenu(translate("Menus", "&Panels"))

        self.journey = bar.addMenu(translate("Menus", "&Journey"))
        self.journey.addAction(actions.new_journey)
        self.journey.addAction(actions.new_journey_from_template)
        self.templates = self.journey.addMenu(translate("Menus", "Add &Stages from Template"))
        """The library's templates, each action's data its key; filled when it first opens
        (reading the library is no part of opening a window)."""
        self.templates.aboutToShow.connect(self.template_actions)
        self.journey.addSeparator()
        self.journey.addAction(actions.save_journey_template)
        self.journey.addAction(actions.export_journey_template)
        self.journey.addAction(actions.import_template)
        self.journey.addSeparator()
        self.journey.addAction(actions.rename_journey)
        self.journey.addAction(actions.delete_journey)

        self.help = bar.addMenu(translate("Menus", "&Help"))
        self.help.addAction(actions.keyboard_shortcuts)
        self.help.addSeparator()
        self.help.addAction(actions.about)

    def template_actions(self) -> list[QAction]:
        """The entries of Journey ▸ Add Stages from Template, made the first time asked."""
        if not self.templates.actions():
            for template in bundled_templates(interface_language()):
                self.templates.addAction(template.name).setData(template.key)
        return self.templates.actions()


def build_toolbar(window: QMainWindow, actions: EditorActions,
                  personas: QComboBox) -> QToolBar:
    """The toolbar with the most used actions and the persona shown on the map."""
    toolbar = QToolBar(translate("Menus", "Main toolbar"), window)
    toolbar.setObjectName("mainToolBar")
    toolbar.setIconSize(QSize(20, 20))
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
    toolbar.setMovable(False)
    assert actions.undo is not None and actions.redo is not None
    groups: list[list[QAction]] = [
        [actions.new_project, actions.open, actions.save],
        [actions.undo, actions.redo],
        [actions.add_touchpoint, actions.add_stage_after, actions.delete],
        [actions.zoom_out, actions.zoom_in, actions.fit_to_window],
        [actions.highlight_switches, actions.highlight_handoffs],
    ]
    for index, group in enumerate(groups):
        if index:
            toolbar.addSeparator()
        for action in group:
            toolbar.addAction(action)
    toolbar.addSeparator()
    label = QLabel(translate("Menus", "Persona:"), toolbar)
    label.setContentsMargins(6, 0, 4, 0)
    toolbar.addWidget(label)
    toolbar.addWidget(personas)
    spacer = QWidget(toolbar)
    toolbar.addWidget(spacer)
    window.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)
    return toolbar


def fill_menu(menu: QMenu, entries: list[QAction]) -> None:
    """Replace the entries of ``menu``."""
    menu.clear()
    for action in entries:
        menu.addAction(action)
