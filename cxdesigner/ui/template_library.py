"""Journey ▸ Save, Export and Import templates: the consultant's own template library."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from cxdesigner.interface_language import interface_language
from cxdesigner.io import ProjectFileError
from cxdesigner.io.templates import export_template, import_template_file, save_user_template
from cxdesigner.model import Project
from cxdesigner.model.journey_template import template_from_journey
from cxdesigner.ui.i18n import translate
from cxdesigner.ui.platform_ui import data_folder

if TYPE_CHECKING:
    from cxdesigner.ui.main_window import MainWindow


def user_templates_folder() -> Path:
    """``templates`` in the data folder: where the consultant's own templates are kept."""
    return data_folder() / "templates"


class TemplateDetailsDialog(QDialog):
    """The name and short description of a template about to be saved."""

    def __init__(self, name: str, description: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Templates", "Save journey as template"))
        self.name = QLineEdit(name, self)
        self.name.selectAll()
        self.description = QPlainTextEdit(description, self)
        self.description.setTabChangesFocus(True)
        self.description.setPlaceholderText(translate(
            "Templates", "What the template is for, in a sentence"))
        self.description.setMaximumHeight(self.description.fontMetrics().lineSpacing() * 5)
        form = QFormLayout()
        form.addRow(translate("Templates", "Template name:"), self.name)
        form.addRow(translate("Templates", "Description:"), self.description)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.name.textChanged.connect(lambda text: ok.setEnabled(bool(text.strip())))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)


class TemplateLibraryController(QObject):
    """Saves the current journey as a template, exports it as a file, imports template files."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        actions = window.editor_actions
        actions.save_journey_template.triggered.connect(self.save_journey_template)
        actions.export_journey_template.triggered.connect(self.export_journey_template)
        actions.import_template.triggered.connect(self.import_template)

    @property
    def folder(self) -> Path:
        return self._window.manager.templates_folder

    def _current_template(self, title: str) -> Project | None:
        """The current journey as a template named by the user, or None when cancelled."""
        window = self._window
        journey_id = window.tabs.current_journey_id()
        if journey_id is None:
            return None
        journey = window.document.journey(journey_id)
        dialog = TemplateDetailsDialog(journey.name, journey.description, window)
        dialog.setWindowTitle(title)
        try:
            if not window.prompts.run(dialog):
                return None
            name = dialog.name.text().strip() or journey.name
            description = dialog.description.toPlainText().strip()
        finally:
            dialog.deleteLater()
        return template_from_journey(window.document.project, journey_id, name, description)

    def save_journey_template(self) -> Path | None:
        """Keep the current journey among the user's templates; returns the file written."""
        title = translate("Templates", "Save journey as template")
        template = self._current_template(title)
        if template is None:
            return None
        try:
            path = save_user_template(template, self.folder)
        except ProjectFileError as error:
            self._refuse(title, translate("Templates", "The template was not saved."), error)
            return None
        self._window.statusBar().showMessage(translate(
            "Templates", "Template “%1” saved: a new project or journey offers it under "
                         "My templates.")
            .replace("%1", template.title), 6000)
        return path

    def export_journey_template(self) -> Path | None:
        """Write the current journey as a template file chosen by the user."""
        title = translate("Templates", "Export journey as template")
        template = self._current_template(title)
        if template is None:
            return None
        path = self._window.prompts.template_save_path(Path.home() / f"{template.title}.cxd")
        if path is None:
            return None
        try:
            export_template(template, path)
        except ProjectFileError as error:
            self._refuse(title, translate("Templates", "The template was not exported."), error)
            return None
        self._window.statusBar().showMessage(translate(
            "Templates", "Template written to %1").replace("%1", str(path)), 6000)
        return path

    def import_template(self) -> Path | None:
        """Check a template file and add it to the user's templates; a broken file is
        refused with what is wrong and changes nothing."""
        title = translate("Templates", "Import template file")
        path = self._window.prompts.template_open_path()
        if path is None:
            return None
        try:
            stored = import_template_file(path, self.folder, interface_language())
        except ProjectFileError as error:
            self._refuse(title, translate(
                "Templates", "The template was not imported; your templates are unchanged."),
                error)
            return None
        self._window.prompts.inform(title, translate(
            "Templates", "The template is now among your own: a new project or journey "
                         "offers it under My templates."))
        return stored

    def _refuse(self, title: str, text: str, error: ProjectFileError) -> None:
        self._window.prompts.show_error(title, text, error.message())
