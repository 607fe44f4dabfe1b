"""File ▸ Import ▸ Players' Scores: the whole file is checked first (``io.csv_scores``); if
anything is wrong, every problem is listed with its row and column and nothing is added;
otherwise its scorecards, and the players and waves it names, are added as one undo step.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

from cxdesigner.document.commands import ReplaceProjectState
from cxdesigner.io.csv_reading import CsvImportError
from cxdesigner.io.csv_scores import import_scores
from cxdesigner.ui.i18n import QT_TRANSLATE_NOOP, translate
from cxdesigner.ui.indicators.answers import ProblemsDialog
from cxdesigner.ui.panel_context import PanelContext


def choose_scores_file(parent: QWidget, folder: Path) -> Path | None:
    """The spreadsheet of scores to import, or None (a function so that tests replace it)."""
    name, _ = QFileDialog.getOpenFileName(
        parent, translate("Benchmark", "Import the players' scores"), str(folder),
        translate("Benchmark", "Spreadsheets (*.xlsx *.csv *.txt);;All files (*)"))
    return Path(name) if name else None


def import_scores_file(context: PanelContext) -> bool:
    """Import a scores file chosen by the user: True when scorecards were added."""
    document = context.document
    folder = document.path.parent if document.path is not None else Path.home()
    path = choose_scores_file(context.dialog_parent, folder)
    if path is None:
        return False
    title = translate("Benchmark", "Scores not imported")
    try:
        result = import_scores(path, document.project)
    except CsvImportError as error:
        dialog = ProblemsDialog(error, context.language, context.dialog_parent, title)
        context.prompts.run(dialog)
        dialog.deleteLater()
        return False
    except OSError as error:
        context.prompts.show_error(title, translate("Benchmark", "“%1” could not be read.")
                                   .replace("%1", str(path)), error.strerror or str(error))
        return False
    document.undo_stack.push(ReplaceProjectState(
        document, result.project, QT_TRANSLATE_NOOP("Commands", "Import players' scores")))
    context.report(translate(
        "Benchmark", "%1 scorecards imported from “%2” (%3 new players, %4 new waves).")
        .replace("%1", str(len(result.added))).replace("%2", path.name)
        .replace("%3", str(len(result.new_players))).replace("%4", str(len(result.new_waves))))
    return True
