"""The inspector's form for one item of the service blueprint: what it is, who owns it, what
it serves and which pain points it causes."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import (
    QCompleter,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cxdesigner.document import JourneyDocument
from cxdesigner.document.commands import EditBlueprintItem, EditTouchpoint
from cxdesigner.document.lookup import find_blueprint_item
from cxdesigner.document.rules import clean_name
from cxdesigner.model import BlueprintItem, BlueprintLayer, Journey
from cxdesigner.model.text import fold
from cxdesigner.ui.i18n import QT_TRANSLATE_NOOP, translate
from cxdesigner.ui.inspector.fields import (
    ChoiceBox,
    NoteEdit,
    RuleMessage,
    TypingField,
    fill_combo,
    push_edit,
)
from cxdesigner.ui.inspector.typing import TypedBlueprintEdit
from cxdesigner.ui.labels import interface_label

UNDO_TEXTS = {
    "title": QT_TRANSLATE_NOOP("Commands", "Rename blueprint item"),
    "owner": QT_TRANSLATE_NOOP("Commands", "Change owner"),
    "description": QT_TRANSLATE_NOOP("Commands", "Edit blueprint item description"),
    "layer": QT_TRANSLATE_NOOP("Commands", "Move blueprint item to another row"),
    "stage_id": QT_TRANSLATE_NOOP("Commands", "Move blueprint item to another stage"),
    "serves_ids": QT_TRANSLATE_NOOP("Commands", "Change what a blueprint item serves"),
    "causes": QT_TRANSLATE_NOOP("Commands", "Change the causes of a pain point"),
}
_ID = Qt.ItemDataRole.UserRole


def _section(title: str, parent: QWidget, layout: QVBoxLayout) -> QFormLayout:
    box = QGroupBox(title, parent)
    form = QFormLayout(box)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
    layout.addWidget(box)
    return form


def _checklist(parent: QWidget, tip: str) -> QListWidget:
    checklist = QListWidget(parent)
    checklist.setToolTip(tip)
    checklist.setMinimumHeight(90)
    return checklist


def _fill(checklist: QListWidget, entries: list[tuple[str, str]], ticked: set[str]) -> None:
    """Replace the entries (label, id) of a checklist without telling of the change."""
    blocked = checklist.blockSignals(True)
    try:
        checklist.clear()
        for label, identifier in entries:
            entry = QListWidgetItem(label, checklist)
            entry.setData(_ID, identifier)
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(Qt.CheckState.Checked if identifier in ticked
                                else Qt.CheckState.Unchecked)
    finally:
        checklist.blockSignals(blocked)


def _ticked(checklist: QListWidget) -> list[str]:
    return [str(checklist.item(row).data(_ID)) for row in range(checklist.count())
            if checklist.item(row).checkState() == Qt.CheckState.Checked]


def known_owners(document: JourneyDocument, but: str | None = None) -> list[str]:
    """The owners named in the project's blueprints (``but`` that item's), once each, as
    first written."""
    owners: dict[str, str] = {}
    for journey in document.project.journeys:
        for item in journey.blueprint:
            if item.owner.strip() and item.id != but:
                owners.setdefault(fold(item.owner), item.owner)
    return sorted(owners.values(), key=fold)


class BlueprintItemForm(QWidget):
    """Edits the blueprint item given to :meth:`load`; follows the document's changes."""

    def __init__(self, document: JourneyDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self.journey_id: str | None = None
        self.item_id: str | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.refusal = RuleMessage(self)
        layout.addWidget(self.refusal)
        form = _section(translate("Inspector", "Service blueprint"), self, layout)
        self.title = TypingField(QLineEdit(self), lambda t, s: self._typed("title", t, s), self,
                                 clean_name)
        self.layer = ChoiceBox(self)
        fill_combo(self.layer, [(interface_label(layer), layer.value)
                                for layer in BlueprintLayer], BlueprintLayer.BACK_STAGE.value)
        self.stage = ChoiceBox(self)
        owner = QLineEdit(self)
        owner.setPlaceholderText(translate("Inspector", "A team or a system"))
        self._owners = QStringListModel(self)
        completer = QCompleter(self._owners, owner)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        owner.setCompleter(completer)
        self.owner = TypingField(owner, lambda t, s: self._typed("owner", t, s), self,
                                 clean_name)
        self.description = TypingField(NoteEdit(3, self),
                                       lambda t, s: self._typed("description", t, s), self)
        form.addRow(translate("Inspector", "Title:"), self.title.editor)
        form.addRow(translate("Inspector", "Row:"), self.layer)
        form.addRow(translate("Inspector", "Stage:"), self.stage)
        form.addRow(translate("Inspector", "Owner:"), self.owner.editor)
        form.addRow(translate("Inspector", "Description:"), self.description.editor)
        form = _section(translate("Inspector", "Serves"), self, layout)
        self.serves = _checklist(self, translate(
            "Inspector", "The touchpoints this item makes possible, and the items it hands "
                         "its work to: the arrows that cross the lines on the map."))
        form.addRow(self.serves)
        form = _section(translate("Inspector", "Failure point"), self, layout)
        self.causes = _checklist(self, translate(
            "Inspector", "The pain points of the journey this item causes: it is then marked "
                         "as a failure point on the map."))
        self.causes_hint = QLabel(self)
        self.causes_hint.setWordWrap(True)
        self.causes_hint.setEnabled(False)
        form.addRow(self.causes)
        form.addRow(self.causes_hint)
        layout.addStretch(1)
        self.layer.currentIndexChanged.connect(self._on_layer_chosen)
        self.stage.currentIndexChanged.connect(self._on_stage_chosen)
        self.serves.itemChanged.connect(lambda _entry: self._on_serves_ticked())
        self.causes.itemChanged.connect(self._on_cause_ticked)

    # ------------------------------------------------------------------ showing

    def journey(self) -> Journey | None:
        if self.journey_id is None:
            return None
        try:
            return self._document.journey(self.journey_id)
        except KeyError:
            return None

    def item(self) -> BlueprintItem | None:
        journey = self.journey()
        if journey is None or self.item_id is None:
            return None
        try:
            return find_blueprint_item(journey, self.item_id)[1]
        except KeyError:
            return None

    def load(self, journey_id: str, item_id: str) -> None:
        """Show a blueprint item; another one starts new typing sessions."""
        if (journey_id, item_id) != (self.journey_id, self.item_id):
            for field in (self.title, self.owner, self.description):
                field.end_session()
            self.refusal.hide()
        self.journey_id, self.item_id = journey_id, item_id
        self.refresh()

    def refresh(self) -> None:
        """Show the item's current values."""
        journey, item = self.journey(), self.item()
        if journey is None or item is None:
            return
        self.title.set_text(item.title)
        self.owner.set_text(item.owner)
        self.description.set_text(item.description)
        self._owners.setStringList(known_owners(self._document, item.id))
        fill_combo(self.layer, [(interface_label(layer), layer.value)
                                for layer in BlueprintLayer], item.layer.value)
        fill_combo(self.stage, [(stage.name, stage.id) for stage in journey.stages],
                   item.stage_id)
        stages = {stage.id: stage.name for stage in journey.stages}
        served = [(f"{stage.name} \u203a {tp.title}", tp.id) for stage, tp in journey.touchpoints()]
        served += [(f"{interface_label(other.layer)} \u203a {other.title}", other.id)
                   for other in journey.blueprint if other.id != item.id]
        _fill(self.serves, served, set(item.serves_ids))
        pains = [(f"{stages.get(stage.id, '')} \u203a {tp.title} \u203a {irritant.text}",
                  irritant.id)
                 for stage, tp in journey.touchpoints() for irritant in tp.irritants]
        _fill(self.causes, pains, {irritant.id for _, tp in journey.touchpoints()
                                   for irritant in tp.irritants if item.id in irritant.cause_ids})
        # No pain point to link: a sentence says so, in place of an empty list.
        self.causes.setVisible(bool(pains))
        self.causes_hint.setText("" if pains else translate(
            "Inspector", "The journey has no pain point yet: add them on its touchpoints."))
        self.causes_hint.setVisible(not pains)

    # ------------------------------------------------------------------ editing

    def _edit(self, changes: dict[str, Any], text: str) -> None:
        journey_id, item_id = self.journey_id, self.item_id
        if self.item() is None or journey_id is None or item_id is None:
            return
        push_edit(self._document.undo_stack, lambda: EditBlueprintItem(
            self._document, journey_id, item_id, changes, text=text), self.refusal)

    def _typed(self, name: str, text: str, session: int) -> None:
        journey_id, item_id = self.journey_id, self.item_id
        if self.item() is None or journey_id is None or item_id is None:
            return
        push_edit(self._document.undo_stack, lambda: TypedBlueprintEdit(
            self._document, journey_id, item_id, {name: text}, session, UNDO_TEXTS[name]),
            self.refusal)

    def _on_layer_chosen(self) -> None:
        self._edit({"layer": BlueprintLayer(str(self.layer.currentData()))},
                   UNDO_TEXTS["layer"])

    def _on_stage_chosen(self) -> None:
        stage_id = str(self.stage.currentData() or "")
        if stage_id:
            self._edit({"stage_id": stage_id}, UNDO_TEXTS["stage_id"])

    def _on_serves_ticked(self) -> None:
        self._edit({"serves_ids": _ticked(self.serves)}, UNDO_TEXTS["serves_ids"])

    def _on_cause_ticked(self, entry: QListWidgetItem) -> None:
        """Name this item among the causes of a pain point, or take it out of them."""
        journey, item = self.journey(), self.item()
        if journey is None or item is None:
            return
        irritant_id = str(entry.data(_ID))
        causing = entry.checkState() == Qt.CheckState.Checked
        owner = next((tp for _, tp in journey.touchpoints()
                      if any(irritant.id == irritant_id for irritant in tp.irritants)), None)
        if owner is None:
            return
        irritants = []
        for irritant in owner.irritants:
            if irritant.id == irritant_id:
                causes = [cause for cause in irritant.cause_ids if cause != item.id]
                irritant = irritant.model_copy(
                    update={"cause_ids": [*causes, item.id] if causing else causes})
            irritants.append(irritant)
        journey_id, touchpoint_id = journey.id, owner.id
        push_edit(self._document.undo_stack, lambda: EditTouchpoint(
            self._document, journey_id, touchpoint_id, {"irritants": irritants},
            text=UNDO_TEXTS["causes"]), self.refusal)
