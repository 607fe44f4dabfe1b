"""The faces that print what the main family lacks, in the order they are tried.

Noto Sans covers Latin, Greek and Cyrillic. For any other character the faces below are
tried in turn, each read only when a character first needs it: a map written in French
never loads them. See ``resources/fonts/README.md`` for where each file comes from and its
licence.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path

from cxdesigner.drawing.fonts import (
    FontError,
    coverage,
    declare_face,
    face_folder,
    is_bold,
    metrics,
)


@dataclass(frozen=True)
class Fallback:
    """One fallback family: its regular face, and its bold one where it has one."""

    name: str
    regular: str
    bold: str | None = None


FALLBACKS = (
    Fallback("NotoSansArabic", "NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold.ttf"),
    Fallback("NotoSansHebrew", "NotoSansHebrew-Regular.ttf", "NotoSansHebrew-Bold.ttf"),
    # Arrows and mathematical operators (→ ⇒ ≤ ∞), which Noto Sans lacks.
    Fallback("NotoSansMath", "NotoSansMath-Regular.ttf"),
    Fallback("NotoSansSymbols", "NotoSansSymbols-Regular.ttf"),
    # Before Symbols2, whose pictographs are drawn in another style than the emoji's.
    Fallback("NotoEmoji", "NotoEmoji[wght].ttf"),
    Fallback("NotoSansSymbols2", "NotoSansSymbols2-Regular.ttf"),
    # Chinese (simplified and traditional) ideographs, Japanese kana, CJK punctuation.
    Fallback("DroidSansFallback", "DroidSansFallbackFull.ttf"),
    # Korean Hangul.
    Fallback("NanumGothic", "NanumGothic.ttf"),
)
"""In the order they are tried after the main family."""

_lock = threading.Lock()
_faces: dict[tuple[Path, bool], list[str | None]] = {}
"""Per folder and weight: the face name of each fallback, None where its file is missing."""
_found: dict[tuple[int, str], str | None] = {}


def _face(folder: Path, bold: bool, index: int) -> str | None:
    """The registered name of fallback ``index`` in ``folder`` (read on first use)."""
    faces = _faces.setdefault((folder, bold), [])
    while len(faces) <= index:
        fallback = FALLBACKS[len(faces)]
        heavy = bold and fallback.bold is not None
        path = folder / (fallback.bold if heavy and fallback.bold else fallback.regular)
        name = f"{fallback.name}-{'Bold' if heavy else 'Regular'}"
        readable = path.is_file()
        if readable:
            try:
                declare_face(name, path)
                metrics(name)
            except FontError:
                readable = False  # what it would print is reported missing, as for no file
        faces.append(name if readable else None)
    return faces[index]


_UNKNOWN = "?"
"""Not looked up yet (no face is named so)."""


def face_for(code: int, font: str) -> str | None:
    """The face that draws the character ``code`` for text set in ``font`` (a face of the
    main family): ``font`` itself when it has the glyph, else the first fallback that has
    it, in the weight nearest to ``font``'s; None when no bundled face has it."""
    if code in coverage(font):
        return font
    key = (code, font)
    found = _found.get(key, _UNKNOWN)
    if found != _UNKNOWN:
        return found
    with _lock:
        folder, bold = face_folder(font), is_bold(font)
        found = None
        for index in range(len(FALLBACKS)):
            face = _face(folder, bold, index)
            if face is not None and code in coverage(face):
                found = face
                break
        _found[key] = found
    return found
