"""Rank a journey's pain points (irritants) and opportunities: what to fix first.

The score of an irritant, for one persona or for the defaults::

    score = severity * criticality weight * moment weight * emotion factor + votes

- **severity**: the irritant's own, 1 (minor) … 4 (blocking): the base of the score.
- **criticality weight** of its touchpoint: low / neutral 1, sensitive 2, very sensitive 3,
  unset 1 (nothing is known, so nothing is added).
- **moment weight**: no moment of truth 1, wow 1, essential 1.5, critical 2. A critical
  moment already causes bad reviews; an essential one is the expected minimum, failing it
  disappoints strongly; a pain in a wow moment spoils it but the step still delights.
- **emotion factor**: ``1 + max(0, -emotion) / 3``, unset 1. Only negative emotions raise
  it: -1 → 4/3, -2 → 5/3, -3 → 2; a step the customer enjoys does not make an irritant
  less urgent.
- **votes**: the workshop's dot votes, one point each, added after the product, so the
  room can lift an item the data rates low.

Without votes the score runs from 1 to 48 (4 * 3 * 2 * 2). Criticality and emotion are the
persona's own values where a touchpoint has them (:meth:`Touchpoint.criticality_for`,
:meth:`Touchpoint.emotion_for`). Equal scores keep the map order: stage by stage,
touchpoint by touchpoint, irritant by irritant. The arithmetic is exact (fractions), so
two scores that are equal on paper are equal here too. Opportunities are ranked by votes,
ties in map order.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from fractions import Fraction

from cxdesigner.model import Criticality, Journey, MomentOfTruth, Pillar

CRITICALITY_WEIGHTS: dict[Criticality | None, int] = {
    None: 1,
    Criticality.LOW: 1,
    Criticality.SENSITIVE: 2,
    Criticality.VERY_SENSITIVE: 3,
}
MOMENT_WEIGHTS: dict[MomentOfTruth, Fraction] = {
    MomentOfTruth.NONE: Fraction(1),
    MomentOfTruth.WOW: Fraction(1),
    MomentOfTruth.ESSENTIAL: Fraction(3, 2),
    MomentOfTruth.CRITICAL: Fraction(2),
}

SCORE_RULE: dict[str, str] = {
    "fr": ("Score d’un irritant = gravité (1 à 4) \u00d7 poids de criticité (bas/neutre ou non "
           "renseignée 1, sensible 2, très sensible 3) \u00d7 poids du moment de vérité (aucun ou "
           "waouh 1, essentiel 1,5, critique 2) \u00d7 facteur émotion (1 + émotion négative ÷ 3, "
           "soit 2 à -3\u00a0; 1 si l’émotion est positive, nulle ou non renseignée) + votes. "
           "À score égal, l’ordre de la carte."),
    "en": ("Pain point score = severity (1 to 4) \u00d7 criticality weight (low/neutral or "
           "unset 1, sensitive 2, very sensitive 3) \u00d7 moment-of-truth weight (none or wow 1, "
           "essential 1.5, critical 2) \u00d7 emotion factor (1 + negative emotion ÷ 3, so 2 at "
           "-3; 1 when the emotion is positive, neutral or unset) + votes. "
           "Equal scores keep the map order."),
}
"""The rule in one sentence per language, for a tooltip, the README or a report."""


SCORE_DECIMALS = 1
"""Every score is shown with exactly this many decimals (12.0, 8.3), in the panel and the
slides alike. Scores are multiples of 1/6, so one decimal still tells any two apart."""


def emotion_factor(emotion: int | None) -> Fraction:
    """``1 + max(0, -emotion) / 3``; 1 when the emotion is unset."""
    if emotion is None:
        return Fraction(1)
    return 1 + Fraction(max(0, -emotion), 3)


def pain_score(severity: int, criticality: Criticality | None, moment: MomentOfTruth,
               emotion: int | None, votes: int) -> Fraction:
    """The exact score of one irritant (see the module docstring)."""
    return (severity * CRITICALITY_WEIGHTS[criticality] * MOMENT_WEIGHTS[moment]
            * emotion_factor(emotion) + votes)


@dataclass(frozen=True)
class PainPoint:
    """An irritant with where it is, what weighed in its score, and its rank.

    Attributes:
        rank: 1 for the most urgent; equal scores get consecutive ranks in map order.
        score: the score as a number (``exact_score`` is the fraction it comes from).
        criticality: the touchpoint's criticality for the persona asked (None if unset).
        emotion: the touchpoint's emotion for the persona asked (None if unset).
    """

    rank: int
    score: float
    exact_score: Fraction
    irritant_id: str
    text: str
    severity: int
    votes: int
    pillars: tuple[Pillar, ...]
    stage_id: str
    stage_name: str
    touchpoint_id: str
    touchpoint_title: str
    criticality: Criticality | None
    moment: MomentOfTruth
    emotion: int | None


@dataclass(frozen=True)
class RankedOpportunity:
    """An opportunity with where it is and its rank by votes."""

    rank: int
    votes: int
    opportunity_id: str
    text: str
    pillars: tuple[Pillar, ...]
    stage_id: str
    stage_name: str
    touchpoint_id: str
    touchpoint_title: str


def rank_pain_points(journey: Journey, persona_id: str | None = None) -> tuple[PainPoint, ...]:
    """Every irritant of ``journey``, highest score first (the module docstring says how).

    Args:
        journey: the journey to rank.
        persona_id: weigh each step with this persona's criticality and emotion where the
            touchpoint has its own values for it; None uses the touchpoints' defaults.
    """
    found: list[tuple[Fraction, PainPoint]] = []
    for stage, touchpoint in journey.touchpoints():
        criticality = touchpoint.criticality_for(persona_id)
        emotion = touchpoint.emotion_for(persona_id)
        for irritant in touchpoint.irritants:
            exact = pain_score(irritant.severity, criticality, touchpoint.moment, emotion,
                               irritant.votes)
            found.append((exact, PainPoint(
                rank=0, score=float(exact), exact_score=exact, irritant_id=irritant.id,
                text=irritant.text, severity=irritant.severity, votes=irritant.votes,
                pillars=tuple(irritant.pillars), stage_id=stage.id, stage_name=stage.name,
                touchpoint_id=touchpoint.id, touchpoint_title=touchpoint.title,
                criticality=criticality, moment=touchpoint.moment, emotion=emotion)))
    # sorted() is stable: equal scores stay in the map order they were found in.
    ranked = sorted(found, key=lambda item: -item[0])
    return tuple(replace(point, rank=rank) for rank, (_, point) in enumerate(ranked, start=1))


def rank_opportunities(journey: Journey) -> tuple[RankedOpportunity, ...]:
    """Every opportunity of ``journey``, most votes first, ties in map order."""
    found = [(stage, touchpoint, opportunity) for stage, touchpoint in journey.touchpoints()
             for opportunity in touchpoint.opportunities]
    ranked = sorted(found, key=lambda item: -item[2].votes)
    return tuple(
        RankedOpportunity(rank=rank, votes=opportunity.votes, opportunity_id=opportunity.id,
                          text=opportunity.text, pillars=tuple(opportunity.pillars),
                          stage_id=stage.id, stage_name=stage.name,
                          touchpoint_id=touchpoint.id, touchpoint_title=touchpoint.title)
        for rank, (stage, touchpoint, opportunity) in enumerate(ranked, start=1))
