"""The inspector's picture of a card, stage or sticky note, and the journey detailing a step:
each button or choice is one undo step, and the inspector follows undo and redo."""

from __future__ import annotations

from pathlib import Path

import pytest
from linked_support import lifecycle_project
from pictures_support import demo_with_pictures_and_links
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot
from ui_support import WindowFactory, current_view

from cxdesigner.canvas import picture_actions
from cxdesigner.canvas.picture_viewer import PictureViewer
from cxdesigner.document.commands import EditTouchpoint, RemoveNote
from cxdesigner.ui.inspector.picture_section import PictureSection, print_width_cm
from cxdesigner.ui.main_window import MainWindow

DEMO_JOURNEY = "j-actuel"


def _click(qtbot: QtBot, button: QPushButton) -> None:
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _png(path: Path, size: tuple[int, int]) -> Path:
    Image.new("RGB", size, (42, 157, 143)).save(path)
    return path


@pytest.fixture
def demo(make_window: WindowFactory) -> MainWindow:
    window = make_window(project=demo_with_pictures_and_links())
    assert current_view(window).journey_id == DEMO_JOURNEY
    return window


def _thumbnail_size(section: PictureSection) -> tuple[int, int]:
    pixmap = section.thumbnail.pixmap()
    if not pixmap.isNull() and section.isVisible():
        # Laid out whole on screen, not only held by the label.
        QApplication.processEvents()
        assert section.thumbnail.height() >= pixmap.height()
        assert section.thumbnail.width() >= pixmap.width()
    return pixmap.width(), pixmap.height()


def test_a_card_without_a_picture_gets_one_chosen_from_a_file_in_one_step(
        demo: MainWindow, qtbot: QtBot, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    path = _png(tmp_path / "comptoir.png", (900, 600))
    monkeypatch.setattr(picture_actions, "ask_picture_file", lambda parent: path)
    document, stack = demo.document, demo.document.undo_stack
    current_view(demo).select_touchpoint("tp-appel-sav")
    section = demo.inspector.touchpoint_form.picture
    assert document.touchpoint(DEMO_JOURNEY, "tp-appel-sav").image is None
    assert section.thumbnail.pixmap().isNull()
    assert not section.show_button.isEnabled() and not section.remove.isEnabled()

    _click(qtbot, section.choose)
    image = document.touchpoint(DEMO_JOURNEY, "tp-appel-sav").image
    assert image is not None and (image.width, image.height) == (900, 600)
    assert stack.count() == 1 and stack.undoText() == "Add picture"
    assert _thumbnail_size(section) == (225, 150)
    assert section.details.text() == "900 \u00d7 600 pixels; sharp in print up to 15.2 cm wide."
    assert section.remove.isEnabled() and section.show_button.isEnabled()

    stack.undo()
    assert document.touchpoint(DEMO_JOURNEY, "tp-appel-sav").image is None
    assert section.thumbnail.pixmap().isNull() and not section.remove.isEnabled()
    stack.redo()
    assert document.touchpoint(DEMO_JOURNEY, "tp-appel-sav").image == image
    assert _thumbnail_size(section) == (225, 150)


def test_a_picture_refused_changes_nothing_and_says_why(
        demo: MainWindow, qtbot: QtBot, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    text = tmp_path / "notes.png"
    text.write_text("not a picture", encoding="utf-8")
    monkeypatch.setattr(picture_actions, "ask_picture_file", lambda parent: text)
    current_view(demo).select_touchpoint("tp-appel-sav")
    section = demo.inspector.touchpoint_form.picture
    _click(qtbot, section.choose)
    assert demo.document.touchpoint(DEMO_JOURNEY, "tp-appel-sav").image is None
    assert demo.document.undo_stack.count() == 0
    assert section.refusal.isVisibleTo(section)
    assert section.refusal.text().startswith(
        "“notes.png” is not a picture CX Designer can read.")


def test_paste_puts_the_clipboard_picture_on_the_card_or_says_there_is_none(
        demo: MainWindow, qtbot: QtBot) -> None:
    stack = demo.document.undo_stack
    current_view(demo).select_touchpoint("tp-appel-sav")
    section = demo.inspector.touchpoint_form.picture
    QApplication.clipboard().clear()
    _click(qtbot, section.paste)
    assert stack.count() == 0
    assert section.refusal.text() == ("The clipboard holds no picture. Copy a picture or a "
                                      "picture file first.")

    picture = QImage(320, 200, QImage.Format.Format_RGB32)
    picture.fill(Qt.GlobalColor.darkBlue)
    QApplication.clipboard().setImage(picture)
    _click(qtbot, section.paste)
    image = demo.document.touchpoint(DEMO_JOURNEY, "tp-appel-sav").image
    assert image is not None and (image.width, image.height) == (320, 200)
    assert stack.count() == 1 and not section.refusal.isVisibleTo(section)
    assert section.details.text() == "320 \u00d7 200 pixels; sharp in print up to 5.4 cm wide."
    stack.undo()
    assert demo.document.touchpoint(DEMO_JOURNEY, "tp-appel-sav").image is None
    stack.redo()
    assert demo.document.touchpoint(DEMO_JOURNEY, "tp-appel-sav").image == image
    QApplication.clipboard().clear()


def test_show_opens_the_picture_and_remove_takes_it_off_in_one_step(
        demo: MainWindow, qtbot: QtBot) -> None:
    document, stack = demo.document, demo.document.undo_stack
    before = document.touchpoint(DEMO_JOURNEY, "tp-recherche-site").image
    assert before is not None
    current_view(demo).select_touchpoint("tp-recherche-site")
    section = demo.inspector.touchpoint_form.picture
    assert section.details.text() == "640 \u00d7 400 pixels; sharp in print up to 10.8 cm wide."

    _click(qtbot, section.show_button)
    viewer = section.viewer
    assert isinstance(viewer, PictureViewer) and viewer.isVisible()
    shown = viewer.picture.pixmap()
    assert (shown.width(), shown.height()) == (640, 400)
    viewer.close()

    _click(qtbot, section.remove)
    assert document.touchpoint(DEMO_JOURNEY, "tp-recherche-site").image is None
    assert stack.count() == 1 and stack.undoText() == "Remove picture"
    assert not section.remove.isEnabled()
    stack.undo()
    assert document.touchpoint(DEMO_JOURNEY, "tp-recherche-site").image == before
    assert section.remove.isEnabled() and not section.thumbnail.pixmap().isNull()
    stack.redo()
    assert document.touchpoint(DEMO_JOURNEY, "tp-recherche-site").image is None


def test_a_stage_shows_and_loses_its_picture_in_the_inspector(
        demo: MainWindow, qtbot: QtBot) -> None:
    view, document = current_view(demo), demo.document
    before = document.stage(DEMO_JOURNEY, "st-choix").image
    assert before is not None
    view.map_scene.select_only([view.map_scene.stage_items["st-choix"]])
    section = demo.inspector.stage_form.picture
    assert demo.inspector.pages.currentIndex() == 1
    assert section.details.text() == "300 \u00d7 400 pixels; sharp in print up to 5.0 cm wide."
    _click(qtbot, section.remove)
    assert document.stage(DEMO_JOURNEY, "st-choix").image is None
    assert section.thumbnail.pixmap().isNull()
    document.undo_stack.undo()
    assert document.stage(DEMO_JOURNEY, "st-choix").image == before
    assert _thumbnail_size(section) == (112, 150)
    document.undo_stack.redo()
    assert document.stage(DEMO_JOURNEY, "st-choix").image is None


def test_a_sticky_note_is_inspected_with_its_text_and_picture(
        demo: MainWindow, qtbot: QtBot, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    view, document, stack = current_view(demo), demo.document, demo.document.undo_stack
    note = document.journey(DEMO_JOURNEY).notes[0]
    view.map_scene.select_only([view.map_scene.note_items[note.id]])
    form = demo.inspector.note_form
    assert demo.inspector.pages.currentIndex() == 4 and form.note_id == note.id
    assert form.text.text() == note.text

    path = _png(tmp_path / "lettre.png", (1200, 300))
    monkeypatch.setattr(picture_actions, "ask_picture_file", lambda parent: path)
    _click(qtbot, form.picture.choose)
    image = document.journey(DEMO_JOURNEY).notes[0].image
    assert image is not None and image.name == "lettre.png"
    assert form.picture.details.text() == (
        "1200 \u00d7 300 pixels; sharp in print up to 20.3 cm wide.")
    stack.undo()
    assert document.journey(DEMO_JOURNEY).notes[0].image == note.image
    assert form.picture.details.text() == (
        "640 \u00d7 400 pixels; sharp in print up to 10.8 cm wide.")
    stack.redo()
    assert document.journey(DEMO_JOURNEY).notes[0].image == image

    editor = form.text.editor
    editor.setFocus()
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(editor, " !")
    assert document.journey(DEMO_JOURNEY).notes[0].text == note.text + " !"
    assert stack.count() == 2 and stack.undoText() == "Edit sticky note"
    stack.undo()
    assert form.text.text() == note.text


def test_the_print_width_is_the_width_sharp_at_150_ppi() -> None:
    from pictures_support import screenshot

    assert print_width_cm(screenshot(1500, 100)) == 25.4  # 10 inches
    assert print_width_cm(screenshot(110, 30)) == 1.8  # 1.86 cm: never more than it is
    assert print_width_cm(screenshot(24, 16)) == 0.4


def test_the_journey_detailing_a_step_is_chosen_and_opened_from_the_inspector(
        make_window: WindowFactory, qtbot: QtBot) -> None:
    window = make_window(project=lifecycle_project())
    document, stack, tabs = window.document, window.document.undo_stack, window.tabs
    tabs.show_journey("j-cycle")
    current_view(window).select_touchpoint("t-pub")
    detail = window.inspector.touchpoint_form.detail
    combo = detail.journeys
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "(none)", "Achat en ligne", "Support"]
    assert combo.currentIndex() == 0 and not detail.open.isEnabled()

    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert document.touchpoint("j-cycle", "t-pub").details_journey_id == "j-achat"
    assert stack.count() == 1 and stack.undoText() == "Set the journey that details the step"
    assert detail.open.isEnabled()
    stack.undo()
    assert document.touchpoint("j-cycle", "t-pub").details_journey_id is None
    assert combo.currentIndex() == 0 and not detail.open.isEnabled()
    stack.redo()
    assert combo.currentText() == "Achat en ligne"

    _click(qtbot, detail.open)
    assert tabs.current_journey_id() == "j-achat"


def test_a_journey_that_would_make_a_cycle_is_greyed_out_and_says_why(
        make_window: WindowFactory, qtbot: QtBot) -> None:
    window = make_window(project=lifecycle_project())
    window.tabs.show_journey("j-support")
    current_view(window).select_touchpoint("t-chat")
    combo = window.inspector.touchpoint_form.detail.journeys
    row = combo.findText("Cycle de vie")
    item = combo.model().index(row, 0)
    assert not (combo.model().flags(item) & Qt.ItemFlag.ItemIsEnabled)
    assert str(combo.itemData(row, Qt.ItemDataRole.ToolTipRole)).startswith(
        "Journey “Cycle de vie” cannot detail the step “Chat”: through the steps it details, "
        "it already leads down to journey “Support”")
    assert combo.model().flags(combo.model().index(combo.findText("Achat en ligne"), 0)) \
        & Qt.ItemFlag.ItemIsEnabled

    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # the disabled entry is stepped over
    assert window.document.touchpoint("j-support", "t-chat").details_journey_id == "j-achat"
    assert window.document.undo_stack.count() == 1


def test_the_greyed_out_journeys_follow_the_links_made_elsewhere(
        make_window: WindowFactory) -> None:
    window = make_window(project=lifecycle_project())
    document = window.document
    window.tabs.show_journey("j-support")
    current_view(window).select_touchpoint("t-chat")
    combo = window.inspector.touchpoint_form.detail.journeys

    def cycle_enabled() -> bool:
        index = combo.model().index(combo.findText("Cycle de vie"), 0)
        return bool(combo.model().flags(index) & Qt.ItemFlag.ItemIsEnabled)

    assert not cycle_enabled()
    # The lifecycle map's help step no longer detailed by the support journey: no cycle.
    document.undo_stack.push(EditTouchpoint(document, "j-cycle", "t-aide",
                                            {"details_journey_id": None}))
    assert cycle_enabled()
    document.undo_stack.undo()
    assert not cycle_enabled()


def test_a_deleted_sticky_note_leaves_the_inspector_to_the_journey(
        demo: MainWindow) -> None:
    view, document = current_view(demo), demo.document
    note = document.journey(DEMO_JOURNEY).notes[0]
    view.map_scene.select_only([view.map_scene.note_items[note.id]])
    assert demo.inspector.pages.currentIndex() == 4
    document.undo_stack.push(RemoveNote(document, DEMO_JOURNEY, note.id))
    assert demo.inspector.pages.currentIndex() == 2  # the journey's form
