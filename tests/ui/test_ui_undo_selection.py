"""Undo and redo select again what was selected when the edit was made, and nothing else."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from pytestqt.qtbot import QtBot
from ui_support import current_view

from cxdesigner.canvas import JourneyView
from cxdesigner.ui.main_window import MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def _click_card(qtbot: QtBot, view: JourneyView, touchpoint_id: str) -> None:
    view.select_touchpoint(touchpoint_id)  # scrolls it into view
    layout = view.map_scene.map_layout
    assert layout is not None
    centre = layout.touchpoints[touchpoint_id].card.center
    point: QPoint = view.mapFromScene(QPointF(centre.x, centre.y))
    view.map_scene.clearSelection()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert view.selected_touchpoint_ids() == [touchpoint_id]


def _cards(window: MainWindow) -> tuple[str, str, str]:
    stage = window.document.project.journeys[0].stages[1]
    first, second, third = (tp.id for tp in stage.touchpoints[:3])
    return first, second, third


def test_undoing_a_delete_selects_the_cards_it_brings_back(demo_window: MainWindow,
                                                           qtbot: QtBot) -> None:
    view = current_view(demo_window)
    a, b, _ = _cards(demo_window)
    _click_card(qtbot, view, a)
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert view.selected_touchpoint_ids() == []
    _click_card(qtbot, view, b)

    qtbot.keyClick(view, Qt.Key.Key_Z, CTRL)

    assert view.selected_touchpoint_ids() == [a]  # as when Delete was pressed, not b
    assert demo_window.inspector.touchpoint_form.touchpoint_id == a
    qtbot.keyClick(view, Qt.Key.Key_Z, CTRL | SHIFT)
    assert view.selected_touchpoint_ids() == []  # redone: a is gone again, nothing else


def test_undoing_an_edit_selects_the_card_it_changed(demo_window: MainWindow,
                                                     qtbot: QtBot) -> None:
    view = current_view(demo_window)
    _, b, c = _cards(demo_window)
    _click_card(qtbot, view, b)
    qtbot.keyClick(view, Qt.Key.Key_2)  # a critical moment
    _click_card(qtbot, view, c)

    qtbot.keyClick(view, Qt.Key.Key_Z, CTRL)

    assert view.selected_touchpoint_ids() == [b]
    _click_card(qtbot, view, c)
    qtbot.keyClick(view, Qt.Key.Key_Z, CTRL | SHIFT)
    assert view.selected_touchpoint_ids() == [b]


def test_undoing_an_added_card_selects_the_card_it_followed(demo_window: MainWindow,
                                                           qtbot: QtBot) -> None:
    view = current_view(demo_window)
    a, _, _ = _cards(demo_window)
    _click_card(qtbot, view, a)
    qtbot.keyClick(view, Qt.Key.Key_Return)  # a new card after a, its title being typed
    assert view.inline_editor is not None
    qtbot.keyClick(view.inline_editor, Qt.Key.Key_Escape)
    added = view.selected_touchpoint_ids()
    assert len(added) == 1 and added != [a]

    qtbot.keyClick(view, Qt.Key.Key_Z, CTRL)

    assert view.selected_touchpoint_ids() == [a]


def test_an_edit_in_another_journey_leaves_this_selection_alone(demo_window: MainWindow,
                                                                qtbot: QtBot) -> None:
    tabs = demo_window.tabs
    first = current_view(demo_window)
    a, b, _ = _cards(demo_window)
    _click_card(qtbot, first, a)
    other_journey = demo_window.document.project.journeys[1]
    tabs.show_journey(other_journey.id)
    other = current_view(demo_window)
    _click_card(qtbot, other, other_journey.stages[0].touchpoints[0].id)
    qtbot.keyClick(other, Qt.Key.Key_3)  # a wow moment, over there
    tabs.show_journey(demo_window.document.project.journeys[0].id)
    _click_card(qtbot, first, b)

    qtbot.keyClick(first, Qt.Key.Key_Z, CTRL)

    assert first.selected_touchpoint_ids() == [b]
