"""The inspector: each field edit is one undo step, the model follows, the view refreshes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QComboBox, QDialog, QLineEdit, QScrollArea
from pytestqt.qtbot import QtBot
from ui_support import current_view

from cxdesigner.document.commands import AddTouchpoint, EditJourney, EditTouchpoint
from cxdesigner.model import (
    Criticality,
    MomentOfTruth,
    Pillar,
    Touchpoint,
    VerbatimSource,
)
from cxdesigner.ui.inspector import item_dialogs
from cxdesigner.ui.inspector.dock import NOTE_PAGE, TOUCHPOINT_PAGE
from cxdesigner.ui.main_window import MainWindow


def _select_first(window: MainWindow) -> Touchpoint:
    journey = window.document.project.journeys[0]
    touchpoint = journey.stages[1].touchpoints[0]
    current_view(window).select_touchpoint(touchpoint.id)
    assert window.inspector.touchpoint_form.touchpoint_id == touchpoint.id
    return touchpoint


def _current(window: MainWindow, touchpoint_id: str) -> Touchpoint:
    return window.document.touchpoint(window.document.project.journeys[0].id, touchpoint_id)


def test_the_touchpoint_form_is_built_when_a_card_is_first_clicked(demo_window: MainWindow,
                                                                  qtbot: QtBot) -> None:
    inspector = demo_window.inspector
    pages = [inspector.pages.widget(page) for page in (TOUCHPOINT_PAGE, NOTE_PAGE)]
    assert all(isinstance(page, QScrollArea) and page.widget() is None for page in pages)
    view = current_view(demo_window)
    touchpoint = demo_window.document.project.journeys[0].stages[1].touchpoints[0]
    layout = view.map_scene.map_layout
    assert layout is not None
    centre = layout.touchpoints[touchpoint.id].card.center
    view.centerOn(centre.x, centre.y)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     pos=view.mapFromScene(QPointF(centre.x, centre.y)))

    assert inspector.pages.currentIndex() == TOUCHPOINT_PAGE
    form = inspector.touchpoint_form
    assert pages[0].widget() is form and form.isVisible()
    assert form.touchpoint_id == touchpoint.id
    title = form.fields["title"].editor
    assert isinstance(title, QLineEdit) and title.text() == touchpoint.title
    qtbot.mouseClick(title, Qt.MouseButton.LeftButton)
    title.end(False)
    qtbot.keyClicks(title, " !")
    assert _current(demo_window, touchpoint.id).title == touchpoint.title + " !"
    assert pages[1].widget() is None  # the note form still waits for a note


def test_typing_a_title_is_one_undo_step_per_visit(demo_window: MainWindow, qtbot: QtBot) -> None:
    touchpoint = _select_first(demo_window)
    stack = demo_window.document.undo_stack
    title = demo_window.inspector.touchpoint_form.fields["title"].editor
    assert isinstance(title, QLineEdit)
    title.setFocus()
    title.end(False)

    qtbot.keyClicks(title, " rapide")
    assert stack.count() == 1
    assert _current(demo_window, touchpoint.id).title == touchpoint.title + " rapide"

    qtbot.keyClick(title, Qt.Key.Key_Return)  # leaves the field: the next visit is a new step
    qtbot.keyClicks(title, "!")
    assert stack.count() == 2
    assert _current(demo_window, touchpoint.id).title == touchpoint.title + " rapide!"

    stack.undo()
    assert title.text() == touchpoint.title + " rapide"
    stack.undo()
    assert _current(demo_window, touchpoint.id).title == touchpoint.title
    assert title.text() == touchpoint.title


def test_notes_typed_in_a_text_box_merge_too(demo_window: MainWindow, qtbot: QtBot) -> None:
    touchpoint = _select_first(demo_window)
    notes = demo_window.inspector.touchpoint_form.fields["notes"].editor
    notes.setFocus()

    qtbot.keyClicks(notes, "À revoir")

    assert demo_window.document.undo_stack.count() == 1
    assert _current(demo_window, touchpoint.id).notes.endswith("À revoir")


def test_a_change_from_elsewhere_keeps_the_cursor(demo_window: MainWindow,
                                                  qtbot: QtBot) -> None:
    touchpoint = _select_first(demo_window)
    document = demo_window.document
    title = demo_window.inspector.touchpoint_form.fields["title"].editor
    assert isinstance(title, QLineEdit)
    title.setFocus()
    title.setCursorPosition(3)

    document.undo_stack.push(EditTouchpoint(document, document.project.journeys[0].id,
                                            touchpoint.id, {"title": "Recherche en ligne"}))

    assert title.text() == "Recherche en ligne"
    assert title.cursorPosition() == 3


def _choose(combo: QComboBox, data: object) -> None:
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


def test_each_choice_is_one_undo_step(demo_window: MainWindow) -> None:
    touchpoint = _select_first(demo_window)
    form = demo_window.inspector.touchpoint_form
    stack = demo_window.document.undo_stack
    phone = next(c for c in demo_window.document.project.channels if c.name == "Téléphone")

    _choose(form.channel, phone.id)
    _choose(form.emotion, "-2")
    _choose(form.moment, MomentOfTruth.CRITICAL.value)
    _choose(form.criticality, Criticality.VERY_SENSITIVE.value)

    assert stack.count() == 4
    changed = _current(demo_window, touchpoint.id)
    assert changed.channel_id == phone.id
    assert changed.emotion == -2
    assert changed.moment is MomentOfTruth.CRITICAL
    assert changed.criticality is Criticality.VERY_SENSITIVE
    stack.undo()
    assert form.criticality.currentData() == (touchpoint.criticality.value
                                              if touchpoint.criticality else "")


def test_per_persona_values(demo_window: MainWindow) -> None:
    touchpoint = _select_first(demo_window)
    table = demo_window.inspector.touchpoint_form.personas
    persona = demo_window.document.project.personas[0]
    emotion = table.cellWidget(0, 1)
    criticality = table.cellWidget(0, 2)
    assert isinstance(emotion, QComboBox) and isinstance(criticality, QComboBox)

    _choose(emotion, "3")
    _choose(criticality, Criticality.LOW.value)

    changed = _current(demo_window, touchpoint.id)
    assert changed.persona_emotions[persona.id] == 3
    assert changed.persona_criticality[persona.id] is Criticality.LOW
    assert demo_window.document.undo_stack.count() == 2


def test_adding_a_verbatim_through_its_dialog(demo_window: MainWindow,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    touchpoint = _select_first(demo_window)
    persona = demo_window.document.project.personas[1]

    def fill(dialog: QDialog) -> bool:
        assert isinstance(dialog, item_dialogs.VerbatimDialog)
        dialog.text.setPlainText("J'ai dû rappeler trois fois.")
        _choose(dialog.source, VerbatimSource.ADVISER_CALL.value)
        dialog.author.setText("Client, 54 ans")
        _choose(dialog.persona, persona.id)
        return True

    monkeypatch.setattr(item_dialogs, "run_dialog", fill)

    demo_window.inspector.touchpoint_form.verbatims.add()

    verbatims = _current(demo_window, touchpoint.id).verbatims
    added = verbatims[-1]
    assert len(verbatims) == len(touchpoint.verbatims) + 1
    assert (added.text, added.source, added.author, added.persona_id) == (
        "J'ai dû rappeler trois fois.", VerbatimSource.ADVISER_CALL, "Client, 54 ans",
        persona.id)
    assert demo_window.document.undo_stack.count() == 1
    assert demo_window.document.undo_stack.text(0) == "Add verbatim"


def test_editing_and_removing_an_irritant(demo_window: MainWindow,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    touchpoint = _select_first(demo_window)

    def fill(dialog: QDialog) -> bool:
        assert isinstance(dialog, item_dialogs.IrritantDialog)
        dialog.text.setPlainText("Délai de livraison flou")
        _choose(dialog.severity, 4)
        dialog.pillars.boxes[Pillar.TIME_AND_EFFORT].setChecked(True)
        return True

    monkeypatch.setattr(item_dialogs, "run_dialog", fill)
    editor = demo_window.inspector.touchpoint_form.irritants
    editor.add()
    editor.list.setCurrentRow(editor.list.count() - 1)
    added = _current(demo_window, touchpoint.id).irritants[-1]
    assert (added.severity, added.pillars) == (4, [Pillar.TIME_AND_EFFORT])

    editor.remove_current()

    assert _current(demo_window, touchpoint.id).irritants == touchpoint.irritants
    assert demo_window.document.undo_stack.count() == 2


def test_a_cancelled_dialog_changes_nothing(demo_window: MainWindow,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    _select_first(demo_window)
    monkeypatch.setattr(item_dialogs, "run_dialog", lambda dialog: False)

    demo_window.inspector.touchpoint_form.kpis.add()

    assert demo_window.document.undo_stack.count() == 0


def test_tags_are_split_on_commas(demo_window: MainWindow, qtbot: QtBot) -> None:
    touchpoint = _select_first(demo_window)
    tags = demo_window.inspector.touchpoint_form.tags
    tags.setFocus()
    tags.setText("Empathie,  Temps et effort , Empathie")

    qtbot.keyClick(tags, Qt.Key.Key_Return)

    assert _current(demo_window, touchpoint.id).tags == ["Empathie", "Temps et effort"]
    assert demo_window.document.undo_stack.count() == 1


def test_a_stage_and_then_the_journey_are_inspected(demo_window: MainWindow,
                                                    qtbot: QtBot) -> None:
    journey = demo_window.document.project.journeys[0]
    view = current_view(demo_window)
    view.select_stage(journey.stages[2].id)
    inspector = demo_window.inspector
    assert inspector.stage_form.stage_id == journey.stages[2].id
    name = inspector.stage_form.name.editor
    assert isinstance(name, QLineEdit)
    name.setFocus()
    name.end(False)
    qtbot.keyClicks(name, " (bis)")
    assert demo_window.document.stage(journey.id, journey.stages[2].id).name.endswith(" (bis)")

    view.map_scene.clearSelection()

    assert inspector.pages.currentIndex() == 2
    assert inspector.journey_form.name.text() == journey.name


def test_journey_personas_are_ticked(demo_window: MainWindow) -> None:
    journey = demo_window.document.project.journeys[0]
    inspector = demo_window.inspector
    inspector.show_journey(journey.id)
    personas = inspector.journey_form.personas
    first = personas.item(0)
    was_ticked = first.checkState() == Qt.CheckState.Checked

    first.setCheckState(Qt.CheckState.Unchecked if was_ticked else Qt.CheckState.Checked)

    persona_ids = demo_window.document.journey(journey.id).persona_ids
    assert (demo_window.document.project.personas[0].id in persona_ids) is not was_ticked
    assert demo_window.document.undo_stack.count() == 1


CTRL = Qt.KeyboardModifier.ControlModifier


def _interlocutor(window: MainWindow, touchpoint_id: str) -> str | None:
    return _current(window, touchpoint_id).interlocutor_id


def test_stepping_through_a_list_by_keyboard_is_one_undo_step(demo_window: MainWindow,
                                                              qtbot: QtBot) -> None:
    touchpoint = _select_first(demo_window)
    stack = demo_window.document.undo_stack
    combo = demo_window.inspector.touchpoint_form.interlocutor
    combo.setFocus()
    for _ in range(5):
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    qtbot.keyClicks(combo, "Tech")  # typing a name jumps to it, letter by letter
    assert combo.currentText().startswith("Technicien")
    assert _interlocutor(demo_window, touchpoint.id) == combo.currentData()
    assert stack.count() == 1

    view = current_view(demo_window)
    view.setFocus()  # leaving the list closes the step
    qtbot.keyClick(view, Qt.Key.Key_Z, CTRL)
    assert _interlocutor(demo_window, touchpoint.id) == touchpoint.interlocutor_id
    assert stack.index() == 0

    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    view.setFocus()
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert stack.count() == 2  # two visits, two steps


def test_a_persona_value_stepped_through_is_one_undo_step(demo_window: MainWindow,
                                                          qtbot: QtBot) -> None:
    touchpoint = _select_first(demo_window)
    table = demo_window.inspector.touchpoint_form.personas
    box = table.cellWidget(0, 1)
    assert isinstance(box, QComboBox)
    box.setFocus()
    for _ in range(4):
        qtbot.keyClick(box, Qt.Key.Key_Down)
    stack = demo_window.document.undo_stack
    assert stack.count() == 1
    current_view(demo_window).setFocus()
    qtbot.keyClick(current_view(demo_window), Qt.Key.Key_Z, CTRL)
    assert _current(demo_window, touchpoint.id).persona_emotions == touchpoint.persona_emotions


@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing the keyboard)")
def test_each_choice_picked_from_the_open_list_is_a_step(demo_window: MainWindow,
                                                         qtbot: QtBot) -> None:
    _select_first(demo_window)
    combo = demo_window.inspector.touchpoint_form.moment
    combo.setFocus()
    for _ in range(2):
        combo.showPopup()
        popup = combo.view()
        qtbot.keyClick(popup, Qt.Key.Key_Down)
        qtbot.keyClick(popup, Qt.Key.Key_Return)
        assert not popup.isVisible()
    assert demo_window.document.undo_stack.count() == 2


def test_stepping_back_to_the_start_leaves_no_step(demo_window: MainWindow,
                                                   qtbot: QtBot) -> None:
    _select_first(demo_window)
    combo = demo_window.inspector.touchpoint_form.criticality
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    qtbot.keyClick(combo, Qt.Key.Key_Up)
    assert demo_window.document.undo_stack.count() == 0


def test_the_journey_form_follows_the_journey_through_added_steps_undo_and_redo(
        demo_window: MainWindow) -> None:
    document, inspector = demo_window.document, demo_window.inspector
    journey = document.project.journeys[0]
    inspector.show_journey(journey.id)
    stack = document.undo_stack
    stack.push(AddTouchpoint(document, journey.id, journey.stages[0].id, 0,
                             Touchpoint(title="Accueil")))
    stack.push(EditJourney(document, journey.id, {"name": "Parcours revu",
                                                  "description": "Après l'atelier"}))
    form = inspector.journey_form
    assert inspector.pages.currentWidget().widget() is form
    assert (form.name.text(), form.description.text()) == ("Parcours revu", "Après l'atelier")
    stack.undo()
    assert (form.name.text(), form.description.text()) == (journey.name, journey.description)
    stack.undo()
    assert form.name.text() == journey.name
    stack.redo()
    stack.redo()
    assert (form.name.text(), form.description.text()) == ("Parcours revu", "Après l'atelier")
