"""Format migrations, and the golden files that pin every version of the format.

``golden/`` holds hand-checked project files named ``vN-NAME.cxd`` (N = the file format).
Files of the current format must load and re-save to the very same text, so that any
change of the format is noticed. When the format moves on, keep the old files: each
``vN-NAME.cxd`` older than the current format must load through the migrations and give
exactly ``golden/expected/vN-NAME.cxd``, a hand-checked file of the current format.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from cxdesigner.analysis import analyse_flows
from cxdesigner.io import ProjectFileError, dumps_project, load_project, loads_project
from cxdesigner.io import project_file as project_file_module
from cxdesigner.io.migrations import MIGRATIONS, Migration, migrate
from cxdesigner.model import FORMAT_VERSION, FlowKind, Journey

GOLDEN = Path(__file__).parent / "golden"
EXPECTED = GOLDEN / "expected"
_NAME = re.compile(r"v(\d+)-[\w.-]+\.cxd")


def _golden_files() -> list[Path]:
    return sorted(path for path in GOLDEN.iterdir() if _NAME.fullmatch(path.name))


def _version(path: Path) -> int:
    match = _NAME.fullmatch(path.name)
    assert match, path
    return int(match.group(1))


# --------------------------------------------------------------------------- golden files


def test_every_format_version_has_golden_files() -> None:
    versions = {_version(path) for path in _golden_files()}
    assert versions == set(range(1, FORMAT_VERSION + 1))
    names = {path.name for path in GOLDEN.iterdir() if path.is_file()}
    assert {"v1-minimal.cxd", "v1-full.cxd"} <= names
    assert all(_NAME.fullmatch(name) for name in names), "golden files are named vN-NAME.cxd"


@pytest.mark.parametrize("path", _golden_files(), ids=lambda path: path.name)
def test_golden_file(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert f'"format_version": {_version(path)},' in text
    project = load_project(path)
    assert path.read_text(encoding="utf-8") == text  # loading never writes
    resaved = dumps_project(project)
    if _version(path) == FORMAT_VERSION:
        assert resaved == text, (
            f"{path.name} no longer re-saves identically: the file format changed. Bump "
            "FORMAT_VERSION, add a migration, keep this file and write "
            f"golden/expected/{path.name} plus new v{FORMAT_VERSION + 1}-*.cxd files")
    else:
        expected = EXPECTED / path.name
        assert expected.exists(), f"write golden/expected/{path.name} (current format)"
        assert resaved == expected.read_text(encoding="utf-8")
    assert loads_project(resaved) == project


def test_expected_files_have_an_older_golden_file() -> None:
    if not EXPECTED.exists():
        return
    for expected in EXPECTED.iterdir():
        assert (GOLDEN / expected.name).exists(), expected.name
        assert _version(expected) < FORMAT_VERSION
        assert f'"format_version": {FORMAT_VERSION},' in expected.read_text(encoding="utf-8")


# --------------------------------------------------------------------------- the chain


def test_every_older_version_has_a_step() -> None:
    assert set(MIGRATIONS) == set(range(1, FORMAT_VERSION))


def _fake_chain(calls: list[tuple[int, dict[str, Any]]]) -> dict[int, Migration]:
    def one_to_two(data: dict[str, Any]) -> dict[str, Any]:
        calls.append((1, dict(data)))
        data["name"] = data.pop("title")  # a rename
        return data

    def two_to_three(data: dict[str, Any]) -> dict[str, Any]:
        calls.append((2, dict(data)))
        steps = data.pop("steps")
        return {**data, "stages": [{"name": name} for name in steps]}  # a new shape

    return {1: one_to_two, 2: two_to_three}


def test_steps_run_in_order_one_version_at_a_time() -> None:
    calls: list[tuple[int, dict[str, Any]]] = []
    data = {"format_version": 1, "title": "Atelier", "steps": ["Avant", "Après"]}
    result = migrate(data, _fake_chain(calls), current=3)
    assert [step for step, _ in calls] == [1, 2]
    assert calls[0][1]["format_version"] == 1
    assert calls[1][1]["format_version"] == 2  # each step sees its own version
    assert calls[1][1]["name"] == "Atelier"  # and what the step before it did
    assert result == {"format_version": 3, "name": "Atelier",
                      "stages": [{"name": "Avant"}, {"name": "Après"}]}


def test_a_migration_starts_from_the_files_version() -> None:
    calls: list[tuple[int, dict[str, Any]]] = []
    result = migrate({"format_version": 2, "name": "x", "steps": []}, _fake_chain(calls), 3)
    assert [step for step, _ in calls] == [2]
    assert result["format_version"] == 3


def test_current_data_is_left_alone() -> None:
    calls: list[tuple[int, dict[str, Any]]] = []
    data = {"format_version": 3, "title": "x"}
    assert migrate(data, _fake_chain(calls), current=3) == {"format_version": 3, "title": "x"}
    assert calls == []
    assert migrate({"format_version": FORMAT_VERSION}) == {"format_version": FORMAT_VERSION}


def test_a_missing_step_is_a_lookup_error() -> None:
    calls: list[tuple[int, dict[str, Any]]] = []
    chain = _fake_chain(calls)
    del chain[2]
    with pytest.raises(LookupError, match=r"^no migration from format version 2$"):
        migrate({"format_version": 1, "title": "x", "steps": []}, chain, current=3)
    assert [step for step, _ in calls] == [1]


def test_a_failing_migration_is_told_as_a_file_problem(
        monkeypatch: pytest.MonkeyPatch) -> None:
    def with_a_gap(data: dict[str, Any]) -> dict[str, Any]:
        return migrate(data, {}, current=FORMAT_VERSION + 1)

    monkeypatch.setattr(project_file_module, "migrate", with_a_gap)
    text = (GOLDEN / f"v{FORMAT_VERSION}-minimal.cxd").read_text(encoding="utf-8")
    with pytest.raises(ProjectFileError) as info:
        loads_project(text)
    assert info.value.problems == [
        f"it could not be brought up to the current format: no migration from format version "
        f"{FORMAT_VERSION}."]


# --------------------------------------------------------------------------- 2 -> 3


def _journey(stages: list[list[str]], flows: list[tuple[str, str, str | None]]) -> dict[str, Any]:
    """A format 2 journey: stages of touchpoint ids, flows as (source, target, kind or None)."""
    return {"id": "j", "name": "J",
            "stages": [{"id": f"s{n}", "name": f"S{n}",
                        "touchpoints": [{"id": tp, "title": tp} for tp in ids]}
                       for n, ids in enumerate(stages)],
            "flows": [{"id": f"f{n}", "source_id": a, "target_id": b,
                       **({"kind": kind} if kind else {})}
                      for n, (a, b, kind) in enumerate(flows)]}


def _ends(journey: dict[str, Any]) -> dict[str, bool]:
    return {tp["id"]: tp["ends_path"] for stage in journey["stages"]
            for tp in stage["touchpoints"]}


def test_a_drawn_journey_keeps_its_dead_ends() -> None:
    # a>b is a "next" flow (no kind: next), so the path was drawn. b has none: it was a
    # dead end and stays one. c goes back only, d is transferred to e, its neighbour.
    journey = _journey([["a", "b"], ["c", "d", "e"], ["z"]],
                       [("a", "b", None), ("c", "a", "back"), ("d", "e", "transfer"),
                        ("e", "z", "next"), ("x", "a", "next")])
    migrate({"format_version": 2, "journeys": [journey]}, current=3)
    assert _ends(journey) == {"a": False, "b": True, "c": True, "d": False, "e": False,
                              "z": False}


def test_a_next_flow_further_along_replaces_the_implied_link() -> None:
    journey = _journey([["a", "b", "c"]], [("a", "c", "next"), ("c", "a", "next")])
    migrate({"format_version": 2, "journeys": [journey]}, current=3)
    # a's "next" flow skips b; c is last; b, with nothing, is marked.
    assert _ends(journey) == {"a": False, "b": True, "c": False}


def test_a_journey_typed_without_next_flows_gets_its_implied_links() -> None:
    typed = _journey([["a", "b"], ["c"]], [("b", "a", "back"), ("a", "c", "transfer")])
    bare = _journey([["a", "b", "c"]], [])
    data = migrate({"format_version": 2, "journeys": [typed, bare]}, current=3)
    assert data["format_version"] == 3
    assert _ends(typed) == _ends(bare) == {"a": False, "b": False, "c": False}


def test_a_format_3_mark_is_left_alone_and_odd_data_is_left_to_validation() -> None:
    journey = _journey([["a", "b"]], [("a", "zz", "next")])
    journey["stages"][0]["touchpoints"][0]["ends_path"] = "odd"
    journey["stages"].append("not a stage")
    data = {"format_version": 2, "journeys": [journey, "not a journey"]}
    migrate(data, current=3)
    assert journey["stages"][0]["touchpoints"][0]["ends_path"] == "odd"
    assert journey["stages"][0]["touchpoints"][1]["ends_path"] is False  # the last one


def _drawn_flows_only(journey: Journey) -> Journey:
    """The journey with every implied link broken: what format 2 analysed."""
    copy = journey.model_copy(deep=True)
    for stage in copy.stages:
        stage.touchpoints = [tp.model_copy(update={"ends_path": True})
                             for tp in stage.touchpoints]
    return copy


@pytest.mark.parametrize("name", ["v1-full.cxd", "v2-full.cxd", "v2-typed.cxd"])
def test_the_figures_of_a_drawn_journey_do_not_change(name: str) -> None:
    project = load_project(GOLDEN / name)
    drawn = [j for j in project.journeys if any(f.kind is FlowKind.NEXT for f in j.flows)]
    assert drawn
    for journey in drawn:
        assert analyse_flows(journey) == analyse_flows(_drawn_flows_only(journey)), journey.name


def test_a_typed_journey_gets_the_path_its_map_shows() -> None:
    project = load_project(GOLDEN / "v2-typed.cxd")
    typed, bare, _ = project.journeys
    before, after = analyse_flows(_drawn_flows_only(typed)), analyse_flows(typed)
    # Format 2: a1 and a4 led nowhere, nothing reached a3 or a5, and the flow drawn from
    # a3 back to a2 made no loop (a2 only went to a4, by its transfer).
    assert (before.dead_ends, before.unreachable, before.loops.loops) == \
        (("tp-a1", "tp-a4"), ("tp-a3", "tp-a5"), ())
    # Now a1~a2~a3~a4~a5 (a2's transfer and a3's way back come on top), and a3 back to a2
    # closes the loop a2 a3.
    assert after.implied_links == 4
    assert after.loops.loops == (("tp-a2", "tp-a3"),)
    assert (after.dead_ends, after.unreachable) == ((), ())
    assert analyse_flows(bare).longest_path == ("tp-b1", "tp-b2", "tp-b3")


# --------------------------------------------------------------------------- 4 -> 5


def test_format_5_adds_an_empty_blueprint_and_unset_evidence() -> None:
    journey = _journey([["a", "b"]], [])
    journey["stages"][0]["touchpoints"][0]["irritants"] = [{"id": "i", "text": "Attente"}]
    data = migrate({"format_version": 4, "journeys": [journey]}, current=5)
    assert data["format_version"] == 5
    assert (journey["blueprint"], journey["show_blueprint"]) == ([], False)
    first, second = journey["stages"][0]["touchpoints"]
    assert first["evidence"] is None and second["evidence"] is None
    assert first["irritants"] == [{"id": "i", "text": "Attente", "evidence": None,
                                   "cause_ids": []}]


def test_format_5_leaves_odd_data_to_validation() -> None:
    journey = _journey([["a"]], [])
    journey["blueprint"] = "odd"
    journey["stages"][0]["touchpoints"][0]["irritants"] = ["not an irritant"]
    journey["stages"].append("not a stage")
    data = {"format_version": 4, "journeys": [journey, "not a journey"]}
    migrate(data, current=5)
    assert journey["blueprint"] == "odd"
    assert journey["stages"][0]["touchpoints"][0]["irritants"] == ["not an irritant"]


def test_a_format_3_file_reads_as_it_was_with_every_evidence_suggested() -> None:
    project = load_project(GOLDEN / "v3-full.cxd")
    assert all(not journey.blueprint and not journey.show_blueprint
               for journey in project.journeys)
    touchpoints = [tp for journey in project.journeys for _, tp in journey.touchpoints()]
    assert all(tp.evidence is None for tp in touchpoints)
    assert all(irritant.evidence is None and irritant.cause_ids == []
               for tp in touchpoints for irritant in tp.irritants)


# --------------------------------------------------------------------------- 5 -> 6


def test_format_6_adds_an_empty_parking_lot() -> None:
    data = migrate({"format_version": 5, "title": "Atelier"}, current=6)
    assert data == {"format_version": 6, "title": "Atelier", "parking_lot": []}


def test_a_parking_lot_already_there_is_left_to_validation() -> None:
    data = migrate({"format_version": 5, "parking_lot": "odd"}, current=6)
    assert data["parking_lot"] == "odd"
    with pytest.raises(ProjectFileError) as info:
        loads_project('{"format": "cxdesigner-project", "format_version": 3, "title": "A", '
                      '"parking_lot": [{"id": "p", "text": "Q", "raised": 1}]}')
    assert any("parked question 1" in problem for problem in info.value.problems)


# --------------------------------------------------------------------------- 6 -> 7


def test_format_7_writes_out_pictures_and_links_unset() -> None:
    data = {"format_version": 6, "journeys": [
        {"stages": [{"touchpoints": [{"id": "t"}, "odd"]}, "odd"], "notes": [{"id": "n"}]},
        "odd"]}
    migrate(data, current=7)
    journey = data["journeys"][0]
    assert journey["stages"][0]["image"] is None
    assert journey["stages"][0]["touchpoints"][0] == {"id": "t", "image": None,
                                                      "details_journey_id": None}
    assert journey["notes"] == [{"id": "n", "image": None}]
    assert journey["stages"][1] == "odd" and data["journeys"][1] == "odd"


def test_a_format_6_file_has_no_picture_and_no_link() -> None:
    project = load_project(GOLDEN / "v6-full.cxd")
    for journey in project.journeys:
        assert all(stage.image is None for stage in journey.stages)
        assert all(note.image is None for note in journey.notes)
        assert all(tp.image is None and tp.details_journey_id is None
                   for _, tp in journey.touchpoints())


def test_the_format_7_golden_file_holds_pictures_and_a_link() -> None:
    project = load_project(GOLDEN / "v7-full.cxd")
    lifecycle = project.journey("j-cycle")
    assert lifecycle.stages[1].touchpoints[0].details_journey_id == "j-actuel"
    current = project.journey("j-actuel")
    site = current.touchpoint_index()["tp-site"]
    assert site.image is not None and (site.image.width, site.image.height) == (8, 6)
    assert current.stages[2].image is not None and current.notes[0].image is not None


# --------------------------------------------------------------------------- 7 -> 8


def test_format_8_starts_with_no_player_no_wave_and_no_value_of_a_point() -> None:
    data = {"format_version": 7, "scorecards": [{"id": "s"}, "odd"], "actions": [{"id": "a"}]}
    migrate(data, current=8)
    assert (data["players"], data["waves"], data["point_values"]) == ([], [], [])
    assert data["scorecards"][0] == {"id": "s", "player_id": None, "wave_id": None,
                                     "assessor": "", "method": None, "date": None,
                                     "source": ""}
    assert data["scorecards"][1] == "odd"
    assert data["actions"] == [{"id": "a", "kpi_baseline": None, "effort_days": None}]


def test_the_format_8_golden_file_holds_players_waves_and_values() -> None:
    project = load_project(GOLDEN / "v8-full.cxd")
    assert len(project.players) == 2 and len(project.waves) == 2
    assert len(project.point_values) == 2
    assert any(card.player_id is not None for card in project.scorecards)
    assert project.journey("j-cycle").stages[1].touchpoints[0].details_journey_id == "j-actuel"


def test_readme_names_the_format_files_are_written_in() -> None:
    """The README's word on the format of a saved file is the format really written."""
    readme = (Path(__file__).parents[2] / "README.md").read_text(encoding="utf-8")
    said = re.findall(r"written in version\s+(\d+)\s+when saved", readme)
    assert said == [str(FORMAT_VERSION)]
    parking = re.search(r"Its version (\d+) adds the workshop's\s+parking lot", readme)
    assert parking is not None
    step = MIGRATIONS[int(parking.group(1)) - 1]
    assert "parking lot" in (step.__doc__ or "")
