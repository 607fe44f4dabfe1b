"""What changes behind the scenes from a current to a target journey."""

from __future__ import annotations

from cxdesigner.analysis.backstage_comparison import compare_backstage
from cxdesigner.analysis.comparison import CountChange
from cxdesigner.document.targets import make_target_journey
from cxdesigner.model import (
    BlueprintItem,
    BlueprintLayer,
    Evidence,
    Irritant,
    Journey,
    MomentOfTruth,
    Project,
    Stage,
    Touchpoint,
)

BACK, SUPPORT = BlueprintLayer.BACK_STAGE, BlueprintLayer.SUPPORT


def _project() -> Project:
    current = Journey(id="j", name="Livraison", stages=[Stage(id="s", name="Livraison",
                                                              touchpoints=[
        Touchpoint(id="t1", title="SMS", moment=MomentOfTruth.CRITICAL),
        Touchpoint(id="t2", title="Livraison", evidence=Evidence.MEASURED, irritants=[
            Irritant(id="i", text="Retard", cause_ids=["b1"])])])],
        blueprint=[
            BlueprintItem(id="b1", layer=BACK, title="Planification", stage_id="s",
                          owner="Planification", serves_ids=["b2"]),
            BlueprintItem(id="b2", layer=BACK, title="Entrepôt", stage_id="s",
                          owner="Entrepôt", serves_ids=["t2"])])
    project = Project(title="P", journeys=[current])
    target, _ = make_target_journey(project, "j")
    # The target plans in the warehouse's own system, and texts the customer from the CRM.
    warehouse = next(item for item in target.blueprint if item.title == "Entrepôt")
    sms = target.stages[0].touchpoints[0]
    target.blueprint = [
        warehouse,
        BlueprintItem(id="crm", layer=SUPPORT, title="CRM", stage_id=target.stages[0].id,
                      owner="Relation client", serves_ids=[sms.id, warehouse.id])]
    delivery = target.stages[0].touchpoints[1]
    delivery.irritants = [irritant.model_copy(update={"cause_ids": []})
                          for irritant in delivery.irritants]  # its cause is gone
    return Project.model_validate({**project.model_dump(),
                                   "journeys": [current.model_dump(), target.model_dump()]})


def test_the_blueprint_and_the_evidence_of_both_journeys() -> None:
    project = _project()
    current, target = project.journeys
    change = compare_backstage(project, current, target)
    assert change.behind_the_scenes == CountChange(2, 2)
    assert change.front_stage == CountChange(0, 0)
    assert change.teams == CountChange(2, 2)
    assert (change.teams_added, change.teams_dropped) == (("Relation client",),
                                                          ("Planification",))
    assert change.handoffs == CountChange(1, 1)  # planning → warehouse; CRM → warehouse
    assert change.failure_points == CountChange(1, 0)
    assert change.unsupported == CountChange(1, 0)  # the SMS, now sent from the CRM
    # The SMS, a critical moment, rests on a hypothesis on both sides; the copied delivery
    # keeps its level set by hand.
    assert change.hypotheses == CountChange(1, 1)
    assert change.to_check == CountChange(1, 1)
