"""Versions of a project kept inside it: named snapshots, and the conflicts a merge left."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Annotated, Any, Self

from pydantic import Field, StringConstraints, model_validator

from cxdesigner.model.base import CxModel, Entity, Id, Items, Name

PieceKey = Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{24}$")]
"""A piece of a snapshot is known by the start of the SHA-256 of its content."""


class SnapshotPiece(CxModel):
    """One entity of a snapshot: its own fields, and its lists of entities as piece keys.

    An entity that did not change between two snapshots is the same piece, stored once.
    """

    fields: dict[str, Any]
    lists: dict[str, list[PieceKey]] = Field(default_factory=dict)


class Snapshot(Entity):
    """A named state of the project ("Post-workshop baseline"), taken by someone at a time."""

    name: Name
    taken: dt.datetime
    author: Name = ""
    state: PieceKey
    """The piece of the project itself; the pieces it lists hold the rest."""


class History(CxModel):
    """The snapshots of a project and the pieces they are made of, shared between them."""

    snapshots: Items[Snapshot] = Field(default_factory=list)
    pieces: dict[PieceKey, SnapshotPiece] = Field(default_factory=dict)

    @model_validator(mode="after")
    def _check_pieces(self) -> Self:
        seen: set[str] = set()
        for snapshot in self.snapshots:
            if snapshot.id in seen:
                raise ValueError(f"the snapshot id {snapshot.id} is used more than once")
            seen.add(snapshot.id)
        # One walk for all: snapshots share most of their pieces.
        if any(key not in self.pieces for key in self.reachable(
                *(snapshot.state for snapshot in self.snapshots))):
            for snapshot in self.snapshots:
                missing = self.missing_pieces(snapshot.state)
                if missing:
                    raise ValueError(f"snapshot '{snapshot.name}' lacks {len(missing)} of its "
                                     f"pieces (first: {missing[0]})")
        return self

    def reachable(self, *keys: str) -> set[str]:
        """The keys of the pieces ``keys`` and of every piece they hold, found or not."""
        found: set[str] = set()
        pending = list(keys)
        while pending:
            current = pending.pop()
            if current in found:
                continue
            found.add(current)
            piece = self.pieces.get(current)
            if piece is not None:
                for keys_inside in piece.lists.values():
                    pending.extend(keys_inside)
        return found

    def missing_pieces(self, key: str) -> list[str]:
        """The pieces a snapshot whose state is ``key`` needs and that are not here."""
        return sorted(k for k in self.reachable(key) if k not in self.pieces)

    def snapshot(self, snapshot_id: str) -> Snapshot:
        """The snapshot with this id (KeyError if none)."""
        for snapshot in self.snapshots:
            if snapshot.id == snapshot_id:
                return snapshot
        raise KeyError(snapshot_id)


class ConflictKind(StrEnum):
    """What the two sides of a merge did differently to one thing."""

    CHANGED = "changed"  # the same field changed to different values
    REMOVED = "removed"  # one side removed what the other changed, added to or still uses
    MOVED = "moved"  # both moved it, into different places
    ORDER = "order"  # both reordered a list, or added at the same place, differently


class Side(StrEnum):
    """One of the two versions a merge brings together."""

    OURS = "ours"
    THEIRS = "theirs"

    @property
    def other(self) -> Side:
        return Side.THEIRS if self is Side.OURS else Side.OURS


class ListOrder(CxModel):
    """The order of one list of entities: whose list it is, which list, and its ids."""

    parent_id: Id | None = None
    """The entity holding the list; None for a list of the project itself."""
    key: Name
    ids: Items[Id] = Field(default_factory=list)


class MergeConflict(Entity):
    """Something a merge could not decide alone: what it kept, and what the other side had.

    Values are as they are written in the file (ids, not names). ``chosen`` is the side the
    project holds now; ``other_orders`` are the orders the lists take when the other side
    is chosen (for a move or an order).
    """

    kind: ConflictKind
    entity_id: Id | None = None
    """The entity concerned; None for the project itself."""
    entity_list: Name = ""
    """The list the entity is in (``touchpoints``, ``personas``…), which says what it is."""
    field: Name = ""
    """The field that changed, or for an order the list that was reordered."""
    base: Any = None
    ours: Any = None
    theirs: Any = None
    chosen: Side = Side.OURS
    other_orders: Items[ListOrder] = Field(default_factory=list)
