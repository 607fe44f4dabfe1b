"""The portability suite: Windows and macOS behaviours simulated on Linux.

Every test says which behaviour it stands for with ``@pytest.mark.simulates(platform,
behaviour)``; a test without it is refused at collection.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

PLATFORMS = {"Windows", "macOS", "Windows and macOS"}
HERE = Path(__file__).resolve().parent
DEMO = HERE.parents[1] / "resources" / "demo" / "parcours-demo.cxd"

_PROMPTS = ("ask_save_changes", "show_error", "confirm", "inform", "about", "open_path",
            "save_path", "ask_text", "run", "ask_changed_on_disk")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Refuse a portability test that does not name the behaviour it stands for."""
    for item in items:
        if HERE not in item.path.parents:
            continue
        marker = item.get_closest_marker("simulates")
        if marker is None or len(marker.args) != 2 or marker.args[0] not in PLATFORMS:
            raise pytest.UsageError(
                f"{item.nodeid}: say which behaviour it stands for, with "
                f"@pytest.mark.simulates(one of {sorted(PLATFORMS)}, 'what happens there')")


@pytest.fixture
def no_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    """Any dialog a test did not expect fails it instead of waiting for a click."""
    from cxdesigner.app import set_identity
    from cxdesigner.ui.prompts import Prompts

    set_identity()
    for name in _PROMPTS:
        def unexpected(*args: object, _name: str = name, **kwargs: object) -> object:
            raise AssertionError(f"unexpected dialog: Prompts.{_name}{args[1:]}")

        monkeypatch.setattr(Prompts, name, unexpected)


@pytest.fixture
def editor(tmp_path: Path, qtbot: QtBot, no_dialogs: None) -> Iterator[object]:
    """A shown editor window with its own settings and recovery folder."""
    from cxdesigner.ui.recovery import RecoveryStore
    from cxdesigner.ui.settings import Preferences
    from cxdesigner.ui.windows import WindowManager

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    manager = WindowManager(Preferences(settings), RecoveryStore(tmp_path / "recovery"), "en")
    window = manager.new_window()
    window.resize(1200, 800)
    window.show()
    qtbot.waitExposed(window)
    yield window
    for each in list(manager.windows):
        each.document.undo_stack.setClean()
        each.close()


@pytest.fixture
def demo_copy(tmp_path: Path) -> Path:
    """A copy of the demo project the test may change."""
    path = tmp_path / "projects" / "parcours-demo.cxd"
    path.parent.mkdir()
    shutil.copyfile(DEMO, path)
    return path
