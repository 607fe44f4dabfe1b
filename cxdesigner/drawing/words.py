"""What the map's drawing asks of the words it prints: one interface, any language."""

from __future__ import annotations

from enum import StrEnum
from typing import Protocol


class Words(Protocol):
    """The fixed words of one language (``words["legend"]``, ``words.of(Lane.EMOTION)``)."""

    def __getitem__(self, key: str) -> str: ...

    def format(self, key: str, **values: object) -> str:
        """The word ``key`` with ``{name}`` fields filled in."""
        ...

    def of(self, value: StrEnum) -> str:
        """The label of an enum value of the model."""
        ...

    def quote(self, text: str) -> str:
        """``text`` between the language's quotation marks."""
        ...

    def signed(self, value: float) -> str:
        """An emotion value with its sign (``+2``, ``0``, ``-1``)."""
        ...
