"""Scrolling the map: the lane names and stage headers stay pinned, and nothing is left behind.

Qt scrolls a view by copying the pixels already on screen and painting only the strip that
comes into view; what is pinned to the viewport must be repainted wherever those copied
pixels carried it. These tests compare what the screen shows (the window's backing store)
with a fresh paint of the same view, after real wheel, key and scrollbar events.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from canvas_support import ViewFactory, card_point, click, demo_with_blueprint, small_project
from PIL import Image, ImageChops, ImageFilter
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QImage, QWheelEvent
from PySide6.QtWidgets import QApplication, QScrollBar, QStyle, QStyleOptionSlider
from pytestqt.qtbot import QtBot

from cxdesigner.canvas import JourneyView
from cxdesigner.canvas.overlay import FOCUS_WIDTH
from cxdesigner.canvas.pinned import GAP
from cxdesigner.canvas.scene_items import SCENE_MARGIN
from cxdesigner.io import load_project
from cxdesigner.layout import palette

DEMO = Path(__file__).resolve().parents[2] / "resources" / "demo" / "parcours-demo.cxd"


@pytest.fixture
def demo_view(make_view: ViewFactory, qtbot: QtBot) -> JourneyView:
    """The demo map at 100 % in a laptop-sized window."""
    view = make_view(load_project(DEMO))
    view.resize(1000, 700)
    qtbot.waitUntil(lambda: view.viewport().width() < 1000)
    assert view.zoom() == 1.0 and view.horizontalScrollBar().value() == 0
    return view


# ---------------------------------------------------------------------- what the screen shows


def _pil(image: QImage) -> Image.Image:
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    data = image.constBits()
    return Image.frombuffer("RGBA", (image.width(), image.height()), bytes(data), "raw",
                            "BGRA", image.bytesPerLine(), 1).convert("RGB")


def on_screen(view: JourneyView) -> Image.Image:
    """The viewport's pixels as the window shows them, after the pending paints."""
    for _ in range(3):
        QApplication.processEvents()
    viewport = view.viewport()
    corner = viewport.mapTo(view.window(), QPoint(0, 0))
    screen = view.screen()
    shot = screen.grabWindow(view.window().winId(), corner.x(), corner.y(), viewport.width(),
                             viewport.height())
    return _pil(shot.toImage())


def painted_afresh(view: JourneyView) -> Image.Image:
    """The viewport painted from scratch in the same state."""
    return _pil(view.viewport().grab().toImage())


def stale_pixels(view: JourneyView) -> int:
    """How many of the screen's pixels differ from a fresh paint, in patches at least five
    pixels across: leftovers of a label, a header or a card. (A dashed rule repainted in
    part may start its dashes elsewhere: thin lines, not counted.)"""
    shown, fresh = on_screen(view), painted_afresh(view)
    assert shown.size == fresh.size
    overview = view.minimap
    if overview.isVisible():  # a widget over the viewport: in the window, not in its paint
        corner = view.viewport().mapFrom(view, overview.pos())
        box = (corner.x(), corner.y(), corner.x() + overview.width(),
               corner.y() + overview.height())
        for image in (shown, fresh):
            image.paste((0, 0, 0), box)
    changed = ImageChops.difference(shown, fresh).convert("L").point(lambda v: 255 if v else 0)
    solid = changed.filter(ImageFilter.MinFilter(5))
    return solid.histogram()[255]


def colour_at(image: Image.Image, point: QPoint) -> str:
    red, green, blue = image.getpixel((point.x(), point.y()))  # type: ignore[misc]
    return QColor(red, green, blue).name()


def pinned_label_point(view: JourneyView, lane_index: int) -> QPoint:
    """A point of a pinned lane label's box, clear of its text."""
    layout = view.map_scene.map_layout
    assert layout is not None
    label = layout.lanes[lane_index].label
    y = view.mapFromScene(QPointF(0, label.bottom - 4)).y()
    return QPoint(round(GAP + 6 * view.zoom()), y)


def assert_stage_names_not_doubled(view: JourneyView) -> None:
    """Above the pinned lane column no piece of a stage header shows: the stage it cuts is
    drawn once, right of the column, with its name."""
    layout = view.map_scene.map_layout
    assert layout is not None
    shown = on_screen(view)
    header = layout.stages[0].header
    y = view.mapFromScene(QPointF(0, header.center.y)).y()
    if y < 0:
        y = round(GAP + header.height * view.zoom() / 2)  # pinned at the top
    right = round(GAP + layout.metrics.lane_label_width * view.zoom())
    colours = {palette.stage_header_colour(stage.index) for stage in layout.stages}
    assert all(colour_at(shown, QPoint(x, y)) not in colours for x in range(right))


def assert_lane_column_shown(view: JourneyView) -> None:
    layout = view.map_scene.map_layout
    assert layout is not None
    assert view.visible_scene_rect().left() > layout.metrics.margin  # the map's own scrolled away
    shown = on_screen(view)
    below_headers = view.pinned.insets()[1]
    for index, lane in enumerate(layout.lanes):
        point = pinned_label_point(view, index)
        # Within the frame that shows the map has the keyboard's focus.
        if below_headers <= point.y() < shown.height - FOCUS_WIDTH:
            assert colour_at(shown, point) == palette.LANE_LABEL_FILL, lane.lane


# ---------------------------------------------------------------------- real events


def alt_wheel(view: JourneyView, notches: int) -> None:
    """Alt+wheel, as the window system delivers it: a horizontal wheel step."""
    viewport = view.viewport()
    position = QPointF(viewport.width() / 2, viewport.height() / 2)
    step = -120 if notches > 0 else 120
    for _ in range(abs(notches)):
        event = QWheelEvent(position, QPointF(viewport.mapToGlobal(position.toPoint())),
                            QPoint(0, 0), QPoint(step, 0), Qt.MouseButton.NoButton,
                            Qt.KeyboardModifier.AltModifier, Qt.ScrollPhase.NoScrollPhase,
                            False)
        QApplication.sendEvent(viewport, event)
        QApplication.processEvents()


def wheel(view: JourneyView, notches: int,
          modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """The wheel as a mouse sends it, down for positive ``notches``, with ``modifiers``
    held."""
    viewport = view.viewport()
    position = QPointF(viewport.width() / 2, viewport.height() / 2)
    for _ in range(abs(notches)):
        event = QWheelEvent(position, QPointF(viewport.mapToGlobal(position.toPoint())),
                            QPoint(0, 0), QPoint(0, -120 if notches > 0 else 120),
                            Qt.MouseButton.NoButton, modifiers,
                            Qt.ScrollPhase.NoScrollPhase, False)
        QApplication.sendEvent(viewport, event)
        QApplication.processEvents()


def drag_scrollbar(qtbot: QtBot, bar: QScrollBar, pixels: int) -> None:
    """Press the scrollbar's handle and drag it ``pixels`` along, in steps."""
    option = QStyleOptionSlider()
    option.initFrom(bar)
    option.orientation = bar.orientation()
    option.minimum, option.maximum = bar.minimum(), bar.maximum()
    option.sliderPosition = option.sliderValue = bar.value()
    option.singleStep, option.pageStep = bar.singleStep(), bar.pageStep()
    handle = bar.style().subControlRect(QStyle.ComplexControl.CC_ScrollBar, option,
                                        QStyle.SubControl.SC_ScrollBarSlider, bar)
    start = handle.center()
    qtbot.mousePress(bar, Qt.MouseButton.LeftButton, pos=start)
    for step in range(1, 7):
        qtbot.mouseMove(bar, start + QPoint(pixels * step // 6, 0))
        QApplication.processEvents()
    qtbot.mouseRelease(bar, Qt.MouseButton.LeftButton, pos=start + QPoint(pixels, 0))


# ---------------------------------------------------------------------- tests


def test_alt_wheel_right_and_back_leaves_no_ghost_and_keeps_the_lane_names(
        demo_view: JourneyView) -> None:
    view = demo_view
    for notches in (6, -2, 3, 1, 1):  # back left: the copied pixels carry the column right
        alt_wheel(view, notches)
        assert view.horizontalScrollBar().value() > 0
        assert stale_pixels(view) == 0
        assert_lane_column_shown(view)
        assert_stage_names_not_doubled(view)


def test_arrowing_to_the_last_card_keeps_the_lane_names(qtbot: QtBot,
                                                        demo_view: JourneyView) -> None:
    view = demo_view
    journey = view.document.project.journeys[0]
    order = [tp.id for _, tp in journey.touchpoints()]
    click(qtbot, view, card_point(view, order[0]))
    for _ in order[1:]:
        qtbot.keyClick(view, Qt.Key.Key_Right)
    assert view.selected_touchpoint_ids() == [order[-1]]
    assert stale_pixels(view) == 0
    assert_lane_column_shown(view)
    for _ in range(12):
        qtbot.keyClick(view, Qt.Key.Key_Left)
    assert stale_pixels(view) == 0
    # The card arrowed to is clear of the pinned lane names.
    layout = view.map_scene.map_layout
    assert layout is not None
    selected = view.map_scene.touchpoint_items[order[-13]]
    left = view.mapFromScene(selected.sceneBoundingRect().topLeft()).x()
    assert left > GAP + (layout.metrics.lane_label_width + 2) * view.zoom()


def test_dragging_the_scrollbar_leaves_no_ghost(qtbot: QtBot, demo_view: JourneyView) -> None:
    view = demo_view
    bar = view.horizontalScrollBar()
    drag_scrollbar(qtbot, bar, 300)
    assert bar.value() > 0
    assert stale_pixels(view) == 0
    assert_lane_column_shown(view)
    drag_scrollbar(qtbot, bar, -120)
    assert stale_pixels(view) == 0
    assert_lane_column_shown(view)


def test_stage_headers_stay_at_the_top_when_scrolling_down(demo_view: JourneyView) -> None:
    view = demo_view
    view.set_zoom(1.6)
    view.horizontalScrollBar().setValue(0)
    view.verticalScrollBar().setValue(0)
    wheel(view, 4)
    layout = view.map_scene.map_layout
    assert layout is not None
    header = layout.stages[0].header
    assert view.visible_scene_rect().top() > header.bottom  # the map's own headers are gone
    shown = on_screen(view)
    for stage in layout.stages:
        x = view.mapFromScene(QPointF(stage.header.center.x, 0)).x()
        if 0 <= x < shown.width:
            y = round(GAP + (header.height - 7) * view.zoom())
            assert colour_at(shown, QPoint(x, y)) == palette.stage_header_colour(stage.index)
    assert stale_pixels(view) == 0
    alt_wheel(view, 5)  # and right: both stay
    assert stale_pixels(view) == 0
    assert_lane_column_shown(view)
    wheel(view, -1)
    assert stale_pixels(view) == 0


def test_a_click_on_a_pinned_part_acts_on_what_it_shows(qtbot: QtBot,
                                                        demo_view: JourneyView) -> None:
    view = demo_view
    alt_wheel(view, 5)
    layout = view.map_scene.map_layout
    assert layout is not None
    # On the pinned lane names, over a card scrolled beneath them: nothing is selected.
    under = view.mapToScene(QPoint(30, 0)).x()
    hidden = next(tp_id for tp_id, box in layout.touchpoints.items()
                  if box.card.x < under < box.card.right)
    point = QPoint(30, card_point(view, hidden).y())
    assert view.map_scene.item_at(view.mapToScene(point)) is not None
    click(qtbot, view, point)
    assert view.selected_touchpoint_ids() == []
    # On a pinned stage header: its stage.
    wheel(view, 3)
    stage = layout.stage_at(view.visible_scene_rect().center().x())
    assert stage is not None and view.visible_scene_rect().top() > stage.header.bottom
    header = QPoint(view.mapFromScene(QPointF(stage.header.center.x, 0)).x(), 20)
    click(qtbot, view, header)
    assert view.selected_stage_ids() == [stage.stage_id]
    assert view.selected_touchpoint_ids() == []


def test_the_blueprint_line_names_stay_pinned_alone_in_the_lane_column(
        make_view: ViewFactory, qtbot: QtBot) -> None:
    view = make_view(demo_with_blueprint())
    view.resize(1000, 700)
    qtbot.waitUntil(lambda: view.viewport().width() < 1000)
    layout = view.map_scene.map_layout
    assert layout is not None and layout.blueprint is not None
    wheel(view, 30)  # down to the blueprint
    blueprint_top = view.mapFromScene(QPointF(0, layout.blueprint.bands[0].band.y)).y()
    blueprint_bottom = view.mapFromScene(QPointF(0, layout.blueprint.bottom)).y()
    column = (0, max(blueprint_top, view.pinned.insets()[1]),
              round(GAP + layout.metrics.lane_label_width * view.zoom()) - 2,
              min(blueprint_bottom, view.viewport().height() - FOCUS_WIDTH))
    assert column[3] - column[1] > 200, "the blueprint's rows are in sight"
    shots = []
    for _ in range(8):  # stage after stage slides under the column
        alt_wheel(view, 1)
        assert view.visible_scene_rect().left() > layout.metrics.margin
        assert stale_pixels(view) == 0
        shots.append(on_screen(view).crop(column))
    # The column shows the rows' and lines' names once, whatever passes under it.
    assert all(ImageChops.difference(shots[0], shot).getbbox() is None for shot in shots[1:])


def test_shift_wheel_goes_sideways(make_view: ViewFactory) -> None:
    """A journey map is long: Shift+wheel moves along it, as in browsers and drawing tools."""
    view = make_view(load_project(DEMO))
    across, down = view.horizontalScrollBar(), view.verticalScrollBar()
    wheel(view, 3, Qt.KeyboardModifier.ShiftModifier)
    assert down.value() == 0
    moved = across.value()
    assert moved > 0
    wheel(view, -3, Qt.KeyboardModifier.ShiftModifier)
    assert (across.value(), down.value()) == (0, 0)
    wheel(view, 3)  # the plain wheel still goes down
    assert across.value() == 0 and down.value() > 0


# ---------------------------------------------------------------------- the extent to scroll


def test_undoing_a_card_added_at_the_end_leaves_no_empty_stretch_to_scroll_into(
        qtbot: QtBot, demo_view: JourneyView) -> None:
    view = demo_view
    bar = view.horizontalScrollBar()
    last = [tp.id for _, tp in view.document.project.journeys[0].touchpoints()][-1]
    bar.setValue(bar.maximum())  # the end of the journey, where its last card is
    click(qtbot, view, card_point(view, last))
    before = bar.maximum()
    qtbot.keyClick(view, Qt.Key.Key_Return)  # a new card after the last one
    qtbot.keyClicks(view, "Relance")
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert bar.maximum() > before
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert "Relance" not in [tp.title for _, tp in view.document.project.journeys[0]
                             .touchpoints()]
    assert bar.maximum() == before
    assert bar.value() <= bar.maximum()
    layout = view.map_scene.map_layout
    assert layout is not None
    assert view.visible_scene_rect().right() <= layout.bounds.right + SCENE_MARGIN + 1
    assert stale_pixels(view) == 0


def test_a_map_back_within_the_window_leaves_nothing_past_it_to_scroll_into(
        qtbot: QtBot, make_view: ViewFactory) -> None:
    view = make_view(small_project())
    bar = view.horizontalScrollBar()
    journey = view.document.project.journeys[0]
    last = [tp.id for _, tp in journey.touchpoints()][-1]
    click(qtbot, view, card_point(view, last))
    added = 0
    while bar.maximum() <= 0:  # cards at the end until the map is wider than the window
        qtbot.keyClick(view, Qt.Key.Key_Return)
        qtbot.keyClick(view, Qt.Key.Key_Return)
        added += 1
    bar.setValue(bar.maximum() // 2)
    for _ in range(added):
        qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    QApplication.processEvents()  # the scroll bars come and go
    layout = view.map_scene.map_layout
    assert layout is not None and layout.width < view.visible_scene_rect().width()
    extent, shown = view.sceneRect(), view.visible_scene_rect()
    assert extent.left() >= min(-SCENE_MARGIN, shown.left()) - 1
    assert extent.right() <= max(layout.width + SCENE_MARGIN, shown.right()) + 1
