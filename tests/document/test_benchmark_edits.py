"""Players, waves and values of a point in the document: added, named, removed, undone."""

from __future__ import annotations

import datetime as dt

import pytest
from document_support import do_undo_redo, dump, rich_project

from cxdesigner.document import JourneyDocument
from cxdesigner.document.checks import DocumentRuleError
from cxdesigner.document.cleanup import without_item
from cxdesigner.document.commands import AddItem, EditItem, ReplaceProjectState
from cxdesigner.model import Player, PointValue, Scorecard, Wave

pytestmark = pytest.mark.usefixtures("qapp")


@pytest.fixture
def doc() -> JourneyDocument:
    project = rich_project()
    project.players = [Player(id="pl-us", name="Nous", client=True),
                       Player(id="pl-them", name="Concurrent")]
    project.waves = [Wave(id="wv-1", name="Vague 1", date=dt.date(2025, 3, 1))]
    project.scorecards.append(Scorecard(id="sc-them", scope_id="s1", player_id="pl-them",
                                        wave_id="wv-1"))
    return JourneyDocument(project)


def test_players_waves_and_values_are_added_and_undone(doc: JourneyDocument) -> None:
    after = do_undo_redo(doc, AddItem(doc, "players", Player(name=" Brico   Sud ")))
    assert after["players"][-1]["name"] == "Brico Sud"  # one line, like every name
    do_undo_redo(doc, AddItem(doc, "waves", Wave(name="Vague 2", date=dt.date(2025, 9, 1))))
    do_undo_redo(doc, AddItem(doc, "point_values", PointValue(indicator="NPS", amount=120_000)))
    do_undo_redo(doc, EditItem(doc, "scorecards", "sc1", {"player_id": "pl-them",
                                                           "wave_id": "wv-1"}))


@pytest.mark.parametrize(("collection", "item", "message"), [
    ("players", Player(name="  concurrent "), "There is already a player called 'Concurrent'"),
    ("waves", Wave(name="VAGUE 1", date=dt.date(2025, 9, 1)),
     "There is already a wave called 'Vague 1'"),
    ("players", Player(name=" "), "A player needs a name: type one."),
])
def test_names_are_needed_and_differ(doc: JourneyDocument, collection: str,
                                     item: Player | Wave, message: str) -> None:
    with pytest.raises(DocumentRuleError, match=message):
        AddItem(doc, collection, item)


def test_one_value_of_a_point_per_indicator(doc: JourneyDocument) -> None:
    doc.undo_stack.push(AddItem(doc, "point_values", PointValue(indicator="NPS", amount=1)))
    with pytest.raises(DocumentRuleError) as caught:
        AddItem(doc, "point_values", PointValue(indicator=" nps", amount=2))
    assert caught.value.message("fr") == ("L’indicateur «\u00a0NPS\u00a0» a déjà la valeur "
                                          "de son point\u00a0: modifiez celle-là.")


def test_only_one_player_is_the_clients_brand(doc: JourneyDocument) -> None:
    before = dump(doc)
    with pytest.raises(DocumentRuleError) as caught:
        EditItem(doc, "players", "pl-them", {"client": True})
    assert str(caught.value) == ("player 'Concurrent', client: only one player can be the "
                                 "client's brand, and 'Nous' already is")
    with pytest.raises(DocumentRuleError):
        AddItem(doc, "players", Player(name="Autre", client=True))
    assert dump(doc) == before
    # Once the first is no longer the client, another may be.
    doc.undo_stack.push(EditItem(doc, "players", "pl-us", {"client": False}))
    do_undo_redo(doc, EditItem(doc, "players", "pl-them", {"client": True}))


def test_a_player_deleted_takes_its_scores_a_wave_leaves_them(doc: JourneyDocument) -> None:
    # Without their player, the competitor's scores would count as the client's.
    after = do_undo_redo(doc, ReplaceProjectState(
        doc, without_item(doc.project, "players", "pl-them"), "Delete player"))
    assert [card["id"] for card in after["scorecards"]] == ["sc1"]
    doc.undo_stack.undo()
    after = do_undo_redo(doc, ReplaceProjectState(
        doc, without_item(doc.project, "waves", "wv-1"), "Delete wave"))
    assert [(card["id"], card["wave_id"]) for card in after["scorecards"]] == [
        ("sc1", None), ("sc-them", None)]
