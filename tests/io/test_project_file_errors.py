"""Broken project files are refused with one message saying which file, what, and where.

Whatever is wrong, loading never changes the file nor anything next to it.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, get_origin

import pytest

from cxdesigner.io import ProjectFileError, load_project, loads_project, project_file
from cxdesigner.io.messages import KEYED_FIELDS
from cxdesigner.model import FORMAT_VERSION, CxModel
from cxdesigner.model.limits import MAX_FILE_BYTES, MAX_LIST_ITEMS, MAX_TEXT_CHARS

FULL = Path(__file__).parent / "golden" / "v1-full.cxd"
FULL_TEXT = FULL.read_text(encoding="utf-8")

JOURNEY = "journey 'Achat en ligne — parcours actuel'"
CALL = f"{JOURNEY}, stage 3 'Commande', touchpoint 'Appel au support'"
OLD = 1_000_000_000_000_000_000  # an mtime in 2001, in ns: any write would change it


def _data() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(FULL_TEXT)
    return data


def _call(data: dict[str, Any]) -> dict[str, Any]:
    touchpoint: dict[str, Any] = data["journeys"][0]["stages"][2]["touchpoints"][1]
    return touchpoint


def _changed(change: Callable[[dict[str, Any]], Any]) -> bytes:
    data = _data()
    change(data)
    return json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8")


def _with_raw(old: str, new: str) -> bytes:
    assert FULL_TEXT.count(old) == 1, old
    return FULL_TEXT.replace(old, new).encode("utf-8")


@dataclass(frozen=True)
class Case:
    name: str
    content: bytes
    expected: tuple[str, ...]


CASES = [
    # ------------------------------------------------------------ not JSON, not text
    Case("truncated", FULL_TEXT.encode()[: len(FULL_TEXT) // 2],
         ("it is not valid JSON (line ", "The file may be truncated",
          "it has no backup beside it to go back to.")),
    Case("empty", b"", ("it is not valid JSON (line 1, column 1: Expecting value)",)),
    Case("latin-1", FULL_TEXT.replace("🥖", "").replace("’", "'").encode("latin-1",
                                                                        errors="replace"),
         ("it is not a UTF-8 text file (byte ", "cannot be read); is it really a .cxd project?")),
    Case("utf-16", FULL_TEXT.encode("utf-16"), ("it is not a UTF-8 text file (byte 1 ",)),
    Case("binary", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\xff\xfe", ("not a UTF-8 text file",)),
    Case("nested too deeply", b"[" * 200_000 + b"]" * 200_000,
         ("its data is nested too deeply to be a project.",)),
    # ------------------------------------------------------------ not a project
    Case("no marker", _changed(lambda d: d.pop("format")),
         ('it is not a CX Designer project (the marker "format": "cxdesigner-project" is '
          "missing).",)),
    Case("other marker", _changed(lambda d: d.update(format="drawio")),
         ("it is not a CX Designer project",)),
    Case("a list", b"[1, 2, 3]", ("it is not a CX Designer project",)),
    Case("another JSON file", b'{"name": "cxdesigner", "version": "1.0.0"}',
         ("it is not a CX Designer project",)),
    Case("no version", _changed(lambda d: d.pop("format_version")),
         ("its format version is missing or not a whole number from 1 up.",)),
    Case("version as text", _changed(lambda d: d.update(format_version="1")),
         ("its format version is missing or not a whole number from 1 up.",)),
    Case("version true", _changed(lambda d: d.update(format_version=True)),
         ("its format version is missing",)),
    Case("version zero", _changed(lambda d: d.update(format_version=0)),
         ("its format version is missing",)),
    Case("newer version", _changed(lambda d: d.update(format_version=FORMAT_VERSION + 1)),
         (f"it was saved by a newer CX Designer (file format {FORMAT_VERSION + 1}; this version "
          f"reads formats up to {FORMAT_VERSION}). Update CX Designer to open it; the file was "
          "not changed.",)),
    # ------------------------------------------------------------ wrong types
    Case("title as a number", _changed(lambda d: d.update(title=42)),
         ("title: should be a valid string (found 42)",)),
    Case("stages as text", _changed(lambda d: d["journeys"][0].update(stages="Commande")),
         (f"{JOURNEY}: stages: should be a valid list (found 'Commande')",)),
    Case("emotion as words", _changed(lambda d: _call(d).update(emotion="très mal")),
         (f"{CALL}: emotion must be a whole number between -3 and +3 (found 'très mal')",)),
    Case("emotion out of range", _changed(lambda d: _call(d).update(emotion=-5)),
         (f"{CALL}: emotion must be a whole number between -3 and +3 (found -5)",)),
    Case("emotion as a decimal", _changed(lambda d: _call(d).update(emotion=1.5)),
         (f"{CALL}: emotion must be a whole number between -3 and +3 (found 1.5)",)),
    Case("emotion per persona", _changed(lambda d: _call(d).update(
        persona_emotions={"persona-lea": 4})),
         (f"{CALL}: emotion for persona 'persona-lea' must be a whole number between -3 and +3 "
          "(found 4)",)),
    Case("persona id as a key", _changed(lambda d: _call(d).update(
        persona_criticality={"Léa": "low"})),
         (f"{CALL}: criticality for persona 'Léa': the persona id must use only letters, "
          "digits and _ . : - (found 'Léa')",)),
    Case("input name too long", _changed(lambda d: d["indicator_records"][0].update(
        inputs={"n" * 600: 1.0})),
         (f"indicator record 1: input '{'n' * 37}…': the name is too long (string should have "
          "at most 500 characters)",)),
    Case("input as text", _changed(lambda d: d["indicator_records"][0].update(
        inputs={"clients": "1200"})),
         ("indicator record 1: input 'clients': should be a valid number (found '1200')",)),
    Case("moment", _changed(lambda d: _call(d).update(moment="waouh")),
         (f"{CALL}: moment: should be 'none', 'essential', 'critical' or 'wow' "
          "(found 'waouh')",)),
    Case("severity", _changed(lambda d: _call(d)["irritants"][0].update(severity=5)),
         (f"{CALL}, pain point 1: severity: should be less than or equal to 4 (found 5)",)),
    Case("pillar", _changed(lambda d: _call(d)["irritants"][0].update(pillars=["vitesse"])),
         (f"{CALL}, pain point 1, pillars, item 1: should be 'integrity', ",)),
    Case("colour", _changed(lambda d: d["personas"][0].update(colour="rouge")),
         ("persona 'Léa, 34 ans': colour must be a colour written #rrggbb (found 'rouge')",)),
    Case("bad id", _changed(lambda d: d["channels"][0].update(id="ch shop")),
         ("channel 'Magasin « Cœur de ville »': id must use only letters, digits and _ . : - "
          "(found 'ch shop')",)),
    Case("missing title", _changed(lambda d: d.pop("title")), ("title is missing",)),
    Case("missing touchpoint title", _changed(lambda d: _call(d).pop("title")),
         (f"{JOURNEY}, stage 3 'Commande', touchpoint 2: title is missing",)),
    Case("answer off its scale", _changed(lambda d: d["answers"][0].update(value=11)),
         ("survey answer 1: NPS value 11 is outside its scale 0-10",)),
    Case("NPS on another scale", _changed(lambda d: d["answers"][0].update(
        scale={"low": 1, "high": 10})),
         ("survey answer 1: an NPS answer is always on the 0-10 scale",)),
    Case("scale upside down", _changed(lambda d: d["answers"][2]["scale"].update(low=9)),
         ("survey answer 3: the scale's low end (9) must be below its high end (5)",)),
    Case("several problems", _changed(lambda d: (d.pop("title"),
                                                 _call(d).update(emotion=9))),
         ("- title is missing\n- ", f"- {CALL}: emotion must be a whole number")),
    # ------------------------------------------------------------ unknown fields
    Case("unknown touchpoint field", _changed(lambda d: _call(d).update(couleur="#ff0000")),
         (f"{CALL}: unknown field 'couleur' (misspelt, or written by another program?)",)),
    Case("unknown top-level field", _changed(lambda d: d.update(auteur="Karim")),
         ("unknown field 'auteur' (misspelt, or written by another program?)",)),
    # ------------------------------------------------------------ not numbers
    Case("NaN", _with_raw('"emotion": -3,', '"emotion": NaN,'),
         (f"{CALL}: emotion is NaN, which is not a number a project may contain",)),
    Case("Infinity", _with_raw('"value": 412.0,', '"value": Infinity,'),
         (f"{CALL}, KPI 'Durée moyenne de traitement': value is Infinity, which is not a "
          "number a project may contain",)),
    Case("-Infinity", _with_raw('"kpi_target": 7.5,', '"kpi_target": -Infinity,'),
         ("action 1: kpi target is -Infinity, which is not a number a project may contain",)),
    Case("overflowing float", _with_raw('"measured_value": 6.9,', '"measured_value": 1e999,'),
         ("action 1: measured value is 1e999, which is not a number",)),
    Case("absurd integer", _with_raw('"size": 125000', '"size": ' + "9" * 5000),
         ("segment 'Familles périurbaines': size is 999999999999… (5000 digits), which is "
          "not a number a project may contain",)),
    Case("NaN in an input", _with_raw('"clients perdus": 96.0\n   },\n   "period": "T1 2024",\n'
                                      '   "date": "2024-03-31"',
                                      '"clients perdus": NaN\n   },\n   "period": "T1 2024",\n'
                                      '   "date": "2024-03-31"'),
         ("indicator record 1: input 'clients perdus' is NaN",)),
    # ------------------------------------------------------------ references
    Case("dangling flow", _changed(lambda d: d["journeys"][0]["flows"][2].update(
        target_id="tp-inconnu")),
         (f"{JOURNEY}, flow 3, end of the flow: points to a touchpoint of this journey that "
          "does not exist (id 'tp-inconnu')",)),
    Case("dangling channel", _changed(lambda d: _call(d).update(channel_id="ch-fax")),
         (f"{CALL}, channel: points to a channel that does not exist (id 'ch-fax')",)),
    Case("duplicate id", _changed(lambda d: _call(d).update(id="tp-pub")),
         ("the id 'tp-pub' is used more than once",)),
    Case("target journey improving itself", _changed(lambda d: d["journeys"][1].update(
        improves_journey_id="j-cible")),
         ("journey 'Achat en ligne — parcours cible 🎯', current journey it improves: a journey "
          "cannot improve itself",)),
    # ------------------------------------------------------------ absurd sizes
    Case("list over the cap", _changed(lambda d: d["personas"][0].update(
        needs=["Être rassurée"] * (MAX_LIST_ITEMS + 1))),
         ("persona 'Léa, 34 ans': needs is too long (list should have at most 100000 items "
          "after validation, not 100001)",)),
    Case("text over the cap", _changed(lambda d: _call(d).update(
        description="é" * (MAX_TEXT_CHARS + 1))),
         (f"{CALL}: description is too long (string should have at most 20000 characters)",)),
    Case("name over the cap", _changed(lambda d: d.update(title="Atelier " * 100)),
         ("title is too long (string should have at most 500 characters)",)),
    Case("lone surrogate", _with_raw('"client": "', '"client": "\\ud800'),
         ("client: should be a valid string, unable to parse raw data as a unicode string",)),
]


def _snapshot(folder: Path) -> dict[str, tuple[bytes, int]]:
    return {path.name: (path.read_bytes(), path.stat().st_mtime_ns)
            for path in sorted(folder.iterdir()) if path.is_file()}


def _refused(path: Path) -> str:
    with pytest.raises(ProjectFileError) as info:
        load_project(path)
    error = info.value
    assert error.path == path
    assert error.verb == "open"
    message = str(error)
    assert message == error.message()
    assert message.startswith(f"Cannot open '{path}':")
    assert "Traceback" not in message and "pydantic" not in message
    return message


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_a_broken_file_is_refused_and_left_as_it_was(tmp_path: Path, case: Case) -> None:
    path = tmp_path / "Atelier Léa.cxd"
    path.write_bytes(case.content)
    os.utime(path, ns=(OLD, OLD))
    before = _snapshot(tmp_path)
    message = _refused(path)
    for expected in case.expected:
        assert expected in message
    assert _snapshot(tmp_path) == before


def test_every_mapping_of_the_model_is_known_to_the_messages() -> None:
    classes: set[type[CxModel]] = set()
    pending: list[type[CxModel]] = [CxModel]
    while pending:
        for sub in pending.pop().__subclasses__():
            if sub.__module__.startswith("cxdesigner.model") and sub not in classes:
                classes.add(sub)
                pending.append(sub)
    mappings = {name for cls in classes for name, field in cls.model_fields.items()
                if get_origin(field.annotation) is dict}
    assert mappings == set(KEYED_FIELDS)


def test_the_messages_do_not_depend_on_a_file() -> None:
    with pytest.raises(ProjectFileError) as info:
        loads_project(_changed(lambda d: _call(d).update(emotion=7)).decode())
    assert str(info.value) == (
        f"Cannot open the project: {CALL}: emotion must be a whole number between -3 and +3 "
        "(found 7)")
    assert info.value.path is None
    assert info.value.problems == [
        f"{CALL}: emotion must be a whole number between -3 and +3 (found 7)"]


def test_a_non_utf8_byte_is_located(tmp_path: Path) -> None:
    path = tmp_path / "latin.cxd"
    path.write_bytes(b'{"title": "\xe9t\xe9"}')
    assert _refused(path).endswith("it is not a UTF-8 text file (byte 12 cannot be read); "
                                   "is it really a .cxd project?")


def test_many_problems_are_listed_then_counted(tmp_path: Path) -> None:
    data = _data()
    touchpoints = data["journeys"][0]["stages"][0]["touchpoints"]
    touchpoints[:] = [{"id": f"t{n}", "title": f"Étape {n}", "emotion": 9} for n in range(20)]
    data["journeys"][0]["flows"] = []
    path = tmp_path / "many.cxd"
    path.write_text(json.dumps(data), encoding="utf-8")
    lines = _refused(path).splitlines()
    assert lines[0] == f"Cannot open '{path}':"
    assert len(lines) == 1 + 12 + 1
    assert lines[1].startswith(f"- {JOURNEY}, stage 1 'Prise de conscience', touchpoint "
                               "'Étape 0': emotion must be")
    assert lines[-1] == "- … and 8 more problems"


def test_a_newer_file_is_left_byte_for_byte_with_its_date(tmp_path: Path) -> None:
    path = tmp_path / "from the future.cxd"
    newer = FORMAT_VERSION + 1
    path.write_bytes(_with_raw('"format_version": 1,', f'"format_version": {newer},'))
    os.utime(path, ns=(OLD, OLD))
    content = path.read_bytes()
    message = _refused(path)
    assert f"newer CX Designer (file format {newer};" in message
    assert path.read_bytes() == content
    assert path.stat().st_mtime_ns == OLD
    assert [p.name for p in tmp_path.iterdir()] == [path.name]


def test_a_file_over_the_size_cap_is_refused_unread(tmp_path: Path) -> None:
    path = tmp_path / "huge.cxd"
    with path.open("wb") as stream:  # sparse: no disk space used
        stream.truncate(MAX_FILE_BYTES + 1)
    os.utime(path, ns=(OLD, OLD))
    message = _refused(path)
    assert message.endswith("it is 65 MB, more than the 64 MB a project may be.")
    assert path.stat().st_size == MAX_FILE_BYTES + 1
    assert path.stat().st_mtime_ns == OLD


def test_the_size_cap_applies_to_real_files(tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(project_file, "MAX_FILE_BYTES", 10_000)
    path = tmp_path / "big.cxd"
    path.write_bytes(FULL.read_bytes())
    assert "a project may be." in _refused(path)


def test_a_file_that_grows_while_read_is_still_capped(tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "growing.cxd"
    path.write_bytes(FULL.read_bytes())
    real_fstat = os.fstat

    def small_fstat(descriptor: int) -> os.stat_result:
        status = real_fstat(descriptor)
        return os.stat_result((status.st_mode, *status[1:6], 10, *status[7:]))

    monkeypatch.setattr(project_file, "MAX_FILE_BYTES", 10_000)
    monkeypatch.setattr(os, "fstat", small_fstat)
    message = _refused(path)
    monkeypatch.undo()
    assert message.endswith("it is more than the 0 MB a project may be.")  # a tiny cap


def test_a_folder_is_not_a_project(tmp_path: Path) -> None:
    path = tmp_path / "Atelier.cxd"
    path.mkdir()
    (path / "inside.txt").write_text("keep")
    assert _refused(path).endswith("it is a folder, not a project file.")
    assert [p.name for p in path.iterdir()] == ["inside.txt"]


def test_a_pipe_is_not_a_project(tmp_path: Path) -> None:
    path = tmp_path / "pipe.cxd"
    os.mkfifo(path)  # opening it to read would wait for a writer forever
    assert _refused(path).endswith("it is not a file (a device or a pipe?).")


def test_a_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "absent.cxd"
    assert _refused(path).endswith("there is no such file.")
    assert list(tmp_path.iterdir()) == []


def test_a_file_inside_a_file(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("x")
    path = tmp_path / "notes.txt" / "absent.cxd"
    assert "it cannot be read: Not a directory." in _refused(path)


def test_a_truncated_file_names_the_backups_that_exist(tmp_path: Path) -> None:
    path = tmp_path / "atelier.cxd"
    path.write_text(FULL_TEXT, encoding="utf-8")
    (tmp_path / "atelier.cxd.bak1").write_text(FULL_TEXT, encoding="utf-8")
    (tmp_path / "atelier.cxd.bak2").write_text(FULL_TEXT, encoding="utf-8")
    path.write_bytes(FULL_TEXT.encode()[:100])
    with pytest.raises(ProjectFileError) as info:
        load_project(path)
    assert info.value.problems[0].endswith(
        "try its backups atelier.cxd.bak1, atelier.cxd.bak2 (newest first).")
