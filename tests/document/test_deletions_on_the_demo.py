"""Deleting anything from the demo project leaves a sound project, and undo restores it."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from cxdesigner.document import JourneyDocument
from cxdesigner.document.cleanup import without_item, without_journey
from cxdesigner.document.commands import (
    EditTouchpoint,
    RemoveStage,
    RemoveTouchpoints,
    ReplaceProjectState,
)
from cxdesigner.io import load_project
from cxdesigner.model import Project

DEMO = Path(__file__).parents[2] / "resources" / "demo" / "parcours-demo.cxd"
DEMO_PROJECT = load_project(DEMO)


def _sound(project: Project) -> None:
    Project.model_validate(project.model_dump())


@pytest.mark.parametrize("collection", ["channels", "interlocutors", "personas", "segments",
                                        "contact_profiles"])
def test_every_entity_can_go(collection: str) -> None:
    for item in getattr(DEMO_PROJECT, collection):
        after = without_item(DEMO_PROJECT, collection, item.id)
        assert item.id not in {other.id for other in getattr(after, collection)}
        assert item.id not in after.model_dump_json()  # no reference left behind


def test_every_journey_can_go() -> None:
    for journey in DEMO_PROJECT.journeys:
        after = without_journey(DEMO_PROJECT, journey.id)
        assert [j.id for j in after.journeys] == [
            j.id for j in DEMO_PROJECT.journeys if j.id != journey.id]


def test_removing_every_touchpoint_and_undoing(qtbot: QtBot) -> None:
    project = DEMO_PROJECT.model_copy(deep=True)
    doc = JourneyDocument(project)
    before = project.model_dump()
    for journey in project.journeys:
        ids = [tp.id for _, tp in journey.touchpoints()]
        doc.undo_stack.push(RemoveTouchpoints(doc, journey.id, ids))
        _sound(doc.project)
    # Contacts and contact profiles no longer point to removed steps.
    assert all(c.touchpoint_id is None for c in doc.project.contacts)
    assert all(not p.touchpoint_ids for p in doc.project.contact_profiles)
    while doc.undo_stack.canUndo():
        doc.undo_stack.undo()
    assert doc.project.model_dump() == before


def test_removing_every_stage_and_undoing(qtbot: QtBot) -> None:
    project = DEMO_PROJECT.model_copy(deep=True)
    doc = JourneyDocument(project)
    before = project.model_dump()
    for journey in project.journeys:
        for stage in list(journey.stages):
            doc.undo_stack.push(RemoveStage(doc, journey.id, stage.id))
            _sound(doc.project)
    assert all(c.stage_id is None and c.touchpoint_id is None for c in doc.project.contacts)
    while doc.undo_stack.canUndo():
        doc.undo_stack.undo()
    assert doc.project.model_dump() == before
    while doc.undo_stack.canRedo():
        doc.undo_stack.redo()
    _sound(doc.project)


def test_deleting_a_channel_is_one_undo_step(qtbot: QtBot) -> None:
    doc = JourneyDocument(DEMO_PROJECT.model_copy(deep=True))
    before = doc.project.model_dump()
    channel = doc.project.channels[0].id
    doc.undo_stack.push(ReplaceProjectState(
        doc, without_item(doc.project, "channels", channel), "Delete channel"))
    assert channel not in doc.project.model_dump_json()
    doc.undo_stack.undo()
    assert doc.project.model_dump() == before


def test_removing_each_aimed_pain_point_from_its_card_and_undoing(qtbot: QtBot) -> None:
    """A pain point taken off a card's list frees the actions aimed at it; undo aims them
    again (before, the saved file pointed to a pain point that no longer existed)."""
    project = DEMO_PROJECT.model_copy(deep=True)
    doc = JourneyDocument(project)
    before = project.model_dump()
    aimed = {action.irritant_id for action in project.actions if action.irritant_id}
    assert aimed, "the demo's action plan aims at pain points"
    for journey in project.journeys:
        for _, touchpoint in list(journey.touchpoints()):
            kept = [irritant for irritant in touchpoint.irritants
                    if irritant.id not in aimed]
            if len(kept) == len(touchpoint.irritants):
                continue
            doc.undo_stack.push(EditTouchpoint(doc, journey.id, touchpoint.id,
                                               {"irritants": kept}))
            _sound(doc.project)
    assert not any(action.irritant_id for action in doc.project.actions)
    after = doc.project.model_dump()
    while doc.undo_stack.canUndo():
        doc.undo_stack.undo()
    assert doc.project.model_dump() == before
    while doc.undo_stack.canRedo():
        doc.undo_stack.redo()
    assert doc.project.model_dump() == after
