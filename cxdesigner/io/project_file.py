"""Read and write ``.cxd`` project files.

Saving serialises fully, then writes atomically with three rotating backups. Loading
checks size, encoding, JSON, the format marker and version, migrates, validates, and
turns every failure into one :class:`ProjectFileError` a consultant can act on.
"""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from cxdesigner.collector import collection_paused
from cxdesigner.io.atomic import atomic_write_bytes, final_target
from cxdesigner.io.disk_state import DiskState
from cxdesigner.io.errors import ProjectFileError
from cxdesigner.io.messages import describe_validation_error, split_location
from cxdesigner.io.migrations import migrate
from cxdesigner.io.reading import FileRefusedError, Refusal, read_with_status
from cxdesigner.io.wording import say
from cxdesigner.io.write_errors import failure_reason
from cxdesigner.model import FORMAT_MARKER, FORMAT_VERSION, Project
from cxdesigner.model.limits import MAX_FILE_BYTES
from cxdesigner.model.locations import describe_location

PROJECT_SUFFIX = ".cxd"
BACKUP_COUNT = 3
_MB = 1024 * 1024


def backup_paths(path: Path, count: int = BACKUP_COUNT) -> list[Path]:
    """Where the previous versions of ``path`` are kept, newest first."""
    return [path.with_name(f"{path.name}.bak{number}") for number in range(1, count + 1)]


def dumps_project(project: Project) -> str:
    """The project as the text of a ``.cxd`` file."""
    return project.model_dump_json(indent=1) + "\n"


def save_project(project: Project, path: Path, backups: int = BACKUP_COUNT,
                 language: str = "en") -> DiskState:
    """Write ``project`` to ``path`` atomically, keeping ``backups`` previous versions.

    Through a symbolic link, the file it points to is written (and backed up beside it).
    Returns the state of the file as written, to notice later changes by others.

    Raises:
        ProjectFileError: the file could not be written (read-only folder, full disk, a file
            another program holds open…), said in ``language``; the file on disk is then
            untouched.
    """
    data = dumps_project(project).encode("utf-8")
    target = final_target(path)
    try:
        status = atomic_write_bytes(target, data, backup_paths(target, backups))
    except OSError as error:
        reason = failure_reason(error, language)
        raise ProjectFileError(path, [say("save_failed", language, reason=reason)],
                               verb="save", language=language) from error
    return DiskState.of(status, data)


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


class _RepeatedKeys(dict[str, Any]):
    """A JSON object in which some keys appear more than once (JSON keeps the last value)."""

    def __init__(self, pairs: list[tuple[str, Any]]) -> None:
        super().__init__(pairs)
        seen: set[str] = set()
        self.repeated: list[str] = []
        for key, _ in pairs:
            if key in seen and key not in self.repeated:
                self.repeated.append(key)
            seen.add(key)


def _parse_json(text: str, path: Path | None, language: str) -> tuple[Any, bool]:
    """The parsed data, and whether it holds an unusable number or a key given twice."""
    flagged: list[_Unusable | _RepeatedKeys] = []

    def refuse(text: str) -> _Unusable:
        flagged.append(unusable := _Unusable(text))
        return unusable

    def parse_float(text: str) -> Any:
        number = float(text)  # 1e999 gives inf, not an error
        return number if math.isfinite(number) else refuse(text)

    def parse_int(text: str) -> Any:
        # int() refuses more than 4,300 digits anyway; no count in a project needs 30.
        return int(text) if len(text) <= 30 else refuse(text)

    def make_object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        # JSON keeps the last of two values silently, when the first may be the one meant.
        made = dict(pairs)
        if len(made) == len(pairs):
            return made
        flagged.append(repeated := _RepeatedKeys(pairs))
        return repeated

    try:
        data = json.loads(text, parse_constant=refuse, parse_float=parse_float,
                          parse_int=parse_int, object_pairs_hook=make_object)
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
    return data, bool(flagged)


def _check_values(data: Any, path: Path | None, language: str) -> None:
    """Refuse NaN, Infinity, absurd numbers and keys given twice, saying where each one is."""
    problems: list[str] = []
    colon = say("colon", language)
    pending: list[tuple[tuple[str | int, ...], Any]] = [((), data)]
    while pending:  # iterative: the data may be nested as deeply as JSON allows
        loc, node = pending.pop()
        if isinstance(node, _Unusable):
            where, subject, _ = split_location(data, loc, language)
            sentence = say("unusable_number", language,
                           subject=subject or say("a_value", language), text=node.text)
            problems.append(f"{where}{colon} {sentence}" if where else sentence)
        if isinstance(node, _RepeatedKeys):
            where = describe_location(data, loc, language)
            for key in node.repeated:
                sentence = say("repeated_key", language, name=_short(key))
                problems.append(f"{where}{colon} {sentence}" if where else sentence)
        if isinstance(node, dict | list):
            items = node.items() if isinstance(node, dict) else enumerate(node)
            pending.extend(((*loc, key), value) for key, value in reversed(list(items)))
    if problems:
        raise ProjectFileError(path, problems[:50], language=language)


def _short(key: str) -> str:
    return key if len(key) <= 40 else key[:37] + "…"


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


def loads_project(text: str, path: Path | None = None, language: str = "en") -> Project:
    """Parse, migrate and validate the text of a project file.

    Raises:
        ProjectFileError: its sentences in ``language`` (``en`` or ``fr``).
    """
    with collection_paused():
        return _loads_project(text, path, language)


def _loads_project(text: str, path: Path | None, language: str) -> Project:
    data, flagged = _parse_json(text, path, language)
    data = _check_header(data, path, language)
    if flagged:
        _check_values(data, path, language)
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
    return read_project(path, language)[0]


def read_project(path: Path, language: str = "en") -> tuple[Project, DiskState]:
    """The project file at ``path``, and the state of the file it was read from.

    Raises:
        ProjectFileError: with one sentence per problem found, in ``language``.
    """
    try:
        raw, status = read_with_status(path, MAX_FILE_BYTES)
    except FileRefusedError as refused:
        raise ProjectFileError(path, [refusal_sentence(refused, language)],
                               language=language) from refused
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ProjectFileError(path, [say("not_utf8", language, byte=error.start + 1)],
                               language=language) from error
    return loads_project(text, path, language), DiskState.of(status, raw)


def refusal_sentence(refused: FileRefusedError, language: str) -> str:
    """Why a project file was not read, as the sentence after "Cannot open FILE:"."""
    cap = f"{refused.cap / _MB:.0f}"
    if refused.refusal is Refusal.TOO_LARGE:
        if refused.size is None:
            return say("too_large_unknown", language, cap=cap)  # it grew while it was read
        return say("too_large", language, size=math.ceil(refused.size / _MB), cap=cap)
    if refused.refusal is Refusal.UNREADABLE:
        return say("unreadable", language, reason=refused.reason)
    return say({Refusal.MISSING: "no_file", Refusal.FOLDER: "folder",
                Refusal.NOT_A_FILE: "not_a_file"}[refused.refusal], language)
