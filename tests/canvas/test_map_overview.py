"""The map's overview follows edits: redrawn once shortly after them, from the layout."""

from __future__ import annotations

from pathlib import Path

from canvas_support import ViewFactory
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from cxdesigner.canvas import JourneyView
from cxdesigner.io import load_project
from cxdesigner.layout import palette

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
