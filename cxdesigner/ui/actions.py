"""Every action of the main window: text, shortcut, icon and status tip, in one place."""

from __future__ import annotations

from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QWidget

from cxdesigner.ui.i18n import translate
from cxdesigner.ui.icons import themed_icon

Key = QKeySequence.StandardKey

# Actions that show one of our icons (resources/icons/<name>.svg).
ICONS = {
    "new_project": "new", "open": "open", "save": "save", "undo": "undo", "redo": "redo",
    "cut": "cut", "copy": "copy", "paste": "paste", "delete": "delete",
    "add_touchpoint": "add-touchpoint", "add_stage_after": "add-stage",
    "zoom_in": "zoom-in", "zoom_out": "zoom-out", "reset_zoom": "zoom-reset",
    "fit_to_window": "zoom-fit", "highlight_switches": "channel-switch",
    "highlight_handoffs": "handoff",
}


def shortcuts(*keys: QKeySequence.StandardKey | str) -> list[QKeySequence]:
    """The key sequences of an action, without empty ones or repeats.

    A standard key and its written fallback are often the same on a platform (Quit is
    Ctrl+Q on Linux): given twice to one action, Qt finds the shortcut ambiguous and
    triggers nothing.
    """
    sequences: list[QKeySequence] = []
    for key in keys:
        sequence = QKeySequence(key)
        if not sequence.isEmpty() and sequence not in sequences:
            sequences.append(sequence)
    return sequences


class EditorActions:
    """The actions of one main window, owned by it. Menus and the toolbar show them."""

    def __init__(self, window: QWidget) -> None:
        self._window = window

        def make(text: str, tip: str = "", *keys: QKeySequence.StandardKey | str) -> QAction:
            action = QAction(text, window)
            if tip:
                action.setStatusTip(tip)
                action.setToolTip(tip)
            if keys:
                action.setShortcuts(shortcuts(*keys))
            return action

        # File
        self.new_project = make(translate("Actions", "&New from Template…"),
                                translate("Actions", "Start a new project from a journey template"),
                                Key.New)
        self.open = make(translate("Actions", "&Open…"),
                         translate("Actions", "Open a project file"), Key.Open)
        self.save = make(translate("Actions", "&Save"),
                         translate("Actions", "Save the project"), Key.Save)
        self.save_as = make(translate("Actions", "Save &As…"),
                            translate("Actions", "Save the project under another name"),
                            Key.SaveAs)
        self.recover = make(translate("Actions", "Recover &Unsaved Work…"),
                            translate("Actions", "Show the work left unsaved by a session that "
                                                 "ended unexpectedly"))
        self.clear_recent = make(translate("Actions", "&Clear List"))
        self.preferences = make(translate("Actions", "&Preferences…"),
                                translate("Actions", "Language, theme and recovery copies"),
                                Key.Preferences, "Ctrl+,")
        self.close_window = make(translate("Actions", "&Close Window"), "", Key.Close)
        self.quit = make(translate("Actions", "&Quit"),
                         translate("Actions", "Quit CX Designer"), Key.Quit, "Ctrl+Q")

        # Edit
        self.cut = make(translate("Actions", "Cu&t"), "", Key.Cut)
        self.copy = make(translate("Actions", "&Copy"), "", Key.Copy)
        self.paste = make(translate("Actions", "&Paste"), "", Key.Paste)
        self.delete = make(translate("Actions", "&Delete"),
                           translate("Actions", "Delete the selected touchpoints or flows"),
                           Key.Delete)
        self.select_all = make(translate("Actions", "Select &All"), "", Key.SelectAll)
        self.add_touchpoint = make(translate("Actions", "Add Touchpoi&nt"),
                                   translate("Actions", "Add a touchpoint to the current stage"),
                                   "Ctrl+T")
        self.add_stage_before = make(translate("Actions", "Add Stage &Before"),
                                     translate("Actions", "Insert a stage before the current one"),
                                     "Ctrl+Shift+Return")
        self.add_stage_after = make(translate("Actions", "Add Stage Aft&er"),
                                    translate("Actions", "Insert a stage after the current one"),
                                    "Ctrl+Return")
        self.rename = make(translate("Actions", "&Rename"),
                           translate("Actions", "Edit the title of the selected item on the map"),
                           "F2")

        # View
        self.zoom_in = make(translate("Actions", "Zoom &In"), "", Key.ZoomIn, "Ctrl+=")
        self.zoom_out = make(translate("Actions", "Zoom &Out"), "", Key.ZoomOut)
        self.reset_zoom = make(translate("Actions", "&Actual Size"), "", "Ctrl+0")
        self.fit_to_window = make(translate("Actions", "&Fit to Window"),
                                  translate("Actions", "Show the whole map, or the current "
                                                       "stage when the whole map would be too "
                                                       "small to read"),
                                  "Ctrl+Shift+F")
        self.highlight_switches = make(
            translate("Actions", "Highlight &Channel Switches"),
            translate("Actions", "Show where the customer changes channel"))
        self.highlight_handoffs = make(
            translate("Actions", "Highlight &Hand-offs"),
            translate("Actions", "Show where the customer is passed to another interlocutor"))
        for action in (self.highlight_switches, self.highlight_handoffs):
            action.setCheckable(True)
        self.edit_lanes = make(translate("Actions", "Show and Order &Lanes…"))
        self.theme_group = QActionGroup(window)
        self.theme_light = make(translate("Actions", "&Light"))
        self.theme_dark = make(translate("Actions", "&Dark"))
        for action in (self.theme_light, self.theme_dark):
            action.setCheckable(True)
            self.theme_group.addAction(action)

        # Journey
        self.new_journey = make(translate("Actions", "&New Journey…"),
                                translate("Actions", "Add a journey without stages"))
        self.new_journey_from_template = make(
            translate("Actions", "New Journey from &Template…"),
            translate("Actions", "Add a journey made from a template of the library"))
        self.save_journey_template = make(
            translate("Actions", "Save Journey as Te&mplate…"),
            translate("Actions", "Keep the stages, lanes and blueprint of the current journey "
                                 "as a template of your own"))
        self.export_journey_template = make(
            translate("Actions", "E&xport Journey as Template…"),
            translate("Actions", "Write the current journey as a template file to share"))
        self.import_template = make(
            translate("Actions", "&Import Template File…"),
            translate("Actions", "Add a template file received from a colleague to your "
                                 "templates"))
        self.rename_journey = make(translate("Actions", "&Rename Journey…"))
        self.delete_journey = make(translate("Actions", "&Delete Journey…"),
                                   translate("Actions", "Delete the current journey"))

        # Help
        self.keyboard_shortcuts = make(
            translate("Actions", "&Keyboard Shortcuts"),
            translate("Actions", "Every key of the map, the presentation and the console, "
                                 "printable on one A4 page"), Key.HelpContents, "F1")
        self.about = make(translate("Actions", "&About CX Designer"))

        # Undo and redo come from the undo stack (see MainWindow); set there.
        self.undo: QAction | None = None
        self.redo: QAction | None = None

    def set_icons(self, colour: str, disabled: str) -> None:
        """Draw our icons in the colours of the window theme."""
        for name, icon_name in ICONS.items():
            action = getattr(self, name, None)
            if isinstance(action, QAction):
                action.setIcon(themed_icon(icon_name, colour, disabled))

    def editing(self) -> list[QAction]:
        """The actions that change the project (disabled in a read-only window)."""
        return [self.cut, self.paste, self.delete, self.add_touchpoint, self.add_stage_before,
                self.add_stage_after, self.rename, self.edit_lanes, self.new_journey,
                self.new_journey_from_template, self.rename_journey, self.delete_journey,
                self.open, self.save, self.save_as]

    def map_actions(self) -> list[QAction]:
        """The actions that need a map on screen."""
        return [self.cut, self.copy, self.paste, self.delete, self.select_all,
                self.add_touchpoint, self.add_stage_before, self.add_stage_after, self.rename,
                self.zoom_in, self.zoom_out, self.reset_zoom, self.fit_to_window,
                self.edit_lanes, self.rename_journey, self.delete_journey]
