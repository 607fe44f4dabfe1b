"""View ▸ Presentation: full screen, stage by stage, notes and touchpoints typed in the room."""

from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFontMetricsF
from pytestqt.qtbot import QtBot

from cxdesigner.model import Lane
from cxdesigner.ui.main_window import MainWindow
from cxdesigner.ui.presentation import PresentationController, chrome
from cxdesigner.ui.presentation.screens import presentation_screen
from cxdesigner.ui.presentation.view import PresentationView
from cxdesigner.ui.presentation.window import PresentationWindow


@pytest.fixture(autouse=True)
def _no_animation(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(PresentationView, "ANIMATION_MS", 0)


def _controller(window: MainWindow) -> PresentationController:
    controller = window.findChild(PresentationController)
    assert isinstance(controller, PresentationController)
    return controller


def _enter(window: MainWindow, qtbot: QtBot) -> PresentationWindow:
    """F5 from the map, as the consultant does."""
    view = window.tabs.current_view()
    assert view is not None
    window.activateWindow()
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_F5)
    presentation = _controller(window).presentation
    assert presentation is not None
    qtbot.waitExposed(presentation)
    return presentation


def _stage_centre(presentation: PresentationWindow, index: int) -> float:
    layout = presentation.view.map_layout()
    assert layout is not None
    return layout.stages[index].column.center.x


def test_the_projector_is_the_screen_the_editor_is_not_on() -> None:
    assert presentation_screen(["laptop", "projector"], "laptop") == ("projector", True)
    assert presentation_screen(["projector", "laptop"], "laptop") == ("projector", True)
    assert presentation_screen(["laptop", "tv", "projector"], "tv") == ("laptop", True)
    assert presentation_screen(["laptop"], "laptop") == ("laptop", False)
    assert presentation_screen(["laptop", "projector"], None) == ("projector", True)
    assert presentation_screen([], None) == (None, False)


def test_f5_presents_full_screen_and_esc_comes_back(demo_window: MainWindow,
                                                    qtbot: QtBot) -> None:
    editor_view = demo_window.tabs.current_view()
    assert editor_view is not None
    zoom_before = editor_view.zoom()
    presentation = _enter(demo_window, qtbot)
    assert presentation.isFullScreen()
    assert presentation.view.indicator_text().startswith("Stage 1/6 — ")

    qtbot.keyClick(presentation.view, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: _controller(demo_window).presentation is None)
    assert not presentation.isVisible()
    assert demo_window.isVisible() and editor_view.zoom() == zoom_before


def _shows_part(presentation: PresentationWindow) -> bool:
    """Whether the part of the stage it is at is on screen whole, in the room left by the
    chrome."""
    view = presentation.view
    shown = view.mapFromScene(view.target_rect()).boundingRect()
    return view.free_area().adjusted(-2, -2, 2, 2).contains(QRectF(shown))


def _part_centre(presentation: PresentationWindow) -> float:
    view = presentation.view
    return view.mapToScene(view.free_area().center().toPoint()).x()


def test_the_keys_step_through_the_parts_and_the_stages(demo_window: MainWindow,
                                                        qtbot: QtBot) -> None:
    presentation = _enter(demo_window, qtbot)
    view = presentation.view
    assert (view.stage_index, view.part) == (0, 0) and _shows_part(presentation)
    parts = view.part_count()
    assert parts > 1  # the demo's stage with all its lanes is too tall to read whole
    assert view.indicator_text().endswith(f" · part 1/{parts}")
    for part in range(1, parts):
        qtbot.keyClick(view, Qt.Key.Key_Right)
        assert (view.stage_index, view.part) == (0, part) and _shows_part(presentation)
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert (view.stage_index, view.part) == (1, 0) and _shows_part(presentation)
    assert abs(_part_centre(presentation) - view.target_rect().center().x()) < 3
    qtbot.keyClick(view, Qt.Key.Key_Left)  # back to the last part of the first stage
    assert (view.stage_index, view.part) == (0, parts - 1)
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    assert (view.stage_index, view.part) == (2, 0)
    assert "Stage 3/6 — " in view.indicator_text()
    qtbot.keyClick(view, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert (view.stage_index, view.part) == (1, 0) and _shows_part(presentation)
    qtbot.keyClick(view, Qt.Key.Key_End)
    assert view.stage_index == 5 and _shows_part(presentation)
    for _ in range(view.part_count() + 1):
        qtbot.keyClick(view, Qt.Key.Key_PageDown)
    assert (view.stage_index, view.part) == (5, view.part_count() - 1)  # the end: it stays
    qtbot.keyClick(view, Qt.Key.Key_Home)
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    layout = view.map_layout()
    assert layout is not None

    qtbot.keyClick(view, Qt.Key.Key_W)
    assert view.whole_map
    # The whole map shows, in rows, from its first stage to its end.
    assert min(row.source.left() for row in view.rows) <= layout.stages[0].column.x
    assert max(row.source.right() for row in view.rows) == layout.width
    assert all(view.free_area().adjusted(-1, -1, 1, 1).contains(row.target) for row in view.rows)
    assert view.indicator_text().startswith("Whole map · Stage 2/6")
    qtbot.keyClick(view, Qt.Key.Key_W)
    assert not view.whole_map and view.stage_index == 1


def test_moving_between_stages_is_animated(demo_window: MainWindow, qtbot: QtBot,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(PresentationView, "ANIMATION_MS", 120)
    presentation = _enter(demo_window, qtbot)
    view = presentation.view
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    assert view.is_moving()
    qtbot.waitUntil(lambda: not view.is_moving())
    assert abs(_part_centre(presentation) - view.target_rect().center().x()) < 3
    assert _shows_part(presentation)


def test_a_sticky_note_and_a_touchpoint_typed_in_the_room(demo_window: MainWindow,
                                                          qtbot: QtBot) -> None:
    document = demo_window.document
    journey_id = demo_window.tabs.current_journey_id()
    assert journey_id is not None
    presentation = _enter(demo_window, qtbot)
    view = presentation.view
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    stage = document.journey(journey_id).stages[1]
    notes_before = len(document.journey(journey_id).notes)
    cards_before = len(stage.touchpoints)

    qtbot.keyClick(view, Qt.Key.Key_N)
    assert presentation.entry.isVisible() and stage.name in presentation.entry.prompt.text()
    qtbot.keyClicks(presentation.entry.line, "Comparer  en magasin")
    qtbot.keyClick(presentation.entry.line, Qt.Key.Key_Return)
    assert not presentation.entry.isVisible()
    note = document.journey(journey_id).notes[-1]
    assert (note.text, note.stage_id) == ("Comparer en magasin", stage.id)
    assert len(document.journey(journey_id).notes) == notes_before + 1

    qtbot.keyClick(view, Qt.Key.Key_T)
    qtbot.keyClicks(presentation.entry.line, "Essai en boutique")
    qtbot.keyClick(presentation.entry.line, Qt.Key.Key_Enter)
    touchpoint = document.stage(journey_id, stage.id).touchpoints[-1]
    assert touchpoint.title == "Essai en boutique"
    assert len(document.stage(journey_id, stage.id).touchpoints) == cards_before + 1
    editor = demo_window.tabs.current_view()
    assert editor is not None and touchpoint.id in editor.map_scene.touchpoint_items
    assert view.stage_index == 1  # the stage is fitted again, with its new column

    qtbot.keyClick(view, Qt.Key.Key_Return)
    qtbot.keyClick(presentation.entry.line, Qt.Key.Key_Escape)
    assert not presentation.entry.isVisible() and presentation.isVisible()
    assert len(document.stage(journey_id, stage.id).touchpoints) == cards_before + 1

    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(document.stage(journey_id, stage.id).touchpoints) == cards_before
    assert touchpoint.id not in editor.map_scene.touchpoint_items
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: _controller(demo_window).presentation is None)
    document.undo_stack.undo()
    assert len(document.journey(journey_id).notes) == notes_before


def test_an_empty_line_adds_nothing(demo_window: MainWindow, qtbot: QtBot) -> None:
    presentation = _enter(demo_window, qtbot)
    count = demo_window.document.undo_stack.count()
    qtbot.keyClick(presentation.view, Qt.Key.Key_T)
    qtbot.keyClicks(presentation.entry.line, "   ")
    qtbot.keyClick(presentation.entry.line, Qt.Key.Key_Return)
    assert demo_window.document.undo_stack.count() == count
    presentation.close()


def test_presentation_starts_at_the_stage_selected_in_the_editor(demo_window: MainWindow,
                                                                 qtbot: QtBot) -> None:
    journey_id = demo_window.tabs.current_journey_id()
    assert journey_id is not None
    editor = demo_window.tabs.current_view()
    assert editor is not None
    editor.select_stage(demo_window.document.journey(journey_id).stages[2].id)
    presentation = _enter(demo_window, qtbot)
    assert presentation.view.stage_index == 2
    presentation.close()


def test_closing_the_editor_ends_its_presentation(demo_window: MainWindow,
                                                  qtbot: QtBot) -> None:
    presentation = _enter(demo_window, qtbot)
    demo_window.close()
    qtbot.waitUntil(lambda: not shiboken6.isValid(presentation))


@pytest.mark.parametrize("height", [40.0, 14.0, 9.0, 4.0, 0.0])
def test_a_lane_name_is_always_drawn_and_fits_its_row_when_it_can(height: float) -> None:
    row = QRectF(0, 100, 240, height)
    name = "Moments de vérité"
    shown = chrome.fit_lane_text(name, row, None if height < 20 else 30.0)
    metrics = QFontMetricsF(chrome.chrome_font(shown.pixels))
    assert shown.text and shown.pixels >= chrome.LANE_MIN_PIXELS
    assert metrics.horizontalAdvance(shown.text) <= shown.rect.width() + 0.5
    if shown.wrap:
        return
    assert metrics.height() <= shown.rect.height() + 0.5  # one line, in its rect
    if row.height() - 3 >= metrics.height():
        assert row.contains(shown.rect)  # a row that can hold a line holds it
    else:  # thinner than a line: the smallest type, centred on the row
        assert shown.pixels == chrome.LANE_MIN_PIXELS
        assert abs(shown.rect.center().y() - row.center().y()) < 0.5


def test_a_long_lane_name_on_a_narrow_thin_row_is_elided_not_dropped() -> None:
    shown = chrome.fit_lane_text("Interlocuteurs du client", QRectF(0, 0, 70, 12), 20.0)
    assert not shown.wrap and shown.text and shown.text != "Interlocuteurs du client"


def test_the_whole_map_shows_every_pinned_lane_name(demo_window: MainWindow,
                                                    qtbot: QtBot) -> None:
    presentation = _enter(demo_window, qtbot)
    view = presentation.view
    qtbot.keyClick(view, Qt.Key.Key_W)
    assert view.whole_map
    view.viewport().grab()  # one real paint of the chrome
    layout = view.map_layout()
    assert layout is not None
    thin = {Lane.CHANNELS, Lane.INTERLOCUTORS, Lane.MOMENTS, Lane.CRITICALITY}
    assert thin <= {lane.lane for lane in layout.lanes}
    assert len(view.lane_texts) == len(layout.lanes) * len(view.rows)  # each row its names
    for lane, shown in zip(layout.lanes * len(view.rows), view.lane_texts, strict=True):
        metrics = QFontMetricsF(chrome.chrome_font(shown.pixels))
        assert shown.text and shown.pixels > 0, lane.lane
        assert metrics.horizontalAdvance(shown.text) <= shown.rect.width() + 0.5
        if not shown.wrap:
            assert metrics.height() <= shown.rect.height() + 0.5, lane.lane
    presentation.close()
