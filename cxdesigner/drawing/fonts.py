"""The bundled TrueType faces, registered once with reportlab and embedded in every PDF."""

from __future__ import annotations

import os
import threading
from dataclasses import dataclass
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from cxdesigner.resources_path import resource_path

FONTS_ENV = "CXDESIGNER_FONTS"
"""Environment variable naming another folder of fonts (an installed copy, a test)."""

_STYLES = ("Regular", "Bold", "Italic", "BoldItalic")


class FontError(RuntimeError):
    """The bundled fonts are missing or unreadable."""


@dataclass(frozen=True)
class FontSet:
    """The reportlab names of the four styles of the main family."""

    regular: str
    bold: str
    italic: str
    bold_italic: str


def fonts_folder() -> Path:
    """Where the bundled fonts are: ``$CXDESIGNER_FONTS`` or ``resources/fonts``."""
    override = os.environ.get(FONTS_ENV)
    if override:
        return Path(override)
    return resource_path("fonts")  # beside the package, or inside the frozen application


def find_family(folder: Path) -> tuple[str, dict[str, Path]]:
    """The family name and the file of each style, found by name (``Family-Style.ttf``)."""
    for regular in sorted(folder.glob("*-Regular.ttf")):
        family = regular.name.removesuffix("-Regular.ttf")
        files = {style: folder / f"{family}-{style}.ttf" for style in _STYLES}
        if all(path.is_file() for path in files.values()):
            return family, files
    raise FontError(
        f"no complete TrueType family (Name-Regular/Bold/Italic/BoldItalic.ttf) in '{folder}'; "
        "the PDF export needs the fonts bundled in resources/fonts."
    )


_lock = threading.RLock()
_loaded: dict[Path, FontSet] = {}
_coverage: dict[str, frozenset[int]] = {}
_files: dict[str, Path] = {}
_folders: dict[str, Path] = {}
_bold: dict[str, bool] = {}


def register_face(name: str, path: Path, bold: bool = False) -> frozenset[int]:
    """Register the face in ``path`` with reportlab as ``name`` (once); its characters.

    Raises:
        FontError: the file cannot be read as a TrueType font.
    """
    with _lock:
        covered = _coverage.get(name)
        if covered is not None:
            return covered
        try:
            font = TTFont(name, str(path))
        except Exception as error:  # reportlab raises bare TTFError and others
            raise FontError(f"the font file '{path}' cannot be read: {error}") from error
        pdfmetrics.registerFont(font)
        covered = frozenset(font.face.charToGlyph)
        _coverage[name], _files[name], _folders[name] = covered, path, path.parent
        _bold[name] = bold
        return covered


def load_fonts(folder: Path | None = None) -> FontSet:
    """Register the family found in ``folder`` (once per process) and return its names."""
    folder = (folder or fonts_folder()).resolve()
    with _lock:
        if folder in _loaded:
            return _loaded[folder]
        family, files = find_family(folder)
        names = {style: f"{family}-{style}" for style in _STYLES}
        for style, path in files.items():
            register_face(names[style], path, bold=style.startswith("Bold"))
        pdfmetrics.registerFontFamily(family, normal=names["Regular"], bold=names["Bold"],
                                      italic=names["Italic"], boldItalic=names["BoldItalic"])
        fonts = FontSet(names["Regular"], names["Bold"], names["Italic"], names["BoldItalic"])
        _loaded[folder] = fonts
        return fonts


def coverage(face: str) -> frozenset[int]:
    """The characters (code points) ``face`` has a glyph for; empty for an unknown face."""
    return _coverage.get(face, frozenset())


def face_file(face: str) -> Path:
    """The file a registered face was read from (the screen draws with the same file)."""
    return _files[face]


def face_folder(face: str) -> Path:
    """The folder a registered face came from: its fallbacks are looked for beside it."""
    return _folders[face]


def is_bold(face: str) -> bool:
    """Whether ``face`` is a bold style (its fallbacks are then bold where they can be)."""
    return _bold.get(face, False)
