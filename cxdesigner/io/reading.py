"""Read a file the user named, safely: only a regular file, and never more than a cap.

A path may name a named pipe (reading it waits for ever for a writer), a device such as
``/dev/zero`` (reading it never ends), a folder, or a symlink to any of these. Every file
CX Designer reads on the user's behalf (projects, spreadsheets, photos) goes through
:func:`read_regular_file`, which refuses them before reading a byte, and reads at most
``cap + 1`` bytes of a file that grows while it is read.
"""

from __future__ import annotations

import enum
import os
import stat
from pathlib import Path

_CHUNK = 1024 * 1024


class Refusal(enum.Enum):
    """Why a file was not read."""

    MISSING = "missing"
    FOLDER = "folder"
    NOT_A_FILE = "not_a_file"
    TOO_LARGE = "too_large"
    UNREADABLE = "unreadable"


class FileRefusedError(Exception):
    """A file that was not read, and why; each caller words it for its own readers.

    Attributes:
        path: the file.
        refusal: why.
        size: its size in bytes when it is too large (None when it grew while being read).
        cap: the most it may be, in bytes.
        reason: the system's words when it could not be read.
    """

    def __init__(self, path: Path, refusal: Refusal, *, size: int | None = None,
                 cap: int = 0, reason: str = "") -> None:
        self.path = path
        self.refusal = refusal
        self.size = size
        self.cap = cap
        self.reason = reason
        super().__init__(f"{path}: {refusal.value}" + (f" ({reason})" if reason else ""))


def _open_flags() -> int:
    # O_NONBLOCK: opening a named pipe would otherwise wait for a writer (it is refused
    # right after, by fstat). It changes nothing for a regular file.
    flags = os.O_RDONLY | getattr(os, "O_BINARY", 0)
    return flags | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)


def _kind_refusal(mode: int) -> Refusal | None:
    if stat.S_ISDIR(mode):
        return Refusal.FOLDER
    if not stat.S_ISREG(mode):
        return Refusal.NOT_A_FILE
    return None


def read_regular_file(path: Path, cap: int) -> bytes:
    """The bytes of the regular file at ``path`` (symlinks followed), at most ``cap`` of them.

    Raises:
        FileRefusedError: see :func:`read_with_status`.
    """
    return read_with_status(path, cap)[0]


def read_with_status(path: Path, cap: int) -> tuple[bytes, os.stat_result]:
    """The bytes of the regular file at ``path``, and its status when it was opened.

    Raises:
        FileRefusedError: it does not exist, is a folder, is not a regular file (a device, a
            pipe, a socket), is larger than ``cap`` bytes, or cannot be read.
    """
    try:
        # Checked before opening too: opening some devices already does something.
        refusal = _kind_refusal(os.stat(path).st_mode)
        if refusal is not None:
            raise FileRefusedError(path, refusal)
        descriptor = os.open(path, _open_flags())
    except FileNotFoundError as error:
        raise FileRefusedError(path, Refusal.MISSING) from error
    except IsADirectoryError as error:
        raise FileRefusedError(path, Refusal.FOLDER) from error
    except OSError as error:
        raise FileRefusedError(path, Refusal.UNREADABLE,
                          reason=error.strerror or str(error)) from error
    try:
        return _read_open_file(path, descriptor, cap)
    finally:
        os.close(descriptor)


def _read_open_file(path: Path, descriptor: int, cap: int) -> tuple[bytes, os.stat_result]:
    try:
        status = os.fstat(descriptor)  # what was opened, whatever the path names now
        refusal = _kind_refusal(status.st_mode)
        if refusal is not None:
            raise FileRefusedError(path, refusal)
        if status.st_size > cap:
            raise FileRefusedError(path, Refusal.TOO_LARGE, size=status.st_size, cap=cap)
        chunks: list[bytes] = []
        total = 0
        while total <= cap:
            chunk = os.read(descriptor, min(_CHUNK, cap + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
    except OSError as error:
        raise FileRefusedError(path, Refusal.UNREADABLE,
                          reason=error.strerror or str(error)) from error
    if total > cap:
        raise FileRefusedError(path, Refusal.TOO_LARGE, cap=cap)  # it grew while it was read
    return b"".join(chunks), status
