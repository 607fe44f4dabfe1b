"""Turn pydantic's validation errors into sentences a consultant can act on."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from pydantic import ValidationError
from pydantic_core import ErrorDetails

from cxdesigner.io.wording import KEYED_WORDS, VALIDATION_FR, VALIDATION_FR_OTHER, say
from cxdesigner.model.limits import EMOTION_MAX, EMOTION_MIN
from cxdesigner.model.locations import describe_location
from cxdesigner.model.references import BrokenReferencesError
from cxdesigner.model.wording import field_subject, field_words, quoted

# The model's mappings: a key that follows one of these names is a dict key, not a field.
KEYED_FIELDS = {field: words["en"] for field, words in KEYED_WORDS.items()}

_PATTERNS = {
    "^[A-Za-z0-9_.:-]+$": "pattern_id",
    "^#[0-9a-fA-F]{6}$": "pattern_colour",
}


def _shown(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "…"


def split_location(data: Any, loc: Sequence[str | int], language: str = "en",
                   flow_ends: bool = False) -> tuple[str, str, str | None]:
    """Split ``loc`` into where the item is (in words), the field concerned and its name.

    ``(…, "touchpoints", 0, "emotion")`` gives ``("…, touchpoint 'Appel'", "emotion",
    "emotion")``; a dict key gives ``"emotion for persona 'p1'"``; a location that ends on
    an item gives no field at all. French words the field as a subject (``l’émotion``).
    ``flow_ends``: as for :func:`describe_location`.
    """
    loc = tuple(loc)
    if loc and loc[-1] == "[key]":  # the key of a mapping is itself wrong
        loc = loc[:-1]
    if len(loc) >= 2 and isinstance(loc[-1], str) and loc[-2] in KEYED_FIELDS:
        field, key = str(loc[-2]), loc[-1] if len(loc[-1]) <= 40 else loc[-1][:37] + "…"
        subject = f"{KEYED_WORDS[field][language]} {quoted(key, language)}"
        return describe_location(data, loc[:-2], language, flow_ends), subject, field
    if loc and isinstance(loc[-1], str):
        words = field_subject(loc[-1], language) if language == "fr" else field_words(loc[-1])
        return describe_location(data, loc[:-1], language, flow_ends), words, loc[-1]
    return describe_location(data, loc, language, flow_ends), "", None


def _sentence(error: ErrorDetails, subject: str, field: str | None, data: Any,
              language: str) -> str:
    kind = error["type"]
    found = say("found", language, found=_shown(error.get("input")))
    ctx = error.get("ctx") or {}
    is_key = bool(error["loc"]) and error["loc"][-1] == "[key]"
    if field in ("emotion", "persona_emotions") and not is_key and kind != "missing":
        return say("emotion", language, subject=subject, low=EMOTION_MIN,
                   low_abs=abs(EMOTION_MIN), high=EMOTION_MAX, found=found)
    if kind == "missing":
        return say("missing", language, subject=subject)
    if kind == "extra_forbidden":
        return say("unknown_field", language, field=field,
                   field_quoted=quoted(str(field), language))
    if kind == "value_error":
        reason = ctx.get("error")
        if isinstance(reason, BrokenReferencesError) and language != "en":
            return "\n".join(problem.worded(data, language) for problem in reason.problems)
        return error["msg"].removeprefix("Value error, ")
    if is_key:
        keyed = field in ("persona_emotions", "persona_criticality") if language != "en" \
            else "persona" in subject
        subject = say("key_persona" if keyed else "key_name", language, subject=subject)
    if kind in ("too_long", "string_too_long"):
        return say("too_long", language, subject=subject, detail=error["msg"].lower(),
                   max_length=ctx.get("max_length", "?"))
    if kind == "string_pattern_mismatch":
        pattern = str(ctx.get("pattern", ""))
        if pattern in _PATTERNS:
            return say(_PATTERNS[pattern], language, subject=subject, found=found)
    if language == "fr":
        detail = VALIDATION_FR.get(kind, VALIDATION_FR_OTHER).format(
            detail=error["msg"], **{key: str(value).replace(" or ", " ou ")
                                    for key, value in ctx.items()})
    else:
        message = error["msg"]
        detail = (message[0].lower() + message[1:]).removeprefix("input ")
    return say("invalid" if subject else "invalid_alone", language, subject=subject,
               detail=detail, found=found)


def describe_validation_error(error: ValidationError, data: Any, language: str = "en",
                              limit: int = 50, at: Sequence[str | int] = ()) -> list[str]:
    """One sentence per validation problem: where (in words), then what to fix.

    ``at`` is where in ``data`` the validated value is, when it is not ``data`` itself.
    """
    sentences: list[str] = []
    colon = say("colon", language)
    for details in error.errors()[:limit]:
        where, subject, field = split_location(data, (*at, *details["loc"]), language)
        for sentence in _sentence(details, subject, field, data, language).splitlines():
            sentences.append(f"{where}{colon} {sentence}" if where else sentence)
    if error.error_count() > limit:
        sentences.append(say("more_problems", language, count=error.error_count() - limit))
    return sentences
