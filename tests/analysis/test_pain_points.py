"""Ranking pain points and opportunities, with every score worked out by hand."""

from __future__ import annotations

from fractions import Fraction

from cxdesigner.analysis.pain_points import (
    SCORE_RULE,
    emotion_factor,
    pain_score,
    rank_opportunities,
    rank_pain_points,
)
from cxdesigner.model import (
    Criticality,
    Irritant,
    Journey,
    MomentOfTruth,
    Opportunity,
    Stage,
    Touchpoint,
)


def _journey() -> Journey:
    return Journey(id="j", name="Commande en ligne", stages=[
        Stage(id="s-order", name="Commande", touchpoints=[
            Touchpoint(
                id="A", title="Paiement", criticality=Criticality.VERY_SENSITIVE,
                moment=MomentOfTruth.CRITICAL, emotion=-3,
                persona_criticality={"p1": Criticality.LOW}, persona_emotions={"p1": 0},
                irritants=[Irritant(id="a1", text="Paiement refusé", severity=4),
                           Irritant(id="a2", text="Code SMS lent", severity=1, votes=2)],
                opportunities=[Opportunity(id="o1", text="Paiement en un clic", votes=1)]),
            Touchpoint(
                id="B", title="Récapitulatif", moment=MomentOfTruth.ESSENTIAL, emotion=-1,
                irritants=[Irritant(id="b1", text="Frais cachés", severity=2),
                           Irritant(id="b2", text="Total illisible", severity=3, votes=1)],
                opportunities=[Opportunity(id="o2", text="Frais affichés tôt", votes=3)]),
        ]),
        Stage(id="s-delivery", name="Livraison", touchpoints=[
            Touchpoint(
                id="C", title="Suivi du colis", criticality=Criticality.SENSITIVE,
                moment=MomentOfTruth.WOW, emotion=2,
                irritants=[Irritant(id="c1", text="Lien de suivi mort", severity=2)],
                opportunities=[Opportunity(id="o3", text="Photo du colis", votes=1)]),
            Touchpoint(
                id="D", title="Remise", criticality=Criticality.LOW,
                irritants=[Irritant(id="d1", text="Colis abîmé", severity=4, votes=10)],
                opportunities=[Opportunity(id="o4", text="Créneau choisi")]),
        ]),
    ])


def test_emotion_factor() -> None:
    # 1 + max(0, -emotion) / 3
    assert emotion_factor(None) == 1
    assert emotion_factor(2) == 1
    assert emotion_factor(0) == 1
    assert emotion_factor(-1) == Fraction(4, 3)
    assert emotion_factor(-2) == Fraction(5, 3)
    assert emotion_factor(-3) == 2


def test_score_bounds() -> None:
    assert pain_score(1, None, MomentOfTruth.NONE, None, 0) == 1
    assert pain_score(4, Criticality.VERY_SENSITIVE, MomentOfTruth.CRITICAL, -3, 0) == 48


def test_ranking_with_default_values() -> None:
    points = rank_pain_points(_journey())
    # a1: 4 x 3 (very sensitive) x 2 (critical) x 2 (emotion -3) + 0 = 48
    # a2: 1 x 3 x 2 x 2 + 2 votes = 14
    # b1: 2 x 1 (unset) x 1.5 (essential) x 4/3 (emotion -1) + 0 = 4
    # b2: 3 x 1 x 1.5 x 4/3 + 1 = 7
    # c1: 2 x 2 (sensitive) x 1 (wow) x 1 (emotion +2) = 4
    # d1: 4 x 1 (low) x 1 (none) x 1 (unset) + 10 = 14
    # Ties keep map order: a2 before d1 (14), b1 before c1 (4).
    assert [(p.irritant_id, p.score) for p in points] == [
        ("a1", 48.0), ("a2", 14.0), ("d1", 14.0), ("b2", 7.0), ("b1", 4.0), ("c1", 4.0)]
    assert points[4].exact_score == Fraction(4)  # 2 x 3/2 x 4/3, exactly
    assert [p.rank for p in points] == [1, 2, 3, 4, 5, 6]
    first = points[0]
    assert (first.score, first.stage_name, first.touchpoint_title, first.text) == (
        48.0, "Commande", "Paiement", "Paiement refusé")
    assert (first.criticality, first.moment, first.emotion) == (
        Criticality.VERY_SENSITIVE, MomentOfTruth.CRITICAL, -3)


def test_ranking_for_a_persona() -> None:
    points = rank_pain_points(_journey(), persona_id="p1")
    # On A, p1 has criticality low (1) and emotion 0 (factor 1):
    # a1: 4 x 1 x 2 x 1 = 8; a2: 1 x 1 x 2 x 1 + 2 = 4. The others have no p1 values:
    # d1 14, b2 7, b1 4, c1 4. Ties at 4 in map order: a2, b1, c1.
    assert [(p.irritant_id, p.score) for p in points] == [
        ("d1", 14.0), ("a1", 8.0), ("b2", 7.0), ("a2", 4.0), ("b1", 4.0), ("c1", 4.0)]
    assert points[1].criticality is Criticality.LOW
    assert points[1].emotion == 0


def test_opportunities_by_votes_then_map_order() -> None:
    ranked = rank_opportunities(_journey())
    # o2 3 votes; o1 and o3 1 vote each, in map order; o4 none.
    assert [(o.rank, o.opportunity_id, o.votes) for o in ranked] == [
        (1, "o2", 3), (2, "o1", 1), (3, "o3", 1), (4, "o4", 0)]
    assert (ranked[0].stage_name, ranked[0].touchpoint_title) == ("Commande", "Récapitulatif")


def test_empty_journey() -> None:
    journey = Journey(name="vide", stages=[Stage(name="A")])
    assert rank_pain_points(journey) == ()
    assert rank_opportunities(journey) == ()


def test_rule_is_stated_in_both_languages() -> None:
    assert "1,5" in SCORE_RULE["fr"] and "1.5" in SCORE_RULE["en"]
