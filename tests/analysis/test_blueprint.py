"""The service blueprint's figures: items, teams, unsupported touchpoints, hand-offs, failures."""

from __future__ import annotations

from cxdesigner.analysis import analyse_flows
from cxdesigner.analysis.blueprint import summarise_blueprint, supported_touchpoints
from cxdesigner.model import (
    BlueprintItem,
    BlueprintLayer,
    Irritant,
    Journey,
    Stage,
    Touchpoint,
)

FRONT, BACK, SUPPORT = BlueprintLayer.FRONT_STAGE, BlueprintLayer.BACK_STAGE, \
    BlueprintLayer.SUPPORT


def _delivery() -> Journey:
    """The delivery of a washing machine: planning hands over to the warehouse, which
    hands over to the carrier, who delivers; the order system feeds planning."""
    return Journey(name="Achat", stages=[
        Stage(id="s-achat", name="Achat", touchpoints=[
            Touchpoint(id="t-commande", title="Commande en ligne")]),
        Stage(id="s-livraison", name="Livraison", touchpoints=[
            Touchpoint(id="t-sms", title="SMS de créneau"),
            Touchpoint(id="t-livraison", title="Livraison", irritants=[
                Irritant(id="i-retard", text="Livraison reportée", cause_ids=["b-planif"]),
                Irritant(id="i-casse", text="Tambour abîmé",
                         cause_ids=["b-planif", "b-transport"])]),
            Touchpoint(id="t-install", title="Installation")]),
    ], blueprint=[
        BlueprintItem(id="b-conseil", layer=FRONT, title="Le livreur appelle",
                      stage_id="s-livraison", owner="Transporteur", serves_ids=["t-sms"]),
        BlueprintItem(id="b-planif", layer=BACK, title="Planification des tournées",
                      stage_id="s-livraison", owner="Planification",
                      serves_ids=["b-entrepot"]),
        BlueprintItem(id="b-entrepot", layer=BACK, title="Préparation", stage_id="s-livraison",
                      owner="Entrepôt", serves_ids=["b-transport"]),
        BlueprintItem(id="b-transport", layer=BACK, title="Tournée", stage_id="s-livraison",
                      owner=" transporteur ", serves_ids=["t-livraison"]),
        BlueprintItem(id="b-oms", layer=SUPPORT, title="Système de commandes",
                      stage_id="s-livraison", owner="DSI", serves_ids=["b-planif"]),
        BlueprintItem(id="b-crm", layer=SUPPORT, title="CRM", stage_id="s-achat",
                      owner="dsi", serves_ids=["t-commande"]),
    ])


def test_a_touchpoint_is_supported_through_a_chain_of_items_behind_the_scenes() -> None:
    # The order system leads to the delivery through planning, warehouse and carrier; the
    # SMS is served by a front-stage action only.
    assert supported_touchpoints(_delivery()) == {"t-livraison", "t-commande"}


def test_per_stage_items_teams_and_unsupported_touchpoints() -> None:
    achat, livraison = summarise_blueprint(_delivery()).stages
    assert [item.id for item in livraison.items[BACK]] == ["b-planif", "b-entrepot",
                                                           "b-transport"]
    assert [item.id for item in livraison.items[SUPPORT]] == ["b-oms"]
    assert [item.id for item in livraison.behind_the_scenes] == \
        ["b-planif", "b-entrepot", "b-transport", "b-oms"]
    # " transporteur " is the carrier again; owners as first written, one space kept.
    assert livraison.teams == ("Transporteur", "Planification", "Entrepôt", "DSI")
    assert livraison.unsupported == ("t-sms", "t-install")
    assert achat.teams == ("dsi",) and achat.unsupported == ()


def test_handoffs_and_failure_points() -> None:
    summary = summarise_blueprint(_delivery())
    assert [(h.source_id, h.target_id) for h in summary.handoffs] == [
        ("b-planif", "b-entrepot"), ("b-entrepot", "b-transport"), ("b-oms", "b-planif")]
    # The planning causes two pain points; the carrier one. An item is listed once.
    assert summary.failure_points == ("b-planif", "b-transport")
    assert summary.teams == ("dsi", "Transporteur", "Planification", "Entrepôt")
    assert (summary.item_count, summary.count(BACK), summary.count(FRONT)) == (6, 3, 1)
    assert summary.unsupported == ("t-sms", "t-install")


def test_an_owner_missing_on_either_side_is_no_handoff() -> None:
    journey = _delivery()
    journey.blueprint[2] = journey.blueprint[2].model_copy(update={"owner": ""})
    assert [(h.source_id, h.target_id) for h in summarise_blueprint(journey).handoffs] == \
        [("b-oms", "b-planif")]


def test_the_blueprint_leaves_the_customers_path_alone() -> None:
    journey = _delivery()
    bare = journey.model_copy(update={"blueprint": []})
    assert analyse_flows(journey) == analyse_flows(bare)


def test_a_journey_without_blueprint_has_every_touchpoint_unsupported() -> None:
    journey = _delivery().model_copy(update={"blueprint": []})
    summary = summarise_blueprint(journey)
    assert summary.item_count == 0 and summary.teams == () and summary.handoffs == ()
    assert summary.unsupported == ("t-commande", "t-sms", "t-livraison", "t-install")
