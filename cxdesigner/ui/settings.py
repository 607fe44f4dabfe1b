"""The user's preferences and recent files, kept in QSettings with explicit types."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QByteArray, QObject, QSettings

from cxdesigner.io.file_names import same_file
from cxdesigner.ui.i18n import LANGUAGES, SYSTEM

THEMES = ("light", "dark")
MAX_RECENT_FILES = 10
DEFAULT_AUTOSAVE_SECONDS = 60
MIN_AUTOSAVE_SECONDS = 10
MAX_AUTOSAVE_SECONDS = 600


def system_user_name() -> str:
    """The user's full name as the system knows it, else their login, else nothing."""
    try:
        import pwd

        entry = pwd.getpwuid(os.getuid())
        full = entry.pw_gecos.split(",")[0].strip()
        return full or entry.pw_name
    except (ImportError, KeyError, AttributeError):
        return os.environ.get("USERNAME", os.environ.get("USER", ""))


class Preferences:
    """Typed access to the settings (QSettings loses types on Linux: always ``type=``).

    Args:
        settings: where they are kept (the user's, by default).
        parent: the owner of the default settings.
        remembers: False for a run that must leave the user's settings as they were (a
            timed start): changes are then dropped, and reads give what was there.
    """

    def __init__(self, settings: QSettings | None = None, parent: QObject | None = None,
                 remembers: bool = True) -> None:
        self._settings = settings if settings is not None else QSettings(parent)
        self._remembers = remembers

    def _set(self, key: str, value: object) -> None:
        if self._remembers:
            self._settings.setValue(key, value)

    # ------------------------------------------------------------------ choices

    @property
    def language(self) -> str:
        """``system``, ``fr`` or ``en``."""
        value = str(self._settings.value("interface/language", SYSTEM, type=str))
        return value if value in (SYSTEM, *LANGUAGES) else SYSTEM

    @language.setter
    def language(self, value: str) -> None:
        self._set("interface/language", value)

    @property
    def theme(self) -> str:
        """``light`` or ``dark``."""
        value = str(self._settings.value("interface/theme", "light", type=str))
        return value if value in THEMES else "light"

    @theme.setter
    def theme(self, value: str) -> None:
        self._set("interface/theme", value)

    @property
    def autosave_seconds(self) -> int:
        """How often a recovery snapshot is taken while there are unsaved changes."""
        value = self._settings.value("recovery/interval_seconds", DEFAULT_AUTOSAVE_SECONDS,
                                     type=int)
        seconds = value if isinstance(value, int) else DEFAULT_AUTOSAVE_SECONDS
        return max(MIN_AUTOSAVE_SECONDS, min(MAX_AUTOSAVE_SECONDS, seconds))

    @autosave_seconds.setter
    def autosave_seconds(self, value: int) -> None:
        self._set("recovery/interval_seconds", int(value))

    @property
    def author(self) -> str:
        """The name snapshots are signed with (the system's user name until one is typed)."""
        value = str(self._settings.value("snapshots/author", "", type=str))
        return value or system_user_name()

    @author.setter
    def author(self, value: str) -> None:
        self._set("snapshots/author", value)

    # ------------------------------------------------------------------ recent files

    def recent_files(self) -> list[Path]:
        """The last opened or saved projects, newest first."""
        values = self._settings.value("files/recent", [], type=list)
        if not isinstance(values, list):
            return []
        return [Path(str(value)) for value in values if str(value)][:MAX_RECENT_FILES]

    def add_recent_file(self, path: Path) -> None:
        """Put ``path`` first in the recent files (once, however it is spelt: on Windows and
        macOS, ``Atelier.cxd`` and ``ATELIER.CXD`` are one file)."""
        path = path.resolve()
        others = [p for p in self.recent_files() if not same_file(p, path)]
        self._set_recent([path, *others][:MAX_RECENT_FILES])

    def remove_recent_file(self, path: Path) -> None:
        """Forget ``path`` (it was moved or deleted)."""
        self._set_recent([p for p in self.recent_files() if p != path])

    def clear_recent_files(self) -> None:
        self._set_recent([])

    def _set_recent(self, paths: list[Path]) -> None:
        self._set("files/recent", [str(p) for p in paths])

    @property
    def last_folder(self) -> Path | None:
        """The folder last chosen in an Open or Save dialog, if any."""
        value = str(self._settings.value("files/last_folder", "", type=str))
        return Path(value) if value else None

    @last_folder.setter
    def last_folder(self, folder: Path) -> None:
        self._set("files/last_folder", str(folder))

    # ------------------------------------------------------------------ window

    def window_state(self) -> tuple[QByteArray, QByteArray]:
        """The saved geometry and dock layout of the main window (empty when none)."""
        geometry = self._settings.value("window/geometry", QByteArray(), type=QByteArray)
        state = self._settings.value("window/state", QByteArray(), type=QByteArray)
        return (geometry if isinstance(geometry, QByteArray) else QByteArray(),
                state if isinstance(state, QByteArray) else QByteArray())

    def set_window_state(self, geometry: QByteArray, state: QByteArray) -> None:
        self._set("window/geometry", geometry)
        self._set("window/state", state)

    def sync(self) -> None:
        """Write pending changes to disk now."""
        if self._remembers:
            self._settings.sync()
