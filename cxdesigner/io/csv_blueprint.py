"""The service blueprint in a workshop spreadsheet: rows of items behind the touchpoints.

A row whose ``layer`` cell names a row of the blueprint (front stage, back stage, support;
in English or French) is an item of the journey's blueprint, not a touchpoint: it sits in
its stage, has an ``owner`` (a team or a system), ``serves`` the rows whose ids it lists
(touchpoints, or other items it hands its work to, of the same journey) and ``causes`` the
pain points whose text it lists (those of the journey's touchpoints, compared without case,
accents or extra spaces). Cells that only a touchpoint has (channel, emotion, verbatims…)
are refused on such a row. A journey with at least one item shows its blueprint.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from cxdesigner.io.csv_reading import Column, CsvRow, Problems
from cxdesigner.io.csv_values import split_values
from cxdesigner.model import BlueprintItem, BlueprintLayer, Touchpoint
from cxdesigner.model.text import fold

BLUEPRINT_COLUMNS = (
    Column("layer", ("layer", "blueprint", "couche", "couche du blueprint", "blueprint layer")),
    Column("owner", ("owner", "team", "responsable", "équipe", "propriétaire", "porteur")),
    Column("serves", ("serves", "sert", "sert à", "dessert")),
    Column("causes", ("causes", "cause", "cause les irritants", "causes pain points")),
    Column("evidence", ("evidence", "niveau de preuve", "preuve", "evidence level")),
)
"""The columns of the blueprint and of evidence levels; the first name is the English one."""

TOUCHPOINT_ONLY = ("persona", "channel", "interlocutor", "action", "emotion", "moment",
                   "criticality", "verbatim", "irritant", "opportunity", "next", "evidence")
"""Cells a blueprint row may not fill."""
BLUEPRINT_ONLY = ("owner", "serves", "causes")
"""Cells a touchpoint row may not fill."""


def check_cells(row: CsvRow, layer: BlueprintLayer | None, problems: Problems) -> None:
    """Refuse the cells that do not belong to a row of this kind."""
    if layer is None:
        for key in BLUEPRINT_ONLY:
            if row.get(key):
                problems.add(row, key, "only a row of the service blueprint (a 'layer' of "
                                       "front stage, back stage or support) has this")
        return
    for key in TOUCHPOINT_ONLY:
        if row.get(key):
            problems.add(row, key, "a row of the service blueprint has no such cell; it is "
                                   "for touchpoints")


def check_links(row: CsvRow, journey: str, serves: Iterable[str],
                rows_by_id: Mapping[str, tuple[CsvRow, str]], has_ids: bool,
                pain_points: set[str], problems: Problems) -> None:
    """Refuse what a blueprint row serves or causes that its journey does not have.

    Args:
        row: the blueprint row.
        journey: its journey's name.
        serves: the ids its ``serves`` cell lists.
        rows_by_id: each id of the sheet with its row and the row's journey.
        has_ids: whether the sheet has an id column.
        pain_points: the folded texts of the pain points of the journey's touchpoints.
        problems: where to add what is wrong.
    """
    for target in serves:
        if not has_ids:
            problems.add(row, "serves", "lists ids, but the file has no 'id' column")
            return
        found = rows_by_id.get(target)
        if found is None:
            problems.add(row, "serves", f"'{target}' is not the id of any row")
        elif fold(found[1]) != fold(journey):
            problems.add(row, "serves", f"'{target}' (row {found[0].number}) is in another "
                                        f"journey, '{found[1]}'")
        elif found[0] is row:
            problems.add(row, "serves", "an item cannot serve itself")
    for text in split_values(row.get("causes")):
        if fold(text) not in pain_points:
            problems.add(row, "causes", f"no pain point of journey '{journey}' reads "
                                        f"'{text}'")


def blueprint_item(row: CsvRow, item_id: str, layer: BlueprintLayer, title: str,
                   stage_id: str, serves_ids: list[str]) -> BlueprintItem:
    """The item a checked row describes."""
    return BlueprintItem(id=item_id, layer=layer, title=title, stage_id=stage_id,
                         owner=" ".join(row.get("owner").split()),
                         description=row.get("description"), serves_ids=serves_ids)


def link_causes(items: Iterable[tuple[BlueprintItem, CsvRow]],
                touchpoints: Iterable[Touchpoint]) -> None:
    """Name each item among the causes of the pain points its row lists."""
    by_text: dict[str, list[list[str]]] = {}
    for touchpoint in touchpoints:
        for irritant in touchpoint.irritants:
            by_text.setdefault(fold(irritant.text), []).append(irritant.cause_ids)
    for item, row in items:
        for text in dict.fromkeys(fold(text) for text in split_values(row.get("causes"))):
            for causes in by_text.get(text, []):
                causes.append(item.id)
