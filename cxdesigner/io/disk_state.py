"""What a project file was like when it was opened or saved, to notice that someone changed it."""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from cxdesigner.io.reading import FileRefusedError, read_regular_file
from cxdesigner.model.limits import MAX_FILE_BYTES


@dataclass(frozen=True)
class DiskState:
    """The size, modification time and content hash of a file as this program last saw it."""

    size: int
    mtime_ns: int
    sha256: str

    @classmethod
    def of(cls, status: os.stat_result, data: bytes) -> DiskState:
        """The state of a file whose status (taken before reading or writing) and bytes
        are given: a change made after that status always shows as a new time or size."""
        return cls(status.st_size, status.st_mtime_ns, hashlib.sha256(data).hexdigest())


def changed_since(path: Path, state: DiskState) -> bool:
    """Whether the file at ``path`` now holds something else than when ``state`` was taken.

    A file touched without being changed (same bytes, new time) is not a change; a file
    that is gone is not either (saving writes it again).
    """
    try:
        status = os.stat(path)
    except FileNotFoundError:
        return False
    except OSError:
        return True  # unreadable now: let the user decide rather than write blindly
    if (status.st_size, status.st_mtime_ns) == (state.size, state.mtime_ns):
        return False
    try:
        data = read_regular_file(path, MAX_FILE_BYTES)
    except FileRefusedError:
        return True
    return hashlib.sha256(data).hexdigest() != state.sha256
