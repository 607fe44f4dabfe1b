"""What differs between Windows, macOS and Linux, in one place, with no Qt.

Each rule takes the platform as an argument (the running one by default), so that the tests
run the Windows and macOS rules on Linux. The Qt side of the same conventions (the folders of
QStandardPaths, menu roles, key sequences) is applied in ``ui/platform_ui.py``.
"""

from __future__ import annotations

import enum
import re
import sys
from pathlib import PurePath


class Platform(enum.Enum):
    """The desktop systems CX Designer is built for."""

    WINDOWS = "windows"
    MACOS = "macos"
    LINUX = "linux"

    @classmethod
    def current(cls) -> Platform:
        """The system this program runs on (any other Unix counts as Linux)."""
        if sys.platform == "win32":
            return cls.WINDOWS
        if sys.platform == "darwin":
            return cls.MACOS
        return cls.LINUX


# ---------------------------------------------------------------------------- saving

SHARING_VIOLATIONS = frozenset({5, 32, 33})
"""Windows' errors when another program holds a file open: ERROR_ACCESS_DENIED (a rename over
a file open without delete sharing), ERROR_SHARING_VIOLATION and ERROR_LOCK_VIOLATION.
Antivirus scanners, OneDrive or Dropbox and Explorer's preview pane open files this way for a
moment after each change."""


def renames_open_files(platform: Platform | None = None) -> bool:
    """Whether a file this program holds open may be renamed: POSIX allows it; Windows
    refuses (its C library opens files without delete sharing), with ERROR_SHARING_VIOLATION."""
    return (platform or Platform.current()) is not Platform.WINDOWS


def syncs_folders(platform: Platform | None = None) -> bool:
    """Whether a folder can be flushed to disk with fsync (POSIX only: Windows cannot even
    open a folder as a file)."""
    return (platform or Platform.current()) is not Platform.WINDOWS


# ---------------------------------------------------------------------------- file names

FORBIDDEN_NAME_CHARACTERS = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')
"""Characters Windows (and FAT, exFAT and SMB shares everywhere) refuses in a file name, with
``/`` which no system allows; control characters are refused too."""

RESERVED_NAMES = frozenset(
    ["CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"]
    + [f"{device}{number}" for device in ("COM", "LPT") for number in "0123456789¹²³"])
"""Device names Windows keeps for itself, whatever the extension (``con.pdf`` is the console)
and the case."""

WINDOWS_MAX_PATH = 260
"""The longest path (with the final NUL) most Windows programs open, Explorer and Office
included, unless long paths are enabled on the machine and in the program."""

MAX_NAME_UNITS = 255
"""The longest file name: 255 UTF-16 units on Windows (NTFS, exFAT), 255 bytes of UTF-8 on
Linux (ext4) and macOS (APFS)."""


def is_reserved_name(name: str) -> bool:
    """Whether Windows takes ``name`` for a device: its part before the first dot, without
    trailing spaces, is one of :data:`RESERVED_NAMES` (in any case)."""
    return name.split(".", 1)[0].rstrip(" ").upper() in RESERVED_NAMES


def name_units(name: str, platform: Platform | None = None) -> int:
    """How long ``name`` is for the file system's limit: UTF-16 units on Windows, UTF-8 bytes
    elsewhere."""
    if (platform or Platform.current()) is Platform.WINDOWS:
        return len(name.encode("utf-16-le")) // 2
    return len(name.encode("utf-8"))


def path_units(path: str | PurePath) -> int:
    """The length of a path as Windows counts it (UTF-16 units, without the final NUL)."""
    return len(str(path).encode("utf-16-le")) // 2


def path_too_long(path: str | PurePath, platform: Platform | None = None) -> bool:
    """Whether ``path`` is too long for Windows' usual limit (on Windows only)."""
    if (platform or Platform.current()) is not Platform.WINDOWS:
        return False
    return path_units(path) >= WINDOWS_MAX_PATH


# ---------------------------------------------------------------------------- shared folders

CLOUD_SERVICES = (
    ("OneDrive", re.compile(r"^onedrive( - .+)?$|^onedrive-.+$", re.IGNORECASE)),
    ("Dropbox", re.compile(r"^dropbox( \(.+\))?$|^dropbox-.+$", re.IGNORECASE)),
    ("Google Drive", re.compile(r"^google ?drive(-.+)?$|^googledrive-.+$|^my drive$",
                                re.IGNORECASE)),
    ("iCloud Drive", re.compile(r"^icloud ?drive$|^com~apple~clouddocs$", re.IGNORECASE)),
    ("Box", re.compile(r"^box( sync)?$|^box-box$", re.IGNORECASE)),
)
"""Synchronisation clients, and the folder names they sync under, as each installs itself on
Windows (``C:\\Users\\NAME\\OneDrive - Company``) and macOS
(``~/Library/CloudStorage/OneDrive-Company``, ``…/Mobile Documents/com~apple~CloudDocs``)."""


def cloud_service(path: str | PurePath) -> str | None:
    """The synchronisation client whose folder holds ``path``, if its folders say so."""
    for part in reversed(PurePath(path).parts[:-1]):
        for service, folder in CLOUD_SERVICES:
            if folder.match(part):
                return service
    return None


# ---------------------------------------------------------------------------- exports

CSV_LINE_ENDING = "\r\n"
"""Exported CSV rows end as Excel writes them on every system (RFC 4180); Excel, LibreOffice
and Numbers read them on Windows, macOS and Linux alike."""


# ---------------------------------------------------------------------------- keys

_MAC_MODIFIERS = (("Ctrl", "⌘"), ("Alt", "⌥"), ("Shift", "⇧"), ("Meta", "⌃"))
"""How macOS shows the keys Qt calls Ctrl (Command), Alt (Option), Shift and Meta
(Control), in the order its menus print them: ⌃⌥⇧⌘."""
_MAC_ORDER = "⌃⌥⇧⌘"
_SHORTCUT = re.compile(r"\b(?:(?:Ctrl|Alt|Shift|Meta)\+)+(?=\S)")


def key_text(text: str, platform: Platform | None = None) -> str:
    """A shortcut as written in the interface (``Ctrl+Shift+F``), as the platform shows it.

    Qt reads ``Ctrl`` as the Command key on macOS, so the same shortcut is ⌘ there:
    ``Ctrl+Shift+F`` reads ``⇧⌘F``, ``Alt+Enter`` reads ``⌥Enter``. Other text is kept.
    """
    if (platform or Platform.current()) is not Platform.MACOS:
        return text

    def mac(match: re.Match[str]) -> str:
        names = match.group(0).split("+")[:-1]
        symbols = [dict(_MAC_MODIFIERS)[name] for name in names]
        return "".join(sorted(symbols, key=_MAC_ORDER.index))

    return _SHORTCUT.sub(mac, text)
