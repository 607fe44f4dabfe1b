"""``cxdesigner stats``: the text report, the JSON, the journey filter and the errors."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from cxdesigner.cli import main
from cxdesigner.io import save_project
from cxdesigner.model import (
    Action,
    Channel,
    ContactProfile,
    ContactRecord,
    CountIndicator,
    Criticality,
    Flow,
    IndicatorRecord,
    Journey,
    JourneyKind,
    Lane,
    MomentOfTruth,
    Project,
    Segment,
    Stage,
    SurveyAnswer,
    SurveyIndicator,
    Touchpoint,
)
from cxdesigner.vocabulary import label


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
        "Support (Current journey)",
        "  2 stages · 2 touchpoints · 2 flows drawn · 0 implied links",
        "  Channel switches: 2",
        "    Chat → Call (Chat → Phone)",
        "  Loops: 1",
        "    Chat → Call → Chat",
        "  Dead ends: none",
        "  Longest path without repetition: 2 steps",
        "  Moments of truth: Essential 0 · Critical 1 · Wow 0",
        "    Seek help  +1.0 (1)",
        "    Resolve    -2.0 (1)",
        # NPS of Call: 10 9 9 2 -> (3 - 1) / 4 * 100 = +50, rolled up to its stage and journey
        "    journey     Support  NPS  +50, n=4",
        "    touchpoint  Call     NPS  +50, n=4",
        "Support cible (Target journey)",
        "  Indicators: none (no survey answers or indicator records about this journey)",
    ]:
        assert line in out.splitlines(), line


def test_json(project_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["stats", str(project_file), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["project"] == "Démo"
    support = data["journeys"][0]
    assert {key: support[key] for key in ("name", "kind", "stages", "touchpoints", "flows",
                                          "implied_links", "channel_switches", "handoffs",
                                          "loops", "loops_truncated", "moments")} == {
        "name": "Support", "kind": "current", "stages": 2, "touchpoints": 2, "flows": 2,
        "implied_links": 0,
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


def test_a_journey_typed_without_flows_follows_the_map(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "p.cxd"
    save_project(Project(title="P", channels=[Channel(id="chat", name="Chat"),
                                              Channel(id="phone", name="Phone")],
                         journeys=[Journey(name="J", stages=[
                             Stage(name="A", touchpoints=[
                                 Touchpoint(title="One", channel_id="chat"),
                                 Touchpoint(title="Two", channel_id="phone")]),
                             Stage(name="B", touchpoints=[Touchpoint(title="Three")])])]),
                 path)
    assert main(["stats", str(path)]) == 0
    lines = capsys.readouterr().out.splitlines()
    for line in ["  2 stages · 3 touchpoints · 0 flows drawn · 2 implied links",
                 "  Channel switches: 1",
                 "    One → Two (Chat → Phone; implied link)",
                 "  Dead ends: none",
                 "  Unreachable from the first stage: none",
                 "  Longest path without repetition: 3 steps",
                 "    One → Two → Three"]:
        assert line in lines, line


def test_the_report_speaks_the_vocabulary(tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "p.cxd"
    journey = Journey(id="j", name="J", stages=[Stage(name="A", touchpoints=[
        Touchpoint(title="One", moment=MomentOfTruth.WOW, criticality=Criticality.VERY_SENSITIVE),
        Touchpoint(title="Two", criticality=Criticality.LOW)])])
    churn = IndicatorRecord(scope_id="j", indicator=CountIndicator.CHURN, period="2025 Q1",
                            inputs={"customers_at_start": 200, "customers_lost": 10})
    save_project(Project(title="P", journeys=[journey], indicator_records=[churn]), path)
    assert main(["stats", str(path)]) == 0
    lines = capsys.readouterr().out.splitlines()

    kind, wow, very = (label(value, "en") for value in (
        JourneyKind.CURRENT, MomentOfTruth.WOW, Criticality.VERY_SENSITIVE))
    assert f"J ({kind})" in lines
    assert f"  {label(Lane.MOMENTS, 'en')}: Essential 0 · Critical 0 · {wow} 1" in lines
    assert f"    A  {very}" in lines
    assert any(f"{label(CountIndicator.CHURN, 'en')} 2025 Q1" in line for line in lines)


def contact_project() -> Project:
    """Two segments, a six-month contact log, two profiles and an action aimed at one."""
    def contact(month: int, day: int, segment: str, channel: str, reason: str, count: int,
                **fields: object) -> ContactRecord:
        return ContactRecord(date=dt.date(2025, month, day), segment_id=segment,
                             channel_id=channel, reason=reason, count=count,
                             **fields)  # type: ignore[arg-type]

    support = Journey(id="j1", name="Support", stages=[
        Stage(id="s1", name="Seek help", touchpoints=[Touchpoint(id="a", title="Chat")]),
        Stage(id="s2", name="Resolve", touchpoints=[Touchpoint(id="b", title="Call")])])
    ces = [SurveyAnswer(scope_id="b", indicator=SurveyIndicator.CES, value=v, segment_id=s)
           for s, v in (("f", 7), ("f", 8), ("s", 3), ("s", 5))]
    return Project(
        title="Contacts", journeys=[support], answers=ces,
        segments=[Segment(id="f", name="Familles"), Segment(id="s", name="Seniors")],
        channels=[Channel(id="chat", name="Chat"), Channel(id="phone", name="Phone")],
        contacts=[
            contact(1, 6, "f", "chat", "Suivi", 30, stage_id="s1", duration_minutes=6,
                    resolved=True),
            contact(2, 3, "s", "phone", "Suivi", 30, touchpoint_id="b", duration_minutes=10,
                    resolved=False),
            contact(3, 3, "f", "chat", "Suivi", 30),
            contact(5, 5, "f", "chat", "suivi", 10),
            contact(6, 2, "s", "phone", "Panne", 5)],
        contact_profiles=[
            ContactProfile(id="colis", name="Où est mon colis ?", reasons=["Suivi"],
                           touchpoint_ids=["a"], customer_value=1, business_value=1),
            ContactProfile(id="panne", name="Panne", reasons=["Panne"], customer_value=3,
                           business_value=2)],
        actions=[Action(description="SMS de suivi", profile_ids=["colis"],
                        completed_on=dt.date(2025, 4, 1))])


@pytest.fixture
def contacts_file(tmp_path: Path) -> Path:
    path = tmp_path / "contacts.cxd"
    save_project(contact_project(), path)
    return path


def test_text_report_of_segments_and_profiles(contacts_file: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["stats", str(contacts_file)]) == 0
    out = capsys.readouterr().out.splitlines()
    for line in [
        "Segments: who gets in touch — 105 contacts from 2025-01-06 to 2025-06-02",
        # Familles: 30 + 30 + 10 = 70 of 105; only the 30 of January are timed (6 min) and
        # say whether they were resolved (all were).
        "  Familles: 70 contacts (66.7 %)",
        "    6.0 min (n=30) per contact, 100.0 % (n=30) resolved",
        "    channels: Chat 70",
        "    stages: Seek help 30 · (not given) 40",
        "  Seniors: 35 contacts (33.3 %)",
        "    stages: Resolve 30 · (not given) 5",
        "    Familles       30        0       30        0       10        0",
        "    Seniors         0       30        0        0        0        5",
        # CES: Familles (7 + 8) / 2 = 7.5, Seniors (3 + 5) / 2 = 4.0: the Seniors struggle.
        "  Effort per segment (CES on 1-10; NPS as a yardstick; few = fewer than 30 answers):",
        "    Familles  7.5, n=2 (few)  no answers     2",
        "    Seniors     4, n=2 (few)  no answers     1  ← struggles most",
        "Contact profiles: 105 contacts, followed per month",
        "    Où est mon colis ?  100 (95.2 %)    1/1   remove  8.0 (n=60)  50.0 % (n=60)",
        "    Panne                  5 (4.8 %)    3/2      act         n/a            n/a",
        "    Où est mon colis ?       30       30       30        0       10        0",
        "  Impact of actions (3 whole months before and after; the month of the change is "
        "left out):",
        "    SMS de suivi → Où est mon colis ?",
        "      completed on 2025-04-01",
        "      before: 2025-01 to 2025-03 (3 in the log); after: 2025-04 to 2025-06 (3 in the "
        "log)",
        # 90 / 3 = 30 a month before, 10 / 3 = 3.3 after: (3.33 - 30) / 30 = -88.9 %.
        "      contacts per month     30.0 (n=90)  3.3 (n=10)  -88.9 %  better",
        "      minutes per contact     8.0 (n=60)         n/a",
        "      (minutes per contact: no contact with a duration after the action)",
        "      (CES: no dated CES answers about its touchpoints, before or after)",
    ]:
        assert line in out, line


def test_json_has_segments_and_profiles(contacts_file: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["stats", str(contacts_file), "--json", "--months", "2"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert list(data) == ["project", "language", "journeys", "segments", "profiles",
                          "benchmark", "action_values"]
    seniors = data["segments"]["rows"][1]
    assert (seniors["segment"], seniors["contacts"], seniors["ces_rank"],
            seniors["struggling"]) == ("Seniors", 35, 1, True)
    assert seniors["ces"] == {"value": 4.0, "n": 2, "scale": "1-10", "few_answers": True}
    profiles = data["profiles"]
    assert [row["verdict"] for row in profiles["rows"]] == ["remove", "act"]
    assert profiles["impact_months"] == 2
    (impact,) = profiles["impact"]
    # Two months: (30 + 30) / 2 = 30 before (February, March); 10 in May / 2 = 5 after
    # (April, May): (5 - 30) / 30 = -83.3 %.
    assert impact["contacts_per_month"]["before"] == 30.0
    assert impact["contacts_per_month"]["after"] == 5.0
    assert impact["contacts_per_month"]["change_percent"] == -83.3
    assert impact["before"] == {"from": "2025-02", "to": "2025-03", "months_in_log": 2}


def test_weekly_profiles_and_a_bad_number_of_months(
        contacts_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["stats", str(contacts_file), "--json", "--period", "week"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["profiles"]["periods"][:2] == ["2025-W02", "2025-W03"]
    assert data["profiles"]["rows"][0]["by_period"]["2025-W02"] == 30
    with pytest.raises(SystemExit):
        main(["stats", str(contacts_file), "--months", "0"])
    assert "'0' is not a number of months from 1 to 36" in capsys.readouterr().err


def test_no_sections_without_segments_contacts_or_profiles(
        project_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["stats", str(project_file)]) == 0
    out = capsys.readouterr().out
    assert "Segments:" not in out and "Contact profiles:" not in out
    assert main(["stats", str(project_file), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    # Its NPS answers carry no segment: they are the only row.
    assert [row["segment"] for row in data["segments"]["rows"]] == ["(no segment)"]
    assert data["segments"]["contacts"] == 0 and data["profiles"]["impact"] == []
