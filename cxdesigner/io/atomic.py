"""Write a file so that a crash or a full disk leaves either the old or the new one, whole."""

from __future__ import annotations

import contextlib
import errno
import os
import re
import secrets
import shutil
import time
from pathlib import Path

STALE_TEMPORARY_SECONDS = 600.0
"""A temporary file untouched for this long was left by a save that died; the next save of
the same file removes it. Younger ones may belong to a save still running elsewhere."""

_TOKEN_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789_"
_TOKEN_LENGTH = 8


def temporary_pattern(target: Path) -> re.Pattern[str]:
    """The names of the temporary files a save of ``target`` creates: ``.NAME.xxxxxxxx.tmp``."""
    return re.compile(rf"\.{re.escape(target.name)}\.[a-z0-9_]{{{_TOKEN_LENGTH}}}\.tmp")


def _create_temporary(target: Path) -> tuple[int, Path]:
    """Create a new, empty temporary file next to ``target``; return its descriptor and path.

    Unlike ``tempfile.mkstemp`` (always mode 0600), the mode follows the umask, like any
    new file of the user's: a project saved for the first time stays readable by colleagues.
    """
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    for _ in range(100):
        token = "".join(secrets.choice(_TOKEN_ALPHABET) for _ in range(_TOKEN_LENGTH))
        path = target.with_name(f".{target.name}.{token}.tmp")
        try:
            return os.open(path, flags, 0o666), path
        except FileExistsError:
            continue
    raise FileExistsError(errno.EEXIST, "no free name for a temporary file", str(target))


def _fsync_folder(folder: Path) -> None:
    # The rename is only durable once the folder entry is on disk (POSIX only).
    if os.name != "posix":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def remove_stale_temporaries(target: Path, older_than: float = STALE_TEMPORARY_SECONDS) -> None:
    """Remove the temporary files that saves of ``target`` left when they died.

    Only files named like ours and untouched for ``older_than`` seconds go; a failure to
    remove one is ignored (the next save tries again).
    """
    pattern = temporary_pattern(target)
    limit = time.time() - older_than
    with contextlib.suppress(OSError), os.scandir(target.parent) as entries:
        for entry in entries:
            if not pattern.fullmatch(entry.name):
                continue
            with contextlib.suppress(OSError):
                if (entry.is_file(follow_symlinks=False)
                        and entry.stat(follow_symlinks=False).st_mtime < limit):
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
    descriptor, temporary = _create_temporary(target)
    os.close(descriptor)
    try:
        shutil.copy2(target, temporary)
        os.replace(temporary, backups[0])
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def atomic_write_bytes(target: Path, data: bytes, backups: list[Path] | None = None) -> None:
    """Write ``data`` to ``target`` atomically, keeping the previous versions in ``backups``."""
    folder = target.parent
    descriptor, temporary = _create_temporary(target)
    try:
        with os.fdopen(descriptor, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        if target.exists():
            with contextlib.suppress(OSError):
                shutil.copymode(target, temporary)
        rotate_backups(target, backups or [])
        os.replace(temporary, target)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    # The new file is in place: nothing below may report the save as failed.
    with contextlib.suppress(OSError):
        _fsync_folder(folder)
    remove_stale_temporaries(target)
