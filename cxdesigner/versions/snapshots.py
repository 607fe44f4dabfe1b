"""Named snapshots kept inside the project file, each entity stored once across them all.

A snapshot is the project as it was (without its own snapshots), cut into pieces: one per
entity, holding the entity's fields and the keys of the pieces of its lists. A piece is
known by the hash of its content, so a touchpoint that did not change between two
snapshots, or a stage whose touchpoints did not change, is one piece whichever snapshot
holds it: ten snapshots of a map cost one copy of the map plus what changed between them.
"""

from __future__ import annotations

import copy
import datetime as dt
import hashlib
import json
from typing import Any

from pydantic import BaseModel

from cxdesigner.io.migrations import migrate
from cxdesigner.model import FORMAT_VERSION, History, Project, Snapshot, SnapshotPiece, new_id
from cxdesigner.versions.tree import entity_lists


class SnapshotError(ValueError):
    """A snapshot that cannot be read back (a damaged file, or a format too new)."""


def canonical_json(value: Any) -> str:
    """``value`` as JSON written one way only: what a piece's key is computed from."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False,
                      allow_nan=False)


def piece_key(piece: dict[str, Any]) -> str:
    """The key of a piece: the first 24 hex digits (96 bits) of the SHA-256 of its JSON."""
    return hashlib.sha256(canonical_json(piece).encode("utf-8")).hexdigest()[:24]


def state_data(project: Project) -> dict[str, Any]:
    """What a snapshot of ``project`` keeps: all of it but its snapshots, as JSON data."""
    data = project.model_dump(mode="json")
    del data["history"]
    return data


def cut_into_pieces(data: dict[str, Any], pieces: dict[str, dict[str, Any]]) -> str:
    """Add the pieces of the project ``data`` to ``pieces``; returns the key of its own."""
    return _cut(Project, data, pieces)


def _cut(model: type[BaseModel], data: dict[str, Any],
         pieces: dict[str, dict[str, Any]]) -> str:
    lists = entity_lists(model)
    fields: dict[str, Any] = {}
    keys: dict[str, list[str]] = {}
    for name, value in data.items():
        if name in lists and value:
            keys[name] = [_cut(lists[name], item, pieces) for item in value]
        else:
            fields[name] = value
    piece = {"fields": fields, "lists": keys}
    key = piece_key(piece)
    pieces.setdefault(key, piece)
    return key


def assemble(history: History, key: str) -> dict[str, Any]:
    """The JSON data the piece ``key`` and the pieces below it make up (a fresh copy)."""
    piece = history.pieces.get(key)
    if piece is None:
        raise SnapshotError(f"the piece {key} of a snapshot is missing")
    data = copy.deepcopy(piece.fields)
    for name, keys in piece.lists.items():
        data[name] = [assemble(history, child) for child in keys]
    return data


def with_snapshot(project: Project, name: str, author: str = "",
                  taken: dt.datetime | None = None,
                  snapshot_id: str | None = None) -> tuple[History, Snapshot]:
    """The project's history with a new snapshot of its present state, and that snapshot
    (taken now unless ``taken`` says when). Only the pieces that are new are added."""
    known = project.history.pieces
    pieces: dict[str, dict[str, Any]] = {}
    state = cut_into_pieces(state_data(project), pieces)
    added = {key: SnapshotPiece.model_validate(piece) for key, piece in pieces.items()
             if key not in known}
    snapshot = Snapshot(id=snapshot_id or new_id(), name=name, author=author, state=state,
                        taken=taken or dt.datetime.now().astimezone().replace(microsecond=0))
    if any(other.id == snapshot.id for other in project.history.snapshots):
        raise ValueError(f"the snapshot id {snapshot.id} is used more than once")
    # Built without validating again the pieces that were already there.
    history = History.model_construct(snapshots=[*project.history.snapshots, snapshot],
                                      pieces={**known, **added})
    return history, snapshot


def without_snapshots(history: History, snapshot_ids: set[str]) -> History:
    """``history`` without these snapshots and without the pieces only they used."""
    kept = [snapshot for snapshot in history.snapshots if snapshot.id not in snapshot_ids]
    return collect_garbage(History.model_construct(snapshots=kept, pieces=history.pieces))


def collect_garbage(history: History) -> History:
    """``history`` keeping only the pieces its snapshots use."""
    used = history.reachable(*(snapshot.state for snapshot in history.snapshots))
    return History.model_validate({
        "snapshots": [snapshot.model_dump(mode="json") for snapshot in history.snapshots],
        "pieces": {key: piece.model_dump(mode="json")
                   for key, piece in history.pieces.items() if key in used}})


def snapshot_project(history: History, snapshot_id: str) -> Project:
    """The project as the snapshot keeps it (without snapshots), brought to the current
    format when it was taken by an older version.

    Raises:
        KeyError: no such snapshot.
        SnapshotError: the snapshot cannot be read back.
    """
    snapshot = history.snapshot(snapshot_id)
    data = assemble(history, snapshot.state)
    version = data.get("format_version")
    if not isinstance(version, int) or version > FORMAT_VERSION:
        raise SnapshotError(f"snapshot '{snapshot.name}' has an unknown format ({version})")
    try:
        return Project.model_validate(migrate(data))
    except ValueError as error:  # pydantic's ValidationError is a ValueError
        raise SnapshotError(f"snapshot '{snapshot.name}' cannot be read back: {error}") \
            from error


def restored(project: Project, snapshot_id: str) -> Project:
    """``project`` as the snapshot had it, keeping every snapshot it has now."""
    state = snapshot_project(project.history, snapshot_id)
    return state.model_copy(update={"history": project.history})


def common_snapshot(first: History, second: History) -> Snapshot | None:
    """The latest snapshot both histories hold (same id and state): a merge's base."""
    theirs = {(snapshot.id, snapshot.state) for snapshot in second.snapshots}
    shared = [s for s in first.snapshots if (s.id, s.state) in theirs]
    return max(shared, key=lambda s: (s.taken.timestamp(), s.id)) if shared else None


def merged_history(base: History, first: History, second: History) -> History:
    """The snapshots both sides kept or added (a snapshot one side deleted goes), in the
    order they were taken, with the pieces they use; one side's own when only it changed."""
    if second == base:
        return first
    if first in (base, second):
        return second
    in_base = {snapshot.id for snapshot in base.snapshots}
    ids_first = {snapshot.id for snapshot in first.snapshots}
    ids_second = {snapshot.id for snapshot in second.snapshots}
    chosen: dict[str, Snapshot] = {}
    for snapshot in [*second.snapshots, *first.snapshots]:  # the first side's copy wins
        in_both = snapshot.id in ids_first and snapshot.id in ids_second
        if in_both or snapshot.id not in in_base:
            chosen[snapshot.id] = snapshot
    pieces = {**second.pieces, **first.pieces}
    ordered = sorted(chosen.values(), key=lambda s: (s.taken.timestamp(), s.id))
    return collect_garbage(History.model_construct(snapshots=ordered, pieces=pieces))


def history_size(history: History) -> int:
    """How many bytes the snapshots take in the file, roughly (compact JSON)."""
    return len(history.model_dump_json().encode("utf-8"))
