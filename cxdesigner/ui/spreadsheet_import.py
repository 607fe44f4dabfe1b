"""File ▸ Import ▸ Journey from Spreadsheet…: a CSV file or workbook brought into the project.

Through the same code as ``cxdesigner import-csv SHEET --update``: the sheet is read
(every problem listed, nothing changed when there is one), matched with the project by
touchpoint id, and what it would add, remove and change is shown first; applying it is
one undo step.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import ValidationError
from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMenu,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from cxdesigner.document.commands import ReplaceProjectState
from cxdesigner.io.messages import describe_validation_error
from cxdesigner.ui.i18n import QT_TRANSLATE_NOOP, translate
from cxdesigner.ui.panel_context import PanelContext

if TYPE_CHECKING:  # the import's code is loaded when it is first used
    from cxdesigner.document.spreadsheet_update import SpreadsheetUpdate, TouchpointChange


def choose_spreadsheet(parent: QWidget, folder: Path) -> Path | None:
    """The spreadsheet to import, or None (a function, so that tests replace it)."""
    name, _ = QFileDialog.getOpenFileName(
        parent, translate("SpreadsheetImport", "Import a journey from a spreadsheet"),
        str(folder), translate("SpreadsheetImport",
                               "Spreadsheets (*.xlsx *.csv *.txt);;All files (*)"))
    return Path(name) if name else None


def describe_change(change: TouchpointChange, language: str) -> str:
    """One line of the preview: what happens to a touchpoint, in the interface language."""
    from cxdesigner.export.workbook import JOURNEY_COLUMNS

    column = 0 if language == "fr" else 1
    where = f"{change.stage} \u203a {change.title}"
    if change.kind == "added":
        return translate("SpreadsheetImport", "Added: %1").replace("%1", where)
    if change.kind == "removed":
        return translate("SpreadsheetImport", "Removed: %1").replace("%1", where)
    fields = ", ".join(JOURNEY_COLUMNS[key][column] if key in JOURNEY_COLUMNS else key
                       for key in change.columns)
    return translate("SpreadsheetImport", "Changed: %1 (%2)").replace("%1", where).replace(
        "%2", fields)


def preview_lines(update: SpreadsheetUpdate, language: str) -> list[str]:
    """Every change of an update, journey by journey."""
    lines = [translate("SpreadsheetImport", "New journey: %1").replace("%1", name)
             for name in update.new_journeys]
    lines += [translate("SpreadsheetImport", "New stage: %1").replace("%1", name)
              for name in update.new_stages]
    journey = None
    for change in update.changes:
        if change.journey != journey:
            journey = change.journey
            lines.append(translate("SpreadsheetImport", "Journey “%1”:").replace("%1", journey))
        lines.append(f"    {describe_change(change, language)}")
    return lines


class SpreadsheetPreview(QDialog):
    """What an import would change (with Apply), or the problems that keep it out."""

    def __init__(self, path: Path, lines: list[str], warnings: list[str], problems: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.resize(720, 460)
        layout = QVBoxLayout(self)
        if problems:
            self.setWindowTitle(translate("SpreadsheetImport", "Spreadsheet not imported"))
            head = translate("SpreadsheetImport", "“%1” was not imported: %2 problem(s) to fix "
                                                  "in the file. Nothing was changed in the "
                                                  "project.").replace("%1", path.name).replace(
                "%2", str(len(lines)))
        else:
            self.setWindowTitle(translate("SpreadsheetImport", "Import from spreadsheet"))
            head = translate("SpreadsheetImport", "“%1” changes the project as follows. Apply "
                                                  "the changes? (Edit ▸ Undo takes them back "
                                                  "in one step.)").replace("%1", path.name)
        self.heading = QLabel(head, self)
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        self.changes = QPlainTextEdit(self)
        self.changes.setReadOnly(True)
        shown = [f"• {line}" if problems else line for line in lines]
        shown += [f"• {warning}" for warning in warnings]
        self.changes.setPlainText("\n".join(shown))
        layout.addWidget(self.changes, 1)
        if problems:
            buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        else:
            buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
            apply = buttons.addButton(translate("SpreadsheetImport", "&Apply Changes"),
                                      QDialogButtonBox.ButtonRole.AcceptRole)
            apply.setDefault(True)
            self.apply_button = apply
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


class SpreadsheetImport(QObject):
    """The File ▸ Import ▸ Journey from Spreadsheet… entry of one window."""

    def __init__(self, context: PanelContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.action = QAction(translate("SpreadsheetImport", "&Journey from Spreadsheet…"),
                              self)
        self.action.setObjectName("importJourneySpreadsheet")
        self.action.setStatusTip(translate(
            "SpreadsheetImport", "Add or update journeys from a spreadsheet (Excel or CSV), "
                                 "one row per touchpoint"))
        self.action.setEnabled(not context.read_only)
        self.action.triggered.connect(self.ask_and_import)
        self.last_update: SpreadsheetUpdate | None = None

    def ask_and_import(self) -> bool:
        """Ask for a spreadsheet and import it; True when the project changed."""
        document = self._context.document
        folder = document.path.parent if document.path is not None else Path.home()
        path = choose_spreadsheet(self._context.dialog_parent, folder)
        return self.import_file(path) if path is not None else False

    def _show(self, dialog: SpreadsheetPreview) -> bool:
        try:
            return self._context.prompts.run(dialog)
        finally:
            dialog.deleteLater()

    def import_file(self, path: Path) -> bool:
        """Read ``path``, show what it changes, and apply it when the user agrees."""
        from cxdesigner.document.spreadsheet_update import plan_update, project_path
        from cxdesigner.io.csv_journeys import import_touchpoints
        from cxdesigner.io.csv_reading import CsvImportError
        from cxdesigner.io.csv_wording import worded

        context = self._context
        document = context.document
        project = document.project
        parent = context.dialog_parent
        try:
            read = import_touchpoints(path, title=project.title, language=project.language,
                                      left_out=project_path(project))
            update = plan_update(project, read.project, read.columns)
        except CsvImportError as error:
            self._show(SpreadsheetPreview(path, error.problems_in(context.language),
                                          error.warnings_in(context.language), True, parent))
            return False
        except ValidationError as error:
            self._show(SpreadsheetPreview(path, describe_validation_error(error, None), [],
                                          True, parent))
            return False
        if update.is_empty:
            context.prompts.inform(
                translate("SpreadsheetImport", "Import from spreadsheet"),
                translate("SpreadsheetImport", "“%1” holds nothing the project does not "
                                               "already say.").replace("%1", path.name))
            return False
        lines = preview_lines(update, context.language)
        warnings = worded(read.warnings, context.language)
        if not self._show(SpreadsheetPreview(path, lines, warnings, False, parent)):
            return False
        document.undo_stack.push(ReplaceProjectState(
            document, update.project,
            QT_TRANSLATE_NOOP("Commands", "Import journey from spreadsheet")))
        self.last_update = update
        context.report(translate("SpreadsheetImport", "%1 changes imported from “%2”.")
                       .replace("%1", str(len(lines))).replace("%2", path.name))
        return True


def install_spreadsheet_import(context: PanelContext, menu: QMenu) -> SpreadsheetImport:
    """Put Journey from Spreadsheet… first in File ▸ Import (``menu``)."""
    controller = SpreadsheetImport(context, context)
    first = next(iter(menu.actions()), None)
    if first is None:
        menu.addAction(controller.action)
    else:
        menu.insertAction(first, controller.action)
    return controller
