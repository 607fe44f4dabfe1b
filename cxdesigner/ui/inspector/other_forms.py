"""The inspector's forms for a stage, and for the journey and project when nothing is
selected."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cxdesigner.document import JourneyDocument
from cxdesigner.document.commands import EditJourney
from cxdesigner.document.rules import clean_name
from cxdesigner.model import Journey, JourneyKind
from cxdesigner.ui.i18n import QT_TRANSLATE_NOOP, translate
from cxdesigner.ui.inspector.fields import (
    NoteEdit,
    RuleMessage,
    TypingField,
    fill_combo,
    push_edit,
)
from cxdesigner.ui.inspector.picture_section import PictureSection
from cxdesigner.ui.inspector.typing import TypedJourneyEdit, TypedProjectEdit, TypedStageEdit
from cxdesigner.ui.labels import interface_label


def _section(title: str, parent: QWidget, layout: QVBoxLayout) -> QFormLayout:
    box = QGroupBox(title, parent)
    form = QFormLayout(box)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
    layout.addWidget(box)
    return form


_STAGE_UNDO_TEXTS = {"name": QT_TRANSLATE_NOOP("Commands", "Rename stage"),
                     "description": QT_TRANSLATE_NOOP("Commands", "Edit stage description")}


class StageForm(QWidget):
    """The name and description of a stage."""

    def __init__(self, document: JourneyDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self.journey_id: str | None = None
        self.stage_id: str | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.refusal = RuleMessage(self)
        layout.addWidget(self.refusal)
        form = _section(translate("Inspector", "Stage"), self, layout)
        self.name = TypingField(QLineEdit(self), lambda t, s: self._typed("name", t, s), self,
                                clean_name)
        self.description = TypingField(NoteEdit(5, self),
                                       lambda t, s: self._typed("description", t, s), self)
        form.addRow(translate("Inspector", "Name:"), self.name.editor)
        form.addRow(translate("Inspector", "Description:"), self.description.editor)
        self.picture = PictureSection(document, self)
        layout.addWidget(self.picture)
        layout.addStretch(1)

    def load(self, journey_id: str, stage_id: str) -> None:
        if (journey_id, stage_id) != (self.journey_id, self.stage_id):
            self.name.end_session()
            self.description.end_session()
            self.refusal.hide()
        self.journey_id, self.stage_id = journey_id, stage_id
        self.picture.load(journey_id, ("stage", stage_id))
        self.refresh()

    def refresh(self) -> None:
        if self.journey_id is None or self.stage_id is None:
            return
        try:
            stage = self._document.stage(self.journey_id, self.stage_id)
        except KeyError:
            return
        self.name.set_text(stage.name)
        self.description.set_text(stage.description)
        self.picture.refresh()

    def _typed(self, name: str, text: str, session: int) -> None:
        journey_id, stage_id = self.journey_id, self.stage_id
        if journey_id is None or stage_id is None:
            return
        push_edit(self._document.undo_stack, lambda: TypedStageEdit(
            self._document, journey_id, stage_id, {name: text}, session,
            _STAGE_UNDO_TEXTS[name]), self.refusal)


class JourneyForm(QWidget):
    """The journey's name, kind, description and personas, and the project's title."""

    def __init__(self, document: JourneyDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self.journey_id: str | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.refusal = RuleMessage(self)
        layout.addWidget(self.refusal)
        form = _section(translate("Inspector", "Journey"), self, layout)
        self.name = TypingField(QLineEdit(self), lambda t, s: self._typed("name", t, s), self,
                                clean_name)
        self.kind = QComboBox(self)
        fill_combo(self.kind, [(interface_label(k), k.value) for k in JourneyKind], "current")
        self.improves = QComboBox(self)
        self.description = TypingField(NoteEdit(4, self),
                                       lambda t, s: self._typed("description", t, s), self)
        form.addRow(translate("Inspector", "Name:"), self.name.editor)
        form.addRow(translate("Inspector", "Kind:"), self.kind)
        form.addRow(translate("Inspector", "Improves:"), self.improves)
        self._improves_label = form.labelForField(self.improves)
        form.addRow(translate("Inspector", "Description:"), self.description.editor)
        form = _section(translate("Inspector", "Personas of this journey"), self, layout)
        self.personas = QListWidget(self)
        self.personas.setToolTip(translate(
            "Inspector", "The personas this journey is mapped for; none ticked means all."))
        form.addRow(self.personas)
        form = _section(translate("Inspector", "Project"), self, layout)
        self.title = TypingField(QLineEdit(self), self._title_typed, self, clean_name)
        self.client = TypingField(QLineEdit(self), self._client_typed, self)
        form.addRow(translate("Inspector", "Title:"), self.title.editor)
        form.addRow(translate("Inspector", "Client:"), self.client.editor)
        layout.addStretch(1)
        self.kind.currentIndexChanged.connect(self._on_kind_chosen)
        self.improves.currentIndexChanged.connect(self._on_improves_chosen)
        self.personas.itemChanged.connect(lambda _item: self._on_personas_ticked())

    def journey(self) -> Journey | None:
        if self.journey_id is None:
            return None
        try:
            return self._document.journey(self.journey_id)
        except KeyError:
            return None

    def load(self, journey_id: str) -> None:
        if journey_id != self.journey_id:
            for field in (self.name, self.description, self.title, self.client):
                field.end_session()
            self.refusal.hide()
        self.journey_id = journey_id
        self.refresh()

    def refresh(self) -> None:
        journey = self.journey()
        project = self._document.project
        self.title.set_text(project.title)
        self.client.set_text(project.client)
        if journey is None:
            return
        self.name.set_text(journey.name)
        self.description.set_text(journey.description)
        fill_combo(self.kind, [(interface_label(k), k.value) for k in JourneyKind],
                   journey.kind.value)
        target = journey.kind is JourneyKind.TARGET
        fill_combo(self.improves, [(translate("Inspector", "(none)"), "")] + [
            (j.name, j.id) for j in project.journeys
            if j.kind is JourneyKind.CURRENT and j.id != journey.id],
            journey.improves_journey_id or "")
        self.improves.setVisible(target)
        if self._improves_label is not None:
            self._improves_label.setVisible(target)
        blocked = self.personas.blockSignals(True)
        try:
            self.personas.clear()
            for persona in project.personas:
                item = QListWidgetItem(persona.name, self.personas)
                item.setData(Qt.ItemDataRole.UserRole, persona.id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if persona.id in journey.persona_ids
                                   else Qt.CheckState.Unchecked)
        finally:
            self.personas.blockSignals(blocked)
        rows = max(2, min(len(project.personas), 6))
        self.personas.setFixedHeight(self.personas.sizeHintForRow(0) * rows + 6
                                     if project.personas else 40)

    def _typed(self, name: str, text: str, session: int) -> None:
        journey = self.journey()
        if journey is not None:
            text_of_edit = QT_TRANSLATE_NOOP("Commands", "Rename journey") if name == "name" \
                else QT_TRANSLATE_NOOP("Commands", "Edit journey description")
            journey_id = journey.id
            push_edit(self._document.undo_stack, lambda: TypedJourneyEdit(
                self._document, journey_id, {name: text}, session, text_of_edit), self.refusal)

    def _title_typed(self, text: str, session: int) -> None:
        push_edit(self._document.undo_stack, lambda: TypedProjectEdit(
            self._document, {"title": text}, session,
            QT_TRANSLATE_NOOP("Commands", "Edit project title")), self.refusal)

    def _client_typed(self, text: str, session: int) -> None:
        push_edit(self._document.undo_stack, lambda: TypedProjectEdit(
            self._document, {"client": text}, session,
            QT_TRANSLATE_NOOP("Commands", "Edit client")), self.refusal)

    def _edit(self, changes: dict[str, object], text: str) -> None:
        journey = self.journey()
        if journey is not None:
            journey_id = journey.id
            push_edit(self._document.undo_stack, lambda: EditJourney(
                self._document, journey_id, changes, text=text), self.refusal)

    def _on_kind_chosen(self) -> None:
        kind = JourneyKind(str(self.kind.currentData()))
        changes: dict[str, object] = {"kind": kind}
        if kind is JourneyKind.CURRENT:
            changes["improves_journey_id"] = None
        self._edit(changes, QT_TRANSLATE_NOOP("Commands", "Change journey kind"))

    def _on_improves_chosen(self) -> None:
        value = str(self.improves.currentData() or "") or None
        self._edit({"improves_journey_id": value},
                   QT_TRANSLATE_NOOP("Commands", "Change improved journey"))

    def _on_personas_ticked(self) -> None:
        ids = []
        for row in range(self.personas.count()):
            item = self.personas.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                ids.append(str(item.data(Qt.ItemDataRole.UserRole)))
        self._edit({"persona_ids": ids},
                   QT_TRANSLATE_NOOP("Commands", "Change the personas of the journey"))
