"""Indicators computed from counts and totals (churn, retention, CLV…), never dividing by zero.

An :class:`~cxdesigner.model.IndicatorRecord` holds named ``inputs``; for one period and
one scope, each indicator needs these:

- churn: ``customers_at_start``, ``customers_lost``; lost / start * 100 (%).
- retention, direct method: ``customers_at_start``, ``customers_at_end``,
  ``new_customers``; (end - new) / start * 100 (%). Or from churn's two inputs:
  100 - churn (%).
- referral_rate: ``referral_purchases``, ``all_purchases``; referral / all * 100 (%).
- lifetime_value: ``purchases`` (over the relationship), ``purchase_value`` (the mean
  value of one); purchases * value.
- acquisition_cost: ``sales_marketing_cost``, ``customers_acquired``; cost / customers.
- resolution_time: ``total_resolution_time``, ``requests_resolved``; total / requests,
  in the unit of the total (hours, days…).
- loyalty_index and employee_engagement: ``score_0`` … ``score_10``, how many people
  answered each score of a 0-10 question; the mean of the points, out of 100.

For the two indexes each 0-10 answer is worth ten times its score in points (7 -> 70),
and the index is the mean of the points, from 0 to 100; a score nobody gave may be left
out. ``n`` is what the figure rests on: the customers at the start, all purchases,
customers acquired, requests resolved, answers; none for the lifetime value. A missing
input, a negative count or a zero denominator gives no value and a ``reason``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from cxdesigner.model import CountIndicator, IndicatorRecord

SCORE_INPUTS = tuple(f"score_{points}" for points in range(11))

INPUTS: dict[CountIndicator, tuple[str, ...]] = {
    CountIndicator.CHURN: ("customers_at_start", "customers_lost"),
    CountIndicator.RETENTION: ("customers_at_start", "customers_at_end", "new_customers"),
    CountIndicator.REFERRAL_RATE: ("referral_purchases", "all_purchases"),
    CountIndicator.LIFETIME_VALUE: ("purchases", "purchase_value"),
    CountIndicator.ACQUISITION_COST: ("sales_marketing_cost", "customers_acquired"),
    CountIndicator.RESOLUTION_TIME: ("total_resolution_time", "requests_resolved"),
    CountIndicator.LOYALTY_INDEX: SCORE_INPUTS,
    CountIndicator.EMPLOYEE_ENGAGEMENT: SCORE_INPUTS,
}
"""The inputs each indicator reads (retention also accepts churn's inputs)."""

UNITS: dict[CountIndicator, str] = {
    CountIndicator.CHURN: "%",
    CountIndicator.RETENTION: "%",
    CountIndicator.REFERRAL_RATE: "%",
    CountIndicator.LIFETIME_VALUE: "",
    CountIndicator.ACQUISITION_COST: "",
    CountIndicator.RESOLUTION_TIME: "",
    CountIndicator.LOYALTY_INDEX: "/100",
    CountIndicator.EMPLOYEE_ENGAGEMENT: "/100",
}
"""The unit of each value; empty where it is the unit of the inputs (money, hours…)."""


@dataclass(frozen=True, kw_only=True)
class CountResult:
    """An indicator computed from counts.

    Attributes:
        indicator: which one.
        value: the figure, None when it cannot be computed (see ``reason``).
        n: what it rests on (customers, purchases, answers…), None where nothing does.
        unit: ``"%"``, ``"/100"``, or empty for the unit of the inputs.
        reason: why there is no value; empty when there is one.
    """

    indicator: CountIndicator
    value: float | None
    n: float | None
    unit: str
    reason: str = ""


class _RefusedError(Exception):
    """An input is missing or unusable; the message says which and why."""


def _need(inputs: Mapping[str, float], *names: str) -> list[float]:
    missing = [name for name in names if name not in inputs]
    if missing:
        given = ", ".join(sorted(inputs)) or "none"
        raise _RefusedError(f"missing input {', '.join(missing)} (inputs given: {given})")
    values = [inputs[name] for name in names]
    for name, value in zip(names, values, strict=True):
        if value < 0:
            raise _RefusedError(f"{name} cannot be negative (found {value:g})")
    return values


def _ratio(part: float, whole: float, whole_name: str) -> float:
    if whole == 0:
        raise _RefusedError(f"{whole_name} is 0, so there is nothing to divide by")
    return part / whole


def _churn(inputs: Mapping[str, float]) -> tuple[float, float | None]:
    start, lost = _need(inputs, "customers_at_start", "customers_lost")
    if lost > start:
        raise _RefusedError(f"customers_lost ({lost:g}) exceeds customers_at_start ({start:g})")
    return _ratio(lost, start, "customers_at_start") * 100, start


def _retention(inputs: Mapping[str, float]) -> tuple[float, float | None]:
    if "customers_at_end" in inputs or "new_customers" in inputs:
        # The direct method: the customers of the start still there at the end.
        start, end, new = _need(inputs, "customers_at_start", "customers_at_end",
                                "new_customers")
        kept = end - new
        if not 0 <= kept <= start:
            raise _RefusedError(f"customers_at_end - new_customers ({kept:g}) must lie between 0 "
                                f"and customers_at_start ({start:g})")
        return _ratio(kept, start, "customers_at_start") * 100, start
    churn, base = _churn(inputs)
    return 100 - churn, base


def _referral(inputs: Mapping[str, float]) -> tuple[float, float | None]:
    referral, purchases = _need(inputs, "referral_purchases", "all_purchases")
    if referral > purchases:
        raise _RefusedError(f"referral_purchases ({referral:g}) exceeds all_purchases "
                            f"({purchases:g})")
    return _ratio(referral, purchases, "all_purchases") * 100, purchases


def _lifetime_value(inputs: Mapping[str, float]) -> tuple[float, float | None]:
    purchases, value = _need(inputs, "purchases", "purchase_value")
    return purchases * value, None


def _acquisition_cost(inputs: Mapping[str, float]) -> tuple[float, float | None]:
    cost, customers = _need(inputs, "sales_marketing_cost", "customers_acquired")
    return _ratio(cost, customers, "customers_acquired"), customers


def _resolution_time(inputs: Mapping[str, float]) -> tuple[float, float | None]:
    total, requests = _need(inputs, "total_resolution_time", "requests_resolved")
    return _ratio(total, requests, "requests_resolved"), requests


def _points_index(inputs: Mapping[str, float]) -> tuple[float, float | None]:
    given = [name for name in SCORE_INPUTS if name in inputs]
    if not given:
        raise _RefusedError("missing inputs: how many answered each score, as score_0 … score_10 "
                            f"(inputs given: {', '.join(sorted(inputs)) or 'none'})")
    counts = dict(zip(given, _need(inputs, *given), strict=True))
    answers = sum(counts.values())
    points = sum(count * 10 * SCORE_INPUTS.index(name) for name, count in counts.items())
    return _ratio(points, answers, "the number of answers"), answers


_FORMULAS: dict[CountIndicator, Callable[[Mapping[str, float]], tuple[float, float | None]]] = {
    CountIndicator.CHURN: _churn,
    CountIndicator.RETENTION: _retention,
    CountIndicator.REFERRAL_RATE: _referral,
    CountIndicator.LIFETIME_VALUE: _lifetime_value,
    CountIndicator.ACQUISITION_COST: _acquisition_cost,
    CountIndicator.RESOLUTION_TIME: _resolution_time,
    CountIndicator.LOYALTY_INDEX: _points_index,
    CountIndicator.EMPLOYEE_ENGAGEMENT: _points_index,
}


def count_indicator(indicator: CountIndicator, inputs: Mapping[str, float]) -> CountResult:
    """``indicator`` computed from ``inputs`` (names in :data:`INPUTS`)."""
    try:
        value, n = _FORMULAS[indicator](inputs)
    except _RefusedError as refusal:
        return CountResult(indicator=indicator, value=None, n=None, unit=UNITS[indicator],
                           reason=str(refusal))
    return CountResult(indicator=indicator, value=value, n=n, unit=UNITS[indicator])


def record_result(record: IndicatorRecord) -> CountResult:
    """The indicator of ``record``, from its inputs."""
    return count_indicator(record.indicator, record.inputs)
