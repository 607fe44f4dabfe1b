"""Moving cards re-stitches the drawn next-step flows that held them in the path."""

from __future__ import annotations

from itertools import pairwise

import pytest
from document_support import do_undo_redo

from cxdesigner.analysis.flow_graph import analyse_flows
from cxdesigner.document import JourneyDocument
from cxdesigner.document.commands import MoveTouchpoints
from cxdesigner.model import Flow, FlowKind, Journey, Project, Stage, Touchpoint

pytestmark = pytest.mark.usefixtures("qapp")


def path_project() -> Project:
    """a b c | d e f, each card joined to the next by a drawn next-step flow; a transfer
    from a to f and a loop back from f to d."""
    def cards(*ids: str) -> list[Touchpoint]:
        return [Touchpoint(id=tp_id, title=tp_id.upper()) for tp_id in ids]

    order = "abcdef"
    flows = [Flow(id=f"{a}{b}", source_id=a, target_id=b) for a, b in pairwise(order)]
    flows += [Flow(id="transfer", source_id="a", target_id="f", kind=FlowKind.TRANSFER),
              Flow(id="back", source_id="f", target_id="d", kind=FlowKind.BACK)]
    return Project(title="P", journeys=[Journey(id="j", name="J", stages=[
        Stage(id="s1", name="Un", touchpoints=cards("a", "b", "c")),
        Stage(id="s2", name="Deux", touchpoints=cards("d", "e", "f"))], flows=flows)])


def arrows(doc: JourneyDocument) -> dict[str, str]:
    return {flow.id: f"{flow.source_id}>{flow.target_id}" for flow in doc.journey("j").flows}


def loops(journey: Journey) -> list[tuple[str, ...]]:
    return list(analyse_flows(journey).loops.loops)


LOOP = [("d", "e", "f")]
"""The loop drawn back from f to d, and no other."""


@pytest.fixture
def doc() -> JourneyDocument:
    return JourneyDocument(path_project())


def test_a_card_moved_further_is_stitched_in_at_its_new_place(doc: JourneyDocument) -> None:
    assert loops(doc.journey("j")) == [("d", "e", "f")]  # f back to d
    do_undo_redo(doc, MoveTouchpoints(doc, "j", ["b"], "s2", 2))  # a c | d e b f
    assert arrows(doc) == {"ab": "a>c", "bc": "b>f", "cd": "c>d", "de": "d>e", "ef": "e>b",
                           "transfer": "a>f", "back": "f>d"}
    assert loops(doc.journey("j")) == [("d", "e", "b", "f")]  # the same loop, through b


def test_a_card_moved_back_makes_no_loop(doc: JourneyDocument) -> None:
    do_undo_redo(doc, MoveTouchpoints(doc, "j", ["e"], "s1", 1))  # a e b c | d f
    assert arrows(doc) == {"ab": "a>e", "bc": "b>c", "cd": "c>d", "de": "d>f", "ef": "e>b",
                           "transfer": "a>f", "back": "f>d"}
    assert loops(doc.journey("j")) == [("d", "f")]  # the loop drawn back, only


def test_a_card_moved_to_the_end_leaves_no_flow_pointing_back(doc: JourneyDocument) -> None:
    do_undo_redo(doc, MoveTouchpoints(doc, "j", ["c"], "s2", 3))  # a b | d e f c
    assert arrows(doc) == {"ab": "a>b", "bc": "b>d", "de": "d>e", "ef": "e>f",
                           "transfer": "a>f", "back": "f>d"}
    assert loops(doc.journey("j")) == LOOP


def test_several_cards_move_as_one_stretch(doc: JourneyDocument) -> None:
    do_undo_redo(doc, MoveTouchpoints(doc, "j", ["b", "c"], "s2", 1))  # a | d b c e f
    assert arrows(doc) == {"ab": "a>d", "bc": "b>c", "cd": "c>e", "de": "d>b", "ef": "e>f",
                           "transfer": "a>f", "back": "f>d"}
    assert loops(doc.journey("j")) == [("d", "b", "c", "e", "f")]


def test_only_next_step_flows_drawn_between_neighbours_follow() -> None:
    project = path_project()
    journey = project.journeys[0]
    journey.flows = [Flow(id="alt", source_id="a", target_id="b", kind=FlowKind.ALTERNATIVE),
                     Flow(id="skip", source_id="b", target_id="d")]
    doc = JourneyDocument(project)
    doc.undo_stack.push(MoveTouchpoints(doc, "j", ["b"], "s2", 3))
    assert arrows(doc) == {"alt": "a>b", "skip": "b>d"}


def test_a_move_and_the_flows_it_restitches_are_announced_as_one_change(
        doc: JourneyDocument) -> None:
    """The map lays itself out once per move and once per undo, not once per flow."""
    announced: list[str] = []
    doc.structure_changed.connect(lambda journey_id: announced.append(journey_id))
    doc.flow_changed.connect(lambda journey_id, flow_id, fields: announced.append(flow_id))
    command = MoveTouchpoints(doc, "j", ["b"], "s2", 2)
    doc.undo_stack.push(command)
    assert announced == ["j"] and arrows(doc)["ab"] == "a>c"
    doc.undo_stack.undo()
    assert announced == ["j", "j"] and arrows(doc)["ab"] == "a>b"
