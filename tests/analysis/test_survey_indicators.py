"""NPS, CSAT and CES from answers, on worked examples."""

from __future__ import annotations

import pytest

from cxdesigner.analysis import ces, csat, nps, survey_indicator
from cxdesigner.analysis.survey import describe_scale
from cxdesigner.model import ScoreScale, SurveyAnswer, SurveyIndicator

NPS, CSAT, CES = SurveyIndicator.NPS, SurveyIndicator.CSAT, SurveyIndicator.CES


def answers(indicator: SurveyIndicator, values: list[float],
            scale: ScoreScale | None = None) -> list[SurveyAnswer]:
    return [SurveyAnswer(scope_id="t", indicator=indicator, value=value, scale=scale)
            for value in values]


def test_nps() -> None:
    result = nps(answers(NPS, [10, 10, 9, 8, 7, 6, 2]))
    # promoters 10 10 9 = 3 · passives 8 7 = 2 · detractors 6 2 = 2 · n = 7
    # NPS = 3/7*100 - 2/7*100 = 100/7 = 14.2857…
    assert (result.promoters, result.passives, result.detractors, result.n) == (3, 2, 2, 7)
    assert result.value == pytest.approx(100 / 7)
    assert result.scale == ScoreScale(low=0, high=10)


def test_nps_bounds() -> None:
    assert nps(answers(NPS, [9, 10])).value == 100
    assert nps(answers(NPS, [0, 6])).value == -100
    assert nps(answers(NPS, [7, 8])).value == 0


def test_nps_without_answers_has_no_value_and_says_why() -> None:
    result = nps(answers(CSAT, [5]))  # answers of another indicator are not NPS answers
    assert (result.value, result.n, result.reason) == (None, 0, "no answers")


def test_csat_default_scale() -> None:
    result = csat(answers(CSAT, [5, 4, 3, 2, 4]))
    # 1-5, satisfied from 4: 5 4 4 satisfied = 3 of 5 = 60 %
    assert (result.value, result.n, result.satisfied) == (60.0, 5, 3)
    assert result.scale is not None and result.scale.satisfied_from == 4


def test_csat_on_another_scale_with_its_threshold() -> None:
    scale = ScoreScale(low=1, high=7, satisfied_from=6)
    result = csat(answers(CSAT, [7, 6, 5, 1], scale))
    # 7 and 6 are at or above 6: 2 of 4 = 50 %
    assert result.value == 50.0
    assert describe_scale(scale) == "1-7, satisfied from 6"


def test_csat_when_lower_is_better() -> None:
    scale = ScoreScale(low=1, high=5, higher_is_better=False, satisfied_from=2)
    result = csat(answers(CSAT, [1, 2, 3, 5], scale))
    # 1 and 2 are at or below 2: 2 of 4 = 50 %
    assert result.value == 50.0
    assert describe_scale(scale) == "1-5, lower is better, satisfied up to 2"


def test_csat_threshold_given_by_the_caller() -> None:
    scale = ScoreScale(low=1, high=10)
    refused = csat(answers(CSAT, [10, 8, 3], scale))
    assert refused.value is None and "satisfied" in refused.reason
    result = csat(answers(CSAT, [10, 8, 3], scale), satisfied_from=8)
    # 10 and 8 of 3 answers: 66.67 %
    assert result.value == pytest.approx(200 / 3)
    assert result.scale is not None and result.scale.satisfied_from == 8


def test_csat_refuses_mixed_scales() -> None:
    mixed = answers(CSAT, [5, 4]) + answers(CSAT, [7], ScoreScale(low=1, high=7,
                                                                  satisfied_from=6))
    result = csat(mixed)
    assert result.value is None and result.n == 3
    assert "1-5, satisfied from 4 (2 answers)" in result.reason
    assert "1-7, satisfied from 6 (1 answers)" in result.reason


def test_ces_keeps_its_scale() -> None:
    result = ces(answers(CES, [4, 3, 5, 6, 2]))
    # (4 + 3 + 5 + 6 + 2) / 5 = 20 / 5 = 4 on the default 1-10 scale
    assert (result.value, result.n) == (4.0, 5)
    assert result.scale == ScoreScale(low=1, high=10)


def test_ces_keeps_the_direction() -> None:
    scale = ScoreScale(low=1, high=7, higher_is_better=False)
    result = ces(answers(CES, [1, 2, 6], scale))
    assert result.value == 3.0  # (1 + 2 + 6) / 3
    assert result.scale is not None and not result.scale.higher_is_better


def test_ces_refuses_answers_on_different_scales() -> None:
    mixed = answers(CES, [4, 8]) + answers(CES, [3], ScoreScale(low=1, high=7))
    result = ces(mixed)
    assert result.value is None and result.scale is None and result.n == 3
    assert result.reason == ("answers on different scales cannot be put together: "
                             "1-10 (2 answers); 1-7 (1 answers)")


def test_ces_without_answers() -> None:
    assert ces([]).value is None


def test_survey_indicator_picks_the_answers_of_its_indicator() -> None:
    mixed = answers(NPS, [10, 0, 9]) + answers(CES, [5])
    assert survey_indicator(NPS, mixed).n == 3
    assert survey_indicator(CES, mixed).value == 5.0
    assert survey_indicator(CSAT, mixed).n == 0
