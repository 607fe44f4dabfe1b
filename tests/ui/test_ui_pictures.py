"""Picture files dropped on a map in the window: onto the card in an editable window, refused
in a read-only one."""

from __future__ import annotations

from pathlib import Path

from PIL import Image
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication
from ui_support import WindowFactory, small_project

from cxdesigner.canvas import JourneyView
from cxdesigner.ui.main_window import MainWindow


def _drop_on_first_card(window: MainWindow, path: Path) -> tuple[JourneyView, str]:
    view = window.tabs.current_view()
    assert view is not None
    journey = view.map_scene.journey()
    assert journey is not None
    _, touchpoint = next(iter(journey.touchpoints()))
    layout = view.map_scene.map_layout
    assert layout is not None
    centre = layout.touchpoints[touchpoint.id].card.center
    point = view.mapFromScene(QPointF(centre.x, centre.y))
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(path))])
    for event in (QDragEnterEvent(point, Qt.DropAction.CopyAction, data,
                                  Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier),
                  QDropEvent(QPointF(point), Qt.DropAction.CopyAction, data,
                             Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)):
        QApplication.sendEvent(view.viewport(), event)
    return view, touchpoint.id


def _picture_file(tmp_path: Path) -> Path:
    path = tmp_path / "capture.png"
    Image.new("RGB", (200, 120), (29, 53, 87)).save(path)
    return path


def test_a_picture_file_dropped_on_a_card_in_the_window_goes_onto_it(
        make_window: WindowFactory, tmp_path: Path) -> None:
    window = make_window(project=small_project())
    view, touchpoint_id = _drop_on_first_card(window, _picture_file(tmp_path))
    image = window.document.touchpoint(view.journey_id, touchpoint_id).image
    assert image is not None and image.name == "capture.png"
    assert window.isWindowModified()


def test_a_read_only_window_takes_no_picture(make_window: WindowFactory,
                                             tmp_path: Path) -> None:
    window = make_window(project=small_project(), read_only=True)
    view, touchpoint_id = _drop_on_first_card(window, _picture_file(tmp_path))
    assert window.document.touchpoint(view.journey_id, touchpoint_id).image is None
    assert window.document.undo_stack.count() == 0
