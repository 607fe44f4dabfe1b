"""Dot voting: budgets per group, the touchpoint edit of each vote, and its undo."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from cxdesigner.document import JourneyDocument
from cxdesigner.document.commands import EditTouchpoint
from cxdesigner.document.voting import (
    CastVote,
    VotingError,
    VotingSession,
    WithdrawVote,
    vote_edit,
)
from cxdesigner.model import Irritant, Journey, Opportunity, Project, Stage, Touchpoint


def _project() -> Project:
    return Project(title="Atelier", journeys=[Journey(id="j", name="Achat", stages=[
        Stage(id="s", name="Paiement", touchpoints=[
            Touchpoint(id="tp", title="Carte bancaire",
                       irritants=[Irritant(id="i1", text="Code SMS lent", votes=3),
                                  Irritant(id="i2", text="Refus sans message")],
                       opportunities=[Opportunity(id="o1", text="Paiement en un clic")]),
        ]),
    ])])


def test_budget_per_group() -> None:
    session = VotingSession(["Table 1", "Table 2"], votes_per_group=2)
    session.vote("Table 1", "i1")
    session.vote("Table 1", "i1")  # stacking dots on one item is allowed by default
    with pytest.raises(VotingError, match="“Table 1” has used all its 2 votes"):
        session.vote("Table 1", "i2")
    assert (session.remaining("Table 1"), session.remaining("Table 2")) == (0, 2)
    assert session.votes_of("Table 1") == {"i1": 2}
    session.unvote("Table 1", "i1")
    assert session.remaining("Table 1") == 1
    session.vote("Table 2", "i1")
    assert session.votes_for("i1") == 2  # 1 left by Table 1 + 1 by Table 2
    with pytest.raises(VotingError, match="no vote on this item"):
        session.unvote("Table 2", "i2")
    with pytest.raises(VotingError, match="no group “Table 3”"):
        session.vote("Table 3", "i1")


def test_limit_per_item() -> None:
    session = VotingSession(["A"], votes_per_group=3, max_per_item=1)
    session.vote("A", "i1")
    with pytest.raises(VotingError, match="already put 1 votes on this item"):
        session.vote("A", "i1")
    session.vote("A", "i2")


@pytest.mark.parametrize(("groups", "votes", "limit", "message"), [
    ([], 3, None, "at least one group"),
    (["A", " "], 3, None, "needs a name"),
    (["A", "A"], 3, None, "same name"),
    (["A"], 0, None, "at least one vote"),
    (["A"], 3, 0, "at least one"),
])
def test_refused_sessions(groups: list[str], votes: int, limit: int | None,
                          message: str) -> None:
    with pytest.raises(VotingError, match=message):
        VotingSession(groups, votes, limit)


def test_vote_edit_replaces_one_item() -> None:
    project = _project()
    touchpoint = project.journeys[0].stages[0].touchpoints[0]
    edit = vote_edit(project.journeys[0], "i1")
    assert (edit.touchpoint_id, edit.votes) == ("tp", 4)  # 3 + 1
    new = edit.changes["irritants"]
    assert [item.votes for item in new] == [4, 0]
    assert new[1] is touchpoint.irritants[1]  # the untouched irritant is shared
    assert touchpoint.irritants[0].votes == 3  # the model is not changed
    opportunity = vote_edit(project.journeys[0], "o1")
    assert [item.votes for item in opportunity.changes["opportunities"]] == [1]
    with pytest.raises(VotingError, match="no vote left"):
        vote_edit(project.journeys[0], "i2", -1)
    with pytest.raises(VotingError, match="no longer on the map"):
        vote_edit(project.journeys[0], "gone")


def test_edit_touchpoint_applies_and_undoes_a_vote(qapp: QApplication) -> None:
    doc = JourneyDocument(_project())
    before = doc.project.model_dump()
    edit = vote_edit(doc.journey("j"), "i2")
    doc.undo_stack.push(EditTouchpoint(doc, "j", edit.touchpoint_id, edit.changes, "Vote"))
    assert doc.touchpoint("j", "tp").irritants[1].votes == 1
    doc.undo_stack.undo()
    assert doc.project.model_dump() == before
    doc.undo_stack.redo()
    assert doc.touchpoint("j", "tp").irritants[1].votes == 1


def test_cast_vote_keeps_the_budget_in_step_with_undo(qapp: QApplication) -> None:
    doc = JourneyDocument(_project())
    before = doc.project.model_dump()
    session = VotingSession(["Table 1"], votes_per_group=1)
    stack = doc.undo_stack
    stack.push(CastVote(doc, session, "j", "Table 1", "o1"))
    assert doc.touchpoint("j", "tp").opportunities[0].votes == 1
    assert session.remaining("Table 1") == 0
    with pytest.raises(VotingError, match="used all its 1 votes"):
        CastVote(doc, session, "j", "Table 1", "i1")  # refused before anything is pushed
    assert stack.count() == 1
    stack.undo()
    assert doc.project.model_dump() == before
    assert session.remaining("Table 1") == 1
    stack.redo()
    assert session.votes_of("Table 1") == {"o1": 1}
    stack.push(WithdrawVote(doc, session, "j", "Table 1", "o1"))
    assert doc.touchpoint("j", "tp").opportunities[0].votes == 0
    assert session.remaining("Table 1") == 1
    stack.undo()
    assert (doc.touchpoint("j", "tp").opportunities[0].votes, session.remaining("Table 1")) \
        == (1, 0)
    assert stack.undoText() == "Vote"
