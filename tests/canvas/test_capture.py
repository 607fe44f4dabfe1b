"""A workshop typed from the keyboard alone: a ten-step journey with its channels, its
interlocutors (two made on the fly), three kinds of flows, verbatims, an irritant and an
opportunity; every capture is one step of Edit ▸ Undo."""

from __future__ import annotations

from typing import Any

import pytest
from canvas_support import ViewFactory, card_point, click, small_project
from capture_support import ALT, CTRL, SHIFT, Keyboard
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from cxdesigner.canvas import JourneyView
from cxdesigner.model import (
    Channel,
    FlowKind,
    Interlocutor,
    Journey,
    Lane,
    MomentOfTruth,
    Project,
    VerbatimSource,
)
from cxdesigner.model.catalogue import default_channels, guess_digital, guess_human

Key = Qt.Key

POPUP_WARNINGS = "This plugin does not support (raise|grabbing the keyboard)"
pytestmark = pytest.mark.qt_log_ignore(POPUP_WARNINGS)  # the offscreen suggestion list

KEYSTROKES = 462
"""The keys pressed for the whole workshop below (:func:`type_the_workshop`), text included:
the figure the README gives. A change of the keys that costs or saves keystrokes shows here."""
CHARACTERS = 381
"""Of those, the characters of the titles, names and verbatims (the same with the mouse)."""


def workshop_project() -> Project:
    """An empty journey, the usual channels and one interlocutor, as a workshop starts."""
    return Project(title="Atelier", language="fr",
                   journeys=[Journey(id="j1", name="Achat en ligne")],
                   channels=default_channels("fr"),
                   interlocutors=[Interlocutor(id="i-adviser", name="Conseiller")])


class Workshop:
    """Types the workshop, remembering the project after each capture."""

    def __init__(self, qtbot: QtBot, view: JourneyView) -> None:
        self.view = view
        self.keyboard = Keyboard(qtbot, view)
        self.states: list[dict[str, Any]] = [self.state()]
        """The project before the first capture and after each one."""

    def state(self) -> dict[str, Any]:
        return self.view.document.project.model_dump(mode="json")

    def captured(self) -> None:
        """One capture is done: it must have made exactly one step of the history."""
        self.states.append(self.state())
        assert self.view.document.undo_stack.count() == len(self.states) - 1
        assert self.view.inline_editor is None

    def stage(self, name: str) -> None:
        self.keyboard.press(Key.Key_Return, CTRL)
        self.keyboard.line(name)
        self.captured()

    def card(self, title: str, channel: str) -> None:
        self.keyboard.press(Key.Key_Return)
        self.keyboard.line(title)
        self.captured()
        self.keyboard.press(Key.Key_K)
        self.keyboard.line(channel)
        self.captured()

    def interlocutor(self, name: str) -> None:
        self.keyboard.press(Key.Key_I)
        self.keyboard.line(name)
        self.captured()

    def link(self, typed: str, modifiers: Qt.KeyboardModifier) -> None:
        self.keyboard.press(Key.Key_L)
        self.keyboard.line(typed, modifiers)
        self.captured()

    def item(self, key: Key, text: str, steps: tuple[Key, ...] = ()) -> None:
        self.keyboard.press(key)
        for step in steps:
            self.keyboard.press(step)
        self.keyboard.line(text)
        self.captured()

    def keys(self, *keys: Key) -> None:
        """Keys that change one thing together (a moment, an emotion nudged twice)."""
        for key in keys:
            self.keyboard.press(key)
        self.captured()


def type_the_workshop(workshop: Workshop) -> None:
    """The room's journey, typed as the consultant hears it."""
    w, keyboard = workshop, workshop.keyboard
    w.stage("Découverte")
    w.card("Publicité vue", "Affichage")  # a channel the catalogue does not have
    w.card("Recherche sur le site", "site")  # the only channel holding "site"
    w.card("Question au chatbot", "chat")  # "Chat" itself, though "chat" is in no other
    w.interlocutor("Chatbot")  # new: a system, as its name says
    w.stage("Achat")
    w.card("Panier", "site")
    w.card("Paiement refusé", "site")
    w.keys(Key.Key_2)  # a critical moment
    w.keys(Key.Key_Minus, Key.Key_Minus)  # emotion -2: the nudges merge into one step
    w.item(Key.Key_R, "Carte refusée sans explication", (Key.Key_Up,))  # severity 3
    w.item(Key.Key_V, "Ma carte a été refusée deux fois", (Key.Key_Down,))  # a complaint
    w.link("pan", SHIFT)  # back to "Panier": a loop
    w.card("Appel au service client", "tél")
    w.interlocutor("Serveur vocal")  # new: a system again
    w.card("Conseiller au téléphone", "tél")
    w.interlocutor("cons")  # the existing "Conseiller"
    keyboard.press(Key.Key_Left)
    w.link("", ALT)  # the call is transferred to the next card, the adviser
    keyboard.press(Key.Key_Right)
    w.stage("Livraison")
    w.card("Suivi du colis", "sms")
    w.card("Livraison à domicile", "livr")
    w.card("Avis laissé", "site")
    w.keys(Key.Key_3)  # wow
    w.keys(Key.Key_Plus, Key.Key_Plus)
    w.item(Key.Key_V, "Livré en avance, parfait", (Key.Key_Down,))  # after a complaint: review
    w.item(Key.Key_O, "Proposer un créneau de livraison")
    keyboard.press(Key.Key_Backtab, SHIFT)  # to "Achat"
    keyboard.press(Key.Key_Backtab, SHIFT)  # to "Découverte"
    keyboard.press(Key.Key_Right)
    keyboard.press(Key.Key_Right)  # "Question au chatbot"
    w.link("appel", CTRL)  # an alternative: the customer may phone instead


def test_a_workshop_typed_with_the_keyboard_alone(qtbot: QtBot, make_view: ViewFactory) -> None:
    view = make_view(workshop_project())
    workshop = Workshop(qtbot, view)
    type_the_workshop(workshop)

    project = view.document.project
    journey = project.journeys[0]
    assert [[tp.title for tp in stage.touchpoints] for stage in journey.stages] == [
        ["Publicité vue", "Recherche sur le site", "Question au chatbot"],
        ["Panier", "Paiement refusé", "Appel au service client", "Conseiller au téléphone"],
        ["Suivi du colis", "Livraison à domicile", "Avis laissé"]]
    assert [s.name for s in journey.stages] == ["Découverte", "Achat", "Livraison"]
    cards = {tp.title: tp for _, tp in journey.touchpoints()}
    channels = project.channel_names()
    assert [channels[tp.channel_id or ""] for _, tp in journey.touchpoints()] == [
        "Affichage", "Site web", "Chat", "Site web", "Site web", "Téléphone", "Téléphone",
        "SMS", "Livraison / colis", "Site web"]
    new_channel = next(c for c in project.channels if c.name == "Affichage")
    assert not new_channel.digital
    people = {i.name: i for i in project.interlocutors}
    assert set(people) == {"Conseiller", "Chatbot", "Serveur vocal"}
    assert not people["Chatbot"].human and not people["Serveur vocal"].human
    assert cards["Question au chatbot"].interlocutor_id == people["Chatbot"].id
    assert cards["Appel au service client"].interlocutor_id == people["Serveur vocal"].id
    assert cards["Conseiller au téléphone"].interlocutor_id == "i-adviser"
    flows = {(f.source_id, f.target_id, f.kind) for f in journey.flows}
    assert flows == {
        (cards["Paiement refusé"].id, cards["Panier"].id, FlowKind.BACK),
        (cards["Appel au service client"].id, cards["Conseiller au téléphone"].id,
         FlowKind.TRANSFER),
        (cards["Question au chatbot"].id, cards["Appel au service client"].id,
         FlowKind.ALTERNATIVE)}
    refused = cards["Paiement refusé"]
    assert (refused.moment, refused.emotion) == (MomentOfTruth.CRITICAL, -2)
    assert [(i.text, i.severity) for i in refused.irritants] == [
        ("Carte refusée sans explication", 3)]
    assert [(v.text, v.source) for v in refused.verbatims] == [
        ("Ma carte a été refusée deux fois", VerbatimSource.COMPLAINT)]
    review = cards["Avis laissé"]
    assert (review.moment, review.emotion) == (MomentOfTruth.WOW, 2)
    assert [(v.text, v.source) for v in review.verbatims] == [
        ("Livré en avance, parfait", VerbatimSource.REVIEW)]
    assert [o.text for o in review.opportunities] == ["Proposer un créneau de livraison"]

    # Every capture is one step: each Ctrl+Z goes back exactly one capture.
    keyboard = workshop.keyboard
    assert (keyboard.keys, keyboard.characters) == (KEYSTROKES, CHARACTERS)
    for before in reversed(workshop.states[:-1]):
        qtbot.keyClick(view, Key.Key_Z, CTRL)
        assert workshop.state() == before
    assert view.document.undo_stack.index() == 0
    # ... and each Ctrl+Shift+Z brings it back.
    for after in workshop.states[1:]:
        qtbot.keyClick(view, Key.Key_Z, CTRL | SHIFT)
        assert workshop.state() == after


# --------------------------------------------------------------------------- one key each


def test_a_part_of_several_names_is_not_added_without_shift(qtbot: QtBot,
                                                            view: JourneyView) -> None:
    told: list[str] = []
    view.status_message.connect(told.append)
    keyboard = Keyboard(qtbot, view)
    click(qtbot, view, card_point(view, "t6"))
    keyboard.press(Key.Key_I)
    keyboard.line("Con")  # "Conseiller" holds it, and it is the only one: Enter takes it
    assert view.document.touchpoint("j1", "t6").interlocutor_id == "i1"
    view.document.project.interlocutors.append(Interlocutor(id="i2", name="Conseillère"))
    keyboard.press(Key.Key_I)
    keyboard.press(Key.Key_A, CTRL)
    keyboard.line("Conseil")  # both hold it: which one is not for Enter to guess
    assert "“Conseil”" in told[-1]
    assert view.inline_editor is not None and view.inline_editor.text() == "Conseil"
    keyboard.press(Key.Key_Return, SHIFT)  # exactly what is typed: a new interlocutor
    made = view.document.project.interlocutors[-1]
    assert made.name == "Conseil" and made.human
    assert view.document.touchpoint("j1", "t6").interlocutor_id == made.id


def test_k_and_i_find_a_name_without_accents_or_case(qtbot: QtBot, view: JourneyView) -> None:
    project = view.document.project
    project.channels.append(Channel(id="ch-phone", name="Téléphone"))
    project.interlocutors.append(Interlocutor(id="i-bot", name="Agent numérique"))
    channels, people = len(project.channels), len(project.interlocutors)
    keyboard = Keyboard(qtbot, view)
    click(qtbot, view, card_point(view, "t6"))
    keyboard.press(Key.Key_K)
    keyboard.type("tel")
    editor = view.inline_editor
    assert editor is not None
    popup = editor.suggestion_popup()
    assert popup is not None and [popup.model().index(row, 0).data()
                                  for row in range(popup.model().rowCount())] == ["Téléphone"]
    keyboard.press(Key.Key_Return)
    assert view.document.touchpoint("j1", "t6").channel_id == "ch-phone"
    keyboard.press(Key.Key_I)
    keyboard.press(Key.Key_A, CTRL)
    keyboard.line("NUMERIQUE")
    assert view.document.touchpoint("j1", "t6").interlocutor_id == "i-bot"
    keyboard.press(Key.Key_K)
    keyboard.press(Key.Key_A, CTRL)
    keyboard.line("telephone")  # the whole name without its accents is that name too
    assert view.document.touchpoint("j1", "t6").channel_id == "ch-phone"
    assert (len(project.channels), len(project.interlocutors)) == (channels, people)


def test_an_interlocutor_left_blank_is_taken_away(qtbot: QtBot, view: JourneyView) -> None:
    keyboard = Keyboard(qtbot, view)
    click(qtbot, view, card_point(view, "t4"))
    keyboard.press(Key.Key_I)
    assert view.inline_editor is not None and view.inline_editor.text() == "Conseiller"
    keyboard.press(Key.Key_Backspace)
    keyboard.press(Key.Key_Return)
    assert view.document.touchpoint("j1", "t4").interlocutor_id is None
    assert view.document.undo_stack.count() == 1


def test_a_name_too_long_is_refused_and_kept_to_correct(qtbot: QtBot,
                                                        view: JourneyView) -> None:
    told: list[str] = []
    view.status_message.connect(told.append)
    keyboard = Keyboard(qtbot, view)
    click(qtbot, view, card_point(view, "t4"))
    keyboard.press(Key.Key_K)
    long_name = "Borne " * 90
    keyboard.line(long_name)
    assert told and "too long" in told[-1]
    assert view.inline_editor is not None and view.inline_editor.text() == long_name
    assert len(view.document.project.channels) == 3
    assert view.document.undo_stack.count() == 0


def test_link_mode_steps_through_the_cards_and_esc_leaves_it(qtbot: QtBot,
                                                            view: JourneyView) -> None:
    keyboard = Keyboard(qtbot, view)
    click(qtbot, view, card_point(view, "t3"))
    keyboard.press(Key.Key_L)
    assert view.links.target_id == "t4"  # nothing typed: the next card
    keyboard.press(Key.Key_Down)
    assert view.links.target_id == "t5"
    keyboard.press(Key.Key_Left)
    keyboard.press(Key.Key_Left)
    assert view.links.target_id == "t2"  # Left from the next card wraps to those before
    keyboard.type("zzz")
    assert view.links.target_id is None
    keyboard.press(Key.Key_Escape)
    assert not view.links.active and view.inline_editor is None
    assert len(view.document.project.journeys[0].flows) == 2
    assert view.document.undo_stack.count() == 0


def test_linking_twice_the_same_way_adds_nothing(qtbot: QtBot, view: JourneyView) -> None:
    told: list[str] = []
    view.status_message.connect(told.append)
    keyboard = Keyboard(qtbot, view)
    click(qtbot, view, card_point(view, "t1"))
    keyboard.press(Key.Key_L)
    keyboard.line("site")  # "Site web", the existing next-step flow f1
    assert len(view.document.project.journeys[0].flows) == 2
    assert told[-1] == "These two cards are already linked that way."


def test_the_target_is_matched_without_accents_or_case(make_view: ViewFactory,
                                                       qtbot: QtBot) -> None:
    project = small_project()
    view = make_view(project)
    click(qtbot, view, card_point(view, "t1"))
    keyboard = Keyboard(qtbot, view)
    keyboard.press(Key.Key_L)
    keyboard.type("PANI")
    assert view.links.target_id == "t3"
    keyboard.press(Key.Key_Return, ALT)
    assert project.journeys[0].flows[-1].kind is FlowKind.TRANSFER


@pytest.mark.parametrize(("key", "field"), [(Key.Key_V, "verbatims"),
                                            (Key.Key_R, "irritants"),
                                            (Key.Key_O, "opportunities")])
def test_a_list_item_typed_empty_adds_nothing(qtbot: QtBot, view: JourneyView, key: Key,
                                              field: str) -> None:
    keyboard = Keyboard(qtbot, view)
    click(qtbot, view, card_point(view, "t2"))
    keyboard.press(key)
    keyboard.line("   ")
    assert getattr(view.document.touchpoint("j1", "t2"), field) == []
    assert view.document.undo_stack.count() == 0


def test_severity_keys_stop_at_the_ends_and_the_choice_is_shown(qtbot: QtBot,
                                                                view: JourneyView) -> None:
    keyboard = Keyboard(qtbot, view)
    click(qtbot, view, card_point(view, "t2"))
    keyboard.press(Key.Key_R)
    hint = view.inline.hint
    assert hint.isVisible() and "2 — annoying" in hint.text()
    for _ in range(5):
        keyboard.press(Key.Key_Up)
    assert "4 — blocking" in hint.text()
    keyboard.line("Bloqué")
    assert view.document.touchpoint("j1", "t2").irritants[0].severity == 4
    assert not hint.isVisible()


@pytest.mark.parametrize(("name", "human"), [
    ("Chatbot", False), ("Serveur vocal", False), ("IVR", False), ("Site web", False),
    ("Application mobile", False), ("Conseillère", True), ("Livreur", True),
    ("Agent du SAV", True), ("Le bot Léa", False)])
def test_the_kind_of_a_new_interlocutor_is_guessed_from_its_name(name: str,
                                                                 human: bool) -> None:
    assert guess_human(name) is human


@pytest.mark.parametrize(("name", "digital"), [
    ("Affichage", False), ("Site web", True), ("Réseau social", True), ("Téléphone", False),
    ("E-mail", True), ("Appli de suivi", True), ("Courrier", False), ("Borne", True)])
def test_a_new_channel_is_digital_when_its_name_says_so(name: str, digital: bool) -> None:
    assert guess_digital(name) is digital


def test_a_card_deleted_while_its_words_are_typed_takes_nothing(qtbot: QtBot,
                                                                view: JourneyView) -> None:
    keyboard = Keyboard(qtbot, view)
    click(qtbot, view, card_point(view, "t2"))
    keyboard.press(Key.Key_V)
    keyboard.type("Trop lent")
    # Another window of the same document deletes the card meanwhile.
    view.editor.delete(["t2"])
    count = view.document.undo_stack.count()
    keyboard.press(Key.Key_Return)
    assert view.document.undo_stack.count() == count and view.inline_editor is None


def test_a_link_to_a_card_deleted_meanwhile_is_refused_with_the_reason(
        qtbot: QtBot, view: JourneyView) -> None:
    told: list[str] = []
    view.status_message.connect(told.append)
    keyboard = Keyboard(qtbot, view)
    click(qtbot, view, card_point(view, "t3"))
    keyboard.press(Key.Key_L)
    assert view.links.target_id == "t4"
    view.editor.delete(["t4"])
    keyboard.press(Key.Key_Return)
    assert len(view.document.project.journeys[0].flows) == 2 and told


def test_a_click_elsewhere_leaves_the_link_mode_without_a_link(qtbot: QtBot,
                                                               view: JourneyView) -> None:
    keyboard = Keyboard(qtbot, view)
    click(qtbot, view, card_point(view, "t3"))
    keyboard.press(Key.Key_L)
    assert view.links.active
    click(qtbot, view, card_point(view, "t6"))
    assert not view.links.active and view.inline_editor is None
    assert len(view.document.project.journeys[0].flows) == 2
    assert view.selected_touchpoint_ids() == ["t6"]


# --------------------------------------------------------------------------- in sight


def test_a_field_opened_below_the_visible_map_is_scrolled_into_sight(
        qtbot: QtBot, view: JourneyView) -> None:
    # The bottom panels open: only the map's upper lanes show.
    click(qtbot, view, card_point(view, "t6"))
    view.resize(1400, 230)
    qtbot.waitUntil(lambda: view.viewport().height() < 240)
    layout = view.map_scene.map_layout
    assert layout is not None
    keyboard = Keyboard(qtbot, view)
    assert not view.viewport().rect().contains(
        view.mapFromScene(view.capture._cell_rect("t6", Lane.INTERLOCUTORS)).boundingRect())
    keyboard.press(Key.Key_I)
    editor = view.inline_editor
    assert editor is not None and editor.isVisible()
    assert view.viewport().rect().contains(editor.geometry()), editor.geometry()
    keyboard.line("Con")
    assert view.document.touchpoint("j1", "t6").interlocutor_id == "i1"


def test_the_link_hint_stays_in_the_viewport_clear_of_the_lane_names(
        qtbot: QtBot, view: JourneyView) -> None:
    click(qtbot, view, card_point(view, "t1"))
    view.resize(700, 500)
    qtbot.waitUntil(lambda: view.viewport().width() < 710)
    left, _ = view.pinned.insets()
    port = view.viewport().rect()
    keyboard = Keyboard(qtbot, view)
    keyboard.press(Key.Key_L)
    hint = view.inline.hint
    # Stepping to cards further right scrolls the map: the card linked from goes out at
    # the left, its hint does not.
    for _ in range(4):
        assert hint.isVisible()
        assert port.contains(hint.geometry()), (hint.geometry(), port)
        assert hint.x() >= left, (hint.x(), left)
        keyboard.press(Key.Key_Down)
    keyboard.press(Key.Key_Escape)
