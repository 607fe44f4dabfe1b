"""Quitting the editor is quiet: no panel hears from a project whose window is going away."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QDockWidget
from pytestqt.qtbot import QtBot
from shiboken6 import delete

from cxdesigner.io import load_project
from cxdesigner.model import Side
from cxdesigner.ui.windows import WindowManager

GOLDEN = Path(__file__).resolve().parents[1] / "io" / "golden"


def test_quitting_after_settling_a_conflict_with_the_pain_points_built_is_quiet(
        manager: WindowManager, qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "merged.cxd"
    shutil.copyfile(GOLDEN / "v4-full.cxd", path)  # a merge that left conflicts
    window = manager.open_file(path)
    assert window is not None
    qtbot.waitExposed(window)
    window.pain_points.toggleViewAction().trigger()
    assert window.pain_points.is_built()
    qtbot.mouseClick(window.versions.dock.panel.buttons[Side.THEIRS],
                     Qt.MouseButton.LeftButton)
    assert len(window.document.project.conflicts) == 3
    view = window.tabs.current_view()
    assert view is not None
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not window.isWindowModified()
    qtbot.keyClick(view, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert manager.windows == []
    # The order in which a closing window's parts are destroyed is not fixed (at the end of
    # the application, Python frees them): here the panels go before the document, whose
    # history is cleared as it goes, and tells whoever still listens.
    for dock in window.findChildren(QDockWidget):
        delete(dock)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert len(load_project(path).conflicts) == 3
