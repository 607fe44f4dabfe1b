"""Read and write ``.cxd`` project files.

Saving serialises fully, then writes atomically with three rotating backups. Loading
checks size, encoding, JSON, the format marker and version, migrates, validates, and
turns every failure into one :class:`ProjectFileError` a consultant can act on.
"""

from __future__ import annotations

import contextlib
import gc
import json
import math
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from cxdesigner.io.atomic import atomic_write_bytes
from cxdesigner.io.errors import ProjectFileError
from cxdesigner.io.messages import describe_validation_error, split_location
from cxdesigner.io.migrations import migrate
from cxdesigner.model import FORMAT_MARKER, FORMAT_VERSION, Project
from cxdesigner.model.limits import MAX_FILE_BYTES

PROJECT_SUFFIX = ".cxd"
BACKUP_COUNT = 3
_MB = 1024 * 1024


def backup_paths(path: Path, count: int = BACKUP_COUNT) -> list[Path]:
    """Where the previous versions of ``path`` are kept, newest first."""
    return [path.with_name(f"{path.name}.bak{number}") for number in range(1, count + 1)]


def dumps_project(project: Project) -> str:
    """The project as the text of a ``.cxd`` file."""
    return project.model_dump_json(indent=1) + "\n"


def save_project(project: Project, path: Path, backups: int = BACKUP_COUNT) -> None:
    """Write ``project`` to ``path`` atomically, keeping ``backups`` previous versions.

    Raises:
        ProjectFileError: the file could not be written (read-only folder, full disk…);
            the file on disk is then untouched.
    """
    data = dumps_project(project).encode("utf-8")
    try:
        atomic_write_bytes(path, data, backup_paths(path, backups))
    except OSError as error:
        reason = error.strerror or str(error)
        raise ProjectFileError(path, [f"{reason}. The file on disk was left as it was."],
                               verb="save") from error


class _Unusable:
    """Stands in the parsed data for NaN, Infinity, or a number too large to be used."""

    def __init__(self, text: str) -> None:
        self.text = text if len(text) <= 24 else f"{text[:12]}… ({len(text)} digits)"


def _backup_advice(path: Path | None) -> str:
    """Which earlier versions to try, naming only those that exist beside the file."""
    found = [backup.name for backup in backup_paths(path) if backup.is_file()] if path else []
    if not found:
        return "it has no backup beside it to go back to."
    return f"try its backup{'s' if len(found) > 1 else ''} {', '.join(found)} (newest first)."


def _parse_json(text: str, path: Path | None) -> tuple[Any, bool]:
    """The parsed data, and whether it holds an :class:`_Unusable` number."""
    unusable: list[_Unusable] = []

    def refuse(text: str) -> _Unusable:
        unusable.append(_Unusable(text))
        return unusable[-1]

    def parse_float(text: str) -> Any:
        number = float(text)  # 1e999 gives inf, not an error
        return number if math.isfinite(number) else refuse(text)

    def parse_int(text: str) -> Any:
        # int() refuses more than 4,300 digits anyway; no count in a project needs 30.
        return int(text) if len(text) <= 30 else refuse(text)

    try:
        data = json.loads(text, parse_constant=refuse, parse_float=parse_float,
                          parse_int=parse_int)
    except json.JSONDecodeError as error:
        raise ProjectFileError(path, [
            f"it is not valid JSON (line {error.lineno}, column {error.colno}: {error.msg}). "
            f"The file may be truncated or was edited by hand; {_backup_advice(path)}"
        ]) from error
    except ValueError as error:
        raise ProjectFileError(path, [f"it is not valid JSON ({error})."]) from error
    except RecursionError as error:
        raise ProjectFileError(path, ["its data is nested too deeply to be a project."]) \
            from error
    return data, bool(unusable)


def _check_numbers(data: Any, path: Path | None) -> None:
    """Refuse NaN, Infinity and absurd numbers, saying where each one is."""
    problems: list[str] = []
    pending: list[tuple[tuple[str | int, ...], Any]] = [((), data)]
    while pending:  # iterative: the data may be nested as deeply as JSON allows
        loc, node = pending.pop()
        if isinstance(node, _Unusable):
            where, subject, _ = split_location(data, loc)
            sentence = f"{subject or 'a value'} is {node.text}, which is not a number a " \
                       "project may contain"
            problems.append(f"{where}: {sentence}" if where else sentence)
        elif isinstance(node, dict | list):
            items = node.items() if isinstance(node, dict) else enumerate(node)
            pending.extend(((*loc, key), value) for key, value in reversed(list(items)))
    if problems:
        raise ProjectFileError(path, problems[:50])


def _check_header(data: Any, path: Path | None) -> dict[str, Any]:
    if not isinstance(data, dict) or data.get("format") != FORMAT_MARKER:
        raise ProjectFileError(path, [
            f"it is not a CX Designer project (the marker \"format\": \"{FORMAT_MARKER}\" "
            "is missing)."
        ])
    version = data.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise ProjectFileError(path, ["its format version is missing or not a whole number "
                                      "from 1 up."])
    if version > FORMAT_VERSION:
        raise ProjectFileError(path, [
            f"it was saved by a newer CX Designer (file format {version}; this version reads "
            f"formats up to {FORMAT_VERSION}). Update CX Designer to open it; the file was "
            "not changed."
        ])
    return data


@contextlib.contextmanager
def _without_cyclic_collection() -> Iterator[None]:
    """Pause Python's cycle collector: parsing and validating a big project creates
    millions of objects and no cycles, and the collector's passes over them would
    roughly double the time it takes."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def loads_project(text: str, path: Path | None = None) -> Project:
    """Parse, migrate and validate the text of a project file."""
    with _without_cyclic_collection():
        return _loads_project(text, path)


def _loads_project(text: str, path: Path | None) -> Project:
    data, has_unusable_numbers = _parse_json(text, path)
    data = _check_header(data, path)
    if has_unusable_numbers:
        _check_numbers(data, path)
    try:
        data = migrate(data)
    except (LookupError, KeyError, TypeError, ValueError) as error:
        raise ProjectFileError(path, [f"it could not be brought up to the current format: "
                                      f"{error}."]) from error
    try:
        return Project.model_validate(data)
    except ValidationError as error:
        raise ProjectFileError(path, describe_validation_error(error, data)) from error


def load_project(path: Path) -> Project:
    """Read the project file at ``path``; it is never modified, whatever happens.

    Raises:
        ProjectFileError: with one sentence per problem found.
    """
    def too_large(size: int | None) -> ProjectFileError:
        cap = f"the {MAX_FILE_BYTES / _MB:.0f} MB a project may be"
        return ProjectFileError(path, [
            f"it is {math.ceil(size / _MB)} MB, more than {cap}." if size is not None
            else f"it is more than {cap}."
        ])

    try:
        status = path.stat()
        if stat.S_ISDIR(status.st_mode):
            raise ProjectFileError(path, ["it is a folder, not a project file."])
        if not stat.S_ISREG(status.st_mode):
            raise ProjectFileError(path, ["it is not a file (a device or a pipe?)."])
        if status.st_size > MAX_FILE_BYTES:
            raise too_large(status.st_size)
        with path.open("rb") as stream:
            # Bounded: the file may have grown since stat().
            raw = stream.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError as error:
        raise ProjectFileError(path, ["there is no such file."]) from error
    except IsADirectoryError as error:
        raise ProjectFileError(path, ["it is a folder, not a project file."]) from error
    except OSError as error:
        raise ProjectFileError(path, [f"it cannot be read: {error.strerror or error}."]) \
            from error
    if len(raw) > MAX_FILE_BYTES:
        raise too_large(None)  # it grew while it was read
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ProjectFileError(path, [
            f"it is not a UTF-8 text file (byte {error.start + 1} cannot be read); "
            "is it really a .cxd project?"
        ]) from error
    return loads_project(text, path)
