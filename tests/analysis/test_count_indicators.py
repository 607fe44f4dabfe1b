"""Indicators from counts, on worked examples; missing inputs and zeros give reasons."""

from __future__ import annotations

import pytest

from cxdesigner.analysis import INPUTS, count_indicator, record_result
from cxdesigner.model import CountIndicator, IndicatorRecord

C = CountIndicator


def test_churn() -> None:
    result = count_indicator(C.CHURN, {"customers_at_start": 2000, "customers_lost": 150})
    # 150 / 2000 * 100 = 7.5 %
    assert (result.value, result.n, result.unit) == (7.5, 2000, "%")


def test_retention_from_churn() -> None:
    result = count_indicator(C.RETENTION, {"customers_at_start": 2000, "customers_lost": 150})
    assert result.value == 92.5  # 100 - 7.5


def test_retention_direct_method() -> None:
    result = count_indicator(C.RETENTION, {"customers_at_start": 2000,
                                           "customers_at_end": 2100, "new_customers": 250})
    # still there from the start: 2100 - 250 = 1850; 1850 / 2000 * 100 = 92.5 %
    assert (result.value, result.n) == (92.5, 2000)


def test_referral_rate() -> None:
    result = count_indicator(C.REFERRAL_RATE, {"referral_purchases": 45, "all_purchases": 300})
    assert (result.value, result.n) == (15.0, 300)  # 45 / 300 * 100


def test_lifetime_value() -> None:
    result = count_indicator(C.LIFETIME_VALUE, {"purchases": 12, "purchase_value": 85.5})
    assert (result.value, result.n) == (1026.0, None)  # 12 * 85.5


def test_acquisition_cost() -> None:
    result = count_indicator(C.ACQUISITION_COST, {"sales_marketing_cost": 50_000,
                                                  "customers_acquired": 400})
    assert (result.value, result.n) == (125.0, 400)  # 50,000 / 400


def test_resolution_time() -> None:
    result = count_indicator(C.RESOLUTION_TIME, {"total_resolution_time": 960,
                                                 "requests_resolved": 320})
    assert (result.value, result.n) == (3.0, 320)  # 960 h / 320 requests


@pytest.mark.parametrize("indicator", [C.LOYALTY_INDEX, C.EMPLOYEE_ENGAGEMENT])
def test_points_indexes(indicator: CountIndicator) -> None:
    result = count_indicator(indicator, {"score_10": 3, "score_8": 4, "score_5": 2,
                                         "score_0": 1})
    # points: 3 * 100 + 4 * 80 + 2 * 50 + 1 * 0 = 720, over 10 answers = 72 /100
    assert (result.value, result.n, result.unit) == (72.0, 10, "/100")


@pytest.mark.parametrize(("indicator", "inputs", "reason"), [
    (C.CHURN, {"customers_at_start": 0, "customers_lost": 0}, "customers_at_start is 0"),
    (C.CHURN, {"customers_at_start": 10}, "missing input customers_lost"),
    (C.CHURN, {"customers_at_start": 10, "customers_lost": 11}, "exceeds"),
    (C.CHURN, {"customers_at_start": 10, "customers_lost": -1}, "cannot be negative"),
    (C.RETENTION, {"customers_at_start": 0, "customers_at_end": 0, "new_customers": 0},
     "customers_at_start is 0"),
    (C.RETENTION, {"customers_at_start": 10, "customers_at_end": 5}, "new_customers"),
    (C.RETENTION, {"customers_at_start": 10, "customers_at_end": 30, "new_customers": 5},
     "must lie between 0 and customers_at_start"),
    (C.REFERRAL_RATE, {"referral_purchases": 0, "all_purchases": 0}, "all_purchases is 0"),
    (C.ACQUISITION_COST, {"sales_marketing_cost": 10, "customers_acquired": 0},
     "customers_acquired is 0"),
    (C.RESOLUTION_TIME, {"total_resolution_time": 10, "requests_resolved": 0},
     "requests_resolved is 0"),
    (C.LIFETIME_VALUE, {}, "missing input purchases, purchase_value (inputs given: none)"),
    (C.LOYALTY_INDEX, {"answers": 3}, "score_0 … score_10 (inputs given: answers)"),
    (C.EMPLOYEE_ENGAGEMENT, {"score_7": 0}, "the number of answers is 0"),
])
def test_refusals_give_a_reason_never_an_exception(indicator: CountIndicator,
                                                   inputs: dict[str, float],
                                                   reason: str) -> None:
    result = count_indicator(indicator, inputs)
    assert result.value is None
    assert reason in result.reason


def test_a_misspelt_input_is_named_in_the_reason() -> None:
    result = count_indicator(C.CHURN, {"customers_at_start": 100, "customer_lost": 5})
    assert result.reason == ("missing input customers_lost "
                             "(inputs given: customer_lost, customers_at_start)")


def test_every_indicator_has_documented_inputs() -> None:
    assert set(INPUTS) == set(CountIndicator)


def test_record_result() -> None:
    record = IndicatorRecord(scope_id="j", indicator=C.CHURN, period="2024",
                             inputs={"customers_at_start": 400, "customers_lost": 30})
    assert record_result(record).value == 7.5  # 30 / 400 * 100
