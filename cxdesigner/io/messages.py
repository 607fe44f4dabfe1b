"""Turn pydantic's validation errors into sentences a consultant can act on."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from pydantic import ValidationError
from pydantic_core import ErrorDetails

from cxdesigner.model.limits import EMOTION_MAX, EMOTION_MIN
from cxdesigner.model.locations import describe_location, field_words

# The model's mappings: a key that follows one of these names is a dict key, not a field.
KEYED_FIELDS = {
    "persona_emotions": "emotion for persona",
    "persona_criticality": "criticality for persona",
    "inputs": "input",
}

_PATTERN_WORDS = {
    "^[A-Za-z0-9_.:-]+$": "must use only letters, digits and _ . : -",
    "^#[0-9a-fA-F]{6}$": "must be a colour written #rrggbb",
}


def _shown(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "…"


def split_location(data: Any, loc: Sequence[str | int]) -> tuple[str, str, str | None]:
    """Split ``loc`` into where the item is (in words), the field concerned and its name.

    ``(…, "touchpoints", 0, "emotion")`` gives ``("…, touchpoint 'Appel'", "emotion",
    "emotion")``; a dict key gives ``"emotion for persona 'p1'"``; a location that ends on
    an item gives no field at all.
    """
    loc = tuple(loc)
    if loc and loc[-1] == "[key]":  # the key of a mapping is itself wrong
        loc = loc[:-1]
    if len(loc) >= 2 and isinstance(loc[-1], str) and loc[-2] in KEYED_FIELDS:
        field, key = str(loc[-2]), loc[-1] if len(loc[-1]) <= 40 else loc[-1][:37] + "…"
        return describe_location(data, loc[:-2]), f"{KEYED_FIELDS[field]} '{key}'", field
    if loc and isinstance(loc[-1], str):
        return describe_location(data, loc[:-1]), field_words(loc[-1]), loc[-1]
    return describe_location(data, loc), "", None


def _sentence(error: ErrorDetails, subject: str, field: str | None) -> str:
    kind = error["type"]
    found = _shown(error.get("input"))
    is_key = bool(error["loc"]) and error["loc"][-1] == "[key]"
    if field in ("emotion", "persona_emotions") and not is_key and kind != "missing":
        return f"{subject} must be a whole number between {EMOTION_MIN} and +{EMOTION_MAX} " \
               f"(found {found})"
    if kind == "missing":
        return f"{subject} is missing"
    if kind == "extra_forbidden":
        return f"unknown field '{field}' (misspelt, or written by another program?)"
    if kind == "value_error":
        return error["msg"].removeprefix("Value error, ")
    if is_key:
        subject = f"{subject}: the {'persona id' if 'persona' in subject else 'name'}"
    if kind in ("too_long", "string_too_long"):
        return f"{subject} is too long ({error['msg'].lower()})"
    if kind == "string_pattern_mismatch":
        pattern = str((error.get("ctx") or {}).get("pattern", ""))
        if pattern in _PATTERN_WORDS:
            return f"{subject} {_PATTERN_WORDS[pattern]} (found {found})"
    message = error["msg"]
    message = (message[0].lower() + message[1:]).removeprefix("input ")
    return f"{subject}: {message} (found {found})" if subject else f"{message} (found {found})"


def describe_validation_error(error: ValidationError, data: Any, limit: int = 50) -> list[str]:
    """One sentence per validation problem: where (in words), then what to fix."""
    sentences: list[str] = []
    for details in error.errors()[:limit]:
        where, subject, field = split_location(data, details["loc"])
        for sentence in _sentence(details, subject, field).splitlines():
            sentences.append(f"{where}: {sentence}" if where else sentence)
    if error.error_count() > limit:
        sentences.append(f"… and {error.error_count() - limit} more problems")
    return sentences
