"""The indicators table: NPS, CSAT and CES per journey, stage and touchpoint, always with n."""

from __future__ import annotations

from collections.abc import Sequence

from cxdesigner.analysis import CsatResult, NpsResult, ScopeKind, SurveyResult
from cxdesigner.analysis.rollup import ScopeIndicator, survey_indicators
from cxdesigner.export.flow import SectionFlow
from cxdesigner.export.labels import Labels
from cxdesigner.export.tables import Column, draw_table
from cxdesigner.layout import palette
from cxdesigner.model import Journey, Project, SurveyIndicator
from cxdesigner.vocabulary import label

SMALL_N = 30
"""Below this many answers a score is flagged: 3 answers are not 3,000."""

_SCOPE_KEYS = {ScopeKind.JOURNEY: "scope_journey", ScopeKind.STAGE: "scope_stage",
               ScopeKind.TOUCHPOINT: "scope_touchpoint"}


def _score(result: SurveyResult, labels: Labels) -> str:
    if result.value is None:
        return "—"
    if result.indicator is SurveyIndicator.NPS:
        return labels.score(result.value, signed=True)
    if result.indicator is SurveyIndicator.CSAT:
        percent = "\u00a0%" if labels.language == "fr" else " %"
        return f"{labels.score(result.value)}{percent}"
    high = f" / {result.scale.high}" if result.scale is not None else ""
    return f"{labels.score(result.value)}{high}"


def _detail(result: SurveyResult, labels: Labels) -> str:
    if result.value is None:
        # The analysis explains in English; the print says it in the document's language.
        return labels["mixed_scales"] if result.scale is None else labels["no_threshold"]
    parts: list[str] = []
    scale = result.scale
    if isinstance(result, NpsResult):
        parts.append(labels.format("nps_detail", p=result.promoters, a=result.passives,
                                   d=result.detractors))
    elif isinstance(result, CsatResult) and scale is not None:
        threshold = scale.satisfied_from if scale.satisfied_from is not None else scale.high
        parts.append(labels.format("csat_detail", t=f"{threshold:g}", l=scale.low, h=scale.high))
    elif scale is not None:
        best = scale.high if scale.higher_is_better else scale.low
        parts.append(labels.format("ces_detail", l=scale.low, h=scale.high, best=best))
    if result.n < SMALL_N:
        parts.append(labels["small_n"])
    return " · ".join(parts)


def _row(item: ScopeIndicator, labels: Labels) -> list[str]:
    scope = f"{labels[_SCOPE_KEYS[item.scope.kind]]} · {item.scope.name}"
    return [scope, label(item.result.indicator, labels.language),
            _score(item.result, labels), str(item.result.n), _detail(item.result, labels)]


def draw_indicators(flow: SectionFlow, project: Project, journeys: Sequence[Journey],
                    labels: Labels) -> None:
    """One table per journey; a stage's score also counts its touchpoints' answers."""
    columns = [Column(labels["scope"], 3.2, bold=True), Column(labels["indicator"], 1.0),
               Column(labels["score"], 0.8, align="right"),
               Column(labels["answers_n"], 0.5, align="right"), Column(labels["detail"], 3.0)]
    drawn = False
    for journey in journeys:
        found = survey_indicators(project, journey)
        if not found:
            continue
        flow.heading(journey.name)
        draw_table(flow, columns, [_row(item, labels) for item in found])
        drawn = True
    if not drawn:
        flow.paragraph(labels["no_answers"], flow.pages.fonts.italic, 9, palette.INK_MUTED)
