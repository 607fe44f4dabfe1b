"""The synthetic project generator: valid, deterministic and exactly the size asked."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from cxdesigner.io import dumps_project, load_project
from cxdesigner.model import FlowKind, JourneyKind, MomentOfTruth, Project

SCRIPT = Path(__file__).resolve().parents[1] / "benchmarks" / "synthetic.py"


@pytest.fixture(scope="module")
def synthetic() -> ModuleType:
    spec = importlib.util.spec_from_file_location("synthetic", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("synthetic", module)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def project_2000(synthetic: ModuleType) -> Project:
    project: Project = synthetic.make_project(2000)
    return project


def _count(project: Project) -> int:
    return sum(1 for journey in project.journeys for _ in journey.touchpoints())


def test_2000_touchpoints_validate(project_2000: Project) -> None:
    assert _count(project_2000) == 2000
    again = Project.model_validate(project_2000.model_dump())
    assert again == project_2000


def test_same_seed_same_project(synthetic: ModuleType, project_2000: Project) -> None:
    assert dumps_project(synthetic.make_project(2000)) == dumps_project(project_2000)
    assert dumps_project(synthetic.make_project(2000, seed=1)) != dumps_project(project_2000)


@pytest.mark.parametrize(("touchpoints", "journeys"),
                         [(0, 1), (1, 1), (9, 1), (10, 1), (41, 1), (500, 3), (7, 4)])
def test_touchpoint_count_is_exact(synthetic: ModuleType, touchpoints: int,
                                   journeys: int) -> None:
    project = synthetic.make_project(touchpoints, seed=touchpoints, journeys=journeys)
    assert _count(project) == touchpoints
    assert len(project.journeys) == journeys
    Project.model_validate(project.model_dump())


@pytest.mark.parametrize(("touchpoints", "seed"), [(15, 2), (30, 1), (45, 6)])
def test_a_short_last_stage_joins_the_one_before(synthetic: ModuleType, touchpoints: int,
                                                 seed: int) -> None:
    project = synthetic.make_project(touchpoints, seed=seed)
    sizes = [len(stage.touchpoints) for stage in project.journeys[0].stages]
    assert sum(sizes) == touchpoints and min(sizes) >= 10


def test_shape_of_the_journey(project_2000: Project) -> None:
    journey = project_2000.journeys[0]
    sizes = [len(stage.touchpoints) for stage in journey.stages]
    assert all(10 <= size <= 50 for size in sizes)
    assert sum(10 <= size <= 40 for size in sizes) >= 0.9 * len(sizes)
    kinds = [flow.kind for flow in journey.flows]
    assert kinds.count(FlowKind.NEXT) == 1999
    assert 0.02 * 2000 <= kinds.count(FlowKind.BACK) <= 0.08 * 2000
    assert kinds.count(FlowKind.TRANSFER) > 0
    touchpoints = [tp for _, tp in journey.touchpoints()]
    with_voice = sum(bool(tp.verbatims) for tp in touchpoints) / len(touchpoints)
    assert 0.2 <= with_voice <= 0.4
    assert {tp.moment for tp in touchpoints} == set(MomentOfTruth)
    assert any(tp.persona_emotions for tp in touchpoints)
    assert len({tp.channel_id for tp in touchpoints}) > 5
    assert len(project_2000.personas) == 3


def test_several_journeys(synthetic: ModuleType) -> None:
    project = synthetic.make_project(300, seed=2, journeys=2)
    current, target = project.journeys
    assert current.kind is JourneyKind.CURRENT
    assert target.kind is JourneyKind.TARGET and target.improves_journey_id == current.id


def test_main_writes_loadable_files(synthetic: ModuleType, tmp_path: Path) -> None:
    assert synthetic.main([str(tmp_path), "--sizes", "100", "250"]) == 0
    for size in (100, 250):
        assert _count(load_project(tmp_path / f"synthetic-{size}.cxd")) == size


def test_negative_sizes_are_refused(synthetic: ModuleType) -> None:
    with pytest.raises(ValueError):
        synthetic.make_project(-1)
    with pytest.raises(ValueError):
        synthetic.make_project(10, journeys=0)
