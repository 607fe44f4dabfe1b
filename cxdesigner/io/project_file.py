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
from cxdesigner.io.wording import say
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


def _backup_advice(path: Path | None, language: str) -> str:
    """Which earlier versions to try, naming only those that exist beside the file."""
    found = [backup.name for backup in backup_paths(path) if backup.is_file()] if path else []
    if not found:
        return say("no_backup", language)
    return say("backups" if len(found) > 1 else "one_backup", language, names=", ".join(found))


def _parse_json(text: str, path: Path | None, language: str) -> tuple[Any, bool]:
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
        raise ProjectFileError(path, [say(
            "not_json_at", language, line=error.lineno, column=error.colno, detail=error.msg,
            advice=_backup_advice(path, language))], language=language) from error
    except ValueError as error:
        raise ProjectFileError(path, [say("not_json", language, detail=error)],
                               language=language) from error
    except RecursionError as error:
        raise ProjectFileError(path, [say("too_deep", language)], language=language) \
            from error
    return data, bool(unusable)


def _check_numbers(data: Any, path: Path | None, language: str) -> None:
    """Refuse NaN, Infinity and absurd numbers, saying where each one is."""
    problems: list[str] = []
    pending: list[tuple[tuple[str | int, ...], Any]] = [((), data)]
    while pending:  # iterative: the data may be nested as deeply as JSON allows
        loc, node = pending.pop()
        if isinstance(node, _Unusable):
            where, subject, _ = split_location(data, loc, language)
            sentence = say("unusable_number", language,
                           subject=subject or say("a_value", language), text=node.text)
            problems.append(f"{where}{say('colon', language)} {sentence}" if where
                            else sentence)
        elif isinstance(node, dict | list):
            items = node.items() if isinstance(node, dict) else enumerate(node)
            pending.extend(((*loc, key), value) for key, value in reversed(list(items)))
    if problems:
        raise ProjectFileError(path, problems[:50], language=language)


def _check_header(data: Any, path: Path | None, language: str) -> dict[str, Any]:
    if not isinstance(data, dict) or data.get("format") != FORMAT_MARKER:
        raise ProjectFileError(path, [say("not_project", language, marker=FORMAT_MARKER)],
                               language=language)
    version = data.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise ProjectFileError(path, [say("bad_version", language)], language=language)
    if version > FORMAT_VERSION:
        raise ProjectFileError(path, [say("newer", language, version=version,
                                          current=FORMAT_VERSION)], language=language)
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


def loads_project(text: str, path: Path | None = None, language: str = "en") -> Project:
    """Parse, migrate and validate the text of a project file.

    Raises:
        ProjectFileError: its sentences in ``language`` (``en`` or ``fr``).
    """
    with _without_cyclic_collection():
        return _loads_project(text, path, language)


def _loads_project(text: str, path: Path | None, language: str) -> Project:
    data, has_unusable_numbers = _parse_json(text, path, language)
    data = _check_header(data, path, language)
    if has_unusable_numbers:
        _check_numbers(data, path, language)
    try:
        data = migrate(data)
    except (LookupError, KeyError, TypeError, ValueError) as error:
        raise ProjectFileError(path, [say("migration_failed", language, detail=error)],
                               language=language) from error
    try:
        return Project.model_validate(data)
    except ValidationError as error:
        raise ProjectFileError(path, describe_validation_error(error, data, language),
                               language=language) from error


def load_project(path: Path, language: str = "en") -> Project:
    """Read the project file at ``path``; it is never modified, whatever happens.

    Raises:
        ProjectFileError: with one sentence per problem found, in ``language``.
    """
    def refused(key: str, **params: Any) -> ProjectFileError:
        return ProjectFileError(path, [say(key, language, **params)], language=language)

    def too_large(size: int | None) -> ProjectFileError:
        cap = f"{MAX_FILE_BYTES / _MB:.0f}"
        return refused("too_large", size=math.ceil(size / _MB), cap=cap) if size is not None \
            else refused("too_large_unknown", cap=cap)

    try:
        status = path.stat()
        if stat.S_ISDIR(status.st_mode):
            raise refused("folder")
        if not stat.S_ISREG(status.st_mode):
            raise refused("not_a_file")
        if status.st_size > MAX_FILE_BYTES:
            raise too_large(status.st_size)
        with path.open("rb") as stream:
            # Bounded: the file may have grown since stat().
            raw = stream.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError as error:
        raise refused("no_file") from error
    except IsADirectoryError as error:
        raise refused("folder") from error
    except OSError as error:
        raise refused("unreadable", reason=error.strerror or error) from error
    if len(raw) > MAX_FILE_BYTES:
        raise too_large(None)  # it grew while it was read
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise refused("not_utf8", byte=error.start + 1) from error
    return loads_project(text, path, language)
