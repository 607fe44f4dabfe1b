"""Pictures put on the map in the editor: pasted, dropped, chosen from a file, refused when
too large, shown at full size; each one undo step."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from canvas_support import ViewFactory, card_point, click, small_project
from PIL import Image
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QAction, QColor, QDragEnterEvent, QDropEvent, QImage
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from cxdesigner.canvas import JourneyView, menus, picture_actions
from cxdesigner.canvas.picture_viewer import PictureViewer
from cxdesigner.drawing.detail import Detail
from cxdesigner.drawing.primitives import Picture
from cxdesigner.io.pictures import MAX_FILE_BYTES
from cxdesigner.model import StickyNote

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))
from fuzz_inputs import bomb_png


@pytest.fixture
def view(make_view: ViewFactory) -> JourneyView:
    project = small_project()
    project.journeys[0].notes.append(StickyNote(id="n1", text="Le SVI", stage_id="s2"))
    return make_view(project)


def _told(view: JourneyView) -> list[str]:
    messages: list[str] = []
    view.status_message.connect(messages.append)
    return messages


def _screenshot(width: int = 320, height: int = 200) -> QImage:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#2a9d8f"))
    return image


def _png_file(path: Path, size: tuple[int, int] = (300, 400)) -> Path:
    Image.new("RGB", size, (222, 203, 164)).save(path)
    return path


def _pictures(view: JourneyView, tp_id: str) -> list[Picture]:
    drawn = view.map_scene.touchpoint_items[tp_id].drawing(Detail.FULL)
    return [part for part in drawn if isinstance(part, Picture)]


def test_a_pasted_screenshot_goes_onto_the_selected_card_as_one_undo_step(
        qtbot: QtBot, view: JourneyView) -> None:
    QApplication.clipboard().setImage(_screenshot())
    click(qtbot, view, card_point(view, "t3"))
    told = _told(view)
    qtbot.keyClick(view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    document, stack = view.document, view.document.undo_stack
    picture = document.touchpoint("j1", "t3").image
    assert picture is not None and (picture.width, picture.height) == (320, 200)
    assert stack.count() == 1 and stack.undoText() == "Add picture"
    assert len(_pictures(view, "t3")) == 1
    assert told[-1] == "Picture added (320 \u00d7 200 pixels)."
    assert [len(ids) for ids in _stage_card_counts(view)] == [2, 2, 2]  # no card pasted
    stack.undo()
    assert document.touchpoint("j1", "t3").image is None and _pictures(view, "t3") == []
    stack.redo()
    assert document.touchpoint("j1", "t3").image == picture
    assert len(_pictures(view, "t3")) == 1


def _stage_card_counts(view: JourneyView) -> list[list[str]]:
    journey = view.map_scene.journey()
    assert journey is not None
    return [[tp.id for tp in stage.touchpoints] for stage in journey.stages]


def test_a_screenshot_pasted_on_a_stage_header_shows_in_its_header(
        qtbot: QtBot, view: JourneyView) -> None:
    QApplication.clipboard().setImage(_screenshot(600, 300))
    header = view.map_scene.stage_items["s1"]
    click(qtbot, view, view.mapFromScene(header.sceneBoundingRect().topLeft() + QPointF(8, 8)))
    assert header.isSelected()
    qtbot.keyClick(view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert view.document.stage("j1", "s1").image is not None
    assert any(isinstance(part, Picture) for part in header.drawing(Detail.FULL))
    view.document.undo_stack.undo()
    assert view.document.stage("j1", "s1").image is None


def _drop(view: JourneyView, point: QPoint, data: QMimeData) -> QDropEvent:
    viewport = view.viewport()
    enter = QDragEnterEvent(point, Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(viewport, enter)
    drop = QDropEvent(QPointF(point), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(viewport, drop)
    return drop


def _file_data(path: Path) -> QMimeData:
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(path))])
    return data


def test_a_picture_file_dropped_on_a_note_goes_onto_it(view: JourneyView,
                                                        tmp_path: Path) -> None:
    note = view.map_scene.note_items["n1"]
    point = view.mapFromScene(note.sceneBoundingRect().center())
    drop = _drop(view, point, _file_data(_png_file(tmp_path / "comptoir.png")))
    assert drop.isAccepted()
    picture = next(n for n in view.map_scene.journey().notes if n.id == "n1").image  # type: ignore[union-attr]
    assert picture is not None and picture.name == "comptoir.png"
    stack = view.document.undo_stack
    assert stack.count() == 1
    stack.undo()
    assert next(n for n in view.map_scene.journey().notes if n.id == "n1").image is None  # type: ignore[union-attr]
    stack.redo()
    assert next(n for n in view.map_scene.journey().notes if n.id == "n1").image == picture  # type: ignore[union-attr]


def test_a_drop_on_empty_map_or_of_a_text_file_is_refused(view: JourneyView,
                                                           tmp_path: Path) -> None:
    empty = view.mapFromScene(QPointF(5, 5))
    assert not _drop(view, empty, _file_data(_png_file(tmp_path / "a.png"))).isAccepted()
    text = tmp_path / "notes.txt"
    text.write_text("bonjour", encoding="utf-8")
    assert not _drop(view, card_point(view, "t1"), _file_data(text)).isAccepted()
    assert view.document.undo_stack.count() == 0


def test_a_decompression_bomb_is_refused_with_what_to_do(view: JourneyView,
                                                         tmp_path: Path) -> None:
    bomb = tmp_path / "bombe.png"
    bomb.write_bytes(bomb_png(20_000, 20_000))
    told = _told(view)
    _drop(view, card_point(view, "t2"), _file_data(bomb))
    assert view.document.touchpoint("j1", "t2").image is None
    assert view.document.undo_stack.count() == 0
    assert told[-1].startswith(
        "“bombe.png” is 20000 \u00d7 20000 pixels: more than the 16 megapixels a PNG picture "
        "may have (a JPEG photo may have 50).")
    assert "save a smaller copy" in told[-1]


def test_a_file_too_large_is_refused_before_it_is_read(
        qtbot: QtBot, view: JourneyView, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    huge = tmp_path / "scan.png"
    with huge.open("wb") as file:
        file.truncate(MAX_FILE_BYTES + 1)
    monkeypatch.setattr(picture_actions, "ask_picture_file", lambda parent: huge)
    click(qtbot, view, card_point(view, "t4"))
    told = _told(view)
    _menu_action(view, "t4", "Choose a picture file…").trigger()
    assert view.document.touchpoint("j1", "t4").image is None
    assert view.document.undo_stack.count() == 0
    assert told[-1].startswith(
        "The file “scan.png” is 30 MB; a picture may be at most 30 MB. Choose a PNG")


def _menu_action(view: JourneyView, tp_id: str, text: str) -> QAction:
    layout = view.map_scene.map_layout
    assert layout is not None
    centre = layout.touchpoints[tp_id].card.center
    menu = menus.build_menu(view.map_actions, QPointF(centre.x, centre.y), view, view.capture,
                            view.links)
    sub = menu.findChild(QMenu, "pictureMenu")
    assert sub is not None
    action = next(a for a in sub.actions() if a.text() == text)
    assert action.isEnabled()
    return action


def test_a_picture_chosen_from_the_menu_shows_at_full_size_on_a_double_click(
        qtbot: QtBot, view: JourneyView, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    path = _png_file(tmp_path / "capture.png", (900, 600))
    monkeypatch.setattr(picture_actions, "ask_picture_file", lambda parent: path)
    click(qtbot, view, card_point(view, "t5"))
    _menu_action(view, "t5", "Choose a picture file…").trigger()
    assert view.document.touchpoint("j1", "t5").image is not None
    assert view.document.undo_stack.undoText() == "Add picture"
    (picture,) = _pictures(view, "t5")
    card = view.map_scene.touchpoint_items["t5"]
    on_picture = view.mapFromScene(card.mapToScene(picture.rect.center.x, picture.rect.center.y))
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=on_picture)
    viewer = view.findChild(PictureViewer)
    assert viewer is not None and viewer.isVisible()
    shown = viewer.picture.pixmap()
    assert (shown.width(), shown.height()) == (900, 600)
    assert view.inline_editor is None  # the title is not being typed
    viewer.close()
    _menu_action(view, "t5", "Remove picture").trigger()
    assert view.document.touchpoint("j1", "t5").image is None
    assert view.document.undo_stack.undoText() == "Remove picture"
    view.document.undo_stack.undo()
    assert view.document.touchpoint("j1", "t5").image is not None


def test_a_pasted_screenshot_is_printed_in_the_pdf(qtbot: QtBot, view: JourneyView) -> None:
    import io

    import pikepdf

    from cxdesigner.export import ExportOptions, PaperSize, Section, render_pdf

    QApplication.clipboard().setImage(_screenshot(640, 400))
    click(qtbot, view, card_point(view, "t2"))
    qtbot.keyClick(view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    data, result = render_pdf(view.document.project, ExportOptions(
        paper=PaperSize.parse("A3"), sections=frozenset({Section.MAP})))
    with pikepdf.open(io.BytesIO(data)) as pdf:
        images = [obj for obj in pdf.objects if isinstance(obj, pikepdf.Stream)
                  and obj.get("/Subtype") == "/Image"]
    assert len(images) == 1
    assert result.coarse_pictures == ()
