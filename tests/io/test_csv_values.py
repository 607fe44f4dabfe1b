"""Reading cell values: emotions, moments, criticality, numbers, dates, scales, ids."""

from __future__ import annotations

import datetime as dt

import pytest

from cxdesigner.io.csv_values import (
    CellError,
    read_criticality,
    read_date,
    read_emotion,
    read_id,
    read_indicator,
    read_moment,
    read_number,
    read_scale,
    split_values,
)
from cxdesigner.model import Criticality, MomentOfTruth, ScoreScale, SurveyIndicator
from cxdesigner.vocabulary import label


@pytest.mark.parametrize(("text", "value"), [
    ("3", 3), ("+2", 2), ("-3", -3), ("\u22122", -2), ("0", 0), ("1.0", 1), ("-1,0", -1)])
def test_emotions(text: str, value: int) -> None:
    assert read_emotion(text) == value


@pytest.mark.parametrize("text", ["7", "-4", "1.5", "good"])
def test_bad_emotions(text: str) -> None:
    with pytest.raises(CellError, match=r"whole number from -3 to \+3"):
        read_emotion(text)


@pytest.mark.parametrize(("text", "moment"), [
    ("", MomentOfTruth.NONE), ("Essentiel", MomentOfTruth.ESSENTIAL),
    ("critique", MomentOfTruth.CRITICAL), ("WAOUH", MomentOfTruth.WOW),
    ("wow", MomentOfTruth.WOW), ("Critical", MomentOfTruth.CRITICAL)])
def test_moments(text: str, moment: MomentOfTruth) -> None:
    assert read_moment(text) == moment


def test_unknown_moment() -> None:
    with pytest.raises(CellError, match="unknown moment of truth 'top'"):
        read_moment("top")


@pytest.mark.parametrize(("text", "level"), [
    ("Très sensible", Criticality.VERY_SENSITIVE), ("very sensitive", Criticality.VERY_SENSITIVE),
    ("Sensible", Criticality.SENSITIVE), ("bas / neutre", Criticality.LOW),
    ("Neutre", Criticality.LOW), ("neutral", Criticality.LOW), ("BAS", Criticality.LOW)])
def test_criticality(text: str, level: Criticality) -> None:
    assert read_criticality(text) == level


@pytest.mark.parametrize("language", ["fr", "en"])
def test_the_labels_the_exports_print_read_back(language: str) -> None:
    for moment in MomentOfTruth:
        assert read_moment(label(moment, language)) is moment
    for level in Criticality:
        assert read_criticality(label(level, language)) is level


def test_numbers_the_french_way() -> None:
    assert read_number("4,5") == 4.5
    assert read_number("1\u202f200") == 1200
    with pytest.raises(CellError):
        read_number("nan")


def test_dates() -> None:
    assert read_date("2024-03-12") == dt.date(2024, 3, 12)
    assert read_date("12/03/2024") == dt.date(2024, 3, 12)  # day first
    with pytest.raises(CellError, match="not a date of the calendar"):
        read_date("31/02/2024")
    with pytest.raises(CellError, match="2024-03-12 or 12/03/2024"):
        read_date("March 12")


def test_scales() -> None:
    csat, ces, nps = SurveyIndicator.CSAT, SurveyIndicator.CES, SurveyIndicator.NPS
    assert read_scale("1-5", csat) is None  # the usual CSAT scale
    assert read_scale("0 - 10", nps) is None
    assert read_scale("1 à 7", csat) == ScoreScale(low=1, high=7, satisfied_from=6)  # top two
    assert read_scale("1-7 inversé", csat) == ScoreScale(low=1, high=7, higher_is_better=False,
                                                         satisfied_from=2)
    assert read_scale("1–7", ces) == ScoreScale(low=1, high=7)
    with pytest.raises(CellError, match="NPS answer is always on the 0-10 scale"):
        read_scale("1-5", nps)
    with pytest.raises(CellError, match="from its low end"):
        read_scale("5-1", ces)
    with pytest.raises(CellError, match="written like 1-5"):
        read_scale("five", ces)


def test_ids_indicators_and_lists() -> None:
    assert read_id("T-01.a") == "T-01.a"
    with pytest.raises(CellError, match="letters, digits"):
        read_id("T 01")
    assert read_indicator(" NPS ".strip()) is SurveyIndicator.NPS
    with pytest.raises(CellError, match="nps, csat or ces"):
        read_indicator("ces2")
    assert split_values(" a | b ||c ") == ["a", "b", "c"]
