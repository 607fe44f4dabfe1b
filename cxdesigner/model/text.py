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
