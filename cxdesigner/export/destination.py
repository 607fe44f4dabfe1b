"""Where an export may write: never over a project, a device, or a file it did not make.

``export-pdf P.cxd -o P.cxd`` must not replace the project with a PDF, ``-o /dev/full``
must not replace a device, and a file of the user's that CX Designer did not write is
replaced only when the user says so (``--force``, or Replace in the editor's question).
A PDF written by CX Designer may be written again: exporting the same map to the same
file after each change is the usual way to work.
"""

from __future__ import annotations

import enum
import os
import re
import stat
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from cxdesigner.io import PROJECT_SUFFIX
from cxdesigner.io.file_names import same_file
from cxdesigner.model import FORMAT_MARKER

PRODUCER_MARK = b"/Producer (CX Designer"
"""How a PDF written by CX Designer names its producer in its properties."""

_SCAN_LIMIT = 512 * 1024 * 1024
_CHUNK = 1024 * 1024
_PROJECT_NAME = re.compile(rf"{re.escape(PROJECT_SUFFIX)}(\.bak\d+)?$", re.IGNORECASE)


class Refusal(enum.Enum):
    """Why an export does not write to a path."""

    PROJECT_NAME = "project_name"
    FOLDER = "folder"
    NOT_A_FILE = "not_a_file"
    SOURCE = "source"
    PROJECT = "project"
    FOREIGN = "foreign"


@dataclass(frozen=True)
class DestinationProblem:
    """Why an export does not write to a path, and whether the user may insist."""

    refusal: Refusal

    @property
    def overridable(self) -> bool:
        """Only an ordinary file CX Designer did not write may be replaced, when asked to."""
        return self.refusal is Refusal.FOREIGN

    def sentence(self) -> str:
        """What is wrong, in English, as it follows "Cannot write 'FILE':"."""
        return {
            Refusal.PROJECT_NAME: f"a name ending in {PROJECT_SUFFIX} is for a project; choose "
                                  "a name with the export's own ending (such as .pdf)",
            Refusal.FOLDER: "it is a folder; give the name of the file to write",
            Refusal.NOT_A_FILE: "it is not an ordinary file (a device or a pipe?); nothing "
                                "was written",
            Refusal.SOURCE: "it is the project being exported; choose another name",
            Refusal.PROJECT: "it is a CX Designer project; choose another name",
            Refusal.FOREIGN: "the file exists and was not written by CX Designer; choose "
                             "another name, or add --force to replace it",
        }[self.refusal]


def written_by_cx_designer(path: Path) -> bool:
    """Whether the regular file at ``path`` is a PDF that CX Designer wrote."""
    try:
        with path.open("rb") as stream:
            if not stream.read(5).startswith(b"%PDF-"):
                return False
            tail = b""
            for _ in range(_SCAN_LIMIT // _CHUNK):
                chunk = stream.read(_CHUNK)
                if not chunk:
                    return False
                if PRODUCER_MARK in tail + chunk:
                    return True
                tail = chunk[-len(PRODUCER_MARK):]
    except OSError:
        return False
    return False


def _is_project(path: Path) -> bool:
    try:
        with path.open("rb") as stream:
            start = stream.read(4096)
    except OSError:
        return False
    return start.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{") \
        and FORMAT_MARKER.encode() in start


def destination_problem(path: Path, sources: Sequence[Path] = ()) -> DestinationProblem | None:
    """None when an export may write ``path``; else why not.

    Args:
        path: where the export would write (a symbolic link counts as the file it names).
        sources: the files the export is made from (the project), never written over.
    """
    if _PROJECT_NAME.search(path.name) or _PROJECT_NAME.search(os.path.realpath(path)):
        return DestinationProblem(Refusal.PROJECT_NAME)
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        return None
    except OSError:
        return None  # writing will say why it cannot, leaving everything as it was
    if stat.S_ISDIR(mode):
        return DestinationProblem(Refusal.FOLDER)
    if not stat.S_ISREG(mode):
        return DestinationProblem(Refusal.NOT_A_FILE)
    if any(same_file(path, source) for source in sources):
        return DestinationProblem(Refusal.SOURCE)
    if _is_project(path):
        return DestinationProblem(Refusal.PROJECT)
    if written_by_cx_designer(path):
        return None
    return DestinationProblem(Refusal.FOREIGN)
