"""Every undo command: do, undo and redo, comparing the whole project each time."""

from __future__ import annotations

import pytest
from document_support import do_undo_redo, dump, rich_project
from PySide6.QtWidgets import QApplication

from cxdesigner.document import JourneyDocument
from cxdesigner.document.cleanup import without_item, without_journey
from cxdesigner.document.clipboard import copy_touchpoints, paste_touchpoints
from cxdesigner.document.commands import (
    AddFlow,
    AddItem,
    AddJourney,
    AddNote,
    AddPersona,
    AddStage,
    AddStages,
    AddTouchpoint,
    EditFlow,
    EditItem,
    EditJourney,
    EditNote,
    EditProject,
    EditStage,
    EditTouchpoint,
    MoveStage,
    MoveTouchpoints,
    NameNewStage,
    NameNewTouchpoint,
    PasteTouchpoints,
    RemoveFlows,
    RemoveItem,
    RemoveNote,
    RemoveStage,
    RemoveTouchpoints,
    ReplaceProjectState,
    SetPathEnds,
)
from cxdesigner.model import (
    Channel,
    Flow,
    FlowKind,
    Journey,
    Lane,
    LaneSetting,
    Persona,
    Project,
    Stage,
    StickyNote,
    Touchpoint,
    journey_links,
)

pytestmark = pytest.mark.usefixtures("qapp")


@pytest.fixture
def doc() -> JourneyDocument:
    return JourneyDocument(rich_project())


def titles(doc: JourneyDocument, journey_id: str = "j1") -> list[list[str]]:
    return [[tp.id for tp in s.touchpoints] for s in doc.journey(journey_id).stages]


# ------------------------------------------------------------------ touchpoints

def test_add_touchpoint(doc: JourneyDocument) -> None:
    do_undo_redo(doc, AddTouchpoint(doc, "j1", "s2", 1, Touchpoint(id="tn", title="Neuf")))
    assert titles(doc)[1] == ["t3", "tn", "t4", "t5"]


def test_add_touchpoint_taking_the_end_of_a_drawn_flow(doc: JourneyDocument) -> None:
    flow = next(f for f in doc.journey("j1").flows if f.id == "f1")
    after = do_undo_redo(doc, AddTouchpoint(doc, "j1", "s2", 0,
                                            Touchpoint(id="tn", title="Neuf"), ["f1"]))
    moved = next(f for f in after["journeys"][0]["flows"] if f["id"] == "f1")
    assert (moved["source_id"], moved["target_id"]) == (flow.source_id, "tn")
    assert next(f for f in doc.journey("j1").flows if f.id == "f1").target_id == "tn"


def test_a_card_named_right_after_its_adding_is_one_step(doc: JourneyDocument) -> None:
    before = dump(doc)
    doc.undo_stack.push(AddTouchpoint(doc, "j1", "s2", 1, Touchpoint(id="tn", title="Neuf")))
    doc.undo_stack.push(NameNewTouchpoint(doc, "j1", "tn", "  Appel   au SAV "))
    after = dump(doc)
    assert doc.undo_stack.count() == 1
    assert doc.touchpoint("j1", "tn").title == "Appel au SAV"
    doc.undo_stack.undo()
    assert dump(doc) == before
    doc.undo_stack.redo()
    assert dump(doc) == after


def test_a_name_typed_later_is_a_step_of_its_own(doc: JourneyDocument) -> None:
    doc.undo_stack.push(AddTouchpoint(doc, "j1", "s2", 1, Touchpoint(id="tn", title="Neuf")))
    doc.undo_stack.push(EditTouchpoint(doc, "j1", "t3", {"emotion": 2}))
    doc.undo_stack.push(NameNewTouchpoint(doc, "j1", "tn", "Appel"))
    assert doc.undo_stack.count() == 3
    doc.undo_stack.undo()
    assert doc.touchpoint("j1", "tn").title == "Neuf"


def test_remove_touchpoints_with_flows_answers_and_actions(doc: JourneyDocument) -> None:
    after = do_undo_redo(doc, RemoveTouchpoints(doc, "j1", ["t2", "t4"]))
    journey = after["journeys"][0]
    assert [f["id"] for f in journey["flows"]] == ["f4"]
    assert [a["id"] for a in after["answers"]] == ["a2", "a3"]
    # The action aimed at the removed touchpoint's irritant is kept, its link cleared.
    assert after["actions"][0]["irritant_id"] is None
    assert after["actions"][1]["touchpoint_id"] == "t3"


def test_remove_touchpoints_restores_order_across_stages(doc: JourneyDocument) -> None:
    do_undo_redo(doc, RemoveTouchpoints(doc, "j1", ["t5", "t1", "t3"]))
    doc.undo_stack.undo()
    assert titles(doc) == [["t1", "t2"], ["t3", "t4", "t5"], ["t6"]]


@pytest.mark.parametrize(("ids", "stage", "index", "expected"), [
    (["t3"], "s2", 3, [["t1", "t2"], ["t4", "t5", "t3"], ["t6"]]),  # within a stage
    (["t5"], "s2", 0, [["t1", "t2"], ["t5", "t3", "t4"], ["t6"]]),
    (["t1"], "s3", 1, [["t2"], ["t3", "t4", "t5"], ["t6", "t1"]]),  # across stages
    (["t2", "t4"], "s1", 0, [["t2", "t4", "t1"], ["t3", "t5"], ["t6"]]),  # several at once
    (["t6", "t1"], "s2", 2, [["t2"], ["t3", "t4", "t6", "t1", "t5"], []]),
])
def test_move_touchpoints(doc: JourneyDocument, ids: list[str], stage: str, index: int,
                          expected: list[list[str]]) -> None:
    do_undo_redo(doc, MoveTouchpoints(doc, "j1", ids, stage, index))
    assert titles(doc) == expected


def test_edit_touchpoint_and_merging(doc: JourneyDocument) -> None:
    do_undo_redo(doc, EditTouchpoint(doc, "j1", "t3", {"title": "Caddie", "emotion": -2}))
    before = dump(doc)
    stack = doc.undo_stack
    count = stack.count()
    for value in (1, 2, 3):
        stack.push(EditTouchpoint(doc, "j1", "t4", {"emotion": value}, merge=True))
    assert stack.count() == count + 1
    assert doc.touchpoint("j1", "t4").emotion == 3
    stack.push(EditTouchpoint(doc, "j1", "t4", {"title": "Payer"}, merge=True))
    assert stack.count() == count + 2  # other fields: a new step
    stack.undo()
    stack.undo()
    assert dump(doc) == before
    stack.redo()
    assert doc.touchpoint("j1", "t4").emotion == 3
    stack.push(EditTouchpoint(doc, "j1", "t4", {"emotion": 0}))  # not merging
    assert stack.count() == count + 2


def _leading_on(doc: JourneyDocument) -> list[str]:
    """The touchpoints of j1 that lead on to the next card by an implied link."""
    return [link.source_id for link in journey_links(doc.journey("j1")) if link.implied]


def test_set_path_ends_breaks_and_restores_the_implied_links(doc: JourneyDocument) -> None:
    assert _leading_on(doc) == ["t3", "t4"]  # t3 has no flow, t4 only goes back
    after = do_undo_redo(doc, SetPathEnds(doc, "j1", ["t3", "t6"], True))
    assert [tp["ends_path"] for stage in after["journeys"][0]["stages"]
            for tp in stage["touchpoints"]] == [False, False, True, False, False, True]
    assert _leading_on(doc) == ["t4"]
    assert doc.undo_stack.undoText() == "End the path here"
    # Only the marked ones change, and their marks come back on undo.
    doc.undo_stack.push(SetPathEnds(doc, "j1", ["t6", "t2"], False))
    assert [tp.ends_path for _, tp in doc.journey("j1").touchpoints()] == \
        [False, False, True, False, False, False]
    assert doc.undo_stack.undoText() == "Lead on to the next touchpoint"
    doc.undo_stack.undo()
    assert doc.touchpoint("j1", "t6").ends_path and not doc.touchpoint("j1", "t2").ends_path
    do_undo_redo(doc, SetPathEnds(doc, "j1", ["t3", "t3"], False))
    assert _leading_on(doc) == ["t3", "t4"]


def test_edit_touchpoint_refuses_unknown_channels(doc: JourneyDocument) -> None:
    before = dump(doc)
    with pytest.raises(ValueError, match="channel"):
        doc.update_touchpoint("j1", "t3", {"channel_id": "nowhere"})
    assert dump(doc) == before


def test_paste_touchpoints(doc: JourneyDocument) -> None:
    text = copy_touchpoints(doc.project, doc.journey("j1"), ["t1", "t2"])
    items = paste_touchpoints(doc.project, text)
    assert items is not None
    after = do_undo_redo(doc, PasteTouchpoints(doc, "j1", "s3", 1, items.touchpoints,
                                               items.flows))
    stage = after["journeys"][0]["stages"][2]
    assert [tp["title"] for tp in stage["touchpoints"]] == ["Colis", "Annonce", "Site"]
    new = {tp["id"] for tp in stage["touchpoints"][1:]}
    assert not new & {"t1", "t2"}
    assert after["journeys"][0]["flows"][-1]["source_id"] in new


def test_paste_into_another_project_matches_names() -> None:
    source = rich_project()
    text = copy_touchpoints(source, source.journeys[0], ["t2"])
    target = JourneyDocument(Project(title="Autre", channels=[Channel(id="x", name="site WEB")],
                                     journeys=[Journey(id="k", name="K", stages=[
                                         Stage(id="k1", name="K1")])]))
    items = paste_touchpoints(target.project, text)
    assert items is not None
    do_undo_redo(target, PasteTouchpoints(target, "k", "k1", 0, items.touchpoints, []))
    pasted = target.journey("k").stages[0].touchpoints[0]
    assert pasted.channel_id == "x" and pasted.interlocutor_id is None
    assert pasted.verbatims[0].persona_id is None and pasted.irritants[0].id != "ir1"


# ------------------------------------------------------------------ stages

def test_add_stage(doc: JourneyDocument) -> None:
    do_undo_redo(doc, AddStage(doc, "j1", 1, Stage(id="sn", name="Entre")))
    assert [s.id for s in doc.journey("j1").stages] == ["s1", "sn", "s2", "s3"]


def test_a_stage_named_right_after_its_adding_is_one_step(doc: JourneyDocument) -> None:
    before = dump(doc)
    doc.undo_stack.push(AddStage(doc, "j1", 1, Stage(id="sn", name="Nouvelle étape")))
    doc.undo_stack.push(NameNewStage(doc, "j1", "sn", "Entre"))
    after = dump(doc)
    assert doc.undo_stack.count() == 1 and doc.stage("j1", "sn").name == "Entre"
    doc.undo_stack.undo()
    assert dump(doc) == before
    doc.undo_stack.redo()
    assert dump(doc) == after


def test_add_stages(doc: JourneyDocument) -> None:
    stages = [Stage(id=f"x{i}", name=f"X{i}") for i in range(3)]
    do_undo_redo(doc, AddStages(doc, "j1", 3, stages))
    assert [s.id for s in doc.journey("j1").stages][-3:] == ["x0", "x1", "x2"]


def test_remove_stage(doc: JourneyDocument) -> None:
    after = do_undo_redo(doc, RemoveStage(doc, "j1", "s2"))
    journey = after["journeys"][0]
    assert [f["id"] for f in journey["flows"]] == ["f1"]
    assert [n["id"] for n in journey["notes"]] == ["n2"]
    assert after["indicator_records"] == [] and after["actions"][1]["touchpoint_id"] is None


@pytest.mark.parametrize(("index", "order"), [(0, ["s3", "s1", "s2"]), (1, ["s1", "s3", "s2"])])
def test_move_stage(doc: JourneyDocument, index: int, order: list[str]) -> None:
    do_undo_redo(doc, MoveStage(doc, "j1", "s3", index))
    assert [s.id for s in doc.journey("j1").stages] == order


def test_edit_stage(doc: JourneyDocument) -> None:
    do_undo_redo(doc, EditStage(doc, "j1", "s1", {"name": "Découverte"}))
    stack = doc.undo_stack
    count = stack.count()
    stack.push(EditStage(doc, "j1", "s1", {"name": "D"}, merge=True))
    stack.push(EditStage(doc, "j1", "s1", {"name": "Dé"}, merge=True))
    assert stack.count() == count + 1
    # The stage keeps its touchpoints through edits.
    assert [tp.id for tp in doc.stage("j1", "s1").touchpoints] == ["t1", "t2"]


# ------------------------------------------------------------------ flows and notes

def test_add_flow(doc: JourneyDocument) -> None:
    do_undo_redo(doc, AddFlow(doc, "j1", Flow(id="fn", source_id="t6", target_id="t1",
                                              kind=FlowKind.BACK)))
    with pytest.raises(ValueError):
        doc.insert_flow("j1", 0, Flow(source_id="t1", target_id="t9"))  # another journey


def test_remove_flows(doc: JourneyDocument) -> None:
    after = do_undo_redo(doc, RemoveFlows(doc, "j1", ["f3", "f1"]))
    assert [f["id"] for f in after["journeys"][0]["flows"]] == ["f2", "f4"]


def test_edit_flow(doc: JourneyDocument) -> None:
    do_undo_redo(doc, EditFlow(doc, "j1", "f2", {"kind": FlowKind.TRANSFER, "label": "Relais"}))


def test_add_note(doc: JourneyDocument) -> None:
    do_undo_redo(doc, AddNote(doc, "j1", StickyNote(id="nn", text="Idée", stage_id="s3")))


def test_remove_note(doc: JourneyDocument) -> None:
    do_undo_redo(doc, RemoveNote(doc, "j1", "n1"))


def test_edit_note(doc: JourneyDocument) -> None:
    do_undo_redo(doc, EditNote(doc, "j1", "n2", {"text": "Plus tard", "stage_id": "s1",
                                                 "colour": "#a0e0ff"}))


# ------------------------------------------------------------------ project lists

def test_add_item(doc: JourneyDocument) -> None:
    do_undo_redo(doc, AddItem(doc, "channels", Channel(id="c3", name="Chat")))
    do_undo_redo(doc, AddItem(doc, "personas", Persona(id="p2", name="Louis"), index=0))
    assert doc.project.personas[0].id == "p2"


def test_add_persona_attaches_it_to_the_open_journey(doc: JourneyDocument) -> None:
    after = do_undo_redo(doc, AddPersona(doc, Persona(id="p2", name="Lou"), "j1"))
    assert after["journeys"][0]["persona_ids"] == ["p1", "p2"]


def test_add_persona_without_a_journey_in_view(doc: JourneyDocument) -> None:
    after = do_undo_redo(doc, AddPersona(doc, Persona(id="p2", name="Lou"), None))
    assert [p["id"] for p in after["personas"]] == ["p1", "p2"]
    assert all("p2" not in journey["persona_ids"] for journey in after["journeys"])


def test_remove_item(doc: JourneyDocument) -> None:
    do_undo_redo(doc, RemoveItem(doc, "actions", "ac3"))


def test_edit_item(doc: JourneyDocument) -> None:
    do_undo_redo(doc, EditItem(doc, "channels", "c1", {"name": "Boutique", "digital": True}))


def test_edit_project(doc: JourneyDocument) -> None:
    do_undo_redo(doc, EditProject(doc, {"title": "Nouveau", "client": "Brunel"}))


# ------------------------------------------------------------------ journeys

def test_add_journey(doc: JourneyDocument) -> None:
    do_undo_redo(doc, AddJourney(doc, Journey(id="j3", name="Support")))


def test_edit_journey(doc: JourneyDocument) -> None:
    lanes = [LaneSetting(lane=lane, visible=lane is not Lane.NOTES) for lane in Lane]
    do_undo_redo(doc, EditJourney(doc, "j1", {"name": "Achat en ligne", "lanes": lanes}))


def test_replace_project_state_without_item(doc: JourneyDocument) -> None:
    after = do_undo_redo(doc, ReplaceProjectState(doc, without_item(doc.project, "channels",
                                                                     "c2"), "Delete channel"))
    assert after["journeys"][0]["stages"][0]["touchpoints"][1]["channel_id"] is None
    after = do_undo_redo(doc, ReplaceProjectState(doc, without_item(doc.project, "personas",
                                                                     "p1"), "Delete persona"))
    assert after["journeys"][0]["persona_ids"] == []
    assert after["journeys"][0]["stages"][0]["touchpoints"][0]["persona_emotions"] == {}


def test_replace_project_state_without_journey(doc: JourneyDocument) -> None:
    after = do_undo_redo(doc, ReplaceProjectState(doc, without_journey(doc.project, "j1"),
                                                  "Delete journey"))
    assert [j["id"] for j in after["journeys"]] == ["j2"]
    assert after["journeys"][0]["improves_journey_id"] is None
    assert after["answers"] == [] and after["scorecards"] == []
    assert after["actions"][0]["irritant_id"] is None


def test_a_long_history_undoes_to_the_start_and_redoes_to_the_end(
        doc: JourneyDocument) -> None:
    start = dump(doc)
    stack = doc.undo_stack
    stack.push(AddStage(doc, "j1", 0, Stage(id="z", name="Z")))
    stack.push(AddTouchpoint(doc, "j1", "z", 0, Touchpoint(id="tz", title="TZ")))
    stack.push(AddFlow(doc, "j1", Flow(id="fz", source_id="tz", target_id="t1")))
    stack.push(MoveTouchpoints(doc, "j1", ["t1", "t3"], "z", 0))
    stack.push(EditTouchpoint(doc, "j1", "t1", {"title": "Pub"}))
    stack.push(RemoveTouchpoints(doc, "j1", ["tz"]))
    stack.push(MoveStage(doc, "j1", "z", 3))
    stack.push(RemoveStage(doc, "j1", "s1"))
    stack.push(EditProject(doc, {"title": "Fin"}))
    end = dump(doc)
    while stack.canUndo():
        stack.undo()
    assert dump(doc) == start
    while stack.canRedo():
        stack.redo()
    assert dump(doc) == end
    assert isinstance(QApplication.instance(), QApplication)


def test_another_project_starts_unmodified_whatever_came_before(doc: JourneyDocument) -> None:
    doc.undo_stack.resetClean()  # as for work restored from a recovery copy
    assert not doc.undo_stack.isClean()
    doc.replace_project(rich_project(), None)
    assert doc.undo_stack.isClean() and doc.undo_stack.count() == 0
