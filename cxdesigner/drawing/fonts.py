"""The bundled TrueType faces: their metrics for laying text out, and their registration with
reportlab to embed them in a PDF.

Laying text out needs only each character's advance width. Reading a whole TrueType file
for that (as reportlab does to embed it) takes tens of milliseconds per face, too long for
the editor's start: the widths of every bundled face are kept in a small table beside it
(``resources/fonts/metrics/``, written by ``tools/font_metrics.py`` and checked against the
fonts by the tests), and a face is read whole only when a PDF embeds it. The numbers are
reportlab's own, so a line measured for the screen measures the same in the PDF.
"""

from __future__ import annotations

import json
import os
import threading
from dataclasses import dataclass
from pathlib import Path

from cxdesigner.resources_path import resource_path

FONTS_ENV = "CXDESIGNER_FONTS"
"""Environment variable naming another folder of fonts (an installed copy, a test)."""

METRICS_FOLDER = "metrics"
"""The folder, beside the fonts, of each face's table of widths (``<file name>.json``)."""

_STYLES = ("Regular", "Bold", "Italic", "BoldItalic")


class FontError(RuntimeError):
    """The bundled fonts are missing or unreadable."""


@dataclass(frozen=True)
class FontSet:
    """The names of the four styles of the main family."""

    regular: str
    bold: str
    italic: str
    bold_italic: str


@dataclass(frozen=True)
class FaceMetrics:
    """What laying text out needs of a face: each character's advance width, in thousandths
    of the font size, and which characters it has a glyph for."""

    widths: dict[int, float]
    default: float
    """The width of a character the face lacks (its "missing glyph" box)."""
    coverage: frozenset[int]

    def width(self, text: str, size: float) -> float:
        """The width of ``text`` at ``size``, as reportlab measures it (no kerning)."""
        get, default = self.widths.get, self.default
        return sum(get(ord(char), default) for char in text) * size * 0.001

    def to_json(self, source: Path) -> str:
        """The table written beside the fonts (``source``: the face's file)."""
        codes = sorted(self.coverage)
        return json.dumps({"file": source.name, "size": source.stat().st_size,
                           "default": self.default, "codes": codes,
                           "widths": [self.widths.get(code, self.default) for code in codes]},
                          separators=(",", ":"))


def read_face(path: Path) -> FaceMetrics:
    """The metrics of the face in ``path``, read from the font file itself (slow).

    Raises:
        FontError: the file cannot be read as a TrueType font.
    """
    from reportlab.pdfbase.ttfonts import TTFontFile

    try:
        face = TTFontFile(str(path))
    except Exception as error:  # reportlab raises bare TTFError and others
        raise FontError(f"the font file '{path}' cannot be read: {error}") from error
    return FaceMetrics(dict(face.charWidths), float(face.defaultWidth),
                       frozenset(face.charToGlyph))


def metrics_file(path: Path) -> Path:
    """Where the table of widths of the face in ``path`` is kept."""
    return path.parent / METRICS_FOLDER / f"{path.name}.json"


def _load_metrics(path: Path) -> FaceMetrics:
    """The face's table when it is there and made from this very file, else the file read."""
    table = metrics_file(path)
    try:
        data = json.loads(table.read_text(encoding="utf-8"))
        if data["size"] == path.stat().st_size:
            codes = data["codes"]
            return FaceMetrics(dict(zip(codes, data["widths"], strict=True)),
                               float(data["default"]), frozenset(codes))
    except (OSError, ValueError, KeyError, TypeError):
        pass  # no table (a folder of other fonts) or a stale one: read the font itself
    return read_face(path)


@dataclass(frozen=True)
class _Face:
    path: Path
    bold: bool


_lock = threading.RLock()
_faces: dict[str, _Face] = {}
_metrics: dict[str, FaceMetrics] = {}
_registered: set[str] = set()
_loaded: dict[Path, FontSet] = {}


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


def declare_face(name: str, path: Path, bold: bool = False) -> None:
    """Make the face in ``path`` known as ``name``; nothing is read until it is used."""
    with _lock:
        _faces.setdefault(name, _Face(path, bold))


def metrics(face: str) -> FaceMetrics:
    """The metrics of a declared face (read on first use).

    Raises:
        FontError: the face's file cannot be read.
    """
    found = _metrics.get(face)
    if found is None:
        with _lock:
            found = _metrics.get(face)
            if found is None:
                found = _metrics[face] = _load_metrics(_faces[face].path)
    return found


def register_face(face: str) -> None:
    """Register a declared face with reportlab (once), for a PDF to embed it.

    Raises:
        FontError: the face's file cannot be read.
    """
    if face in _registered:
        return
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    with _lock:
        if face in _registered:
            return
        path = _faces[face].path
        try:
            font = TTFont(face, str(path))
        except Exception as error:  # reportlab raises bare TTFError and others
            raise FontError(f"the font file '{path}' cannot be read: {error}") from error
        pdfmetrics.registerFont(font)
        _registered.add(face)


def load_fonts(folder: Path | None = None) -> FontSet:
    """The main family found in ``folder`` (once per process), its faces declared."""
    folder = (folder or fonts_folder()).resolve()
    with _lock:
        if folder in _loaded:
            return _loaded[folder]
        family, files = find_family(folder)
        names = {style: f"{family}-{style}" for style in _STYLES}
        for style, path in files.items():
            declare_face(names[style], path, bold=style.startswith("Bold"))
        fonts = FontSet(names["Regular"], names["Bold"], names["Italic"], names["BoldItalic"])
        _loaded[folder] = fonts
        return fonts


def register_family(fonts: FontSet) -> None:
    """Register the main family's four faces with reportlab, as one family (a PDF's text
    objects may then switch to bold or italic)."""
    from reportlab.pdfbase import pdfmetrics

    faces = (fonts.regular, fonts.bold, fonts.italic, fonts.bold_italic)
    for face in faces:
        register_face(face)
    family = fonts.regular.removesuffix("-Regular")
    pdfmetrics.registerFontFamily(family, normal=fonts.regular, bold=fonts.bold,
                                  italic=fonts.italic, boldItalic=fonts.bold_italic)


def coverage(face: str) -> frozenset[int]:
    """The characters (code points) ``face`` has a glyph for; empty for an unknown face."""
    if face not in _faces:
        return frozenset()
    return metrics(face).coverage


def string_width(face: str, text: str, size: float) -> float:
    """The width of ``text`` set in ``face`` alone at ``size``."""
    return metrics(face).width(text, size)


def face_file(face: str) -> Path:
    """The file of a declared face (the screen draws with the same file)."""
    return _faces[face].path


def face_folder(face: str) -> Path:
    """The folder a declared face came from: its fallbacks are looked for beside it."""
    return _faces[face].path.parent


def is_bold(face: str) -> bool:
    """Whether ``face`` is a bold style (its fallbacks are then bold where they can be)."""
    found = _faces.get(face)
    return found is not None and found.bold
