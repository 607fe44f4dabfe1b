"""Files in the window: save and reopen, the modified marker, asking before losing work."""

from __future__ import annotations

import datetime as dt
import errno
import io
import os
from pathlib import Path

import pdfplumber
import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, QSettings, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QFileOpenEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from ui_support import WindowFactory

from cxdesigner.document.commands import EditProject, EditTouchpoint
from cxdesigner.export import ExportOptions, Section, render_pdf
from cxdesigner.export.labels import Labels
from cxdesigner.io import load_project
from cxdesigner.ui.main_window import MainWindow
from cxdesigner.ui.prompts import Prompts, SaveChoice
from cxdesigner.ui.settings import Preferences
from cxdesigner.ui.windows import WindowManager


def _edit_title(window: MainWindow, title: str) -> None:
    document = window.document
    document.undo_stack.push(EditProject(document, {"title": title}))


def test_save_as_then_reopen_gives_the_same_project(
        window: MainWindow, make_window: WindowFactory, demo_copy: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    assert window.files.open_path(demo_copy)
    journey = window.document.project.journeys[0]
    touchpoint = journey.stages[0].touchpoints[0]
    window.document.undo_stack.push(EditTouchpoint(
        window.document, journey.id, touchpoint.id, {"title": "Besoin : « sèche-linge »"}))
    target = demo_copy.with_name("copie.cxd")
    monkeypatch.setattr(Prompts, "save_path", lambda self, suggested: target)

    assert window.files.save_as()

    assert window.document.path == target
    assert not window.isWindowModified()
    other = make_window()
    assert other.files.open_path(target)
    assert other.document.project.model_dump() == window.document.project.model_dump()
    assert load_project(target).model_dump() == window.document.project.model_dump()


def test_the_modified_marker_follows_the_undo_stack(window: MainWindow, demo_copy: Path) -> None:
    window.files.open_path(demo_copy)
    assert window.windowTitle() == "parcours-demo.cxd[*] — CX Designer"
    assert not window.isWindowModified()

    _edit_title(window, "Autre titre")
    assert window.isWindowModified()

    window.document.undo_stack.undo()
    assert not window.isWindowModified()
    window.document.undo_stack.redo()
    assert window.isWindowModified()
    assert window.files.save()
    assert not window.isWindowModified()


def test_saving_changes_dates_the_project_and_the_print(
        window: MainWindow, demo_copy: Path, qtbot: QtBot) -> None:
    """The title block prints the project's date: a save of changes makes it today's."""
    assert window.files.open_path(demo_copy)
    dated = window.document.project.modified
    assert dated is not None and dated < dt.date.today()
    assert window.files.save()  # nothing changed: the date stays
    assert load_project(demo_copy).modified == dated

    _edit_title(window, "Autre titre")
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not window.isWindowModified()
    saved = load_project(demo_copy)
    assert saved.modified == dt.date.today() == window.document.project.modified
    pdf, _ = render_pdf(saved, ExportOptions(sections=frozenset({Section.MAP})))
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        first_page = document.pages[0].extract_text()
    today = Labels(saved.language).date(dt.date.today())
    assert today in first_page and Labels(saved.language).date(dated) not in first_page


def test_closing_with_unsaved_changes_asks_and_cancel_keeps_the_window(
        window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []

    def cancel(self: Prompts, name: str) -> SaveChoice:
        asked.append(name)
        return SaveChoice.CANCEL

    monkeypatch.setattr(Prompts, "ask_save_changes", cancel)
    _edit_title(window, "Atelier du 12 mars")

    assert not window.close()
    assert asked == ["Untitled"]
    assert window.isVisible()
    assert window.isWindowModified()


def test_discard_closes_without_saving(window: MainWindow, manager: WindowManager,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(Prompts, "ask_save_changes", lambda self, name: SaveChoice.DISCARD)
    _edit_title(window, "Atelier")

    assert window.close()
    assert window not in manager.windows


def test_choosing_save_on_close_writes_the_file(
        window: MainWindow, manager: WindowManager, demo_copy: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    window.files.open_path(demo_copy)
    monkeypatch.setattr(Prompts, "ask_save_changes", lambda self, name: SaveChoice.SAVE)
    _edit_title(window, "Enregistré en partant")

    assert window.close()

    assert load_project(demo_copy).title == "Enregistré en partant"
    assert window not in manager.windows


def test_opening_another_file_asks_first(window: MainWindow, demo_copy: Path,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(Prompts, "ask_save_changes", lambda self, name: SaveChoice.CANCEL)
    _edit_title(window, "Mon atelier")

    assert not window.files.open_path(demo_copy)
    assert window.document.project.title == "Mon atelier"
    assert window.document.path is None


def test_a_failing_save_shows_why_and_stays_modified(
        window: MainWindow, demo_copy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    window.files.open_path(demo_copy)
    before = demo_copy.read_bytes()
    _edit_title(window, "Titre changé")
    errors: list[tuple[str, str, str]] = []
    monkeypatch.setattr(Prompts, "show_error",
                        lambda self, title, text, details="": errors.append((title, text,
                                                                              details)))

    def full_disk(source: object, target: object) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "replace", full_disk)

    assert not window.files.save()

    assert len(errors) == 1
    assert os.strerror(errno.ENOSPC) in errors[0][2]
    assert str(demo_copy) in errors[0][2]
    assert window.isWindowModified()
    assert demo_copy.read_bytes() == before


def test_saving_into_a_missing_folder_fails_cleanly(
        window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _edit_title(window, "Nouveau")
    errors: list[str] = []
    monkeypatch.setattr(Prompts, "show_error",
                        lambda self, title, text, details="": errors.append(details))
    monkeypatch.setattr(Prompts, "save_path",
                        lambda self, suggested: tmp_path / "missing" / "projet.cxd")

    assert not window.files.save()

    assert errors and "Cannot save" in errors[0]
    assert window.isWindowModified()
    assert window.document.path is None


def test_a_broken_file_is_reported_and_left_alone(
        window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    broken = tmp_path / "abîmé.cxd"
    broken.write_bytes(b'{"format": "cxdesigner-project", "format_version": 1, "title": ')
    errors: list[str] = []
    monkeypatch.setattr(Prompts, "show_error",
                        lambda self, title, text, details="": errors.append(details))
    title = window.document.project.title

    assert not window.files.open_path(broken)

    assert "not valid JSON" in errors[0]
    assert window.document.project.title == title
    assert window.document.path is None
    assert broken.read_bytes().endswith(b'"title": ')


def _drop(window: QWidget, path: Path) -> QDropEvent:
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(path))])
    enter = QDragEnterEvent(QPoint(20, 20), Qt.DropAction.CopyAction, data,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(20, 20), Qt.DropAction.CopyAction, data,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, drop)
    return drop


@pytest.mark.parametrize("on_the_map", [False, True])
def test_dropping_a_project_file_opens_it(window: MainWindow, demo_copy: Path,
                                          on_the_map: bool) -> None:
    view = window.tabs.current_view()
    assert view is not None
    drop = _drop(view.viewport() if on_the_map else window, demo_copy)

    assert drop.isAccepted()
    assert window.document.path == demo_copy
    assert window.tabs.tabs.count() == len(window.document.project.journeys)


def test_other_files_are_not_taken(window: MainWindow, tmp_path: Path) -> None:
    other = tmp_path / "notes.txt"
    other.write_text("pas un projet")
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(other))])
    enter = QDragEnterEvent(QPoint(20, 20), Qt.DropAction.CopyAction, data,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, enter)

    assert not enter.isAccepted()


def test_recent_files_persist_as_a_list(window: MainWindow, demo_copy: Path,
                                        tmp_path: Path) -> None:
    window.files.open_path(demo_copy)
    window.manager.preferences.sync()

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    assert Preferences(settings).recent_files() == [demo_copy.resolve()]
    window.refresh_recent_menu()
    entries = [a.text() for a in window.menus.recent.actions() if not a.isSeparator()]
    assert entries[0].endswith("parcours-demo.cxd")


def test_a_file_the_system_asks_to_open_does_not_disturb_open_work(
        window: MainWindow, manager: WindowManager, demo_copy: Path) -> None:
    _edit_title(window, "Travail en cours")

    opened = manager.open_file(demo_copy)
    event = QFileOpenEvent(str(demo_copy))
    assert manager.eventFilter(window, event)

    assert opened is not None and opened is not window
    assert opened.document.path == demo_copy
    assert window.document.project.title == "Travail en cours"
