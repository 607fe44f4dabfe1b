"""Opening, saving and asking before losing changes, for one window's document."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, Signal

from cxdesigner.document import JourneyDocument
from cxdesigner.io import PROJECT_SUFFIX, ProjectFileError, load_project, save_project
from cxdesigner.model import Project
from cxdesigner.ui.i18n import translate
from cxdesigner.ui.prompts import Prompts, SaveChoice
from cxdesigner.ui.recovery import RecoverySession
from cxdesigner.ui.settings import Preferences


class FileController(QObject):
    """The file side of a window: new, open, save, save as, and the "save changes?" question.

    Signals:
        replacing: another project is about to be loaded into the document.
        recent_changed: the recent files changed.
    """

    replacing = Signal()
    recent_changed = Signal()

    def __init__(self, document: JourneyDocument, prompts: Prompts, preferences: Preferences,
                 session: RecoverySession, language: str = "en",
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._language = language  # that of the messages about a file that cannot be read
        self._document = document
        self._prompts = prompts
        self._preferences = preferences
        self._session = session

    def display_name(self) -> str:
        """The file name, or "Untitled" for a project never saved."""
        path = self._document.path
        return path.name if path is not None else translate("Files", "Untitled")

    def is_modified(self) -> bool:
        return not self._document.undo_stack.isClean()

    # ------------------------------------------------------------------ asking

    def maybe_save(self) -> bool:
        """Ask to save unsaved changes; True when it is fine to go on (saved or discarded)."""
        if not self.is_modified():
            return True
        choice = self._prompts.ask_save_changes(self.display_name())
        if choice is SaveChoice.SAVE:
            return self.save()
        return choice is SaveChoice.DISCARD

    # ------------------------------------------------------------------ saving

    def save(self) -> bool:
        """Save to the current file (or ask where); False when nothing was saved."""
        path = self._document.path
        if path is None:
            return self.save_as()
        return self._write(path)

    def save_as(self) -> bool:
        suggested = self._document.path or (
            self._dialog_folder() / f"{_safe_name(self._document.project.title)}"
                                    f"{PROJECT_SUFFIX}")
        path = self._prompts.save_path(suggested)
        if path is None or not self._write(path):
            return False
        self._preferences.last_folder = path.parent
        self._preferences.sync()
        return True

    def _dialog_folder(self) -> Path:
        """Where the Open and Save dialogs start: the last folder chosen in one, else the
        user's documents (never the program's own folder, where the demo project is)."""
        last = self._preferences.last_folder
        if last is not None and last.is_dir():
            return last
        return documents_folder()

    def _write(self, path: Path) -> bool:
        try:
            save_project(self._document.project, path)
        except ProjectFileError as error:
            self._prompts.show_error(
                translate("Files", "Could not save"),
                translate("Files", "The project was not saved. Your changes are still here: "
                                   "try again, or save it somewhere else with File ▸ Save As."),
                error.message())
            return False
        if path != self._document.path:
            self._document.set_path(path)
        self._document.undo_stack.setClean()
        self._session.discard()
        self._remember(path)
        return True

    # ------------------------------------------------------------------ opening

    def open_dialog(self) -> bool:
        path = self._prompts.open_path(self._dialog_folder())
        if path is None:
            return False
        self._preferences.last_folder = path.parent
        return self.open_path(path)

    def open_path(self, path: Path) -> bool:
        """Open a project file in this window, after asking about unsaved changes.

        A file that cannot be read is reported and left untouched; the window keeps its
        project.
        """
        if not self.maybe_save():
            return False
        try:
            project = load_project(path, self._language)
        except ProjectFileError as error:
            self._prompts.show_error(
                translate("Files", "Could not open"),
                translate("Files", "The project could not be opened. The file was not changed."),
                error.message())
            if not path.exists():
                self._preferences.remove_recent_file(path)
                self.recent_changed.emit()
            return False
        self.load(project, path)
        self._remember(path)
        return True

    def new_project(self, project: Project) -> bool:
        """Start editing a new, never saved project."""
        if not self.maybe_save():
            return False
        self.load(project, None)
        return True

    def load(self, project: Project, path: Path | None) -> None:
        """Edit ``project`` (saved at ``path``) from now on, with a fresh undo history."""
        self.replacing.emit()
        self._document.replace_project(project, path)
        self._session.discard()

    def restore(self, project: Project, original: Path | None) -> None:
        """Edit recovered work: bound to its original file, and marked as not saved."""
        self.load(project, original)
        self._document.undo_stack.resetClean()

    def _remember(self, path: Path) -> None:
        self._preferences.add_recent_file(path)
        self._preferences.sync()
        self.recent_changed.emit()


def documents_folder() -> Path:
    """The user's documents folder, or their home folder when it has none."""
    location = Path(QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation))
    return location if location.is_dir() else Path.home()


def _safe_name(title: str) -> str:
    """A file name made from a project title."""
    kept = "".join(c if c.isalnum() or c in " -_'’" else " " for c in title)
    return " ".join(kept.split())[:80] or "projet"
