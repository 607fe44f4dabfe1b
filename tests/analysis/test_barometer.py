"""Barometer scorecards: means per scope and current vs target, worked out by hand."""

from __future__ import annotations

import pytest

from cxdesigner.analysis.barometer import (
    CriterionGain,
    CriterionSummary,
    compare_barometers,
    criterion_definition,
    criterion_key,
    default_criteria,
    improvement_pairs,
    journey_barometer,
    new_scorecard,
    scorecard_mean,
)
from cxdesigner.model import (
    CriterionScore,
    Journey,
    JourneyKind,
    Player,
    Project,
    Scorecard,
    Stage,
)


def _card(card_id: str, scope: str, **scores: float | None) -> Scorecard:
    names = {"fonc": "Fonctionnel", "fonc2": "fonctionnel", "cog": "Cognitif",
             "emo": "Émotionnel", "soc": "Sociétal", "rel": "Relationnel"}
    return Scorecard(id=card_id, scope_id=scope,
                     scores=[CriterionScore(criterion=names[key], score=value)
                             for key, value in scores.items()])


def _project() -> Project:
    current = Journey(id="J", name="Achat", stages=[Stage(id="sC", name="Commande"),
                                                    Stage(id="sL", name="Livraison")])
    target = Journey(id="T", name="Achat — cible", kind=JourneyKind.TARGET,
                     improves_journey_id="J",
                     stages=[Stage(id="tC", name="COMMANDE"), Stage(id="tR", name="Retour")])
    return Project(title="Baromètre", journeys=[current, target], scorecards=[
        _card("card1", "J", fonc=6.0, cog=4.0, emo=None),
        _card("card2", "J", fonc2=8.0, soc=5.0),
        _card("card3", "T", fonc=9.0, cog=7.0, emo=8.0),
        _card("card4", "sC", cog=3.0, emo=2.0),
        _card("card5", "tC", cog=8.0, rel=6.0),
        _card("card6", "tR", fonc=5.0),
    ])


def test_default_criteria_in_both_languages() -> None:
    assert default_criteria("fr") == ["Fonctionnel", "Cognitif", "Émotionnel", "Sensoriel",
                                      "Relationnel", "Sociétal"]
    assert default_criteria("en") == ["Functional", "Cognitive", "Emotional", "Sensorial",
                                      "Relational", "Societal"]
    assert criterion_definition("sensoriel", "en").startswith("What the customer sees, hears")
    assert criterion_definition("SENSORIAL", "fr").startswith("Ce que le client voit")
    assert criterion_definition("Prix", "fr") == ""  # the user's own has none
    card = new_scorecard("J", "en", name="2025")
    assert [(s.criterion, s.score) for s in card.scores][:2] == [("Functional", None),
                                                                 ("Cognitive", None)]
    assert scorecard_mean(card) is None


def test_scorecard_mean_leaves_unset_scores_out() -> None:
    assert scorecard_mean(_project().scorecards[0]) == 5.0  # (6 + 4) / 2, Émotionnel unset


def test_journey_barometer_merges_scorecards_of_a_scope() -> None:
    project = _project()
    journey, commande, livraison = journey_barometer(project, project.journeys[0])
    # card1 and card2: Fonctionnel (6 + 8) / 2 = 7 (n 2, "fonctionnel" folds the same),
    # Cognitif 4 (n 1), Émotionnel unset (n 0), Sociétal 5 (n 1).
    assert journey.criteria == (CriterionSummary("Fonctionnel", 7.0, 2),
                                CriterionSummary("Cognitif", 4.0, 1),
                                CriterionSummary("Émotionnel", None, 0),
                                CriterionSummary("Sociétal", 5.0, 1))
    # Mean of the set criteria, each once: (7 + 4 + 5) / 3 = 16/3.
    assert journey.mean == pytest.approx(16 / 3)
    assert (journey.scored, journey.scorecard_ids) == (3, ("card1", "card2"))
    assert (commande.scope_kind, commande.mean) == ("stage", 2.5)  # (3 + 2) / 2
    # A stage without a scorecard is still listed, empty.
    assert (livraison.scope_name, livraison.criteria, livraison.mean) == ("Livraison", (), None)


def test_current_against_target() -> None:
    project = _project()
    comparison = compare_barometers(project, "T")
    assert (comparison.current_journey_id, comparison.target_journey_id) == ("J", "T")
    journey, commande, retour, livraison = comparison.scopes
    # Journey: Fonctionnel 7 -> 9, Cognitif 4 -> 7, Émotionnel unset -> 8, Sociétal 5 -> none.
    assert journey.criteria == (CriterionGain("Fonctionnel", 7.0, 9.0, 2.0),
                                CriterionGain("Cognitif", 4.0, 7.0, 3.0),
                                CriterionGain("Émotionnel", None, 8.0, None),
                                CriterionGain("Sociétal", 5.0, None, None))
    assert journey.mean_gain == pytest.approx(8 - 16 / 3)  # (9 + 7 + 8) / 3 = 8
    # "Commande" pairs with "COMMANDE": Cognitif 3 -> 8, Émotionnel 2 -> none,
    # Relationnel only in the target; means 2.5 -> 7.
    assert commande.scope_name == "Commande"
    assert commande.criteria == (CriterionGain("Cognitif", 3.0, 8.0, 5.0),
                                 CriterionGain("Émotionnel", 2.0, None, None),
                                 CriterionGain("Relationnel", None, 6.0, None))
    assert commande.mean_gain == 4.5
    # "Retour" is only in the target (after Commande); "Livraison" only in the current.
    assert (retour.scope_name, retour.current, retour.mean_gain) == ("Retour", None, None)
    assert retour.criteria == (CriterionGain("Fonctionnel", None, 5.0, None),)
    assert (livraison.scope_name, livraison.target, livraison.criteria) == (
        "Livraison", None, ())


def test_only_a_target_journey_has_a_comparison() -> None:
    project = _project()
    with pytest.raises(ValueError, match="not a target journey"):
        compare_barometers(project, "J")
    assert [(a.id, b.id) for a, b in improvement_pairs(project)] == [("J", "T")]


def test_a_default_criterion_is_one_in_either_language() -> None:
    assert criterion_key("Émotionnel") == criterion_key(" emotional ") == "default:2"
    assert criterion_key("Prix") == criterion_key("PRIX") == "own:prix"
    assert criterion_key("default:2") != criterion_key("Emotional")
    project = _project()
    project.scorecards.append(Scorecard(scope_id="J", scores=[
        CriterionScore(criterion="Emotional", score=6.0)]))
    journey = journey_barometer(project, project.journeys[0])[0]
    # card1 leaves Émotionnel unset; the English card scores it: 6 (n 1), named as first written.
    assert journey.criteria[2] == CriterionSummary("Émotionnel", 6.0, 1)


def test_competitors_scores_stay_out_of_the_clients_barometer() -> None:
    project = _project()
    project.players = [Player(id="us", name="Nous", client=True),
                       Player(id="them", name="Eux")]
    project.scorecards += [
        Scorecard(scope_id="J", player_id="them", scores=[
            CriterionScore(criterion="Fonctionnel", score=1.0)]),
        Scorecard(scope_id="J", player_id="us", scores=[
            CriterionScore(criterion="Fonctionnel", score=10.0)])]
    journey = journey_barometer(project, project.journeys[0])[0]
    # card1 6, card2 8 and the client's own 10: (6 + 8 + 10) / 3 = 8; the 1 is not counted.
    assert journey.criteria[0] == CriterionSummary("Fonctionnel", 8.0, 3)
