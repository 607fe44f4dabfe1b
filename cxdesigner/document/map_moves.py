"""The document's moves of stages, touchpoints and blueprint items within a journey."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import SignalInstance

from cxdesigner.document.lookup import Places, find_blueprint_item
from cxdesigner.model import Journey


class MapMoves:
    """The part of :class:`~cxdesigner.document.JourneyDocument` that reorders the map.

    A move changes no entity and brings no id, so it is not checked again; each returns
    the old places its undo needs.
    """

    structure_changed: SignalInstance
    _places: Places
    journey: Callable[[str], Journey]  # the look-up of JourneyDocument

    def move_stage(self, journey_id: str, stage_id: str, index: int) -> int:
        """Move a stage to ``index``; returns its old index."""
        journey = self.journey(journey_id)
        old_index, stage = self._places.stage(journey, stage_id)
        journey.stages.pop(old_index)
        journey.stages.insert(index, stage)
        self.structure_changed.emit(journey_id)
        return old_index

    def move_touchpoints(self, journey_id: str, ids: Sequence[str], stage_id: str,
                         index: int) -> list[tuple[str, str, int]]:
        """Move touchpoints, in the given order, to ``index`` of a stage.

        ``index`` counts the target stage's touchpoints before the move. Returns each
        touchpoint's old (id, stage id, index) in map order, for :meth:`restore_places`.
        """
        journey = self.journey(journey_id)
        places = sorted((self._places.touchpoint(journey, tp_id) for tp_id in ids),
                        key=lambda place: (place.stage_index, place.index))
        old = [(p.touchpoint.id, p.stage.id, p.index) for p in places]
        target_index, target = self._places.stage(journey, stage_id)
        # Touchpoints taken out before the insertion point shift it to the left.
        shift = sum(1 for p in places if p.stage is target and p.index < index)
        for place in reversed(places):
            del place.stage.touchpoints[place.index]
        by_id = {p.touchpoint.id: p.touchpoint for p in places}
        at = max(0, min(index - shift, len(target.touchpoints)))
        target.touchpoints[at:at] = [by_id[tp_id] for tp_id in ids]
        for offset in range(len(ids)):
            self._places.remember(journey, target_index, at + offset)
        self.structure_changed.emit(journey_id)
        return old

    def restore_places(self, journey_id: str, places: Sequence[tuple[str, str, int]]) -> None:
        """Put touchpoints back where :meth:`move_touchpoints` found them."""
        journey = self.journey(journey_id)
        moved = {}
        for tp_id, _, _ in places:
            place = self._places.touchpoint(journey, tp_id)
            del place.stage.touchpoints[place.index]
            moved[tp_id] = place.touchpoint
        for tp_id, stage_id, index in places:  # map order: each index is already right
            stage_index, stage = self._places.stage(journey, stage_id)
            stage.touchpoints.insert(index, moved[tp_id])
            self._places.remember(journey, stage_index, index)
        self.structure_changed.emit(journey_id)

    def move_blueprint_item(self, journey_id: str, item_id: str, index: int) -> int:
        """Move a blueprint item to ``index`` of the journey's list (its place in its stage
        follows the list's order); returns its old index."""
        items = self.journey(journey_id).blueprint
        old_index, item = find_blueprint_item(self.journey(journey_id), item_id)
        items.pop(old_index)
        items.insert(index, item)
        self.structure_changed.emit(journey_id)
        return old_index
