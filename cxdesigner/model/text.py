"""Compare words the way people read them: regardless of case, accents and spacing."""

from __future__ import annotations

import unicodedata


def fold(text: str) -> str:
    """``text`` without case, accents or extra spaces: ``"  Étape  Un"`` -> ``"etape un"``.

    Compatibility decomposition (NFKD) splits accented letters and odd forms (a
    non-breaking space, a ligature ``ﬁ``) into plain letters and marks; the marks are
    dropped, the rest is case-folded, and every run of white space becomes one space.
    """
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(char for char in decomposed if not unicodedata.combining(char))
    return " ".join(bare.casefold().split())


def holds(text: str, typed: str) -> bool:
    """Whether ``text`` holds ``typed``, regardless of case, accents and spacing: the rule of
    every search by name ("tel" finds "Téléphone", "PANI" finds "Panier")."""
    return fold(typed) in fold(text)
