"""The improvement loop: survey answers, indicator records, scorecards and actions."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Self

from pydantic import Field, StrictFloat, StrictInt, model_validator

from cxdesigner.model.base import CxModel, Entity, Id, Items, Name, Text
from cxdesigner.model.enums import (
    ActionStatus,
    AssessmentMethod,
    CountIndicator,
    SurveyIndicator,
)


class ScoreScale(CxModel):
    """The scale an answer was given on, its direction, and for CSAT what counts as satisfied."""

    low: StrictInt
    high: StrictInt
    higher_is_better: bool = True
    satisfied_from: StrictFloat | None = None

    @model_validator(mode="after")
    def _check_bounds(self) -> Self:
        if self.low >= self.high:
            raise ValueError(
                f"the scale's low end ({self.low}) must be below its high end ({self.high})")
        if self.satisfied_from is not None and not self.low <= self.satisfied_from <= self.high:
            raise ValueError(
                f"the 'satisfied' threshold ({self.satisfied_from:g}) must lie within "
                f"the scale {self.low}-{self.high}"
            )
        return self


DEFAULT_SCALES: dict[SurveyIndicator, ScoreScale] = {
    SurveyIndicator.NPS: ScoreScale(low=0, high=10),
    SurveyIndicator.CSAT: ScoreScale(low=1, high=5, satisfied_from=4),
    # The effort scale of the method: 1 = bad … 10 = excellent.
    SurveyIndicator.CES: ScoreScale(low=1, high=10),
}


class SurveyAnswer(Entity):
    """One respondent's answer to an NPS, CSAT or CES question about a journey, stage or step."""

    scope_id: Id
    indicator: SurveyIndicator
    value: StrictFloat
    scale: ScoreScale | None = None
    respondent: Name = ""
    date: dt.date | None = None
    segment_id: Id | None = None

    def effective_scale(self) -> ScoreScale:
        """The answer's own scale, or the indicator's usual one."""
        return self.scale or DEFAULT_SCALES[self.indicator]

    @model_validator(mode="after")
    def _check_value_on_scale(self) -> Self:
        scale = self.effective_scale()
        if self.indicator is SurveyIndicator.NPS and (scale.low, scale.high) != (0, 10):
            raise ValueError("an NPS answer is always on the 0-10 scale")
        if not scale.low <= self.value <= scale.high:
            raise ValueError(
                f"{self.indicator.value.upper()} value {self.value:g} is outside its scale "
                f"{scale.low}-{scale.high}"
            )
        return self


class IndicatorRecord(Entity):
    """Counts for an indicator computed from totals (churn, CLV, resolution time…)."""

    scope_id: Id
    indicator: CountIndicator
    inputs: dict[Name, StrictFloat] = Field(default_factory=dict)
    period: Name = ""
    date: dt.date | None = None


Score10 = Annotated[StrictFloat, Field(ge=0, le=10)]


class CriterionScore(CxModel):
    """One criterion of a barometer, scored out of 10."""

    criterion: Name
    score: Score10 | None = None


class Scorecard(Entity):
    """A barometer: criteria of the user's choice scored /10 for a stage or a journey.

    One assessor's scores at one time: a scorecard names the player it scores (none: the
    client's own experience), the wave it belongs to, how it was scored and its source.
    """

    scope_id: Id
    name: Name = ""
    scores: Items[CriterionScore] = Field(default_factory=list)
    player_id: Id | None = None
    wave_id: Id | None = None
    assessor: Name = ""
    method: AssessmentMethod | None = None
    date: dt.date | None = None
    source: Text = ""


class Action(Entity):
    """An action of the improvement loop, from the gap it closes to its measured result."""

    description: Text
    irritant_id: Id | None = None
    touchpoint_id: Id | None = None
    gap: Text = ""
    root_cause: Text = ""
    owner: Name = ""
    due_date: dt.date | None = None
    expected_result: Text = ""
    kpi: Name = ""
    kpi_target: StrictFloat | None = None
    status: ActionStatus = ActionStatus.IDEA
    completed_on: dt.date | None = None
    """When the action took effect: the date its impact is measured from."""
    profile_ids: Items[Id] = Field(default_factory=list)
    """Contact profiles the action is meant to shrink."""
    measured_result: Text = ""
    measured_value: StrictFloat | None = None
    target_met: bool | None = None
    kpi_baseline: StrictFloat | None = None
    """The KPI's value before the action: the points gained are counted from it."""
    effort_days: StrictFloat | None = Field(default=None, gt=0)
    """What the action costs, in person-days ("jours-homme")."""


class PointValue(Entity):
    """What one point of an indicator is worth, and where that figure comes from.

    For example: one NPS point = 0.4 % more re-purchase = 120,000 € a year
    (``indicator`` "NPS", ``amount`` 120000, ``unit`` "€ / an", ``effect`` "0.4 % more
    re-purchase", ``source`` the study it comes from). Actions whose KPI has this name
    (case, accents and spacing aside) are valued with it.
    """

    indicator: Name
    amount: StrictFloat = Field(gt=0)
    unit: Name = ""
    higher_is_better: bool = True
    """Whether a point gained is the indicator going up (NPS) or down (churn, waiting time)."""
    effect: Text = ""
    source: Text = ""
