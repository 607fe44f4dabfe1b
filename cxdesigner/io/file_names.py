"""File names made from a title, valid on every system, and paths compared as the disk does."""

from __future__ import annotations

import os
import re
import unicodedata
from pathlib import Path, PurePath

from cxdesigner.io.atomic import MAX_TARGET_PATH
from cxdesigner.platforms import (
    FORBIDDEN_NAME_CHARACTERS,
    MAX_NAME_UNITS,
    Platform,
    is_reserved_name,
    name_units,
    path_units,
)

DEFAULT_MAX_CHARACTERS = 120
"""A proposed name is cut at this many characters: long enough for a project and a journey."""

SHORTEST_STEM = 12
"""A name is never shortened below this to make a long folder's path fit."""

_KEPT_FOR_SUFFIXES = 40
"""Room left in a name for what is added after it: an extension, `` - rapport``, ``.bak3``."""


def _cut(text: str, characters: int) -> str:
    """``text`` cut to ``characters``, then to what every system's name limit allows (a file
    copied from Linux to a USB key, or from a Mac to a Windows share, keeps its name)."""
    text = text[:characters]
    limit = MAX_NAME_UNITS - _KEPT_FOR_SUFFIXES
    while text and max(name_units(text, system) for system in Platform) > limit:
        text = text[:-1]
    return text


def _tidy(text: str) -> str:
    """Windows drops trailing dots and spaces (``Atelier.`` is ``Atelier``); leading spaces
    hide a file at the top of a listing."""
    return text.strip(" .")


def _replacement(match: re.Match[str]) -> str:
    """What stands for a forbidden character: a dash for those that separate (``2024/2025``),
    a space for the others (``Achat : web ?``), squeezed afterwards."""
    return "-" if match.group(0) in "/\\|" else " "


def portable_stem(*parts: str, fallback: str = "map",
                  max_characters: int = DEFAULT_MAX_CHARACTERS) -> str:
    """A file name without extension, from titles joined by `` - ``, valid on every system.

    Characters Windows forbids become a space (``: ? * " < >`` and control characters) or a
    dash (``/ \\ |``), trailing dots and spaces go, a device name (``CON``, ``nul``, ``COM1``)
    gets a ``_``, and the name is cut so that it and a suffix fit every file system's limit.
    The text is composed (NFC), as macOS and Windows would show it.
    """
    text = " - ".join(part.strip() for part in parts if part.strip())
    text = unicodedata.normalize("NFC", text)
    text = FORBIDDEN_NAME_CHARACTERS.sub(_replacement, text)
    text = " ".join(text.split())
    text = _tidy(_cut(_tidy(text), max_characters))
    if not text:
        text = fallback
    if is_reserved_name(text):
        device, dot, rest = text.partition(".")
        text = f"{device}_{dot}{rest}"  # "CON.0" is the console too: "CON_.0" is not
    return text


def fitted_file(folder: Path, stem: str, suffix: str) -> Path:
    """``folder/stem+suffix``, the stem shortened (down to :data:`SHORTEST_STEM` characters)
    so that a save can write the path on Windows (see
    :data:`~cxdesigner.io.atomic.MAX_TARGET_PATH`).

    A proposed name that Windows could not open (Explorer and Office refuse paths of 260
    characters or more) is worse than a shorter one.
    """
    while len(stem) > SHORTEST_STEM and path_units(folder / f"{stem}{suffix}") > MAX_TARGET_PATH:
        stem = _tidy(stem[:-1]) or stem[:1]
    return folder / f"{stem}{suffix}"


def same_name(one: str, other: str) -> bool:
    """Whether two file names could name one file: equal once composed and case-folded."""
    return (unicodedata.normalize("NFC", one).casefold()
            == unicodedata.normalize("NFC", other).casefold())


def same_file(one: PurePath, other: PurePath) -> bool:
    """Whether two paths name the same file, through symbolic links, and on file systems that
    ignore case (Windows, macOS, FAT and exFAT USB keys) or Unicode composition (macOS).

    ``os.path.samefile`` alone is not enough: the exFAT driver of Linux gives one file a new
    inode number for each spelling, and a file not yet written has no inode at all.
    """
    first, second = os.path.realpath(one), os.path.realpath(other)
    if first == second:
        return True
    try:
        if os.path.samefile(first, second):
            return True
    except OSError:
        pass
    first_path, second_path = Path(first), Path(second)
    if not same_name(first_path.name, second_path.name):
        return False
    if first_path.parent != second_path.parent and not same_file(first_path.parent,
                                                                 second_path.parent):
        return False
    return _one_entry_for_both(first_path, second_path)


def _one_entry_for_both(first: Path, second: Path) -> bool:
    """Two spellings of a name in one folder are one file when both can be opened and the
    folder lists a single entry for them (a case-sensitive folder lists two, or one of the
    spellings does not exist)."""
    if not (first.exists() and second.exists()):
        return False
    try:
        entries = [name for name in os.listdir(first.parent) if same_name(name, first.name)]
    except OSError:
        return False
    return len(entries) == 1
