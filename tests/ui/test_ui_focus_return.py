"""The keyboard comes back to the map when a window or panel opened from it closes, so that
its keys (F5, the map's letters) work at once, even with no window manager to give it back."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from cxdesigner.canvas.view import JourneyView
from cxdesigner.io import save_project
from cxdesigner.ui.main_window import MainWindow
from cxdesigner.ui.presentation import PresentationController
from cxdesigner.ui.prompts import Prompts
from cxdesigner.ui.shortcut_sheet import ShortcutSheet

_CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def _map_with_focus(window: MainWindow, qtbot: QtBot) -> JourneyView:
    view = window.tabs.current_view()
    assert view is not None
    window.activateWindow()
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    return view


def _focused_in(window: QWidget, qtbot: QtBot) -> QWidget:
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    focused = QApplication.focusWidget()
    assert focused is not None and focused.window() is window
    return focused


def _f5_presents(window: MainWindow, view: JourneyView, qtbot: QtBot) -> None:
    qtbot.waitUntil(lambda: QApplication.focusWidget() is view)
    qtbot.keyClick(view, Qt.Key.Key_F5)
    controller = window.findChild(PresentationController)
    assert isinstance(controller, PresentationController)
    presentation = controller.presentation
    assert presentation is not None and presentation.isVisible()
    presentation.close()


def test_f1_esc_f5_presents_the_map(window: MainWindow, qtbot: QtBot) -> None:
    view = _map_with_focus(window, qtbot)
    qtbot.keyClick(view, Qt.Key.Key_F1)
    sheet = window.findChild(ShortcutSheet)
    assert isinstance(sheet, ShortcutSheet)
    qtbot.keyClick(_focused_in(sheet, qtbot), Qt.Key.Key_Escape)
    assert not sheet.isVisible()
    _f5_presents(window, view, qtbot)


def test_the_persona_editor_gives_the_keyboard_back(window: MainWindow, qtbot: QtBot) -> None:
    view = _map_with_focus(window, qtbot)
    qtbot.keyClick(view, Qt.Key.Key_P, _CTRL_SHIFT)
    editor = window.persona_tools.editor
    assert editor is not None
    qtbot.keyClick(_focused_in(editor, qtbot), Qt.Key.Key_Escape)
    assert not editor.isVisible()
    _f5_presents(window, view, qtbot)


def test_a_modal_dialog_gives_the_keyboard_back(window: MainWindow, qtbot: QtBot,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[QWidget] = []

    def run(_prompts: Prompts, dialog: QDialog) -> bool:
        def escape() -> None:
            shown.append(_focused_in(dialog, qtbot))
            qtbot.keyClick(shown[-1], Qt.Key.Key_Escape)

        QTimer.singleShot(0, escape)
        return dialog.exec() == QDialog.DialogCode.Accepted

    monkeypatch.setattr(Prompts, "run", run)
    view = _map_with_focus(window, qtbot)
    qtbot.keyClick(view, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    assert len(shown) == 1  # the preferences were shown, and closed with Esc
    _f5_presents(window, view, qtbot)


def test_closing_a_panel_from_the_keyboard_gives_the_map_back(window: MainWindow,
                                                              qtbot: QtBot) -> None:
    view = _map_with_focus(window, qtbot)
    qtbot.keyClick(view, Qt.Key.Key_O, _CTRL_SHIFT)
    focused = QApplication.focusWidget()
    assert focused is not None and focused is not view  # the outline has the keyboard
    qtbot.keyClick(focused, Qt.Key.Key_O, _CTRL_SHIFT)
    assert not focused.isVisible()
    _f5_presents(window, view, qtbot)



def test_a_file_opened_from_the_map_gives_the_keyboard_to_its_map(
        window: MainWindow, qtbot: QtBot, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    # Opening a file makes new views: the one that had the keyboard is gone with the old
    # project, and nothing gave it to the new map.
    file = tmp_path / "autre.cxd"
    save_project(window.document.project.model_copy(update={"title": "Autre atelier"}), file)
    monkeypatch.setattr(Prompts, "open_path", lambda self, folder: file)
    view = _map_with_focus(window, qtbot)
    qtbot.keyClick(view, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    assert window.document.project.title == "Autre atelier"
    new_view = window.tabs.current_view()
    assert new_view is not None and new_view is not view
    _f5_presents(window, new_view, qtbot)


def test_one_watcher_serves_every_window_manager_of_the_application(tmp_path: Path) -> None:
    # A watcher per manager outlived by its connections answered dialogs of later windows
    # from a deleted object ("'FocusReturn' object has no attribute ...").
    from PySide6.QtCore import QSettings

    from cxdesigner.ui.focus_return import FocusReturn
    from cxdesigner.ui.recovery import RecoveryStore
    from cxdesigner.ui.settings import Preferences
    from cxdesigner.ui.windows import WindowManager

    application = QApplication.instance()
    assert isinstance(application, QApplication)
    for number in range(3):
        settings = QSettings(str(tmp_path / f"{number}.ini"), QSettings.Format.IniFormat)
        manager = WindowManager(Preferences(settings), RecoveryStore(tmp_path / f"r{number}"),
                                "en")
        manager.deleteLater()
    watchers = application.findChildren(FocusReturn)
    assert len(watchers) == 1 and watchers[0].parent() is application
