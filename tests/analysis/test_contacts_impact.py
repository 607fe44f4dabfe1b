"""The impact of an action on a contact profile: volume and effort before and after."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from cxdesigner.analysis.impact import action_impacts, impact_json, windows
from cxdesigner.model import (
    Action,
    ContactProfile,
    ContactRecord,
    Journey,
    Project,
    ScoreScale,
    Stage,
    SurveyAnswer,
    SurveyIndicator,
    Touchpoint,
)


def _day(month: int, day: int) -> dt.date:
    return dt.date(2025, month, day)


def _contact(month: int, count: int, minutes: float | None = None,
             resolved: bool | None = None, reason: str = "Suivi") -> ContactRecord:
    return ContactRecord(date=_day(month, 10), reason=reason, count=count,
                         duration_minutes=minutes, resolved=resolved)


def _ces(month: int, day: int, value: float, scope: str = "t1",
         scale: ScoreScale | None = None) -> SurveyAnswer:
    return SurveyAnswer(scope_id=scope, indicator=SurveyIndicator.CES, value=value,
                        date=_day(month, day), scale=scale)


LOG = [
    _contact(1, 30, 6, True),
    _contact(2, 20, 9, False),
    _contact(3, 40, 6, True),
    _contact(4, 100, 1, False),  # the month of the change: left out
    _contact(5, 20, 4, True),
    _contact(6, 10, 5, True),  # the log ends in June
    _contact(5, 500, 1, True, reason="Autre chose"),  # another problem: not counted
]
ANSWERS = [
    _ces(2, 1, 4), _ces(3, 3, 6),  # before: (4 + 6) / 2 = 5.0
    _ces(4, 20, 10),  # the month of the change
    _ces(5, 20, 8), _ces(6, 1, 7), _ces(7, 1, 9),  # after: (8 + 7 + 9) / 3 = 8.0
    _ces(5, 2, 1, scope="t2"),  # about another touchpoint
    SurveyAnswer(scope_id="t1", indicator=SurveyIndicator.CES, value=2),  # undated
]


def project(action: Action, contacts: list[ContactRecord] = LOG,
            answers: list[SurveyAnswer] = ANSWERS) -> Project:
    journey = Journey(id="j", name="J", stages=[Stage(id="s", name="S", touchpoints=[
        Touchpoint(id="t1", title="Livraison"), Touchpoint(id="t2", title="Facture")])])
    return Project(title="P", journeys=[journey], contacts=contacts, answers=answers,
                   contact_profiles=[ContactProfile(id="p", name="Où est mon colis ?",
                                                    reasons=["Suivi"], touchpoint_ids=["t1"])],
                   actions=[action])


def test_before_and_after_an_action_completed_mid_month() -> None:
    action = Action(description="SMS de suivi", profile_ids=["p"], completed_on=_day(4, 15),
                    due_date=_day(3, 31))
    (impact,) = action_impacts(project(action))
    assert (impact.date, impact.date_used) == (_day(4, 15), "completed_on")
    assert impact.before is not None and impact.after is not None
    # 15 April: before is January-March; April is left out; after is May-July, of which
    # the log (January-June) spans May and June only.
    assert impact.before.months == ["2025-01", "2025-02", "2025-03"]
    assert impact.after.months == ["2025-05", "2025-06", "2025-07"]
    assert impact.after.in_log == ["2025-05", "2025-06"]
    # Volume: (30 + 20 + 40) / 3 = 30 a month before; (20 + 10) / 2 = 15 after: -50 %.
    volume = impact.volume
    assert (volume.before, volume.after, volume.n_before, volume.n_after) == (30, 15, 90, 30)
    assert volume.change_percent == -50 and volume.improved
    # Duration: (30 x 6 + 20 x 9 + 40 x 6) / 90 = 600 / 90 = 6.67 min before;
    # (20 x 4 + 10 x 5) / 30 = 130 / 30 = 4.33 after: (4.33 - 6.67) / 6.67 = -35 %.
    duration = impact.duration
    assert duration.before == pytest.approx(600 / 90)
    assert duration.after == pytest.approx(130 / 30)
    assert duration.change_percent == pytest.approx(-35)
    assert duration.improved
    # Resolution: 70 of 90 = 77.8 % before; 30 of 30 = 100 % after: +28.6 %.
    resolution = impact.resolution
    assert resolution.before == pytest.approx(700 / 9)
    assert (resolution.after, resolution.n_after) == (100, 30)
    assert resolution.change_percent == pytest.approx((100 - 700 / 9) * 100 / (700 / 9))
    assert resolution.improved
    # CES about t1 (higher is better), dated answers only: 5.0 (n=2) -> 8.0 (n=3), +60 %.
    ces = impact.ces
    assert (ces.before, ces.n_before, ces.after, ces.n_after) == (5, 2, 8, 3)
    assert ces.change_percent == 60 and ces.improved
    assert impact.ces_scale == ScoreScale(low=1, high=10)
    assert impact.reason == "" and volume.reason == ""


def test_an_action_completed_on_the_first_counts_that_month_after() -> None:
    action = Action(description="x", profile_ids=["p"], completed_on=_day(4, 1))
    (impact,) = action_impacts(project(action), months=2)
    assert impact.before is not None and impact.after is not None
    assert impact.before.months == ["2025-02", "2025-03"]
    assert impact.after.months == ["2025-04", "2025-05"]
    # (20 + 40) / 2 = 30 before; (100 + 20) / 2 = 60 after: +100 %, not an improvement.
    assert (impact.volume.before, impact.volume.after) == (30, 60)
    assert impact.volume.change_percent == 100 and impact.volume.improved is False


def test_the_due_date_stands_in_for_the_completion_date() -> None:
    action = Action(description="x", profile_ids=["p"], due_date=_day(4, 15))
    (impact,) = action_impacts(project(action))
    assert (impact.date, impact.date_used) == (_day(4, 15), "due_date")
    assert impact.volume.change_percent == -50


def test_an_action_without_dates_cannot_be_measured() -> None:
    (impact,) = action_impacts(project(Action(description="x", profile_ids=["p"])))
    assert (impact.date, impact.date_used, impact.before) == (None, None, None)
    assert impact.reason == "the action has neither a completion date nor a due date"
    assert impact.volume.change_percent is None and impact.volume.improved is None


def test_an_action_beyond_the_log_says_what_is_missing() -> None:
    action = Action(description="x", profile_ids=["p"], completed_on=_day(9, 1))
    (impact,) = action_impacts(project(action, answers=[]))
    # Before is June-August: the log spans June only, 10 contacts.
    assert (impact.volume.before, impact.volume.n_before) == (10, 10)
    assert impact.volume.after is None
    assert impact.volume.reason == ("the contact log (2025-01 to 2025-06) has no month after "
                                    "the action (2025-09 to 2025-11)")
    assert impact.duration.reason == "no contact with a duration after the action"
    assert impact.ces.reason == "no dated CES answers about its touchpoints, before or after"


def test_ces_on_different_scales_before_and_after_is_not_compared() -> None:
    seven = ScoreScale(low=1, high=7)
    answers = [_ces(2, 1, 4), _ces(5, 20, 6, scale=seven)]
    action = Action(description="x", profile_ids=["p"], completed_on=_day(4, 15))
    (impact,) = action_impacts(project(action, answers=answers))
    assert impact.ces.change_percent is None
    assert impact.ces.reason == ("the answers before and after are on different scales "
                                 "(1-10; 1-7)")


def test_when_lower_effort_is_better_a_fall_is_an_improvement() -> None:
    lower = ScoreScale(low=1, high=7, higher_is_better=False)
    answers = [_ces(2, 1, 6, scale=lower), _ces(5, 20, 3, scale=lower)]
    action = Action(description="x", profile_ids=["p"], completed_on=_day(4, 15))
    (impact,) = action_impacts(project(action, answers=answers))
    assert (impact.ces.before, impact.ces.after, impact.ces.change_percent) == (6, 3, -50)
    assert impact.ces.improved


def test_windows_cross_the_year() -> None:
    before, after = windows(_day(1, 15), 3, ["2024-12", "2025-02"])
    assert before.months == ["2024-10", "2024-11", "2024-12"]
    assert after.months == ["2025-02", "2025-03", "2025-04"]
    assert (before.in_log, after.in_log) == (["2024-12"], ["2025-02"])
    assert before.holds(dt.date(2024, 10, 1)) and not before.holds(_day(1, 1))


def test_impact_json() -> None:
    action = Action(id="a1", description="SMS de suivi", profile_ids=["p"],
                    completed_on=_day(4, 15))
    (row,) = impact_json(project(action))
    json.dumps(row)
    assert {key: row[key] for key in ("action", "action_id", "profile", "profile_id", "date",
                                      "date_used", "before", "after")} == {
        "action": "SMS de suivi", "action_id": "a1", "profile": "Où est mon colis ?",
        "profile_id": "p", "date": "2025-04-15", "date_used": "completed_on",
        "before": {"from": "2025-01", "to": "2025-03", "months_in_log": 3},
        "after": {"from": "2025-05", "to": "2025-07", "months_in_log": 2}}
    assert row["contacts_per_month"] == {"before": 30.0, "after": 15.0, "n_before": 90,
                                         "n_after": 30, "change_percent": -50.0,
                                         "improved": True}
    assert row["mean_duration"]["change_percent"] == -35.0
    assert row["ces"]["scale"] == "1-10"
    assert impact_json(project(Action(description="x"))) == []  # aimed at no profile
