"""The value of the actions, after the action plan: each value of a point as stated, the
actions ranked by value for effort with how each figure is worked out, and the totals
expected, obtained and still open (definitions in :mod:`cxdesigner.analysis.action_value`).
"""

from __future__ import annotations

from collections.abc import Sequence

from cxdesigner.analysis.action_value import action_values, by_value_for_effort, value_totals
from cxdesigner.export.benchmark_words import BenchmarkWords
from cxdesigner.export.flow import SectionFlow
from cxdesigner.export.tables import Column, draw_table
from cxdesigner.layout import palette
from cxdesigner.model import Action, Project

# key -> (French, English)
_WORDS: dict[str, tuple[str, str]] = {
    "title": ("Ce que valent les actions", "What the actions are worth"),
    "assumptions": ("Hypothèses", "Assumptions"),
    "totals": ("Valeur attendue, obtenue, encore ouverte", "Value expected, obtained, still open"),
    "rank": ("Rang", "Rank"), "action": ("Action", "Action"),
    "expected": ("Valeur attendue", "Expected value"),
    "per_day": ("Valeur pour l’effort", "Value for effort"),
    "obtained": ("Valeur obtenue", "Obtained value"),
    "note": ("Rang\u00a0: par valeur pour l’effort, la plus haute d’abord, entre actions d’une "
             "même unité\u00a0; les actions abandonnées ne comptent dans aucun total. Aucun "
             "chiffre n’est calculé sans toutes ses données\u00a0: ce qui manque est dit.",
             "Rank: by value for effort, highest first, among the actions of one unit; dropped "
             "actions count in no total. No figure is worked out without all its inputs: what "
             "is missing is said."),
}


def draw_action_values(flow: SectionFlow, project: Project, actions: Sequence[Action],
                       language: str) -> None:
    """The value of ``actions`` (nothing when the project states no value of a point)."""
    if not project.point_values or not actions:
        return
    column = 0 if language == "fr" else 1
    say = BenchmarkWords(language)
    fonts = flow.pages.fonts
    values = action_values(project, actions)
    flow.need(120)
    flow.heading(_WORDS["title"][column], 12, 14)
    flow.heading(_WORDS["assumptions"][column], 10, 6)
    for point in project.point_values:
        flow.paragraph(f"• {say.assumption(point)}", fonts.regular, 8.5)
    totals = value_totals(values)
    if totals:
        flow.heading(_WORDS["totals"][column], 10, 8)
        for total in totals:
            flow.paragraph(f"• {say.total(total)}", fonts.regular, 8.5)
    columns = [Column(_WORDS["rank"][column], 0.4, align="right"),
               Column(_WORDS["action"][column], 1.6, bold=True),
               Column(_WORDS["expected"][column], 2.2), Column(_WORDS["per_day"][column], 2.0),
               Column(_WORDS["obtained"][column], 2.2)]
    rows = [["—" if value.rank is None else str(value.rank), value.action.description,
             say.expected(value), say.per_day(value), say.obtained(value)]
            for value in by_value_for_effort(values)]
    flow.need(min(60 + 17 * min(len(rows), 8), flow.content.height))
    draw_table(flow, columns, rows, size=7.5)
    flow.paragraph(_WORDS["note"][column], fonts.italic, 7.5, palette.INK_MUTED)
