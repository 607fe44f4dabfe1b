"""Typing a journey from the keyboard: stages, cards, titles, moments, emotions, channels."""

from __future__ import annotations

import pytest
from canvas_support import ViewFactory, card_point, click, empty_project, type_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from cxdesigner.canvas import JourneyView
from cxdesigner.document.language import interface_language
from cxdesigner.model import Criticality, MomentOfTruth
from cxdesigner.model.wording import edit_rule_sentence

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


def titles(view: JourneyView) -> list[list[str]]:
    journey = view.document.project.journeys[0]
    return [[tp.title for tp in stage.touchpoints] for stage in journey.stages]


def test_type_a_stage_and_five_touchpoints(qtbot: QtBot, make_view: ViewFactory) -> None:
    view = make_view(empty_project())
    qtbot.keyClick(view, Qt.Key.Key_Return, CTRL)
    assert view.inline_editor is not None
    type_text(qtbot, view, "Découverte")
    qtbot.keyClick(view, Qt.Key.Key_Return)
    stage = view.document.project.journeys[0].stages[0]
    assert stage.name == "Découverte"
    for number in range(1, 6):
        qtbot.keyClick(view, Qt.Key.Key_Return)  # a new card after the selected one
        assert view.inline_editor is not None
        type_text(qtbot, view, f"Étape {number}")
        qtbot.keyClick(view, Qt.Key.Key_Return)  # commit the title
        assert view.inline_editor is None
    assert titles(view) == [[f"Étape {n}" for n in range(1, 6)]]
    # One step for the stage with its name, one per card with its title.
    assert view.document.undo_stack.count() == 1 + 5


def test_escape_cancels_an_inline_edit(qtbot: QtBot, view: JourneyView) -> None:
    click(qtbot, view, card_point(view, "t3"))
    count = view.document.undo_stack.count()
    qtbot.keyClick(view, Qt.Key.Key_F2)
    assert view.inline_editor is not None
    qtbot.keyClicks(view, "Autre chose")
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert view.inline_editor is None
    assert view.document.touchpoint("j1", "t3").title == "Panier"
    assert view.document.undo_stack.count() == count
    assert not view.map_scene.touchpoint_items["t3"].editing


def test_a_new_card_committed_empty_keeps_the_default_title(qtbot: QtBot,
                                                            view: JourneyView) -> None:
    click(qtbot, view, card_point(view, "t1"))
    qtbot.keyClick(view, Qt.Key.Key_Return)
    qtbot.keyClick(view, Qt.Key.Key_Backspace)  # the selected default text goes
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert titles(view)[0] == ["Publicité", "Nouveau point de contact", "Site web"]


def _refusal(code: str, kind: str) -> str:
    return edit_rule_sentence(code, kind, interface_language())


def test_an_empty_title_is_refused_with_the_documents_reason(qtbot: QtBot,
                                                            view: JourneyView) -> None:
    told: list[str] = []
    view.status_message.connect(told.append)
    click(qtbot, view, card_point(view, "t3"))
    qtbot.keyClick(view, Qt.Key.Key_F2)
    qtbot.keyClick(view.inline_editor, Qt.Key.Key_Backspace)  # the selected title goes
    qtbot.keyClick(view.inline_editor, Qt.Key.Key_Return)
    assert view.document.touchpoint("j1", "t3").title == "Panier"
    assert told == [_refusal("name_required", "touchpoints")]
    assert view.inline_editor is None  # nothing typed to keep: the old title stays
    assert view.document.undo_stack.count() == 0


def test_a_refused_title_stays_in_the_editor_to_correct(qtbot: QtBot,
                                                        view: JourneyView) -> None:
    told: list[str] = []
    view.status_message.connect(told.append)
    click(qtbot, view, card_point(view, "t3"))
    qtbot.keyClick(view, Qt.Key.Key_F2)
    long_title = "Panier " * 80  # more than a title may hold
    qtbot.keyClicks(view.inline_editor, long_title)
    qtbot.keyClick(view.inline_editor, Qt.Key.Key_Return)
    assert view.document.touchpoint("j1", "t3").title == "Panier"
    assert len(told) == 1 and "too long" in told[0]
    assert view.inline_editor is not None and view.inline_editor.text() == long_title
    qtbot.keyClick(view.inline_editor, Qt.Key.Key_Escape)
    assert view.inline_editor is None
    assert view.document.undo_stack.count() == 0


def test_a_title_loses_its_extra_spaces_on_the_map(qtbot: QtBot, view: JourneyView) -> None:
    click(qtbot, view, card_point(view, "t3"))
    qtbot.keyClick(view, Qt.Key.Key_F2)
    qtbot.keyClicks(view.inline_editor, "  Panier   plein ")
    qtbot.keyClick(view.inline_editor, Qt.Key.Key_Return)
    assert view.document.touchpoint("j1", "t3").title == "Panier plein"
    qtbot.keyClick(view, Qt.Key.Key_F2)
    qtbot.keyClicks(view.inline_editor, "Panier plein  ")  # the same name, spaced out
    qtbot.keyClick(view.inline_editor, Qt.Key.Key_Return)
    assert view.document.undo_stack.count() == 1


def test_moments_by_keys(qtbot: QtBot, view: JourneyView) -> None:
    click(qtbot, view, card_point(view, "t2"))
    for key, moment in ((Qt.Key.Key_1, MomentOfTruth.ESSENTIAL),
                        (Qt.Key.Key_2, MomentOfTruth.CRITICAL),
                        (Qt.Key.Key_3, MomentOfTruth.WOW), (Qt.Key.Key_0, MomentOfTruth.NONE)):
        qtbot.keyClick(view, key)
        assert view.document.touchpoint("j1", "t2").moment is moment


def test_emotion_keys_clamp_and_merge_into_one_step(qtbot: QtBot, view: JourneyView) -> None:
    click(qtbot, view, card_point(view, "t2"))
    stack = view.document.undo_stack
    count = stack.count()
    for _ in range(5):
        qtbot.keyClick(view, Qt.Key.Key_Plus)
    assert view.document.touchpoint("j1", "t2").emotion == 3
    qtbot.keyClick(view, Qt.Key.Key_Down, ALT)
    assert view.document.touchpoint("j1", "t2").emotion == 2
    assert stack.count() == count + 1
    stack.undo()
    assert view.document.touchpoint("j1", "t2").emotion is None
    click(qtbot, view, card_point(view, "t3"))
    for _ in range(5):
        qtbot.keyClick(view, Qt.Key.Key_Minus)
    assert view.document.touchpoint("j1", "t3").emotion == -3


def test_emotion_and_criticality_for_the_persona_in_view(qtbot: QtBot,
                                                         view: JourneyView) -> None:
    view.set_persona("p1")
    click(qtbot, view, card_point(view, "t1"))
    qtbot.keyClick(view, Qt.Key.Key_Up, ALT)
    qtbot.keyClick(view, Qt.Key.Key_C)
    qtbot.keyClick(view, Qt.Key.Key_C)
    tp = view.document.touchpoint("j1", "t1")
    assert tp.emotion == 1 and tp.persona_emotions == {"p1": 2}
    assert tp.criticality is None
    assert tp.persona_criticality == {"p1": Criticality.SENSITIVE}
    view.set_persona(None)
    qtbot.keyClick(view, Qt.Key.Key_C)
    assert view.document.touchpoint("j1", "t1").criticality is Criticality.LOW


# The completer's list is a popup; the offscreen platform cannot raise it or grab keys.
@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing the keyboard)")
def test_channel_picker(qtbot: QtBot, view: JourneyView) -> None:
    messages: list[str] = []
    view.status_message.connect(messages.append)
    click(qtbot, view, card_point(view, "t4"))
    qtbot.keyClick(view, Qt.Key.Key_K)
    assert view.inline_editor is not None
    qtbot.keyClick(view, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(view, "chat")
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert view.document.touchpoint("j1", "t4").channel_id == "ch-chat"
    count = view.document.undo_stack.count()
    channels = len(view.document.project.channels)
    qtbot.keyClick(view, Qt.Key.Key_K)
    qtbot.keyClick(view, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(view, "Pigeon voyageur")
    qtbot.keyClick(view, Qt.Key.Key_Return)
    # A new name makes a new channel (not digital, as its name says), in one step.
    added = view.document.project.channels[-1]
    assert (added.name, added.digital) == ("Pigeon voyageur", False)
    assert view.document.touchpoint("j1", "t4").channel_id == added.id
    assert view.document.undo_stack.count() == count + 1
    assert messages and "Pigeon voyageur" in messages[-1]
    qtbot.keyClick(view, Qt.Key.Key_Z, CTRL)
    assert view.document.touchpoint("j1", "t4").channel_id == "ch-chat"
    assert len(view.document.project.channels) == channels


def test_tab_and_arrows_move_the_selection(qtbot: QtBot, view: JourneyView) -> None:
    click(qtbot, view, card_point(view, "t1"))
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    assert view.selected_touchpoint_ids() == ["t3"]
    assert view.current_stage_id() == "s2"
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    assert view.selected_touchpoint_ids() == ["t5"]
    qtbot.keyClick(view, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert view.selected_touchpoint_ids() == ["t3"]
    qtbot.keyClick(view, Qt.Key.Key_Left)
    assert view.selected_touchpoint_ids() == ["t2"]
    qtbot.keyClick(view, Qt.Key.Key_Right)
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert view.selected_touchpoint_ids() == ["t4"]


def test_tab_selects_an_empty_stage_itself(qtbot: QtBot, view: JourneyView) -> None:
    click(qtbot, view, card_point(view, "t6"))
    qtbot.keyClick(view, Qt.Key.Key_Return, CTRL)  # a new, empty stage after "Livraison"
    qtbot.keyClick(view, Qt.Key.Key_Return)  # keep its default name
    stages = view.document.project.journeys[0].stages
    assert [s.name for s in stages][-1] == "Nouvelle étape"
    qtbot.keyClick(view, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    assert view.selected_stage_ids() == [stages[-1].id]
    assert view.current_stage_id() == stages[-1].id


def test_zoom_keys_change_the_transform(qtbot: QtBot, view: JourneyView) -> None:
    zooms: list[float] = []
    view.zoom_changed.connect(zooms.append)
    qtbot.keyClick(view, Qt.Key.Key_Plus, CTRL)
    assert view.transform().m11() > 1.0
    qtbot.keyClick(view, Qt.Key.Key_Minus, CTRL)
    qtbot.keyClick(view, Qt.Key.Key_Minus, CTRL)
    assert view.transform().m11() < 1.0
    qtbot.keyClick(view, Qt.Key.Key_0, CTRL)
    assert view.transform().m11() == 1.0
    view.fit_to_window()
    assert zooms and zooms[-1] == view.zoom()


def _typing_target(view: JourneyView) -> QWidget:
    """Where the keyboard's keys go: the completer's list while it shows, else the editor."""
    editor = view.inline_editor
    assert editor is not None
    return editor.suggestion_popup() or editor


def _pick_channel(qtbot: QtBot, view: JourneyView, typed: str,
                  keys: tuple[Qt.Key, ...] = ()) -> None:
    qtbot.keyClick(view, Qt.Key.Key_K)
    qtbot.keyClick(_typing_target(view), Qt.Key.Key_A, CTRL)
    for char in typed:
        qtbot.keyClicks(_typing_target(view), char)
    for key in (*keys, Qt.Key.Key_Return):
        qtbot.keyClick(_typing_target(view), key)


@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing the keyboard)")
@pytest.mark.parametrize(("typed", "channel"), [("mag", "ch-shop"), ("WEB", "ch-web")])
def test_enter_takes_the_only_suggestion(qtbot: QtBot, view: JourneyView, typed: str,
                                         channel: str) -> None:
    messages: list[str] = []
    view.status_message.connect(messages.append)
    click(qtbot, view, card_point(view, "t4"))
    _pick_channel(qtbot, view, typed)
    assert view.inline_editor is None
    assert view.document.touchpoint("j1", "t4").channel_id == channel
    assert messages == []


@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing the keyboard)")
def test_enter_takes_the_highlighted_suggestion(qtbot: QtBot, view: JourneyView) -> None:
    click(qtbot, view, card_point(view, "t4"))
    _pick_channel(qtbot, view, "a", (Qt.Key.Key_Down, Qt.Key.Key_Down))  # Magasin, then Chat
    assert view.document.touchpoint("j1", "t4").channel_id == "ch-chat"


@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing the keyboard)")
def test_enter_on_several_suggestions_names_none(qtbot: QtBot, view: JourneyView) -> None:
    messages: list[str] = []
    view.status_message.connect(messages.append)
    click(qtbot, view, card_point(view, "t4"))
    _pick_channel(qtbot, view, "a")  # Magasin and Chat: which one is not for Enter to guess
    assert view.document.touchpoint("j1", "t4").channel_id is None
    assert messages and "“a”" in messages[-1]


@pytest.mark.parametrize("stage_index", [0, 2])
def test_enter_adds_in_the_stage_whose_empty_lane_was_clicked(
        qtbot: QtBot, make_view: ViewFactory, stage_index: int) -> None:
    from PySide6.QtCore import QPointF

    from cxdesigner.io.templates import bundled_template
    from cxdesigner.model import Lane
    from cxdesigner.ui.project_factory import new_project

    purchase = bundled_template("general/purchase", "fr").project
    view = make_view(new_project("Atelier", "fr", purchase))
    journey = view.document.project.journeys[0]
    assert len(journey.stages) > 2 and not any(s.touchpoints for s in journey.stages)
    layout = view.map_scene.map_layout
    assert layout is not None
    lane = layout.lane(Lane.TOUCHPOINTS)
    assert lane is not None
    column = layout.stages[stage_index].column
    point = QPointF(column.x + column.width / 2, lane.band.y + lane.band.height / 2)
    assert view.map_scene.item_at(point) is None  # the stage's empty touchpoint lane
    click(qtbot, view, view.mapFromScene(point))
    for number in range(1, 6):
        qtbot.keyClick(view, Qt.Key.Key_Return)
        editor = view.inline_editor
        assert editor is not None
        type_text(qtbot, editor, f"Carte {number}")
        qtbot.keyClick(editor, Qt.Key.Key_Return)
    stages = view.document.project.journeys[0].stages
    assert [tp.title for tp in stages[stage_index].touchpoints] == [
        f"Carte {number}" for number in range(1, 6)]
    assert sum(len(stage.touchpoints) for stage in stages) == 5


def test_the_line_editor_is_made_when_first_typed_in_and_lies_over_its_card(
        qtbot: QtBot, view: JourneyView) -> None:
    viewport = view.viewport()
    assert not viewport.findChildren(QLineEdit)  # a map only looked at has none
    click(qtbot, view, card_point(view, "t3"))
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = view.inline_editor
    assert editor is not None and editor.isVisible() and editor.parent() is viewport
    assert editor.geometry().contains(card_point(view, "t3"))
    qtbot.keyClicks(view, "Panier rempli")
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert view.document.touchpoint("j1", "t3").title == "Panier rempli"
    assert view.inline_editor is None and not editor.isVisible()
    qtbot.keyClick(view, Qt.Key.Key_F2)  # the same line again, not a second one
    assert view.inline_editor is editor and len(viewport.findChildren(QLineEdit)) == 1
    qtbot.keyClick(view, Qt.Key.Key_Escape)
