"""Small dialogs: a new project from a template, a new journey, the lanes of a map."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cxdesigner.model import Journey, JourneyKind, Lane, LaneSetting, default_lanes
from cxdesigner.ui.i18n import translate
from cxdesigner.ui.labels import interface_label, language_label
from cxdesigner.ui.project_factory import default_journey_name, untitled_title
from cxdesigner.ui.template_chooser import EMPTY_KEY, TemplateChooser


class NewProjectDialog(QDialog):
    """Choose the title, language and stage template of a new project."""

    def __init__(self, language: str, user_folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Dialogs", "New project from a template"))
        self.title = QLineEdit(untitled_title(language), self)
        self.title.selectAll()
        self.language = QComboBox(self)
        for code in ("fr", "en"):
            self.language.addItem(language_label(code), code)
        self.language.setCurrentIndex(0 if language == "fr" else 1)
        self.language.setToolTip(translate(
            "Dialogs", "The language of the project's content: stage and channel names."))
        self.templates = TemplateChooser(language, user_folder, self)
        self.language.currentIndexChanged.connect(
            lambda: self.templates.set_language(self.chosen_language()))
        form = QFormLayout()
        form.addRow(translate("Dialogs", "Project title:"), self.title)
        form.addRow(translate("Dialogs", "Content language:"), self.language)
        form.addRow(translate("Dialogs", "Template:"), self.templates)
        _finish(self, form, self.templates)
        self.resize(560, 560)

    def chosen_language(self) -> str:
        return str(self.language.currentData())


class JourneyDialog(QDialog):
    """Name, kind and (optionally) stage template of a new journey."""

    def __init__(self, language: str, journeys: list[Journey], with_template: bool,
                 user_folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self.setWindowTitle(translate("Dialogs", "New journey from a template") if with_template
                            else translate("Dialogs", "New journey"))
        self.kind = QComboBox(self)
        for kind in JourneyKind:
            self.kind.addItem(interface_label(kind), kind.value)
        self.name = QLineEdit(default_journey_name(language, JourneyKind.CURRENT), self)
        self.improves = QComboBox(self)
        self.improves.addItem(translate("Dialogs", "(none)"), "")
        for journey in journeys:
            if journey.kind is JourneyKind.CURRENT:
                self.improves.addItem(journey.name, journey.id)
        self.templates = TemplateChooser(language, user_folder, self)
        self.templates.setVisible(with_template)
        if not with_template:
            self.templates.select(EMPTY_KEY)
        form = QFormLayout()
        form.addRow(translate("Dialogs", "Kind:"), self.kind)
        form.addRow(translate("Dialogs", "Name:"), self.name)
        form.addRow(translate("Dialogs", "Improves:"), self.improves)
        if with_template:
            form.addRow(translate("Dialogs", "Template:"), self.templates)
        self._improves_label = form.labelForField(self.improves)
        self._suggested = self.name.text()
        self.kind.currentIndexChanged.connect(self._on_kind_changed)
        self.templates.tree.currentItemChanged.connect(
            lambda _new, _old: self._suggest_name())
        self._on_kind_changed()
        _finish(self, form, self.templates)
        if with_template:
            self.resize(520, 560)
        else:
            self.resize(480, self.sizeHint().height())

    def chosen_kind(self) -> JourneyKind:
        return JourneyKind(str(self.kind.currentData()))

    def improves_journey_id(self) -> str | None:
        value = str(self.improves.currentData() or "")
        return value if value and self.chosen_kind() is JourneyKind.TARGET else None

    def _on_kind_changed(self) -> None:
        target = self.chosen_kind() is JourneyKind.TARGET
        self.improves.setVisible(target)
        if self._improves_label is not None:
            self._improves_label.setVisible(target)
        self._suggest_name()

    def _suggest_name(self) -> None:
        """Name the journey as the chosen template does (one's own template names its
        journey), else by its kind; a name the user typed is kept."""
        template = self.templates.template()
        suggested = (template.journey_name if template is not None else None) \
            or default_journey_name(self._language, self.chosen_kind())
        defaults = {default_journey_name(self._language, kind) for kind in JourneyKind}
        if self.name.text() in defaults | {self._suggested}:
            self.name.setText(suggested)
        self._suggested = suggested


class LanesDialog(QDialog):
    """Show, hide and reorder the lanes (rows) of a map."""

    def __init__(self, lanes: list[LaneSetting], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Dialogs", "Lanes of the map"))
        self.list = QListWidget(self)
        self.list.setDragDropMode(QListWidget.DragDropMode.InternalMove)
        self._fill(lanes)
        up = QPushButton(translate("Dialogs", "Move up"), self)
        down = QPushButton(translate("Dialogs", "Move down"), self)
        reset = QPushButton(translate("Dialogs", "Restore defaults"), self)
        up.clicked.connect(lambda: self._move(-1))
        down.clicked.connect(lambda: self._move(1))
        reset.clicked.connect(lambda: self._fill(default_lanes()))
        side = QVBoxLayout()
        for button in (up, down, reset):
            side.addWidget(button)
        side.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.list, 1)
        row.addLayout(side)
        hint = QLabel(translate("Dialogs", "Tick the lanes to show; drag or use the buttons "
                                           "to change their order."), self)
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(row)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _fill(self, lanes: list[LaneSetting]) -> None:
        self.list.clear()
        for setting in lanes:
            item = QListWidgetItem(interface_label(setting.lane), self.list)
            item.setData(Qt.ItemDataRole.UserRole, setting.lane.value)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if setting.visible
                               else Qt.CheckState.Unchecked)

    def _move(self, step: int) -> None:
        row = self.list.currentRow()
        if row < 0 or not 0 <= row + step < self.list.count():
            return
        item = self.list.takeItem(row)
        self.list.insertItem(row + step, item)
        self.list.setCurrentRow(row + step)

    def lanes(self) -> list[LaneSetting]:
        result = []
        for row in range(self.list.count()):
            item = self.list.item(row)
            result.append(LaneSetting(lane=Lane(str(item.data(Qt.ItemDataRole.UserRole))),
                                      visible=item.checkState() == Qt.CheckState.Checked))
        return result


def _finish(dialog: QDialog, form: QFormLayout, templates: TemplateChooser) -> None:
    """Add OK and Cancel; OK waits for a template (or "empty") to be chosen, not a sector."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog)
    ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
    templates.tree.currentItemChanged.connect(
        lambda _new, _old: ok.setEnabled(templates.key() is not None))
    ok.setEnabled(templates.key() is not None)
    templates.tree.itemDoubleClicked.connect(
        lambda item, _column: dialog.accept() if item is templates.tree.currentItem()
        and templates.key() is not None else None)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addLayout(form)
    layout.addWidget(buttons)
