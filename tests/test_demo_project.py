"""The bundled demo project: it loads, tells the whole story, and is rebuilt byte for byte."""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import networkx as nx
import pytest

from cxdesigner.io import dumps_project, load_project
from cxdesigner.model import (
    EmployeeMoment,
    FlowKind,
    JourneyKind,
    MomentOfTruth,
    Project,
    SurveyIndicator,
    Touchpoint,
    Verbatim,
    VerbatimSource,
)

ROOT = Path(__file__).resolve().parents[1]
DEMO_FILE = ROOT / "resources" / "demo" / "parcours-demo.cxd"
BUILD_SCRIPT = ROOT / "resources" / "demo" / "build_demo.py"


def _load_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_demo", BUILD_SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("build_demo", module)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def build_demo() -> ModuleType:
    return _load_script()


@pytest.fixture(scope="module")
def demo() -> Project:
    return load_project(DEMO_FILE)


def _touchpoints(project: Project) -> Iterator[Touchpoint]:
    for journey in project.journeys:
        for _, touchpoint in journey.touchpoints():
            yield touchpoint


def _verbatims(project: Project) -> list[Verbatim]:
    return [*project.verbatims, *(v for tp in _touchpoints(project) for v in tp.verbatims)]


def test_rebuilding_gives_the_committed_bytes(build_demo: ModuleType, tmp_path: Path) -> None:
    project = build_demo.build_demo_project()
    assert dumps_project(project) == DEMO_FILE.read_text(encoding="utf-8"), (
        "the demo file is stale: run resources/demo/build_demo.py to write it again")
    written = tmp_path / "demo.cxd"
    assert build_demo.main(["build_demo.py", str(written)]) == 0
    assert written.read_bytes() == DEMO_FILE.read_bytes()
    assert not list(tmp_path.glob("*.bak*"))


def test_building_twice_is_deterministic(build_demo: ModuleType) -> None:
    assert dumps_project(build_demo.build_demo_project()) == \
        dumps_project(build_demo.build_demo_project())


def test_personas_and_segments(demo: Project) -> None:
    assert len(demo.personas) >= 3
    assert len(demo.segments) == 2
    persona_ids = {persona.id for persona in demo.personas}
    assert not persona_ids & {segment.id for segment in demo.segments}
    for persona in demo.personas:
        assert persona.quote and persona.needs and persona.usages and persona.behaviours
        assert persona.interactions and persona.goals and persona.frustrations


def test_current_and_target_journeys_are_linked(demo: Project) -> None:
    current = [j for j in demo.journeys if j.kind is JourneyKind.CURRENT]
    target = [j for j in demo.journeys if j.kind is JourneyKind.TARGET]
    assert len(current) == 1 and len(target) == 1
    assert target[0].improves_journey_id == current[0].id
    assert len(current[0].stages) == 6
    assert 18 <= sum(1 for _ in current[0].touchpoints()) <= 30


def test_every_moment_of_truth_kind(demo: Project) -> None:
    moments = {tp.moment for tp in _touchpoints(demo)}
    assert {MomentOfTruth.ESSENTIAL, MomentOfTruth.CRITICAL, MomentOfTruth.WOW} <= moments
    assert any(tp.persona_criticality for tp in _touchpoints(demo))
    assert any(tp.persona_emotions for tp in _touchpoints(demo))
    assert any(tp.emotion is None for tp in _touchpoints(demo))


def test_current_journey_loops_and_repeats(demo: Project) -> None:
    current = demo.journey("j-actuel")
    graph = nx.DiGraph([(flow.source_id, flow.target_id) for flow in current.flows])
    cycles = list(nx.simple_cycles(graph, length_bound=6))
    assert cycles
    kinds = {flow.kind for flow in current.flows}
    assert {FlowKind.BACK, FlowKind.TRANSFER} <= kinds
    # The classic failure: the transfer drops the customer back at the phone menu.
    assert any(set(cycle) == {"tp-appel-sav", "tp-expliquer-tel", "tp-transfert-expert"}
               for cycle in cycles)
    titles = [tp.title for _, tp in current.touchpoints()]
    assert titles.count("Expliquer son problème") == 2
    # The target journey has no loop left.
    target = demo.journey("j-cible")
    assert nx.is_directed_acyclic_graph(
        nx.DiGraph([(flow.source_id, flow.target_id) for flow in target.flows]))


def test_voice_of_the_customer(demo: Project) -> None:
    verbatims = _verbatims(demo)
    assert len({v.source for v in verbatims}) >= 4
    assert {VerbatimSource.REVIEW, VerbatimSource.COMPLAINT, VerbatimSource.SURVEY,
            VerbatimSource.ADVISER_CHAT, VerbatimSource.EMPLOYEE} <= {v.source for v in verbatims}
    assert {v.employee_moment for v in verbatims if v.source is VerbatimSource.EMPLOYEE} \
        == {EmployeeMoment.TENSION, EmployeeMoment.POSITIVE}
    irritants = [i for tp in _touchpoints(demo) for i in tp.irritants]
    assert irritants and all(i.pillars for i in irritants)
    assert {i.severity for i in irritants} >= {2, 3, 4}
    assert any(tp.opportunities for tp in _touchpoints(demo))
    assert any(tp.kpis for tp in _touchpoints(demo))


def test_improvement_loop(demo: Project) -> None:
    assert len(demo.actions) >= 6
    assert len({action.status for action in demo.actions}) >= 4
    assert all(action.irritant_id and action.owner for action in demo.actions)
    assert any(action.measured_value is not None for action in demo.actions)
    counts = {indicator: sum(1 for a in demo.answers if a.indicator is indicator)
              for indicator in SurveyIndicator}
    assert counts[SurveyIndicator.NPS] >= 30
    assert counts[SurveyIndicator.CSAT] >= 20
    assert counts[SurveyIndicator.CES] >= 15
    assert any(answer.segment_id for answer in demo.answers)
    assert demo.indicator_records
    stage_ids = {stage.id for journey in demo.journeys for stage in journey.stages}
    scoped = {card.scope_id for card in demo.scorecards}
    for journey in demo.journeys:
        assert {stage.id for stage in journey.stages} & scoped
    assert scoped <= stage_ids


def test_french_typography(demo: Project) -> None:
    text = DEMO_FILE.read_text(encoding="utf-8")
    assert "’" in text and "«\u00a0" in text and "\u00a0»" in text
    assert "'" not in text
    titles = [tp.title for tp in _touchpoints(demo)]
    assert all(2 <= len(title.split()) <= 6 for title in titles), titles
