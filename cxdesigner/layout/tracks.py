"""The flows routed over or under the cards: their column spans and their tracks."""

from __future__ import annotations

from bisect import bisect_left, bisect_right, insort
from collections.abc import Mapping

from cxdesigner.layout.flows import first_fit

_LONG_SPAN = 48
"""Spans over more columns than this are few; overlap queries check them one by one."""


class FlowTracks:
    """The flows routed over (or under) the cards: their column spans and their tracks.

    Tracks are those :func:`~cxdesigner.layout.flows.assign_tracks` gives the whole group.
    A span's track depends only on the spans it overlaps (directly or through others), so
    after an edit only the overlapping groups around the changed spans are assigned again.
    Spans that only move along the map with their two ends keep their tracks (see
    :meth:`shift`).
    """

    def __init__(self, max_tracks: int) -> None:
        self.max_tracks = max_tracks
        self.spans: dict[str, tuple[int, int]] = {}
        self.tracks: dict[str, int] = {}
        self._per_track = [0] * max_tracks
        self._starts: list[tuple[int, str]] = []
        """(low, flow id) of the short spans, sorted: for overlap queries."""
        self._long: set[str] = set()
        self._dirty: list[tuple[int, int]] = []
        self._spread = (0, 0)
        """How far columns moved in the edit being settled (least, most): see :meth:`shift`."""
        self._overflow = False

    @property
    def count(self) -> int:
        """How many tracks the group needs."""
        for track in range(self.max_tracks - 1, -1, -1):
            if self._per_track[track]:
                return track + 1
        return 0

    def place(self, flow_id: str, span: tuple[int, int] | None) -> None:
        """Give a flow a new span (None: it is no longer in the group)."""
        old = self.spans.get(flow_id)
        if old == span:
            return
        if old is not None:
            # The old span is in the columns before the edit: widened by how far columns
            # moved, it still covers the spans it overlapped, wherever they are now.
            self._dirty.append((old[0] + self._spread[0], old[1] + self._spread[1]))
            del self.spans[flow_id]
            if old[1] - old[0] > _LONG_SPAN:
                self._long.discard(flow_id)
            else:
                del self._starts[bisect_left(self._starts, (old[0], flow_id))]
        if span is not None:
            self._dirty.append(span)
            self.spans[flow_id] = span
            if span[1] - span[0] > _LONG_SPAN:
                self._long.add(flow_id)
            else:
                insort(self._starts, (span[0], flow_id))

    def shift(self, moves: Mapping[str, int], spread: tuple[int, int]) -> None:
        """Move spans along the map, by flow id and whole columns, keeping their tracks.

        For an edit that keeps the order of the columns of the touchpoints it does not
        move: ``moves`` holds every span whose two ends moved by the same number of columns
        (no overlap with another such span starts or ends, and lengths stay), and
        ``spread`` the least and the most any column moved. Call it before placing the
        spans that changed otherwise.
        """
        self._spread = (min(spread[0], 0), max(spread[1], 0))
        if not moves:
            return
        spans = self.spans
        for flow_id, delta in moves.items():
            low, high = spans[flow_id]
            spans[flow_id] = (low + delta, high + delta)
        self._starts = sorted((spans[flow_id][0], flow_id) for _, flow_id in self._starts)

    def settle(self, position: dict[str, int], whole: bool = False) -> set[str]:
        """Assign tracks again where spans changed; returns the flows whose track changed.

        ``position`` gives each flow's index in the journey's list (ties go in list order);
        ``whole``: assign every span again rather than only the groups that changed.
        """
        self._spread = (0, 0)
        if not self._dirty:
            return set()
        if whole or self._overflow or len(self.spans) <= 16:
            chosen = list(self.spans)
        else:
            chosen = self._overlapping(self._dirty)
        self._dirty = []
        chosen.sort(key=position.__getitem__)
        spans = [self.spans[flow_id] for flow_id in chosen]
        tracks, overflow = first_fit(spans, self.max_tracks)
        if overflow and len(chosen) != len(self.spans):
            # Beyond the last track the rule depends on every span's place in the group.
            chosen = sorted(self.spans, key=position.__getitem__)
            tracks, overflow = first_fit([self.spans[i] for i in chosen], self.max_tracks)
        self._overflow = overflow
        changed = {flow_id for flow_id, track in zip(chosen, tracks, strict=True)
                   if self.tracks.get(flow_id) != track}
        for flow_id in [flow_id for flow_id in self.tracks if flow_id not in self.spans]:
            self._per_track[self.tracks.pop(flow_id)] -= 1
        for flow_id, track in zip(chosen, tracks, strict=True):
            old = self.tracks.get(flow_id)
            if old != track:
                if old is not None:
                    self._per_track[old] -= 1
                self._per_track[track] += 1
                self.tracks[flow_id] = track
        return changed

    def _overlapping(self, seeds: list[tuple[int, int]]) -> list[str]:
        """Every span linked by overlaps to one of the ``seeds`` intervals."""
        found: set[str] = set()
        pending = list(seeds)
        while pending:
            low, high = pending.pop()
            hits = [flow_id for flow_id in self._long
                    if flow_id not in found and self.spans[flow_id][0] <= high
                    and self.spans[flow_id][1] >= low]
            # A short span overlapping [low, high] starts in [low - _LONG_SPAN, high].
            first = bisect_left(self._starts, (low - _LONG_SPAN, ""))
            last = bisect_right(self._starts, (high, "\U0010ffff"))
            for _, flow_id in self._starts[first:last]:
                if flow_id not in found and self.spans[flow_id][1] >= low:
                    hits.append(flow_id)
            for flow_id in hits:
                found.add(flow_id)
                pending.append(self.spans[flow_id])
        return list(found)
