"""The bundled TrueType family, registered once with reportlab and embedded in every PDF."""

from __future__ import annotations

import os
import threading
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from cxdesigner.layout.text import Measure
from cxdesigner.resources_path import resource_path

FONTS_ENV = "CXDESIGNER_FONTS"
"""Environment variable naming another folder of fonts (an installed copy, a test)."""

_STYLES = ("Regular", "Bold", "Italic", "BoldItalic")
_REPLACEMENT = "?"
# Characters people type that many text fonts lack, and what prints in their place.
_STAND_INS = {
    "\u2192": "->", "\u2190": "<-", "\u2194": "<->", "\u21d2": "=>", "\u2212": "-",
    "\u2713": "v", "\u2714": "v", "\u2605": "*",
}


class FontError(RuntimeError):
    """The bundled fonts are missing or unreadable."""


@dataclass(frozen=True)
class FontSet:
    """The reportlab names of the four styles of the family."""

    regular: str
    bold: str
    italic: str
    bold_italic: str

    def measure(self, font: str) -> Measure:
        """A ``measure(text, size)`` callback for ``layout.text`` in ``font``."""

        def measure(text: str, size: float) -> float:
            return _width(font, text, size)

        return measure


def text_width(font: str, text: str, size: float) -> float:
    """The width of ``text`` (already :func:`printable`) in ``font`` at ``size``; memoised."""
    return _width(font, text, size)


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


_lock = threading.Lock()
_loaded: dict[Path, FontSet] = {}
_coverage: dict[str, frozenset[int]] = {}


def load_fonts(folder: Path | None = None) -> FontSet:
    """Register the family found in ``folder`` (once per process) and return its names."""
    folder = (folder or fonts_folder()).resolve()
    with _lock:
        if folder in _loaded:
            return _loaded[folder]
        family, files = find_family(folder)
        names = {style: f"{family}-{style}" for style in _STYLES}
        for style, path in files.items():
            try:
                font = TTFont(names[style], str(path))
            except Exception as error:  # reportlab raises bare TTFError and others
                raise FontError(f"the font file '{path}' cannot be read: {error}") from error
            pdfmetrics.registerFont(font)
            _coverage[names[style]] = frozenset(font.face.charToGlyph)
        pdfmetrics.registerFontFamily(family, normal=names["Regular"], bold=names["Bold"],
                                      italic=names["Italic"], boldItalic=names["BoldItalic"])
        fonts = FontSet(names["Regular"], names["Bold"], names["Italic"], names["BoldItalic"])
        _loaded[folder] = fonts
        return fonts


@lru_cache(maxsize=200_000)
def _width(font: str, text: str, size: float) -> float:
    # Wrapping measures the same words and prefixes again and again: the cache pays.
    return float(pdfmetrics.stringWidth(text, font, size))


@lru_cache(maxsize=50_000)
def printable(text: str, font: str) -> str:
    """``text`` in NFC with the characters ``font`` has no glyph for replaced by ``?``.

    Line breaks and tabs become spaces; a missing glyph would otherwise print as an empty box.
    """
    covered = _coverage.get(font)
    text = unicodedata.normalize("NFC", text)
    out: list[str] = []
    for char in text:
        if char in "\r\n\t":
            out.append(" ")
        elif covered is None or ord(char) in covered:
            out.append(char)
        elif char in _STAND_INS:
            out.append(_STAND_INS[char])
        elif unicodedata.category(char) in ("Cc", "Cf", "Mn"):
            continue  # invisible controls, joiners and stray combining marks
        else:
            out.append(_REPLACEMENT)
    return "".join(out)
