"""A French window explains in French why a file cannot be opened."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from cxdesigner.ui.main_window import MainWindow
from cxdesigner.ui.prompts import Prompts
from cxdesigner.ui.recovery import RecoveryStore
from cxdesigner.ui.settings import Preferences
from cxdesigner.ui.windows import WindowManager

S = "\u00a0"


@pytest.fixture
def french_window(tmp_path: Path, qtbot: QtBot) -> Iterator[MainWindow]:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    manager = WindowManager(Preferences(settings), RecoveryStore(tmp_path / "recovery"), "fr")
    window = manager.new_window()
    window.show()
    qtbot.waitExposed(window)
    yield window
    for each in list(manager.windows):
        each.document.undo_stack.setClean()
        each.close()


def test_a_broken_file_is_explained_in_french(
        french_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    broken = tmp_path / "abîmé.cxd"
    broken.write_bytes(b'{"format": "cxdesigner-project", "format_version": 99, "title": "x"}')
    errors: list[str] = []
    monkeypatch.setattr(Prompts, "show_error",
                        lambda self, title, text, details="": errors.append(details))

    assert not french_window.files.open_path(broken)

    (details,) = errors
    assert details.startswith(f"Impossible d’ouvrir «{S}{broken}{S}»{S}: il a été enregistré "
                              "par une version plus récente de CX Designer")
    assert "Cannot" not in details
