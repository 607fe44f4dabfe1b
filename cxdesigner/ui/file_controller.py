"""Opening, saving and asking before losing changes, for one window's document.

Two safeguards stand between a save and someone else's work: the project's lock file
(one window, on one computer, edits a project; another one gets a read-only copy), and
the state of the file when it was opened (a change made on disk since, by another program
or a colleague on a shared folder, is shown before anything is written over it).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from cxdesigner.document import JourneyDocument
from cxdesigner.io import (
    PROJECT_SUFFIX,
    ProjectFileError,
    backup_paths,
    load_project,
    read_project,
    save_project,
)
from cxdesigner.io.atomic import remove_stale_temporaries
from cxdesigner.io.differences import project_differences
from cxdesigner.io.disk_state import DiskState, changed_since
from cxdesigner.io.file_names import fitted_file, portable_stem, same_file
from cxdesigner.model import Project
from cxdesigner.ui.i18n import format_moment, interface_locale, translate
from cxdesigner.ui.platform_ui import documents_folder
from cxdesigner.ui.project_lock import LockOwner, ProjectLock
from cxdesigner.ui.prompts import DiskChoice, Prompts, SaveChoice
from cxdesigner.ui.recovery import RecoverySession
from cxdesigner.ui.settings import Preferences


class FileController(QObject):
    """The file side of a window: new, open, save, save as, and the "save changes?" question.

    Attributes:
        lock_owner: who holds the lock of the project's file, when this window could not
            take it: the window then edits a read-only copy (saved only under another name).

    Signals:
        replacing: another project is about to be loaded into the document.
        recent_changed: the recent files changed.
        lock_changed: the window took, lost or could not take its file's lock.
    """

    replacing = Signal()
    recent_changed = Signal()
    lock_changed = Signal()

    def __init__(self, document: JourneyDocument, prompts: Prompts, preferences: Preferences,
                 session: RecoverySession, language: str = "en",
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._language = language  # that of the messages about a file that cannot be read
        self._document = document
        self._prompts = prompts
        self._preferences = preferences
        self._session = session
        self._lock: ProjectLock | None = None
        self._disk: DiskState | None = None  # the file as last read or written here
        self.lock_owner: LockOwner | None = None

    def display_name(self) -> str:
        """The file name, or "Untitled" for a project never saved."""
        path = self._document.path
        return path.name if path is not None else translate("Files", "Untitled")

    def is_modified(self) -> bool:
        return not self._document.undo_stack.isClean()

    @property
    def read_only(self) -> bool:
        """Another window or computer edits the file: this copy is saved only elsewhere."""
        return self.lock_owner is not None

    @property
    def disk_state(self) -> DiskState | None:
        """The file as this window last read or wrote it."""
        return self._disk

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
        if path is None or self.read_only:
            return self.save_as()
        return self._write(path)

    def save_as(self) -> bool:
        suggested = self._document.path or fitted_file(
            self._dialog_folder(), portable_stem(self._document.project.title, fallback="projet"),
            PROJECT_SUFFIX)
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
        current = self._document.path
        same = current is not None and same_file(path, current)
        if same and self.read_only:
            self._refuse_locked(path, self.lock_owner)
            return False
        lock = self._lock if same else ProjectLock(path)
        if not same and lock is not None:
            owner = lock.acquire()
            if owner is not None:
                self._refuse_locked(path, owner)
                return False
        if same and self._disk is not None and changed_since(path, self._disk):
            choice = self._ask_about_disk(path)
            if choice is not DiskChoice.OVERWRITE:
                if choice is DiskChoice.RELOAD:
                    self.reload()
                return self.save_as() if choice is DiskChoice.SAVE_AS else False
        if not self._document.undo_stack.isClean():
            # The date the title block prints: the day the changes were saved.
            self._document.update_project({"modified": dt.date.today()})
        try:
            state = save_project(self._document.project, path, language=self._language)
        except ProjectFileError as error:
            if not same and lock is not None:
                lock.release()
            self._prompts.show_error(
                translate("Files", "Could not save"),
                translate("Files", "The project was not saved. Your changes are still here: "
                                   "try again, or save it somewhere else with File ▸ Save As."),
                error.message())
            return False
        if path != current:
            self._document.set_path(path)
        if not same:
            self._hold(lock, None)
        self._disk = self._session.original_state = state
        self._document.undo_stack.setClean()
        self._session.discard()
        self._remember(path)
        return True

    def _refuse_locked(self, path: Path, owner: LockOwner | None) -> None:
        self._prompts.show_error(
            translate("Files", "Could not save"),
            translate("Files", "“%1” is open in another window of CX Designer, here or on "
                               "another computer. Your changes are still here: save them under "
                               "another name with File ▸ Save As.").replace("%1", path.name),
            describe_owner(owner, self._language) if owner is not None else "")

    def _ask_about_disk(self, path: Path) -> DiskChoice:
        """What to do about a file changed on disk since it was read or written here."""
        try:
            on_disk = load_project(path, self._language)
        except ProjectFileError:
            differences: list[str] = []
        else:
            differences = project_differences(self._document.project, on_disk,
                                              self._language)
        return self._prompts.ask_changed_on_disk(path.name, differences,
                                                 backup_paths(path)[0].name)

    def reload(self) -> bool:
        """Read the file again, giving up the changes made here; False when it cannot be
        read (the window then keeps its project)."""
        path = self._document.path
        if path is None:
            return False
        try:
            project, state = read_project(path, self._language)
        except ProjectFileError as error:
            self._prompts.show_error(
                translate("Files", "Could not open"),
                translate("Files", "The project could not be opened. The file was not changed."),
                error.message())
            return False
        self.load(project, path)
        self._bind(path, state)
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
        project. A file another window edits opens as a read-only copy.
        """
        if not self.maybe_save():
            return False
        try:
            project, state = read_project(path, self._language)
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
        self._bind(path, state)
        self._remember(path)
        return True

    def new_project(self, project: Project) -> bool:
        """Start editing a new, never saved project."""
        if not self.maybe_save():
            return False
        self.load(project, None)
        return True

    def load(self, project: Project, path: Path | None) -> None:
        """Edit ``project`` (saved at ``path``) from now on, with a fresh undo history.

        The file is neither locked nor watched: :meth:`open_path` does that.
        """
        self.replacing.emit()
        self._document.replace_project(project, path)
        self._session.discard()
        self._release()

    def restore(self, project: Project, original: Path | None,
                original_state: DiskState | None = None) -> None:
        """Edit recovered work: bound to its original file, and marked as not saved.

        ``original_state``: the original as the lost session had read it, so that a change
        made to it since is shown before the recovered work is saved over it.
        """
        self.load(project, original)
        if original is not None:
            self._bind(original, original_state)
        self._document.undo_stack.resetClean()

    # ------------------------------------------------------------------ the lock

    def _bind(self, path: Path, state: DiskState | None) -> None:
        """Take the lock of ``path`` (or note who has it), and remember its state."""
        lock = ProjectLock(path)
        owner = lock.acquire()
        if owner is None:
            remove_stale_temporaries(path)  # what saves killed on the way left beside it
        self._hold(lock, owner)
        self._disk = state
        self._session.original_state = state

    def _hold(self, lock: ProjectLock | None, owner: LockOwner | None) -> None:
        if self._lock is not None and self._lock is not lock:
            self._lock.release()
        self._lock = lock
        self.lock_owner = owner
        self.lock_changed.emit()

    def _release(self) -> None:
        had = self._lock is not None
        if self._lock is not None:
            self._lock.release()
        self._lock, self.lock_owner, self._disk = None, None, None
        self._session.original_state = None
        if had:
            self.lock_changed.emit()

    def take_over(self) -> bool:
        """Take the file's lock from the CX Designer said to hold it (the user knows it
        no longer runs); False when it could not be taken."""
        if self._lock is None or not self._lock.take_over():
            return False
        self.lock_owner = None
        self.lock_changed.emit()
        return True

    def close(self) -> None:
        """The window closes: let another window or computer edit the file."""
        self._release()

    def _remember(self, path: Path) -> None:
        self._preferences.add_recent_file(path)
        self._preferences.sync()
        self.recent_changed.emit()


def describe_owner(owner: LockOwner, language: str) -> str:
    """Who holds a project's lock, in the interface language ``language``."""
    if owner.is_this_process:
        return translate("Files", "It is open in another window of this CX Designer.")
    since = format_moment(owner.since, interface_locale(language)) \
        if owner.since is not None else "?"
    return translate("Files", "It is open in CX Designer on the computer “%1” (process %2) "
                              "since %3.").replace("%1", owner.host).replace(
        "%2", str(owner.pid)).replace("%3", since)
