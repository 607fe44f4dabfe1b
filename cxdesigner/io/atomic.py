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
from collections.abc import Iterator
from pathlib import Path

if sys.platform != "win32":  # on Windows, a file being written cannot be deleted anyway
    import fcntl

STALE_TEMPORARY_SECONDS = 600.0
"""A temporary file untouched for this long was left by a save that died, whatever else is
known of it; the next save or open of the same file removes it."""

ABANDONED_TEMPORARY_SECONDS = 2.0
"""A temporary file that no running save holds (see :func:`_held_by_a_save`) and that is
older than this was left by a save that died; the grace covers the instant between its
creation and its locking by the save that made it."""

_TOKEN_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789_"
_TOKEN_LENGTH = 8


def temporary_pattern(target: Path) -> re.Pattern[str]:
    """The names of the temporary files a save of ``target`` creates: ``.NAME.xxxxxxxx.tmp``."""
    return re.compile(rf"\.{re.escape(target.name)}\.[a-z0-9_]{{{_TOKEN_LENGTH}}}\.tmp")


def final_target(target: Path) -> Path:
    """Where a save of ``target`` writes: through a symbolic link, to the file it points to
    (replacing the link by a plain file would leave the real file unchanged)."""
    return Path(os.path.realpath(target)) if target.is_symlink() else target


def _create_temporary(target: Path) -> tuple[int, Path]:
    """Create a new, empty temporary file next to ``target``; return its descriptor and path.

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
        return descriptor, path
    raise FileExistsError(errno.EEXIST, "no free name for a temporary file", str(target))


@contextlib.contextmanager
def _temporary(target: Path) -> Iterator[tuple[int, Path]]:
    """A locked temporary file beside ``target``, removed unless it was renamed into place."""
    descriptor, path = _create_temporary(target)
    try:
        yield descriptor, path
    except BaseException:
        path.unlink(missing_ok=True)
        raise
    finally:
        os.close(descriptor)


def _write_all(descriptor: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(descriptor, view):]


def _fsync_folder(folder: Path) -> None:
    # The rename is only durable once the folder entry is on disk (POSIX only).
    if os.name != "posix":
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
            if not pattern.fullmatch(entry.name):
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
            os.replace(newer, older)
    # A copy, not a rename: the target must exist at every moment of the save. The copy is
    # made under a temporary name so that a crash never leaves a half-written backup.
    with _temporary(target) as (_, temporary):
        shutil.copy2(target, temporary)
        os.replace(temporary, backups[0])


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
    with _temporary(target) as (descriptor, temporary):
        _write_all(descriptor, data)
        os.fsync(descriptor)
        if target.exists():
            with contextlib.suppress(OSError):
                shutil.copymode(target, temporary)
        written = os.fstat(descriptor)  # a rename keeps the size and modification time
        rotate_backups(target, backups or [])
        os.replace(temporary, target)
    # The new file is in place: nothing below may report the save as failed.
    with contextlib.suppress(OSError):
        _fsync_folder(folder)
    remove_stale_temporaries(target)
    return written
