"""What the barometer's chart shows: a scope's criteria, or the mean of every stage, each
beside the target journey's when the journey has one."""

from __future__ import annotations

from cxdesigner.analysis.barometer import (
    ScopeComparison,
    compare_barometers,
    improvement_pairs,
    journey_barometer,
    scope_barometer,
)
from cxdesigner.model import Journey, JourneyKind, Project
from cxdesigner.ui.charts import SERIES_COLOURS, BarChartData, Series
from cxdesigner.ui.i18n import translate
from cxdesigner.ui.labels import interface_label
from cxdesigner.ui.numbers import format_number

Chart = tuple[str, BarChartData | None]
"""A title (rich text) and the chart's data (None when nothing is scored)."""


def _pairs(project: Project, journey: Journey) -> list[ScopeComparison]:
    """The scopes of the current-vs-target comparison ``journey`` belongs to, if any."""
    for current, target in improvement_pairs(project):
        if journey.id in (current.id, target.id):
            return list(compare_barometers(project, target.id).scopes)
    return []


def _sides() -> tuple[str, str]:
    return interface_label(JourneyKind.CURRENT), interface_label(JourneyKind.TARGET)


def _data(names: tuple[str, ...], series: tuple[Series, ...]) -> BarChartData | None:
    scored = any(value is not None for item in series for value in item.values)
    return BarChartData(categories=names, series=series) if scored else None


def _gain(value: float | None) -> str:
    return format_number(value, 1, signed=True) if value is not None else "\u2014"


def criteria_chart(project: Project, journey: Journey, scope_id: str, name: str) -> Chart:
    """The criteria of one journey or stage, with the paired target scope's when there is one."""
    pair = next((scope for scope in _pairs(project, journey)
                 if any(side is not None and side.scope_id == scope_id
                        for side in (scope.current, scope.target))), None)
    if pair is not None and pair.current is not None and pair.target is not None:
        current, target = _sides()
        series = (Series(current, tuple(c.current for c in pair.criteria), SERIES_COLOURS[0]),
                  Series(target, tuple(c.target for c in pair.criteria), SERIES_COLOURS[1]))
        title = translate("Indicators", "<b>Current vs target</b> · %1 · mean gain %2").replace(
            "%1", pair.scope_name).replace("%2", _gain(pair.mean_gain))
        return title, _data(tuple(c.criterion for c in pair.criteria), series)
    barometer = scope_barometer(project, scope_id,
                                "journey" if scope_id == journey.id else "stage", name)
    mean = format_number(barometer.mean) if barometer.mean is not None else "\u2014"
    title = translate("Indicators", "<b>%1</b> · mean %2 / 10 over %3 criteria").replace(
        "%1", name).replace("%2", mean).replace("%3", str(barometer.scored))
    return title, _data(tuple(c.criterion for c in barometer.criteria), (
        Series(journey.name, tuple(c.score for c in barometer.criteria), SERIES_COLOURS[0]),))


def stages_chart(project: Project, journey: Journey) -> Chart:
    """The mean score of every stage, current beside target when the journey has a pair."""
    stages = [scope for scope in _pairs(project, journey) if scope.scope_kind == "stage"]
    if stages:
        current, target = _sides()
        series = (Series(current, tuple(s.current.mean if s.current else None for s in stages),
                         SERIES_COLOURS[0]),
                  Series(target, tuple(s.target.mean if s.target else None for s in stages),
                         SERIES_COLOURS[1]))
        return (translate("Indicators", "<b>Mean per stage</b> (/ 10) · current vs target"),
                _data(tuple(s.scope_name for s in stages), series))
    barometers = journey_barometer(project, journey)[1:]
    return (translate("Indicators", "<b>Mean per stage</b> (/ 10)"),
            _data(tuple(b.scope_name for b in barometers),
                  (Series(journey.name, tuple(b.mean for b in barometers), SERIES_COLOURS[0]),)))
