"""How sure are we? The evidence level of a touchpoint or a pain point: set by hand, or
suggested from what is attached.

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

The rule lives in the model, as the journey's path does: the map hatches what rests on a
hypothesis, and the map's drawing is loaded before the analysis is.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING

from cxdesigner.model.enums import Evidence, VerbatimSource
from cxdesigner.model.journey import Irritant, Touchpoint

if TYPE_CHECKING:
    from cxdesigner.model.project import Project

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
