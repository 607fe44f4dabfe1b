"""Never lose work: snapshots of unsaved projects, and finding them again after a crash.

Each editing session writes ``<id>.cxd`` (the project) and ``<id>.json`` (where it came from,
when, its title) into ``AppDataLocation/recovery/`` a few seconds after an edit and then
periodically while there are unsaved changes. A session holds ``<id>.lock`` while it runs,
so a snapshot whose lock is free was left by a session that died: that one is offered back.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QElapsedTimer, QLockFile, QObject, QTimer, Signal

from cxdesigner.document import JourneyDocument
from cxdesigner.io import ProjectFileError, load_project, save_project
from cxdesigner.io.atomic import atomic_write_bytes
from cxdesigner.io.disk_state import DiskState
from cxdesigner.io.reading import FileRefusedError, read_regular_file
from cxdesigner.model import Project, new_id
from cxdesigner.ui.platform_ui import data_folder

DEBOUNCE_MS = 3000
"""A snapshot is taken this long after the last edit."""

FIRST_SNAPSHOT_MS = 500
"""The first edit after a quiet time is saved this soon: a crash a few seconds after it
loses nothing (later edits of a burst wait for :data:`DEBOUNCE_MS` of quiet)."""

_SIDECAR_BYTES = 1024 * 1024


def default_folder() -> Path:
    """``AppDataLocation/recovery`` (a test location when QStandardPaths is in test mode)."""
    return data_folder() / "recovery"


@dataclass(frozen=True)
class Snapshot:
    """Unsaved work found on disk.

    Attributes:
        id: the session that wrote it.
        project_file: the snapshot of the project.
        original: the file the project was last saved to (None if never saved).
        saved_at: when the snapshot was taken (local time).
        title: the project's title then.
        original_state: the original file as that session had read it, if known.
    """

    id: str
    project_file: Path
    original: Path | None
    saved_at: dt.datetime
    title: str
    original_state: DiskState | None = None


def _lock(folder: Path, snapshot_id: str) -> QLockFile:
    lock = QLockFile(str(folder / f"{snapshot_id}.lock"))
    lock.setStaleLockTime(0)  # stale only when its process is gone, however old it is
    return lock


class RecoveryStore:
    """The recovery folder: finds the snapshots of dead sessions, loads and discards them.

    A snapshot found is held (its lock taken) until the user decides, so that another
    running CX Designer does not offer the same one.
    """

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder if folder is not None else default_folder()
        self._held: dict[str, QLockFile] = {}

    def orphans(self) -> list[Snapshot]:
        """The snapshots no running session owns, newest first."""
        found: list[Snapshot] = []
        with contextlib.suppress(OSError):
            for sidecar in sorted(self.folder.glob("*.json")):
                snapshot = self._read(sidecar)
                if snapshot is not None and self._hold(snapshot.id):
                    found.append(snapshot)
        return sorted(found, key=lambda s: s.saved_at, reverse=True)

    def _hold(self, snapshot_id: str) -> bool:
        if snapshot_id in self._held:
            return True
        lock = _lock(self.folder, snapshot_id)
        if not lock.tryLock(0):
            return False  # a running session owns it
        self._held[snapshot_id] = lock
        return True

    def _read(self, sidecar: Path) -> Snapshot | None:
        project_file = sidecar.with_suffix(".cxd")
        try:
            data = json.loads(read_regular_file(sidecar, _SIDECAR_BYTES).decode("utf-8"))
            original = data.get("original")
            saved_at = dt.datetime.fromisoformat(str(data["saved_at"])).astimezone()
            snapshot = Snapshot(sidecar.stem, project_file,
                                Path(original) if original else None, saved_at,
                                str(data.get("title", "")), _disk_state(data))
        except (FileRefusedError, ValueError, KeyError, TypeError, AttributeError):
            return None  # half-written or foreign: ignored, never deleted
        return snapshot if project_file.is_file() else None

    def load(self, snapshot: Snapshot, language: str = "en") -> Project:
        """The project saved in ``snapshot`` (raises ProjectFileError, in ``language``)."""
        return load_project(snapshot.project_file, language)

    def adopt(self, snapshot: Snapshot) -> QLockFile | None:
        """Hand the lock of ``snapshot`` over to the session that goes on with it."""
        return self._held.pop(snapshot.id, None)

    def discard(self, snapshot: Snapshot) -> None:
        """Delete the snapshot for good."""
        remove_files(self.folder, snapshot.id)
        lock = self._held.pop(snapshot.id, None)
        if lock is not None:
            lock.unlock()


def _disk_state(sidecar: dict[str, object]) -> DiskState | None:
    """The original file's state a sidecar records (None when it records none, or one
    this version cannot read: the work is offered all the same)."""
    state = sidecar.get("original_state")
    if not isinstance(state, dict):
        return None
    try:
        return DiskState(int(state["size"]), int(state["mtime_ns"]), str(state["sha256"]))
    except (KeyError, TypeError, ValueError):
        return None


def remove_files(folder: Path, snapshot_id: str) -> None:
    """Delete a snapshot: its sidecar first, so that a half-done removal is never offered."""
    for suffix in (".json", ".cxd"):
        with contextlib.suppress(OSError):
            (folder / f"{snapshot_id}{suffix}").unlink(missing_ok=True)


class RecoverySession(QObject):
    """Keeps a snapshot of one document while it has unsaved changes.

    Signals:
        failed(str): a snapshot could not be written (the message says why).
    """

    failed = Signal(str)

    def __init__(self, document: JourneyDocument, store: RecoveryStore,
                 interval_seconds: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self._store = store
        self.id = new_id()
        self.original_state: DiskState | None = None  # the file the work comes from, as read
        self._lock: QLockFile | None = None
        self._dirty = False
        self._reported = False
        self._has_files = False
        """Whether a snapshot of this session may be on disk (written, even in part, or
        carried on from): an undo back to the saved state looks for none otherwise."""
        self._last_written = QElapsedTimer()  # invalid until the first snapshot
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self.snapshot_if_needed)
        self._first = QTimer(self)
        self._first.setSingleShot(True)
        self._first.setInterval(FIRST_SNAPSHOT_MS)
        self._first.timeout.connect(self.snapshot_if_needed)
        self._periodic = QTimer(self)
        self.set_interval(interval_seconds)
        self._periodic.timeout.connect(self.snapshot_if_needed)
        self._periodic.start()
        document.undo_stack.indexChanged.connect(self._on_edited)
        document.undo_stack.cleanChanged.connect(self._on_clean_changed)

    @property
    def project_file(self) -> Path:
        return self._store.folder / f"{self.id}.cxd"

    def set_interval(self, seconds: int) -> None:
        """How often to snapshot while modified."""
        self._periodic.setInterval(max(1, seconds) * 1000)

    def set_debounce(self, milliseconds: int) -> None:
        self._debounce.setInterval(milliseconds)
        self._first.setInterval(min(milliseconds, FIRST_SNAPSHOT_MS))

    def continue_from(self, snapshot: Snapshot) -> None:
        """Carry on with a restored snapshot: its files stay until the work is saved."""
        lock = self._store.adopt(snapshot)
        self._forget_own_files()
        if self._lock is not None:
            self._lock.unlock()
        self.id = snapshot.id
        self._has_files = True
        self._lock = lock
        self._dirty = False

    def _on_edited(self) -> None:
        self._dirty = True
        self._debounce.start()
        quiet = not self._last_written.isValid() \
            or self._last_written.elapsed() >= self._debounce.interval()
        if quiet and not self._first.isActive():
            self._first.start()

    def _on_clean_changed(self, clean: bool) -> None:
        if clean:
            self.discard()

    def snapshot_if_needed(self) -> None:
        """Write a snapshot now if there were edits since the last one and work is unsaved."""
        if self._dirty and not self._document.undo_stack.isClean():
            self.write_snapshot()

    def write_snapshot(self) -> bool:
        """Write the snapshot now; False (and ``failed`` once) when it cannot be written."""
        folder = self._store.folder
        self._has_files = True
        try:
            folder.mkdir(parents=True, exist_ok=True)
            if self._lock is None:
                lock = _lock(folder, self.id)
                if lock.tryLock(0):
                    self._lock = lock
            save_project(self._document.project, self.project_file, backups=0)
            path = self._document.path
            state = self.original_state
            sidecar = {
                "original": str(path.resolve()) if path is not None else None,
                "saved_at": dt.datetime.now().astimezone().isoformat(timespec="seconds"),
                "title": self._document.project.title,
                "original_state": dataclasses.asdict(state) if state is not None else None,
            }
            atomic_write_bytes(folder / f"{self.id}.json",
                               json.dumps(sidecar, ensure_ascii=False, indent=1).encode())
        except (OSError, ProjectFileError) as error:
            if not self._reported:
                self._reported = True
                self.failed.emit(error.message() if isinstance(error, ProjectFileError)
                                 else str(error))
            return False
        self._dirty = False
        self._reported = False
        self._last_written.start()
        return True

    def discard(self) -> None:
        """The work is saved or given up: the snapshot goes (the session lives on)."""
        self._debounce.stop()
        self._first.stop()
        self._dirty = False
        self._forget_own_files()

    def _forget_own_files(self) -> None:
        if self._has_files:
            remove_files(self._store.folder, self.id)
            self._has_files = False

    def close(self) -> None:
        """The window closes cleanly: remove the snapshot and release the lock."""
        self.discard()
        self._periodic.stop()
        if self._lock is not None:
            self._lock.unlock()
            self._lock = None
