"""What the wall says has changed, as a list the consultant accepts item by item, and the
project with the accepted items applied.

The items: a card moved to another stage; the order of a stage's cards changed; a new card
(a blank card written on); a card's emotion changed; and, for information, the cards of
the stages on the wall that were not found on it. Nothing is ever removed: a card not
found stays where it was.

Accepted items are applied together: cards moved out leave their stage; a stage whose new
order is accepted takes the wall's order for the cards it keeps (a card the wall did not
show keeps its place); each card coming in (moved or new) goes right after the card the
wall shows before it, or before the one after it.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass
from enum import StrEnum
from itertools import pairwise

from cxdesigner.analysis.wall.placement import Arrangement, PlacedCard
from cxdesigner.model import Journey, Project, Stage, Touchpoint


class ChangeKind(StrEnum):
    MOVED = "moved"
    REORDERED = "reordered"
    NEW = "new"
    EMOTION = "emotion"
    NOT_FOUND = "not_found"


@dataclass(frozen=True)
class WallChange:
    """One item of the list.

    Attributes:
        key: stable and unique in the list: what acceptance is given by.
        kind: what changes.
        stage_id: the stage the card goes to (moved, new), whose order changes
            (reordered), or where a card not found is.
        touchpoint_id: the card concerned (moved, emotion, not found).
        from_stage_id: where a moved card was.
        before, after: a reordered stage's cards (ids) in their old and new order.
        old_emotion, emotion: an emotion change, or a new card's level.
        label: the code printed on the card.
        image: a new card's handwriting, straightened out of the photo (PNG).
        doubt: why the item should be looked at before it is accepted ("" when none).
    """

    key: str
    kind: ChangeKind
    stage_id: str | None = None
    touchpoint_id: str | None = None
    from_stage_id: str | None = None
    before: tuple[str, ...] = ()
    after: tuple[str, ...] = ()
    old_emotion: int | None = None
    emotion: int | None = None
    label: str = ""
    image: bytes | None = None
    doubt: str = ""

    @property
    def actionable(self) -> bool:
        """False for information only (a card not found)."""
        return self.kind is not ChangeKind.NOT_FOUND


BLANK_KEY = "new:"


def _blank_key(card: PlacedCard) -> str:
    return f"{BLANK_KEY}{card.blank:03d}"


def _doubtful_stages(journey: Journey, arrangement: Arrangement) -> set[str]:
    """Stages read on the wall right before a stage whose banner was not read, itself
    before another stage read: the missing stage's cards would be read as theirs. (Stages
    missing at either end are those the kit left out.)"""
    seen = [index for index, stage in enumerate(journey.stages)
            if stage.id in arrangement.columns]
    doubtful = set()
    for before, after in pairwise(seen):
        if after - before > 1:
            doubtful.add(journey.stages[before].id)
    return doubtful


def wall_changes(journey: Journey, arrangement: Arrangement) -> list[WallChange]:
    """The items of the list, in the order of the map: stage by stage, then cards not found."""
    stage_of = {tp.id: stage.id for stage, tp in journey.touchpoints()}
    touchpoint = journey.touchpoint_index()
    doubtful = _doubtful_stages(journey, arrangement)
    changes: list[WallChange] = []
    read: set[str] = set()
    for stage in journey.stages:
        cards = arrangement.columns.get(stage.id)
        if cards is None:
            continue
        doubt = "banner_missing_after" if stage.id in doubtful else ""
        staying = [c.touchpoint_id for c in cards
                   if c.touchpoint_id is not None and stage_of[c.touchpoint_id] == stage.id]
        kept_order = [tp.id for tp in stage.touchpoints if tp.id in set(staying)]
        if staying != kept_order:
            changes.append(WallChange(f"order:{stage.id}", ChangeKind.REORDERED, stage.id,
                                      before=tuple(kept_order), after=tuple(staying)))
        for card in cards:
            if card.touchpoint_id is None:
                changes.append(WallChange(_blank_key(card), ChangeKind.NEW, stage.id,
                                          emotion=card.emotion, label=card.label,
                                          image=card.image, doubt=doubt))
                continue
            tp_id = card.touchpoint_id
            read.add(tp_id)
            if stage_of[tp_id] != stage.id:
                changes.append(WallChange(f"move:{tp_id}", ChangeKind.MOVED, stage.id, tp_id,
                                          stage_of[tp_id], label=card.label, doubt=doubt))
            if card.emotion is not None and card.emotion != touchpoint[tp_id].emotion:
                changes.append(WallChange(f"emotion:{tp_id}", ChangeKind.EMOTION, stage.id,
                                          tp_id, old_emotion=touchpoint[tp_id].emotion,
                                          emotion=card.emotion, label=card.label))
    for note in arrangement.notes:
        if note.item_id is not None:
            read.add(note.item_id)  # found, off the stages: reported as such
    for stage in journey.stages:
        if stage.id not in arrangement.columns:
            continue
        for tp in stage.touchpoints:
            if tp.id not in read:
                changes.append(WallChange(f"missing:{tp.id}", ChangeKind.NOT_FOUND, stage.id,
                                          tp.id))
    return changes


@dataclass(frozen=True)
class NewCard:
    """What a new card becomes: its title and the note that says where its image is."""

    title: str
    notes: str = ""


def apply_changes(project: Project, arrangement: Arrangement, changes: Collection[WallChange],
                  accepted: Collection[str], new_cards: Mapping[str, NewCard]) -> Project:
    """``project`` with the ``accepted`` items (by key) of ``changes`` applied.

    ``new_cards`` gives, by key, the title (and notes) of each accepted new card.
    """
    journey = project.journey(arrangement.journey_id)
    taken = [c for c in changes if c.key in accepted and c.actionable]
    index = journey.touchpoint_index()
    orders = {stage.id: [tp.id for tp in stage.touchpoints] for stage in journey.stages}
    created: dict[str, Touchpoint] = {}
    emotions = {c.touchpoint_id: c.emotion for c in taken if c.kind is ChangeKind.EMOTION}
    for change in taken:
        if change.kind is ChangeKind.MOVED:
            assert change.from_stage_id is not None and change.touchpoint_id is not None
            orders[change.from_stage_id].remove(change.touchpoint_id)
        elif change.kind is ChangeKind.NEW:
            card = new_cards[change.key]
            created[change.key] = Touchpoint(title=card.title, notes=card.notes,
                                             emotion=change.emotion)
    for change in taken:
        if change.kind is ChangeKind.REORDERED:
            assert change.stage_id is not None
            order = orders[change.stage_id]
            slots = [i for i, tp_id in enumerate(order) if tp_id in set(change.after)]
            for slot, tp_id in zip(slots, [t for t in change.after if t in order], strict=True):
                order[slot] = tp_id
    incoming = {c.touchpoint_id for c in taken if c.kind is ChangeKind.MOVED} | set(created)
    for stage_id, cards in arrangement.columns.items():
        wall = [_blank_key(c) if c.touchpoint_id is None else c.touchpoint_id for c in cards]
        order = orders[stage_id]
        for position, key in enumerate(wall):
            if key not in incoming or key in order:
                continue
            before = next((k for k in reversed(wall[:position]) if k in order), None)
            after = next((k for k in wall[position + 1:] if k in order), None)
            if before is not None:
                order.insert(order.index(before) + 1, key)
            elif after is not None:
                order.insert(order.index(after), key)
            else:
                order.append(key)

    def touchpoint_for(key: str) -> Touchpoint:
        if key in created:
            return created[key]
        tp = index[key]
        return tp.model_copy(update={"emotion": emotions[key]}) if key in emotions else tp

    stages: list[Stage] = [
        stage.model_copy(update={"touchpoints": [touchpoint_for(k) for k in orders[stage.id]]})
        for stage in journey.stages]
    changed = journey.model_copy(update={"stages": stages})
    journeys = [changed if j.id == journey.id else j for j in project.journeys]
    return project.model_copy(update={"journeys": journeys})
