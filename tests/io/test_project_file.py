"""Saving and loading project files: round trips, backups, and saves that fail."""

from __future__ import annotations

import errno
import json
import os
from enum import Enum
from pathlib import Path
from typing import Any

import pytest
from pydantic import BaseModel

from cxdesigner.io import (
    PROJECT_SUFFIX,
    ProjectFileError,
    backup_paths,
    dumps_project,
    load_project,
    loads_project,
    save_project,
)
from cxdesigner.model import FORMAT_VERSION, CxModel, Project, enums

GOLDEN = Path(__file__).parent / "golden"
FULL = GOLDEN / f"v{FORMAT_VERSION}-full.cxd"


def full_project() -> Project:
    """A project in which every field of every entity is filled (see the test below)."""
    return load_project(FULL)


def _files(folder: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in sorted(folder.iterdir())}


# --------------------------------------------------------------------------- round trips


def test_the_full_sample_fills_every_field_and_uses_every_value() -> None:
    filled: dict[tuple[str, str], bool] = {}
    changed: dict[tuple[str, str], bool] = {}
    members: set[Enum] = set()

    def empty(value: Any) -> bool:
        return value is None or value == "" or value == [] or value == {}

    def walk(node: Any) -> None:
        if isinstance(node, BaseModel):
            for name, field in type(node).model_fields.items():
                value = getattr(node, name)
                key = (type(node).__name__, name)
                filled[key] = filled.get(key, False) or not empty(value)
                default = field.get_default(call_default_factory=True)
                changed[key] = changed.get(key, False) or value != default
                walk(value)
        elif isinstance(node, list):
            for item in node:
                walk(item)
        elif isinstance(node, dict):
            for item in node.values():
                walk(item)
        elif isinstance(node, Enum):
            members.add(node)

    walk(full_project())
    assert [key for key, ok in filled.items() if not ok] == []
    # Fields whose default is a real value must also be seen with another value, so that
    # a value equal to the default is never what makes the round trip pass.
    unchanged = [key for key, ok in changed.items() if not ok]
    assert unchanged == [("Project", "format"), ("Project", "format_version"),
                         ("Project", "language")]
    classes = {cls.__name__ for cls in _model_classes()}
    assert {name for name, _ in filled} == classes
    every_member = {member for e in vars(enums).values()
                    if isinstance(e, type) and issubclass(e, Enum)
                    and e.__module__ == enums.__name__ for member in e}
    assert every_member - members == set()


def _model_classes() -> set[type[CxModel]]:
    found: set[type[CxModel]] = set()
    pending: list[type[CxModel]] = [CxModel]
    while pending:
        for sub in pending.pop().__subclasses__():
            if sub.__module__.startswith("cxdesigner.model") and sub not in found:
                found.add(sub)
                pending.append(sub)
    return {cls for cls in found if cls.__name__ != "Entity"}


def test_the_full_sample_has_french_text_emojis_and_mixed_scripts() -> None:
    text = FULL.read_text(encoding="utf-8")
    for sample in ("é", "œ", "Œ", "«", "»", "’", "🥖", "👩‍💻", "🇫🇷", "عمر", "微信", "Клиент",
                   "e\u0301"):
        assert sample in text


def test_save_then_load_gives_an_equal_project_and_the_same_text(tmp_path: Path) -> None:
    project = full_project()
    path = tmp_path / f"Atelier « Léa » 🥐{PROJECT_SUFFIX}"
    save_project(project, path)
    loaded = load_project(path)
    assert loaded == project
    assert loaded.model_dump() == project.model_dump()
    first = path.read_bytes()
    save_project(loaded, path)
    assert path.read_bytes() == first
    assert first.decode("utf-8") == dumps_project(project)


def test_text_round_trip_without_files() -> None:
    project = full_project()
    text = dumps_project(project)
    assert loads_project(text) == project
    assert dumps_project(loads_project(text)) == text


def test_the_file_is_utf8_json_that_keeps_characters_readable(tmp_path: Path) -> None:
    path = tmp_path / "a.cxd"
    save_project(Project(title="Œuvre « été » 🥐 中文"), path)
    raw = path.read_bytes()
    assert "Œuvre « été » 🥐 中文".encode() in raw  # not \\u-escaped
    assert raw.endswith(b"}\n")
    data = json.loads(raw)
    assert (data["format"], data["format_version"]) == ("cxdesigner-project", FORMAT_VERSION)


def test_a_file_with_only_the_header_and_a_title_loads() -> None:
    text = '{"format": "cxdesigner-project", "format_version": 1, "title": "Atelier"}'
    project = loads_project(text)
    assert project == Project(title="Atelier")


def test_a_utf8_file_with_a_byte_order_mark_loads(tmp_path: Path) -> None:
    path = tmp_path / "bom.cxd"
    path.write_bytes(b"\xef\xbb\xbf" + dumps_project(Project(title="Été")).encode())
    assert load_project(path).title == "Été"


def test_numbers_written_as_whole_numbers_load_as_numbers() -> None:
    data = json.loads(dumps_project(full_project()))
    data["answers"][0]["value"] = 9
    data["journeys"][0]["stages"][0]["touchpoints"][0]["kpis"][0]["value"] = 3
    project = loads_project(json.dumps(data))
    assert project.answers[0].value == 9.0
    assert isinstance(project.answers[0].value, float)


def test_load_never_writes(tmp_path: Path) -> None:
    path = tmp_path / "a.cxd"
    path.write_bytes(FULL.read_bytes())
    os.utime(path, ns=(1_000_000_000, 1_000_000_000))
    before = _files(tmp_path)
    load_project(path)
    assert _files(tmp_path) == before
    assert path.stat().st_mtime_ns == 1_000_000_000


# --------------------------------------------------------------------------- backups


def test_backup_paths() -> None:
    path = Path("/atelier/Léa.cxd")
    assert backup_paths(path) == [Path("/atelier/Léa.cxd.bak1"), Path("/atelier/Léa.cxd.bak2"),
                                  Path("/atelier/Léa.cxd.bak3")]
    assert backup_paths(path, 1) == [Path("/atelier/Léa.cxd.bak1")]


def _version(n: int) -> Project:
    return Project(title=f"Version {n}")


def _titles(path: Path) -> list[str | None]:
    return [load_project(p).title if p.exists() else None for p in [path, *backup_paths(path)]]


def test_backups_rotate_newest_first_and_drop_the_oldest(tmp_path: Path) -> None:
    path = tmp_path / "atelier.cxd"
    save_project(_version(0), path)
    assert _titles(path) == ["Version 0", None, None, None]
    save_project(_version(1), path)
    assert _titles(path) == ["Version 1", "Version 0", None, None]
    save_project(_version(2), path)
    assert _titles(path) == ["Version 2", "Version 1", "Version 0", None]
    save_project(_version(3), path)
    assert _titles(path) == ["Version 3", "Version 2", "Version 1", "Version 0"]
    save_project(_version(4), path)
    assert _titles(path) == ["Version 4", "Version 3", "Version 2", "Version 1"]
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "atelier.cxd", "atelier.cxd.bak1", "atelier.cxd.bak2", "atelier.cxd.bak3"]


def test_a_backup_is_a_byte_copy_of_the_previous_file(tmp_path: Path) -> None:
    path = tmp_path / "atelier.cxd"
    save_project(full_project(), path)
    previous = path.read_bytes()
    save_project(_version(1), path)
    assert backup_paths(path)[0].read_bytes() == previous


def test_backups_can_be_turned_off(tmp_path: Path) -> None:
    path = tmp_path / "atelier.cxd"
    for n in range(3):
        save_project(_version(n), path, backups=0)
    assert [p.name for p in tmp_path.iterdir()] == ["atelier.cxd"]


def test_a_backup_opens_like_a_project(tmp_path: Path) -> None:
    path = tmp_path / "atelier.cxd"
    save_project(full_project(), path)
    save_project(_version(1), path)
    assert load_project(backup_paths(path)[0]) == full_project()


# --------------------------------------------------------------------------- failed saves


def _saved(tmp_path: Path) -> tuple[Path, dict[str, bytes]]:
    path = tmp_path / "atelier.cxd"
    save_project(_version(1), path)
    save_project(_version(2), path)
    return path, _files(tmp_path)


def _refused_save(path: Path) -> str:
    with pytest.raises(ProjectFileError) as info:
        save_project(_version(3), path)
    assert info.value.verb == "save"
    assert info.value.path == path
    return str(info.value)


def test_a_full_disk_leaves_the_file_and_its_backups_as_they_were(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path, before = _saved(tmp_path)

    def no_space(descriptor: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", no_space)
    message = _refused_save(path)
    assert message == (f"Cannot save '{path}': No space left on device. The file on disk was "
                       "left as it was.")
    monkeypatch.undo()
    assert _files(tmp_path) == before  # no temporary file left behind either


def test_a_failed_rename_leaves_the_file_whole(tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    path, before = _saved(tmp_path)
    real_replace = os.replace

    def read_only(source: Any, target: Any) -> None:
        if Path(target) == path:
            raise OSError(errno.EROFS, os.strerror(errno.EROFS))
        real_replace(source, target)

    monkeypatch.setattr(os, "replace", read_only)
    message = _refused_save(path)
    assert "Read-only file system" in message
    monkeypatch.undo()
    assert path.read_bytes() == before["atelier.cxd"]
    assert load_project(path).title == "Version 2"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")) == []


def test_saving_where_the_folder_is_a_file(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("x")
    path = tmp_path / "notes.txt" / "atelier.cxd"
    assert "Not a directory" in _refused_save(path)
    assert _files(tmp_path) == {"notes.txt": b"x"}


def test_saving_into_a_missing_folder(tmp_path: Path) -> None:
    path = tmp_path / "absent" / "atelier.cxd"
    message = _refused_save(path)
    assert f"the folder '{path.parent}' is not there" in message
    assert "reconnect it, or save elsewhere with Save As" in message
    assert not (tmp_path / "absent").exists()


def test_saving_over_a_folder(tmp_path: Path) -> None:
    path = tmp_path / "atelier.cxd"
    path.mkdir()
    (path / "inside").write_text("keep")
    _refused_save(path)
    assert (path / "inside").read_text() == "keep"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["atelier.cxd"]
