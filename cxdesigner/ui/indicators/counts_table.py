"""Counts of indicators in the interface: their names, inputs and figures, each with its n."""

from __future__ import annotations

from cxdesigner.analysis.counts import INPUTS, SCORE_INPUTS, CountResult
from cxdesigner.analysis.rollup import ScopeKind, journey_scopes
from cxdesigner.model import CountIndicator, IndicatorRecord, Project
from cxdesigner.ui.i18n import QT_TRANSLATE_NOOP, translate
from cxdesigner.ui.numbers import format_number

_CONTEXT = "Indicators"

_LABELS: dict[str, str] = {
    "customers_at_start": QT_TRANSLATE_NOOP("Indicators", "Customers at the start"),
    "customers_lost": QT_TRANSLATE_NOOP("Indicators", "Customers lost"),
    "customers_at_end": QT_TRANSLATE_NOOP("Indicators", "Customers at the end"),
    "new_customers": QT_TRANSLATE_NOOP("Indicators", "New customers"),
    "referral_purchases": QT_TRANSLATE_NOOP("Indicators", "Purchases by referral"),
    "all_purchases": QT_TRANSLATE_NOOP("Indicators", "All purchases"),
    "purchases": QT_TRANSLATE_NOOP("Indicators", "Purchases over the relationship"),
    "purchase_value": QT_TRANSLATE_NOOP("Indicators", "Mean value of a purchase"),
    "sales_marketing_cost": QT_TRANSLATE_NOOP("Indicators", "Sales and marketing cost"),
    "customers_acquired": QT_TRANSLATE_NOOP("Indicators", "Customers acquired"),
    "total_resolution_time": QT_TRANSLATE_NOOP("Indicators",
                                               "Total resolution time (hours, days…)"),
    "requests_resolved": QT_TRANSLATE_NOOP("Indicators", "Requests resolved"),
}

_DECIMALS = {CountIndicator.LIFETIME_VALUE: 2, CountIndicator.ACQUISITION_COST: 2}


def input_label(name: str) -> str:
    """What an input counts, in the interface language (``score_7``: answers scoring 7)."""
    if name in SCORE_INPUTS:
        return translate("Indicators", "Answers scoring %1").replace(
            "%1", name.removeprefix("score_"))
    if name in _LABELS:
        return translate(_CONTEXT, _LABELS[name])
    return name


def record_inputs(record: IndicatorRecord) -> list[str]:
    """The inputs to show for a record: its indicator's, then any other it holds."""
    names = list(INPUTS[record.indicator])
    if record.indicator is CountIndicator.RETENTION:
        names.append("customers_lost")  # retention also reads churn's inputs
    return names + [name for name in record.inputs if name not in names]


def missing_inputs(record: IndicatorRecord) -> list[str]:
    """The inputs the record still needs (none when it can be computed or fails otherwise)."""
    inputs = record.inputs
    if record.indicator in (CountIndicator.LOYALTY_INDEX, CountIndicator.EMPLOYEE_ENGAGEMENT):
        return [] if any(name in inputs for name in SCORE_INPUTS) else list(SCORE_INPUTS)
    needed: tuple[str, ...] = INPUTS[record.indicator]
    if record.indicator is CountIndicator.RETENTION and not (
            "customers_at_end" in inputs or "new_customers" in inputs):
        needed = INPUTS[CountIndicator.CHURN] if "customers_lost" in inputs else needed
    return [name for name in needed if name not in inputs]


def value_text(result: CountResult) -> str:
    """The figure with its unit: ``12.5 %``, ``72 / 100``, ``1,250.5``; ``—`` when none."""
    if result.value is None:
        return "\u2014"
    text = format_number(result.value, _DECIMALS.get(result.indicator, 1))
    if result.unit == "%":
        return f"{text}\u00a0%"
    if result.unit == "/100":
        return f"{text} / 100"
    return text


def result_text(record: IndicatorRecord, result: CountResult) -> str:
    """The figure with its n (``12.5 % · n=126,400``), or why there is none."""
    if result.value is None:
        missing = missing_inputs(record)
        if record.indicator in (CountIndicator.LOYALTY_INDEX,
                                CountIndicator.EMPLOYEE_ENGAGEMENT) and missing:
            why = translate("Indicators", "missing the number of answers for each score 0-10")
        elif missing:
            why = translate("Indicators", "missing %1").replace(
                "%1", ", ".join(input_label(name) for name in missing))
        else:
            why = result.reason
        return translate("Indicators", "Not computed: %1").replace("%1", why)
    text = value_text(result)
    if result.n is not None:
        text += f" \u00b7 n={format_number(result.n, 0)}"
    return text



def scope_labels(project: Project) -> list[tuple[str, str, ScopeKind]]:
    """Every journey, stage and touchpoint as (id, "Journey ▸ Stage ▸ Step", kind)."""
    labels: list[tuple[str, str, ScopeKind]] = []
    for journey in project.journeys:
        names: dict[str, str] = {}
        for scope in journey_scopes(journey):
            within = " \u25b8 ".join(names[i] for i in reversed(scope.within) if i in names)
            names[scope.id] = scope.name
            labels.append((scope.id, f"{within} \u25b8 {scope.name}" if within else scope.name,
                           scope.kind))
    return labels

