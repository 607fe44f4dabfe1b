"""The document refuses what would make a file that does not open: the project is left as
it was, no signal is emitted and nothing reaches the undo stack."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from document_support import dump, rich_project
from PySide6.QtGui import QUndoCommand

from cxdesigner.document import JourneyDocument
from cxdesigner.document.checks import DocumentRuleError
from cxdesigner.document.commands import (
    AddFlow,
    AddItem,
    AddJourney,
    AddNote,
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
    PasteTouchpoints,
    ReplaceProjectState,
)
from cxdesigner.io import load_project, save_project
from cxdesigner.model import (
    Action,
    Channel,
    ContactProfile,
    ContactRecord,
    CountIndicator,
    Flow,
    IndicatorRecord,
    Interlocutor,
    Irritant,
    Journey,
    JourneyKind,
    Lane,
    LaneSetting,
    Persona,
    Scorecard,
    Segment,
    Stage,
    StickyNote,
    SurveyAnswer,
    SurveyIndicator,
    Touchpoint,
    Verbatim,
)

pytestmark = pytest.mark.usefixtures("qapp")

_SIGNALS = ("project_replaced", "journeys_changed", "structure_changed", "touchpoint_changed",
            "stage_changed", "flow_changed", "note_changed", "collection_changed",
            "project_changed", "path_changed")


@pytest.fixture
def doc() -> JourneyDocument:
    return JourneyDocument(rich_project())


@contextmanager
def recorded(doc: JourneyDocument) -> Iterator[list[str]]:
    """The names of the document's signals emitted inside the block."""
    emitted: list[str] = []
    slots = {name: (lambda *_args, name=name: emitted.append(name)) for name in _SIGNALS}
    for name, slot in slots.items():
        getattr(doc, name).connect(slot)
    try:
        yield emitted
    finally:
        for name, slot in slots.items():
            getattr(doc, name).disconnect(slot)


def refused(doc: JourneyDocument, edit: Callable[[], Any]) -> DocumentRuleError:
    """Run ``edit`` (a command pushed, or a document method); check it changed nothing."""
    before = dump(doc)
    count, index = doc.undo_stack.count(), doc.undo_stack.index()
    with recorded(doc) as emitted, pytest.raises(DocumentRuleError) as caught:
        edit()
    assert dump(doc) == before
    assert emitted == []
    assert (doc.undo_stack.count(), doc.undo_stack.index()) == (count, index)
    return caught.value


def pushed(doc: JourneyDocument, make: Callable[[], QUndoCommand]) -> Callable[[], None]:
    return lambda: doc.undo_stack.push(make())


# Irritant.model_construct and model_copy(update=...) skip pydantic's validation: the
# document must not.
SEVERE = Irritant.model_construct(id="ir9", text="Lent", severity=9)


def test_an_irritant_built_without_validation_is_refused_by_the_command(
        doc: JourneyDocument) -> None:
    error = refused(doc, pushed(doc, lambda: EditTouchpoint(doc, "j1", "t2",
                                                            {"irritants": [SEVERE]})))
    assert str(error) == ("journey 'Achat', stage 1 'Avant', touchpoint 'Site', pain point 1: "
                          "severity: should be less than or equal to 4 (found 9)")
    assert error.message("fr").startswith("parcours «\u00a0Achat\u00a0», étape 1")


def test_and_by_the_document_itself(doc: JourneyDocument) -> None:
    refused(doc, lambda: doc.update_touchpoint("j1", "t2", {"irritants": [SEVERE]}))
    copied = Touchpoint(id="tn", title="Neuf").model_copy(update={"irritants": [SEVERE]})
    refused(doc, lambda: doc.insert_touchpoint("j1", "s2", 0, copied))


def test_the_saved_file_still_opens_after_refused_edits(doc: JourneyDocument,
                                                         tmp_path: Path) -> None:
    for edit in (lambda: doc.update_touchpoint("j1", "t2", {"irritants": [SEVERE]}),
                 lambda: doc.update_touchpoint("j1", "t2", {"channel_id": "nowhere"}),
                 lambda: doc.insert_item("channels", 0, Channel(id="t1", name="Fax"))):
        with pytest.raises(DocumentRuleError):
            edit()
    path = tmp_path / "projet.cxd"
    save_project(doc.project, path)
    assert load_project(path).model_dump() == doc.project.model_dump()


BAD_TOUCHPOINT = Touchpoint(id="tn", title="Neuf").model_copy(update={"emotion": 9})

# (what, the edit) for each kind of entity the document inserts or replaces.
REFUSED: list[tuple[str, Callable[[JourneyDocument], QUndoCommand]]] = [
    ("touchpoint: a value", lambda d: AddTouchpoint(d, "j1", "s2", 1, BAD_TOUCHPOINT)),
    ("touchpoint: an id taken", lambda d: AddTouchpoint(
        d, "j1", "s2", 1, Touchpoint(id="c1", title="Neuf"))),
    ("touchpoint: a persona unknown", lambda d: AddTouchpoint(
        d, "j1", "s2", 1, Touchpoint(title="Neuf", persona_emotions={"ghost": 1}))),
    ("touchpoint change: a channel", lambda d: EditTouchpoint(
        d, "j1", "t3", {"channel_id": "nowhere"})),
    ("touchpoint change: a verbatim's persona", lambda d: EditTouchpoint(
        d, "j1", "t3", {"verbatims": [Verbatim(text="Non", persona_id="ghost")]})),
    ("touchpoint change: a nested id taken", lambda d: EditTouchpoint(
        d, "j1", "t3", {"irritants": [Irritant(id="t1", text="Lent")]})),
    ("stage: a touchpoint inside", lambda d: AddStage(d, "j1", 0, Stage(
        name="Avant tout", touchpoints=[BAD_TOUCHPOINT]))),
    ("stages: the same id twice", lambda d: AddStages(d, "j1", 0, [
        Stage(id="x", name="X"), Stage(id="x", name="Y")])),
    ("stage change: too long", lambda d: EditStage(d, "j1", "s1", {"name": "x" * 600})),
    ("flow: into another journey", lambda d: AddFlow(d, "j1", Flow(source_id="t1",
                                                                    target_id="t9"))),
    ("flow change: an end", lambda d: EditFlow(d, "j1", "f1", {"target_id": "t9"})),
    ("note: another journey's stage", lambda d: AddNote(d, "j1", StickyNote(
        text="Idée", stage_id="s9"))),
    ("note change: a colour", lambda d: EditNote(d, "j1", "n1", {"colour": "red"})),
    ("persona: a colour", lambda d: AddItem(d, "personas", Persona.model_construct(
        id="p9", name="Louis", colour="red"))),
    ("persona: a segment", lambda d: AddItem(d, "personas", Persona(name="Louis",
                                                                    segment_id="nope"))),
    ("channel: an id taken", lambda d: AddItem(d, "channels", Channel(id="t1", name="Fax"))),
    ("action: an irritant", lambda d: AddItem(d, "actions", Action(description="Faire",
                                                                   irritant_id="nope"))),
    ("answer: off its scale", lambda d: AddItem(d, "answers", SurveyAnswer.model_construct(
        id="a9", scope_id="t1", indicator=SurveyIndicator.NPS, value=11.0))),
    ("scorecard: on a touchpoint", lambda d: AddItem(d, "scorecards", Scorecard(
        scope_id="t1"))),
    ("segment: a size", lambda d: AddItem(d, "segments", Segment.model_construct(
        id="g9", name="Seniors", size=-4))),
    ("interlocutor: a name", lambda d: AddItem(d, "interlocutors", Interlocutor.model_construct(
        id="i9", name=["Conseiller"]))),
    ("verbatim: a persona", lambda d: AddItem(d, "verbatims", Verbatim(text="Trop cher",
                                                                       persona_id="ghost"))),
    ("indicator record: what it is about", lambda d: AddItem(d, "indicator_records",
        IndicatorRecord(scope_id="nope", indicator=CountIndicator.CHURN))),
    ("contact: a channel", lambda d: AddItem(d, "contacts", ContactRecord(
        date=dt.date(2026, 3, 2), channel_id="nope"))),
    ("contact profile: a touchpoint", lambda d: AddItem(d, "contact_profiles", ContactProfile(
        name="Livraison", touchpoint_ids=["nope"]))),
    ("item change: a touchpoint", lambda d: EditItem(d, "actions", "ac3",
                                                     {"touchpoint_id": "nope"})),
    ("item change: an answer off its scale", lambda d: EditItem(d, "answers", "a1",
                                                                {"value": 11.0})),
    ("project change: a language", lambda d: EditProject(d, {"language": "de"})),
    ("project change: too long", lambda d: EditProject(d, {"client": "x" * 600})),
    ("journey: the journey it improves", lambda d: AddJourney(d, Journey(
        name="Cible 2", kind=JourneyKind.TARGET, improves_journey_id="nope"))),
    ("journey: a persona", lambda d: AddJourney(d, Journey(name="Autre",
                                                           persona_ids=["ghost"]))),
    ("journey change: a lane twice", lambda d: EditJourney(d, "j1", {"lanes": [
        LaneSetting(lane=Lane.NOTES), LaneSetting(lane=Lane.NOTES)]})),
    ("journey change: improved by a target", lambda d: EditJourney(
        d, "j1", {"kind": JourneyKind.TARGET})),
    ("paste: a flow out of the pasted cards", lambda d: PasteTouchpoints(
        d, "j1", "s3", 0, [Touchpoint(id="tp", title="Collé")],
        [Flow(source_id="tp", target_id="t9")])),
    ("whole project: a broken reference", lambda d: ReplaceProjectState(
        d, d.project.model_copy(update={"channels": []}), "Import")),
]


@pytest.mark.parametrize("make", [case[1] for case in REFUSED], ids=[c[0] for c in REFUSED])
def test_each_kind_of_entity_is_checked_before_anything_changes(
        doc: JourneyDocument, make: Callable[[JourneyDocument], QUndoCommand]) -> None:
    error = refused(doc, pushed(doc, lambda: make(doc)))
    assert str(error)  # a sentence to show


def test_a_refusal_says_where_and_what(doc: JourneyDocument) -> None:
    assert str(refused(doc, pushed(doc, lambda: EditTouchpoint(
        doc, "j1", "t3", {"channel_id": "nowhere"})))) == (
        "journey 'Achat', stage 2 'Pendant', touchpoint 'Panier', channel: points to a "
        "channel that does not exist (id 'nowhere')")
    assert str(refused(doc, pushed(doc, lambda: AddItem(
        doc, "channels", Channel(id="t1", name="Fax"))))) == (
        "channel 'Fax': the id 't1' is used more than once")
    assert str(refused(doc, pushed(doc, lambda: EditJourney(
        doc, "j1", {"kind": JourneyKind.TARGET})))) == (
        "journey 'Cible', current journey it improves: a target journey improves a current "
        "journey, not another target")


def test_the_document_methods_refuse_alike(doc: JourneyDocument) -> None:
    refused(doc, lambda: doc.insert_journey(2, Journey(name="X", persona_ids=["ghost"])))
    refused(doc, lambda: doc.update_journey("j1", {"kind": JourneyKind.TARGET}))
    refused(doc, lambda: doc.insert_stage("j1", 0, Stage(name="S", touchpoints=[
        BAD_TOUCHPOINT])))
    refused(doc, lambda: doc.update_stage("j1", "s1", {"name": "x" * 600}))
    refused(doc, lambda: doc.update_touchpoint("j1", "t3", {"channel_id": "nowhere"}))
    refused(doc, lambda: doc.insert_flow("j1", 0, Flow(source_id="t1", target_id="t9")))
    refused(doc, lambda: doc.update_flow("j1", "f1", {"source_id": "t9"}))
    refused(doc, lambda: doc.insert_note("j1", 0, StickyNote(text="N", stage_id="s9")))
    refused(doc, lambda: doc.update_note("j1", "n1", {"stage_id": "s9"}))
    refused(doc, lambda: doc.insert_item("actions", 0, Action(description="A",
                                                               touchpoint_id="nope")))
    refused(doc, lambda: doc.update_item("personas", "p1", {"segment_id": "nope"}))
    refused(doc, lambda: doc.update_project({"title": "x" * 600}))


def test_an_unchanged_reference_is_not_looked_at_again(doc: JourneyDocument) -> None:
    # A file may hold a broken reference the document never made (the model refuses it,
    # but a project can be built in memory): editing another field still works.
    touchpoint = doc.touchpoint("j1", "t3")
    doc.journey("j1").stages[1].touchpoints[0] = touchpoint.model_copy(
        update={"channel_id": "gone"})
    doc.update_touchpoint("j1", "t3", {"title": "Caddie"})
    assert doc.touchpoint("j1", "t3").title == "Caddie"
