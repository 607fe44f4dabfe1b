"""Which contact profile an unassigned reason probably belongs to (no Qt).

A reason is compared with each profile's name and reasons word by word (folded, short
words left out): the profile sharing the most words is suggested; none when no word is
shared, and the reason probably calls for a profile of its own.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from cxdesigner.analysis.contacts import match_key
from cxdesigner.model import ContactProfile

MIN_WORD = 4
"""Shorter words (de, la, ma, the, my…) say nothing about the problem behind a contact."""


def words(text: str) -> set[str]:
    """The telling words of ``text``, folded; a plural ``s`` is dropped."""
    found = set()
    for word in re.findall(r"\w+", match_key(text)):
        if len(word) >= MIN_WORD:
            found.add(word[:-1] if word.endswith("s") and len(word) > MIN_WORD else word)
    return found


def suggest_profile(reason: str, profiles: Sequence[ContactProfile]) -> ContactProfile | None:
    """The profile whose name and reasons share the most words with ``reason``, if any."""
    wanted = words(reason)
    best: ContactProfile | None = None
    best_score = 0
    for profile in profiles:
        own = words(profile.name)
        for known in profile.reasons:
            own |= words(known)
        score = len(wanted & own)
        if score > best_score:
            best, best_score = profile, score
    return best
