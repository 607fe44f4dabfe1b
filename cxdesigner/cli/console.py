"""The command line's output in any console: what its code page cannot show is written in
characters it can (``→`` as ``->``, ``é`` as ``e`` in ASCII), never a UnicodeEncodeError.

A Windows console redirected to a file or a pipe writes in the ANSI code page (cp1252 in
Western Europe), which has no arrow, minus sign or narrow no-break space; a Linux terminal with
``LC_ALL=C`` may write ASCII only. Python's default is to raise on the first such character,
in the middle of a report.
"""

from __future__ import annotations

import codecs
import io
import sys
import unicodedata
from typing import TextIO

SUBSTITUTES = {
    "→": "->", "←": "<-", "↔": "<->", "⇄": "<->", "↩": "<-", "↪": "->", "▸": ">", "►": ">",
    "▶": ">", "◂": "<", "•": "*", "·": ".", "–": "-",
    "\u2212": "-", "\u2010": "-", "\u2011": "-", "\u2012": "-",  # minus, hyphens, figure dash
    "—": "--", "―": "--", "…": "...", "’": "'", "‘": "'", "\u201a": ",", "“": '"', "”": '"',
    "„": '"', "«": '"', "»": '"', "\u2039": "'", "\u203a": "'", "\u00a0": " ", "\u202f": " ",
    "\u2009": " ", "\u2007": " ", "\u200b": "", "\ufeff": "", "≤": "<=", "≥": ">=", "≠": "!=",
    "≈": "~", "\u00d7": "x", "÷": "/", "±": "+/-", "€": "EUR", "£": "GBP", "œ": "oe", "Œ": "OE",
    "æ": "ae", "Æ": "AE", "ß": "ss", "✓": "v", "✔": "v", "✗": "x", "✘": "x", "⚠": "!",
    "°": " deg", "№": "No",
}
"""What stands for a character the console cannot show, tried before its decomposition
(``é`` → ``e``) and a last ``?``."""


def _candidates(character: str) -> list[str]:
    decomposed = "".join(c for c in unicodedata.normalize("NFKD", character)
                         if not unicodedata.combining(c))
    found = [SUBSTITUTES[character]] if character in SUBSTITUTES else []
    if decomposed and decomposed != character:
        found.append(decomposed)
    return [*found, "?"]


def substitute(text: str, encoding: str) -> str:
    """``text`` with each character ``encoding`` cannot write replaced by one it can."""
    return "".join(c if _encodes(c, encoding) else _replacement(c, encoding) for c in text)


def _encodes(text: str, encoding: str) -> bool:
    try:
        text.encode(encoding)
    except UnicodeEncodeError:
        return False
    return True


def _replacement(character: str, encoding: str) -> str:
    for candidate in _candidates(character):
        if _encodes(candidate, encoding):
            return candidate
    return "?"


def writes_all_text(stream: TextIO) -> bool:
    """Whether ``stream`` can write any character (a UTF encoding), e.g. JSON unescaped."""
    encoding = (getattr(stream, "encoding", None) or "").lower().replace("_", "-")
    return encoding.startswith("utf")


def make_output_safe(*streams: TextIO) -> None:
    """Have ``streams`` (standard output and error by default) write what their encoding
    cannot show in characters it can, instead of raising."""
    for stream in streams or (sys.stdout, sys.stderr):
        encoding = getattr(stream, "encoding", None)
        if not isinstance(stream, io.TextIOWrapper) or not encoding:
            continue
        if writes_all_text(stream):
            continue
        stream.reconfigure(errors=_handler_for(encoding))


def _handler_for(encoding: str) -> str:
    """An error handler that knows the stream's encoding (a charmap codec such as cp1252
    reports its failures as "charmap", which names no encoding)."""
    name = f"cxdesigner-console-{codecs.lookup(encoding).name}"
    try:
        codecs.lookup_error(name)
    except LookupError:
        def handle(error: UnicodeError) -> tuple[str, int]:
            if isinstance(error, UnicodeEncodeError):
                text = error.object[error.start:error.end]
                return substitute(text, encoding), error.end
            raise error

        codecs.register_error(name, handle)
    return name
