"""One path everywhere: a journey typed with Enter gets the same figures in the stats, on the
map, in the comparison window and from the same journey imported from a spreadsheet."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPointF, Qt
from pytestqt.qtbot import QtBot
from ui_support import WindowFactory

from cxdesigner.analysis import project_json
from cxdesigner.analysis.comparison import CountChange, compare_journeys
from cxdesigner.canvas import JourneyView
from cxdesigner.document.commands import EditTouchpoint, SetPathEnds
from cxdesigner.io import load_project
from cxdesigner.io.csv_journeys import import_touchpoints
from cxdesigner.model import (
    Channel,
    Flow,
    FlowKind,
    Interlocutor,
    Journey,
    Project,
    Stage,
    Touchpoint,
)
from cxdesigner.ui.windows import WindowManager

CTRL = Qt.KeyboardModifier.ControlModifier

# Ten steps in three stages: (stage, title, channel, interlocutor).
STEPS = [
    ("Search", "Step 1", "Web", None), ("Search", "Step 2", "Web", None),
    ("Search", "Step 3", "Chat", "Bot"), ("Search", "Step 4", "Chat", "Bot"),
    ("Contact", "Step 5", "Phone", "Adviser"), ("Contact", "Step 6", "Phone", "Adviser"),
    ("Contact", "Step 7", "Phone", "Expert"), ("Contact", "Step 8", "Shop", "Expert"),
    ("Solve", "Step 9", "Email", None), ("Solve", "Step 10", "Email", None),
]
FIGURES = ("channel_switches", "handoffs", "loops", "dead_ends", "unreachable",
           "longest_path")


def _project() -> Project:
    return Project(title="Workshop", language="en", journeys=[Journey(id="j1", name="Support")],
                   channels=[Channel(id=f"ch-{n.lower()}", name=n)
                             for n in ("Web", "Chat", "Phone", "Shop", "Email")],
                   interlocutors=[Interlocutor(id=f"i-{n.lower()}", name=n)
                                  for n in ("Bot", "Adviser", "Expert")])


def _type_after(qtbot: QtBot, view: JourneyView, text: str,
                modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """Enter (with ``modifier``) adds the next card or stage; ``text`` is typed as its name."""
    qtbot.keyClick(view, Qt.Key.Key_Return, modifier)
    qtbot.keyClick(view, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(view, text)
    qtbot.keyClick(view, Qt.Key.Key_Return)


def _type_the_journey(qtbot: QtBot, view: JourneyView) -> None:
    """Stages with Ctrl+Enter, cards with Enter, titles typed, channels picked with K."""
    stage = None
    for stage_name, title, channel, _ in STEPS:
        if stage_name != stage:
            _type_after(qtbot, view, stage_name, CTRL)
            stage = stage_name
        _type_after(qtbot, view, title)  # the next card, its title being typed
        qtbot.keyClick(view, Qt.Key.Key_K)
        qtbot.keyClick(view, Qt.Key.Key_A, CTRL)
        qtbot.keyClicks(view, channel)
        qtbot.keyClick(view, Qt.Key.Key_Return)
        assert view.inline_editor is None


def _figures(project: Project, journey_index: int = 0) -> dict[str, Any]:
    data = project_json(project)["journeys"][journey_index]
    return {"channel_switches": data["channel_switches"], "handoffs": data["handoffs"],
            "loops": data["loops"], "dead_ends": data["dead_ends"],
            "unreachable": data["unreachable"], "longest_path": data["longest_path"]}


def _markers(view: JourneyView) -> tuple[set[str], set[str]]:
    """Cards showing a switch marker, and drawn flows flagged as switching channel."""
    titles = {tp.id: tp.title for _, tp in view.document.journey(view.journey_id).touchpoints()}
    cells = {titles[tp_id] for tp_id, item in view.map_scene.lane_items.items()
             if item.channel_switch}
    flows = {f"{titles[item.route.source_id]} > {titles[item.route.target_id]}"
             for item in view.map_scene.flow_items.values() if item.route.channel_switch}
    return cells, flows


def _sheet(folder: Path, name: str, nexts: dict[str, str] | None) -> Path:
    """The same journey as a workshop spreadsheet; ``nexts``: title -> the next titles."""
    ids = {title: f"S{number}" for number, (_, title, _, _) in enumerate(STEPS, start=1)}
    lines = ["journey;stage;title;channel;interlocutor" + (";id;next" if nexts else "")]
    for stage, title, channel, person in STEPS:
        line = f"Support;{stage};{title};{channel};{person or ''}"
        if nexts is not None:
            line += f";{ids[title]};" + "|".join(ids[t] for t in nexts.get(title, "").split("|")
                                                  if t)
        lines.append(line)
    path = folder / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


# The channel picker's completion list is a popup, which the offscreen platform cannot raise.
@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing the keyboard)")
def test_a_typed_journey_gives_the_same_figures_everywhere(
        qtbot: QtBot, make_window: WindowFactory, tmp_path: Path) -> None:
    window = make_window(project=_project())
    view = window.tabs.current_view()
    assert view is not None
    view.setFocus()
    _type_the_journey(qtbot, view)
    document = window.document
    ids = {tp.title: tp.id for _, tp in document.journey("j1").touchpoints()}
    assert [[tp.title for tp in s.touchpoints] for s in document.journey("j1").stages] == [
        [f"Step {n}" for n in range(1, 5)], [f"Step {n}" for n in range(5, 9)],
        ["Step 9", "Step 10"]]
    people = {name: f"i-{name.lower()}" for name in ("Bot", "Adviser", "Expert")}
    for _, title, _, person in STEPS:
        if person is not None:
            document.undo_stack.push(EditTouchpoint(document, "j1", ids[title],
                                                    {"interlocutor_id": people[person]}))

    # Typed with Enter, nothing drawn: a path from step 1 to step 10, as its sheet says.
    linear = _figures(document.project)
    assert linear == {
        # Web>Chat (2~3), Chat>Phone (4~5), Phone>Shop (7~8), Shop>Email (8~9).
        "channel_switches": 4,
        # Bot>Adviser (4~5), Adviser>Expert (6~7); steps 8~9: the email has nobody.
        "handoffs": 2,
        "loops": [], "dead_ends": [], "unreachable": [],
        "longest_path": [title for _, title, _, _ in STEPS]}
    assert _markers(view) == ({"Step 3", "Step 5", "Step 8", "Step 9"}, set())
    sheet = import_touchpoints(_sheet(tmp_path, "linear.csv", None)).project
    assert _figures(sheet) == linear

    # Draw a loop (7 back to 3) and a transfer (4 to 6); step 8 ends the path (key E).
    assert view.editor.connect(ids["Step 7"], ids["Step 3"], FlowKind.BACK)
    assert view.editor.connect(ids["Step 4"], ids["Step 6"], FlowKind.TRANSFER)
    view.select_touchpoint(ids["Step 8"])
    qtbot.keyClick(view, Qt.Key.Key_E)
    assert document.touchpoint("j1", ids["Step 8"]).ends_path

    figures = _figures(document.project)
    assert figures == {
        # 2~3 Web>Chat, 4~5 and 4>6 Chat>Phone, 7>3 Phone>Chat, 7~8 Phone>Shop; 8~9 is
        # broken now.
        "channel_switches": 5,
        # 4~5 and 4>6 Bot>Adviser, 6~7 Adviser>Expert, 7>3 Expert>Bot.
        "handoffs": 4,
        "loops": [["Step 3", "Step 4", "Step 5", "Step 6", "Step 7"],
                  ["Step 3", "Step 4", "Step 6", "Step 7"]],
        "dead_ends": ["Step 8"],
        "unreachable": ["Step 9", "Step 10"],
        "longest_path": [f"Step {n}" for n in range(1, 9)]}
    # The map: a marker where an implied link switches, the flows' own flags for the rest;
    # together, the report's switches.
    cells, flows = _markers(view)
    assert cells == {"Step 3", "Step 5", "Step 8"}
    assert flows == {"Step 4 > Step 6", "Step 7 > Step 3"}
    assert len(cells) + len(flows) == figures["channel_switches"]

    # The comparison: a target journey copied from this one, whose step 8 leads on again.
    target_id = window.target_journeys.create()
    assert target_id is not None
    copied_step_8 = document.journey(target_id).stages[1].touchpoints[3]
    assert (copied_step_8.title, copied_step_8.ends_path) == ("Step 8", True)
    document.undo_stack.push(SetPathEnds(document, target_id, [copied_step_8.id], False))
    comparison = compare_journeys(document.project, document.journey("j1"),
                                  document.journey(target_id))
    assert (comparison.channel_switches, comparison.handoffs, comparison.loops,
            comparison.dead_ends, comparison.unreachable) == (
        CountChange(5, 6), CountChange(4, 4), CountChange(2, 2), CountChange(1, 0),
        CountChange(2, 0))
    after = _figures(document.project, 1)
    assert (after["channel_switches"], after["dead_ends"], after["unreachable"]) == (6, [], [])
    window.tabs.show_journey(target_id)
    dialog = window.comparisons.open()
    shown = [title for title, _ in dialog.differences()]
    for line in ("Channel switches: 5 → 6", "Hand-offs: 4 → 4", "Loops: 2 → 2",
                 "Dead ends: 1 → 0", "Unreachable steps: 2 → 0"):
        assert line in shown, line
    dead_ends = next(rows for title, rows in dialog.differences() if title.startswith("Dead"))
    assert dead_ends == ["Current journey (1): Step 8", "Target journey (0)"]

    # The same journey from a spreadsheet: its next column says what was drawn.
    nexts = {"Step 1": "Step 2", "Step 2": "Step 3", "Step 3": "Step 4",
             "Step 4": "Step 5|Step 6", "Step 5": "Step 6", "Step 6": "Step 7",
             "Step 7": "Step 8|Step 3", "Step 9": "Step 10"}
    sheet = import_touchpoints(_sheet(tmp_path, "drawn.csv", nexts)).project
    assert _figures(sheet) == figures


def test_enter_after_a_card_with_a_drawn_next_step_puts_the_new_step_in_the_path(
        qtbot: QtBot, make_window: WindowFactory) -> None:
    """A drawn flow from A to the card after it, B: Enter on A inserts a step between them
    that the path goes through (A > new > B), not one beside it that nothing leads to."""
    project = Project(title="Workshop", language="en", journeys=[Journey(
        id="j1", name="Support", stages=[
            Stage(id="s0", name="Search", touchpoints=[Touchpoint(id="s", title="Search")]),
            Stage(id="s1", name="Contact", touchpoints=[
                Touchpoint(id="a", title="Call"), Touchpoint(id="b", title="Answer"),
                Touchpoint(id="c", title="Solve")])],
        flows=[Flow(id="f1", source_id="a", target_id="b", kind=FlowKind.TRANSFER,
                    label="Handed over"),
               Flow(id="f2", source_id="a", target_id="c", kind=FlowKind.ALTERNATIVE)])])
    window = make_window(project=project)
    view = window.tabs.current_view()
    assert view is not None
    document = window.document
    before = _figures(document.project)
    view.select_touchpoint("a")
    view.setFocus()
    _type_after(qtbot, view, "Wait")

    journey = document.journey("j1")
    new_id = next(tp.id for _, tp in journey.touchpoints() if tp.title == "Wait")
    assert [tp.title for _, tp in journey.touchpoints()] == \
        ["Search", "Call", "Wait", "Answer", "Solve"]
    flows = {flow.id: (flow.source_id, flow.target_id, flow.kind, flow.label)
             for flow in journey.flows}
    # The drawn step now ends at the new card (kind and label kept); the jump to C stays.
    assert flows == {"f1": ("a", new_id, FlowKind.TRANSFER, "Handed over"),
                     "f2": ("a", "c", FlowKind.ALTERNATIVE, "")}
    data = project_json(document.project)["journeys"][0]
    assert data["unreachable"] == [] and data["dead_ends"] == []
    assert data["longest_path"] == ["Search", "Call", "Wait", "Answer", "Solve"]

    # One Ctrl+Z takes the named card away and gives the flow its old end; redo both.
    qtbot.keyClick(view, Qt.Key.Key_Z, CTRL)
    assert [tp.title for _, tp in document.journey("j1").touchpoints()] == \
        ["Search", "Call", "Answer", "Solve"]
    assert {f.id: f.target_id for f in document.journey("j1").flows} == {"f1": "b", "f2": "c"}
    assert _figures(document.project) == before
    qtbot.keyClick(view, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
    journey = document.journey("j1")
    assert [tp.title for _, tp in journey.touchpoints()] == \
        ["Search", "Call", "Wait", "Answer", "Solve"]
    assert {f.id: f.target_id for f in journey.flows} == {"f1": new_id, "f2": "c"}


def test_a_new_step_dragged_elsewhere_takes_its_drawn_flows_along(
        qtbot: QtBot, manager: WindowManager, demo_copy: Path) -> None:
    """On the demo: Enter on "Comparateur de prix" puts a step in its drawn path; dragged
    back into the research stage, the path closes behind it and opens for it there, and
    the saved file counts no loop the customer never made."""
    before = _figures(load_project(demo_copy))
    window = manager.open_file(demo_copy)
    assert window is not None
    qtbot.waitExposed(window)
    view = window.tabs.current_view()
    assert view is not None
    view.select_touchpoint("tp-comparateur")
    view.setFocus()
    _type_after(qtbot, view, "Alerte prix")
    journey = window.document.journey("j-actuel")
    new_id = next(tp.id for _, tp in journey.touchpoints() if tp.title == "Alerte prix")

    layout = view.map_scene.map_layout
    assert layout is not None
    card, left, right = (layout.touchpoints[tp_id].card for tp_id in
                         (new_id, "tp-recherche-site", "tp-fiches-appli"))
    view.centerOn(QPointF((card.center.x + left.center.x) / 2, card.center.y))
    start = view.mapFromScene(QPointF(card.center.x, card.center.y))
    # Between "Recherche sur le site" and "Fiches produit sur l'appli".
    end = view.mapFromScene(QPointF((left.right + right.x) / 2, left.center.y))
    viewport = view.viewport()
    qtbot.mouseMove(viewport, start)
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    for step in range(1, 7):
        qtbot.mouseMove(viewport, start + (end - start) * step / 6)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=end)
    assert [tp.id for tp in window.document.journey("j-actuel").stages[1].touchpoints] == \
        ["tp-recherche-site", new_id, "tp-fiches-appli", "tp-question-chatbot"]
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_S, CTRL)

    saved = load_project(demo_copy)
    nexts = {(f.source_id, f.target_id) for f in saved.journeys[0].flows
             if f.kind is FlowKind.NEXT}
    assert ("tp-comparateur", "tp-visite-magasin") in nexts  # the path closes behind it
    assert ("tp-recherche-site", new_id) in nexts  # and goes through it at its new place
    assert ("tp-recherche-site", "tp-fiches-appli") not in nexts
    assert not any(new_id == source for source, _ in nexts)
    after = _figures(saved)
    # The same loops as before (the one back to the research now passes the new step).
    assert [[title for title in loop if title != "Alerte prix"] for loop in after["loops"]] \
        == before["loops"]
    assert after["dead_ends"] == before["dead_ends"] == []
    assert after["unreachable"] == []
