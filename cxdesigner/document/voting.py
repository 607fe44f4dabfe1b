"""Dot voting in a workshop: each group's vote budget, and the undoable edit of each vote.

A workshop hands every group of participants the same number of dots to stick on the
irritants and opportunities they find most important. :class:`VotingSession` keeps the
budgets (plain Python). Each vote changes the ``votes`` of one irritant or opportunity,
which lives in its touchpoint's list, so :func:`vote_edit` gives the touchpoint's new list
as an ``EditTouchpoint``-ready ``changes`` dict, and :class:`CastVote` /
:class:`WithdrawVote` are that ``EditTouchpoint`` with the session's budget kept in step
on undo and redo: one undoable command per click.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TypeVar

from cxdesigner.document.commands.touchpoints import EditTouchpoint
from cxdesigner.document.journey_document import JourneyDocument
from cxdesigner.model import Irritant, Journey, Opportunity


class VotingError(ValueError):
    """A vote that cannot be cast or taken back; the message says why and what to do."""


@dataclass(frozen=True)
class VoteEdit:
    """The touchpoint edit that applies one vote.

    Attributes:
        touchpoint_id: the touchpoint holding the voted item.
        changes: ``{"irritants": [...]}`` or ``{"opportunities": [...]}``: the touchpoint's
            whole list with the voted item's ``votes`` changed, for ``EditTouchpoint``.
        votes: the item's number of votes once the edit is applied.
    """

    touchpoint_id: str
    changes: dict[str, list[Irritant] | list[Opportunity]]
    votes: int


_Voted = TypeVar("_Voted", Irritant, Opportunity)


def _short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _revoted(items: list[_Voted], index: int, delta: int) -> list[_Voted]:
    """``items`` with ``delta`` added to the votes of item ``index``."""
    item = items[index]
    if item.votes + delta < 0:
        raise VotingError(f"“{_short(item.text)}” has no vote left to take back.")
    voted = item.model_copy()
    voted.votes = item.votes + delta  # validated: the model caps the count
    # The other items are shared, not copied: the document never edits them in place.
    revoted = list(items)
    revoted[index] = voted
    return revoted


def _index_of(items: list[_Voted], item_id: str) -> int | None:
    return next((index for index, item in enumerate(items) if item.id == item_id), None)


def vote_edit(journey: Journey, item_id: str, delta: int = 1) -> VoteEdit:
    """The edit that adds ``delta`` votes (negative: removes) to an irritant or opportunity.

    Raises:
        VotingError: no irritant or opportunity of the journey has this id, or the item
            would go below zero votes.
    """
    for _, touchpoint in journey.touchpoints():
        if (index := _index_of(touchpoint.irritants, item_id)) is not None:
            irritants = _revoted(touchpoint.irritants, index, delta)
            return VoteEdit(touchpoint.id, {"irritants": irritants}, irritants[index].votes)
        if (index := _index_of(touchpoint.opportunities, item_id)) is not None:
            opportunities = _revoted(touchpoint.opportunities, index, delta)
            return VoteEdit(touchpoint.id, {"opportunities": opportunities},
                            opportunities[index].votes)
    raise VotingError("This item is no longer on the map (it may have been deleted): "
                      "refresh the list and vote again.")


class VotingSession:
    """The dot budgets of a workshop's groups, and where each group put its dots.

    Args:
        groups: the groups' names (a table, a team), in display order.
        votes_per_group: how many dots each group has.
        max_per_item: the most dots one group may put on one item; None for no limit.

    Raises:
        VotingError: no group, a blank or repeated name, or fewer than one vote per group.
    """

    def __init__(self, groups: Iterable[str], votes_per_group: int,
                 max_per_item: int | None = None) -> None:
        self.groups = tuple(groups)
        if not self.groups:
            raise VotingError("Add at least one group of participants before voting.")
        if any(not name.strip() for name in self.groups):
            raise VotingError("Every group needs a name.")
        if len(set(self.groups)) != len(self.groups):
            raise VotingError("Two groups have the same name: give each group its own.")
        if votes_per_group < 1:
            raise VotingError("Give each group at least one vote.")
        if max_per_item is not None and max_per_item < 1:
            raise VotingError("The limit of votes per item must be at least one.")
        self.votes_per_group = votes_per_group
        self.max_per_item = max_per_item
        self._cast: dict[str, dict[str, int]] = {group: {} for group in self.groups}

    def _ledger(self, group: str) -> dict[str, int]:
        try:
            return self._cast[group]
        except KeyError:
            raise VotingError(f"There is no group “{group}” in this vote.") from None

    def remaining(self, group: str) -> int:
        """How many votes ``group`` has left."""
        return self.votes_per_group - sum(self._ledger(group).values())

    def votes_of(self, group: str) -> dict[str, int]:
        """The items ``group`` voted for, with how many of its votes each got."""
        return dict(self._ledger(group))

    def votes_for(self, item_id: str) -> int:
        """How many votes ``item_id`` got in this session, all groups together."""
        return sum(ledger.get(item_id, 0) for ledger in self._cast.values())

    def check_vote(self, group: str, item_id: str) -> None:
        """Raise VotingError when ``group`` may not put one more vote on ``item_id``."""
        ledger = self._ledger(group)
        if self.remaining(group) <= 0:
            raise VotingError(
                f"Group “{group}” has used all its {self.votes_per_group} votes. "
                "Take back one of its votes before voting again.")
        if self.max_per_item is not None and ledger.get(item_id, 0) >= self.max_per_item:
            raise VotingError(
                f"Group “{group}” already put {self.max_per_item} votes on this item, the "
                "most allowed. Vote for another item.")

    def check_unvote(self, group: str, item_id: str) -> None:
        """Raise VotingError when ``group`` has no vote on ``item_id`` to take back."""
        if self._ledger(group).get(item_id, 0) <= 0:
            raise VotingError(f"Group “{group}” has no vote on this item to take back.")

    def vote(self, group: str, item_id: str) -> None:
        """Spend one of ``group``'s votes on ``item_id`` (VotingError when it may not)."""
        self.check_vote(group, item_id)
        self.record_unchecked(group, item_id, 1)

    def unvote(self, group: str, item_id: str) -> None:
        """Give ``group`` back its vote on ``item_id`` (VotingError when it has none there)."""
        self.check_unvote(group, item_id)
        self.record_unchecked(group, item_id, -1)

    def record_unchecked(self, group: str, item_id: str, delta: int) -> None:
        """Add ``delta`` to ``group``'s votes on ``item_id`` without checking the budget.

        For undo and redo, which replay (or reverse) votes the checks already allowed.
        """
        ledger = self._ledger(group)
        count = ledger.get(item_id, 0) + delta
        if count > 0:
            ledger[item_id] = count
        else:
            ledger.pop(item_id, None)


class CastVote(EditTouchpoint):
    """One group's vote on an irritant or opportunity: the item's votes + 1, undoable.

    Raises:
        VotingError: on creation, when the group may not vote for the item (push nothing).
    """

    _DELTA = 1
    _TEXT = "Vote"

    def __init__(self, doc: JourneyDocument, session: VotingSession, journey_id: str,
                 group: str, item_id: str) -> None:
        if self._DELTA > 0:
            session.check_vote(group, item_id)
        else:
            session.check_unvote(group, item_id)
        edit = vote_edit(doc.journey(journey_id), item_id, self._DELTA)
        super().__init__(doc, journey_id, edit.touchpoint_id, edit.changes, text=self._TEXT)
        self._session, self._group, self._item_id = session, group, item_id

    def redo(self) -> None:
        super().redo()
        self._session.record_unchecked(self._group, self._item_id, self._DELTA)

    def undo(self) -> None:
        super().undo()
        self._session.record_unchecked(self._group, self._item_id, -self._DELTA)


class WithdrawVote(CastVote):
    """A group takes back one of its votes on an item: the item's votes - 1, undoable."""

    _DELTA = -1
    _TEXT = "Withdraw vote"
