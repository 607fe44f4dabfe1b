"""Named snapshots inside the project file: taken, read back, restored, shared, measured."""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

from cxdesigner.io import ProjectFileError, dumps_project, load_project, loads_project
from cxdesigner.model import History, Project
from cxdesigner.versions.snapshots import (
    SnapshotError,
    common_snapshot,
    cut_into_pieces,
    restored,
    snapshot_project,
    state_data,
    with_snapshot,
    without_snapshots,
)

GOLDEN = Path(__file__).resolve().parents[1] / "io" / "golden"
BENCHMARK = Path(__file__).resolve().parents[2] / "benchmarks" / "snapshots.py"
MONDAY = dt.datetime(2026, 11, 23, 17, 30, tzinfo=dt.timezone(dt.timedelta(hours=1)))


def workshop() -> Project:
    return load_project(GOLDEN / "v3-full.cxd")


def snapshotted(project: Project, name: str, snapshot_id: str,
                when: dt.datetime = MONDAY) -> Project:
    history, _ = with_snapshot(project, name, "Claire Martin", when, snapshot_id)
    return project.model_copy(update={"history": history})


def retitled(project: Project, title: str) -> Project:
    data = project.model_dump(mode="json")
    data["journeys"][0]["stages"][2]["touchpoints"][0]["title"] = title
    return Project.model_validate(data)


def test_a_snapshot_reads_back_as_the_project_was() -> None:
    project = snapshotted(workshop(), "Post-workshop baseline", "s1")
    (snapshot,) = project.history.snapshots
    assert (snapshot.name, snapshot.author, snapshot.taken) == \
        ("Post-workshop baseline", "Claire Martin", MONDAY)
    assert snapshot_project(project.history, "s1") == workshop()
    reloaded = loads_project(dumps_project(project))
    assert reloaded == project
    assert snapshot_project(reloaded.history, "s1") == workshop()


def test_a_second_snapshot_stores_only_what_changed() -> None:
    first = snapshotted(workshop(), "Lundi", "s1")
    before = set(first.history.pieces)
    second = snapshotted(retitled(first, "Chat en direct"), "Mardi", "s2")
    added = set(second.history.pieces) - before
    # the card, its stage, its journey and the project: the rest is shared
    assert len(added) == 4
    assert len(before) > 60
    assert snapshot_project(second.history, "s1") == workshop()
    assert snapshot_project(second.history, "s2") == retitled(workshop(), "Chat en direct")


def test_restoring_brings_the_state_back_and_keeps_every_snapshot() -> None:
    project = snapshotted(workshop(), "Lundi", "s1")
    changed = retitled(project, "Chat en direct")
    back = restored(changed, "s1")
    assert back.history == changed.history
    assert back.model_copy(update={"history": History()}) == workshop()


def test_deleting_a_snapshot_drops_the_pieces_only_it_used() -> None:
    first = snapshotted(workshop(), "Lundi", "s1")
    both = snapshotted(retitled(first, "Chat en direct"), "Mardi", "s2")
    history = without_snapshots(both.history, {"s2"})
    assert [s.id for s in history.snapshots] == ["s1"]
    assert set(history.pieces) == set(first.history.pieces)
    assert without_snapshots(both.history, {"s1", "s2"}).pieces == {}


def test_a_snapshot_taken_by_an_older_version_is_brought_to_the_current_format() -> None:
    old = json.loads((GOLDEN / "v2-full.cxd").read_text(encoding="utf-8"))
    pieces: dict[str, dict[str, object]] = {}
    state = cut_into_pieces(old, pieces)
    history = History.model_validate({"snapshots": [{
        "id": "old", "name": "Avant", "taken": "2025-01-06T10:00:00+01:00", "state": state}],
        "pieces": pieces})
    assert snapshot_project(history, "old") == load_project(GOLDEN / "v2-full.cxd")


def test_a_damaged_snapshot_is_refused_with_its_name() -> None:
    project = snapshotted(workshop(), "Lundi", "s1")
    data = json.loads(dumps_project(project))
    key = next(iter(data["history"]["pieces"]))
    del data["history"]["pieces"][key]
    with pytest.raises(ProjectFileError, match="snapshot 'Lundi' lacks 1 of its pieces"):
        loads_project(json.dumps(data))
    future = state_data(workshop()) | {"format_version": 99}
    pieces: dict[str, dict[str, object]] = {}
    history = History.model_validate({"snapshots": [{
        "id": "f", "name": "Demain", "taken": "2030-01-01T00:00:00Z",
        "state": cut_into_pieces(future, pieces)}], "pieces": pieces})
    with pytest.raises(SnapshotError, match="snapshot 'Demain' has an unknown format"):
        snapshot_project(history, "f")


def test_the_common_snapshot_of_two_copies_is_their_latest_shared_one() -> None:
    monday = snapshotted(workshop(), "Lundi", "s1")
    tuesday = snapshotted(monday, "Mardi", "s2", MONDAY + dt.timedelta(days=1))
    mine = snapshotted(retitled(tuesday, "Chat"), "Moi", "s3", MONDAY + dt.timedelta(days=2))
    yours = retitled(tuesday, "Chat en direct")
    shared = common_snapshot(mine.history, yours.history)
    assert shared is not None and shared.id == "s2"
    assert common_snapshot(mine.history, workshop().history) is None


def test_a_snapshot_id_cannot_be_taken_twice() -> None:
    project = snapshotted(workshop(), "Lundi", "s1")
    with pytest.raises(ValueError, match="used more than once"):
        with_snapshot(project, "Encore", "", MONDAY, "s1")


@pytest.fixture(scope="module")
def benchmark() -> ModuleType:
    spec = importlib.util.spec_from_file_location("snapshot_benchmark", BENCHMARK)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("snapshot_benchmark", module)
    spec.loader.exec_module(module)
    return module


@pytest.mark.slow
def test_ten_snapshots_of_a_300_touchpoint_map_are_far_from_ten_copies(
        benchmark: ModuleType) -> None:
    found = benchmark.measure(touchpoints=300, snapshots=10, changed=15)
    assert found["full_copies_ratio"] > 10.5
    assert found["ratio"] < 3.5, found
