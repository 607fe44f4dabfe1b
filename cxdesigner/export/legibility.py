"""How small a drawing prints: its smallest text, measured on the primitives drawn."""

from __future__ import annotations

import math
from collections.abc import Iterable

from cxdesigner.drawing.primitives import Group, Primitive, Symbol, Text


def smallest_text(parts: Iterable[Primitive]) -> float:
    """The size of the smallest text in ``parts`` (in their own units); inf when none."""
    smallest = math.inf
    seen: set[int] = set()  # a symbol's parts are shared by its every copy: measured once
    stack = [iter(parts)]
    while stack:
        for part in stack[-1]:
            if isinstance(part, Text):
                if part.size < smallest and any(line.strip() for line in part.lines):
                    smallest = part.size
            elif isinstance(part, Group | Symbol) and id(part.parts) not in seen:
                seen.add(id(part.parts))
                stack.append(iter(part.parts))
                break
        else:
            stack.pop()
    return smallest


def scale_for(min_text: float, smallest: float) -> float:
    """The scale that prints text of size ``smallest`` at ``min_text`` (0 when no text)."""
    return 0.0 if math.isinf(smallest) else min_text / smallest


def printed(size: float) -> str:
    """A printed size for a message: ``6.4 pt``."""
    return "no text" if math.isinf(size) else f"{math.floor(size * 10 + 1e-6) / 10:.1f} pt"
