"""The vocabulary: a French and an English label for every member of every enum it names."""

from __future__ import annotations

import re
from enum import StrEnum

import pytest

import cxdesigner.model as model
import cxdesigner.model.enums as enums
from cxdesigner import vocabulary
from cxdesigner.model import (
    EMOTION_MAX,
    EMOTION_MIN,
    Criticality,
    EmployeeMoment,
    JourneyKind,
    Lane,
    MomentOfTruth,
    Sector,
    VerbatimSource,
)
from cxdesigner.vocabulary import (
    COVERED,
    SEVERITIES,
    emotion_label,
    employee_source_label,
    journey_kind_word,
    label,
    severity_label,
)

LANGUAGES = ("fr", "en")

MODEL_ENUMS = sorted({value for module in (model, enums) for value in vars(module).values()
                      if isinstance(value, type) and issubclass(value, StrEnum)
                      and value.__module__.startswith("cxdesigner.model")},
                     key=lambda enum: enum.__name__)
MEMBERS = [(member, language) for enum in COVERED for member in enum for language in LANGUAGES]


def test_every_enum_of_the_model_is_in_the_vocabulary() -> None:
    assert MODEL_ENUMS, "the model exports its enums"
    assert [enum for enum in MODEL_ENUMS if enum not in COVERED] == []


@pytest.mark.parametrize(("member", "language"), MEMBERS, ids=lambda v: str(v))
def test_every_member_has_a_label_in_both_languages(member: StrEnum, language: str) -> None:
    text = label(member, language)
    assert text.strip() == text
    assert text


@pytest.mark.parametrize("enum", COVERED, ids=lambda enum: enum.__name__)
@pytest.mark.parametrize("language", LANGUAGES)
def test_no_two_members_of_an_enum_share_a_label(enum: type[StrEnum], language: str) -> None:
    labels = [label(member, language) for member in enum]
    assert len(set(labels)) == len(labels)


def _french_texts() -> list[str]:
    texts = [label(member, "fr") for enum in COVERED for member in enum]
    texts += [severity_label(severity, "fr") for severity in SEVERITIES]
    texts += [emotion_label(emotion, "fr") for emotion in range(EMOTION_MIN, EMOTION_MAX + 1)]
    texts += [employee_source_label(moment, "fr") for moment in EmployeeMoment]
    texts += [journey_kind_word(kind, "fr") for kind in JourneyKind]
    return texts


def test_french_follows_french_typography() -> None:
    for text in _french_texts():
        assert "'" not in text, text
        # A no-break space before : ; ! ? (and never an ordinary one).
        assert not re.search(r"(?<!\u00a0)[:;!?]", text), text


def test_the_words_practitioners_use() -> None:
    assert label(MomentOfTruth.WOW, "fr") == "Waouh"
    assert label(MomentOfTruth.NONE, "en") == "Not a moment of truth"
    assert label(Criticality.LOW, "fr") == "Bas / neutre"
    assert label(Lane.EMOTION, "en") == "Emotion curve"
    assert label(Lane.IRRITANTS, "fr") == "Irritants"
    assert label(Lane.IRRITANTS, "en") == "Pain points"
    assert label(Sector.PUBLIC, "fr") == "Service public"
    assert label(VerbatimSource.ADVISER_CALL, "fr") == "Conseiller\u00a0: appel"
    assert journey_kind_word(JourneyKind.TARGET, "fr") == "cible"


def test_severities_and_emotions_read_with_their_words() -> None:
    assert [severity_label(s, "en") for s in SEVERITIES] == [
        "1 — minor", "2 — annoying", "3 — serious", "4 — blocking"]
    assert severity_label(4, "fr") == "4 — bloquant"
    assert emotion_label(-1, "en") == "\u22121 — slightly negative"
    assert emotion_label(0, "fr") == "0 — neutre"
    assert emotion_label(3, "fr") == "+3 — très positive"
    for emotion in range(EMOTION_MIN, EMOTION_MAX + 1):
        for language in LANGUAGES:
            assert vocabulary.emotion_word(emotion, language)


def test_an_employee_as_a_source_says_which_moment() -> None:
    assert employee_source_label(EmployeeMoment.TENSION, "en") == "Employee: moment of tension"
    assert employee_source_label(EmployeeMoment.POSITIVE, "fr") == (
        "Collaborateur\u00a0: moment positif")


def test_any_other_language_reads_english() -> None:
    assert label(MomentOfTruth.CRITICAL, "de") == "Critical"
    assert label(MomentOfTruth.CRITICAL, "") == "Critical"
    assert vocabulary.language_of("de") == "en"
    assert vocabulary.language_of("fr") == "fr"


def test_an_enum_the_vocabulary_does_not_name_is_an_error() -> None:
    class Unknown(StrEnum):
        THING = "thing"

    with pytest.raises(KeyError):
        label(Unknown.THING, "en")
