"""Moments of truth, mean emotion and criticality per stage, per persona."""

from __future__ import annotations

from collections.abc import Callable

from cxdesigner.analysis import (
    criticality_by_persona,
    criticality_by_stage,
    emotion_by_stage,
    journey_personas,
    moment_counts,
)
from cxdesigner.model import Criticality, Journey, MomentOfTruth

JourneyOf = Callable[..., Journey]  # the journey_of fixture of conftest.py

LOW, SENS, VERY = Criticality.LOW, Criticality.SENSITIVE, Criticality.VERY_SENSITIVE


def sample(journey_of: JourneyOf) -> Journey:
    # S1: a (+2), b (-1), c (unset)      S2: d (unset)      S3: e (-3), f (+3)
    # persona p: own emotion -3 on a, own criticality "very sensitive" on b
    return journey_of(
        {"S1": ["a", "b", "c"], "S2": ["d"], "S3": ["e", "f"]}, "",
        {"a": {"emotion": 2, "persona_emotions": {"p": -3}, "moment": MomentOfTruth.CRITICAL,
               "criticality": SENS},
         "b": {"emotion": -1, "moment": MomentOfTruth.CRITICAL, "criticality": LOW,
               "persona_criticality": {"p": VERY}},
         "c": {"moment": MomentOfTruth.WOW},
         "e": {"emotion": -3, "criticality": VERY},
         "f": {"emotion": 3, "moment": MomentOfTruth.ESSENTIAL, "criticality": LOW}})


def test_moment_counts(journey_of: JourneyOf) -> None:
    # critical: a, b · wow: c · essential: f · d and e are not moments of truth.
    assert moment_counts(sample(journey_of)) == {
        MomentOfTruth.ESSENTIAL: 1, MomentOfTruth.CRITICAL: 2, MomentOfTruth.WOW: 1}


def test_mean_emotion_per_stage_ignores_unset(journey_of: JourneyOf) -> None:
    result = emotion_by_stage(sample(journey_of))
    # S1: (2 + -1) / 2 = 0.5, c unset · S2: nothing set · S3: (-3 + 3) / 2 = 0
    assert [(s.stage_name, s.mean, s.rated, s.touchpoints) for s in result] == [
        ("S1", 0.5, 2, 3), ("S2", None, 0, 1), ("S3", 0.0, 2, 2)]


def test_mean_emotion_for_a_persona_uses_its_own_values_first(journey_of: JourneyOf) -> None:
    result = emotion_by_stage(sample(journey_of), "p")
    # S1 for p: a is -3 (its own), b falls back to -1: (-3 + -1) / 2 = -2
    assert [s.mean for s in result] == [-2.0, None, 0.0]


def test_criticality_per_stage_is_its_most_sensitive_touchpoint(journey_of: JourneyOf) -> None:
    result = criticality_by_stage(sample(journey_of))
    # S1: a sensitive, b low -> sensitive · S2: unset · S3: e very sensitive, f low
    assert [s.highest for s in result] == [SENS, None, VERY]
    assert result[0].counts == {LOW: 1, SENS: 1, VERY: 0}


def test_criticality_per_persona(journey_of: JourneyOf) -> None:
    journey = sample(journey_of)
    assert journey_personas(journey) == ["p"]  # found on the touchpoints
    result = criticality_by_persona(journey)
    assert list(result) == [None, "p"]
    # For p, b is very sensitive (its own value): S1 becomes very sensitive.
    assert [s.highest for s in result["p"]] == [VERY, None, VERY]
    assert result["p"][0].counts == {LOW: 0, SENS: 1, VERY: 1}


def test_journey_personas_come_first_in_their_order(journey_of: JourneyOf) -> None:
    journey = sample(journey_of).model_copy(update={"persona_ids": ["q", "p"]})
    assert journey_personas(journey) == ["q", "p"]
