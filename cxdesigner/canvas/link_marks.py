"""What a map's steps show of the journeys that detail them, worked out when first drawn.

The marks are made on demand (a map without linked steps never makes one) and forgotten
when a journey they sum up changes: :meth:`LinkMarks.concerns` says which journeys those
are, so that an edit elsewhere costs nothing.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from cxdesigner.document import JourneyDocument
from cxdesigner.drawing.links import LinkMark, link_mark


class LinkMarks(Mapping[str, LinkMark]):
    """The marks of the journeys a map's steps open onto, by journey id, made when asked."""

    def __init__(self, document: JourneyDocument) -> None:
        self._document = document
        self.persona_id: str | None = None
        self._marks: dict[str, LinkMark | None] = {}
        self._concerned: set[str] = set()

    def __getitem__(self, journey_id: str) -> LinkMark:
        if journey_id not in self._marks:
            mark = link_mark(self._document.project, journey_id, self.persona_id)
            self._marks[journey_id] = mark
            if mark is not None:
                from cxdesigner.analysis.linked_journeys import below

                self._concerned |= below(self._document.project, journey_id)
        mark = self._marks[journey_id]
        if mark is None:
            raise KeyError(journey_id)
        return mark

    def __contains__(self, journey_id: object) -> bool:
        if not isinstance(journey_id, str):
            return False
        try:
            self[journey_id]
        except KeyError:
            return False
        return True

    def __iter__(self) -> Iterator[str]:
        return iter([key for key, mark in self._marks.items() if mark is not None])

    def __len__(self) -> int:
        return sum(1 for mark in self._marks.values() if mark is not None)

    @property
    def shown(self) -> bool:
        """Whether any mark was made since they were last forgotten."""
        return bool(self._marks)

    def concerns(self, journey_id: str) -> bool:
        """Whether a change of journey ``journey_id`` may change a mark already made."""
        return journey_id in self._concerned

    def forget(self) -> None:
        """Make every mark again when next asked (names, figures or persona changed)."""
        self._marks.clear()
        self._concerned.clear()
