"""``cxdesigner stats``: the text report, the JSON, the journey filter and the errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cxdesigner.cli import main
from cxdesigner.io import save_project
from cxdesigner.model import (
    Channel,
    Flow,
    Journey,
    JourneyKind,
    MomentOfTruth,
    Project,
    Stage,
    SurveyAnswer,
    SurveyIndicator,
    Touchpoint,
)


def project() -> Project:
    # Support: chat (+1) > phone (-2, critical) > back to chat: one loop, one switch each way.
    support = Journey(id="j1", name="Support", stages=[
        Stage(id="s1", name="Seek help", touchpoints=[
            Touchpoint(id="a", title="Chat", channel_id="chat", emotion=1)]),
        Stage(id="s2", name="Resolve", touchpoints=[
            Touchpoint(id="b", title="Call", channel_id="phone", emotion=-2,
                       moment=MomentOfTruth.CRITICAL)]),
    ], flows=[Flow(id="f1", source_id="a", target_id="b"),
              Flow(id="f2", source_id="b", target_id="a")])
    target = Journey(id="j2", name="Support cible", kind=JourneyKind.TARGET, stages=[
        Stage(id="s3", name="Resolve", touchpoints=[Touchpoint(id="c", title="Self-service")])])
    answers = [SurveyAnswer(scope_id="b", indicator=SurveyIndicator.NPS, value=v)
               for v in (10, 9, 9, 2)]
    return Project(title="Démo", journeys=[support, target], answers=answers,
                   channels=[Channel(id="chat", name="Chat"), Channel(id="phone", name="Phone")])


@pytest.fixture
def project_file(tmp_path: Path) -> Path:
    path = tmp_path / "demo.cxd"
    save_project(project(), path)
    return path


def test_text_report(project_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["stats", str(project_file)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Démo — 2 journeys\n")
    for line in [
        "Support (current journey)",
        "  2 stages · 2 touchpoints · 2 flows",
        "  Channel switches: 2",
        "    Chat → Call (Chat → Phone)",
        "  Loops: 1",
        "    Chat → Call → Chat",
        "  Dead ends: none",
        "  Longest path without repetition: 2 steps",
        "  Moments of truth: essential 0 · critical 1 · wow 0",
        "    Seek help  +1.0 (1)",
        "    Resolve    -2.0 (1)",
        # NPS of Call: 10 9 9 2 -> (3 - 1) / 4 * 100 = +50, rolled up to its stage and journey
        "    journey     Support  NPS  +50.0, n=4",
        "    touchpoint  Call     NPS  +50.0, n=4",
        "Support cible (target journey)",
        "  Indicators: none (no survey answers or indicator records about this journey)",
    ]:
        assert line in out.splitlines(), line


def test_json(project_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["stats", str(project_file), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["project"] == "Démo"
    support = data["journeys"][0]
    assert {key: support[key] for key in ("name", "kind", "stages", "touchpoints", "flows",
                                          "channel_switches", "handoffs", "loops",
                                          "loops_truncated", "moments")} == {
        "name": "Support", "kind": "current", "stages": 2, "touchpoints": 2, "flows": 2,
        "channel_switches": 2, "handoffs": 0, "loops": [["Chat", "Call"]],
        "loops_truncated": False, "moments": {"essential": 0, "critical": 1, "wow": 0}}
    assert support["emotion_by_stage"] == {"Seek help": 1.0, "Resolve": -2.0}
    assert support["indicators"][0] == {"scope": "Support", "scope_kind": "journey",
                                        "indicator": "nps", "value": 50.0, "n": 4,
                                        "direct_n": 0, "scale": "0-10"}


def test_one_journey_by_name(project_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["stats", str(project_file), "--json", "--journey", "SUPPORT CIBLE"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [journey["name"] for journey in data["journeys"]] == ["Support cible"]


def test_an_unknown_journey(project_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["stats", str(project_file), "--journey", "Achat"]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err == ("No journey named 'Achat' in 'Démo' (its journeys: 'Support', "
                            "'Support cible').\n")


def test_a_broken_file_gives_its_message_not_a_traceback(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "broken.cxd"
    path.write_text('{"format": "cxdesigner-project", "format_version": 1, "title": ')
    assert main(["stats", str(path)]) == 1
    captured = capsys.readouterr()
    assert captured.err.startswith(f"Cannot open '{path}': it is not valid JSON")
    assert "Traceback" not in captured.err
    assert main(["stats", str(tmp_path / "missing.cxd")]) == 1
    assert "there is no such file" in capsys.readouterr().err


def test_a_journey_without_flows_says_so(tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "p.cxd"
    save_project(Project(title="P", journeys=[Journey(name="J", stages=[
        Stage(name="A", touchpoints=[Touchpoint(title="One"), Touchpoint(title="Two")])])]),
        path)
    assert main(["stats", str(path)]) == 0
    assert "  No flows drawn yet: loops, dead ends, reachability and the longest path need " \
           "them." in capsys.readouterr().out
