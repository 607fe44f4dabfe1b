"""The facilitator's console: the timer (its end on the projector), the scribe's line that
lands on the projected map, the live dot-vote tally and the parking lot kept in the project."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from cxdesigner.document import JourneyDocument
from cxdesigner.document.commands import EditTouchpoint
from cxdesigner.document.voting import vote_edit
from cxdesigner.io import dumps_project, loads_project
from cxdesigner.ui.main_window import MainWindow
from cxdesigner.ui.presentation import PresentationController
from cxdesigner.ui.presentation.console import FacilitatorConsole
from cxdesigner.ui.presentation.timer import WorkshopTimer, clock_text
from cxdesigner.ui.presentation.view import PresentationView
from cxdesigner.ui.presentation.window import PresentationWindow
from cxdesigner.ui.workshop.install import place_in_view

SPACE = " \u203a "


@pytest.fixture(autouse=True)
def _no_animation(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(PresentationView, "ANIMATION_MS", 0)


def _controller(window: MainWindow) -> PresentationController:
    controller = window.findChild(PresentationController)
    assert isinstance(controller, PresentationController)
    return controller


def _present(window: MainWindow, qtbot: QtBot) -> tuple[PresentationWindow, FacilitatorConsole]:
    """F5, then Ctrl+F5 for the console (one screen here: it is not opened by itself)."""
    view = window.tabs.current_view()
    assert view is not None
    window.activateWindow()
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_F5)
    controller = _controller(window)
    presentation = controller.presentation
    assert presentation is not None and controller.console is None
    qtbot.waitExposed(presentation)
    assert controller.console_action.isEnabled()
    controller.console_action.trigger()
    console = controller.console
    assert console is not None
    qtbot.waitExposed(console)
    return presentation, console


class Clock:
    """A clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


# --------------------------------------------------------------------------- the timer


def test_the_countdown_runs_pauses_and_says_when_time_is_up(qtbot: QtBot) -> None:
    clock = Clock()
    timer = WorkshopTimer(clock)
    timer.set_minutes(2)
    assert (timer.text(), timer.running, timer.started) == ("2:00", False, False)
    timer.start()
    clock.now += 30.2
    timer.tick()
    assert timer.text() == "1:30" and timer.running
    timer.pause()
    clock.now += 100
    assert timer.text() == "1:30" and not timer.running and timer.started
    timer.add_minute()
    timer.start()
    clock.now += 149.7
    timer.tick()
    assert timer.text() == "0:01" and not timer.over
    with qtbot.waitSignal(timer.finished):
        clock.now += 0.2
        timer.tick()
    assert (timer.text(), timer.over, timer.running) == ("0:00", True, False)
    timer.reset()
    assert (timer.text(), timer.over, timer.started) == ("2:00", False, False)
    assert clock_text(3725) == "1:02:05" and clock_text(0.2) == "0:01"


def test_the_projector_shows_the_countdown_and_its_end(demo_window: MainWindow,
                                                       qtbot: QtBot) -> None:
    presentation, console = _present(demo_window, qtbot)
    view = presentation.view
    timer = console.timer_box.timer
    assert view.timer_text == ""  # not started: nothing on the projector
    clock = Clock()
    timer._clock = clock  # the test's own clock from now on
    console.timer_box.minutes.setValue(1)
    qtbot.mouseClick(console.timer_box.start, Qt.MouseButton.LeftButton)
    assert console.timer_box.start.text() == "Pause"
    clock.now += 15
    timer.tick()
    assert view.timer_text == "0:45" and console.timer_box.clock.text() == "0:45"
    view.viewport().grab()
    assert min(view.text_pixels) >= view.viewport().height() / 60
    clock.now += 45
    timer.tick()
    assert view.timer_text == "Time is up" and view.timer_over
    assert console.timer_box.clock.text() == "Time is up"
    assert not console.timer_box.start.isEnabled()
    qtbot.keyClick(console, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)  # nothing left
    assert not timer.running
    qtbot.mouseClick(console.timer_box.more, Qt.MouseButton.LeftButton)
    assert timer.text() == "1:00" and not view.timer_over
    presentation.close()


# --------------------------------------------------------------------------- capture


def test_what_the_scribe_types_lands_on_the_projected_stage(demo_window: MainWindow,
                                                            qtbot: QtBot) -> None:
    presentation, console = _present(demo_window, qtbot)
    document = demo_window.document
    journey_id = presentation.journey_id
    qtbot.keyClick(presentation.view, Qt.Key.Key_Tab)  # the projector shows stage 2
    stage = document.journey(journey_id).stages[1]
    assert console.stage.text().startswith("Stage 2/6 — ")
    capture = console.capture
    count = document.undo_stack.count()
    notes = len(document.journey(journey_id).notes)

    qtbot.keyClicks(capture.line, "Comparer  en magasin")
    qtbot.keyClick(capture.line, Qt.Key.Key_Return)
    note = document.journey(journey_id).notes[-1]
    assert (note.text, note.stage_id) == ("Comparer en magasin", stage.id)
    assert capture.line.text() == ""
    capture.kind.setCurrentIndex(1)  # a touchpoint
    qtbot.keyClicks(capture.line, "Essai en boutique")
    qtbot.keyClick(capture.line, Qt.Key.Key_Return)
    assert document.stage(journey_id, stage.id).touchpoints[-1].title == "Essai en boutique"
    capture.kind.setCurrentIndex(2)  # a question for the parking lot
    qtbot.keyClicks(capture.line, "Qui repond au chat le soir ?")
    qtbot.keyClick(capture.line, Qt.Key.Key_Return)
    question = document.project.parking_lot[-1]
    assert question.text == "Qui repond au chat le soir ?"
    journey = document.journey(journey_id)
    assert question.raised_in == f"{journey.name}{SPACE}{stage.name}"
    assert document.undo_stack.count() == count + 3  # one step each
    assert [capture.captured.item(i).text() for i in range(3)] == [
        "Question for the parking lot: Qui repond au chat le soir ?",
        "Touchpoint: Essai en boutique", "Sticky note: Comparer en magasin"]
    qtbot.keyClicks(capture.line, "   ")
    qtbot.keyClick(capture.line, Qt.Key.Key_Return)
    assert document.undo_stack.count() == count + 3 and capture.captured.count() == 3
    for _ in range(3):
        document.undo_stack.undo()
    assert len(document.journey(journey_id).notes) == notes
    # Page Down on the console moves the projector on.
    qtbot.keyClick(capture.line, Qt.Key.Key_PageDown)
    assert (presentation.view.stage_index, presentation.view.part) == (1, 1)
    assert console.stage.text().endswith(f"part 2/{presentation.view.part_count()}")
    presentation.close()
    qtbot.waitUntil(lambda: _controller(demo_window).console is None)


def test_q_parks_a_question_from_the_projector(demo_window: MainWindow, qtbot: QtBot) -> None:
    presentation, _console = _present(demo_window, qtbot)
    document = demo_window.document
    before = len(document.project.parking_lot)
    qtbot.keyClick(presentation.view, Qt.Key.Key_Q)
    assert presentation.entry.isVisible()
    qtbot.keyClicks(presentation.entry.line, "Delai de reprise ?")
    qtbot.keyClick(presentation.entry.line, Qt.Key.Key_Return)
    assert len(document.project.parking_lot) == before + 1
    assert document.project.parking_lot[-1].text == "Delai de reprise ?"
    assert presentation.view.message == "Question parked."
    presentation.close()


# --------------------------------------------------------------------------- the tally


def test_the_tally_counts_dots_and_follows_votes_cast_elsewhere(demo_window: MainWindow,
                                                                qtbot: QtBot) -> None:
    _presentation, console = _present(demo_window, qtbot)
    tally = console.tally
    document = demo_window.document
    tree = tally.tree

    def votes_of(item_id: str) -> int:
        return next(entry.votes for entry in tally.entries() if entry.item_id == item_id)

    def shown_votes() -> list[int]:
        return [int(tree.topLevelItem(i).text(0)) for i in range(tree.topLevelItemCount())]

    entries = tally.entries()
    assert shown_votes() == sorted(shown_votes(), reverse=True) == [e.votes for e in entries]
    least = entries[-1]
    tree.setCurrentItem(tree.topLevelItem(len(entries) - 1))
    tree.setFocus()
    qtbot.keyClick(tree, Qt.Key.Key_Plus)
    qtbot.keyClick(tree, Qt.Key.Key_Plus)  # the same item, still selected though it moved
    assert votes_of(least.item_id) == least.votes + 2
    assert tree.currentItem().data(0, Qt.ItemDataRole.UserRole) == least.item_id
    assert shown_votes() == sorted(shown_votes(), reverse=True)
    assert document.undo_stack.undoText() == "Vote"
    document.undo_stack.undo()  # one dot, one step
    assert votes_of(least.item_id) == least.votes + 1
    assert f"{sum(e.votes for e in entries) + 1} dots on" in tally.total.text()
    qtbot.keyClick(tree, Qt.Key.Key_Minus)
    assert votes_of(least.item_id) == least.votes
    # Votes cast elsewhere (the pain-point panel, another window) show at once.
    top = entries[0]
    document.undo_stack.push(_vote(document, top.item_id, -1))
    assert shown_votes()[0] == max(top.votes - 1, entries[1].votes)
    # No dot to take back: nothing happens.
    if least.votes:
        document.undo_stack.push(_vote(document, least.item_id, -least.votes))
    for i in range(tree.topLevelItemCount()):
        if tree.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole) == least.item_id:
            tree.setCurrentItem(tree.topLevelItem(i))
    count = document.undo_stack.count()
    assert votes_of(least.item_id) == 0
    assert not tally.vote(-1) and document.undo_stack.count() == count


def _vote(document: JourneyDocument, item_id: str, delta: int) -> EditTouchpoint:
    journey = document.project.journeys[0]
    edit = vote_edit(journey, item_id, delta)
    return EditTouchpoint(document, journey.id, edit.touchpoint_id, edit.changes)


# --------------------------------------------------------------------------- parking lot


def test_the_parking_lot_is_kept_in_the_project(demo_window: MainWindow, qtbot: QtBot) -> None:
    dock = demo_window.parking_lot
    lot = dock.show_panel()
    document = demo_window.document
    before = [q.text for q in document.project.parking_lot]
    assert [lot.list.item(i).text() for i in range(lot.list.count())] == before
    qtbot.keyClicks(lot.line, "  Tarif de la reprise ?  ")
    qtbot.keyClick(lot.line, Qt.Key.Key_Return)
    question = document.project.parking_lot[-1]
    assert question.text == "Tarif de la reprise ?"
    assert question.raised_in == place_in_view(demo_window.context)
    assert lot.line.text() == "" and lot.list.count() == len(before) + 1
    item = lot.list.item(lot.list.count() - 1)
    item.setCheckState(Qt.CheckState.Checked)
    assert document.project.parking_lot[-1].answered
    document.undo_stack.undo()
    assert not document.project.parking_lot[-1].answered
    assert lot.list.item(lot.list.count() - 1).checkState() == Qt.CheckState.Unchecked
    # Saved with the project, read back the same.
    again = loads_project(dumps_project(document.project))
    assert again.parking_lot == document.project.parking_lot
    lot.list.setCurrentRow(0)
    lot.list.setFocus()
    qtbot.keyClick(lot.list, Qt.Key.Key_Delete)
    assert [q.text for q in document.project.parking_lot] == [*before[1:], question.text]
    document.undo_stack.undo()
    assert document.project.parking_lot[0].text == before[0]


def test_an_empty_question_is_not_parked(demo_window: MainWindow, qtbot: QtBot) -> None:
    lot = demo_window.parking_lot.show_panel()
    count = demo_window.document.undo_stack.count()
    qtbot.keyClicks(lot.line, "    ")
    qtbot.keyClick(lot.line, Qt.Key.Key_Return)
    assert demo_window.document.undo_stack.count() == count
