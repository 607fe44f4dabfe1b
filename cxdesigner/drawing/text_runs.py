"""Text as it is drawn: cleaned, measured, and cut into runs by the face that has each glyph.

Noto Sans draws most of what a map holds; a character it lacks is drawn with the first
fallback face that has it (:mod:`cxdesigner.drawing.fallback_fonts`). Arabic is shaped here
(its letters replaced by their joining forms, with arabic-reshaper) and right-to-left text is
put in display order (python-bidi), once, so that the screen and the PDF draw the same
glyphs at the same places and need no shaping of their own.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import Literal

from cxdesigner.drawing.fallback_fonts import face_for
from cxdesigner.drawing.fonts import coverage, string_width
from cxdesigner.drawing.primitives import Run
from cxdesigner.layout.text import Measure

Align = Literal["left", "centre", "right"]
LineRuns = tuple[Run, ...]

_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff]")
_RIGHT_TO_LEFT = re.compile(
    "[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefe\U00010800-\U00010fff\U0001e800-\U0001efff]")
_MARKS = ("Mn", "Mc", "Me")


@lru_cache(maxsize=1)
def _shapers() -> tuple[Callable[[str], str], Callable[[str, str], str]]:
    """Arabic joining forms and the display order of right-to-left text, from
    arabic-reshaper and python-bidi: imported the first time a text needs them, so that a
    map in French does not pay for them at start-up.

    Vowel marks are kept: in display order each comes before its letter and, having no
    width, is drawn over it (the Arabic and Hebrew faces draw their marks right of the pen).
    python-bidi's own algorithm is used: its faster Rust one mirrors no brackets.
    """
    from arabic_reshaper import ArabicReshaper
    from bidi.algorithm import get_display

    reshaper = ArabicReshaper(configuration={"delete_harakat": False})

    def reshape(text: str) -> str:
        return str(reshaper.reshape(text))

    def display(text: str, direction: str) -> str:
        return str(get_display(text, base_dir=direction))

    return reshape, display


def _ignorable(char: str) -> bool:
    """Invisible: controls, joiners, direction marks and emoji variation selectors."""
    code = ord(char)
    return (unicodedata.category(char) in ("Cc", "Cf") or 0xFE00 <= code <= 0xFE0F
            or 0xE0100 <= code <= 0xE01EF)


@lru_cache(maxsize=50_000)
def printable(text: str) -> str:
    """``text`` in NFC as it is drawn: line breaks and tabs become spaces, and invisible
    characters (controls, joiners, variation selectors) are left out."""
    text = unicodedata.normalize("NFC", text)
    if text.isascii() and text.isprintable():
        return text
    return "".join(" " if char in "\r\n\t" else char for char in text
                   if char in "\r\n\t" or not _ignorable(char))


def _plain(text: str, font: str) -> bool:
    """Every character of ``text`` is in ``font`` (no fallback, no shaping, left to right)."""
    return text.isascii() or coverage(font).issuperset(map(ord, text))


def _shaped(text: str) -> str:
    """``text`` with its Arabic letters in their joining forms (logical order kept)."""
    return _shapers()[0](text) if _ARABIC.search(text) else text


@lru_cache(maxsize=20_000)
def _pieces(text: str, font: str) -> tuple[tuple[str, str], ...]:
    """``text`` (shaped) cut where the face that draws it changes: (piece, face) pairs.

    A combining mark stays in its letter's face when that face has it; a character no face
    has stays in ``font``, which draws it as its "missing glyph" box.
    """
    pieces: list[tuple[str, str]] = []
    current: list[str] = []
    current_face = font
    for char in text:
        code = ord(char)
        if current and unicodedata.category(char) in _MARKS and code in coverage(current_face):
            face = current_face
        else:
            face = face_for(code, font) or font
        if face != current_face and current:
            pieces.append(("".join(current), current_face))
            current = []
        current.append(char)
        current_face = face
    if current:
        pieces.append(("".join(current), current_face))
    return tuple(pieces)


@lru_cache(maxsize=200_000)
def text_width(font: str, text: str, size: float) -> float:
    """The width of ``text`` (already :func:`printable`) set in ``font`` at ``size``, each
    character in the face that draws it; memoised (wrapping measures the same prefixes
    again and again)."""
    if _plain(text, font):
        return string_width(font, text, size)
    return sum(string_width(face, piece, size)
               for piece, face in _pieces(_shaped(text), font))


def measure(font: str) -> Measure:
    """A ``measure(text, size)`` callback for ``layout.text`` in ``font``."""

    def width(text: str, size: float) -> float:
        return text_width(font, text, size)

    return width


def missing_characters(text: str, font: str) -> str:
    """The characters of ``text`` that no bundled face can draw, each once, in order."""
    if _plain(text, font):
        return ""
    found: list[str] = []
    for char in printable(text):
        if char not in found and not char.isspace() and face_for(ord(char), font) is None:
            found.append(char)
    return "".join(found)


def is_right_to_left(text: str) -> bool:
    """Whether a paragraph reads from right to left: its first strong letter does."""
    for char in text:
        if char.isascii():
            if char.isalpha():
                return False
            continue
        kind = unicodedata.bidirectional(char)
        if kind == "L":
            return False
        if kind in ("R", "AL"):
            return True
    return False


@lru_cache(maxsize=20_000)
def line_runs(line: str, font: str, size: float, right_to_left: bool = False) -> LineRuns | None:
    """The runs that draw ``line`` (logical order) from left to right, or None when ``font``
    alone draws it as it is.

    ``right_to_left`` is the direction of the paragraph the line belongs to.
    """
    if _plain(line, font) and not _RIGHT_TO_LEFT.search(line) and not (
            not line.isascii() and any(unicodedata.combining(char) for char in line)):
        return None  # a combining mark left after NFC is drawn where the PDF draws it
    shown = _shaped(line)
    if _RIGHT_TO_LEFT.search(shown):
        shown = _shapers()[1](shown, "R" if right_to_left else "L")
    runs: list[Run] = []
    x = 0.0
    for piece, face in _pieces(shown, font):
        runs.append(Run(x, piece, face))
        x += string_width(face, piece, size)
    return tuple(runs)


def place_lines(lines: Sequence[str], font: str, size: float, x: float,
                align: Align = "left") -> tuple[tuple[float, ...], tuple[LineRuns, ...] | None]:
    """Where each line starts (``x`` is the block's left end, centre or right end as
    ``align`` says), and the runs of every line, or None when ``font`` draws them all."""
    shifts, runs = _placed(tuple(lines), font, size, align)
    if shifts is None:
        return (x,) * len(lines), runs
    return tuple(x - shift for shift in shifts), runs


@lru_cache(maxsize=20_000)
def _placed(lines: tuple[str, ...], font: str, size: float, align: Align
            ) -> tuple[tuple[float, ...] | None, tuple[LineRuns, ...] | None]:
    """How far each line starts left of the block's anchor (None: at it, left-aligned) and
    the runs of :func:`place_lines`, remembered: a map sets the same labels (channels,
    levels, repeated titles) in the same font thousands of times."""
    right_to_left = is_right_to_left(" ".join(lines))
    shifts = None
    if align != "left":
        share = 0.5 if align == "centre" else 1.0
        shifts = tuple(share * text_width(font, line, size) for line in lines)
    runs = [line_runs(line, font, size, right_to_left) for line in lines]
    if all(run is None for run in runs):
        return shifts, None
    return shifts, tuple(run if run is not None else (Run(0.0, line, font),)
                         for run, line in zip(runs, lines, strict=True))
