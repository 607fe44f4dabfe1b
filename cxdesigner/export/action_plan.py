"""The action plan table: from the gap each action closes to its measured result."""

from __future__ import annotations

from collections.abc import Sequence

from cxdesigner.drawing.elisions import ElisionLog
from cxdesigner.export.action_value_section import draw_action_values
from cxdesigner.export.flow import SectionFlow
from cxdesigner.export.labels import Labels
from cxdesigner.export.tables import Column, draw_table
from cxdesigner.layout import palette
from cxdesigner.model import Action, Journey, Project
from cxdesigner.vocabulary import label


def journey_actions(project: Project, journeys: Sequence[Journey]) -> list[Action]:
    """The actions about these journeys' touchpoints or irritants, and those about nothing
    in particular, in the project's order."""
    touchpoints: set[str] = set()
    irritants: set[str] = set()
    for journey in journeys:
        for _, tp in journey.touchpoints():
            touchpoints.add(tp.id)
            irritants.update(irritant.id for irritant in tp.irritants)
    chosen = []
    for action in project.actions:
        unattached = action.touchpoint_id is None and action.irritant_id is None
        if unattached or action.touchpoint_id in touchpoints or action.irritant_id in irritants:
            chosen.append(action)
    return chosen


class _Places:
    """Where each touchpoint and irritant of the project is, found once for all the rows."""

    def __init__(self, project: Project) -> None:
        self.touchpoints: dict[str, str] = {}
        self.irritants: dict[str, tuple[str, str]] = {}
        for journey in project.journeys:
            for stage, tp in journey.touchpoints():
                place = f"{stage.name} \u203a {tp.title}"
                self.touchpoints[tp.id] = place
                for irritant in tp.irritants:
                    earlier = self.irritants.get(irritant.id)
                    self.irritants[irritant.id] = (irritant.text,
                                                   earlier[1] if earlier else place)


def _row(action: Action, number: int, places: _Places, labels: Labels) -> list[str]:
    where = ""
    if action.touchpoint_id is not None:
        where = places.touchpoints.get(action.touchpoint_id, "")
    irritant_text = ""
    irritant = None if action.irritant_id is None else places.irritants.get(action.irritant_id)
    if irritant is not None:
        irritant_text = irritant[0]
        where = where or irritant[1]
    gap = " — ".join(part for part in (action.gap, irritant_text) if part.strip())
    expected = action.expected_result
    if action.kpi:
        target = ("" if action.kpi_target is None
                  else f", {labels['kpi_target']} {labels.number(action.kpi_target, 1)}")
        expected = f"{expected} ({action.kpi}{target})" if expected else f"{action.kpi}{target}"
    measured = action.measured_result
    if action.measured_value is not None:
        measured = f"{measured} ({labels.number(action.measured_value, 1)})".strip()
    if action.target_met is not None:
        verdict = labels["target_met"] if action.target_met else labels["target_missed"]
        measured = f"{measured} · {verdict}" if measured else verdict
    due = labels.date(action.due_date) if action.due_date else ""
    return [f"{number}. {action.description}", where, gap, action.root_cause, action.owner, due,
            expected, label(action.status, labels.language), measured]


def draw_action_plan(flow: SectionFlow, project: Project, journeys: Sequence[Journey],
                     labels: Labels, elisions: ElisionLog) -> None:
    """The table of actions, its header repeated on each page; then what they are worth
    when the project states the value of a point."""
    actions = journey_actions(project, journeys)
    if not actions:
        flow.paragraph(labels["no_actions"], flow.pages.fonts.italic, 9, palette.INK_MUTED)
        return
    columns = [
        Column(labels["action"], 2.2, bold=True), Column(labels["where"], 1.3),
        Column(labels["gap"], 1.6), Column(labels["root_cause"], 1.3),
        Column(labels["owner"], 0.9), Column(labels["due"], 0.8),
        Column(labels["expected"], 1.5), Column(labels["status"], 0.75),
        Column(labels["measured"], 1.3),
    ]
    places = _Places(project)
    rows = [_row(action, number, places, labels)
            for number, action in enumerate(actions, start=1)]
    draw_table(flow, columns, rows, elisions, labels["actions"], size=7.5)
    draw_action_values(flow, project, actions, labels.language)
