"""The questions the editor asks: message boxes and file choosers, each behind one method.

Tests replace these methods, so that no modal dialog ever blocks them.
"""

from __future__ import annotations

from enum import Enum
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from cxdesigner.io import PROJECT_SUFFIX
from cxdesigner.ui.i18n import translate


class SaveChoice(Enum):
    """The answer to "save the changes?"."""

    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


class DiskChoice(Enum):
    """The answer to "the file changed on disk since it was opened: what now?"."""

    RELOAD = "reload"
    SAVE_AS = "save_as"
    OVERWRITE = "overwrite"
    CANCEL = "cancel"


def project_filter() -> str:
    return translate("Prompts", "CX Designer projects (*%1)").replace("%1", PROJECT_SUFFIX)


def template_filter() -> str:
    return translate("Prompts", "CX Designer templates (*%1)").replace("%1", PROJECT_SUFFIX)


class Prompts:
    """Asks the user, on behalf of one window."""

    def __init__(self, window: QWidget) -> None:
        self._window = window

    def ask_save_changes(self, name: str) -> SaveChoice:
        """Save / Discard / Cancel, for the unsaved changes of ``name``."""
        box = QMessageBox(self._window)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(translate("Prompts", "Unsaved changes"))
        box.setText(translate("Prompts", "Save the changes to “%1”?").replace("%1", name))
        box.setInformativeText(
            translate("Prompts", "Your changes are lost if you don't save them."))
        buttons = QMessageBox.StandardButton
        box.setStandardButtons(buttons.Save | buttons.Discard | buttons.Cancel)
        box.setDefaultButton(buttons.Save)
        for button, text in ((buttons.Save, translate("Prompts", "Save")),
                             (buttons.Discard, translate("Prompts", "Don't Save")),
                             (buttons.Cancel, translate("Prompts", "Cancel"))):
            widget = box.button(button)
            if widget is not None:
                widget.setText(text)
        answer = box.exec()
        box.deleteLater()
        if answer == buttons.Save:
            return SaveChoice.SAVE
        if answer == buttons.Discard:
            return SaveChoice.DISCARD
        return SaveChoice.CANCEL

    def ask_changed_on_disk(self, name: str, differences: list[str],
                            backup: str) -> DiskChoice:
        """Reload / Save As / Overwrite / Cancel, for a file someone else changed;
        ``differences`` says how the file on disk differs from this window's project."""
        box = QMessageBox(self._window)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(translate("Prompts", "Changed on disk"))
        box.setText(translate("Prompts", "“%1” was changed on disk since you opened it, by "
                                         "another program or another person.").replace(
            "%1", name))
        shown = "\n".join(f"• {line}" for line in differences) or translate(
            "Prompts", "The file on disk can no longer be read as a project.")
        box.setInformativeText(translate(
            "Prompts", "What differs from your version:\n%1\n\nReload it (your changes here "
                       "are lost), save your version as another file, or overwrite it (its "
                       "version is kept as “%2”).").replace("%1", shown).replace("%2", backup))
        choices = {
            box.addButton(translate("Prompts", "Save As…"),
                          QMessageBox.ButtonRole.AcceptRole): DiskChoice.SAVE_AS,
            box.addButton(translate("Prompts", "Reload"),
                          QMessageBox.ButtonRole.DestructiveRole): DiskChoice.RELOAD,
            box.addButton(translate("Prompts", "Overwrite"),
                          QMessageBox.ButtonRole.DestructiveRole): DiskChoice.OVERWRITE,
        }
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(next(iter(choices)))
        box.setEscapeButton(cancel)
        box.exec()
        clicked = box.clickedButton()
        box.deleteLater()
        return next((choice for button, choice in choices.items() if button is clicked),
                    DiskChoice.CANCEL)

    def show_error(self, title: str, text: str, details: str = "") -> None:
        """Tell the user something failed (``details``: the technical message, if any)."""
        box = QMessageBox(self._window)
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(title)
        box.setText(text)
        if details:
            box.setInformativeText(details)
        box.exec()
        box.deleteLater()

    def show_warning(self, title: str, text: str, details: str = "") -> None:
        """Tell the user something went through with a flaw (``details``: what exactly)."""
        box = QMessageBox(self._window)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(title)
        box.setText(text)
        if details:
            box.setInformativeText(details)
        box.exec()
        box.deleteLater()

    def confirm(self, title: str, text: str, action: str) -> bool:
        """Ask before something that cannot be taken back; ``action`` names the button."""
        box = QMessageBox(self._window)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(title)
        box.setText(text)
        accept = box.addButton(action, QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        confirmed = box.clickedButton() is accept
        box.deleteLater()
        return confirmed

    def inform(self, title: str, text: str) -> None:
        QMessageBox.information(self._window, title, text)

    def about(self, title: str, text: str) -> None:
        QMessageBox.about(self._window, title, text)

    def ask_text(self, title: str, label: str, value: str) -> str | None:
        """A line of text (a new name), or None when cancelled."""
        text, accepted = QInputDialog.getText(self._window, title, label,
                                              QLineEdit.EchoMode.Normal, value)
        return text.strip() if accepted and text.strip() else None

    def run(self, dialog: QDialog) -> bool:
        """Show a dialog modally; True when accepted."""
        return dialog.exec() == QDialog.DialogCode.Accepted

    def open_path(self, folder: Path | None) -> Path | None:
        """A project file to open, or None."""
        name, _ = QFileDialog.getOpenFileName(
            self._window, translate("Prompts", "Open a project"),
            str(folder or Path.home()), project_filter())
        return Path(name) if name else None

    def save_path(self, suggested: Path) -> Path | None:
        """Where to save the project (with the .cxd suffix), or None."""
        name, _ = QFileDialog.getSaveFileName(
            self._window, translate("Prompts", "Save the project as"), str(suggested),
            project_filter())
        if not name:
            return None
        path = Path(name)
        return path if path.suffix.lower() == PROJECT_SUFFIX else path.with_name(
            path.name + PROJECT_SUFFIX)

    def template_open_path(self) -> Path | None:
        """A template file to add to the user's templates, or None."""
        name, _ = QFileDialog.getOpenFileName(
            self._window, translate("Prompts", "Import a template file"), str(Path.home()),
            template_filter())
        return Path(name) if name else None

    def template_save_path(self, suggested: Path) -> Path | None:
        """Where to write a template file to share (with the .cxd suffix), or None."""
        name, _ = QFileDialog.getSaveFileName(
            self._window, translate("Prompts", "Export the journey as a template"),
            str(suggested), template_filter())
        if not name:
            return None
        path = Path(name)
        return path if path.suffix.lower() == PROJECT_SUFFIX else path.with_name(
            path.name + PROJECT_SUFFIX)
