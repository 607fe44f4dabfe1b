"""The texts that did not fit on the map, kept whole for the appendix."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Elided:
    """A text shortened (or left out) on the map, and where it belongs."""

    where: str
    text: str


@dataclass
class ElisionLog:
    """Collects shortened texts in drawing order, each once."""

    items: list[Elided] = field(default_factory=list)
    _seen: set[tuple[str, str]] = field(default_factory=set)

    def add(self, where: str, text: str) -> None:
        """Keep ``text`` (shown cut or not at all at ``where``)."""
        key = (where, text)
        if text.strip() and key not in self._seen:
            self._seen.add(key)
            self.items.append(Elided(where, text))

    def __len__(self) -> int:
        return len(self.items)
