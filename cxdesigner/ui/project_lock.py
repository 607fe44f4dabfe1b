"""One editor at a time on a project file: a lock file beside it while it is open.

The lock is Qt's ``QLockFile`` (``.NAME.cxd.lock``, hidden, beside the project): it names
the process and the computer that hold it, so a second window or a second computer on a
shared folder opens the project read-only and can say who has it. A lock left by a
CX Designer that crashed on this computer is recognised as stale and taken over; one left
by another computer cannot be told apart from a live one, so the user may take it over.
"""

from __future__ import annotations

import atexit
import datetime as dt
import os
import socket
import weakref
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QLockFile

_HELD: weakref.WeakSet[ProjectLock] = weakref.WeakSet()
"""The locks this process holds, released at exit even if a window was never closed."""


@atexit.register
def _release_held() -> None:
    for lock in list(_HELD):
        lock.release()


def lock_path(project: Path) -> Path:
    """The lock file of the project file at ``project`` (a symbolic link's target's)."""
    real = Path(os.path.realpath(project))
    return real.with_name(f".{real.name}.lock")


@dataclass(frozen=True)
class LockOwner:
    """Who holds a project's lock.

    Attributes:
        pid: their process.
        host: their computer's name.
        since: when they took it (the lock file's time), if known.
    """

    pid: int
    host: str
    since: dt.datetime | None

    @property
    def is_this_process(self) -> bool:
        """Another window of this very program."""
        return self.pid == os.getpid() and self.host == socket.gethostname()

    @property
    def is_this_computer(self) -> bool:
        return self.host == socket.gethostname()


class ProjectLock:
    """The lock of one project file, held by one window."""

    def __init__(self, project: Path) -> None:
        self.path = lock_path(project)
        self._lock = QLockFile(str(self.path))
        # Never stale by age: a project stays open for hours. Stale only when the process
        # that took it is gone (on this computer), which QLockFile checks by itself.
        self._lock.setStaleLockTime(0)

    def acquire(self) -> LockOwner | None:
        """Take the lock; None when taken (or when the folder allows no lock file: the
        project is then edited as before, unprotected), else who holds it."""
        if self._lock.tryLock(0):
            _HELD.add(self)
            return None
        if self._lock.error() is not QLockFile.LockError.LockFailedError:
            return None  # a read-only folder, say: saving will tell what it needs to
        return self.owner()

    def owner(self) -> LockOwner:
        """Who holds the lock now (as far as its file says)."""
        pid, host, _application = self._lock.getLockInfo()
        try:
            since: dt.datetime | None = dt.datetime.fromtimestamp(
                self.path.stat().st_mtime).astimezone()
        except OSError:
            since = None
        return LockOwner(pid, host, since)

    def take_over(self) -> bool:
        """Remove the lock another process holds (the user says it is no longer running)
        and take it; False when it could not be taken."""
        self._lock.removeStaleLockFile()
        if not self._lock.tryLock(0):
            return False
        _HELD.add(self)
        return True

    @property
    def held(self) -> bool:
        return self._lock.isLocked()

    def release(self) -> None:
        if self._lock.isLocked():
            self._lock.unlock()
