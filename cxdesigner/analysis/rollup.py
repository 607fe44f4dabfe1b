"""Indicators per scope: a touchpoint's answers also count for its stage and its journey."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from cxdesigner.analysis.counts import CountResult, record_result
from cxdesigner.analysis.survey import SurveyResult, survey_indicator
from cxdesigner.model import IndicatorRecord, Journey, Project, SurveyAnswer, SurveyIndicator


class ScopeKind(StrEnum):
    """What an answer, record or scorecard is about."""

    JOURNEY = "journey"
    STAGE = "stage"
    TOUCHPOINT = "touchpoint"


@dataclass(frozen=True)
class Scope:
    """A journey, stage or touchpoint that indicators can be about.

    Attributes:
        kind: journey, stage or touchpoint.
        id: its id.
        name: the journey's or stage's name, the touchpoint's title.
        within: the ids of the scopes that hold it, nearest first (stage, then journey).
    """

    kind: ScopeKind
    id: str
    name: str
    within: tuple[str, ...]


def journey_scopes(journey: Journey) -> list[Scope]:
    """The journey, then each stage followed by its touchpoints, in map order."""
    scopes = [Scope(ScopeKind.JOURNEY, journey.id, journey.name, ())]
    for stage in journey.stages:
        scopes.append(Scope(ScopeKind.STAGE, stage.id, stage.name, (journey.id,)))
        scopes += [Scope(ScopeKind.TOUCHPOINT, touchpoint.id, touchpoint.title,
                         (stage.id, journey.id)) for touchpoint in stage.touchpoints]
    return scopes


def project_scopes(project: Project) -> dict[str, Scope]:
    """Every scope of the project, by id."""
    return {scope.id: scope for journey in project.journeys for scope in journey_scopes(journey)}


def rollup_answers(project: Project) -> dict[str, list[SurveyAnswer]]:
    """For each scope id, the answers about it or about anything it holds, in file order.

    Answers whose scope is not in the project are left out.
    """
    scopes = project_scopes(project)
    rolled: dict[str, list[SurveyAnswer]] = {scope_id: [] for scope_id in scopes}
    for answer in project.answers:
        scope = scopes.get(answer.scope_id)
        if scope is None:
            continue
        for scope_id in (scope.id, *scope.within):
            rolled[scope_id].append(answer)
    return rolled


@dataclass(frozen=True)
class ScopeIndicator:
    """A survey indicator of one scope, its own answers and those of what it holds.

    Attributes:
        scope: what it is about.
        result: the indicator (its ``n`` counts every answer rolled up).
        direct: how many of those answers are about the scope itself.
    """

    scope: Scope
    result: SurveyResult
    direct: int


def survey_indicators(project: Project, journey: Journey) -> list[ScopeIndicator]:
    """Every survey indicator with at least one answer, per scope of ``journey``.

    Scopes come in map order (journey, stage, its touchpoints…), indicators as NPS,
    CSAT, CES.
    """
    rolled = rollup_answers(project)
    found = []
    for scope in journey_scopes(journey):
        answers = rolled.get(scope.id, [])
        for indicator in SurveyIndicator:
            if any(answer.indicator is indicator for answer in answers):
                direct = sum(1 for answer in answers
                             if answer.indicator is indicator and answer.scope_id == scope.id)
                found.append(ScopeIndicator(scope, survey_indicator(indicator, answers), direct))
    return found


@dataclass(frozen=True)
class ScopeCount:
    """A count indicator recorded for one scope and period."""

    scope: Scope
    record: IndicatorRecord
    result: CountResult


def count_indicators(project: Project, journey: Journey) -> list[ScopeCount]:
    """The indicator records about ``journey`` or anything in it, in scope order.

    Counts are not added up across scopes: each record is one figure for one period.
    """
    scopes = journey_scopes(journey)
    position = {scope.id: index for index, scope in enumerate(scopes)}
    records = sorted((record for record in project.indicator_records
                      if record.scope_id in position),
                     key=lambda record: position[record.scope_id])
    return [ScopeCount(scopes[position[record.scope_id]], record, record_result(record))
            for record in records]
