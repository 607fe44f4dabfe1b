"""The questions the segments panel asks, each behind one method that tests replace."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from cxdesigner.ui.i18n import translate
from cxdesigner.ui.prompts import Prompts


class ImportProblemsDialog(QDialog):
    """Every problem of a contact log that could not be imported, in one scrollable list."""

    def __init__(
        self, path: Path, problems: list[str], warnings: list[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Segments", "Contact log not imported"))
        self.resize(720, 420)
        layout = QVBoxLayout(self)
        head = translate(
            "Segments",
            "“%1” was not imported: %2 problem(s) to fix in the file. Nothing was "
            "changed in the project.",
        ).replace("%1", path.name)
        self.heading = QLabel(head.replace("%2", str(len(problems))), self)
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        self.problems = QPlainTextEdit(self)
        self.problems.setReadOnly(True)
        self.problems.setPlainText("\n".join(f"• {problem}" for problem in [*problems, *warnings]))
        layout.addWidget(self.problems, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)


class SegmentPrompts:
    """Asks the user, on behalf of the segments panel of one window.

    Generic questions (confirm, a name, a dialog) go through the window's :class:`Prompts`.
    """

    def __init__(self, window: QWidget, prompts: Prompts) -> None:
        self._window = window
        self.prompts = prompts

    def contact_log_path(self, folder: Path) -> Path | None:
        """A contact log (CSV) to import, or None."""
        name, _ = QFileDialog.getOpenFileName(
            self._window,
            translate("Segments", "Import a contact log"),
            str(folder),
            translate("Segments", "Contact logs (*.xlsx *.csv *.txt);;All files (*)"),
        )
        return Path(name) if name else None

    def show_import_problems(self, path: Path, problems: list[str], warnings: list[str]) -> None:
        """Show every problem that kept a contact log out."""
        dialog = ImportProblemsDialog(path, problems, warnings, self._window)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()

    def show_import_warnings(self, path: Path, summary: str, warnings: list[str]) -> None:
        """Say what an import that went through had to point out."""
        self.prompts.inform(
            translate("Segments", "Contact log imported"),
            "\n\n".join([summary, *(f"• {warning}" for warning in warnings)]),
        )

    def confirm(self, title: str, text: str, action: str) -> bool:
        return self.prompts.confirm(title, text, action)

    def ask_text(self, title: str, label: str, value: str) -> str | None:
        return self.prompts.ask_text(title, label, value)

    def run(self, dialog: QDialog) -> bool:
        return self.prompts.run(dialog)

    def show_error(self, title: str, text: str, details: str = "") -> None:
        self.prompts.show_error(title, text, details)
