"""How small a drawing prints: its smallest text, measured on the primitives drawn."""

from __future__ import annotations

import math
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from cxdesigner.drawing.primitives import Group, Primitive, Symbol, Text


def smallest_text(parts: Iterable[Primitive]) -> float:
    """The size of the smallest text in ``parts`` (in their own units); inf when none."""
    smallest = math.inf
    seen: set[int] = set()  # a symbol's parts are shared by its every copy: measured once
    stack = [iter(parts)]
    while stack:
        for part in stack[-1]:
            # By exact type (a primitive is never subclassed), quicker than ``isinstance`` of
            # a union: a printed map holds a hundred thousand primitives.
            if type(part) is Text:
                if part.size < smallest and any(line.strip() for line in part.lines):
                    smallest = part.size
            elif (type(part) is Group or type(part) is Symbol) and id(part.parts) not in seen:
                seen.add(id(part.parts))
                stack.append(iter(part.parts))
                break
        else:
            stack.pop()
    return smallest


@dataclass
class TextMeasure:
    """The smallest text drawn while it was measuring, in printed points (inf: none)."""

    smallest: float = math.inf


@dataclass
class PrintedText:
    """Follows the sizes of the texts a canvas prints, for the parts of a page that ask.

    A form (drawn once, placed on many pages) keeps the smallest text it holds, so that every
    page it is placed on counts it.
    """

    _measures: list[TextMeasure] = field(default_factory=list)
    _forms: dict[str, float] = field(default_factory=dict)
    counts_below: float = field(default=-math.inf, init=False)
    """Only a text smaller than this changes a measure: a page prints thousands of texts,
    and the larger ones need no look at all."""

    def noted(self, size: float) -> None:
        """A text of ``size`` printed points was drawn."""
        if size >= self.counts_below:
            return
        for measure in self._measures:
            if size < measure.smallest:
                measure.smallest = size
        self._measured()

    def _measured(self) -> None:
        """Sets :attr:`counts_below` for the measures open now."""
        self.counts_below = max((measure.smallest for measure in self._measures),
                                default=-math.inf)

    @contextmanager
    def measuring(self, measure: TextMeasure | None = None) -> Iterator[TextMeasure]:
        """Measures what is drawn within (adding to ``measure`` when given)."""
        measure = measure or TextMeasure()
        self._measures.append(measure)
        self._measured()
        try:
            yield measure
        finally:
            # The block's own measure, by identity: two measures holding the same size are
            # equal, and ``remove`` would take the first of them off.
            taken = self._measures.pop()
            assert taken is measure, "measuring blocks end in the order they began"
            self._measured()

    def form_drawn(self, name: str, smallest: float) -> None:
        """Form ``name`` holds text as small as ``smallest``."""
        self._forms[name] = smallest

    def form_placed(self, name: str) -> None:
        """Form ``name`` was placed: its text counts where it lands (looked at only when it
        could change a measure: a map places forms tens of thousands of times)."""
        size = self._forms.get(name, math.inf)
        if size < self.counts_below:
            self.noted(size)


def scale_for(min_text: float, smallest: float) -> float:
    """The scale that prints text of size ``smallest`` at ``min_text`` (0 when no text)."""
    return 0.0 if math.isinf(smallest) else min_text / smallest


def printed(size: float) -> str:
    """A printed size for a message: ``6.4 pt``."""
    return "no text" if math.isinf(size) else f"{math.floor(size * 10 + 1e-6) / 10:.1f} pt"
