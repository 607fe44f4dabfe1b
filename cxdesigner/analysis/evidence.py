"""The research plan: the critical moments that still rest on a hypothesis, the first to
check first, and how many steps rest on each level of evidence.

The level of each step (set by hand, or suggested from what is attached) is worked out by
:mod:`cxdesigner.model.evidence`.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace

from cxdesigner.model import Criticality, Evidence, Journey, MomentOfTruth, Project, Touchpoint
from cxdesigner.model.evidence import (
    MEASURED_FROM,
    STAFF_SOURCES,
    EvidenceBasis,
    EvidenceIndex,
    stronger,
    suggest,
)

__all__ = ["MEASURED_FROM", "STAFF_SOURCES", "EvidenceBasis", "EvidenceIndex",
           "HypothesisToCheck", "evidence_counts", "highest_criticality", "hypotheses_to_check",
           "is_critical_moment", "stronger", "suggest"]

_MOMENT_WEIGHT = {MomentOfTruth.CRITICAL: 3, MomentOfTruth.ESSENTIAL: 2, MomentOfTruth.WOW: 1,
                  MomentOfTruth.NONE: 0}
_CRITICALITY_WEIGHT = {Criticality.VERY_SENSITIVE: 2, Criticality.SENSITIVE: 1,
                       Criticality.LOW: 0}


@dataclass(frozen=True)
class HypothesisToCheck:
    """A critical moment that still rests on a hypothesis, with why it ranks where it does.

    Attributes:
        rank: 1 for the first to check.
        touchpoint_id: the touchpoint.
        stage_name: its stage.
        title: its title.
        moment: its moment of truth.
        criticality: its highest criticality, for any persona (None when unset).
        worst_severity: the severity of its worst pain point (0 when it has none).
        emotion: its emotion (None when unset).
        hypotheses: how many of its pain points are hypotheses too.
    """

    rank: int
    touchpoint_id: str
    stage_name: str
    title: str
    moment: MomentOfTruth
    criticality: Criticality | None
    worst_severity: int
    emotion: int | None
    hypotheses: int


def highest_criticality(touchpoint: Touchpoint) -> Criticality | None:
    """The touchpoint's criticality for the persona that feels it most (or its default)."""
    levels = [level for level in (touchpoint.criticality, *touchpoint.persona_criticality.values())
              if level is not None]
    return max(levels, key=_CRITICALITY_WEIGHT.__getitem__) if levels else None


def is_critical_moment(touchpoint: Touchpoint) -> bool:
    """A moment of truth (essential, critical or wow), or a very sensitive step."""
    return touchpoint.moment is not MomentOfTruth.NONE \
        or highest_criticality(touchpoint) is Criticality.VERY_SENSITIVE


def hypotheses_to_check(project: Project, journey: Journey,
                        index: EvidenceIndex | None = None) -> list[HypothesisToCheck]:
    """The journey's critical moments that still rest on a hypothesis, the first to check first.

    A critical moment is a moment of truth (essential, critical, wow) or a step very
    sensitive for some persona. They are ranked by (1) their moment: critical, then
    essential, then wow, then none; (2) their highest criticality, very sensitive first;
    (3) their worst pain point's severity; (4) their emotion, the lowest first (unset
    last); (5) their order on the map.
    """
    index = index or EvidenceIndex(project)
    found: list[tuple[tuple[int, ...], HypothesisToCheck]] = []
    for order, (stage, touchpoint) in enumerate(journey.touchpoints()):
        if not is_critical_moment(touchpoint) \
                or index.touchpoint(touchpoint) is not Evidence.HYPOTHESIS:
            continue
        criticality = highest_criticality(touchpoint)
        severity = max((irritant.severity for irritant in touchpoint.irritants), default=0)
        emotion = touchpoint.emotion
        key = (-_MOMENT_WEIGHT[touchpoint.moment],
               -(_CRITICALITY_WEIGHT[criticality] if criticality is not None else -1),
               -severity, emotion if emotion is not None else 99, order)
        hypotheses = sum(1 for irritant in touchpoint.irritants
                         if index.irritant(irritant, touchpoint) is Evidence.HYPOTHESIS)
        found.append((key, HypothesisToCheck(0, touchpoint.id, stage.name, touchpoint.title,
                                             touchpoint.moment, criticality, severity, emotion,
                                             hypotheses)))
    found.sort(key=lambda pair: pair[0])
    return [replace(item, rank=rank) for rank, (_, item) in enumerate(found, start=1)]


def evidence_counts(journey: Journey, index: EvidenceIndex) -> dict[Evidence, int]:
    """How many touchpoints of the journey rest on each level, every level listed."""
    counts = Counter(index.touchpoint(touchpoint) for _, touchpoint in journey.touchpoints())
    return {level: counts[level] for level in Evidence}
