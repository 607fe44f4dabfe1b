"""The service blueprint in presentation (F5): its rows named in the lane column, as the map
names them, stage by stage and on the whole map."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from cxdesigner.layout import palette
from cxdesigner.model import BlueprintLayer
from cxdesigner.ui.labels import interface_label
from cxdesigner.ui.main_window import MainWindow
from cxdesigner.ui.presentation import PresentationController
from cxdesigner.ui.presentation.chrome import LaneText
from cxdesigner.ui.presentation.rows import Pane
from cxdesigner.ui.presentation.view import PresentationView


@pytest.fixture(autouse=True)
def _no_animation(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(PresentationView, "ANIMATION_MS", 0)


@pytest.fixture
def blueprint_window(window: MainWindow, demo_copy: Path) -> MainWindow:
    assert window.files.open_path(demo_copy)
    window.views.set_blueprint_shown(True)
    return window


def _present(window: MainWindow, qtbot: QtBot) -> PresentationView:
    """F5 from the map, as the consultant does."""
    view = window.tabs.current_view()
    assert view is not None
    window.activateWindow()
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_F5)
    controller = window.findChild(PresentationController)
    assert isinstance(controller, PresentationController)
    presentation = controller.presentation
    assert presentation is not None
    qtbot.waitExposed(presentation)
    return presentation.view


def _names(text: LaneText, name: str) -> bool:
    """Whether ``text`` is ``name``, whole or shortened."""
    return text.text == name or (text.text.endswith("…") and name.startswith(text.text[:-1]))


def _panel_painted(view: PresentationView, image: QImage, text: LaneText) -> bool:
    pixel = image.pixelColor(QPoint(12, round(text.rect.center().y())))
    return pixel != QColor(view.theme.backdrop)


def _blueprint_rows_named(view: PresentationView, panes: list[Pane], shown: QRectF) -> int:
    """Checks that every blueprint row of ``panes`` within ``shown`` (screen) has its name in
    the column level with it, on a panel drawn on the screen; returns how many were
    checked."""
    image: QImage = view.viewport().grab().toImage()
    layout = view.map_layout()
    assert layout is not None and layout.blueprint is not None
    checked = 0
    for pane in panes:
        for band in layout.blueprint.bands:
            top, bottom = pane.screen_y(band.band.y), pane.screen_y(band.band.bottom)
            centre = (top + bottom) / 2
            if not shown.top() <= centre <= shown.bottom():
                continue
            name = interface_label(band.layer)
            texts = [text for text in view.lane_texts
                     if _names(text, name) and top - 1 <= text.rect.center().y() <= bottom + 1]
            assert texts, f"{name} unnamed at y={centre:.0f}"
            assert _panel_painted(view, image, texts[0]), name
            checked += 1
    return checked


def test_each_part_of_a_stage_names_the_blueprint_rows_it_shows(blueprint_window: MainWindow,
                                                                qtbot: QtBot) -> None:
    view = _present(blueprint_window, qtbot)
    layout = view.map_layout()
    assert layout is not None and layout.blueprint is not None
    assert [band.layer for band in layout.blueprint.bands] == list(BlueprintLayer)
    named = 0
    for _ in range(2 * view.part_count()):  # the first stage's parts, then the next stage's
        shown = QRectF(view.mapFromScene(view.target_rect()).boundingRect())
        named += _blueprint_rows_named(view, view.panes(), shown.intersected(view.free_area()))
        qtbot.keyClick(view, Qt.Key.Key_Right)
    assert named >= 2 * len(BlueprintLayer)  # each stage shows the rows in one part or more


def test_the_whole_map_names_the_blueprint_rows(blueprint_window: MainWindow,
                                                qtbot: QtBot) -> None:
    view = _present(blueprint_window, qtbot)
    qtbot.keyClick(view, Qt.Key.Key_W)
    assert view.whole_map and view.rows
    image = view.viewport().grab().toImage()
    # On this screen the rows are too thin to carry names level: they get a legend, each name
    # joined to its row by a line (see headings.paint_lane_names).
    for layer in BlueprintLayer:
        texts = [text for text in view.lane_texts if _names(text, interface_label(layer))]
        assert texts, layer
        assert all(_panel_painted(view, image, text) for text in texts)


def _ink(image: QImage, area: QRect, colour: str) -> int:
    """How many pixels of ``area`` are close to ``colour``."""
    wanted = QColor(colour)
    return sum(1 for x in range(area.left(), area.right() + 1)
               for y in range(area.top(), area.bottom() + 1)
               if max(abs(image.pixelColor(x, y).red() - wanted.red()),
                      abs(image.pixelColor(x, y).green() - wanted.green()),
                      abs(image.pixelColor(x, y).blue() - wanted.blue())) < 40)


def test_the_first_stage_names_the_blueprint_lines_clear_of_the_lane_column(
        blueprint_window: MainWindow, qtbot: QtBot) -> None:
    view = _present(blueprint_window, qtbot)
    layout = view.map_layout()
    assert layout is not None and layout.blueprint is not None
    metrics, first = layout.metrics, layout.stages[0]
    lines = layout.blueprint.lines
    for _ in range(view.part_count()):  # down the first stage to its blueprint
        if view.target_rect().bottom() >= lines[-1].y:
            break
        qtbot.keyClick(view, Qt.Key.Key_Right)
    assert view.stage_index == 0 and view.target_rect().bottom() >= lines[-1].y
    image = view.viewport().grab().toImage()
    for line in lines:
        # Where a stage names the line, just above it at its start.
        above = QRectF(first.column.x + metrics.slot_gap / 2,
                       line.y - metrics.blueprint_line_gap / 2 + 1, metrics.card_width,
                       metrics.blueprint_line_gap / 2 - 4)
        on_screen = view.mapFromScene(above).boundingRect()
        assert view.free_area().contains(QRectF(on_screen)), line.line
        assert _ink(image, on_screen, palette.BLUEPRINT_LINE) > 20, line.line
