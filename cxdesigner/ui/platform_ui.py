"""The Qt side of what differs between Windows, macOS and Linux: the user's folders, the
macOS application menu and shortcuts as each system writes them (the rules without Qt are in
``cxdesigner/platforms.py``)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QStandardPaths
from PySide6.QtGui import QAction, QActionEvent
from PySide6.QtWidgets import QMenu, QMenuBar

from cxdesigner.platforms import Platform, key_text

Location = QStandardPaths.StandardLocation
Role = QAction.MenuRole


def data_folder() -> Path:
    """Where the editor keeps its own files, recovery copies, templates and logs: a folder
    named after the application under ``%APPDATA%`` on Windows (it follows a roaming
    profile), ``~/Library/Application Support`` on macOS and ``~/.local/share`` on Linux."""
    found = Path(QStandardPaths.writableLocation(Location.AppDataLocation))
    # Qt names it after the organisation, then the application: one name, written once.
    return found.parent if _organisation_is_application() else found


def move_doubled_data_folder() -> None:
    """Move what earlier versions kept in ``CX Designer/CX Designer`` up into the data
    folder, once. An entry already there under the same name is left where it was, so
    nothing is ever overwritten or lost; a move the system refuses is left for next time."""
    if not _organisation_is_application():
        return
    folder = data_folder()
    doubled = folder / QCoreApplication.applicationName()
    if doubled.is_dir() and not doubled.is_symlink():
        _move_into(doubled, folder)


def _organisation_is_application() -> bool:
    return QCoreApplication.organizationName() == QCoreApplication.applicationName()


def _move_into(source: Path, target: Path) -> None:
    """Move each entry of ``source`` into ``target``, folder by folder, then remove
    ``source`` if nothing was left in it."""
    try:
        for entry in sorted(source.iterdir()):
            destination = target / entry.name
            if not destination.exists() and not destination.is_symlink():
                entry.rename(destination)  # on the same volume: nothing copied, all or nothing
            elif (entry.is_dir() and not entry.is_symlink()
                  and destination.is_dir() and not destination.is_symlink()):
                _move_into(entry, destination)
        source.rmdir()  # refused while anything is left in it
    except OSError:
        return


def documents_folder() -> Path:
    """The user's Documents folder (``C:\\Users\\NAME\\Documents``, ``~/Documents``),
    where a project never saved is proposed; the home folder when there is none."""
    found = QStandardPaths.writableLocation(Location.DocumentsLocation)
    return Path(found) if found and Path(found).is_dir() else Path.home()


def pictures_folder() -> Path:
    """The user's Pictures folder, where a persona's photo is first looked for; the home
    folder when there is none."""
    found = QStandardPaths.writableLocation(Location.PicturesLocation)
    return Path(found) if found and Path(found).is_dir() else Path.home()


def shown_keys(text: str, platform: Platform | None = None) -> str:
    """A shortcut written in the interface (``Ctrl+T``), as the running system shows it
    (``⌘T`` on macOS, where Qt reads Ctrl as the Command key)."""
    return key_text(text, platform)


class _KeepInPlace(QObject):
    """Gives every entry added to a menu, at any depth and at any time, the role that keeps
    it where it was put."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ActionAdded and isinstance(event, QActionEvent):
            action = event.action()
            if action is not None:
                if action.menuRole() == Role.TextHeuristicRole:
                    action.setMenuRole(Role.NoRole)
                submenu = action.menu()
                if isinstance(submenu, QMenu):
                    keep_entries_in_place(submenu)
        return False


def keep_entries_in_place(menu: QMenu | QMenuBar) -> None:
    """Have the entries of ``menu`` stay in their menus on macOS.

    Qt's default role guesses from an entry's text which ones belong in the macOS
    application menu: any entry starting with "Options", "Setup", "Settings", "About",
    "Quit" or "Exit" (a recent file named ``Quitter.cxd``, a French "Quitter la
    présentation") would leave its menu. Only the entries given a role of their own go
    there. Menus and entries added later are kept in place too.
    """
    keeper = menu.findChild(_KeepInPlace) or _KeepInPlace(menu)
    menu.installEventFilter(keeper)
    for action in menu.actions():
        if action.menuRole() == Role.TextHeuristicRole:
            action.setMenuRole(Role.NoRole)
        submenu = action.menu()
        if isinstance(submenu, QMenu):
            keep_entries_in_place(submenu)


def give_application_menu_roles(*, preferences: QAction, quit_action: QAction,
                                about: QAction) -> None:
    """Put Preferences, Quit and About in the macOS application menu (named after the
    program, where every Mac program has them); elsewhere the roles change nothing."""
    preferences.setMenuRole(Role.PreferencesRole)
    quit_action.setMenuRole(Role.QuitRole)
    about.setMenuRole(Role.AboutRole)
