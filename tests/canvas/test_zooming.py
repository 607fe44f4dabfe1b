"""Zooming the map: the selected card stays in sight, and an edit does not move the map."""

from __future__ import annotations

from pathlib import Path

import pytest
from canvas_support import ViewFactory, card_point, click
from PySide6.QtCore import QPointF, QRect, QRectF, Qt
from pytestqt.qtbot import QtBot

from cxdesigner.canvas import JourneyView
from cxdesigner.canvas.navigation import READABLE_ZOOM, next_zoom
from cxdesigner.io import load_project

DEMO = Path(__file__).resolve().parents[2] / "resources" / "demo" / "parcours-demo.cxd"
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def demo_view(make_view: ViewFactory) -> JourneyView:
    return make_view(load_project(DEMO))


def shown_rect(view: JourneyView, tp_id: str) -> QRect:
    """Where a card is in the viewport."""
    card = view.map_scene.touchpoint_items[tp_id]
    return view.mapFromScene(card.sceneBoundingRect()).boundingRect()


def in_sight(view: JourneyView, tp_id: str) -> bool:
    """Whether the whole card shows, clear of the pinned lane names and stage headers."""
    left, top = view.pinned.insets()
    area = view.viewport().rect().adjusted(left, top, 0, 0)
    return area.contains(shown_rect(view, tp_id))


@pytest.mark.parametrize("index", [0, 11, -1])
def test_ctrl_0_keeps_the_selected_card_in_sight(qtbot: QtBot, demo_view: JourneyView,
                                                 index: int) -> None:
    view = demo_view
    view.fit_to_window()
    order = [tp.id for _, tp in view.document.project.journeys[0].touchpoints()]
    chosen = order[index]
    click(qtbot, view, card_point(view, chosen))
    assert view.selected_touchpoint_ids() == [chosen]
    before = shown_rect(view, chosen).center()
    qtbot.keyClick(view, Qt.Key.Key_0, CTRL)
    assert view.zoom() == 1.0
    assert in_sight(view, chosen)
    # Zoomed about the card: it stays about where it was (as far as the map's edges and
    # the pinned lane names allow), not in the middle of the map.
    after = shown_rect(view, chosen).center()
    assert abs(after.x() - before.x()) < 250
    qtbot.keyClick(view, Qt.Key.Key_Minus, CTRL)
    assert view.zoom() < 1.0 and in_sight(view, chosen)
    qtbot.keyClick(view, Qt.Key.Key_Plus, CTRL)
    qtbot.keyClick(view, Qt.Key.Key_Plus, CTRL)
    assert view.zoom() > 1.0 and in_sight(view, chosen)


def test_ctrl_0_without_a_selection_zooms_about_the_middle(qtbot: QtBot,
                                                           demo_view: JourneyView) -> None:
    view = demo_view
    view.fit_to_window()
    middle = view.mapToScene(view.viewport().rect().center())
    qtbot.keyClick(view, Qt.Key.Key_0, CTRL)
    after = view.mapToScene(view.viewport().rect().center())
    assert view.zoom() == 1.0
    assert abs(after.x() - middle.x()) < 2 and abs(after.y() - middle.y()) < 2


def test_after_a_delete_at_fit_zoom_the_next_click_hits_the_card_under_the_pointer(
        qtbot: QtBot, demo_view: JourneyView) -> None:
    view = demo_view
    view.fit_to_window()
    order = [tp.id for _, tp in view.document.project.journeys[0].touchpoints()]
    victim, aimed = order[12], order[3]
    pointer = card_point(view, aimed, dx=60)  # on the card, towards its right edge
    under_pointer = view.mapToScene(pointer)
    zoom = view.zoom()
    click(qtbot, view, card_point(view, victim))
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert victim not in view.map_scene.touchpoint_items
    # The map stayed where it was: the same place of the map under the pointer.
    assert view.zoom() == zoom
    after = view.mapToScene(pointer)
    assert abs(after.x() - under_pointer.x()) < 1 and abs(after.y() - under_pointer.y()) < 1
    click(qtbot, view, pointer)
    assert view.selected_touchpoint_ids() == [aimed]
    # Undo brings the card back where it was; the whole map shows again.
    view.document.undo_stack.undo()
    layout = view.map_scene.map_layout
    assert layout is not None
    assert view.visible_scene_rect().contains(QRectF(0, 0, layout.width, layout.height))


def test_at_fit_zoom_a_map_that_grows_is_fitted_again(qtbot: QtBot,
                                                      demo_view: JourneyView) -> None:
    view = demo_view
    view.fit_to_window()
    zoom = view.zoom()
    last = [tp.id for _, tp in view.document.project.journeys[0].touchpoints()][-1]
    click(qtbot, view, card_point(view, last))
    for title in ("Relance", "Avis"):
        qtbot.keyClick(view, Qt.Key.Key_Return)
        qtbot.keyClicks(view, title)
        qtbot.keyClick(view, Qt.Key.Key_Return)
    layout = view.map_scene.map_layout
    assert layout is not None
    assert view.zoom() < zoom
    assert view.visible_scene_rect().contains(QRectF(0, 0, layout.width, layout.height))
    # Zooming by hand ends the fit: the map then stays at the zoom chosen.
    qtbot.keyClick(view, Qt.Key.Key_Plus, CTRL)
    zoom = view.zoom()
    qtbot.keyClick(view, Qt.Key.Key_Return)
    qtbot.keyClicks(view, "Encore")
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert view.zoom() == zoom


def test_zoom_keys_go_through_the_levels(qtbot: QtBot, view: JourneyView) -> None:
    zooms = []
    for _ in range(3):
        qtbot.keyClick(view, Qt.Key.Key_Plus, CTRL)
        zooms.append(round(view.zoom(), 2))
    assert zooms == [1.5, 2.0, 3.0]
    qtbot.keyClick(view, Qt.Key.Key_0, CTRL)
    for _ in range(3):
        qtbot.keyClick(view, Qt.Key.Key_Minus, CTRL)
        zooms.append(round(view.zoom(), 2))
    assert zooms[3:] == [0.8, 0.67, 0.5]
    assert next_zoom(0.01, 1) == 0.015 and next_zoom(0.1, -1) == pytest.approx(0.0667, 0.01)


def test_fit_to_window_shows_the_stage_when_the_whole_map_is_too_small(
        qtbot: QtBot, demo_view: JourneyView) -> None:
    view = demo_view
    view.fit_to_window()
    assert view.zoom() < READABLE_ZOOM  # the whole demo map, in 1400 x 900: unreadable
    journey = view.document.project.journeys[0]
    stage = journey.stages[2]
    click(qtbot, view, card_point(view, stage.touchpoints[0].id))
    qtbot.keyClick(view, Qt.Key.Key_F, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert READABLE_ZOOM <= view.zoom() <= 1.0
    layout = view.map_scene.map_layout
    assert layout is not None
    column = layout.stages[2].column
    shown = view.visible_scene_rect()
    assert shown.left() <= column.x and column.right <= shown.right()


def test_fit_to_window_shows_a_small_map_whole(qtbot: QtBot, view: JourneyView) -> None:
    qtbot.keyClick(view, Qt.Key.Key_F, CTRL | Qt.KeyboardModifier.ShiftModifier)
    layout = view.map_scene.map_layout
    assert layout is not None
    assert view.zoom() >= READABLE_ZOOM
    assert view.visible_scene_rect().contains(QRectF(0, 0, layout.width, layout.height))


def test_the_overview_frames_what_is_on_screen_and_a_click_goes_there(
        qtbot: QtBot, demo_view: JourneyView) -> None:
    view = demo_view
    overview = view.minimap
    view.fit_to_window()
    assert not overview.isVisible()  # the whole map is in sight: no overview needed
    qtbot.keyClick(view, Qt.Key.Key_0, CTRL)
    qtbot.waitUntil(overview.isVisible)
    frame = overview.shown_rect()
    assert frame.width() < overview.width() / 2
    # A click on the right end of the overview brings the map's end into view.
    target = QPointF(overview.width() - 6, overview.height() / 2)
    qtbot.mouseClick(overview, Qt.MouseButton.LeftButton, pos=target.toPoint())
    layout = view.map_scene.map_layout
    assert layout is not None
    assert view.visible_scene_rect().right() >= layout.width - 1
    assert overview.shown_rect().right() > frame.right()
    qtbot.keyClick(view, Qt.Key.Key_M)
    assert not overview.isVisible()
    qtbot.keyClick(view, Qt.Key.Key_M)
    assert overview.isVisible()


def test_the_overview_gives_way_when_the_view_is_short(qtbot: QtBot,
                                                       demo_view: JourneyView) -> None:
    view, overview = demo_view, demo_view.minimap
    view.resize(1000, 700)
    qtbot.waitUntil(overview.isVisible)
    tall = overview.height()
    # A panel docked under the map leaves it a strip: the overview shrinks, then goes.
    for height, shown in ((420, True), (330, True), (260, False), (180, False), (700, True)):
        view.resize(1000, height)
        qtbot.waitUntil(lambda limit=height: view.viewport().height() < limit)
        assert overview.isVisible() is shown, height
        if shown:
            port = view.viewport().height()
            assert overview.height() <= port / 4 + 1, (height, overview.height())
            assert overview.width() <= view.viewport().width() * 0.3 + 4
    assert overview.height() == tall  # room again: full size
    qtbot.keyClick(view, Qt.Key.Key_M)
    assert not overview.isVisible()  # and M still turns it off
