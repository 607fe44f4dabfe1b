"""Answers roll up from a touchpoint to its stage and its journey, each with its n."""

from __future__ import annotations

import pytest

from cxdesigner.analysis import (
    ScopeKind,
    count_indicators,
    journey_scopes,
    rollup_answers,
    survey_indicators,
)
from cxdesigner.model import (
    CountIndicator,
    IndicatorRecord,
    Journey,
    Project,
    Stage,
    SurveyAnswer,
    SurveyIndicator,
    Touchpoint,
)

NPS, CES = SurveyIndicator.NPS, SurveyIndicator.CES


def project() -> Project:
    # Journey J: stage S1 (t1, t2), stage S2 (t3). NPS answers:
    #   t1: 10, 9 · t2: 3 · S1 itself: 8 · t3: 10 · J itself: 0
    journey = Journey(id="J", name="Journey", stages=[
        Stage(id="S1", name="First", touchpoints=[Touchpoint(id="t1", title="One"),
                                                  Touchpoint(id="t2", title="Two")]),
        Stage(id="S2", name="Second", touchpoints=[Touchpoint(id="t3", title="Three")]),
    ])
    other = Journey(id="K", name="Other", stages=[
        Stage(id="S9", name="Elsewhere", touchpoints=[Touchpoint(id="t9", title="Nine")])])
    values = [("t1", 10), ("t1", 9), ("t2", 3), ("S1", 8), ("t3", 10), ("J", 0), ("t9", 10)]
    answers = [SurveyAnswer(scope_id=scope, indicator=NPS, value=value)
               for scope, value in values]
    answers.append(SurveyAnswer(scope_id="t3", indicator=CES, value=7))
    records = [
        IndicatorRecord(scope_id="J", indicator=CountIndicator.CHURN, period="2024",
                        inputs={"customers_at_start": 200, "customers_lost": 10}),
        IndicatorRecord(scope_id="t2", indicator=CountIndicator.RESOLUTION_TIME,
                        inputs={"total_resolution_time": 30, "requests_resolved": 0}),
        IndicatorRecord(scope_id="t9", indicator=CountIndicator.CHURN,
                        inputs={"customers_at_start": 1, "customers_lost": 1}),
    ]
    return Project(title="P", journeys=[journey, other], answers=answers,
                   indicator_records=records)


def test_scopes_in_map_order() -> None:
    scopes = journey_scopes(project().journeys[0])
    assert [(s.kind, s.id, s.within) for s in scopes] == [
        (ScopeKind.JOURNEY, "J", ()), (ScopeKind.STAGE, "S1", ("J",)),
        (ScopeKind.TOUCHPOINT, "t1", ("S1", "J")), (ScopeKind.TOUCHPOINT, "t2", ("S1", "J")),
        (ScopeKind.STAGE, "S2", ("J",)), (ScopeKind.TOUCHPOINT, "t3", ("S2", "J"))]


def test_rollup_answers() -> None:
    rolled = rollup_answers(project())
    values = {scope: [a.value for a in answers if a.indicator is NPS]
              for scope, answers in rolled.items()}
    assert values["t1"] == [10, 9]
    assert values["S1"] == [10, 9, 3, 8]  # its touchpoints' and its own
    assert values["J"] == [10, 9, 3, 8, 10, 0]  # not t9's: another journey
    assert values["K"] == [10]


def test_survey_indicators_per_scope() -> None:
    found = {(item.scope.id, item.result.indicator): item
             for item in survey_indicators(project(), project().journeys[0])}
    # J: 10 9 3 8 10 0 -> promoters 10 9 10 = 3, detractors 3 0 = 2, n 6:
    #    (3 - 2) / 6 * 100 = 16.67; of those only the 0 is about J itself.
    journey = found["J", NPS]
    assert journey.result.value == pytest.approx(100 / 6)
    assert (journey.result.n, journey.direct) == (6, 1)
    # S1: 10 9 3 8 -> promoters 2, detractors 1, n 4: 25
    assert found["S1", NPS].result.value == 25.0
    assert (found["S1", NPS].result.n, found["S1", NPS].direct) == (4, 1)
    # t2: one detractor: -100, n 1
    assert (found["t2", NPS].result.value, found["t2", NPS].result.n) == (-100.0, 1)
    # the CES of t3 rolls up to S2 and J
    assert found["S2", CES].result.value == 7.0
    assert found["J", CES].result.n == 1
    # only scopes with answers of an indicator are listed
    assert ("S2", SurveyIndicator.CSAT) not in found


def test_survey_indicators_order() -> None:
    order = [(item.scope.id, item.result.indicator.value)
             for item in survey_indicators(project(), project().journeys[0])]
    assert order == [("J", "nps"), ("J", "ces"), ("S1", "nps"), ("t1", "nps"), ("t2", "nps"),
                     ("S2", "nps"), ("S2", "ces"), ("t3", "nps"), ("t3", "ces")]


def test_count_indicators_of_a_journey() -> None:
    found = count_indicators(project(), project().journeys[0])
    assert [(item.scope.id, item.result.value) for item in found] == [
        ("J", 5.0),  # 10 / 200 * 100
        ("t2", None),  # no requests resolved: nothing to divide by
    ]
    assert found[1].result.reason == "requests_resolved is 0, so there is nothing to divide by"
