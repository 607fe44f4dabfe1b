"""Segments: contacts per channel, stage, month and weekday; CES and NPS side by side."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from cxdesigner.analysis.contacts import (
    contact_figures,
    match_key,
    period_key,
    period_range,
)
from cxdesigner.analysis.segments import (
    MIN_ANSWERS,
    segment_contacts,
    segment_effort,
    segments_json,
)
from cxdesigner.model import (
    Channel,
    ContactRecord,
    Journey,
    JourneyKind,
    Project,
    ScoreScale,
    Segment,
    Stage,
    SurveyAnswer,
    SurveyIndicator,
    Touchpoint,
)

CES, NPS = SurveyIndicator.CES, SurveyIndicator.NPS
SEVEN_LOWER = ScoreScale(low=1, high=7, higher_is_better=False)


def _answer(segment: str | None, indicator: SurveyIndicator, value: float,
            scale: ScoreScale | None = None) -> SurveyAnswer:
    return SurveyAnswer(scope_id="t1", indicator=indicator, value=value, scale=scale,
                        segment_id=segment)


def project(contacts: list[ContactRecord] | None = None,
            answers: list[SurveyAnswer] | None = None) -> Project:
    journey = Journey(id="j", name="Support", stages=[
        Stage(id="s1", name="Seek help", touchpoints=[Touchpoint(id="t1", title="Chat")]),
        Stage(id="s2", name="Resolve", touchpoints=[Touchpoint(id="t2", title="Call")]),
    ])
    return Project(title="P", journeys=[journey],
                   segments=[Segment(id="a", name="Familles"), Segment(id="b", name="Seniors"),
                             Segment(id="c", name="Pros")],
                   channels=[Channel(id="chat", name="Chat"), Channel(id="phone", name="Phone")],
                   contacts=contacts or [], answers=answers or [])


def _day(month: int, day: int) -> dt.date:
    return dt.date(2025, month, day)


LOG = [
    # Monday 6 January: 3 Familles on the chat, at "Seek help", 4 min each, resolved.
    ContactRecord(date=_day(1, 6), segment_id="a", channel_id="chat", stage_id="s1",
                  duration_minutes=4, resolved=True, count=3),
    # Tuesday 7 January: 1 Familles by phone about "Call" (stage Resolve), 10 min, unresolved.
    ContactRecord(date=_day(1, 7), segment_id="a", channel_id="phone", touchpoint_id="t2",
                  duration_minutes=10, resolved=False),
    # Monday 3 February: 4 Seniors by phone at "Resolve", 6 min, resolved.
    ContactRecord(date=_day(2, 3), segment_id="b", channel_id="phone", stage_id="s2",
                  duration_minutes=6, resolved=True, count=4),
    # Wednesday 5 March: 2 contacts without segment or stage, not timed, outcome unknown.
    ContactRecord(date=_day(3, 5), channel_id="chat", count=2),
]


def test_contacts_per_segment_channel_stage_month_and_weekday() -> None:
    familles, seniors, pros, unsegmented = segment_contacts(project(LOG))
    # 3 + 1 = 4 Familles, 4 Seniors, 2 without segment: 10 contacts.
    assert [row.name for row in (familles, seniors, pros, unsegmented)] == [
        "Familles", "Seniors", "Pros", "(no segment)"]
    assert [row.contacts for row in (familles, seniors, pros, unsegmented)] == [4, 4, 0, 2]
    assert [row.share for row in (familles, seniors, pros, unsegmented)] == [40, 40, 0, 20]
    assert familles.by_channel == {"chat": 3, "phone": 1}
    # The phone contact names a touchpoint only: its stage is the touchpoint's.
    assert familles.by_stage == {"s1": 3, "s2": 1}
    assert unsegmented.by_stage == {None: 2}
    assert familles.by_month == {"2025-01": 4, "2025-02": 0, "2025-03": 0}
    assert seniors.by_month == {"2025-01": 0, "2025-02": 4, "2025-03": 0}
    assert familles.by_weekday["monday"] == 3 and familles.by_weekday["tuesday"] == 1
    # Duration weighted by count: (3 x 4 + 1 x 10) / 4 = 5.5 min; resolved 3 of 4 = 75 %.
    assert familles.figures.mean_duration.value == 5.5
    assert familles.figures.mean_duration.n == 4
    assert familles.figures.resolution_rate.value == 75
    assert unsegmented.figures.mean_duration.value is None
    assert unsegmented.figures.mean_duration.n == 0
    assert pros.by_channel == {} and pros.figures.contacts == 0


def test_effort_per_segment_marks_the_one_that_struggles() -> None:
    answers = [
        *(_answer("a", CES, v) for v in (6, 8, 7)),  # Familles: 21 / 3 = 7.0
        *(_answer("b", CES, v) for v in (3, 4, 5, 4)),  # Seniors: 16 / 4 = 4.0, the worst
        _answer(None, CES, 1),  # without a segment: shown apart, never ranked
        *(_answer("a", NPS, v) for v in (10, 9, 6)),  # 2 promoters, 1 detractor: +33.3
        *(_answer("b", NPS, v) for v in (7, 8)),  # passives only: 0
    ]
    comparison = segment_effort(project(answers=answers))
    familles, seniors, pros, unsegmented = comparison.rows
    assert (familles.ces.value, familles.ces.n) == (7.0, 3)
    assert (seniors.ces.value, seniors.ces.n) == (4.0, 4)
    assert familles.nps.value == pytest.approx(100 / 3)
    assert (seniors.nps.value, seniors.nps.n) == (0, 2)
    assert (seniors.rank, seniors.struggling) == (1, True)
    assert (familles.rank, familles.struggling) == (2, False)
    assert (pros.rank, pros.ces.value, pros.ces.reason) == (None, None, "no answers")
    assert (unsegmented.name, unsegmented.ces.value, unsegmented.rank) == (
        "(no segment)", 1.0, None)
    assert comparison.reason == "" and comparison.scale == ScoreScale(low=1, high=10)
    # Fewer than 30 answers everywhere: each score is marked.
    assert MIN_ANSWERS == 30
    assert all(row.ces_few_answers and row.nps_few_answers for row in comparison.rows)
    fewer = segment_effort(project(answers=answers), min_answers=3)
    assert not fewer.rows[0].ces_few_answers  # 3 answers
    assert fewer.rows[1].nps_few_answers  # 2 answers


def test_when_lower_is_better_the_highest_effort_struggles() -> None:
    answers = [*(_answer("a", CES, v, SEVEN_LOWER) for v in (2, 3)),  # 2.5
               *(_answer("b", CES, v, SEVEN_LOWER) for v in (5, 6))]  # 5.5: the most effort
    familles, seniors, _ = segment_effort(project(answers=answers)).rows
    assert (seniors.rank, seniors.struggling) == (1, True)
    assert (familles.rank, familles.struggling) == (2, False)


def test_ces_on_different_scales_is_not_compared() -> None:
    answers = [_answer("a", CES, 7), _answer("b", CES, 2, SEVEN_LOWER)]
    comparison = segment_effort(project(answers=answers))
    assert [row.rank for row in comparison.rows] == [None, None, None]
    assert not any(row.struggling for row in comparison.rows)
    assert comparison.scale is None
    assert comparison.reason == ("the segments' CES answers are on different scales: 1-10 "
                                 "(1 segment); 1-7, lower is better (1 segment)")


def test_ties_share_the_rank_and_one_segment_is_not_a_comparison() -> None:
    tied = segment_effort(project(answers=[_answer("a", CES, 4), _answer("b", CES, 4),
                                           _answer("c", CES, 9)]))
    assert [(row.rank, row.struggling) for row in tied.rows] == [(1, True), (1, True),
                                                                 (3, False)]
    alone = segment_effort(project(answers=[_answer("b", CES, 4)]))
    assert [(row.rank, row.struggling) for row in alone.rows] == [(None, False), (1, False),
                                                                  (None, False)]
    assert alone.reason == "only one segment has CES answers"


def test_a_chosen_subset_of_answers() -> None:
    answers = [_answer("a", CES, 2), _answer("b", CES, 9)]
    only_b = segment_effort(project(answers=answers), answers=answers[1:])
    assert [row.ces.n for row in only_b.rows] == [0, 1, 0]


def test_segments_json() -> None:
    data = segments_json(project(LOG, [_answer("a", CES, 7), _answer("b", CES, 4)]))
    json.dumps(data)
    assert {key: data[key] for key in ("contacts", "from", "to", "min_answers", "ces_scale",
                                       "ces_comparison")} == {
        "contacts": 10, "from": "2025-01-06", "to": "2025-03-05", "min_answers": 30,
        "ces_scale": "1-10", "ces_comparison": None}
    familles = data["rows"][0]
    assert familles["by_channel"] == {"Chat": 3, "Phone": 1}
    assert familles["by_stage"] == {"Seek help": 3, "Resolve": 1}
    assert familles["mean_duration"] == {"value": 5.5, "n": 4}
    assert familles["ces"] == {"value": 7.0, "n": 1, "scale": "1-10", "few_answers": True}
    assert (familles["ces_rank"], familles["struggling"]) == (2, False)
    assert data["rows"][3]["segment"] == "(no segment)"
    assert data["rows"][3]["by_stage"] == {"(not given)": 2}
    assert data["rows"][3]["id"] is None


def test_stage_names_shared_by_two_journeys_name_the_journey() -> None:
    target = Journey(id="jt", name="Cible", kind=JourneyKind.TARGET, stages=[
        Stage(id="s9", name="Resolve", touchpoints=[Touchpoint(id="t9", title="Callback")])])
    base = project(LOG)
    alone = segments_json(base)
    assert alone["rows"][1]["by_stage"] == {"Resolve": 4}  # the target's stage has no contacts
    data = base.model_dump()
    data["journeys"].append(target.model_dump())
    data["contacts"].append(ContactRecord(date=_day(3, 6), touchpoint_id="t9").model_dump())
    both = segments_json(Project.model_validate(data))
    assert both["rows"][1]["by_stage"] == {"Resolve — Support": 4}
    assert both["rows"][3]["by_stage"] == {"Resolve — Cible": 1, "(not given)": 2}


def test_an_empty_log() -> None:
    data = segments_json(project())
    assert (data["contacts"], data["from"], data["to"]) == (0, None, None)
    assert data["rows"][0]["by_month"] == {} and data["rows"][0]["by_weekday"] == {}
    assert data["ces_comparison"] == "no segment has CES answers"
    assert contact_figures([]).mean_duration.value is None


def test_periods_and_keys() -> None:
    assert period_key(_day(3, 5), "month") == "2025-03"
    # 30 December 2024 is a Monday, in ISO week 1 of 2025.
    assert period_key(dt.date(2024, 12, 30), "week") == "2025-W01"
    assert period_range(dt.date(2024, 11, 30), _day(2, 1), "month") == [
        "2024-11", "2024-12", "2025-01", "2025-02"]
    # Sunday 12 January closes week 2; Monday 13 opens week 3.
    assert period_range(dt.date(2024, 12, 31), _day(1, 13), "week") == [
        "2025-W01", "2025-W02", "2025-W03"]
    assert match_key("Où est ma commande\u202f?") == match_key("ou est ma  commande?")
    assert match_key("Reprise de l’ancien appareil") == match_key("REPRISE DE L'ANCIEN APPAREIL")


def test_two_channels_with_one_name_stay_apart() -> None:
    data = project(LOG).model_dump()
    data["channels"][1]["name"] = "Chat"  # "phone" is now called "Chat" too
    rows = segments_json(Project.model_validate(data))["rows"]
    assert rows[0]["by_channel"] == {"Chat": 3, "Chat (2)": 1}
