"""Painting at every level of detail, zoom and pan gestures, and the screenshot tool."""

from __future__ import annotations

import itertools
import sys
import time
from pathlib import Path

import pytest
from canvas_support import ViewFactory, card_point, small_project
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QImage, QWheelEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from cxdesigner.canvas import JourneyView
from cxdesigner.canvas.fonts import ensure_fonts_loaded, fitted
from cxdesigner.document.commands import AddTouchpoint, EditTouchpoint
from cxdesigner.io import save_project
from cxdesigner.model import (
    Flow,
    FlowKind,
    Irritant,
    Journey,
    MomentOfTruth,
    Opportunity,
    Project,
    Stage,
    StickyNote,
    Touchpoint,
    Verbatim,
)

TOOLS = Path(__file__).resolve().parents[2] / "tools"


def busy_project(count: int) -> Project:
    """``count`` touchpoints in stages of ten, with every lane filled somewhere."""
    base = small_project()
    stages = []
    for s in range(max(1, count // 10)):
        touchpoints = []
        for t in range(10):
            number = s * 10 + t
            touchpoints.append(Touchpoint(
                id=f"b{number}", title=f"Étape numéro {number} avec un titre assez long "
                                       "pour devoir passer à la ligne et être coupé",
                description="Une description qui dit ce qui se passe. " * 3,
                channel_id=("ch-web", "ch-shop", "ch-chat", None)[number % 4],
                interlocutor_id="i1" if number % 3 else None,
                emotion=(number % 7) - 3 if number % 5 else None,
                moment=list(MomentOfTruth)[number % 4],
                customer_action="Le client clique, attend, puis rappelle.",
                verbatims=[Verbatim(text="« C'est trop long »") for _ in range(number % 6)],
                irritants=[Irritant(text="Attente", severity=1 + number % 4)],
                opportunities=[Opportunity(text="Rappel automatique")]))
        stages.append(Stage(id=f"bs{s}", name=f"Étape {s}", touchpoints=touchpoints))
    ids = [tp.id for stage in stages for tp in stage.touchpoints]
    flows = [Flow(source_id=a, target_id=b) for a, b in itertools.pairwise(ids)]
    flows += [Flow(source_id=ids[i], target_id=ids[i - 7], kind=FlowKind.BACK)
              for i in range(9, len(ids), 13)]
    flows += [Flow(source_id=ids[i], target_id=ids[i + 5], kind=FlowKind.TRANSFER, label="Relais")
              for i in range(0, len(ids) - 5, 17)]
    journey = Journey(id="j1", name="Gros", stages=stages, flows=flows,
                      notes=[StickyNote(text="Note", stage_id="bs0")])
    return base.model_copy(update={"journeys": [journey]})


def grab(view: JourneyView) -> QImage:
    image = view.grab().toImage()
    assert not image.isNull()
    return image


def test_every_level_of_detail_paints(make_view: ViewFactory) -> None:
    view = make_view(busy_project(60))
    view.set_highlights(True, True)
    view.set_persona("p1")
    colours = set()
    for zoom in (1.5, 0.6, 0.3, 0.12, 0.03):
        view.set_zoom(zoom)
        image = grab(view)
        colours.add(image.pixelColor(image.width() // 2, image.height() // 2).name())
    view.fit_to_window()
    grab(view)
    assert len(colours) > 1  # not a blank window at every zoom


def test_long_text_is_fitted_inside_its_box() -> None:
    ensure_fonts_loaded()
    text = "Un titre extraordinairement long qui ne tiendra jamais dans une carte " * 4
    fit = fitted(text, 130.0, 50.0, (14.0, 13.0, 12.0, 11.0, 10.0), True)
    assert fit.elided and fit.lines[-1].endswith("…")
    assert len(fit.lines) * fit.line_height <= 50.0


def test_ctrl_wheel_zooms_under_the_mouse(qtbot: QtBot, view: JourneyView) -> None:
    point = card_point(view, "t3")
    scene_point = view.mapToScene(point)
    event = QWheelEvent(QPointF(point), QPointF(view.viewport().mapToGlobal(point)),
                        QPoint(0, 0), QPoint(0, 240), Qt.MouseButton.NoButton,
                        Qt.KeyboardModifier.ControlModifier, Qt.ScrollPhase.NoScrollPhase,
                        False)
    QApplication.sendEvent(view.viewport(), event)
    assert view.zoom() == pytest.approx(1.44)
    after = view.mapToScene(point)
    assert abs(after.x() - scene_point.x()) < 2 and abs(after.y() - scene_point.y()) < 2


def test_space_drag_pans(qtbot: QtBot, view: JourneyView) -> None:
    view.set_zoom(3.0)
    bar = view.verticalScrollBar()
    value = bar.value()
    qtbot.keyPress(view, Qt.Key.Key_Space)
    viewport = view.viewport()
    start = QPoint(600, 400)
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(viewport, start - QPoint(0, 50))
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=start - QPoint(0, 50))
    qtbot.keyRelease(view, Qt.Key.Key_Space)
    assert bar.value() > value
    assert view.document.undo_stack.count() == 0


def test_edits_on_a_big_map_touch_only_what_changed(make_view: ViewFactory) -> None:
    view = make_view(busy_project(400))
    scene, document = view.map_scene, view.document
    cards = dict(scene.touchpoint_items)
    start = time.perf_counter()
    document.undo_stack.push(EditTouchpoint(document, "j1", "b7", {"title": "Court"}))
    document.undo_stack.undo()
    title_time = time.perf_counter() - start
    document.undo_stack.push(AddTouchpoint(document, "j1", "bs0", 0, Touchpoint(title="N")))
    document.undo_stack.undo()
    assert all(scene.touchpoint_items[k] is v for k, v in cards.items())
    assert title_time < 0.05  # one card repainted, no layout


def test_screenshot_tool(tmp_path: Path, qapp: QApplication) -> None:
    project_file = tmp_path / "projet.cxd"
    save_project(small_project(), project_file)
    sys.path.insert(0, str(TOOLS))
    try:
        import screenshot_map
    finally:
        sys.path.remove(str(TOOLS))
    out = tmp_path / "map.png"
    assert screenshot_map.main([str(project_file), str(out), "--zoom", "0.8",
                                "--size", "800x500", "--highlights", "--select", "1"]) == 0
    image = QImage(str(out))
    assert (image.width(), image.height()) == (800, 500)
