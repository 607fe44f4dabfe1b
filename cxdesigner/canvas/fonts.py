"""The bundled fonts on screen, and text measured the way the layout expects."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase, QFontMetricsF

from cxdesigner.drawing.fallback_fonts import FALLBACKS
from cxdesigner.layout.text import FittedText, Measure, fit_text
from cxdesigner.resources_path import resource_path

FALLBACK_FAMILY = "Sans Serif"
_STYLES = ("Regular", "Bold", "Italic", "BoldItalic")
_loaded: list[str] = []


def fonts_folder() -> Path:
    """Where the bundled fonts are (``resources/fonts``, from source or a bundle)."""
    return resource_path("fonts")


def ensure_fonts_loaded() -> str:
    """Register the bundled fonts with Qt once; returns the family name to use.

    Needs a QGuiApplication. Falls back to a generic family when the files are missing, so
    that a broken install still shows text.

    The fallback faces (other scripts, symbols) are registered here too, before anything
    is drawn: a face registered while a window paints leaves the fonts Qt's widgets had
    already picked stale (glyphs then fail to load, once, with a warning).
    """
    if _loaded:
        return _loaded[0]
    family = FALLBACK_FAMILY
    for style in _STYLES:
        path = fonts_folder() / f"NotoSans-{style}.ttf"
        if not path.is_file():
            continue
        font_id = QFontDatabase.addApplicationFont(str(path))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        if families:
            family = families[0]
    for fallback in FALLBACKS:  # a few milliseconds: Qt reads the files' names only
        for name in (fallback.regular, fallback.bold):
            if name is not None and (fonts_folder() / name).is_file():
                add_fallback_face(fonts_folder() / name)
    _loaded.append(family)
    return family


@lru_cache(maxsize=32)
def add_fallback_face(path: Path) -> None:
    """Register a bundled fallback face with Qt (once), so that Qt's own text (the inline
    editor, the inspector) can fall back on it too where the system has no such font."""
    QFontDatabase.addApplicationFont(str(path))


@lru_cache(maxsize=64)
def map_font(size: int, bold: bool = False, italic: bool = False) -> QFont:
    """The map's font at ``size`` scene units (points on the map, pixels at 100 %).

    Pixel sizes keep text the same size in scene units whatever the screen's DPI, so the
    canvas breaks lines exactly where the layout's measure says.
    """
    font = QFont(ensure_fonts_loaded())
    font.setPixelSize(max(1, size))
    font.setBold(bold)
    font.setItalic(italic)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return font


@lru_cache(maxsize=64)
def _metrics(size: int, bold: bool, italic: bool) -> QFontMetricsF:
    return QFontMetricsF(map_font(size, bold, italic))


def text_width(text: str, size: float, bold: bool = False, italic: bool = False) -> float:
    """The width of ``text`` at ``size`` in the map's font."""
    return _metrics(round(size), bold, italic).horizontalAdvance(text)


def measure_for(bold: bool = False, italic: bool = False) -> Measure:
    """A ``measure(text, size)`` for ``layout.text.fit_text``."""

    def measure(text: str, size: float) -> float:
        return text_width(text, size, bold, italic)

    return measure


_MEASURES = {(b, i): measure_for(b, i) for b in (False, True) for i in (False, True)}


@lru_cache(maxsize=8192)
def fitted(text: str, width: float, height: float, sizes: tuple[float, ...],
           bold: bool = False, italic: bool = False) -> FittedText:
    """``fit_text`` in the map's font, remembered (painting asks again and again)."""
    return fit_text(text, width, height, _MEASURES[(bold, italic)], sizes)
