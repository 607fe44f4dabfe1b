"""Orders of lists: which entities kept their place, and merging two reorderings of a list.

Ids are unique, so the longest run of entities that kept their relative order (the
longest common subsequence of two orders) is the longest increasing subsequence of their
old positions, found in n log n.
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from collections.abc import Sequence

START = ""
"""The anchor of what comes first in a list."""


def stable_ids(old: Sequence[str], new: Sequence[str]) -> set[str]:
    """The ids of ``new`` that kept their order relative to each other since ``old``: the
    others were moved (ids missing from ``old`` are not counted as kept)."""
    position = {entity_id: index for index, entity_id in enumerate(old)}
    common = [entity_id for entity_id in new if entity_id in position]
    tails: list[int] = []  # tails[k]: the smallest last position of a run of length k+1
    tail_index: list[int] = []
    previous: list[int] = [-1] * len(common)
    for index, entity_id in enumerate(common):
        value = position[entity_id]
        at = bisect.bisect_left(tails, value)
        if at == len(tails):
            tails.append(value)
            tail_index.append(index)
        else:
            tails[at] = value
            tail_index[at] = index
        previous[index] = tail_index[at - 1] if at else -1
    kept: set[str] = set()
    index = tail_index[-1] if tail_index else -1
    while index >= 0:
        kept.add(common[index])
        index = previous[index]
    return kept


def merge_order(base: Sequence[str], first: Sequence[str], second: Sequence[str],
                members: set[str]) -> list[str]:
    """The order of a list that two sides reordered from ``base``, holding ``members``.

    An entity neither side moved keeps its place among the others (the stable ones, in
    the base order); one side moved or added is placed after the entity it follows on that
    side (the nearest one that is stable or placed by the same side); so that two sides
    adding cards at different places both keep their places. Where both sides moved the
    same entity, or added after the same one, ``first`` decides: the only difference
    between ``merge_order(b, x, y)`` and ``merge_order(b, y, x)``.
    """
    sides = (list(first), list(second))
    moved: list[set[str]] = []
    for side in sides:
        steady = stable_ids(base, side)
        moved.append({entity_id for entity_id in side
                      if entity_id in members and entity_id not in steady})
    stable = [entity_id for entity_id in base
              if entity_id in members and entity_id not in moved[0] and entity_id not in moved[1]]
    stable_set = set(stable)
    placer: dict[str, int] = {}
    for entity_id in members - stable_set:
        placer[entity_id] = 0 if entity_id in moved[0] else 1 if entity_id in moved[1] else -1
    position = [{entity_id: index for index, entity_id in enumerate(side)} for side in sides]

    anchor: dict[str, str] = {}
    previous = START
    for entity_id in stable:
        anchor[entity_id] = previous
        previous = entity_id
    for entity_id, placed_by in placer.items():
        if placed_by < 0:  # cannot happen with consistent input: keep it, at the end
            anchor[entity_id] = previous
            continue
        order = sides[placed_by]
        anchor[entity_id] = START
        for index in range(position[placed_by][entity_id] - 1, -1, -1):
            before = order[index]
            if before in members and (before in stable_set or placer.get(before) == placed_by):
                anchor[entity_id] = before
                break

    children: dict[str, list[str]] = defaultdict(list)
    for entity_id in members:
        children[anchor[entity_id]].append(entity_id)

    def rank(entity_id: str) -> tuple[int, int, int]:
        if entity_id in stable_set:
            return (1, 0, 0)
        side = placer[entity_id]
        return (0, side if side >= 0 else 2, position[side].get(entity_id, 0) if side >= 0
                else 0)

    result: list[str] = []
    pending = [START]
    while pending:
        current = pending.pop()
        if current != START:
            result.append(current)
        pending.extend(sorted(children.get(current, ()), key=rank, reverse=True))
    return result


def reorder_like(current: Sequence[str], wanted: Sequence[str]) -> list[str]:
    """``current`` with the ids that ``wanted`` lists put in ``wanted``'s order; the others
    keep their places."""
    known = set(wanted)
    slots = iter([entity_id for entity_id in wanted if entity_id in set(current)])
    return [next(slots) if entity_id in known else entity_id for entity_id in current]
