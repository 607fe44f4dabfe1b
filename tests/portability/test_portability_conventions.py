"""What each system expects of a desktop program, tested with the system faked: the macOS
application menu, shortcuts as macOS writes them, the user's folders, CSV line endings."""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from cxdesigner.app import APPLICATION_NAME, ORGANISATION_NAME
from cxdesigner.export.actions_csv import write_actions_csv
from cxdesigner.io import load_project
from cxdesigner.io.csv_reading import decode_spreadsheet
from cxdesigner.platforms import FORBIDDEN_NAME_CHARACTERS, Platform, is_reserved_name, key_text
from cxdesigner.ui.error_report import default_log_folder
from cxdesigner.ui.main_window import MainWindow
from cxdesigner.ui.platform_ui import data_folder
from cxdesigner.ui.recovery import default_folder
from cxdesigner.ui.shortcut_sheet import sheet_html
from cxdesigner.ui.template_library import user_templates_folder

both = pytest.mark.simulates
Role = QAction.MenuRole
README = Path(__file__).resolve().parents[2] / "README.md"
DEMO = Path(__file__).resolve().parents[2] / "resources" / "demo" / "parcours-demo.cxd"


def _all_actions(actions: list[QAction]) -> Iterator[QAction]:
    for action in actions:
        yield action
        menu = action.menu()
        if isinstance(menu, QMenu):
            yield from _all_actions(menu.actions())


@pytest.fixture
def running_on(monkeypatch: pytest.MonkeyPatch) -> Callable[[Platform], None]:
    """Makes the program believe it runs on the given system."""
    def fake(platform: Platform) -> None:
        monkeypatch.setattr(Platform, "current", classmethod(lambda cls: platform))

    return fake


@both("macOS", "Preferences, Quit and About go to the application menu (named after the "
               "program), and no other entry is moved there because of its text")
def test_application_menu_roles(editor: MainWindow) -> None:
    actions = editor.editor_actions
    later = editor.menus.recent.addAction("Quitter.cxd")  # a recent file, listed later
    extra = editor.menus.help.addMenu("Options")
    settings = extra.addAction("Settings of the export…")
    roles = {action.text(): action.menuRole()
             for action in _all_actions(editor.menuBar().actions())}
    assert actions.preferences.menuRole() == Role.PreferencesRole
    assert actions.quit.menuRole() == Role.QuitRole
    assert actions.about.menuRole() == Role.AboutRole
    others = {text: role for text, role in roles.items()
              if text not in (actions.preferences.text(), actions.quit.text(),
                              actions.about.text())}
    assert len(others) > 80  # every menu of the window, its panels' and exports' included
    assert set(others.values()) == {Role.NoRole}, \
        [text for text, role in others.items() if role != Role.NoRole]
    assert later.menuRole() == settings.menuRole() == Role.NoRole


@both("macOS", "the shortcut sheet (F1) writes Ctrl as ⌘ and Shift as ⇧, in macOS's "
               "order; Windows keeps Ctrl+")
def test_shortcut_sheet_on_macos_and_windows(running_on: Callable[[Platform], None]) -> None:
    running_on(Platform.MACOS)
    mac = sheet_html()
    assert "⌘T" in mac and "⇧⌘Z" in mac and "⌘F5" in mac and "Ctrl+" not in mac
    running_on(Platform.WINDOWS)
    windows = sheet_html()
    assert "Ctrl+T" in windows and "Ctrl+Shift+Z" in windows and "⌘" not in windows


@both("macOS", "the README lists each shortcut as Windows and Linux write it and as macOS "
               "does, and each is a shortcut the editor really has")
def test_readme_lists_shortcuts_for_both(editor: MainWindow) -> None:
    section = README.read_text(encoding="utf-8").split("## Windows and macOS", 1)[1]
    rows = re.findall(r"^\| (Ctrl[^|]*?) \| ([^|]+?) \| ([^|]+?) \|$", section, re.MULTILINE)
    assert len(rows) >= 8
    known = {sequence.toString(QKeySequence.SequenceFormat.PortableText)
             for action in _all_actions(editor.menuBar().actions())
             for sequence in action.shortcuts()}
    for windows, mac, _ in rows:
        assert key_text(windows, Platform.MACOS) == mac
        assert key_text(windows, Platform.WINDOWS) == windows
        assert windows in known, f"{windows} is no shortcut of the editor"


@both("Windows and macOS", "the data folder is named once after the application (the "
                           "organisation's name is the same), a name every system accepts, "
                           "and recovery copies, templates and logs live in it")
def test_the_programs_own_folders(no_dialogs: None) -> None:
    folder = data_folder()
    assert ORGANISATION_NAME == APPLICATION_NAME
    assert folder.name == APPLICATION_NAME and folder.parent.name != APPLICATION_NAME
    assert user_templates_folder() == folder / "templates"
    assert default_folder() == folder / "recovery"
    assert default_log_folder() == folder / "logs"
    for name in (ORGANISATION_NAME, APPLICATION_NAME):
        assert not FORBIDDEN_NAME_CHARACTERS.search(name) and not is_reserved_name(name)
        assert name == name.rstrip(". ")


@both("Windows and macOS", "an exported CSV ends its rows with CR LF as Excel does on every "
                           "system, whatever the system's own line ending")
@pytest.mark.parametrize("line_separator", ["\n", "\r\n", "\r"])
def test_csv_line_endings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                          line_separator: str) -> None:
    monkeypatch.setattr(os, "linesep", line_separator)
    project = load_project(DEMO)
    path = tmp_path / "plan.csv"
    write_actions_csv(project, path)
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 with the mark Excel needs for accents
    rows = raw.count(b"\r\n")
    assert rows == len(project.actions) + 1 > 1
    assert raw.count(b"\n") == raw.count(b"\r") == rows  # no bare CR or LF, no CR CR LF
    text, encoding = decode_spreadsheet(raw, path)
    assert encoding and "é" in text
