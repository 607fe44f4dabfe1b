"""How an NPS, CSAT or CES reads in the interface: always with its n, warned when n is small."""

from __future__ import annotations

from cxdesigner.analysis.survey import (
    SCORE_DECIMALS,
    CsatResult,
    NpsResult,
    SurveyResult,
    reported_score,
)
from cxdesigner.model import SurveyIndicator
from cxdesigner.ui.charts import SMALL_N
from cxdesigner.ui.i18n import translate
from cxdesigner.ui.labels import interface_label
from cxdesigner.ui.numbers import format_number

FEW_ANSWERS = SMALL_N
"""Below this n a score is shown with the warning "few answers"."""


def few_answers(result: SurveyResult) -> bool:
    """Whether the result rests on fewer answers than :data:`FEW_ANSWERS` (but some)."""
    return 0 < result.n < FEW_ANSWERS


def value_text(result: SurveyResult) -> str:
    """The score alone: ``+12``, ``-7.5``, ``84 %``, ``6.2 / 10``; ``—`` when there is none
    (rounded as every output rounds it: :func:`~cxdesigner.analysis.survey.reported_score`)."""
    if result.value is None:
        return "\u2014"
    score = format_number(reported_score(result.value), SCORE_DECIMALS,
                          signed=result.indicator is SurveyIndicator.NPS)
    if result.indicator is SurveyIndicator.NPS:
        return score
    if result.indicator is SurveyIndicator.CSAT:
        return f"{score}\u00a0%"
    high = result.scale.high if result.scale is not None else 10
    return f"{score} / {high}"


def result_text(result: SurveyResult) -> str:
    """The score with its n, and the warning when n is small: ``+12 · n=8 · few answers``."""
    parts = [value_text(result), f"n={result.n}"]
    if few_answers(result):
        parts.append(translate("Indicators", "few answers"))
    return " \u00b7 ".join(parts)


def badge_text(result: SurveyResult) -> str:
    """The chip on a map card: ``NPS +12 · n=40``."""
    return f"{interface_label(result.indicator)} {value_text(result)} \u00b7 n={result.n}"


def result_details(result: SurveyResult) -> str:
    """What the score is made of, for a tooltip."""
    if result.value is None:
        return translate("Indicators", "No score: %1").replace("%1", result.reason)
    lines = []
    if isinstance(result, NpsResult):
        lines.append(translate("Indicators", "%1 promoters (9-10), %2 passives (7-8), "
                                             "%3 detractors (0-6)")
                     .replace("%1", str(result.promoters)).replace("%2", str(result.passives))
                     .replace("%3", str(result.detractors)))
    elif isinstance(result, CsatResult) and result.scale is not None:
        threshold = result.scale.satisfied_from or 0.0
        lines.append(translate("Indicators", "%1 of %2 answers satisfied (from %3 on %4-%5)")
                     .replace("%1", str(result.satisfied)).replace("%2", str(result.n))
                     .replace("%3", format_number(threshold)).replace(
                         "%4", str(result.scale.low)).replace("%5", str(result.scale.high)))
    elif result.scale is not None:
        best = result.scale.high if result.scale.higher_is_better else result.scale.low
        lines.append(translate("Indicators", "Mean effort answer on %1-%2 (%3 = best)")
                     .replace("%1", str(result.scale.low)).replace("%2", str(result.scale.high))
                     .replace("%3", str(best)))
    if few_answers(result):
        lines.append(translate("Indicators", "Only %1 answers: a trend at most, not a score to "
                                             "decide on.").replace("%1", str(result.n)))
    return "\n".join(lines)
