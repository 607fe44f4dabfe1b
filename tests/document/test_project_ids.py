"""The ids the document keeps for its checks always equal a fresh count of the project's."""

from __future__ import annotations

import random
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cxdesigner.document import JourneyDocument
from cxdesigner.document.checks import DocumentRuleError
from cxdesigner.document.clipboard import copy_touchpoints, paste_touchpoints
from cxdesigner.document.commands.blueprint import AddBlueprintItem, RemoveBlueprintItems
from cxdesigner.document.commands.flows import AddFlow, RemoveFlows
from cxdesigner.document.commands.items import AddItem, EditItem, RemoveItem
from cxdesigner.document.commands.journeys import ReplaceProjectState
from cxdesigner.document.commands.notes import AddNote, RemoveNote
from cxdesigner.document.commands.stages import AddStage, RemoveStage
from cxdesigner.document.commands.touchpoints import (
    AddTouchpoint,
    EditTouchpoint,
    PasteTouchpoints,
    RemoveTouchpoints,
)
from cxdesigner.io import load_project
from cxdesigner.model import (
    BlueprintItem,
    Channel,
    Flow,
    Irritant,
    Project,
    Stage,
    StickyNote,
    Touchpoint,
    Verbatim,
)
from cxdesigner.model.enums import BlueprintLayer
from cxdesigner.model.references import ids_in_use

DEMO_FILE = Path(__file__).resolve().parents[2] / "resources" / "demo" / "parcours-demo.cxd"


def _demo() -> Project:
    return load_project(DEMO_FILE)


def _assert_exact(doc: JourneyDocument) -> None:
    assert doc.ids_in_use().counts() == Counter(ids_in_use(doc.project))
    detailed = Counter(tp.details_journey_id for journey in doc.project.journeys
                       for _, tp in journey.touchpoints() if tp.details_journey_id)
    assert doc.ids_in_use().detailed_counts() == detailed
    for journey in doc.project.journeys:
        assert doc.ids_in_use().is_detailed(journey.id) == (journey.id in detailed)


def _edit(doc: JourneyDocument, rng: random.Random) -> None:
    """One random edit of the project through the undo stack (or an undo, a redo)."""
    project = doc.project
    journey = rng.choice(project.journeys)
    jid = journey.id
    stages = journey.stages
    touchpoints = [tp for _, tp in journey.touchpoints()]
    known = list(ids_in_use(project))
    roll = rng.randrange(17)
    stack = doc.undo_stack
    try:
        if roll == 0 and stages:
            stage = rng.choice(stages)
            irritants = [Irritant(text="Attente")] if rng.random() < 0.5 else []
            tp = Touchpoint(title="Nouveau", irritants=irritants,
                            verbatims=[Verbatim(text="Dit")] if rng.random() < 0.3 else [])
            stack.push(AddTouchpoint(doc, jid, stage.id, len(stage.touchpoints), tp))
        elif roll == 1 and stages:  # an id already in use, anywhere: refused
            stage = rng.choice(stages)
            with pytest.raises(DocumentRuleError):
                AddTouchpoint(doc, jid, stage.id, 0, Touchpoint(id=rng.choice(known),
                                                                title="Double"))
        elif roll == 2 and touchpoints:
            stack.push(RemoveTouchpoints(doc, jid, [tp.id for tp in rng.sample(
                touchpoints, min(len(touchpoints), rng.randint(1, 3)))]))
        elif roll == 3 and len(stages) > 1:
            stack.push(RemoveStage(doc, jid, rng.choice(stages).id))
        elif roll == 4:
            stack.push(AddStage(doc, jid, rng.randint(0, len(stages)), Stage(
                name=f"Étape {rng.random():.6f}", touchpoints=[Touchpoint(title="Dedans")])))
        elif roll == 5 and touchpoints:
            tp = rng.choice(touchpoints)
            irritants = [*tp.irritants[1:], Irritant(text="Nouveau souci")]
            stack.push(EditTouchpoint(doc, jid, tp.id, {"irritants": irritants}))
        elif roll == 6 and len(touchpoints) > 1:
            source, target = rng.sample(touchpoints, 2)
            stack.push(AddFlow(doc, jid, Flow(source_id=source.id, target_id=target.id)))
        elif roll == 7 and journey.flows:
            stack.push(RemoveFlows(doc, jid, [rng.choice(journey.flows).id]))
        elif roll == 8:
            stack.push(AddNote(doc, jid, StickyNote(text="Note")))
        elif roll == 9 and journey.notes:
            stack.push(RemoveNote(doc, jid, rng.choice(journey.notes).id))
        elif roll == 10:
            stack.push(AddItem(doc, "channels", Channel(name=f"Canal {rng.random():.6f}")))
        elif roll == 11 and project.channels:
            channel = rng.choice(project.channels)
            used = any(tp.channel_id == channel.id for j in project.journeys
                       for _, tp in j.touchpoints())
            if used:
                stack.push(EditItem(doc, "channels", channel.id,
                                    {"name": f"Canal {rng.random():.6f}"}))
            else:
                stack.push(RemoveItem(doc, "channels", channel.id))
        elif roll == 12 and touchpoints and stages:
            chosen = rng.sample(touchpoints, min(len(touchpoints), 2))
            pasted = paste_touchpoints(project, copy_touchpoints(
                project, journey, [tp.id for tp in chosen]))
            assert pasted is not None
            stage = rng.choice(stages)
            stack.push(PasteTouchpoints(doc, jid, stage.id, 0, pasted.touchpoints,
                                        pasted.flows))
        elif roll == 13 and stages:
            stack.push(AddBlueprintItem(doc, jid, BlueprintItem(
                layer=BlueprintLayer.BACK_STAGE, title="Tâche", stage_id=rng.choice(stages).id)))
        elif roll == 14 and journey.blueprint:
            stack.push(RemoveBlueprintItems(doc, jid, [rng.choice(journey.blueprint).id]))
        elif roll == 15 and touchpoints:  # a step now details another journey, or none
            others = [j.id for j in project.journeys if j.id != jid]
            detailed = rng.choice([None, *others])
            stack.push(EditTouchpoint(doc, jid, rng.choice(touchpoints).id,
                                      {"details_journey_id": detailed}))
        elif rng.random() < 0.6:
            stack.undo()
        else:
            stack.redo()
    except DocumentRuleError:
        pass  # an edit the rules refuse (a name taken…) changes nothing


@settings(max_examples=12, deadline=None)
@given(seed=st.integers(min_value=0, max_value=2**32 - 1))
def test_the_ids_follow_any_edit_undo_and_redo_on_the_demo(seed: int) -> None:
    rng = random.Random(seed)
    doc = JourneyDocument(_demo())
    for _ in range(40):
        _edit(doc, rng)
        _assert_exact(doc)
    while doc.undo_stack.canUndo():
        doc.undo_stack.undo()
        _assert_exact(doc)
    assert doc.ids_in_use().counts() == Counter(ids_in_use(_demo()))


def test_the_ids_follow_a_replaced_project_state_and_its_undo() -> None:
    doc = JourneyDocument(_demo())
    before = doc.ids_in_use().counts()
    after = doc.project.model_copy(deep=True)
    after.journeys[0].stages[0].touchpoints.append(Touchpoint(id="imported", title="Importé"))
    after.channels.append(Channel(id="imported-channel", name="Canal importé"))
    doc.undo_stack.push(ReplaceProjectState(doc, after, "Import"))
    _assert_exact(doc)
    assert "imported" in doc.ids_in_use()
    with pytest.raises(DocumentRuleError):
        AddItem(doc, "channels", Channel(id="imported", name="Autre canal"))
    doc.undo_stack.undo()
    _assert_exact(doc)
    assert doc.ids_in_use().counts() == before
    assert "imported" not in doc.ids_in_use()
    doc.undo_stack.push(AddItem(doc, "channels", Channel(id="imported", name="Autre canal")))
    _assert_exact(doc)


def test_the_ids_follow_another_project_opened() -> None:
    doc = JourneyDocument(Project(title="Vide"))
    doc.replace_project(_demo(), None)
    _assert_exact(doc)
    doc.restore_snapshot(Project(title="Autre"))
    _assert_exact(doc)
    doc.project = _demo()  # even set from outside, the ids are those of the project shown
    _assert_exact(doc)


def test_an_id_freed_by_undo_can_be_used_again_and_one_in_use_cannot() -> None:
    doc = JourneyDocument(_demo())
    journey = doc.project.journeys[0]
    stage = journey.stages[0]
    doc.undo_stack.push(AddTouchpoint(doc, journey.id, stage.id, 0, Touchpoint(
        id="again", title="Nouveau", irritants=[Irritant(id="again-pain", text="Attente")])))
    with pytest.raises(DocumentRuleError, match="again-pain"):
        AddItem(doc, "channels", Channel(id="again-pain", name="Canal neuf"))
    doc.undo_stack.undo()
    doc.undo_stack.push(AddItem(doc, "channels", Channel(id="again-pain", name="Canal neuf")))
    _assert_exact(doc)
