"""A value beside the one it came from, with what was taken out and put in marked, in the
colours the comparison window gives worse and better."""

from __future__ import annotations

import difflib
import html
import re

from cxdesigner.layout import palette

_TOKENS = re.compile(r"\s+|\w+|[^\w\s]", re.UNICODE)


def marked(before: str, after: str) -> str:
    """``after`` as rich text, with the words it lost since ``before`` struck through and
    the words it gained underlined; ``after`` alone when nothing differs."""
    if before == after:
        return html.escape(after, quote=False)
    old, new = _TOKENS.findall(before), _TOKENS.findall(after)
    parts: list[str] = []
    matcher = difflib.SequenceMatcher(a=old, b=new, autojunk=False)
    for tag, a_start, a_end, b_start, b_end in matcher.get_opcodes():
        if tag in ("replace", "delete"):
            gone = html.escape("".join(old[a_start:a_end]), quote=False)
            if gone.strip():
                parts.append(f'<s style="color:{palette.EMOTION_NEGATIVE}">{gone}</s>')
        if tag in ("replace", "insert"):
            added = html.escape("".join(new[b_start:b_end]), quote=False)
            parts.append(f'<u style="color:{palette.EMOTION_POSITIVE}">{added}</u>')
        if tag == "equal":
            parts.append(html.escape("".join(new[b_start:b_end]), quote=False))
    return "".join(parts)
