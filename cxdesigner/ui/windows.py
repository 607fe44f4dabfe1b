"""The editor's windows, and what they share: preferences, theme and recovered work."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication
from typing_extensions import override

from cxdesigner.io import ProjectFileError, load_project
from cxdesigner.io.file_names import same_file
from cxdesigner.io.templates import bundled_template
from cxdesigner.model import Project
from cxdesigner.ui.focus_return import install_focus_return
from cxdesigner.ui.i18n import translate
from cxdesigner.ui.main_window import MainWindow
from cxdesigner.ui.preferences import PreferencesDialog
from cxdesigner.ui.project_factory import new_project, untitled_title
from cxdesigner.ui.recovery import RecoveryStore, Snapshot
from cxdesigner.ui.recovery_dialog import DISCARD, OPEN_BOTH, RESTORE, RecoveryDialog
from cxdesigner.ui.settings import Preferences
from cxdesigner.ui.template_library import user_templates_folder
from cxdesigner.ui.theme import apply_theme


class WindowManager(QObject):
    """Creates the main windows and keeps what they have in common.

    Attributes:
        language: the interface language in use (``fr`` or ``en``).
    """

    def __init__(self, preferences: Preferences, store: RecoveryStore, language: str,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.preferences = preferences
        self.store = store
        self.language = language
        self.theme = preferences.theme
        self.windows: list[MainWindow] = []
        self.templates_folder = user_templates_folder()
        """Where the consultant's own journey templates are kept."""
        application = QApplication.instance()
        if isinstance(application, QApplication):
            install_focus_return(application)

    def blank_project(self) -> Project:
        """What a new window starts with: a journey with the purchase stages."""
        return new_project(untitled_title(self.language), self.language,
                           bundled_template("general/purchase", self.language).project)

    def new_window(self, project: Project | None = None, read_only: bool = False) -> MainWindow:
        window = MainWindow(self, project or self.blank_project(), read_only)
        window.apply_theme(self.theme)
        geometry, state = self.preferences.window_state()
        if not self.windows and not geometry.isEmpty():
            window.restoreGeometry(geometry)
            window.restoreState(state)
            window.versions.hide_when_settled()
        else:
            area = window.screen().availableGeometry()
            width, height = min(area.width(), 1500), min(area.height(), 940)
            window.setGeometry(area.x() + (area.width() - width) // 2,
                               area.y() + (area.height() - height) // 2, width, height)
        self.windows.append(window)
        return window

    def window_closing(self, window: MainWindow) -> None:
        if not window.read_only:
            self.preferences.set_window_state(window.saveGeometry(), window.saveState())
            self.preferences.sync()
        if window in self.windows:
            self.windows.remove(window)

    def refresh_recent_menus(self) -> None:
        for window in self.windows:
            window.refresh_recent_menu()

    def open_file(self, path: Path) -> MainWindow | None:
        """Open a project from outside (the desktop, Finder): in an untouched window if there
        is one, else in a new window, so that no open work is disturbed."""
        target = next((w for w in reversed(self.windows) if w.is_pristine()), None)
        created = target is None
        window = target or self.new_window()
        if not window.files.open_path(path):
            if created:
                window.close()
            return None
        window.show()
        window.activateWindow()
        return window

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """macOS asks the application itself to open documents (QFileOpenEvent).

        Every event of the application passes here: the test is kept to one ``isinstance``
        (reading ``event.type()`` makes a Python enum each time).
        """
        if isinstance(event, QFileOpenEvent):
            if event.file():
                self.open_file(Path(event.file()))
            return True
        return False

    def quit(self) -> None:
        """Close every window, each asking about its unsaved changes; stop at a Cancel."""
        for window in list(self.windows):
            if not window.close():
                return

    # ------------------------------------------------------------------ look

    def set_theme(self, theme: str) -> None:
        self.theme = theme
        self.preferences.theme = theme
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, theme)
        for window in self.windows:
            window.apply_theme(theme)

    def edit_preferences(self, window: MainWindow) -> None:
        dialog = PreferencesDialog(self.preferences, window)
        try:
            if not window.prompts.run(dialog):
                return
            language_changed = dialog.apply()
        finally:
            dialog.deleteLater()
        self.set_theme(self.preferences.theme)
        for each in self.windows:
            each.recovery.set_interval(self.preferences.autosave_seconds)
        if language_changed:
            window.prompts.inform(translate("MainWindow", "Language"), translate(
                "MainWindow", "The new language is used the next time CX Designer starts."))

    # ------------------------------------------------------------------ recovery

    def offer_recovery(self, window: MainWindow, asked: bool) -> None:
        """Offer the unsaved work of dead sessions; ``asked``: say so when there is none."""
        while True:
            snapshots = self.store.orphans()
            if not snapshots:
                if asked:
                    window.prompts.inform(translate("Recovery", "Recover unsaved work"),
                                          translate("Recovery", "There is no unsaved work to "
                                                                "recover."))
                return
            choice = self.choose_recovery(window, snapshots)
            if choice is None:
                return
            action, snapshot = choice
            if action == RESTORE:
                self.restore(window, snapshot)
            elif action == OPEN_BOTH:
                self.open_both(window, snapshot)
            elif action == DISCARD:
                self.discard(window, snapshot)
            asked = False

    def choose_recovery(self, window: MainWindow,
                        snapshots: list[Snapshot]) -> tuple[str, Snapshot] | None:
        """Ask what to do with the snapshots found (tests replace this method)."""
        dialog = RecoveryDialog(snapshots, self.language, window)
        try:
            return dialog.choice if window.prompts.run(dialog) else None
        finally:
            dialog.deleteLater()

    def restore(self, window: MainWindow, snapshot: Snapshot) -> MainWindow | None:
        """Open the unsaved work, bound to its original file, marked as not saved."""
        try:
            project = self.store.load(snapshot, self.language)
        except ProjectFileError as error:
            window.prompts.show_error(translate("Recovery", "Could not restore"),
                                      translate("Recovery", "The unsaved work cannot be read; "
                                                            "it was left where it is."),
                                      error.message())
            return None
        path, original = window.document.path, snapshot.original
        same = (path is not None and original is not None and same_file(path, original)
                and window.document.undo_stack.isClean())
        target = window if window.is_pristine() or same else self.new_window()
        target.files.restore(project, snapshot.original, snapshot.original_state)
        target.recovery.continue_from(snapshot)
        target.show()
        return target

    def open_both(self, window: MainWindow, snapshot: Snapshot) -> None:
        """Restore, and show the original file read-only beside it."""
        target = self.restore(window, snapshot)
        original = snapshot.original
        if target is None or original is None:
            return
        try:
            project = load_project(original, self.language)
        except ProjectFileError as error:
            target.prompts.show_error(translate("Recovery", "Could not open"),
                                      translate("Recovery", "The file on disk cannot be read."),
                                      error.message())
            return
        other = self.new_window(project, read_only=True)
        other.files.load(project, original)
        screen = target.screen().availableGeometry()
        half = screen.width() // 2
        target.setGeometry(screen.x(), screen.y(), half, screen.height())
        other.setGeometry(screen.x() + half, screen.y(), half, screen.height())
        other.show()
        target.activateWindow()

    def discard(self, window: MainWindow, snapshot: Snapshot) -> bool:
        """Delete the snapshot once the user confirms."""
        if not window.prompts.confirm(
                translate("Recovery", "Discard unsaved work"),
                translate("Recovery", "Delete the unsaved work of “%1” for good?").replace(
                    "%1", snapshot.title or translate("Recovery", "Untitled")),
                translate("Recovery", "Discard")):
            return False
        self.store.discard(snapshot)
        return True
