"""File ▸ Export ▸ Action plan (CSV): the plan as a spreadsheet in the project's language."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

from cxdesigner.export.actions_csv import write_actions_csv
from cxdesigner.io.file_names import portable_stem
from cxdesigner.ui.i18n import translate
from cxdesigner.ui.panel_context import PanelContext


def choose_csv_path(parent: QWidget, suggested: Path) -> Path | None:
    """Where to write the CSV file (with the .csv suffix), or None when cancelled.

    A function of its own so that tests replace it instead of showing the dialog.
    """
    name, _ = QFileDialog.getSaveFileName(
        parent, translate("ActionPlan", "Export the action plan"), str(suggested),
        translate("ActionPlan", "CSV files (*.csv)"))
    if not name:
        return None
    path = Path(name)
    return path if path.suffix.lower() == ".csv" else path.with_name(path.name + ".csv")


def suggested_path(context: PanelContext) -> Path:
    """Next to the project file, named after it: ``parcours.cxd`` -> ``parcours - plan.csv``."""
    document = context.document
    project_path = document.path
    name = translate("ActionPlan", "%1 - action plan.csv")
    if project_path is None:
        return Path.home() / name.replace("%1", portable_stem(document.project.title,
                                                              fallback="CX"))
    return project_path.with_name(name.replace("%1", project_path.stem))


def export_actions(context: PanelContext) -> Path | None:
    """Ask where, then write the action plan as CSV; returns the file written, if any."""
    path = choose_csv_path(context.dialog_parent, suggested_path(context))
    if path is None:
        return None
    project = context.document.project
    try:
        write_actions_csv(project, path, language=project.language)
    except OSError as error:
        context.prompts.show_error(
            translate("ActionPlan", "Export failed"),
            translate("ActionPlan", "The action plan could not be written to “%1”.").replace(
                "%1", str(path)), error.strerror or str(error))
        return None
    context.report(translate(
        "ActionPlan", "Action plan exported to “%1”.").replace("%1", str(path)))
    return path
