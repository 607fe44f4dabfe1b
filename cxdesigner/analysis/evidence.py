"""How sure are we? The evidence level of each touchpoint and pain point, and what to check first.

A consultant may set a level by hand ("hypothesis", "reported", "observed", "measured");
where none is set, one is suggested from what is attached. The rule, from the strongest
level down (the first that holds is the suggestion):

- **measured**: the step has a KPI value, or at least :data:`MEASURED_FROM` (30) survey
  answers about it, or at least that many contacts logged at it;
- **observed**: it has some survey answers or logged contacts (fewer than 30: real
  customers, but not yet a measure), or a verbatim in the customer's own words (every
  source but the staff's: interviews, user tests, surveys, complaints, reviews, social
  networks, forums, focus groups, advisers' call, email and chat extracts);
- **reported**: it has a verbatim from staff (sales or maintenance staff, an employee's
  account of a moment of tension or a positive moment) or of another source;
- **hypothesis**: nothing is attached: the team believes it.

Only what is attached to the step itself counts: answers about its stage or journey, and
verbatims not yet attached to a touchpoint, say nothing of it. A pain point's level, when
not set by hand, is its touchpoint's (set by hand or suggested): it rests on the same
material.

The research plan starts with the critical moments that are still hypotheses
(:func:`hypotheses_to_check`).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace

from cxdesigner.model import (
    Criticality,
    Evidence,
    Irritant,
    Journey,
    MomentOfTruth,
    Project,
    Touchpoint,
    VerbatimSource,
)

MEASURED_FROM = 30
"""From this many survey answers, or logged contacts, a step counts as measured."""

STAFF_SOURCES = frozenset({VerbatimSource.SALES_STAFF, VerbatimSource.MAINTENANCE_STAFF,
                           VerbatimSource.EMPLOYEE, VerbatimSource.OTHER})
"""Sources of verbatims that report what staff (or an unnamed source) say, not what a
customer was heard to say."""

_STRENGTH = {level: index for index, level in enumerate(Evidence)}


def stronger(level: Evidence, other: Evidence) -> bool:
    """Whether ``level`` rests on stronger evidence than ``other``."""
    return _STRENGTH[level] > _STRENGTH[other]


@dataclass(frozen=True)
class EvidenceBasis:
    """What a touchpoint's suggested level rests on.

    Attributes:
        level: the suggested level.
        answers: survey answers about the touchpoint.
        contacts: contacts logged at it (each record counts its ``count``).
        kpis: KPI values on it.
        customer_verbatims: verbatims in a customer's own words.
        staff_verbatims: verbatims reported by staff (or of another source).
    """

    level: Evidence
    answers: int
    contacts: int
    kpis: int
    customer_verbatims: int
    staff_verbatims: int


def suggest(answers: int, contacts: int, kpis: int, customer_verbatims: int,
            staff_verbatims: int) -> Evidence:
    """The level the module's rule gives to a step with this much attached."""
    if kpis or answers >= MEASURED_FROM or contacts >= MEASURED_FROM:
        return Evidence.MEASURED
    if answers or contacts or customer_verbatims:
        return Evidence.OBSERVED
    if staff_verbatims:
        return Evidence.REPORTED
    return Evidence.HYPOTHESIS


class EvidenceIndex:
    """The evidence levels of one project's touchpoints and pain points.

    Counts the answers and contacts of each touchpoint once; a touchpoint's own content
    (verbatims, KPIs, a level set by hand) is read when it is asked about, so the index
    stays right while touchpoints are edited, until answers or contacts change.
    """

    def __init__(self, project: Project) -> None:
        self._answers = Counter(answer.scope_id for answer in project.answers)
        self._contacts: Counter[str] = Counter()
        for contact in project.contacts:
            if contact.touchpoint_id is not None:
                self._contacts[contact.touchpoint_id] += contact.count

    def basis(self, touchpoint: Touchpoint) -> EvidenceBasis:
        """What the touchpoint's suggested level rests on."""
        staff = sum(1 for verbatim in touchpoint.verbatims
                    if verbatim.source in STAFF_SOURCES or verbatim.employee_moment is not None)
        customer = len(touchpoint.verbatims) - staff
        answers = self._answers.get(touchpoint.id, 0)
        contacts = self._contacts.get(touchpoint.id, 0)
        kpis = len(touchpoint.kpis)
        return EvidenceBasis(suggest(answers, contacts, kpis, customer, staff), answers,
                             contacts, kpis, customer, staff)

    def suggested(self, touchpoint: Touchpoint) -> Evidence:
        """The level suggested from what is attached, whatever was set by hand."""
        return self.basis(touchpoint).level

    def touchpoint(self, touchpoint: Touchpoint) -> Evidence:
        """The touchpoint's level: set by hand, else suggested."""
        return touchpoint.evidence if touchpoint.evidence is not None \
            else self.suggested(touchpoint)

    def irritant(self, irritant: Irritant, touchpoint: Touchpoint) -> Evidence:
        """A pain point's level: set by hand, else its touchpoint's."""
        return irritant.evidence if irritant.evidence is not None \
            else self.touchpoint(touchpoint)


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
