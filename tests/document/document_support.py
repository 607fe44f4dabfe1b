"""What the document tests share: a rich project, and a do/undo/redo check of a command.

Test modules import these from here, not from one another.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QUndoCommand

from cxdesigner.document import JourneyDocument
from cxdesigner.model import (
    Action,
    Channel,
    Flow,
    FlowKind,
    IndicatorRecord,
    Interlocutor,
    Irritant,
    Journey,
    Persona,
    Project,
    Scorecard,
    Segment,
    Stage,
    StickyNote,
    SurveyAnswer,
    Touchpoint,
    Verbatim,
)
from cxdesigner.model.enums import CountIndicator, SurveyIndicator


def rich_project() -> Project:
    """Two journeys; flows, notes, answers, records, scorecards and actions pointing in."""
    stages = [
        Stage(id="s1", name="Avant", touchpoints=[
            Touchpoint(id="t1", title="Annonce", channel_id="c1", persona_emotions={"p1": 2}),
            Touchpoint(id="t2", title="Site", channel_id="c2", interlocutor_id="i1",
                       irritants=[Irritant(id="ir1", text="Lent")],
                       verbatims=[Verbatim(id="v1", text="Trop long", persona_id="p1")])]),
        Stage(id="s2", name="Pendant", touchpoints=[
            Touchpoint(id="t3", title="Panier"), Touchpoint(id="t4", title="Paiement"),
            Touchpoint(id="t5", title="Confirmation")]),
        Stage(id="s3", name="Après", touchpoints=[Touchpoint(id="t6", title="Colis")]),
    ]
    journey = Journey(id="j1", name="Achat", persona_ids=["p1"], stages=stages,
                      flows=[Flow(id="f1", source_id="t1", target_id="t2"),
                             Flow(id="f2", source_id="t2", target_id="t3"),
                             Flow(id="f3", source_id="t4", target_id="t2", kind=FlowKind.BACK),
                             Flow(id="f4", source_id="t5", target_id="t6")],
                      notes=[StickyNote(id="n1", text="À voir", stage_id="s2"),
                             StickyNote(id="n2", text="Global")])
    other = Journey(id="j2", name="Cible", kind="target", improves_journey_id="j1",
                    stages=[Stage(id="s9", name="Seule", touchpoints=[
                        Touchpoint(id="t9", title="Unique")])])
    return Project(
        title="Projet", personas=[Persona(id="p1", name="Camille", segment_id="g1")],
        segments=[Segment(id="g1", name="Familles")],
        channels=[Channel(id="c1", name="Magasin"), Channel(id="c2", name="Site web")],
        interlocutors=[Interlocutor(id="i1", name="Conseiller")],
        journeys=[journey, other],
        answers=[SurveyAnswer(id="a1", scope_id="t2", indicator=SurveyIndicator.NPS, value=3),
                 SurveyAnswer(id="a2", scope_id="j1", indicator=SurveyIndicator.NPS, value=9),
                 SurveyAnswer(id="a3", scope_id="t3", indicator=SurveyIndicator.CSAT, value=4,
                              segment_id="g1")],
        indicator_records=[IndicatorRecord(id="r1", scope_id="s2",
                                           indicator=CountIndicator.CHURN,
                                           inputs={"lost": 3, "start": 100})],
        scorecards=[Scorecard(id="sc1", scope_id="s1", name="Baromètre")],
        actions=[Action(id="ac1", description="Accélérer", irritant_id="ir1"),
                 Action(id="ac2", description="Relancer", touchpoint_id="t3"),
                 Action(id="ac3", description="Autre")])


def dump(doc: JourneyDocument) -> dict[str, Any]:
    data = doc.project.model_dump()
    Project.model_validate(data)  # every state on the way is a sound project
    return data


def do_undo_redo(doc: JourneyDocument, command: QUndoCommand) -> dict[str, Any]:
    """Push, undo, redo; each state compared whole. Returns the state after the edit."""
    before = dump(doc)
    doc.undo_stack.push(command)
    after = dump(doc)
    assert after != before
    doc.undo_stack.undo()
    assert dump(doc) == before
    doc.undo_stack.redo()
    assert dump(doc) == after
    doc.undo_stack.undo()
    doc.undo_stack.redo()
    assert dump(doc) == after
    return after
