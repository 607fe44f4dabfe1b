"""Fixtures for the editor window: isolated settings and recovery folder, no blocking dialogs."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot
from ui_support import DEMO, WindowFactory

from cxdesigner.app import set_identity
from cxdesigner.ui.inspector import item_dialogs
from cxdesigner.ui.main_window import MainWindow
from cxdesigner.ui.prompts import Prompts
from cxdesigner.ui.recovery import RecoveryStore
from cxdesigner.ui.settings import Preferences
from cxdesigner.ui.windows import WindowManager

_PROMPTS = ("ask_save_changes", "show_error", "confirm", "inform", "about", "open_path",
            "save_path", "ask_text", "run", "ask_changed_on_disk", "template_open_path",
            "template_save_path")


@pytest.fixture(autouse=True)
def _no_blocking_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    """Any dialog a test did not expect fails it instead of waiting for a click."""
    set_identity()
    for name in _PROMPTS:
        def unexpected(*args: object, _name: str = name, **kwargs: object) -> object:
            raise AssertionError(f"unexpected dialog: Prompts.{_name}{args[1:]}")

        monkeypatch.setattr(Prompts, name, unexpected)

    def unexpected_item_dialog(dialog: object) -> bool:
        raise AssertionError(f"unexpected dialog: {dialog}")

    monkeypatch.setattr(item_dialogs, "run_dialog", unexpected_item_dialog)


@pytest.fixture
def manager(tmp_path: Path) -> Iterator[WindowManager]:
    """A window manager with its own settings file and recovery folder."""
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    manager = WindowManager(Preferences(settings), RecoveryStore(tmp_path / "recovery"), "en")
    manager.templates_folder = tmp_path / "templates"
    yield manager
    for window in list(manager.windows):
        window.document.undo_stack.setClean()
        window.close()


@pytest.fixture
def make_window(manager: WindowManager, qtbot: QtBot) -> WindowFactory:
    """Shown main windows of ``manager``."""

    def make(**options: object) -> MainWindow:
        window = manager.new_window(**options)  # type: ignore[arg-type]
        window.resize(1200, 800)
        window.show()
        qtbot.waitExposed(window)
        return window

    return make


@pytest.fixture
def window(make_window: WindowFactory) -> MainWindow:
    return make_window()


@pytest.fixture
def demo_copy(tmp_path: Path) -> Path:
    """A copy of the demo project the test may change."""
    path = tmp_path / "projects" / "parcours-demo.cxd"
    path.parent.mkdir()
    shutil.copyfile(DEMO, path)
    return path


@pytest.fixture
def demo_window(window: MainWindow, demo_copy: Path) -> MainWindow:
    """A window with a copy of the demo open."""
    assert window.files.open_path(demo_copy)
    return window
