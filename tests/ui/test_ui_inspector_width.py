"""The inspector's forms fit its dock, however narrow the user made it, from the first click."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtWidgets import QScrollArea, QWidget
from pytestqt.qtbot import QtBot
from ui_support import current_view

from cxdesigner.model import BlueprintItem, BlueprintLayer
from cxdesigner.ui.main_window import MainWindow


def _narrow_the_dock(window: MainWindow, qtbot: QtBot) -> None:
    """Drag the divider between the map and the dock as far right as it goes."""
    dock = window.inspector
    x = (window.centralWidget().geometry().right() + dock.geometry().left() + 1) // 2
    y = dock.geometry().center().y()
    qtbot.mousePress(window, Qt.MouseButton.LeftButton, pos=QPoint(x, y))
    for step in range(1, 21):  # the window moves its divider at the next turn of the loop
        qtbot.mouseMove(window, QPoint(x + 20 * step, y))
        qtbot.wait(5)
    qtbot.mouseRelease(window, Qt.MouseButton.LeftButton, pos=QPoint(x + 400, y))
    qtbot.wait(5)


def _click_first_card(window: MainWindow, qtbot: QtBot) -> None:
    view = current_view(window)
    touchpoint = window.document.project.journeys[0].stages[1].touchpoints[0]
    layout = view.map_scene.map_layout
    assert layout is not None
    centre = layout.touchpoints[touchpoint.id].card.center
    view.centerOn(centre.x, centre.y)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     pos=view.mapFromScene(QPointF(centre.x, centre.y)))
    qtbot.wait(5)
    assert window.inspector.touchpoint_form.touchpoint_id == touchpoint.id


def _assert_shown_form_fits(window: MainWindow) -> None:
    area = window.inspector.pages.currentWidget()
    assert isinstance(area, QScrollArea)
    form = area.widget()
    assert isinstance(form, QWidget) and form.isVisible()
    content = area.viewport().width()
    assert form.minimumSizeHint().width() <= content
    assert form.width() <= content


def test_a_card_clicked_in_the_narrowest_dock_shows_its_whole_form(
        demo_window: MainWindow, qtbot: QtBot) -> None:
    dock = demo_window.inspector
    start = dock.width()
    _narrow_the_dock(demo_window, qtbot)
    narrowest = dock.width()
    assert narrowest < start

    _click_first_card(demo_window, qtbot)

    _assert_shown_form_fits(demo_window)
    assert dock.width() == narrowest


def test_the_first_card_clicked_does_not_widen_the_dock(demo_window: MainWindow,
                                                        qtbot: QtBot) -> None:
    dock, view = demo_window.inspector, current_view(demo_window)
    widths = dock.width(), view.width()

    _click_first_card(demo_window, qtbot)

    _assert_shown_form_fits(demo_window)
    assert (dock.width(), view.width()) == widths


def test_every_form_fits_the_narrowest_dock(demo_window: MainWindow, qtbot: QtBot) -> None:
    _narrow_the_dock(demo_window, qtbot)
    dock = demo_window.inspector
    narrowest = dock.width()
    journey = demo_window.document.project.journeys[0]
    item = BlueprintItem(layer=BlueprintLayer.BACK_STAGE, title="Stock",
                         stage_id=journey.stages[0].id)
    demo_window.document.insert_blueprint_item(journey.id, 0, item)
    shows = [lambda: dock.show_stage(journey.id, journey.stages[0].id),
             lambda: dock.show_journey(journey.id),
             lambda: dock.show_note(journey.id, journey.notes[0].id),
             lambda: dock.show_blueprint_item(journey.id, item.id)]
    for show in shows:
        show()
        qtbot.wait(5)
        _assert_shown_form_fits(demo_window)
        assert dock.width() == narrowest
