"""The view's parts: owned by the view without keeping it alive; the presentation edits nothing."""

from __future__ import annotations

import gc
import weakref

from canvas_support import small_project
from pytestqt.qtbot import QtBot

from cxdesigner.canvas import JourneyView
from cxdesigner.canvas.map_view import MapView
from cxdesigner.document import JourneyDocument
from cxdesigner.ui.presentation.view import PresentationView


def test_a_dropped_view_is_freed_at_once(qtbot: QtBot) -> None:
    # A part holding its view would make a cycle: the view would then be deleted whenever
    # the garbage collector runs, even while another view paints.
    document = JourneyDocument(small_project())
    view = JourneyView(document, "j1")
    view.show()
    qtbot.waitExposed(view)
    alive = weakref.ref(view)
    enabled = gc.isenabled()
    gc.disable()
    try:
        del view
        assert alive() is None
    finally:
        if enabled:
            gc.enable()


def test_the_presentation_shares_the_map_but_not_the_editing(qtbot: QtBot) -> None:
    document = JourneyDocument(small_project())
    presentation = PresentationView(document, "j1", dark=True)
    qtbot.addWidget(presentation)
    assert isinstance(presentation, MapView) and not isinstance(presentation, JourneyView)
    assert not hasattr(presentation, "map_actions") and not hasattr(presentation, "editor")
    assert set(presentation.map_scene.touchpoint_items) == {"t1", "t2", "t3", "t4", "t5", "t6"}
