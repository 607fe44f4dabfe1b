"""The sticky notes' part of the layout tracker: their rows, and their boxes edit after edit."""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping

from cxdesigner.layout.changes import same_notes
from cxdesigner.layout.geometry import Rect
from cxdesigner.layout.map_layout import LaneBox, NoteBox, StageBox, note_boxes
from cxdesigner.layout.metrics import LayoutMetrics
from cxdesigner.layout.placed import StageSlots
from cxdesigner.model import Journey, StickyNote


class NoteTracker:
    """Where a tracked journey's notes go (notes without a stage go to the first one).

    Notes are placed again when they, the rows of the map or the size of a stage holding
    some change; a stage that only moved along the map moves its notes with it (their places
    in it stay: :meth:`update` does not count that as a change).

    Attributes:
        boxes: the notes' boxes, in the journey's order.
    """

    def __init__(self, metrics: LayoutMetrics) -> None:
        self.metrics = metrics
        self.boxes: tuple[NoteBox, ...] = ()
        self._stage_of: tuple[str, ...] = ()
        """The stage of each box."""
        self._notes: list[StickyNote] = []
        self._first_stage: str | None = None
        self._per_stage: dict[str, int] = {}
        """How many notes each stage holds."""
        self._again = True

    def rows(self, journey: Journey, slots: Mapping[str, StageSlots]) -> int:
        """How many rows of notes the fullest stage needs (see ``note_rows_needed``)."""
        first = journey.stages[0].id if journey.stages else None
        if not same_notes(journey.notes, self._notes) or first != self._first_stage:
            self._notes = list(journey.notes)
            self._first_stage = first
            self._per_stage = {}
            for note in self._notes:
                stage_id = note.stage_id or first
                if stage_id is not None:
                    self._per_stage[stage_id] = self._per_stage.get(stage_id, 0) + 1
            self._again = True
        return max((math.ceil(count / slots[stage_id].count)
                    for stage_id, count in self._per_stage.items() if stage_id in slots),
                   default=0)

    def update(self, journey: Journey, stages: Iterable[tuple[StageBox | None, StageBox]],
               boxes: list[StageBox], lanes: tuple[LaneBox, ...], again: bool,
               removed_stages: set[str]) -> bool:
        """Bring the boxes in line; whether they changed other than along with their stages.

        ``stages``: the stages with a new box (the old one, the new one); ``boxes``: every
        stage's box; ``again``: place every note again (the rows of the map changed).
        """
        moves: dict[str, float] = {}
        for old, new in stages:
            if new.stage_id not in self._per_stage:
                continue
            if old is None or old.slot_count != new.slot_count:
                again = True
                break
            moves[new.stage_id] = new.column.x - old.column.x
        if again or self._again or removed_stages & self._per_stage.keys():
            self._again = False
            by_id = {box.stage_id: box for box in reversed(boxes)}
            placed = note_boxes(journey, by_id, self.metrics, lanes)
            first = self._first_stage or ""
            self._stage_of = tuple(note.stage_id or first for note in journey.notes
                                   if (note.stage_id or first) in by_id) if placed else ()
            changed = placed != self.boxes
            self.boxes = placed
            return changed
        if moves:
            self.boxes = tuple(
                NoteBox(box.note_id, Rect(box.rect.x + dx, box.rect.y, box.rect.width,
                                          box.rect.height)) if (dx := moves.get(stage_id))
                else box for box, stage_id in zip(self.boxes, self._stage_of, strict=True))
        return False
