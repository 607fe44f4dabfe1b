"""File ▸ Import ▸ Journey from Spreadsheet… and File ▸ Export ▸ Workbook, PowerPoint, Web Page."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from pptx import Presentation
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from cxdesigner.export.workbook import export_workbook
from cxdesigner.ui import image_export, spreadsheet_import
from cxdesigner.ui.main_window import MainWindow
from cxdesigner.ui.office_export import OfficeExports
from cxdesigner.ui.prompts import Prompts
from cxdesigner.ui.spreadsheet_import import SpreadsheetPreview


@pytest.fixture(autouse=True)
def _settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = str(tmp_path / "export-settings.ini")
    monkeypatch.setattr(image_export, "export_settings",
                        lambda: QSettings(path, QSettings.Format.IniFormat))


def _answer(monkeypatch: pytest.MonkeyPatch, accept: bool) -> list[SpreadsheetPreview]:
    seen: list[SpreadsheetPreview] = []

    def run(self: Prompts, dialog: QDialog) -> bool:
        assert isinstance(dialog, SpreadsheetPreview)
        seen.append(dialog)
        return accept and hasattr(dialog, "apply_button")

    monkeypatch.setattr(Prompts, "run", run)
    return seen


def _edited_workbook(window: MainWindow, folder: Path) -> tuple[Path, str, str]:
    """The project's workbook with the first touchpoint renamed: (file, id, new title)."""
    path = folder / "atelier.xlsx"
    export_workbook(window.document.project, path)
    book = load_workbook(path)
    sheet = book.worksheets[0]
    headers = [cell.value for cell in sheet[1]]
    title = sheet.cell(row=2, column=headers.index("Point de contact") + 1)
    title.value = "Le lave-linge lâche"
    book.save(path)
    return path, str(sheet.cell(row=2, column=1).value), "Le lave-linge lâche"


def test_the_import_previews_then_applies_in_one_undo_step(
        demo_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    window = demo_window
    path, tp_id, title = _edited_workbook(window, tmp_path)
    before = window.document.project.model_dump()
    monkeypatch.setattr(spreadsheet_import, "choose_spreadsheet", lambda parent, folder: path)
    seen = _answer(monkeypatch, accept=False)
    action = window.menus.import_menu.actions()[0]
    assert action.objectName() == "importJourneySpreadsheet"
    action.trigger()
    (preview,) = seen
    text = preview.changes.toPlainText()
    assert "Changed: Apparition du besoin \u203a Le lave-linge lâche (Touchpoint)" in text
    assert window.document.project.model_dump() == before  # cancelled: nothing changed

    seen = _answer(monkeypatch, accept=True)
    action.trigger()
    journey = window.document.project.journeys[0]
    assert journey.touchpoint_index()[tp_id].title == title
    stack = window.document.undo_stack
    assert stack.undoText() == "Import journey from spreadsheet"
    stack.undo()
    assert window.document.project.model_dump() == before
    stack.redo()
    assert window.document.project.journeys[0].touchpoint_index()[tp_id].title == title


def test_a_deleted_row_still_named_as_next_removes_that_card_only(
        demo_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    window = demo_window
    path = tmp_path / "atelier.xlsx"
    export_workbook(window.document.project, path)
    book = load_workbook(path)
    sheet = book.worksheets[0]
    ids = [row[0].value for row in sheet.iter_rows()]
    sheet.delete_rows(ids.index("tp-fiches-appli") + 1)
    book.save(path)
    flows = list(window.document.project.journeys[0].flows)
    monkeypatch.setattr(spreadsheet_import, "choose_spreadsheet", lambda parent, folder: path)
    seen = _answer(monkeypatch, accept=True)
    assert window.spreadsheet_import.ask_and_import()
    (preview,) = seen
    assert preview.changes.toPlainText().splitlines()[1].strip() == \
        "Removed: Recherche d’informations \u203a Fiches produit sur l’appli"
    assert window.document.project.journeys[0].flows == [
        flow for flow in flows if "tp-fiches-appli" not in (flow.source_id, flow.target_id)]


def test_a_sheet_with_problems_changes_nothing(
        demo_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "faux.csv"
    path.write_text("Étape;Point de contact;Émotion\nAchat;Paie;9\n", encoding="utf-8")
    monkeypatch.setattr(spreadsheet_import, "choose_spreadsheet", lambda parent, folder: path)
    seen = _answer(monkeypatch, accept=True)
    count = demo_window.document.undo_stack.count()
    assert not demo_window.spreadsheet_import.ask_and_import()
    (shown,) = seen
    assert shown.windowTitle() == "Spreadsheet not imported"
    assert "row 2, column 'Émotion': an emotion is a whole number" in \
        shown.changes.toPlainText()
    assert demo_window.document.undo_stack.count() == count


@pytest.mark.parametrize("kind", ["xlsx", "pptx", "html"])
def test_the_office_exports(demo_window: MainWindow, tmp_path: Path, kind: str,
                            monkeypatch: pytest.MonkeyPatch, qtbot: QtBot) -> None:
    target = tmp_path / f"sortie.{kind}"
    monkeypatch.setattr(OfficeExports, "ask_path", lambda self, suggested, k: target)
    exports = demo_window.office_exports
    action = {"xlsx": exports.workbook, "pptx": exports.powerpoint, "html": exports.web_page}[
        kind]
    assert action in demo_window.menus.export_menu.actions()
    action.trigger()
    assert target.exists()
    if kind == "xlsx":
        assert len(load_workbook(target).worksheets) == 8
    elif kind == "pptx":
        assert len(Presentation(str(target)).slides) == 19
    else:
        assert target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert demo_window.statusBar().currentMessage() == f"Exported to {target}"
