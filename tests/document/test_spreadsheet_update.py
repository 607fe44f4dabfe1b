"""A workbook exported, edited and imported back changes exactly what was edited."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from cxdesigner.document.removals import remove_touchpoints
from cxdesigner.document.spreadsheet_update import TouchpointChange, plan_update, project_path
from cxdesigner.export.workbook import JOURNEY_COLUMNS, export_workbook
from cxdesigner.io import load_project
from cxdesigner.io.csv_journeys import import_touchpoints
from cxdesigner.model import Criticality, MomentOfTruth, Project

DEMO = Path(__file__).resolve().parents[2] / "resources" / "demo" / "parcours-demo.cxd"


@pytest.fixture
def demo() -> Project:
    return load_project(DEMO)


def _columns(sheet: object) -> dict[str, int]:
    """Column numbers by key, read off the French header row."""
    headers = [cell.value for cell in sheet[1]]  # type: ignore[index]
    return {key: headers.index(names[0]) + 1 for key, names in JOURNEY_COLUMNS.items()}


def test_an_unedited_workbook_changes_nothing(demo: Project, tmp_path: Path) -> None:
    export_workbook(demo, tmp_path / "demo.xlsx")
    sheet = import_touchpoints(tmp_path / "demo.xlsx")
    update = plan_update(demo, sheet.project, sheet.columns)
    assert update.is_empty
    assert update.project.model_dump() == demo.model_dump()


def test_edited_cells_change_exactly_those_fields(demo: Project, tmp_path: Path) -> None:
    path = tmp_path / "demo.xlsx"
    export_workbook(demo, path)
    journey = demo.journeys[0]
    touchpoints = [tp for _, tp in journey.touchpoints()]
    book = load_workbook(path)
    sheet = book.worksheets[0]
    column = _columns(sheet)
    # Rows follow the map: row 2 is the first touchpoint.
    assert sheet.cell(row=2, column=column["id"]).value == touchpoints[0].id
    sheet.cell(row=2, column=column["emotion"]).value = -3
    title = sheet.cell(row=3, column=column["title"])
    title.value, title.data_type = "=Nouveau titre", "s"  # text typed after an apostrophe
    sheet.cell(row=4, column=column["moment"]).value = "Waouh"
    sheet.cell(row=4, column=column["criticality"]).value = "Très sensible"
    removed = touchpoints[4]
    # The row before it led to it: it now leads to the one after, and the row goes.
    pointing = sheet.cell(row=5, column=column["next"])
    assert pointing.value == removed.id
    pointing.value = touchpoints[5].id
    sheet.delete_rows(6)
    last = sheet.max_row + 1
    sheet.cell(row=last, column=column["stage"]).value = journey.stages[-1].name
    sheet.cell(row=last, column=column["title"]).value = "Enquête de satisfaction"
    book.save(path)

    read = import_touchpoints(path)
    update = plan_update(demo, read.project, read.columns)
    stage_of = journey.stage_of()
    assert update.changes == [
        TouchpointChange("removed", journey.name, stage_of[removed.id].name, removed.title),
        TouchpointChange("changed", journey.name, stage_of[touchpoints[0].id].name,
                         touchpoints[0].title, ("emotion",)),
        TouchpointChange("changed", journey.name, stage_of[touchpoints[1].id].name,
                         "=Nouveau titre", ("title",)),
        TouchpointChange("changed", journey.name, stage_of[touchpoints[2].id].name,
                         touchpoints[2].title, ("moment", "criticality")),
        TouchpointChange("added", journey.name, journey.stages[-1].name,
                         "Enquête de satisfaction"),
        # Its "next" cell is empty: the last card of the map no longer leads on (the
        # card after it is new); the card that led to the removed one leads to the card
        # after it, as it now does on the map, so its path has not changed.
        TouchpointChange("changed", journey.name, stage_of[touchpoints[-1].id].name,
                         touchpoints[-1].title, ("next",)),
    ]
    after = update.project.journeys[0].touchpoint_index()
    assert after[touchpoints[0].id].emotion == -3
    assert after[touchpoints[1].id].title == "=Nouveau titre"
    assert after[touchpoints[2].id].moment is MomentOfTruth.WOW
    assert after[touchpoints[2].id].criticality is Criticality.VERY_SENSITIVE
    assert removed.id not in after
    # Everything else of the edited touchpoints is as it was: verbatim sources, severities…
    for tp in touchpoints[:3]:
        assert after[tp.id].model_dump(exclude={"emotion", "title", "moment", "criticality"}) \
            == tp.model_dump(exclude={"emotion", "title", "moment", "criticality"})
    # …and the other journeys are untouched.
    assert update.project.journeys[1].model_dump() == demo.journeys[1].model_dump()
    assert "Enquête de satisfaction" in [tp.title for tp in after.values()]


def test_a_sheet_without_ids_adds_a_journey(demo: Project, tmp_path: Path) -> None:
    path = tmp_path / "nouveau.csv"
    path.write_text("Parcours;Étape;Point de contact;Canal\n"
                    "Réclamation;Contact;Appelle le service client;Téléphone\n",
                    encoding="utf-8")
    read = import_touchpoints(path)
    update = plan_update(demo, read.project, read.columns)
    assert update.new_journeys == ["Réclamation"]
    added = update.project.journeys[-1]
    (tp,) = [tp for _, tp in added.touchpoints()]
    # The channel is the project's own phone channel, found by its name.
    assert update.project.channel_names()[tp.channel_id or ""] == "Téléphone"
    assert len(update.project.channels) == len(demo.channels)


def test_a_reworded_pain_point_keeps_its_actions_and_a_deleted_one_frees_them(
        demo: Project, tmp_path: Path) -> None:
    """Before, rewording a pain point that an action aimed at made the import fail."""
    path = tmp_path / "demo.xlsx"
    export_workbook(demo, path)
    book = load_workbook(path)
    sheet = book.worksheets[0]
    column = _columns(sheet)
    rows = {sheet.cell(row=row, column=column["id"]).value: row
            for row in range(2, sheet.max_row + 1)}
    sheet.cell(row=rows["tp-recherche-site"], column=column["irritant"]).value = (
        "Aucun filtre par dimensions")
    sheet.cell(row=rows["tp-question-chatbot"], column=column["irritant"]).value = None
    book.save(path)
    read = import_touchpoints(path)
    update = plan_update(demo, read.project, read.columns)
    touchpoints = {
        tp.id: tp for _, tp in update.project.journeys[0].touchpoints()}
    (reworded,) = touchpoints["tp-recherche-site"].irritants
    assert (reworded.id, reworded.text) == ("ir-filtre-dimensions",
                                            "Aucun filtre par dimensions")
    assert touchpoints["tp-question-chatbot"].irritants == []
    aims = {action.id: action.irritant_id for action in update.project.actions}
    before = {action.id: action.irritant_id for action in demo.actions}
    freed = {title for title, aim in before.items() if aim == "ir-chatbot-technique"}
    assert freed and all(aims[title] is None for title in freed)
    assert [title for title, aim in before.items() if aim == "ir-filtre-dimensions"]
    assert all(aims[title] == aim for title, aim in before.items()
               if aim != "ir-chatbot-technique")


def _delete_row(path: Path, tp_id: str, *, repoint: bool) -> None:
    """Delete the row of ``tp_id``; with ``repoint``, the rows that led to it lead past it."""
    book = load_workbook(path)
    sheet = book.worksheets[0]
    column = _columns(sheet)
    ids = [sheet.cell(row=row, column=column["id"]).value for row in range(1, sheet.max_row + 1)]
    deleted = ids.index(tp_id) + 1
    past = str(sheet.cell(row=deleted, column=column["next"]).value or "")
    if repoint:
        for row in range(2, sheet.max_row + 1):
            cell = sheet.cell(row=row, column=column["next"])
            targets = [value.strip() for value in str(cell.value or "").split("|")]
            if tp_id in targets:
                cell.value = " | ".join(past if value == tp_id else value for value in targets)
    sheet.delete_rows(deleted)
    book.save(path)


@pytest.mark.parametrize("repoint", [True, False], ids=["next-edited", "next-left"])
def test_a_deleted_row_removes_its_touchpoint_and_nothing_else(
        demo: Project, tmp_path: Path, repoint: bool) -> None:
    """As deleting the card on the map: the other flows stay as drawn, kinds and all."""
    path = tmp_path / "demo.xlsx"
    export_workbook(demo, path)
    _delete_row(path, "tp-fiches-appli", repoint=repoint)
    read = import_touchpoints(path, left_out=project_path(demo))
    update = plan_update(demo, read.project, read.columns)
    journey = demo.journeys[0]
    assert update.changes == [TouchpointChange("removed", journey.name,
                                               journey.stage_of()["tp-fiches-appli"].name,
                                               journey.touchpoint_index()["tp-fiches-appli"].title)]
    expected = demo.model_copy(deep=True)
    remove_touchpoints(expected, journey.id, ["tp-fiches-appli"])
    assert update.project.model_dump() == expected.model_dump()
    assert len(update.project.journeys[0].flows) == len(journey.flows) - 2


def test_a_changed_next_redraws_that_card_only(demo: Project, tmp_path: Path) -> None:
    path = tmp_path / "demo.xlsx"
    export_workbook(demo, path)
    book = load_workbook(path)
    sheet = book.worksheets[0]
    column = _columns(sheet)
    ids = [sheet.cell(row=row, column=column["id"]).value for row in range(1, sheet.max_row + 1)]
    # The chat now also leads straight to the technician's visit.
    sheet.cell(row=ids.index("tp-expliquer-chat") + 1, column=column["next"]).value = \
        "tp-appel-sav|tp-visite-technicien"
    book.save(path)
    read = import_touchpoints(path, left_out=project_path(demo))
    update = plan_update(demo, read.project, read.columns)
    assert [(change.title, change.columns) for change in update.changes] == \
        [(demo.journeys[0].touchpoint_index()["tp-expliquer-chat"].title, ("next",))]
    before = {(f.id, f.source_id, f.target_id, f.kind, f.label) for f in demo.journeys[0].flows}
    after = {(f.id, f.source_id, f.target_id, f.kind, f.label)
             for f in update.project.journeys[0].flows}
    assert before <= after  # the transfer and every other drawn flow are kept as drawn
    added = after - before
    assert [(source, target) for _, source, target, _, _ in added] == \
        [("tp-expliquer-chat", "tp-visite-technicien")]


def test_a_deleted_row_and_a_rewritten_next_keep_every_other_flow(
        demo: Project, tmp_path: Path) -> None:
    """The row before the deleted one now names only its other next: that card alone
    changes; the transfer far away stays a transfer, every other flow stays drawn."""
    path = tmp_path / "demo.xlsx"
    export_workbook(demo, path)
    book = load_workbook(path)
    sheet = book.worksheets[0]
    column = _columns(sheet)
    ids = [sheet.cell(row=row, column=column["id"]).value for row in range(1, sheet.max_row + 1)]
    sheet.cell(row=ids.index("tp-recherche-site") + 1, column=column["next"]).value = \
        "tp-comparateur"
    sheet.delete_rows(ids.index("tp-fiches-appli") + 1)
    book.save(path)
    read = import_touchpoints(path, left_out=project_path(demo))
    update = plan_update(demo, read.project, read.columns)
    journey = demo.journeys[0]
    assert [(change.kind, change.columns) for change in update.changes] == \
        [("removed", ()), ("changed", ("next",))]
    expected = demo.model_copy(deep=True)
    remove_touchpoints(expected, journey.id, ["tp-fiches-appli"])
    after = update.project.journeys[0]
    assert after.flows == expected.journeys[0].flows
    marked = [tp.id for _, tp in after.touchpoints() if tp.ends_path]
    assert marked == ["tp-recherche-site", "tp-report-livraison"]


def test_texts_come_back_exactly_from_an_untouched_workbook(demo: Project,
                                                            tmp_path: Path) -> None:
    """Spaces around a text, line breaks and text that looks like a formula round-trip."""
    journey = demo.journeys[0]
    texts = {"notes": "  Deux espaces au début\nligne 2  ", "description": "@SUM(A1)",
             "customer_action": "\t=1+1", "thinking": "-pas sûr ", "feeling": " +1"}
    first = journey.stages[0].touchpoints[0]
    journey.stages[0].touchpoints[0] = first.model_copy(update=texts)
    export_workbook(demo, tmp_path / "demo.xlsx")
    read = import_touchpoints(tmp_path / "demo.xlsx", left_out=project_path(demo))
    update = plan_update(demo, read.project, read.columns)
    assert update.changes == []
    assert update.project.model_dump() == demo.model_dump()
