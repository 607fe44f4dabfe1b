"""Evidence levels: suggested from what is attached, set by hand, and what to check first."""

from __future__ import annotations

import datetime as dt

import pytest

from cxdesigner.analysis.evidence import (
    MEASURED_FROM,
    EvidenceIndex,
    evidence_counts,
    hypotheses_to_check,
    stronger,
    suggest,
)
from cxdesigner.model import (
    ContactRecord,
    Criticality,
    EmployeeMoment,
    Evidence,
    Irritant,
    Journey,
    KpiValue,
    MomentOfTruth,
    Project,
    Stage,
    SurveyAnswer,
    Touchpoint,
    Verbatim,
    VerbatimSource,
)

H, R, OBS, M = Evidence.HYPOTHESIS, Evidence.REPORTED, Evidence.OBSERVED, Evidence.MEASURED


def _project(*touchpoints: Touchpoint, answers: int = 0, contacts: int = 0) -> Project:
    journey = Journey(id="j", name="J", stages=[Stage(id="s", name="S",
                                                      touchpoints=list(touchpoints))])
    return Project(
        title="P", journeys=[journey],
        answers=[SurveyAnswer(scope_id="t", indicator="nps", value=8.0) for _ in range(answers)],
        contacts=[ContactRecord(date=dt.date(2025, 3, 4), touchpoint_id="t", count=contacts)]
        if contacts else [])


@pytest.mark.parametrize(("answers", "contacts", "kpis", "customer", "staff", "level"), [
    (0, 0, 0, 0, 0, H),
    (0, 0, 0, 0, 1, R),
    (0, 0, 0, 1, 5, OBS),
    (1, 0, 0, 0, 0, OBS),
    (0, MEASURED_FROM - 1, 0, 0, 0, OBS),
    (MEASURED_FROM, 0, 0, 0, 0, M),
    (0, MEASURED_FROM, 0, 0, 0, M),
    (0, 0, 1, 0, 0, M),
])
def test_the_rule(answers: int, contacts: int, kpis: int, customer: int, staff: int,
                  level: Evidence) -> None:
    assert suggest(answers, contacts, kpis, customer, staff) is level


def test_levels_from_the_weakest() -> None:
    assert stronger(M, OBS) and stronger(OBS, R) and stronger(R, H) and not stronger(H, H)


@pytest.mark.parametrize(("source", "moment", "level"), [
    (VerbatimSource.INTERVIEW, None, OBS),
    (VerbatimSource.USER_TEST, None, OBS),
    (VerbatimSource.ADVISER_CHAT, None, OBS),
    (VerbatimSource.REVIEW, None, OBS),
    (VerbatimSource.SALES_STAFF, None, R),
    (VerbatimSource.EMPLOYEE, None, R),
    (VerbatimSource.OTHER, None, R),
    (VerbatimSource.INTERVIEW, EmployeeMoment.TENSION, R),  # an employee's account
])
def test_a_verbatim_says_how_the_step_was_heard(source: VerbatimSource,
                                               moment: EmployeeMoment | None,
                                               level: Evidence) -> None:
    touchpoint = Touchpoint(id="t", title="Appel", verbatims=[
        Verbatim(text="…", source=source, employee_moment=moment)])
    basis = EvidenceIndex(_project(touchpoint)).basis(touchpoint)
    assert basis.level is level
    assert (basis.customer_verbatims, basis.staff_verbatims) == \
        ((1, 0) if level is OBS else (0, 1))


def test_answers_and_contacts_are_counted_per_touchpoint() -> None:
    touchpoint = Touchpoint(id="t", title="Appel")
    few = EvidenceIndex(_project(touchpoint, answers=3, contacts=2)).basis(touchpoint)
    assert (few.answers, few.contacts, few.level) == (3, 2, OBS)
    many = EvidenceIndex(_project(touchpoint, contacts=MEASURED_FROM)).basis(touchpoint)
    assert (many.contacts, many.level) == (MEASURED_FROM, M)
    measured = touchpoint.model_copy(update={"kpis": [KpiValue(name="Abandon", value=38.0)]})
    assert EvidenceIndex(_project(measured)).suggested(measured) is M


def test_a_level_set_by_hand_wins_and_pain_points_follow_their_touchpoint() -> None:
    irritant = Irritant(text="Attente")
    told = Irritant(text="Transfert", evidence=OBS)
    touchpoint = Touchpoint(id="t", title="Appel", irritants=[irritant, told])
    index = EvidenceIndex(_project(touchpoint))
    assert index.touchpoint(touchpoint) is H
    assert (index.irritant(irritant, touchpoint), index.irritant(told, touchpoint)) == (H, OBS)
    reported = touchpoint.model_copy(update={"evidence": R})
    assert index.touchpoint(reported) is R and index.suggested(reported) is H
    assert index.irritant(irritant, reported) is R


def _moments() -> Project:
    def tp(tp_id: str, moment: MomentOfTruth, **fields: object) -> Touchpoint:
        return Touchpoint.model_validate({"id": tp_id, "title": tp_id, "moment": moment,
                                          **fields})

    return Project(title="P", journeys=[Journey(id="j", name="J", stages=[
        Stage(id="s1", name="Avant", touchpoints=[
            tp("wow", MomentOfTruth.WOW),
            tp("plain", MomentOfTruth.NONE),
            tp("sensitive", MomentOfTruth.NONE, persona_criticality={"p": "very_sensitive"}),
            tp("essential", MomentOfTruth.ESSENTIAL, criticality="sensitive"),
        ]),
        Stage(id="s2", name="Après", touchpoints=[
            tp("critical-low", MomentOfTruth.CRITICAL, emotion=-1),
            tp("critical-worse", MomentOfTruth.CRITICAL, emotion=-3),
            tp("critical-pain", MomentOfTruth.CRITICAL, emotion=0, irritants=[
                Irritant(text="Bloquant", severity=4), Irritant(text="Vu", evidence="observed")]),
            tp("critical-known", MomentOfTruth.CRITICAL, evidence="measured"),
            tp("critical-heard", MomentOfTruth.CRITICAL, verbatims=[Verbatim(text="…")]),
            tp("critical-very", MomentOfTruth.CRITICAL, criticality="very_sensitive"),
        ]),
    ])], personas=[{"id": "p", "name": "Léa"}])


def test_the_critical_moments_resting_on_hypotheses_in_the_order_to_check_them() -> None:
    project = _moments()
    ranked = hypotheses_to_check(project, project.journeys[0])
    assert [(item.rank, item.touchpoint_id) for item in ranked] == [
        (1, "critical-very"), (2, "critical-pain"), (3, "critical-worse"),
        (4, "critical-low"), (5, "essential"), (6, "wow"), (7, "sensitive")]
    pain = ranked[1]
    assert (pain.stage_name, pain.worst_severity, pain.hypotheses, pain.emotion) == \
        ("Après", 4, 1, 0)
    assert ranked[0].criticality is Criticality.VERY_SENSITIVE
    assert ranked[-1].criticality is Criticality.VERY_SENSITIVE  # for the persona


def test_evidence_counts_list_every_level() -> None:
    project = _moments()
    counts = evidence_counts(project.journeys[0], EvidenceIndex(project))
    assert counts == {H: 8, R: 1, OBS: 0, M: 1}  # a verbatim of no named source is reported
