"""The whole map in presentation (F5, then W): every stage name once, on a band without holes,
and every lane name readable, on a small map and on a long one."""

from __future__ import annotations

import importlib.util
import itertools
import sys
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QPoint, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QImage
from pytestqt.qtbot import QtBot
from ui_support import DEMO

from cxdesigner.document import JourneyDocument
from cxdesigner.export.strips import label_width
from cxdesigner.io import load_project
from cxdesigner.layout import palette
from cxdesigner.model import Project
from cxdesigner.ui.presentation import chrome
from cxdesigner.ui.presentation.headings import StageName
from cxdesigner.ui.presentation.rows import Pane
from cxdesigner.ui.presentation.view import PresentationView
from cxdesigner.ui.presentation.window import PresentationWindow

SYNTHETIC = Path(__file__).resolve().parents[2] / "benchmarks" / "synthetic.py"


@pytest.fixture(autouse=True)
def _no_animation(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(PresentationView, "ANIMATION_MS", 0)


@pytest.fixture(scope="module")
def synthetic() -> ModuleType:
    spec = importlib.util.spec_from_file_location("synthetic", SYNTHETIC)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("synthetic", module)
    spec.loader.exec_module(module)
    return module


def present_whole_map(qtbot: QtBot, project: Project) -> tuple[PresentationView, QImage]:
    """The presentation of the project's first journey on a 1600x1000 screen, W pressed;
    with the screen as painted."""
    window = PresentationWindow(JourneyDocument(project), project.journeys[0].id, dark=True)
    qtbot.addWidget(window)
    window.resize(1600, 1000)
    window.show()
    qtbot.waitExposed(window)
    view = window.view
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_W)
    assert view.whole_map
    image = view.viewport().grab().toImage()
    return view, image


def screen_of(view: PresentationView) -> QRectF:
    return QRectF(view.viewport().rect())


def assert_whole_map_shown(view: PresentationView) -> None:
    """Every part of the map is in a row, and every row on the screen, clear of the chrome."""
    layout = view.map_layout()
    assert layout is not None and view.rows
    shown = sorted((pane.source.left(), pane.source.right()) for pane in view.rows)
    assert shown[0][0] == label_width(layout) and shown[-1][1] == layout.width
    for (_, right), (left, _) in itertools.pairwise(shown):
        assert left == right  # no part of the map left out between two rows
    area = view.free_area().adjusted(-1, -1, 1, 1)
    for pane in view.rows:
        assert area.contains(pane.target)
        assert pane.source.top() == 0 and pane.source.bottom() == layout.height


def row_names(view: PresentationView, pane: Pane) -> list[StageName]:
    """The stage headers drawn over one row's header band."""
    layout = view.map_layout()
    assert layout is not None
    bottom = pane.screen_y(layout.stages[0].header.bottom)
    return [name for name in view.stage_names
            if pane.target.left() - 1 <= name.band.left() <= pane.target.right()
            and abs(name.band.bottom() - bottom) < 1]


def assert_every_stage_named_once_on_its_own_header(view: PresentationView) -> None:
    layout = view.map_layout()
    assert layout is not None
    for pane in view.rows:
        in_row = row_names(view, pane)
        indexes = [name.stage_index for name in in_row]
        assert len(indexes) == len(set(indexes))  # one band, one name per stage and row
        for name in in_row:
            stage = layout.stages[name.stage_index]
            left = max(stage.header.x, pane.source.left())
            right = min(stage.header.right, pane.source.right())
            own = pane.to_screen(QRectF(left, stage.header.y, right - left, stage.header.height))
            # The band lies over the map's own header, hiding its small name.
            assert name.band.adjusted(-0.5, -0.5, 0.5, 0.5).contains(own)


def assert_no_hole_between_headers(view: PresentationView, image: QImage) -> None:
    """Along each row's header band, the screen shows a header colour from its first stage to
    its last: thin rules between stages, never the backdrop through a missing header."""
    backdrop = QColor(view.theme.backdrop).name()
    for pane in view.rows:
        bands = [name.band for name in row_names(view, pane)]
        assert bands
        y = round(min(band.center().y() for band in bands))
        run = 0
        for x in range(round(pane.target.left()) + 4, round(pane.target.right()) - 4):
            if image.pixelColor(QPoint(x, y)).name() == backdrop:
                run += 1
                assert run <= 4, f"a hole in the stage headers at x={x}"
            else:
                run = 0


def assert_every_lane_named_readably(view: PresentationView) -> None:
    layout = view.map_layout()
    assert layout is not None
    assert len(view.lane_texts) >= len(layout.lanes)
    screen = screen_of(view)
    drawn = []
    for shown in view.lane_texts:
        metrics = QFontMetricsF(chrome.chrome_font(shown.pixels))
        assert shown.text and shown.pixels >= chrome.LANE_MIN_PIXELS
        assert metrics.horizontalAdvance(shown.text) <= shown.rect.width() + 0.5
        if not shown.wrap:
            assert metrics.height() <= shown.rect.height() + 0.5
        assert screen.contains(shown.rect)
        drawn.append(shown.rect)
    for index, rect in enumerate(drawn):  # no name over another
        for other in drawn[index + 1:]:
            assert not rect.intersects(other.adjusted(0.5, 0.5, -0.5, -0.5))


def header_blocks(image: QImage) -> int:
    """Down a column of pixels through the left end of the first stage's header (clear of
    its name), over the top half of the screen: how many separate blocks of the stage's
    colour it crosses. One: a header; two: a header and a copy of it."""
    colour = QColor(palette.stage_header_colour(0)).name()
    top, left = next((y, x) for y in range(image.height()) for x in range(image.width())
                     if image.pixelColor(QPoint(x, y)).name() == colour)
    x = left - 2
    blocks, inside = 0, False
    for y in range(top, image.height() // 2):
        shown = image.pixelColor(QPoint(x, y)).name() == colour
        blocks += shown and not inside
        inside = shown
    return blocks


def test_the_whole_small_map_names_each_stage_once(qtbot: QtBot) -> None:
    view, image = present_whole_map(qtbot, load_project(DEMO))
    assert header_blocks(image) == 1
    assert_whole_map_shown(view)
    assert_every_stage_named_once_on_its_own_header(view)
    assert_no_hole_between_headers(view, image)
    assert_every_lane_named_readably(view)
    layout = view.map_layout()
    assert layout is not None
    assert sorted({name.stage_index for name in view.stage_names if name.named}) == \
        list(range(len(layout.stages)))
    assert len(view.lane_texts) == len(layout.lanes) * len(view.rows)  # each row its names


@pytest.mark.parametrize("size", [300, 2000])
def test_the_whole_long_map_keeps_its_headers_and_its_lane_names(
        qtbot: QtBot, synthetic: ModuleType, size: int) -> None:
    view, image = present_whole_map(qtbot, synthetic.make_project(size))
    layout = view.map_layout()
    assert layout is not None
    assert_every_lane_named_readably(view)
    assert len(view.rows) > 1  # a long map is cut into rows, as printed in strips
    assert_whole_map_shown(view)
    assert_every_stage_named_once_on_its_own_header(view)
    assert_no_hole_between_headers(view, image)
    assert_every_lane_named_readably(view)
    assert {name.stage_index for name in view.stage_names} == set(range(len(layout.stages)))
    named = [name for name in view.stage_names if name.named]
    assert len(named) >= len(layout.stages) * 0.8  # names where they can be read


def test_w_again_comes_back_to_the_stage(qtbot: QtBot) -> None:
    view, _ = present_whole_map(qtbot, load_project(DEMO))
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert not view.whole_map and not view.rows and view.stage_index == 1
    qtbot.keyClick(view, Qt.Key.Key_W)
    qtbot.keyClick(view, Qt.Key.Key_W)
    assert not view.whole_map and view.stage_index == 1
