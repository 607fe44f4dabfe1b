"""The inspector, the people dock and the persona editor ask the document, as the map does:
the same rules, the document's reasons shown beside the fields, the typed text kept."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot
from ui_support import current_view

from cxdesigner.document.language import interface_language
from cxdesigner.model.wording import edit_rule_sentence
from cxdesigner.ui.main_window import MainWindow


def _refusal(code: str, kind: str, name: str = "") -> str:
    return edit_rule_sentence(code, kind, interface_language(), name)


def _line(editor: object) -> QLineEdit:
    assert isinstance(editor, QLineEdit)
    return editor


def _clear(qtbot: QtBot, editor: QLineEdit) -> None:
    editor.setFocus()
    editor.selectAll()
    qtbot.keyClick(editor, Qt.Key.Key_Backspace)


def test_an_empty_title_is_refused_in_the_inspector_as_on_the_map(demo_window: MainWindow,
                                                                  qtbot: QtBot) -> None:
    journey = demo_window.document.project.journeys[0]
    touchpoint = journey.stages[1].touchpoints[0]
    current_view(demo_window).select_touchpoint(touchpoint.id)
    form = demo_window.inspector.touchpoint_form
    title = _line(form.fields["title"].editor)
    stack = demo_window.document.undo_stack

    _clear(qtbot, title)

    assert demo_window.document.touchpoint(journey.id, touchpoint.id).title == touchpoint.title
    assert title.text() == ""  # what the user did stays on screen
    assert form.refusal.isVisible()
    assert form.refusal.text() == _refusal("name_required", "touchpoints")
    assert stack.count() == 0

    qtbot.keyClicks(title, "Comparer les offres")
    assert demo_window.document.touchpoint(journey.id, touchpoint.id).title == \
        "Comparer les offres"
    assert not form.refusal.isVisible()
    assert stack.count() == 1
    stack.undo()
    assert demo_window.document.touchpoint(journey.id, touchpoint.id).title == touchpoint.title


def test_a_space_being_typed_stays_in_the_field(demo_window: MainWindow,
                                                 qtbot: QtBot) -> None:
    journey = demo_window.document.project.journeys[0]
    touchpoint = journey.stages[1].touchpoints[0]
    current_view(demo_window).select_touchpoint(touchpoint.id)
    title = _line(demo_window.inspector.touchpoint_form.fields["title"].editor)
    title.setFocus()
    title.selectAll()

    qtbot.keyClicks(title, "Appel du client ")

    assert title.text() == "Appel du client "
    assert demo_window.document.touchpoint(journey.id, touchpoint.id).title == "Appel du client"
    qtbot.keyClicks(title, "presse")
    assert demo_window.document.touchpoint(journey.id, touchpoint.id).title == \
        "Appel du client presse"
    assert demo_window.document.undo_stack.count() == 1


def test_stage_and_journey_names_follow_the_same_rule(demo_window: MainWindow,
                                                      qtbot: QtBot) -> None:
    journey = demo_window.document.project.journeys[0]
    stage = journey.stages[0]
    current_view(demo_window).select_stage(stage.id)
    stage_form = demo_window.inspector.stage_form
    _clear(qtbot, _line(stage_form.name.editor))
    assert demo_window.document.stage(journey.id, stage.id).name == stage.name
    assert stage_form.refusal.text() == _refusal("name_required", "stages")

    current_view(demo_window).map_scene.clearSelection()
    journey_form = demo_window.inspector.journey_form
    _clear(qtbot, _line(journey_form.name.editor))
    assert demo_window.document.journey(journey.id).name == journey.name
    assert journey_form.refusal.text() == _refusal("name_required", "journeys")
    _clear(qtbot, _line(journey_form.title.editor))
    assert demo_window.document.project.title != ""
    assert journey_form.refusal.text() == _refusal("name_required", "project")
    assert demo_window.document.undo_stack.count() == 0


def test_a_channel_name_already_taken_is_refused_in_the_people_dock(
        demo_window: MainWindow, qtbot: QtBot) -> None:
    document = demo_window.document
    demo_window.people.raise_()
    panel = demo_window.people.channels
    demo_window.people.tabs.setCurrentWidget(panel)
    first, second = document.project.channels[:2]
    panel.list.setCurrentRow(1)
    name = _line(panel.typing["name"].editor)
    name.setFocus()
    name.selectAll()

    qtbot.keyClicks(name, first.name.upper())

    # Each letter is an edit: all but the last one are names of their own.
    assert document.project.channels[1].name == first.name.upper()[:-1]
    assert name.text() == first.name.upper()
    assert panel.refusal.text() == _refusal("name_taken", "channels", first.name)
    qtbot.keyClicks(name, " 2")
    assert document.project.channels[1].name == f"{first.name.upper()} 2"
    assert not panel.refusal.isVisible()
    assert document.undo_stack.count() == 1
    document.undo_stack.undo()
    assert document.project.channels[1].name == second.name


def test_new_entries_of_the_dock_get_names_of_their_own(demo_window: MainWindow) -> None:
    panel = demo_window.people.interlocutors
    panel.add()
    panel.add()
    names = [item.name for item in demo_window.document.project.interlocutors[-2:]]
    assert names == ["New interlocutor", "New interlocutor 2"]
    assert demo_window.document.undo_stack.count() == 2


def test_the_persona_editor_refuses_an_empty_name(demo_window: MainWindow,
                                                  qtbot: QtBot) -> None:
    persona = demo_window.document.project.personas[0]
    editor = demo_window.persona_tools.open_editor(persona.id)
    qtbot.waitExposed(editor)
    _clear(qtbot, editor.form.name)
    assert demo_window.document.project.personas[0].name == persona.name
    assert editor.form.refusal.text() == _refusal("name_required", "personas")
    editor.add_persona()
    editor.add_persona()
    assert [p.name for p in demo_window.document.project.personas[-2:]] == [
        "New persona", "New persona 2"]
