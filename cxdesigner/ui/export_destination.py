"""Before an export writes: refuse a project, a folder or a device, ask before replacing a file."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget

from cxdesigner.export.destination import DestinationProblem, Refusal, destination_problem
from cxdesigner.ui.i18n import translate


def refusal_text(problem: DestinationProblem, path: Path) -> str:
    """Why an export does not write to ``path``, in the interface language."""
    name = path.name or str(path)
    text = {
        Refusal.PROJECT_NAME: translate("ExportDestination", "“%1” is the name of a project "
                                                             "file. Choose a name ending in "
                                                             ".pdf."),
        Refusal.FOLDER: translate("ExportDestination", "“%1” is a folder. Give the name of the "
                                                       "file to write."),
        Refusal.NOT_A_FILE: translate("ExportDestination", "“%1” is not an ordinary file (a "
                                                           "device or a pipe?). Choose another "
                                                           "name."),
        Refusal.SOURCE: translate("ExportDestination", "“%1” is the project being exported. "
                                                       "Choose another name."),
        Refusal.PROJECT: translate("ExportDestination", "“%1” is a CX Designer project. Choose "
                                                        "another name."),
        Refusal.FOREIGN: translate("ExportDestination", "“%1” already exists and was not "
                                                        "written by CX Designer."),
    }[problem.refusal]
    return text.replace("%1", name)


class DestinationCheck:
    """Asks, on behalf of one dialog, whether an export may write where it was told to.

    The two questions are methods so that tests replace them.
    """

    def __init__(self, parent: QWidget) -> None:
        self._parent = parent

    def confirm(self, path: Path, sources: Sequence[Path] = ()) -> bool:
        """True when the export may write ``path``: nothing is there, a file CX Designer
        wrote is, or the user agreed to replace the file that is."""
        problem = destination_problem(path, sources)
        if problem is None:
            return True
        if problem.overridable:
            return self.ask_replace(refusal_text(problem, path))
        self.show_refusal(refusal_text(problem, path))
        return False

    def ask_replace(self, text: str) -> bool:
        """Replace or Cancel (the default) for a file that exists."""
        box = QMessageBox(self._parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(translate("ExportDestination", "Replace the file?"))
        box.setText(text)
        box.setInformativeText(translate("ExportDestination", "Replacing it loses what it "
                                                              "holds now."))
        replace = box.addButton(translate("ExportDestination", "Replace"),
                                QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        replaced = box.clickedButton() is replace
        box.deleteLater()
        return replaced

    def show_refusal(self, text: str) -> None:
        """Say why nothing will be written there."""
        box = QMessageBox(self._parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(translate("ExportDestination", "Choose another file"))
        box.setText(text)
        box.exec()
        box.deleteLater()
