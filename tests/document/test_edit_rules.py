"""The rules of editing, decided by the document for the map and the inspector alike."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from document_support import do_undo_redo, dump, rich_project
from PySide6.QtGui import QUndoCommand

from cxdesigner.document import JourneyDocument
from cxdesigner.document.checks import DocumentRuleError
from cxdesigner.document.commands import (
    AddItem,
    AddJourney,
    AddNote,
    AddTouchpoint,
    EditItem,
    EditJourney,
    EditNote,
    EditProject,
    EditStage,
    EditTouchpoint,
    RemoveItem,
    RemoveTouchpoints,
)
from cxdesigner.document.rules import clean_name, unique_name
from cxdesigner.model import Channel, Interlocutor, Journey, Persona, StickyNote, Touchpoint

pytestmark = pytest.mark.usefixtures("qapp")


@pytest.fixture
def doc() -> JourneyDocument:
    return JourneyDocument(rich_project())


def test_a_name_is_one_line_without_end_spaces(doc: JourneyDocument) -> None:
    do_undo_redo(doc, EditTouchpoint(doc, "j1", "t3", {"title": "  Caddie \n plein  "}))
    assert doc.touchpoint("j1", "t3").title == "Caddie plein"
    do_undo_redo(doc, EditStage(doc, "j1", "s1", {"name": "\tAvant  tout "}))
    assert doc.stage("j1", "s1").name == "Avant tout"
    do_undo_redo(doc, EditItem(doc, "personas", "p1", {"name": " Camille,  maman "}))
    assert doc.project.personas[0].name == "Camille, maman"
    do_undo_redo(doc, EditProject(doc, {"title": " Atelier  du 12 "}))
    assert doc.project.title == "Atelier du 12"


def test_free_text_is_kept_as_typed(doc: JourneyDocument) -> None:
    text = "  Il attend.\n\n  Puis il rappelle.  "
    do_undo_redo(doc, EditTouchpoint(doc, "j1", "t3", {"description": text, "notes": text}))
    assert doc.touchpoint("j1", "t3").description == text
    assert doc.touchpoint("j1", "t3").notes == text


def test_an_edit_that_only_adds_spaces_changes_nothing(doc: JourneyDocument) -> None:
    assert not EditTouchpoint(doc, "j1", "t3", {"title": "Panier  "}).changes_anything
    assert EditTouchpoint(doc, "j1", "t3", {"title": "Panier plein"}).changes_anything


EMPTY: list[tuple[str, Callable[[JourneyDocument], QUndoCommand], str]] = [
    ("touchpoint", lambda d: EditTouchpoint(d, "j1", "t3", {"title": "  "}),
     "A touchpoint needs a title: type one."),
    ("new touchpoint", lambda d: AddTouchpoint(d, "j1", "s1", 0, Touchpoint(title="")),
     "A touchpoint needs a title: type one."),
    ("stage", lambda d: EditStage(d, "j1", "s1", {"name": ""}),
     "A stage needs a name: type one."),
    ("journey", lambda d: EditJourney(d, "j1", {"name": " \n"}),
     "A journey needs a name: type one."),
    ("new journey", lambda d: AddJourney(d, Journey(name="")),
     "A journey needs a name: type one."),
    ("persona", lambda d: EditItem(d, "personas", "p1", {"name": ""}),
     "A persona needs a name: type one."),
    ("channel", lambda d: AddItem(d, "channels", Channel(name=" ")),
     "A channel needs a name: type one."),
    ("interlocutor", lambda d: EditItem(d, "interlocutors", "i1", {"name": ""}),
     "An interlocutor needs a name: type one."),
    ("note", lambda d: EditNote(d, "j1", "n1", {"text": "  \n "}),
     "A sticky note needs some text: type it."),
    ("new note", lambda d: AddNote(d, "j1", StickyNote(text="")),
     "A sticky note needs some text: type it."),
    ("project", lambda d: EditProject(d, {"title": ""}),
     "The project needs a title: type one."),
]


@pytest.mark.parametrize(("make", "message"), [case[1:] for case in EMPTY],
                         ids=[case[0] for case in EMPTY])
def test_a_name_may_not_be_empty(doc: JourneyDocument,
                                 make: Callable[[JourneyDocument], QUndoCommand],
                                 message: str) -> None:
    before = dump(doc)
    with pytest.raises(DocumentRuleError) as caught:
        doc.undo_stack.push(make(doc))
    assert str(caught.value) == message
    assert dump(doc) == before and doc.undo_stack.count() == 0


def test_the_refusal_speaks_french_too(doc: JourneyDocument) -> None:
    with pytest.raises(DocumentRuleError) as caught:
        EditTouchpoint(doc, "j1", "t3", {"title": ""})
    assert caught.value.message("fr") == ("Un point de contact a besoin d’un titre\u00a0: "
                                          "tapez-en un.")


@pytest.mark.parametrize(("collection", "make"), [
    ("channels", lambda name: Channel(name=name)),
    ("interlocutors", lambda name: Interlocutor(name=name)),
    ("personas", lambda name: Persona(name=name)),
])
def test_two_of_a_kind_may_not_share_a_name(doc: JourneyDocument, collection: str,
                                            make: Callable[[str], Channel]) -> None:
    taken = getattr(doc.project, collection)[0].name
    with pytest.raises(DocumentRuleError, match="There is already") as caught:
        AddItem(doc, collection, make(f"  {taken.upper()} "))
    assert f"called '{taken}':" in str(caught.value)  # the name it clashes with
    other = make("Autre")
    doc.undo_stack.push(AddItem(doc, collection, other))
    with pytest.raises(DocumentRuleError, match="give this one another name"):
        EditItem(doc, collection, other.id, {"name": taken.lower()})
    # Its own name, written otherwise, is no clash.
    first = getattr(doc.project, collection)[0]
    do_undo_redo(doc, EditItem(doc, collection, first.id, {"name": taken.upper()}))


def test_stages_may_share_names(doc: JourneyDocument) -> None:
    do_undo_redo(doc, EditStage(doc, "j1", "s2", {"name": "Avant"}))


def test_tags_are_trimmed_once_each(doc: JourneyDocument) -> None:
    do_undo_redo(doc, EditTouchpoint(doc, "j1", "t3", {"tags": [" attente", "", "attente ",
                                                                 "Prix"]}))
    assert doc.touchpoint("j1", "t3").tags == ["attente", "Prix"]


def test_a_note_loses_its_end_spaces_only(doc: JourneyDocument) -> None:
    do_undo_redo(doc, EditNote(doc, "j1", "n1", {"text": "  À voir\n  demain  "}))
    assert doc.journey("j1").notes[0].text == "À voir\n  demain"


def test_undo_puts_back_what_a_file_allowed(doc: JourneyDocument) -> None:
    # A file may have an empty title or two channels of one name: the rules are for
    # edits, so such a project can still be edited, and undo brings things back as they were.
    doc.journey("j1").stages[1].touchpoints[0] = doc.touchpoint("j1", "t3").model_copy(
        update={"title": ""})
    doc.project.channels.append(Channel(id="c9", name="Magasin"))
    start = dump(doc)
    doc.undo_stack.push(EditTouchpoint(doc, "j1", "t3", {"emotion": 2}))
    doc.undo_stack.push(RemoveTouchpoints(doc, "j1", ["t3"]))
    doc.undo_stack.push(RemoveItem(doc, "channels", "c9"))
    while doc.undo_stack.canUndo():
        doc.undo_stack.undo()
    assert dump(doc) == start


def test_unique_names_are_numbered() -> None:
    assert unique_name("Nouveau canal", ["Magasin"]) == "Nouveau canal"
    assert unique_name("Nouveau canal", ["nouveau  canal", "Nouveau canal 2"]) == \
        "Nouveau canal 3"
    assert clean_name(" a \t b\n") == "a b"
