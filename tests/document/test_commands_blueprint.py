"""The service blueprint's commands, do/undo/redo, and what other edits do to its links."""

from __future__ import annotations

import pytest
from document_support import do_undo_redo, rich_project
from PySide6.QtWidgets import QApplication

from cxdesigner.document import JourneyDocument
from cxdesigner.document.checks import DocumentRuleError
from cxdesigner.document.clipboard import copy_touchpoints, paste_touchpoints
from cxdesigner.document.commands import (
    AddBlueprintItem,
    EditBlueprintItem,
    EditJourney,
    EditTouchpoint,
    MoveBlueprintItem,
    RemoveBlueprintItems,
    RemoveStage,
    RemoveTouchpoints,
)
from cxdesigner.document.targets import make_target_journey
from cxdesigner.model import BlueprintItem, BlueprintLayer, Irritant, Project

pytestmark = pytest.mark.usefixtures("qapp")

BACK, SUPPORT = BlueprintLayer.BACK_STAGE, BlueprintLayer.SUPPORT


def _project() -> Project:
    """The rich project with a blueprint behind its checkout: the payment service serves
    the payment step and the confirmation's mail; the order system feeds the payment
    service; the site's slowness is caused by the hosting, in the first stage."""
    project = rich_project()
    journey = project.journeys[0]
    journey.blueprint = [
        BlueprintItem(id="b-pay", layer=BACK, title="Service paiement", stage_id="s2",
                      owner="Finance", serves_ids=["t4", "t5"]),
        BlueprintItem(id="b-oms", layer=SUPPORT, title="Système de commandes", stage_id="s2",
                      owner="DSI", serves_ids=["b-pay"]),
        BlueprintItem(id="b-host", layer=SUPPORT, title="Hébergement", stage_id="s1",
                      owner="DSI", serves_ids=["t2"]),
    ]
    journey.show_blueprint = True
    site = journey.stages[0].touchpoints[1]
    site.irritants = [Irritant(id="ir1", text="Lent", cause_ids=["b-host", "b-oms"])]
    return Project.model_validate(project.model_dump())


@pytest.fixture
def doc() -> JourneyDocument:
    return JourneyDocument(_project())


def _ids(doc: JourneyDocument) -> list[str]:
    return [item.id for item in doc.journey("j1").blueprint]


def test_add_blueprint_item(doc: JourneyDocument) -> None:
    # (built without validation: as an editor hands it over, before the rules apply)
    command = AddBlueprintItem(doc, "j1", BlueprintItem.model_construct(
        id="b-new", layer=BlueprintLayer.FRONT_STAGE, title="  Caissier   encaisse ",
        stage_id="s2", owner=" Magasin ", serves_ids=["t4", "t4", "b-pay"]))
    do_undo_redo(doc, command)
    assert command.item_id == "b-new" and _ids(doc)[-1] == "b-new"
    added = doc.journey("j1").blueprint[-1]
    # The rules of editing: one-line title and owner, each thing served once.
    assert (added.title, added.owner, added.serves_ids) == ("Caissier encaisse", "Magasin",
                                                             ["t4", "b-pay"])


@pytest.mark.parametrize(("item", "reason"), [
    (BlueprintItem(layer=BACK, title=" ", stage_id="s1"),
     "A blueprint item needs a title: type one."),
    (BlueprintItem(layer=BACK, title="x", stage_id="s9"),
     "points to a stage of this journey that does not exist (id 's9')"),
    (BlueprintItem(layer=BACK, title="x", stage_id="s1", serves_ids=["t9"]),
     "points to a touchpoint or blueprint item of this journey that does not exist (id 't9')"),
    (BlueprintItem(id="b-self", layer=BACK, title="x", stage_id="s1", serves_ids=["b-self"]),
     "a blueprint item cannot serve itself"),
    (BlueprintItem(id="t1", layer=BACK, title="x", stage_id="s1"), "is used more than once"),
])
def test_a_blueprint_item_that_breaks_a_rule_is_refused(doc: JourneyDocument,
                                                        item: BlueprintItem,
                                                        reason: str) -> None:
    before = doc.project.model_dump()
    with pytest.raises(DocumentRuleError, match=reason.replace("(", r"\(").replace(")", r"\)")):
        AddBlueprintItem(doc, "j1", item)
    assert doc.project.model_dump() == before and doc.undo_stack.count() == 0


def test_edit_blueprint_item_and_merging(doc: JourneyDocument) -> None:
    do_undo_redo(doc, EditBlueprintItem(doc, "j1", "b-pay", {
        "title": "Prestataire de paiement", "layer": SUPPORT, "stage_id": "s3",
        "serves_ids": ["t6"]}))
    stack = doc.undo_stack
    count = stack.count()
    stack.push(EditBlueprintItem(doc, "j1", "b-oms", {"owner": "S"}, merge=True))
    stack.push(EditBlueprintItem(doc, "j1", "b-oms", {"owner": "SI"}, merge=True))
    assert stack.count() == count + 1
    stack.undo()
    assert doc.journey("j1").blueprint[1].owner == "DSI"


def test_editing_a_blueprint_item_tells_its_fields(doc: JourneyDocument) -> None:
    told: list[tuple[str, str, list[str]]] = []
    structure: list[str] = []
    doc.blueprint_changed.connect(lambda *args: told.append(args))
    doc.structure_changed.connect(structure.append)
    doc.undo_stack.push(EditBlueprintItem(doc, "j1", "b-oms", {"owner": "SI"}))
    assert told == [("j1", "b-oms", ["owner"])] and structure == ["j1"]


def test_remove_blueprint_items_with_their_arrows_and_causes(doc: JourneyDocument) -> None:
    after = do_undo_redo(doc, RemoveBlueprintItems(doc, "j1", ["b-pay", "b-host"]))
    journey = after["journeys"][0]
    assert [item["id"] for item in journey["blueprint"]] == ["b-oms"]
    assert journey["blueprint"][0]["serves_ids"] == []  # it served the payment service
    site = journey["stages"][0]["touchpoints"][1]
    assert site["irritants"][0]["cause_ids"] == ["b-oms"]


@pytest.mark.parametrize(("index", "order"), [(0, ["b-host", "b-pay", "b-oms"]),
                                              (1, ["b-pay", "b-host", "b-oms"])])
def test_move_blueprint_item(doc: JourneyDocument, index: int, order: list[str]) -> None:
    do_undo_redo(doc, MoveBlueprintItem(doc, "j1", "b-host", index))
    assert _ids(doc) == order


def test_removing_touchpoints_takes_them_out_of_what_items_serve(doc: JourneyDocument) -> None:
    after = do_undo_redo(doc, RemoveTouchpoints(doc, "j1", ["t4", "t2"]))
    served = {item["id"]: item["serves_ids"] for item in after["journeys"][0]["blueprint"]}
    assert served == {"b-pay": ["t5"], "b-oms": ["b-pay"], "b-host": []}


def test_removing_a_stage_removes_its_blueprint(doc: JourneyDocument) -> None:
    after = do_undo_redo(doc, RemoveStage(doc, "j1", "s2"))
    journey = after["journeys"][0]
    assert [item["id"] for item in journey["blueprint"]] == ["b-host"]
    # The site's slowness, in the first stage, loses the order system as a cause.
    assert journey["stages"][0]["touchpoints"][1]["irritants"][0]["cause_ids"] == ["b-host"]
    doc.undo_stack.undo()
    assert _ids(doc) == ["b-pay", "b-oms", "b-host"]


def test_a_pain_point_caused_by_something_outside_the_blueprint_is_refused(
        doc: JourneyDocument) -> None:
    with pytest.raises(DocumentRuleError, match="points to a blueprint item of this journey"):
        EditTouchpoint(doc, "j1", "t3", {"irritants": [
            Irritant(text="Lent", cause_ids=["t1"])]})
    do_undo_redo(doc, EditTouchpoint(doc, "j1", "t3", {"irritants": [
        Irritant(text="Paiement refusé", cause_ids=["b-pay"])]}))
    assert set(doc.journey("j1").failure_points()) == {"b-host", "b-oms", "b-pay"}


def test_a_target_journey_copies_the_blueprint_with_new_ids(doc: JourneyDocument) -> None:
    target, id_map = make_target_journey(doc.project, "j1")
    items = {item.title: item for item in target.blueprint}
    assert set(items) == {"Service paiement", "Système de commandes", "Hébergement"}
    assert items["Service paiement"].id == id_map["b-pay"] != "b-pay"
    assert items["Service paiement"].stage_id == id_map["s2"]
    assert items["Service paiement"].serves_ids == [id_map["t4"], id_map["t5"]]
    assert items["Système de commandes"].serves_ids == [id_map["b-pay"]]
    site = target.stages[0].touchpoints[1]
    assert site.irritants[0].cause_ids == [id_map["b-host"], id_map["b-oms"]]
    assert target.show_blueprint


def test_pasted_pain_points_leave_their_causes_behind(doc: JourneyDocument) -> None:
    text = copy_touchpoints(doc.project, doc.journey("j1"), ["t2"])
    pasted = paste_touchpoints(doc.project, text)
    assert pasted is not None
    assert pasted.touchpoints[0].irritants[0].cause_ids == []
    QApplication.processEvents()


def test_showing_the_blueprint_is_an_edit_of_the_journey(doc: JourneyDocument) -> None:
    structure: list[str] = []
    doc.structure_changed.connect(structure.append)  # the map lays its rows out again
    after = do_undo_redo(doc, EditJourney(doc, "j1", {"show_blueprint": False}))
    assert after["journeys"][0]["show_blueprint"] is False
    assert structure == ["j1"] * 5
