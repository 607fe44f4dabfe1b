"""Per-stage figures of a journey: moments of truth, mean emotion, criticality per persona."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from cxdesigner.model import Criticality, Journey, MomentOfTruth

_SEVERITY = {Criticality.LOW: 0, Criticality.SENSITIVE: 1, Criticality.VERY_SENSITIVE: 2}


def moment_counts(journey: Journey) -> dict[MomentOfTruth, int]:
    """How many touchpoints are each kind of moment of truth (essential, critical, wow)."""
    counts = Counter(touchpoint.moment for _, touchpoint in journey.touchpoints())
    return {kind: counts[kind] for kind in MomentOfTruth if kind is not MomentOfTruth.NONE}


def journey_personas(journey: Journey) -> list[str]:
    """The journey's personas, then any other persona a touchpoint has its own values for."""
    found = list(journey.persona_ids)
    for _, touchpoint in journey.touchpoints():
        found += [*touchpoint.persona_emotions, *touchpoint.persona_criticality]
    return list(dict.fromkeys(found))


@dataclass(frozen=True)
class StageEmotion:
    """The mean emotion of a stage: unset emotions are left out, ``rated`` says how many count.

    Attributes:
        stage_id: the stage.
        stage_name: its name.
        mean: the mean of the set emotions (-3 … +3), None when none is set.
        rated: how many touchpoints have an emotion (the n of the mean).
        touchpoints: how many touchpoints the stage has.
    """

    stage_id: str
    stage_name: str
    mean: float | None
    rated: int
    touchpoints: int


def emotion_by_stage(journey: Journey, persona_id: str | None = None) -> list[StageEmotion]:
    """The mean emotion of each stage, for ``persona_id`` when given.

    A persona's emotion is its own value where a touchpoint has one, else the
    touchpoint's (:meth:`Touchpoint.emotion_for`).
    """
    result = []
    for stage in journey.stages:
        values = [emotion for touchpoint in stage.touchpoints
                  if (emotion := touchpoint.emotion_for(persona_id)) is not None]
        mean = sum(values) / len(values) if values else None
        result.append(StageEmotion(stage.id, stage.name, mean, len(values),
                                   len(stage.touchpoints)))
    return result


@dataclass(frozen=True)
class StageCriticality:
    """How sensitive a stage is for one persona.

    A stage has no criticality of its own in the model; it is read from its touchpoints.

    Attributes:
        stage_id: the stage.
        stage_name: its name.
        highest: the most sensitive criticality of its touchpoints (a stage is as
            sensitive as its most sensitive step), None when none is set.
        counts: how many touchpoints have each criticality, every level listed.
    """

    stage_id: str
    stage_name: str
    highest: Criticality | None
    counts: dict[Criticality, int]


def criticality_by_stage(journey: Journey,
                         persona_id: str | None = None) -> list[StageCriticality]:
    """The criticality of each stage, for ``persona_id`` when given (else the defaults)."""
    result = []
    for stage in journey.stages:
        levels = [level for touchpoint in stage.touchpoints
                  if (level := touchpoint.criticality_for(persona_id)) is not None]
        counts = Counter(levels)
        highest = max(levels, key=_SEVERITY.__getitem__) if levels else None
        result.append(StageCriticality(stage.id, stage.name, highest,
                                       {level: counts[level] for level in Criticality}))
    return result


def criticality_by_persona(journey: Journey) -> dict[str | None, list[StageCriticality]]:
    """The criticality of each stage for each persona of the journey; key None = defaults."""
    personas: list[str | None] = [None, *journey_personas(journey)]
    return {persona: criticality_by_stage(journey, persona) for persona in personas}
