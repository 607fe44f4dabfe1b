"""The inspector's form for one touchpoint: every field, each edit one undo step."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from cxdesigner.document import JourneyDocument
from cxdesigner.document.commands import EditTouchpoint
from cxdesigner.document.rules import clean_name
from cxdesigner.model import (
    EMOTION_MAX,
    EMOTION_MIN,
    Criticality,
    Evidence,
    Irritant,
    KpiValue,
    MomentOfTruth,
    Opportunity,
    Persona,
    Touchpoint,
    Verbatim,
)
from cxdesigner.model.evidence import EvidenceIndex
from cxdesigner.ui.i18n import QT_TRANSLATE_NOOP, translate
from cxdesigner.ui.inspector import item_dialogs
from cxdesigner.ui.inspector.detail_section import DetailSection
from cxdesigner.ui.inspector.fields import (
    ChoiceBox,
    NoteEdit,
    RuleMessage,
    TypingField,
    fill_combo,
    push_edit,
    set_combo_data,
)
from cxdesigner.ui.inspector.item_lists import ItemListEditor
from cxdesigner.ui.inspector.persona_table import PersonaTable
from cxdesigner.ui.inspector.picture_section import PictureSection
from cxdesigner.ui.inspector.summaries import (
    evidence_basis_text,
    irritant_summary,
    kpi_summary,
    opportunity_summary,
    verbatim_summary,
)
from cxdesigner.ui.inspector.typing import TypedTouchpointEdit
from cxdesigner.ui.labels import emotion_label, interface_label, optional_label

T = TypeVar("T")

# The name of each edit in the undo history (translated by the document's commands).
UNDO_TEXTS = {
    "title": QT_TRANSLATE_NOOP("Commands", "Edit touchpoint title"),
    "description": QT_TRANSLATE_NOOP("Commands", "Edit touchpoint description"),
    "customer_action": QT_TRANSLATE_NOOP("Commands", "Edit customer action"),
    "thinking": QT_TRANSLATE_NOOP("Commands", "Edit what the customer thinks"),
    "feeling": QT_TRANSLATE_NOOP("Commands", "Edit what the customer feels"),
    "notes": QT_TRANSLATE_NOOP("Commands", "Edit touchpoint notes"),
    "channel_id": QT_TRANSLATE_NOOP("Commands", "Change channel"),
    "interlocutor_id": QT_TRANSLATE_NOOP("Commands", "Change interlocutor"),
    "emotion": QT_TRANSLATE_NOOP("Commands", "Change emotion"),
    "moment": QT_TRANSLATE_NOOP("Commands", "Change moment of truth"),
    "criticality": QT_TRANSLATE_NOOP("Commands", "Change criticality"),
    "tags": QT_TRANSLATE_NOOP("Commands", "Edit tags"),
    "evidence": QT_TRANSLATE_NOOP("Commands", "Change evidence level"),
}
_LIST_TEXTS = {
    "verbatims": (QT_TRANSLATE_NOOP("Commands", "Add verbatim"),
                  QT_TRANSLATE_NOOP("Commands", "Edit verbatim"),
                  QT_TRANSLATE_NOOP("Commands", "Remove verbatim")),
    "irritants": (QT_TRANSLATE_NOOP("Commands", "Add pain point"),
                  QT_TRANSLATE_NOOP("Commands", "Edit pain point"),
                  QT_TRANSLATE_NOOP("Commands", "Remove pain point")),
    "opportunities": (QT_TRANSLATE_NOOP("Commands", "Add opportunity"),
                      QT_TRANSLATE_NOOP("Commands", "Edit opportunity"),
                      QT_TRANSLATE_NOOP("Commands", "Remove opportunity")),
    "kpis": (QT_TRANSLATE_NOOP("Commands", "Add KPI value"),
             QT_TRANSLATE_NOOP("Commands", "Edit KPI value"),
             QT_TRANSLATE_NOOP("Commands", "Remove KPI value")),
}
_TEXT_FIELDS = ("title", "description", "customer_action", "thinking", "feeling", "notes")


def _section(title: str, parent: QWidget) -> tuple[QGroupBox, QFormLayout]:
    box = QGroupBox(title, parent)
    form = QFormLayout(box)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
    return box, form


class TouchpointForm(QWidget):
    """Edits the touchpoint given to :meth:`load`; follows the document's changes."""

    def __init__(self, document: JourneyDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self.journey_id: str | None = None
        self.touchpoint_id: str | None = None
        self.fields: dict[str, TypingField] = {}
        self._suggested = Evidence.HYPOTHESIS
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.refusal = RuleMessage(self)
        layout.addWidget(self.refusal)

        box, form = _section(translate("Inspector", "Touchpoint"), self)
        self._text_row(form, "title", translate("Inspector", "Title:"), QLineEdit(self))
        self._text_row(form, "description", translate("Inspector", "Description:"),
                       NoteEdit(3, self))
        self.channel = ChoiceBox(self)
        self.interlocutor = ChoiceBox(self)
        form.addRow(translate("Inspector", "Channel:"), self.channel)
        form.addRow(translate("Inspector", "Interlocutor:"), self.interlocutor)
        layout.addWidget(box)
        self.picture = PictureSection(document, self)
        layout.addWidget(self.picture)
        self.detail = DetailSection(document, self)
        layout.addWidget(self.detail)

        box, form = _section(translate("Inspector", "Customer"), self)
        self._text_row(form, "customer_action", translate("Inspector", "Does:"),
                       NoteEdit(2, self))
        self._text_row(form, "thinking", translate("Inspector", "Thinks:"), NoteEdit(2, self))
        self._text_row(form, "feeling", translate("Inspector", "Feels:"), NoteEdit(2, self))
        self.emotion = ChoiceBox(self)
        fill_combo(self.emotion, [(emotion_label(None), "")] + [
            (emotion_label(v), str(v)) for v in range(EMOTION_MAX, EMOTION_MIN - 1, -1)], "")
        form.addRow(translate("Inspector", "Emotion:"), self.emotion)
        layout.addWidget(box)

        box, form = _section(translate("Inspector", "Moment of truth and criticality"), self)
        self.moment = ChoiceBox(self)
        fill_combo(self.moment, [(interface_label(m), m.value) for m in MomentOfTruth], "none")
        self.criticality = ChoiceBox(self)
        fill_combo(self.criticality, [(optional_label(None), "")] + [
            (optional_label(level), level.value) for level in Criticality], "")
        form.addRow(translate("Inspector", "Moment of truth:"), self.moment)
        form.addRow(translate("Inspector", "Criticality:"), self.criticality)
        self.personas = PersonaTable(self._choose, self)
        self._personas_label = QLabel(translate("Inspector", "Per persona:"), self)
        form.addRow(self._personas_label)
        form.addRow(self.personas)
        layout.addWidget(box)

        box, form = _section(translate("Inspector", "How sure are we?"), self)
        self.evidence = ChoiceBox(self)
        self.evidence_basis = QLabel(self)
        self.evidence_basis.setWordWrap(True)
        self.evidence_basis.setEnabled(False)
        form.addRow(translate("Inspector", "Evidence:"), self.evidence)
        form.addRow(self.evidence_basis)
        layout.addWidget(box)

        self.verbatims: ItemListEditor[Verbatim] = self._list_section(
            layout, translate("Inspector", "Voice of the customer: verbatims"), "verbatims",
            verbatim_summary, self._edit_verbatim)
        self.irritants: ItemListEditor[Irritant] = self._list_section(
            layout, translate("Inspector", "Pain points"), "irritants", irritant_summary,
            self._edit_irritant)
        self.opportunities: ItemListEditor[Opportunity] = self._list_section(
            layout, translate("Inspector", "Opportunities"), "opportunities",
            opportunity_summary, self._edit_opportunity)
        self.kpis: ItemListEditor[KpiValue] = self._list_section(
            layout, translate("Inspector", "KPI values"), "kpis", kpi_summary, self._edit_kpi)

        box, form = _section(translate("Inspector", "Tags and notes"), self)
        self.tags = QLineEdit(self)
        self.tags.setPlaceholderText(translate("Inspector", "Separated by commas"))
        self.tags.editingFinished.connect(self._on_tags_edited)
        form.addRow(translate("Inspector", "Tags:"), self.tags)
        self._text_row(form, "notes", translate("Inspector", "Notes:"), NoteEdit(3, self))
        layout.addWidget(box)
        layout.addStretch(1)

        self.channel.currentIndexChanged.connect(lambda: self._combo_chosen(
            "channel_id", self.channel))
        self.interlocutor.currentIndexChanged.connect(lambda: self._combo_chosen(
            "interlocutor_id", self.interlocutor))
        self.emotion.currentIndexChanged.connect(lambda: self._combo_chosen(
            "emotion", self.emotion))
        self.moment.currentIndexChanged.connect(lambda: self._combo_chosen(
            "moment", self.moment))
        self.criticality.currentIndexChanged.connect(lambda: self._combo_chosen(
            "criticality", self.criticality))
        self.evidence.currentIndexChanged.connect(lambda: self._combo_chosen(
            "evidence", self.evidence))

    # ------------------------------------------------------------------ building

    def _text_row(self, form: QFormLayout, name: str, label: str,
                  editor: QLineEdit | NoteEdit) -> None:
        field = TypingField(editor, lambda text, session: self._typed(name, text, session),
                            self, clean_name if name == "title" else None)
        self.fields[name] = field
        form.addRow(label, editor)

    def _list_section(self, layout: QVBoxLayout, title: str, name: str, summary: Any,
                      edit: Any) -> Any:
        box = QGroupBox(title, self)
        inner = QVBoxLayout(box)
        editor: ItemListEditor[Any] = ItemListEditor(
            summary, edit, lambda items, text: self._commit({name: items}, text),
            _LIST_TEXTS[name], box)
        inner.addWidget(editor)
        layout.addWidget(box)
        return editor

    # ------------------------------------------------------------------ showing

    def touchpoint(self) -> Touchpoint | None:
        if self.journey_id is None or self.touchpoint_id is None:
            return None
        try:
            return self._document.touchpoint(self.journey_id, self.touchpoint_id)
        except KeyError:
            return None

    def load(self, journey_id: str, touchpoint_id: str) -> None:
        """Show a touchpoint; a new one starts new typing sessions."""
        if (journey_id, touchpoint_id) != (self.journey_id, self.touchpoint_id):
            for field in self.fields.values():
                field.end_session()
            self.refusal.hide()
        self.journey_id, self.touchpoint_id = journey_id, touchpoint_id
        self.picture.load(journey_id, ("touchpoint", touchpoint_id))
        self.detail.load(journey_id, touchpoint_id)
        self.refresh()

    def refresh(self) -> None:
        """Show the touchpoint's current values (the cursor of a field being typed in stays)."""
        touchpoint = self.touchpoint()
        if touchpoint is None or self.journey_id is None:
            return
        project = self._document.project
        for name, field in self.fields.items():
            field.set_text(str(getattr(touchpoint, name)))
        none = translate("Inspector", "(none)")
        fill_combo(self.channel, [(none, "")] + [(c.name, c.id) for c in project.channels],
                   touchpoint.channel_id or "")
        fill_combo(self.interlocutor, [(none, "")] + [
            (f"{i.name} ({i.role})" if i.role else i.name, i.id) for i in project.interlocutors],
            touchpoint.interlocutor_id or "")
        set_combo_data(self.emotion, "" if touchpoint.emotion is None
                       else str(touchpoint.emotion))
        set_combo_data(self.moment, touchpoint.moment.value)
        set_combo_data(self.criticality, touchpoint.criticality.value
                       if touchpoint.criticality else "")
        self._show_evidence(touchpoint)
        personas = self._personas()
        self.personas.show_touchpoint(touchpoint, personas)
        self.personas.setVisible(bool(personas))
        self._personas_label.setVisible(bool(personas))
        if not self.tags.hasFocus():
            self.tags.setText(", ".join(touchpoint.tags))
        self.verbatims.set_items(list(touchpoint.verbatims))
        self.irritants.set_items(list(touchpoint.irritants))
        self.opportunities.set_items(list(touchpoint.opportunities))
        self.kpis.set_items(list(touchpoint.kpis))
        self.picture.refresh()
        self.detail.refresh()

    def _show_evidence(self, touchpoint: Touchpoint) -> None:
        """The level set by hand, or the one suggested, and what the suggestion rests on."""
        basis = EvidenceIndex(self._document.project).basis(touchpoint)
        self._suggested = basis.level
        suggested = translate("Inspector", "Suggested: %1").replace(
            "%1", interface_label(basis.level))
        fill_combo(self.evidence, [(suggested, "")] + [
            (interface_label(level), level.value) for level in Evidence],
            touchpoint.evidence.value if touchpoint.evidence is not None else "")
        self.evidence_basis.setText(evidence_basis_text(basis))

    def _personas(self) -> list[Persona]:
        """The journey's personas, or all of the project's when the journey names none."""
        project = self._document.project
        assert self.journey_id is not None
        chosen = set(self._document.journey(self.journey_id).persona_ids)
        return [p for p in project.personas if p.id in chosen] or list(project.personas)

    # ------------------------------------------------------------------ editing

    def _typed(self, name: str, text: str, session: int) -> None:
        self._choose({name: text}, UNDO_TEXTS[name], session)

    def _choose(self, changes: dict[str, Any], text: str, session: int) -> None:
        """An edit that merges with the next ones of the same typing or choosing session."""
        journey_id, touchpoint_id = self.journey_id, self.touchpoint_id
        if self.touchpoint() is None or journey_id is None or touchpoint_id is None:
            return
        push_edit(self._document.undo_stack, lambda: TypedTouchpointEdit(
            self._document, journey_id, touchpoint_id, changes, session, text), self.refusal)

    def _commit(self, changes: dict[str, Any], text: str) -> None:
        journey_id, touchpoint_id = self.journey_id, self.touchpoint_id
        if self.touchpoint() is None or journey_id is None or touchpoint_id is None:
            return
        push_edit(self._document.undo_stack, lambda: EditTouchpoint(
            self._document, journey_id, touchpoint_id, changes, text=text), self.refusal)

    def _combo_chosen(self, name: str, combo: ChoiceBox) -> None:
        data = str(combo.currentData() or "")
        value: object
        if name == "emotion":
            value = int(data) if data else None
        elif name == "moment":
            value = MomentOfTruth(data)
        elif name == "criticality":
            value = Criticality(data) if data else None
        elif name == "evidence":
            value = Evidence(data) if data else None
        else:
            value = data or None
        self._choose({name: value}, UNDO_TEXTS[name], combo.session)

    def _on_tags_edited(self) -> None:
        # Separated by commas here; the document trims them and drops blanks and repeats.
        self._commit({"tags": self.tags.text().split(",")}, UNDO_TEXTS["tags"])

    def _edit_verbatim(self, verbatim: Verbatim | None) -> Verbatim | None:
        dialog = item_dialogs.VerbatimDialog(verbatim, list(self._document.project.personas),
                                             self)
        return _result(dialog, dialog.value)

    def _edit_irritant(self, irritant: Irritant | None) -> Irritant | None:
        assert self.journey_id is not None
        blueprint = list(self._document.journey(self.journey_id).blueprint)
        touchpoint = self.touchpoint()
        suggested = touchpoint.evidence if touchpoint is not None and \
            touchpoint.evidence is not None else self._suggested
        dialog = item_dialogs.IrritantDialog(irritant, self, blueprint, suggested)
        return _result(dialog, dialog.value)

    def _edit_opportunity(self, opportunity: Opportunity | None) -> Opportunity | None:
        dialog = item_dialogs.OpportunityDialog(opportunity, self)
        return _result(dialog, dialog.value)

    def _edit_kpi(self, kpi: KpiValue | None) -> KpiValue | None:
        dialog = item_dialogs.KpiDialog(kpi, self)
        return _result(dialog, dialog.value)


def _result(dialog: QDialog, value: Callable[[], T]) -> T | None:
    """The dialog's value when accepted with some text (or name), else None."""
    try:
        if not item_dialogs.run_dialog(dialog):
            return None
        result = value()
        words = getattr(result, "text", None)
        if words is None:
            words = getattr(result, "name", "")
        return result if str(words).strip() else None
    finally:
        dialog.deleteLater()
