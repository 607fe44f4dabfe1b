"""Barometer scorecards: criteria scored out of 10 per journey or stage, and current vs target.

Definitions, as the numbers are meant to be checked by hand:

- **the client's own scorecards**: those that name no player, and those of the player
  marked as the client's brand; a competitor's scorecards are read by the sector benchmark
  (:mod:`cxdesigner.analysis.benchmark`), never here.
- **criterion score of a scope** (a journey or a stage): the mean of the scores given to
  that criterion by the client's scorecards on the scope (several assessors may each fill
  one, in any wave); criteria are matched by :func:`criterion_key`: by folded name (case,
  accents and spacing ignored, so "Émotionnel" and "emotionnel" are one criterion), and a
  default criterion by its name in either language ("Émotionnel" and "Emotional"); they
  are listed in order of first appearance, named as first written (in a document, a default
  criterion takes its name in the document's language: :func:`criterion_name`); unset scores
  are left out, ``n`` says how many count.
- **mean of a scope**: the mean of its criterion scores that are set, each criterion
  counting once however many scorecards scored it; None when none is set.
- **current vs target**: a target journey is compared with the journey its
  ``improves_journey_id`` names; the journey scopes are paired, then the stages by folded
  name (:func:`cxdesigner.analysis.comparison.pair_stages`); a criterion's **gain** is
  target minus current, None when either side has no score.

The default criteria (:data:`DEFAULT_CRITERIA`) are the six axes on which sector
barometers score an experience out of 10 to compare the players of a sector:

- *functional* — does the experience do what it promised, reliably: the expected minimum;
- *cognitive* — is it easy to understand and to do, how much mental effort it asks;
- *emotional* — how the customer feels, the counterpart of the emotion curve;
- *sensorial* — what the customer sees, hears, touches and smells: the place, its
  atmosphere, the look and feel of a website or an app;
- *relational* — the quality of the contact with the company's people: listening,
  empathy, personalisation; maps track interlocutors and hand-offs, so it is observable;
- *societal* — responsibility, ethics, inclusion and environmental care, which weigh on
  the brand beyond the single interaction.

Why sensorial is the sixth: the barometers were first run on hypermarkets, cinemas,
hairdressers and DIY stores, places whose experience is first perceived through the
senses (light, noise, cleanliness, the comfort of a seat); the studies of customer
experience name the same six components (sensorial, emotional, cognitive, pragmatic,
relational, lifestyle), and none of the five earlier criteria says whether a shop or a
screen is pleasant to be in. Users may still rename, add or remove criteria on any
scorecard; the definitions are shown where a criterion is scored.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Literal

from cxdesigner.analysis.comparison import pair_stages
from cxdesigner.model import CriterionScore, Journey, Project, Scorecard, Stage
from cxdesigner.model.text import fold


@dataclass(frozen=True)
class DefaultCriterion:
    """A criterion of the barometer as it comes by default, named and defined in French and
    English."""

    french: str
    english: str
    definition_fr: str
    definition_en: str

    def name(self, language: str) -> str:
        return self.french if language == "fr" else self.english

    def definition(self, language: str) -> str:
        return self.definition_fr if language == "fr" else self.definition_en


DEFAULT_CRITERIA: tuple[DefaultCriterion, ...] = (
    DefaultCriterion(
        "Fonctionnel", "Functional",
        "L’expérience fait-elle ce qu’elle promet, de façon fiable : le minimum attendu.",
        "Does the experience do what it promises, reliably: the expected minimum."),
    DefaultCriterion(
        "Cognitif", "Cognitive",
        "Est-ce simple à comprendre et à faire ? Quel effort mental cela demande-t-il ?",
        "Is it easy to understand and to do? How much mental effort does it ask?"),
    DefaultCriterion(
        "Émotionnel", "Emotional",
        "Ce que le client ressent : plaisir, confiance, ou stress et frustration.",
        "How the customer feels: pleasure and confidence, or stress and frustration."),
    DefaultCriterion(
        "Sensoriel", "Sensorial",
        "Ce que le client voit, entend, touche et sent : le lieu, son ambiance, "
        "l’aspect du site ou de l’application.",
        "What the customer sees, hears, touches and smells: the place, its atmosphere, the "
        "look and feel of the website or app."),
    DefaultCriterion(
        "Relationnel", "Relational",
        "La qualité du contact avec les personnes : écoute, empathie, personnalisation.",
        "The quality of the contact with people: listening, empathy, personalisation."),
    DefaultCriterion(
        "Sociétal", "Societal",
        "Ce que la marque représente au-delà de l’échange : responsabilité, éthique, "
        "inclusion, environnement.",
        "What the brand stands for beyond the exchange: responsibility, ethics, inclusion, "
        "the environment."),
)
"""The default criteria, in the order they are scored; the module docstring says why these."""

_DEFAULT_KEYS: dict[str, int] = {fold(name): index
                                 for index, criterion in enumerate(DEFAULT_CRITERIA)
                                 for name in (criterion.french, criterion.english)}

ScopeKind = Literal["journey", "stage"]


def default_criteria(language: str) -> list[str]:
    """The default criteria's names in ``language`` ("fr", else English)."""
    return [criterion.name(language) for criterion in DEFAULT_CRITERIA]


def criterion_key(name: str) -> str:
    """What two criteria written differently share when they are one: the folded name, and
    for a default criterion its place among the defaults, whichever language names it."""
    index = _DEFAULT_KEYS.get(fold(name))
    return f"default:{index}" if index is not None else f"own:{fold(name)}"


def criterion_name(name: str, language: str | None) -> str:
    """A criterion's name for a document in ``language``: a default criterion's name in that
    language, the user's own as written (and any name as written when ``language`` is
    None)."""
    index = _DEFAULT_KEYS.get(fold(name)) if language is not None else None
    return DEFAULT_CRITERIA[index].name(language) if index is not None and language else name


def criterion_definition(name: str, language: str) -> str:
    """The definition of a default criterion in ``language``; empty for the user's own."""
    index = _DEFAULT_KEYS.get(fold(name))
    return DEFAULT_CRITERIA[index].definition(language) if index is not None else ""


def client_id(project: Project) -> str | None:
    """The player marked as the client's brand, if any."""
    return next((player.id for player in project.players if player.client), None)


def own_scorecards(project: Project) -> list[Scorecard]:
    """The client's own scorecards (see the module's definitions), in project order."""
    client = client_id(project)
    return [card for card in project.scorecards
            if card.player_id is None or card.player_id == client]


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
    """The barometer of one scope from the client's own scorecards on it."""
    cards = [card for card in own_scorecards(project) if card.scope_id == scope_id]
    names: dict[str, str] = {}  # key -> as first written
    scores: dict[str, list[float]] = {}
    for card in cards:
        for entry in card.scores:
            key = criterion_key(entry.criterion)
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
    before = {criterion_key(c.criterion): c for c in current.criteria} if current else {}
    after = {criterion_key(c.criterion): c for c in target.criteria} if target else {}
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
