"""Indicators computed from survey answers (NPS, CSAT, CES), always with their n.

- **NPS**: answers on 0-10; 9-10 are promoters, 7-8 passives, 0-6 detractors;
  NPS = % promoters - % detractors, from -100 to +100.
- **CSAT**: the % of answers that count as satisfied: at or above the scale's
  ``satisfied_from`` (at or below it when lower is better). The default scale is 1-5,
  satisfied from 4.
- **CES**: the mean answer, on the scale used; the result keeps the scale and its
  direction.

Every output (the indicator panel, the map's chips, the PDF, the spreadsheet, ``stats``)
reports these scores the same way, by :func:`reported_score`: to one decimal, halves away
from zero, and written without a trailing zero (+40, -7.5, 66.7 %). 13 promoters and 16
detractors of 40 make -7.5 everywhere; a score is never rounded twice.

CSAT and CES refuse to put answers given on different scales together: the result then
has no value and its ``reason`` lists the scales found. No result ever divides by zero:
no answers gives no value and says so.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from cxdesigner.model import DEFAULT_SCALES, ScoreScale, SurveyAnswer, SurveyIndicator

NO_ANSWERS = "no answers"

SCORE_DECIMALS = 1
"""How many decimals every output gives an NPS, a CSAT or a CES."""


def reported_score(value: float) -> float:
    """``value`` as every output reports it: to :data:`SCORE_DECIMALS`, halves away from
    zero (-7.25 gives -7.3 everywhere, whatever each output's own rounding would say)."""
    step = Decimal(1).scaleb(-SCORE_DECIMALS)
    return float(Decimal(repr(value)).quantize(step, rounding=ROUND_HALF_UP)) + 0.0


def score_digits(value: float, signed: bool = False) -> str:
    """The reported score in plain digits, a point as decimal mark and no trailing zero:
    ``-7.5``, ``+40`` (``signed``), ``66.7``. Outputs swap the mark for their language's."""
    text = f"{reported_score(value):.{SCORE_DECIMALS}f}".rstrip("0").rstrip(".")
    if text == "-0":
        text = "0"
    return f"+{text}" if signed and reported_score(value) > 0 else text


def describe_scale(scale: ScoreScale) -> str:
    """``"1-5"``, ``"1-7, lower is better"``, ``"1-5, satisfied from 4"``…"""
    parts = [f"{scale.low}-{scale.high}"]
    if not scale.higher_is_better:
        parts.append("lower is better")
    if scale.satisfied_from is not None:
        parts.append(f"satisfied {'from' if scale.higher_is_better else 'up to'} "
                     f"{scale.satisfied_from:g}")
    return ", ".join(parts)


def _scale_key(scale: ScoreScale) -> tuple[int, int, bool, float | None]:
    return scale.low, scale.high, scale.higher_is_better, scale.satisfied_from


@dataclass(frozen=True, kw_only=True)
class SurveyResult:
    """An indicator computed from answers.

    Attributes:
        indicator: NPS, CSAT or CES.
        value: the score, None when it cannot be computed (see ``reason``).
        n: how many answers it rests on (or were found, when refused).
        scale: the scale of the answers, None when there were none or they differ.
        reason: why there is no value; empty when there is one.
    """

    indicator: SurveyIndicator
    value: float | None
    n: int
    scale: ScoreScale | None
    reason: str = ""


@dataclass(frozen=True, kw_only=True)
class NpsResult(SurveyResult):
    """An NPS, with its promoters (9-10), passives (7-8) and detractors (0-6)."""

    promoters: int = 0
    passives: int = 0
    detractors: int = 0


@dataclass(frozen=True, kw_only=True)
class CsatResult(SurveyResult):
    """A CSAT, with how many answers counted as satisfied."""

    satisfied: int = 0


@dataclass(frozen=True, kw_only=True)
class CesResult(SurveyResult):
    """A CES: the mean effort answer on ``scale`` (which says whether higher is better)."""


def _answers_of(answers: Iterable[SurveyAnswer], indicator: SurveyIndicator) -> list[SurveyAnswer]:
    return [answer for answer in answers if answer.indicator is indicator]


def _common_scale(answers: list[SurveyAnswer]) -> tuple[ScoreScale | None, str]:
    """The one scale of ``answers``, or None and why (no answers, or several scales)."""
    if not answers:
        return None, NO_ANSWERS
    counts = Counter(_scale_key(answer.effective_scale()) for answer in answers)
    if len(counts) == 1:
        return answers[0].effective_scale(), ""
    by_key = {_scale_key(answer.effective_scale()): answer.effective_scale() for answer in answers}
    found = "; ".join(f"{describe_scale(by_key[key])} ({count} answers)"
                      for key, count in counts.most_common())
    return None, f"answers on different scales cannot be put together: {found}"


def nps(answers: Iterable[SurveyAnswer]) -> NpsResult:
    """The NPS of the NPS answers among ``answers``."""
    values = [answer.value for answer in _answers_of(answers, SurveyIndicator.NPS)]
    scale = DEFAULT_SCALES[SurveyIndicator.NPS]
    if not values:
        return NpsResult(indicator=SurveyIndicator.NPS, value=None, n=0, scale=None,
                         reason=NO_ANSWERS)
    promoters = sum(1 for value in values if value >= 9)
    detractors = sum(1 for value in values if value <= 6)
    n = len(values)
    return NpsResult(indicator=SurveyIndicator.NPS, value=(promoters - detractors) * 100 / n,
                     n=n, scale=scale, promoters=promoters,
                     passives=n - promoters - detractors, detractors=detractors)


def is_satisfied(value: float, scale: ScoreScale) -> bool:
    """Whether ``value`` counts as satisfied on ``scale`` (which must have a threshold)."""
    if scale.satisfied_from is None:
        raise ValueError(f"the scale {describe_scale(scale)} has no 'satisfied' threshold")
    if scale.higher_is_better:
        return value >= scale.satisfied_from
    return value <= scale.satisfied_from


def csat(answers: Iterable[SurveyAnswer], satisfied_from: float | None = None) -> CsatResult:
    """The CSAT of the CSAT answers among ``answers``.

    Args:
        answers: the answers; all CSAT answers must share one scale.
        satisfied_from: a threshold that replaces the scale's own; needed when the
            scale has none.

    Raises:
        ValueError: ``satisfied_from`` lies outside the answers' scale.
    """
    chosen = _answers_of(answers, SurveyIndicator.CSAT)
    scale, reason = _common_scale(chosen)
    if scale is None:
        return CsatResult(indicator=SurveyIndicator.CSAT, value=None, n=len(chosen),
                          scale=None, reason=reason)
    if satisfied_from is not None:
        scale = ScoreScale(low=scale.low, high=scale.high,
                           higher_is_better=scale.higher_is_better,
                           satisfied_from=satisfied_from)
    if scale.satisfied_from is None:
        return CsatResult(indicator=SurveyIndicator.CSAT, value=None, n=len(chosen),
                          scale=scale, reason=f"the scale {describe_scale(scale)} does not say "
                                              "which answers count as satisfied")
    satisfied = sum(1 for answer in chosen if is_satisfied(answer.value, scale))
    return CsatResult(indicator=SurveyIndicator.CSAT, value=satisfied * 100 / len(chosen),
                      n=len(chosen), scale=scale, satisfied=satisfied)


def ces(answers: Iterable[SurveyAnswer]) -> CesResult:
    """The CES (mean answer) of the CES answers among ``answers``, all on one scale."""
    chosen = _answers_of(answers, SurveyIndicator.CES)
    scale, reason = _common_scale(chosen)
    if scale is None:
        return CesResult(indicator=SurveyIndicator.CES, value=None, n=len(chosen), scale=None,
                         reason=reason)
    return CesResult(indicator=SurveyIndicator.CES,
                     value=sum(answer.value for answer in chosen) / len(chosen),
                     n=len(chosen), scale=scale)


def survey_indicator(indicator: SurveyIndicator,
                     answers: Iterable[SurveyAnswer]) -> SurveyResult:
    """The ``indicator`` of the matching answers among ``answers``."""
    if indicator is SurveyIndicator.NPS:
        return nps(answers)
    if indicator is SurveyIndicator.CSAT:
        return csat(answers)
    return ces(answers)
