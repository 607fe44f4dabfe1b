"""The voice panel: every verbatim listed, filtered and searched, typed in, dropped on a card."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QEvent, QMimeData, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from ui_support import WindowFactory, small_project

from cxdesigner.canvas import JourneyView
from cxdesigner.document.commands import AddItem
from cxdesigner.model import EmployeeMoment, Project, Segment, Verbatim, VerbatimSource
from cxdesigner.ui.main_window import MainWindow
from cxdesigner.ui.voice.rows import UNATTACHED, VerbatimFilter, verbatim_rows


def voice_project() -> Project:
    project = small_project()
    project.segments = [Segment(id="seg-fam", name="Familles")]
    project.verbatims = [Verbatim(id="v-free", text="On aimerait un seul numéro.",
                                  source=VerbatimSource.FOCUS_GROUP, segment_id="seg-fam")]
    journey = project.journeys[0]
    first, call = journey.stages[0].touchpoints
    first.verbatims = [Verbatim(id="v-ad", text="La publicité était très claire.",
                                source=VerbatimSource.REVIEW, persona_id="p-ana",
                                author="Avis Google", date=dt.date(2025, 3, 2))]
    call.verbatims = [Verbatim(id="v-tension", text="Les clients RAPPELLENT trois fois, déçus.",
                               source=VerbatimSource.EMPLOYEE,
                               employee_moment=EmployeeMoment.TENSION)]
    return project


@pytest.fixture
def voice_window(make_window: WindowFactory) -> MainWindow:
    window = make_window(project=voice_project())
    window.voice.show()
    window.voice.raise_()
    return window


def shown_ids(window: MainWindow) -> list[str]:
    proxy = window.voice.panel.proxy
    return [proxy.row_at(row).verbatim.id for row in range(proxy.rowCount())]


def current_view(window: MainWindow) -> JourneyView:
    view = window.tabs.current_view()
    assert view is not None
    return view


def test_every_verbatim_is_listed_with_its_place() -> None:
    rows = verbatim_rows(voice_project())
    assert [(row.verbatim.id, row.touchpoint_title) for row in rows] == [
        ("v-free", ""), ("v-ad", "Publicité"), ("v-tension", "Appel")]
    assert not rows[0].attached and rows[1].stage_name == "Découverte"


def test_the_filter_ignores_case_and_accents() -> None:
    rows = verbatim_rows(voice_project())

    def ids(criteria: VerbatimFilter) -> list[str]:
        return [row.verbatim.id for row in rows if criteria.accepts(row)]

    assert ids(VerbatimFilter(search="DECUS rappellent")) == ["v-tension"]
    assert ids(VerbatimFilter(search="publicite")) == ["v-ad"]  # the touchpoint's title
    assert ids(VerbatimFilter(employee_only=True)) == ["v-tension"]
    assert ids(VerbatimFilter(journey_id=UNATTACHED)) == ["v-free"]
    assert ids(VerbatimFilter(who="seg-fam")) == ["v-free"]
    assert ids(VerbatimFilter(source=VerbatimSource.REVIEW, stage_id="s-1")) == ["v-ad"]


def test_the_panel_filters_and_searches(voice_window: MainWindow, qtbot: QtBot) -> None:
    dock = voice_window.voice.panel
    assert shown_ids(voice_window) == ["v-free", "v-ad", "v-tension"]
    assert dock.count.text() == "3 of 3 verbatims"

    qtbot.keyClicks(dock.search, "tres CLAIRE")
    assert shown_ids(voice_window) == ["v-ad"]
    dock.search.clear()
    dock.who.setCurrentIndex(dock.who.findData("p-ana"))
    assert shown_ids(voice_window) == ["v-ad"]
    dock.who.setCurrentIndex(0)
    dock.employee_only.setChecked(True)
    assert shown_ids(voice_window) == ["v-tension"]
    assert dock.model.data(dock.proxy.mapToSource(dock.proxy.index(0, 3))) == "Moment of tension"
    dock.employee_only.setChecked(False)
    dock.journey.setCurrentIndex(dock.journey.findData(UNATTACHED))
    assert shown_ids(voice_window) == ["v-free"]
    assert not dock.stage.isEnabled()
    dock.journey.setCurrentIndex(dock.journey.findData("j-now"))
    dock.source.setCurrentIndex(dock.source.findData(VerbatimSource.EMPLOYEE.value))
    assert shown_ids(voice_window) == ["v-tension"]


def test_enter_adds_to_the_selected_touchpoint(voice_window: MainWindow, qtbot: QtBot) -> None:
    dock, document = voice_window.voice.panel, voice_window.document
    current_view(voice_window).select_touchpoint("t-3")
    assert "Paiement" in dock.where.text()
    dock.entry_source.setCurrentIndex(dock.entry_source.findData("employee:positive"))

    qtbot.keyClicks(dock.entry, "Un client nous a dit merci")
    qtbot.keyClick(dock.entry, Qt.Key.Key_Return)

    added = document.touchpoint("j-now", "t-3").verbatims
    assert [(v.text, v.source, v.employee_moment) for v in added] == [
        ("Un client nous a dit merci", VerbatimSource.EMPLOYEE, EmployeeMoment.POSITIVE)]
    assert added[0].date == dt.date.today()
    assert dock.entry.text() == ""
    assert dock.selected_id() == added[0].id
    document.undo_stack.undo()
    assert document.touchpoint("j-now", "t-3").verbatims == []


def test_without_a_selection_a_verbatim_waits_unattached(voice_window: MainWindow,
                                                        qtbot: QtBot) -> None:
    dock, document = voice_window.voice.panel, voice_window.document
    current_view(voice_window).map_scene.clearSelection()
    dock.who.setCurrentIndex(dock.who.findData("p-bob"))  # the filter's persona is taken

    qtbot.keyClicks(dock.entry, "Trop long")
    qtbot.keyClick(dock.entry, Qt.Key.Key_Enter)

    last = document.project.verbatims[-1]
    assert (last.text, last.persona_id, last.source) == ("Trop long", "p-bob",
                                                         VerbatimSource.INTERVIEW)
    assert shown_ids(voice_window) == [last.id]
    assert document.undo_stack.count() == 1


def _drop_on_card(window: MainWindow, data: QMimeData, touchpoint_id: str) -> bool:
    view = current_view(window)
    card = view.map_scene.touchpoint_items[touchpoint_id]
    view.centerOn(card)
    point = QPointF(view.mapFromScene(card.sceneBoundingRect().center()))
    buttons, modifiers = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    action = Qt.DropAction.MoveAction
    viewport = view.viewport()
    enter = QDragEnterEvent(point.toPoint(), action, data, buttons, modifiers)
    QApplication.sendEvent(viewport, enter)
    move = QDragMoveEvent(point.toPoint(), action, data, buttons, modifiers)
    QApplication.sendEvent(viewport, move)
    assert move.isAccepted()
    drop = QDropEvent(point, action, data, buttons, modifiers, QEvent.Type.Drop)
    QApplication.sendEvent(viewport, drop)
    return drop.isAccepted()


def test_dropping_a_verbatim_on_a_card_attaches_it_in_one_step(
        voice_window: MainWindow) -> None:
    dock, document = voice_window.voice.panel, voice_window.document
    before = document.project.model_dump()
    data = dock.model.mimeData([dock.model.index(0, 0)])  # the unattached one

    assert _drop_on_card(voice_window, data, "t-3")

    assert document.project.verbatims == []
    assert [v.id for v in document.touchpoint("j-now", "t-3").verbatims] == ["v-free"]
    assert document.undo_stack.count() == 1
    assert "Paiement" in voice_window.statusBar().currentMessage()
    assert dock.model.rows[-1].touchpoint_id == "t-3"

    moved = dock.model.mimeData([dock.model.index(0, 0)])  # now "v-ad", on t-1
    assert _drop_on_card(voice_window, moved, "t-2")
    assert [v.id for v in document.touchpoint("j-now", "t-2").verbatims] == ["v-tension", "v-ad"]
    assert document.touchpoint("j-now", "t-1").verbatims == []

    document.undo_stack.undo()
    document.undo_stack.undo()
    assert document.project.model_dump() == before


def test_a_drop_from_elsewhere_is_refused(voice_window: MainWindow) -> None:
    data = QMimeData()
    data.setData("application/x-cxdesigner-verbatim", b'{"document": "other", "verbatim": "v"}')
    view = current_view(voice_window)
    card = view.map_scene.touchpoint_items["t-1"]
    point = QPointF(view.mapFromScene(card.sceneBoundingRect().center()))
    drop = QDropEvent(point, Qt.DropAction.MoveAction, data, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier, QEvent.Type.Drop)
    QApplication.sendEvent(view.viewport(), drop)
    assert voice_window.document.undo_stack.count() == 0


def test_a_hidden_panel_catches_up_when_shown(voice_window: MainWindow) -> None:
    dock, document = voice_window.voice.panel, voice_window.document
    voice_window.voice.hide()
    document.undo_stack.push(AddItem(document, "verbatims", Verbatim(id="v-new", text="Vu")))
    assert "v-new" not in [row.verbatim.id for row in dock.model.rows]  # not re-read hidden
    voice_window.voice.show_panel()
    assert "v-new" in shown_ids(voice_window)
