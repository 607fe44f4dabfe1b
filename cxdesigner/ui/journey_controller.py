"""Journey and project commands of the window: new project, new, rename, delete journey."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from cxdesigner.document.checks import DocumentRuleError
from cxdesigner.document.cleanup import without_journey
from cxdesigner.document.commands import AddJourney, EditJourney, ReplaceProjectState
from cxdesigner.document.language import refusal_text
from cxdesigner.model.journey_template import add_template_journey
from cxdesigner.ui.dialogs import JourneyDialog, NewProjectDialog
from cxdesigner.ui.i18n import QT_TRANSLATE_NOOP, translate
from cxdesigner.ui.project_factory import default_journey_name, new_project

if TYPE_CHECKING:
    from cxdesigner.ui.main_window import MainWindow


class JourneyController(QObject):
    """Carries out the File ▸ New and Journey menu entries of one window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        actions = window.editor_actions
        actions.new_journey.triggered.connect(lambda: self.new_journey(False))
        actions.new_journey_from_template.triggered.connect(lambda: self.new_journey(True))
        actions.rename_journey.triggered.connect(self.rename_journey)
        actions.delete_journey.triggered.connect(self.delete_journey)

    def new_project(self) -> None:
        """Ask for a template, title and language, then start the new project."""
        window = self._window
        dialog = NewProjectDialog(window.manager.language, window.manager.templates_folder,
                                  window)
        try:
            if not window.prompts.run(dialog):
                return
            template = dialog.templates.template()
            project = new_project(dialog.title.text(), dialog.chosen_language(),
                                  template.project if template is not None else None,
                                  template.journey_name if template is not None else None)
        finally:
            dialog.deleteLater()
        target = window if window.is_pristine() else window.manager.new_window()
        target.files.new_project(project)
        target.show()
        target.activateWindow()

    def new_journey(self, with_template: bool) -> None:
        window = self._window
        document = window.document
        language = document.project.language
        dialog = JourneyDialog(language, list(document.project.journeys), with_template,
                               window.manager.templates_folder, window)
        try:
            if not window.prompts.run(dialog):
                return
            template = dialog.templates.template()
            kind = dialog.chosen_kind()
            after, journey = add_template_journey(
                document.project, template.project if template is not None else None,
                dialog.name.text().strip() or default_journey_name(language, kind), kind,
                dialog.improves_journey_id())
        finally:
            dialog.deleteLater()
        before = document.project
        try:
            if (after.channels, after.interlocutors) == (before.channels, before.interlocutors):
                document.undo_stack.push(AddJourney(document, journey))
            else:  # the template brings its channels and interlocutors too: one undo step
                document.undo_stack.push(ReplaceProjectState(
                    document, after, QT_TRANSLATE_NOOP("Commands", "Add journey")))
        except DocumentRuleError as error:
            window.prompts.show_error(translate("MainWindow", "New journey"), translate(
                "MainWindow", "The journey was not added."), refusal_text(error))
            return
        window.tabs.show_journey(journey.id)

    def rename_journey(self) -> None:
        window = self._window
        journey_id = window.tabs.current_journey_id()
        if journey_id is None:
            return
        journey = window.document.journey(journey_id)
        name = window.prompts.ask_text(translate("MainWindow", "Rename journey"),
                                       translate("MainWindow", "New name of the journey:"),
                                       journey.name)
        if name is None:
            return
        try:
            command = EditJourney(window.document, journey_id, {"name": name},
                                  text=QT_TRANSLATE_NOOP("Commands", "Rename journey"))
        except DocumentRuleError as error:
            window.prompts.show_error(translate("MainWindow", "Rename journey"), translate(
                "MainWindow", "The journey was not renamed."), refusal_text(error))
            return
        if command.changes_anything:
            window.document.undo_stack.push(command)

    def delete_journey(self) -> None:
        window = self._window
        journey_id = window.tabs.current_journey_id()
        if journey_id is None:
            return
        document = window.document
        journey = document.journey(journey_id)
        count = sum(1 for _ in journey.touchpoints())
        if not window.prompts.confirm(
                translate("MainWindow", "Delete journey"),
                translate("MainWindow", "Delete the journey “%1” with its %2 touchpoints? "
                                        "Edit ▸ Undo brings it back.")
                .replace("%1", journey.name).replace("%2", str(count)),
                translate("MainWindow", "Delete journey")):
            return
        try:
            after = without_journey(document.project, journey_id)
        except ValueError as error:  # the copy would not be a sound project
            window.prompts.show_error(translate("MainWindow", "Delete journey"), translate(
                "MainWindow", "The journey was not deleted: other parts of the project still "
                              "need it."), str(error))
            return
        document.undo_stack.push(ReplaceProjectState(
            document, after, QT_TRANSLATE_NOOP("Commands", "Delete journey")))
