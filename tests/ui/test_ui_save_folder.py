"""Where the Save and Open dialogs start: the user's documents, then the last folder used."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit
from pytestqt.qtbot import QtBot
from ui_support import DEMO, WindowFactory

from cxdesigner.ui.main_window import MainWindow
from cxdesigner.ui.prompts import Prompts
from cxdesigner.ui.windows import WindowManager

# The real dialogs, kept before the fixtures replace them with ones that fail the test.
REAL_SAVE_PATH = Prompts.save_path
REAL_OPEN_PATH = Prompts.open_path
CTRL = Qt.KeyboardModifier.ControlModifier

# The file name's completion list is a popup; the offscreen platform cannot grab keys for it.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard")


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A home folder with a documents folder, and the real file dialogs."""
    home = tmp_path / "home"
    (home / "Documents").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setattr(Prompts, "save_path", REAL_SAVE_PATH)
    monkeypatch.setattr(Prompts, "open_path", REAL_OPEN_PATH)
    return home


def _answer_file_dialog(qtbot: QtBot, seen: list[Path], typed: str = "",
                        folder: Path | None = None, pick: str = "") -> None:
    """Once the file dialog is up, note where it started; go to ``folder`` if given; type
    ``typed`` (a new name) or pick the file ``pick`` in the list; then press Enter."""
    def answer(tries: int = 500) -> None:
        dialogs = [w for w in QApplication.topLevelWidgets()
                   if isinstance(w, QFileDialog) and w.isVisible()]
        name = dialogs[0].findChild(QLineEdit, "fileNameEdit") if dialogs else None
        if tries and (name is None or QApplication.focusWidget() is not name):
            QTimer.singleShot(10, lambda: answer(tries - 1))  # as a user waits for the focus
            return
        [dialog] = dialogs
        try:
            assert isinstance(name, QLineEdit)
            seen.append(Path(dialog.directory().absolutePath()))
            if folder is not None:
                dialog.setDirectory(str(folder))
            if pick:
                dialog.selectFile(pick)
            else:
                qtbot.keyClicks(name, typed)
            qtbot.keyClick(name, Qt.Key.Key_Return)
        finally:
            if dialog.isVisible():
                dialog.reject()

    QTimer.singleShot(0, answer)


def _press(qtbot: QtBot, window: MainWindow, key: Qt.Key) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, key, CTRL)


def _new_window_after_the_demo(make_window: WindowFactory) -> MainWindow:
    """What the launcher leaves: the demo, opened from the program's folder, is the last
    recent file; then a new project in another window."""
    demo_window = make_window()
    assert demo_window.files.open_path(DEMO)
    return make_window()


def test_the_first_save_starts_in_the_documents_folder(
        qtbot: QtBot, home: Path, make_window: WindowFactory) -> None:
    window = _new_window_after_the_demo(make_window)
    seen: list[Path] = []
    _answer_file_dialog(qtbot, seen, "atelier")

    _press(qtbot, window, Qt.Key.Key_S)

    assert seen == [home / "Documents"]
    assert window.document.path == home / "Documents" / "atelier.cxd"
    assert window.document.path.is_file()


def test_the_next_dialogs_start_in_the_last_folder_used(
        qtbot: QtBot, home: Path, make_window: WindowFactory, manager: WindowManager,
        tmp_path: Path) -> None:
    chosen = home / "Clients" / "Banque"
    chosen.mkdir(parents=True)
    window = _new_window_after_the_demo(make_window)
    seen: list[Path] = []
    _answer_file_dialog(qtbot, seen, "atelier", folder=chosen)
    _press(qtbot, window, Qt.Key.Key_S)
    assert window.document.path == chosen / "atelier.cxd"

    other = make_window()
    _answer_file_dialog(qtbot, seen, "second")
    _press(qtbot, other, Qt.Key.Key_S)
    opening: list[Path] = []
    _answer_file_dialog(qtbot, opening, pick="atelier.cxd")
    _press(qtbot, make_window(), Qt.Key.Key_O)

    assert seen == [home / "Documents", chosen]
    assert other.document.path == chosen / "second.cxd"
    assert opening == [chosen]
    # Kept in the preferences, as text, for the next start.
    stored = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    assert stored.value("files/last_folder", type=str) == str(chosen)
    assert manager.preferences.last_folder == chosen


def test_a_folder_that_is_gone_falls_back_to_the_documents(
        qtbot: QtBot, home: Path, make_window: WindowFactory,
        manager: WindowManager) -> None:
    manager.preferences.last_folder = home / "Ancien dossier"
    seen: list[Path] = []
    window = make_window()
    _answer_file_dialog(qtbot, seen, "atelier")
    _press(qtbot, window, Qt.Key.Key_S)
    assert seen == [home / "Documents"]


def test_without_a_documents_folder_the_home_folder(
        qtbot: QtBot, home: Path, make_window: WindowFactory) -> None:
    (home / "Documents").rmdir()
    seen: list[Path] = []
    window = make_window()
    _answer_file_dialog(qtbot, seen, "atelier")
    _press(qtbot, window, Qt.Key.Key_S)
    assert seen == [home]

