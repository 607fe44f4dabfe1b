"""Write a file so that a crash or a full disk leaves either the old or the new one, whole."""

from __future__ import annotations

import contextlib
import errno
import os
import re
import secrets
import shutil
import stat
import sys
import time
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from cxdesigner.io.write_errors import FileHeldError, FolderGoneError, PathTooLongError
from cxdesigner.platforms import (
    SHARING_VIOLATIONS,
    WINDOWS_MAX_PATH,
    cloud_service,
    path_too_long,
    path_units,
    renames_open_files,
    syncs_folders,
)

if sys.platform != "win32":  # on Windows, a file being written cannot be deleted anyway
    import fcntl

STALE_TEMPORARY_SECONDS = 600.0
"""A temporary file untouched for this long was left by a save that died, whatever else is
known of it; the next save or open of the same file removes it."""

ABANDONED_TEMPORARY_SECONDS = 2.0
"""A temporary file that no running save holds (see :func:`_held_by_a_save`) and that is
older than this was left by a save that died; the grace covers the instant between its
creation and its locking by the save that made it."""

HELD_FILE_PATIENCE_SECONDS = 3.0
"""How long a save waits for another program to let go of the file it replaces (an antivirus
scan or a synchronisation client holds a file for a moment after each change, on Windows)."""

_FIRST_WAIT_SECONDS = 0.02
_LONGEST_WAIT_SECONDS = 0.4

_TOKEN_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789_"
_TOKEN_LENGTH = 8

TEMPORARY_EXTRA_CHARACTERS = len("..") + _TOKEN_LENGTH + len(".tmp")
"""How much longer than its file's name a temporary file's name is."""

MAX_TARGET_PATH = WINDOWS_MAX_PATH - 1 - TEMPORARY_EXTRA_CHARACTERS
"""The longest path a save can write on Windows when long paths are not enabled: its
temporary file, beside it, must stay under the limit too."""


def temporary_pattern(target: Path) -> re.Pattern[str]:
    """The names of the temporary files a save of ``target`` creates: ``.NAME.xxxxxxxx.tmp``.

    Names are compared composed (NFC): macOS lists ``Étape`` decomposed, whatever was asked.
    """
    name = unicodedata.normalize("NFC", target.name)
    return re.compile(rf"\.{re.escape(name)}\.[a-z0-9_]{{{_TOKEN_LENGTH}}}\.tmp")


def final_target(target: Path) -> Path:
    """Where a save of ``target`` writes: through a symbolic link, to the file it points to
    (replacing the link by a plain file would leave the real file unchanged)."""
    return Path(os.path.realpath(target)) if target.is_symlink() else target


@dataclass
class _Temporary:
    """A temporary file being written: its descriptor (-1 once closed) and its path."""

    descriptor: int
    path: Path

    def close(self) -> None:
        if self.descriptor >= 0:
            descriptor, self.descriptor = self.descriptor, -1
            os.close(descriptor)


def _create_temporary(target: Path) -> _Temporary:
    """Create a new, empty temporary file next to ``target``.

    Unlike ``tempfile.mkstemp`` (always mode 0600), the mode follows the umask, like any
    new file of the user's: a project saved for the first time stays readable by colleagues.
    The file is locked (where the system allows) for as long as the descriptor is open, so
    that a cleanup by another process leaves it alone.
    """
    flags = os.O_RDWR | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    for _ in range(100):
        token = "".join(secrets.choice(_TOKEN_ALPHABET) for _ in range(_TOKEN_LENGTH))
        path = target.with_name(f".{target.name}.{token}.tmp")
        try:
            descriptor = os.open(path, flags, 0o666)
        except FileExistsError:
            continue
        if sys.platform != "win32":
            with contextlib.suppress(OSError):
                fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return _Temporary(descriptor, path)
    raise FileExistsError(errno.EEXIST, "no free name for a temporary file", str(target))


@contextlib.contextmanager
def _temporary(target: Path) -> Iterator[_Temporary]:
    """A locked temporary file beside ``target``, removed unless it was renamed into place."""
    temporary = _create_temporary(target)
    try:
        yield temporary
    except BaseException:
        temporary.close()
        # Windows may refuse while an antivirus scans the new file: the next save removes it.
        with contextlib.suppress(OSError):
            temporary.path.unlink(missing_ok=True)
        raise
    finally:
        temporary.close()


def _replace(source: Path, target: Path) -> None:
    """``os.replace``, waiting a little while another program holds ``target`` open.

    Windows refuses to replace a file that another program has open, and antivirus scanners,
    synchronisation clients and preview panes open each new version of a file for a moment.
    The save waits up to :data:`HELD_FILE_PATIENCE_SECONDS`, then says who may hold it.
    """
    deadline = time.monotonic() + HELD_FILE_PATIENCE_SECONDS
    wait = _FIRST_WAIT_SECONDS
    while True:
        try:
            os.replace(source, target)
            return
        except PermissionError as error:
            if getattr(error, "winerror", None) not in SHARING_VIOLATIONS:
                raise
            left = deadline - time.monotonic()
            if left <= 0:
                raise FileHeldError(target, cloud_service(target)) from error
            time.sleep(min(wait, left))
            wait = min(wait * 2, _LONGEST_WAIT_SECONDS)


def _put_in_place(temporary: _Temporary, target: Path) -> None:
    """Rename the written temporary file over ``target``.

    POSIX renames a file that is still open, and keeping it open keeps its lock against a
    cleanup by another process until it has its final name. Windows never renames a file this
    program has open (its C library opens files without delete sharing): close it first.
    """
    if not renames_open_files():
        temporary.close()
    _replace(temporary.path, target)


def _write_all(descriptor: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(descriptor, view):]


def _fsync_folder(folder: Path) -> None:
    # The rename is only durable once the folder entry is on disk (POSIX only).
    if not syncs_folders():
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def _held_by_a_save(path: str) -> bool:
    """Whether a running save holds the temporary file at ``path`` (True when unknown)."""
    if sys.platform == "win32":
        return True
    try:
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError:
        return True
    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return True
    finally:
        os.close(descriptor)  # also releases the lock just taken
    return False


def remove_stale_temporaries(target: Path, older_than: float = STALE_TEMPORARY_SECONDS) -> None:
    """Remove the temporary files that saves of ``target`` left when they died.

    Only files named like ours go: those no running save holds (after a short grace), and
    any untouched for ``older_than`` seconds. A failure to remove one is ignored (the next
    save or open tries again).
    """
    target = final_target(target)
    pattern = temporary_pattern(target)
    now = time.time()
    with contextlib.suppress(OSError), os.scandir(target.parent) as entries:
        for entry in entries:
            if not pattern.fullmatch(unicodedata.normalize("NFC", entry.name)):
                continue
            with contextlib.suppress(OSError):
                if not entry.is_file(follow_symlinks=False):
                    continue
                age = now - entry.stat(follow_symlinks=False).st_mtime
                if age > older_than or (age > ABANDONED_TEMPORARY_SECONDS
                                        and not _held_by_a_save(entry.path)):
                    os.unlink(entry.path)


def rotate_backups(target: Path, backups: list[Path]) -> None:
    """Shift ``target`` into ``backups[0]``, each backup into the next, dropping the oldest."""
    if not backups or not target.exists():
        return
    for older, newer in zip(reversed(backups), list(reversed(backups))[1:], strict=False):
        if newer.exists():
            _replace(newer, older)
    # A copy, not a rename: the target must exist at every moment of the save. The copy is
    # made under a temporary name so that a crash never leaves a half-written backup.
    with _temporary(target) as temporary:
        shutil.copyfile(target, temporary.path)
        _copy_times_and_mode(target, temporary.path)
        _put_in_place(temporary, backups[0])


def _copy_times_and_mode(source: Path, copy: Path) -> None:
    """Give a backup its file's times and mode, as far as the file system keeps them (FAT
    and exFAT keys and SMB shares refuse some modes, which must not fail a save)."""
    with contextlib.suppress(OSError):
        shutil.copystat(source, copy)


def _refuse_special(target: Path) -> None:
    """Never put a file in the place of a folder, a device or a pipe (as root, a rename
    would replace ``/dev/full`` itself)."""
    try:
        mode = os.stat(target).st_mode
    except OSError:
        return  # absent (the usual case), or the write will say why it cannot be done
    if stat.S_ISDIR(mode):
        raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), str(target))
    if not stat.S_ISREG(mode):
        raise OSError(errno.EINVAL, "Not an ordinary file (a device or a pipe?)", str(target))


def atomic_write_bytes(target: Path, data: bytes,
                       backups: list[Path] | None = None) -> os.stat_result:
    """Write ``data`` to ``target`` atomically, keeping the previous versions in ``backups``.

    A symbolic link is written through: its target gets the new content (name the backups
    after :func:`final_target`). Returns the status of the file written, as the rename left
    it.
    """
    target = final_target(target)
    _refuse_special(target)
    folder = target.parent
    try:
        written = _write_in_place(target, data, backups or [])
    except FileHeldError:
        raise
    except OSError as error:
        raise _explained(error, target) from error
    # The new file is in place: nothing below may report the save as failed.
    with contextlib.suppress(OSError):
        _fsync_folder(folder)
    remove_stale_temporaries(target)
    return written


def _write_in_place(target: Path, data: bytes, backups: list[Path]) -> os.stat_result:
    with _temporary(target) as temporary:
        _write_all(temporary.descriptor, data)
        os.fsync(temporary.descriptor)
        if target.exists():
            with contextlib.suppress(OSError):
                shutil.copymode(target, temporary.path)
        written = os.fstat(temporary.descriptor)  # a rename keeps the size and the time
        rotate_backups(target, backups)
        _put_in_place(temporary, target)
    return written


def _explained(error: OSError, target: Path) -> OSError:
    """``error``, or the cause that the system's words do not tell: a folder that is not
    there any more, a path too long for Windows."""
    if isinstance(error, FileNotFoundError) and not target.parent.is_dir():
        return FolderGoneError(target)
    longest = target.with_name(f".{target.name}.{'x' * _TOKEN_LENGTH}.tmp")
    if path_too_long(longest):
        return PathTooLongError(target, path_units(target), MAX_TARGET_PATH)
    return error
