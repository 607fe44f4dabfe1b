"""The map's overview follows edits: redrawn once shortly after them, from the layout."""

from __future__ import annotations

from pathlib import Path

from canvas_support import ViewFactory
from PySide6.QtCore import QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from cxdesigner.canvas import JourneyView
from cxdesigner.io import load_project
from cxdesigner.layout import palette
from cxdesigner.model import Journey, Project, Stage, Touchpoint

DEMO = Path(__file__).resolve().parents[2] / "resources" / "demo" / "parcours-demo.cxd"


def _shown(view: JourneyView) -> QImage:
    return view.minimap.grab().toImage()


def test_the_overview_shows_a_card_added_then_undone(make_view: ViewFactory,
                                                      qtbot: QtBot) -> None:
    view = make_view(load_project(DEMO))
    view.resize(1000, 700)
    overview = view.minimap
    qtbot.waitUntil(overview.isVisible)
    before = _shown(view)
    journey = view.map_scene.journey()
    assert journey is not None
    last = journey.stages[-1]
    view.editor.add_touchpoint(last.id, len(last.touchpoints))
    qtbot.waitUntil(lambda: _shown(view) != before)
    layout = view.map_scene.map_layout
    assert layout is not None
    added = layout.touchpoints[journey.stages[-1].touchpoints[-1].id].card
    scale = (overview.width() - 4) / layout.width
    pixel = _shown(view).pixelColor(round(2 + added.center.x * scale),
                                    round(2 + added.center.y * scale))
    stage = layout.stage(last.id)
    assert stage is not None
    assert pixel.name() == palette.stage_header_colour(stage.index)
    view.document.undo_stack.undo()
    qtbot.waitUntil(lambda: _shown(view) == before)


def _long_project(stages: int = 6, per_stage: int = 30) -> Project:
    journey = Journey(name="Long", stages=[
        Stage(name=f"Stage {s}", touchpoints=[Touchpoint(title=f"Step {s}.{t}", emotion=(t % 5) - 2)
                                              for t in range(per_stage)])
        for s in range(stages)])
    return Project(title="Long map", journeys=[journey])


def _across(part: QRectF, seen: QRectF, whole: QRectF) -> bool:
    """Whether ``part`` spans the map seen from left to right (the view shows some margin
    around the map)."""
    return part.left() <= max(seen.left(), whole.left()) + 1 and \
        min(seen.right(), whole.right()) <= part.right() + 1


def test_a_long_map_shows_the_stretch_around_the_view(make_view: ViewFactory,
                                                       qtbot: QtBot) -> None:
    """Drawn whole, 180 cards would make the overview a strip a pixel or two high: it shows
    the stretch around the view instead, tall enough to read, and follows the view."""
    view = make_view(_long_project())
    overview = view.minimap
    qtbot.waitUntil(overview.isVisible)
    whole, part = overview.map_rect(), overview.shown_part()
    assert whole.width() / whole.height() > 30  # drawn whole: under 10 px high in 300 px
    assert overview.is_stretch() and part.width() < whole.width()
    assert overview.height() >= 40
    assert _across(part, view.visible_scene_rect(), whole)
    frame = overview.shown_rect()
    assert frame.width() > 20 and QRectF(overview.rect()).contains(frame)

    # A click near the stretch's right end brings that part of the map into view.
    target = QPoint(overview.width() - 12, overview.height() // 3)
    expected = overview.to_map(QPointF(target))
    qtbot.mouseClick(overview, Qt.MouseButton.LeftButton, pos=target)
    assert abs(view.visible_scene_rect().center().x() - expected.x()) < 2
    # A little scroll inside the stretch leaves it where it is (and its picture as drawn).
    held = overview.shown_part()
    view.horizontalScrollBar().setValue(view.horizontalScrollBar().value() - 40)
    overview.follow()
    assert overview.shown_part() == held

    # Scrolled to the end, the overview shows the end of the map, the view framed in it.
    bar = view.horizontalScrollBar()
    bar.setValue(bar.maximum())
    qtbot.waitUntil(lambda: overview.shown_part().right() >= whole.right() - 1)
    assert _across(overview.shown_part(), view.visible_scene_rect(), whole)
    assert QRectF(overview.rect()).contains(overview.shown_rect())

    # The bar under it places the stretch in the whole map; a click on its start goes back.
    assert overview.bar_rect().right() >= overview.width() - 3
    qtbot.mouseClick(overview, Qt.MouseButton.LeftButton,
                     pos=QPoint(3, overview.height() - 2))
    qtbot.waitUntil(lambda: overview.shown_part().left() == 0)
    assert view.visible_scene_rect().left() < whole.width() * 0.05


def test_a_long_map_seen_far_zoomed_out_is_shown_whole(make_view: ViewFactory,
                                                        qtbot: QtBot) -> None:
    view = make_view(_long_project(stages=2, per_stage=20))
    overview = view.minimap
    qtbot.waitUntil(overview.isVisible)
    assert overview.is_stretch()
    view.navigation.set_zoom(0.25)
    qtbot.waitUntil(lambda: not overview.is_stretch() or not overview.isVisible())


def test_a_view_with_no_width_yet_hides_the_overview(make_view: ViewFactory) -> None:
    """A view being laid out (a panel building its maps) may have no width for a moment."""
    view = make_view(load_project(DEMO))
    view.viewport().setGeometry(0, 0, 0, 500)
    view.minimap.follow()
    assert not view.minimap.isVisible()
