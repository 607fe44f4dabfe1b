"""Personas, channels and interlocutors: add, rename, delete (with everything pointing to it)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit
from pytestqt.qtbot import QtBot
from ui_support import WindowFactory, small_project

from cxdesigner.document.commands import AddItem
from cxdesigner.model import Channel
from cxdesigner.ui.main_window import MainWindow
from cxdesigner.ui.prompts import Prompts


def test_adding_and_renaming_a_persona(demo_window: MainWindow, qtbot: QtBot) -> None:
    panel = demo_window.people.personas
    count = len(demo_window.document.project.personas)

    panel.add()
    name = panel.typing["name"].editor
    assert isinstance(name, QLineEdit)
    name.setFocus()
    name.selectAll()
    qtbot.keyClicks(name, "Nadia")

    personas = demo_window.document.project.personas
    assert len(personas) == count + 1
    assert personas[-1].name == "Nadia"
    assert panel.list.item(panel.list.count() - 1).text() == "Nadia"
    assert demo_window.document.undo_stack.count() == 2  # added, then renamed
    assert demo_window.persona_combo.findText("Nadia") >= 0


def test_deleting_a_channel_clears_it_everywhere_and_undo_restores(
        make_window: WindowFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    demo_window = make_window(project=small_project())
    document = demo_window.document
    channel = document.project.channels[1]  # the phone, on two touchpoints
    before = document.project.model_dump()
    questions: list[str] = []
    def confirm(self: Prompts, title: str, text: str, action: str) -> bool:
        questions.append(text)
        return True

    monkeypatch.setattr(Prompts, "confirm", confirm)
    panel = demo_window.people.channels
    panel.list.setCurrentRow([c.id for c in document.project.channels].index(channel.id))

    panel.delete_selected()

    assert channel.name in questions[0]
    assert all(c.id != channel.id for c in document.project.channels)
    assert [tp.channel_id for j in document.project.journeys for _, tp in j.touchpoints()] == [
        "ch-web", None, "ch-web", None]
    document.undo_stack.undo()
    assert document.project.model_dump() == before


def test_no_is_no(demo_window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(Prompts, "confirm", lambda self, title, text, action: False)
    count = len(demo_window.document.project.interlocutors)

    demo_window.people.interlocutors.delete_selected()

    assert len(demo_window.document.project.interlocutors) == count
    assert demo_window.document.undo_stack.count() == 0


def test_a_channel_is_marked_digital(demo_window: MainWindow) -> None:
    panel = demo_window.people.channels
    panel.list.setCurrentRow(0)
    box = panel.checks["digital"]
    first = demo_window.document.project.channels[0]

    box.setChecked(not first.digital)

    assert demo_window.document.project.channels[0].digital is not first.digital
    assert demo_window.document.undo_stack.count() == 1


def test_undoing_an_interlocutor_edit_takes_one_ctrl_z(demo_window: MainWindow,
                                                        qtbot: QtBot) -> None:
    document = demo_window.document
    panel = demo_window.people.interlocutors
    demo_window.people.raise_()
    demo_window.people.tabs.setCurrentWidget(panel)
    panel.list.setCurrentRow(0)
    before = document.project.interlocutors[0].model_dump()
    role = panel.typing["role"].editor
    assert isinstance(role, QLineEdit)
    role.setFocus()
    role.end(False)
    qtbot.keyClicks(role, " senior")
    assert document.undo_stack.count() == 1

    # Ctrl+Z in the field undoes the typing there: the edit is then gone from the history
    # too, with no step left that would change nothing.
    qtbot.keyClick(role, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert document.project.interlocutors[0].model_dump() == before
    assert document.undo_stack.count() == 0


def test_typing_in_a_quote_keeps_its_no_break_spaces(demo_window: MainWindow,
                                                      qtbot: QtBot) -> None:
    panel = demo_window.people.personas
    panel.list.setCurrentRow(0)
    quote = demo_window.document.project.personas[0].quote
    assert "\u00a0" in quote  # French quotation marks: « … »
    editor = panel.typing["quote"].editor
    assert isinstance(editor, QPlainTextEdit)
    editor.setFocus()
    editor.moveCursor(QTextCursor.MoveOperation.End)

    qtbot.keyClicks(editor, "!")

    assert demo_window.document.project.personas[0].quote == quote + "!"


def test_a_persona_added_while_a_journey_is_open_is_attached_to_it(
        make_window: WindowFactory) -> None:
    window = make_window(project=small_project())
    document = window.document
    assert window.context.journey_id() == "j-now"
    before = document.project.model_dump()
    window.people.personas.add()
    persona = document.project.personas[-1]
    assert document.journey("j-now").persona_ids == ["p-ana", persona.id]
    assert document.journey("j-next").persona_ids == before["journeys"][1]["persona_ids"]
    assert document.undo_stack.count() == 1  # added and attached: one step
    document.undo_stack.undo()
    assert document.project.model_dump() == before
    document.undo_stack.redo()
    assert document.journey("j-now").persona_ids == ["p-ana", persona.id]


def test_the_people_dock_is_made_when_first_shown_with_the_project_as_it_is(
        demo_window: MainWindow, qtbot: QtBot) -> None:
    people, document = demo_window.people, demo_window.document
    assert not people.is_built()  # behind the inspector at first: nothing to show yet
    assert people.findChildren(QLineEdit) == []
    document.undo_stack.push(AddItem(document, "channels", Channel(name="Pigeon voyageur")))
    people.raise_()
    qtbot.waitUntil(lambda: people.tabs.isVisible())
    assert people.is_built()
    names = [people.personas.list.item(row).text()
             for row in range(people.personas.list.count())]
    assert names == [persona.name for persona in document.project.personas]
    channels = people.channels.list
    assert channels.item(channels.count() - 1).text() == "Pigeon voyageur"
    people.tabs.setCurrentWidget(people.channels)
    assert channels.isVisible()
