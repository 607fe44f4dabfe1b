"""Read the values of spreadsheet cells: emotions, moments, criticality, numbers, dates, scales.

Each reader takes the stripped cell text and returns the value, or raises
:class:`CellError` with a sentence that says what was expected.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Collection, Mapping
from enum import StrEnum
from typing import TypeVar

from cxdesigner.io.csv_wording import CsvMessage, csv_message
from cxdesigner.model import (
    DEFAULT_SCALES,
    BlueprintLayer,
    Criticality,
    Evidence,
    MomentOfTruth,
    ScoreScale,
    SurveyIndicator,
)
from cxdesigner.model.limits import EMOTION_MAX, EMOTION_MIN, MAX_ID_CHARS
from cxdesigner.model.text import fold
from cxdesigner.vocabulary import label

MULTI_SEPARATOR = "|"
"""Separates several values in one cell."""

T = TypeVar("T")
E = TypeVar("E", bound=StrEnum)

_ID_PATTERN = re.compile(r"^[A-Za-z0-9_.:-]+$")

# Minus signs a spreadsheet or a keyboard may produce instead of "-".
_MINUS = str.maketrans({"\u2212": "-", "\u2013": "-", "\u2014": "-"})

_MOMENTS: dict[MomentOfTruth, tuple[str, ...]] = {
    MomentOfTruth.NONE: ("none", "aucun", "aucune", "non", "no", "-"),
    MomentOfTruth.ESSENTIAL: ("essential", "essentiel", "essentielle"),
    MomentOfTruth.CRITICAL: ("critical", "critique"),
    MomentOfTruth.WOW: ("wow", "waouh", "wahou", "waou", "whaou"),
}
_CRITICALITY: dict[Criticality, tuple[str, ...]] = {
    Criticality.VERY_SENSITIVE: ("very sensitive", "tres sensible"),
    Criticality.SENSITIVE: ("sensitive", "sensible"),
    Criticality.LOW: ("low", "neutral", "low/neutral", "bas", "neutre", "bas/neutre",
                      "faible"),
}
_LAYERS: dict[BlueprintLayer, tuple[str, ...]] = {
    BlueprintLayer.FRONT_STAGE: ("front stage", "front-stage", "front", "front office",
                                 "front-office", "frontstage"),
    BlueprintLayer.BACK_STAGE: ("back stage", "back-stage", "back", "back office",
                                "back-office", "backstage", "coulisses"),
    BlueprintLayer.SUPPORT: ("support", "support process", "support processes",
                             "processus support", "processus de support", "support systems"),
}
_CUSTOMER = ("", "customer", "client", "touchpoint", "point de contact", "parcours",
             "journey")
"""What a "layer" cell says of a touchpoint row (the customer's part of the map)."""
_EVIDENCE: dict[Evidence, tuple[str, ...]] = {
    Evidence.HYPOTHESIS: ("hypothesis", "hypothese", "assumed", "suppose"),
    Evidence.REPORTED: ("reported", "rapporte", "reported by staff", "rapporte par les equipes",
                        "staff", "equipes"),
    Evidence.OBSERVED: ("observed", "observe", "interview", "entretien", "test", "terrain"),
    Evidence.MEASURED: ("measured", "mesure", "survey", "enquete", "contact log"),
}
_REVERSED = ("inverse", "inversee", "reversed", "reverse", "lower is better",
             "plus bas = mieux")


class CellError(ValueError):
    """A cell's text is not a valid value; the message says what was expected.

    ``said`` is the message to word in the reader's language (a plain English sentence
    where no wording in other languages was written yet).
    """

    def __init__(self, message: str | CsvMessage) -> None:
        super().__init__(str(message))
        self.said: str | CsvMessage = message


def find_by_id_or_name(text: str, ids: Collection[str],
                       by_name: Mapping[str, list[tuple[str, str]]], missing: str | CsvMessage,
                       several: Callable[[int, str], str]) -> str:
    """The id ``text`` is, else the one id whose name (folded) it is.

    ``by_name`` holds, by folded name, each place's id and where it is in words.

    Raises:
        CellError: ``missing`` when nothing has that id or name, ``several(count, places)``
            when names are shared (the user must write the id).
    """
    if text in ids:
        return text
    found = by_name.get(fold(text), [])
    if len(found) == 1:
        return found[0][0]
    if not found:
        raise CellError(missing)
    raise CellError(several(len(found), "; ".join(where for _, where in found)))


def split_values(text: str) -> list[str]:
    """The non-empty values of a cell holding several, separated by ``|``."""
    return [part.strip() for part in text.split(MULTI_SEPARATOR) if part.strip()]


def _term(text: str) -> str:
    return re.sub(r"\s*/\s*", "/", fold(text.replace("_", " ")))


def read_id(text: str) -> str:
    """An identifier as the model accepts it."""
    if len(text) > MAX_ID_CHARS:
        raise CellError(csv_message("id_too_long", q_start=f"{text[:20]}…",
                                    limit=MAX_ID_CHARS))
    if not _ID_PATTERN.match(text):
        raise CellError(csv_message("id_characters", q_text=text))
    return text


def read_number(text: str) -> float:
    """A number written the English or the French way (``4.5``, ``4,5``, ``1 200``)."""
    cleaned = text.translate(_MINUS).replace("\u00a0", "").replace("\u202f", "").replace(" ", "")
    if cleaned.count(",") == 1 and "." not in cleaned:
        cleaned = cleaned.replace(",", ".")
    try:
        value = float(cleaned)
    except ValueError:
        raise CellError(csv_message("not_number", q_text=text)) from None
    if value != value or value in (float("inf"), float("-inf")):
        raise CellError(csv_message("not_number", q_text=text))
    return value


def read_emotion(text: str) -> int:
    """A whole number from -3 to +3."""
    wrong = CellError(csv_message("emotion", low=EMOTION_MIN, high=EMOTION_MAX, q_found=text))
    try:
        value = read_number(text)
    except CellError:
        raise wrong from None
    if value != int(value) or not EMOTION_MIN <= value <= EMOTION_MAX:
        raise wrong
    return int(value)


def _lookup(text: str, table: dict[T, tuple[str, ...]], what: str) -> T:
    wanted = _term(text)
    for value, words in table.items():
        if wanted in words:
            return value
    allowed = ", ".join(words[0] for words in table.values())
    raise CellError(csv_message("unknown_word", what=what, q_text=text, allowed=allowed))


def _with_labels(table: dict[E, tuple[str, ...]]) -> dict[E, tuple[str, ...]]:
    """``table``'s words and the vocabulary's labels, so that what the exports print reads back."""
    return {value: (*words, *(_term(label(value, language)) for language in ("en", "fr")))
            for value, words in table.items()}


_MOMENT_WORDS = _with_labels(_MOMENTS)
_LAYER_WORDS = _with_labels(_LAYERS)
_EVIDENCE_WORDS = _with_labels(_EVIDENCE)
_CRITICALITY_WORDS = _with_labels(_CRITICALITY)


def read_moment(text: str) -> MomentOfTruth:
    """A kind of moment of truth, in English or French; empty is none."""
    if not text:
        return MomentOfTruth.NONE
    return _lookup(text, _MOMENT_WORDS, "moment of truth")


def read_layer(text: str) -> BlueprintLayer | None:
    """The row of the service blueprint a spreadsheet row is about, in English or French;
    None for the customer's part of the map (a touchpoint): an empty cell, "customer"."""
    if _term(text) in _CUSTOMER:
        return None
    try:
        return _lookup(text, _LAYER_WORDS, "layer")
    except CellError:
        raise CellError(csv_message("unknown_layer", q_text=text)) from None


def read_evidence(text: str) -> Evidence:
    """An evidence level, in English or French."""
    return _lookup(text, _EVIDENCE_WORDS, "evidence level")


def read_criticality(text: str) -> Criticality:
    """A criticality, in English or French."""
    return _lookup(text, _CRITICALITY_WORDS, "criticality")


def read_date(text: str) -> dt.date:
    """A date as ``2024-03-12`` or ``12/03/2024`` (day first, as in French)."""
    try:
        if re.fullmatch(r"\d{4}-\d{1,2}-\d{1,2}", text):
            year, month, day = (int(part) for part in text.split("-"))
            return dt.date(year, month, day)
        if re.fullmatch(r"\d{1,2}/\d{1,2}/\d{4}", text):
            day, month, year = (int(part) for part in text.split("/"))
            return dt.date(year, month, day)
    except ValueError:
        raise CellError(csv_message("date_not_in_calendar", q_text=text)) from None
    raise CellError(csv_message("not_date", q_text=text))


PERCENT_CSAT_SCALE = ScoreScale(low=0, high=100, satisfied_from=80.0)
"""A CSAT given in percent: 0 to 100 %, satisfied from 80 % (4 out of 5 on the 1-5 scale)."""


def read_indicator(text: str) -> SurveyIndicator:
    """NPS, CSAT or CES, any case."""
    for indicator in SurveyIndicator:
        if fold(text) == indicator.value:
            return indicator
    raise CellError(csv_message("unknown_indicator", q_text=text))


def read_scale(text: str, indicator: SurveyIndicator) -> ScoreScale | None:
    """A scale such as ``1-5``, ``1 à 7`` or ``1-7 inverse`` (lower is better).

    A CSAT scale other than the usual 1-5 counts its top two answers as satisfied
    (bottom two when reversed). Returns None for the indicator's usual scale, which
    answers leave implicit.
    """
    match = re.fullmatch(r"(-?\d+)\s*(?:-|a|to|/|\.\.)\s*(-?\d+)\s*(.*)",
                         fold(text.translate(_MINUS)))
    if match is None:
        raise CellError(csv_message("not_scale", q_text=text))
    low, high, rest = int(match[1]), int(match[2]), match[3].strip()
    if rest and rest not in _REVERSED:
        raise CellError(csv_message("scale_after", q_text=text))
    if low >= high:
        raise CellError(csv_message("scale_order", q_text=text))
    higher_is_better = not rest
    if indicator is SurveyIndicator.NPS and ((low, high) != (0, 10) or not higher_is_better):
        raise CellError(csv_message("nps_scale", q_text=text))
    threshold: float | None = None
    usual = DEFAULT_SCALES[indicator]
    if indicator is SurveyIndicator.CSAT:
        if (low, high, higher_is_better) == (usual.low, usual.high, usual.higher_is_better):
            threshold = usual.satisfied_from
        elif (low, high, higher_is_better) == (0, 100, True):
            threshold = PERCENT_CSAT_SCALE.satisfied_from
        else:
            threshold = high - 1 if higher_is_better else low + 1
    scale = ScoreScale(low=low, high=high, higher_is_better=higher_is_better,
                       satisfied_from=threshold)
    return None if scale == usual else scale
