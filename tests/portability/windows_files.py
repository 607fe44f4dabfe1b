"""Windows' rules for files, enforced on Linux for the duration of a test.

What the simulation does, each rule as Windows documents it:

- ``sys.platform`` is ``win32``, so the code takes its Windows paths;
- a file this process has open (``os.open``, which Windows' C library opens without delete
  sharing) can be neither renamed nor deleted: ERROR_SHARING_VIOLATION (32);
- a file another program holds open (an antivirus scan, OneDrive, a preview pane: see
  :meth:`WindowsFiles.hold`) cannot be replaced by a rename: ERROR_ACCESS_DENIED (5);
- a folder cannot be opened as a file: ERROR_ACCESS_DENIED;
- a path of 260 characters or more cannot be opened or created (long paths not enabled):
  ERROR_PATH_NOT_FOUND (3).
"""

from __future__ import annotations

import errno
import os
import stat
import sys
from pathlib import Path

import pytest

from cxdesigner.platforms import WINDOWS_MAX_PATH, path_units

SHARING_VIOLATION = 32
ACCESS_DENIED = 5
PATH_NOT_FOUND = 3
FOREVER = 10**9


def windows_error(code: int, winerror: int, path: object, message: str) -> OSError:
    """An OSError as Python raises it on Windows: ``errno`` and ``winerror`` both set."""
    kind: type[OSError] = FileNotFoundError if code == errno.ENOENT else PermissionError
    error = kind(code, message, str(path))
    error.winerror = winerror  # type: ignore[attr-defined]
    return error


class WindowsFiles:
    """The rules above, on the real file system of the test.

    Attributes:
        refused: every refusal, as ``(operation, path, winerror)``.
        opened_folders: the folders something tried to open as files.
    """

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self._real_open, self._real_close = os.open, os.close
        self._real_replace, self._real_unlink = os.replace, os.unlink
        self._open: dict[int, str] = {}
        self._held: dict[str, int] = {}
        self._undeletable: dict[str, int] = {}
        self.refused: list[tuple[str, str, int]] = []
        self.opened_folders: list[str] = []
        monkeypatch.setattr(sys, "platform", "win32")
        monkeypatch.setattr(os, "open", self._os_open)
        monkeypatch.setattr(os, "close", self._os_close)
        monkeypatch.setattr(os, "replace", self._os_replace)
        monkeypatch.setattr(os, "unlink", self._os_unlink)
        monkeypatch.setattr(os, "remove", self._os_unlink)

    # ------------------------------------------------------------------ what the test sets up

    def hold(self, path: Path, refusals: int = FOREVER) -> None:
        """Another program holds ``path`` open for the next ``refusals`` attempts to replace it."""
        self._held[self._key(path)] = refusals

    def scan_new_files(self, folder: Path, refusals: int = FOREVER) -> None:
        """An antivirus scans every new file in ``folder``: deleting one is refused."""
        self._undeletable[self._key(folder)] = refusals

    # ------------------------------------------------------------------ the rules

    @staticmethod
    def _key(path: object) -> str:
        return os.path.abspath(os.fspath(path))  # type: ignore[call-overload, no-any-return]

    def _refuse(self, operation: str, path: str, winerror: int, message: str) -> OSError:
        self.refused.append((operation, path, winerror))
        code = errno.ENOENT if winerror == PATH_NOT_FOUND else errno.EACCES
        return windows_error(code, winerror, path, message)

    def _os_open(self, path: object, flags: int, mode: int = 0o777, *,
                 dir_fd: int | None = None) -> int:
        key = self._key(path)
        if path_units(key) >= WINDOWS_MAX_PATH:
            raise self._refuse("open", key, PATH_NOT_FOUND,
                               "The system cannot find the path specified")
        if os.path.isdir(key):
            self.opened_folders.append(key)
            raise self._refuse("open", key, ACCESS_DENIED, "Access is denied")
        descriptor = self._real_open(path, flags, mode, dir_fd=dir_fd)  # type: ignore[arg-type]
        self._open[descriptor] = key
        return descriptor

    def _os_close(self, descriptor: int) -> None:
        self._open.pop(descriptor, None)
        self._real_close(descriptor)

    def _open_here(self, key: str) -> bool:
        return key in self._open.values()

    def _os_replace(self, source: object, target: object, **kwargs: object) -> None:
        source_key, target_key = self._key(source), self._key(target)
        for key in (source_key, target_key):
            if self._open_here(key):
                raise self._refuse("replace", key, SHARING_VIOLATION,
                                   "The process cannot access the file because it is being "
                                   "used by another process")
        if self._held.get(target_key, 0) > 0:
            self._held[target_key] -= 1
            raise self._refuse("replace", target_key, ACCESS_DENIED, "Access is denied")
        if path_units(target_key) >= WINDOWS_MAX_PATH:
            raise self._refuse("replace", target_key, PATH_NOT_FOUND,
                               "The system cannot find the path specified")
        self._real_replace(source, target, **kwargs)  # type: ignore[arg-type]

    def _os_unlink(self, path: object, **kwargs: object) -> None:
        key = self._key(path)
        if self._open_here(key):
            raise self._refuse("unlink", key, SHARING_VIOLATION,
                               "The process cannot access the file because it is being used "
                               "by another process")
        folder = os.path.dirname(key)
        if self._undeletable.get(folder, 0) > 0 and stat.S_ISREG(os.lstat(key).st_mode):
            self._undeletable[folder] -= 1
            raise self._refuse("unlink", key, SHARING_VIOLATION, "Access is denied")
        self._real_unlink(path, **kwargs)  # type: ignore[arg-type]


class FakeClock:
    """``time`` for the atomic save: waits are recorded and pass at once."""

    def __init__(self) -> None:
        import time

        self._time = time
        self.now = 1000.0
        self.waits: list[float] = []

    def monotonic(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.waits.append(seconds)
        self.now += seconds

    def time(self) -> float:
        return self._time.time()
