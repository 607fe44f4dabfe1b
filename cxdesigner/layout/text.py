"""Fit text into a box: wrap on words, shrink within limits, elide what still does not fit.

Pure logic; the caller supplies how wide a string is at a size (Qt font metrics on screen,
reportlab's ``stringWidth`` in print), so screen and paper break lines the same way.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass

Measure = Callable[[str, float], float]
"""``measure(text, size)``: the width of ``text`` at font size ``size``, in points."""

ELLIPSIS = "…"
LINE_SPACING = 1.22


@dataclass(frozen=True)
class FittedText:
    """Lines to draw at ``size``; ``elided`` when text had to be cut."""

    size: float
    lines: tuple[str, ...]
    elided: bool

    @property
    def line_height(self) -> float:
        return self.size * LINE_SPACING


# Ordinary white space only: French no-break spaces (before « : ; ? ! », in "12 %") must
# keep their words together on one line.
_BREAKING_SPACE = re.compile(r"[ \t\r\n\f\v]+")


def normalise(text: str) -> str:
    """NFC-normalised text with runs of breaking white space folded, as it is drawn."""
    return _BREAKING_SPACE.sub(" ", unicodedata.normalize("NFC", text)).strip(" ")


def _split_long_word(word: str, width: float, size: float, measure: Measure) -> list[str]:
    pieces: list[str] = []
    current = ""
    for char in word:
        if current and measure(current + char, size) > width:
            pieces.append(current)
            current = char
        else:
            current += char
    if current:
        pieces.append(current)
    return pieces


# Chinese and Japanese are written without spaces: a line may end between two of their
# characters, but not before closing punctuation, an iteration or length mark or a small
# kana, nor after opening punctuation.
_NO_LINE_START = ("Pe", "Pf", "Po", "Lm")
_NO_LINE_END = ("Ps", "Pi")
_SMALL_KANA = frozenset("\u3041\u3043\u3045\u3047\u3049\u3063\u3083\u3085\u3087\u308e"
                        "\u3095\u3096\u30a1\u30a3\u30a5\u30a7\u30a9\u30c3\u30e3\u30e5"
                        "\u30e7\u30ee\u30f5\u30f6")


def _wide(char: str) -> bool:
    return char >= "⺀" and unicodedata.east_asian_width(char) in ("W", "F")


def _may_break_between(before: str, after: str) -> bool:
    return ((_wide(before) or _wide(after)) and after not in _SMALL_KANA
            and unicodedata.category(after) not in _NO_LINE_START
            and unicodedata.category(before) not in _NO_LINE_END
            and not unicodedata.combining(after))


def _pieces(word: str) -> list[str]:
    """``word`` cut where a line may end inside it (between CJK characters)."""
    if word.isascii():
        return [word]
    pieces: list[str] = []
    start = 0
    for index in range(1, len(word)):
        if _may_break_between(word[index - 1], word[index]):
            pieces.append(word[start:index])
            start = index
    pieces.append(word[start:])
    return pieces


def wrap(text: str, width: float, size: float, measure: Measure) -> list[str]:
    """Word-wrap ``text`` to ``width``; words longer than a line are broken.

    Lines end at spaces, and also between two Chinese or Japanese characters.
    """
    lines: list[str] = []
    current = ""
    for word in normalise(text).split(" "):
        if not word:
            continue
        for index, piece in enumerate(_pieces(word)):
            joint = "" if index else " "
            candidate = f"{current}{joint}{piece}" if current else piece
            if measure(candidate, size) <= width:
                current = candidate
                continue
            if current:
                lines.append(current)
            if measure(piece, size) <= width:
                current = piece
            else:
                *full, current = _split_long_word(piece, width, size, measure)
                lines.extend(full)
    if current:
        lines.append(current)
    return lines


def elide(line: str, width: float, size: float, measure: Measure) -> str:
    """``line`` cut so that it and an ellipsis fit in ``width``."""
    if measure(line + ELLIPSIS, size) <= width:
        return line + ELLIPSIS
    low, high = 0, len(line)
    while low < high:  # the longest prefix that fits with the ellipsis
        middle = (low + high + 1) // 2
        if measure(line[:middle].rstrip() + ELLIPSIS, size) <= width:
            low = middle
        else:
            high = middle - 1
    return line[:low].rstrip() + ELLIPSIS if low else ELLIPSIS


def fit_text(text: str, width: float, height: float, measure: Measure,
             sizes: Sequence[float] = (11.0, 10.0, 9.0, 8.0)) -> FittedText:
    """The largest size of ``sizes`` at which ``text`` fits; else the smallest, elided.

    A size that would cut a word across two lines is passed over while a smaller one keeps
    every word whole ("émotionnelle" shrinks rather than ending in "émotionnell / e").
    """
    if width <= 0 or height <= 0 or not text.strip():
        return FittedText(sizes[-1], (), bool(text.strip()))
    words = [word for word in normalise(text).split(" ") if word]
    for whole_words in (True, False):
        for size in sizes:
            if whole_words and any(measure(word, size) > width for word in words):
                continue
            lines = wrap(text, width, size, measure)
            if len(lines) * size * LINE_SPACING <= height:
                return FittedText(size, tuple(lines), False)
    size = sizes[-1]
    lines = wrap(text, width, size, measure)
    room = max(1, int(height // (size * LINE_SPACING)))
    if len(lines) <= room:
        return FittedText(size, tuple(lines), False)
    kept = lines[:room]
    kept[-1] = elide(kept[-1], width, size, measure)
    return FittedText(size, tuple(kept), True)
