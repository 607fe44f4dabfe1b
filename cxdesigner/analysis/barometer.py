"""Barometer scorecards: criteria scored out of 10 per journey or stage, and current vs target.

Definitions, as the numbers are meant to be checked by hand:

- **criterion score of a scope** (a journey or a stage): the mean of the scores given to
  that criterion by the scope's scorecards (several assessors may each fill one);
  criteria are matched by folded name (case, accents and spacing ignored, so
  "Émotionnel" and "emotionnel" are one criterion) and listed in order of first
  appearance; unset scores are left out, ``n`` says how many count.
- **mean of a scope**: the mean of its criterion scores that are set, each criterion
  counting once however many scorecards scored it; None when none is set.
- **current vs target**: a target journey is compared with the journey its
  ``improves_journey_id`` names; the journey scopes are paired, then the stages by folded
  name (:func:`cxdesigner.analysis.comparison.pair_stages`); a criterion's **gain** is
  target minus current, None when either side has no score.

The default criteria (:data:`DEFAULT_CRITERIA`) follow the sector barometers that score an
experience on several axes out of 10 (cognitive, emotional, societal…), completed so
that every step of a map can be scored:

- *functional* — does the step do what it promised, reliably: the expected minimum;
- *cognitive* — is it easy to understand and to do, how much mental effort it asks;
- *emotional* — how the customer feels, the counterpart of the emotion curve;
- *relational* — the quality of the contact with the company's people: listening,
  empathy, personalisation; maps track interlocutors and hand-offs, so it is observable;
- *societal* — responsibility, ethics, inclusion and environmental care, which weigh on
  the brand beyond the single interaction.

Five criteria keep a scorecard quick to fill in a workshop and still separate what the
company does (functional), what it asks of the customer (cognitive), what the customer
feels (emotional), who they meet (relational) and what the brand stands for (societal).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Literal

from cxdesigner.analysis.comparison import pair_stages
from cxdesigner.model import CriterionScore, Journey, Project, Scorecard, Stage
from cxdesigner.model.text import fold

DEFAULT_CRITERIA: tuple[tuple[str, str], ...] = (
    ("Fonctionnel", "Functional"),
    ("Cognitif", "Cognitive"),
    ("Émotionnel", "Emotional"),
    ("Relationnel", "Relational"),
    ("Sociétal", "Societal"),
)
"""The default criteria as (French, English); the module docstring says why these."""

ScopeKind = Literal["journey", "stage"]


def default_criteria(language: str) -> list[str]:
    """The default criteria's names in ``language`` ("fr", else English)."""
    column = 0 if language == "fr" else 1
    return [names[column] for names in DEFAULT_CRITERIA]


def new_scorecard(scope_id: str, language: str, name: str = "") -> Scorecard:
    """A scorecard for a journey or stage with the default criteria, none scored yet."""
    return Scorecard(scope_id=scope_id, name=name,
                     scores=[CriterionScore(criterion=criterion)
                             for criterion in default_criteria(language)])


def _mean(values: Iterable[float]) -> float | None:
    found = list(values)
    return sum(found) / len(found) if found else None


def scorecard_mean(card: Scorecard) -> float | None:
    """The mean of a scorecard's set scores; None when none is set."""
    return _mean(score.score for score in card.scores if score.score is not None)


@dataclass(frozen=True)
class CriterionSummary:
    """One criterion of a scope: its mean score over the scope's scorecards, and the n."""

    criterion: str
    score: float | None
    n: int


@dataclass(frozen=True)
class ScopeBarometer:
    """The barometer of one journey or stage (see the module's definitions).

    Attributes:
        scope_id: the journey or stage.
        scope_kind: ``"journey"`` or ``"stage"``.
        scope_name: its name.
        scorecard_ids: the scorecards on this scope, in project order.
        criteria: every criterion any of them names, in order of first appearance.
        mean: the mean of the criterion scores that are set; None when none is.
        scored: how many criteria have a score (the n of the mean).
    """

    scope_id: str
    scope_kind: ScopeKind
    scope_name: str
    scorecard_ids: tuple[str, ...]
    criteria: tuple[CriterionSummary, ...]
    mean: float | None
    scored: int


def scope_barometer(project: Project, scope_id: str, scope_kind: ScopeKind,
                    scope_name: str) -> ScopeBarometer:
    """The barometer of one scope from the project's scorecards on it."""
    cards = [card for card in project.scorecards if card.scope_id == scope_id]
    names: dict[str, str] = {}  # folded -> as first written
    scores: dict[str, list[float]] = {}
    for card in cards:
        for entry in card.scores:
            key = fold(entry.criterion)
            names.setdefault(key, entry.criterion)
            scores.setdefault(key, [])
            if entry.score is not None:
                scores[key].append(entry.score)
    criteria = tuple(CriterionSummary(names[key], _mean(values), len(values))
                     for key, values in scores.items())
    set_scores = [c.score for c in criteria if c.score is not None]
    return ScopeBarometer(scope_id, scope_kind, scope_name, tuple(card.id for card in cards),
                          criteria, _mean(set_scores), len(set_scores))


def journey_barometer(project: Project, journey: Journey) -> tuple[ScopeBarometer, ...]:
    """The barometer of the journey as a whole, then of each stage in map order.

    Every stage is listed, with no criteria when it has no scorecard, so that a table of
    the journey has a column for each stage.
    """
    return (scope_barometer(project, journey.id, "journey", journey.name),
            *(scope_barometer(project, stage.id, "stage", stage.name)
              for stage in journey.stages))


@dataclass(frozen=True)
class CriterionGain:
    """One criterion in a current scope and its target counterpart; gain = target - current."""

    criterion: str
    current: float | None
    target: float | None
    gain: float | None


@dataclass(frozen=True)
class ScopeComparison:
    """A journey or a stage pair, current vs target; a side is None when the stage is absent.

    Attributes:
        scope_kind: ``"journey"`` or ``"stage"``.
        scope_name: the current scope's name, or the target's when only it exists.
        current: the current scope's barometer.
        target: the target scope's barometer.
        criteria: the criteria of either side, current's order first, paired by folded name.
        mean_gain: target mean minus current mean; None when either is None.
    """

    scope_kind: ScopeKind
    scope_name: str
    current: ScopeBarometer | None
    target: ScopeBarometer | None
    criteria: tuple[CriterionGain, ...]
    mean_gain: float | None


@dataclass(frozen=True)
class BarometerComparison:
    """The barometer of a target journey against the journey it improves."""

    current_journey_id: str
    target_journey_id: str
    scopes: tuple[ScopeComparison, ...]


def _gain(current: float | None, target: float | None) -> float | None:
    return target - current if current is not None and target is not None else None


def _compare_scopes(kind: ScopeKind, current: ScopeBarometer | None,
                    target: ScopeBarometer | None) -> ScopeComparison:
    before = {fold(c.criterion): c for c in current.criteria} if current is not None else {}
    after = {fold(c.criterion): c for c in target.criteria} if target is not None else {}
    criteria = []
    for key in dict.fromkeys([*before, *after]):
        old, new = before.get(key), after.get(key)
        named = old if old is not None else new
        assert named is not None  # the key comes from one side or the other
        old_score = old.score if old is not None else None
        new_score = new.score if new is not None else None
        criteria.append(CriterionGain(named.criterion, old_score, new_score,
                                      _gain(old_score, new_score)))
    side = current if current is not None else target
    assert side is not None  # a row always has at least one side
    return ScopeComparison(
        kind, side.scope_name, current, target, tuple(criteria),
        _gain(current.mean if current is not None else None,
              target.mean if target is not None else None))


def improvement_pairs(project: Project) -> list[tuple[Journey, Journey]]:
    """Every (improved journey, target journey) pair of the project, in target order."""
    journeys = {journey.id: journey for journey in project.journeys}
    return [(journeys[target.improves_journey_id], target) for target in project.journeys
            if target.improves_journey_id is not None
            and target.improves_journey_id in journeys]


def compare_barometers(project: Project, target_journey_id: str,
                       id_map: Mapping[str, str] | None = None) -> BarometerComparison:
    """The barometer of a target journey against the journey it improves.

    Args:
        project: the project.
        target_journey_id: a journey whose ``improves_journey_id`` is set.
        id_map: old id -> new id from ``make_target_journey``, to pair renamed stages.

    Raises:
        KeyError: no journey has this id.
        ValueError: the journey does not improve another journey.
    """
    target = project.journey(target_journey_id)
    if target.improves_journey_id is None:
        raise ValueError(f"the journey '{target.name}' is not a target journey of another "
                         "journey: choose the journey it improves first")
    current = project.journey(target.improves_journey_id)

    def stage_barometer(stage: Stage | None) -> ScopeBarometer | None:
        return (scope_barometer(project, stage.id, "stage", stage.name)
                if stage is not None else None)

    scopes = [_compare_scopes("journey",
                              scope_barometer(project, current.id, "journey", current.name),
                              scope_barometer(project, target.id, "journey", target.name))]
    scopes += [_compare_scopes("stage", stage_barometer(old), stage_barometer(new))
               for old, new in pair_stages(current, target, id_map)]
    return BarometerComparison(current.id, target.id, tuple(scopes))
