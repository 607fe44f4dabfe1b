"""Dialogs that edit one verbatim, irritant, opportunity or KPI value of a touchpoint."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from cxdesigner.model import (
    BlueprintItem,
    Evidence,
    Irritant,
    KpiValue,
    Opportunity,
    Persona,
    Pillar,
    Verbatim,
    VerbatimSource,
)
from cxdesigner.model.limits import MAX_NAME_CHARS, MAX_TEXT_CHARS
from cxdesigner.ui.i18n import translate
from cxdesigner.ui.inspector.fields import NoteEdit, set_combo_data
from cxdesigner.ui.labels import interface_label, severity_label


def run_dialog(dialog: QDialog) -> bool:
    """Show ``dialog`` modally; True when accepted (tests replace this function)."""
    return dialog.exec() == QDialog.DialogCode.Accepted


class _ItemDialog(QDialog):
    """OK, Cancel and a form; typing starts in the field that the item cannot do without.

    Enter in a one-line field and Ctrl+Enter anywhere accept, once that field holds text.
    """

    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self._ok.setDefault(True)  # what Enter in a one-line field presses
        self._required: QLineEdit | NoteEdit | None = None
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(440)

    def _text(self, value: str) -> NoteEdit:
        edit = NoteEdit(5, self)
        edit.setPlainText(value)
        edit.installEventFilter(self)
        self._require(edit)
        return edit

    def _require(self, field: QLineEdit | NoteEdit) -> None:
        """Start typing in ``field``, and keep OK off while it is blank."""
        self._required = field
        field.setFocus()  # the focus the dialog gives when it opens (not OK's: Space clicks)
        field.textChanged.connect(self._update_ok)
        self._update_ok()

    def _required_text(self) -> str:
        field = self._required
        if field is None:
            return " "
        return field.text() if isinstance(field, QLineEdit) else field.toPlainText()

    def _update_ok(self) -> None:
        self._ok.setEnabled(bool(self._required_text().strip()))

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Ctrl+Enter in a text of several lines accepts (Enter starts a new line there)."""
        if (event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and event.modifiers() & Qt.KeyboardModifier.ControlModifier):
            if self._ok.isEnabled():
                self.accept()
            return True
        return super().eventFilter(watched, event)


class _Pillars(QWidget):
    """Six checkboxes, one per pillar of excellence."""

    def __init__(self, chosen: list[Pillar], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[Pillar, QCheckBox] = {}
        for index, pillar in enumerate(Pillar):
            box = QCheckBox(interface_label(pillar), self)
            box.setChecked(pillar in chosen)
            grid.addWidget(box, index // 2, index % 2)
            self.boxes[pillar] = box

    def value(self) -> list[Pillar]:
        return [pillar for pillar, box in self.boxes.items() if box.isChecked()]


class VerbatimDialog(_ItemDialog):
    """The customer's words, their source, author, date and persona."""

    def __init__(self, verbatim: Verbatim | None, personas: list[Persona],
                 parent: QWidget | None = None) -> None:
        super().__init__(translate("Inspector", "Verbatim"), parent)
        self._original = verbatim or Verbatim(text="")
        self.text = self._text(self._original.text)
        self.text.setPlaceholderText(translate("Inspector", "The customer's own words"))
        self.source = QComboBox(self)
        for source in VerbatimSource:
            self.source.addItem(interface_label(source), source.value)
        set_combo_data(self.source, self._original.source.value)
        self.author = QLineEdit(self._original.author, self)
        self.author.setMaxLength(MAX_NAME_CHARS)
        self.has_date = QCheckBox(self)
        self.date = QDateEdit(self)
        self.date.setCalendarPopup(True)
        when = self._original.date
        self.has_date.setChecked(when is not None)
        self.date.setDate(QDate(when.year, when.month, when.day) if when is not None
                          else QDate.currentDate())
        self.date.setEnabled(when is not None)
        self.has_date.toggled.connect(self.date.setEnabled)
        date_row = QHBoxLayout()
        date_row.addWidget(self.has_date)
        date_row.addWidget(self.date, 1)
        self.persona = QComboBox(self)
        self.persona.addItem(translate("Inspector", "(no persona)"), "")
        for persona in personas:
            self.persona.addItem(persona.name, persona.id)
        set_combo_data(self.persona, self._original.persona_id or "")
        self.form.addRow(translate("Inspector", "Words:"), self.text)
        self.form.addRow(translate("Inspector", "Source:"), self.source)
        self.form.addRow(translate("Inspector", "Author:"), self.author)
        self.form.addRow(translate("Inspector", "Date:"), date_row)
        self.form.addRow(translate("Inspector", "Persona:"), self.persona)

    def value(self) -> Verbatim:
        date: dt.date | None = None
        if self.has_date.isChecked():
            chosen = self.date.date()
            date = dt.date(chosen.year(), chosen.month(), chosen.day())
        return self._original.model_copy(update={
            "text": self.text.toPlainText()[:MAX_TEXT_CHARS],
            "source": VerbatimSource(str(self.source.currentData())),
            "author": self.author.text(),
            "date": date,
            "persona_id": str(self.persona.currentData()) or None,
        })


class IrritantDialog(_ItemDialog):
    """A pain point: its text, severity, pillars, evidence and the blueprint items behind it.

    ``causes`` are the items of the journey's service blueprint it may be caused by;
    ``suggested`` the evidence level it has when none is set (its touchpoint's).
    """

    def __init__(self, irritant: Irritant | None, parent: QWidget | None = None,
                 causes: list[BlueprintItem] | None = None,
                 suggested: Evidence | None = None) -> None:
        super().__init__(translate("Inspector", "Pain point"), parent)
        self._original = irritant or Irritant(text="")
        self.text = self._text(self._original.text)
        self.severity = QComboBox(self)
        for severity in range(1, 5):
            self.severity.addItem(severity_label(severity), severity)
        set_combo_data(self.severity, self._original.severity)
        self.pillars = _Pillars(list(self._original.pillars), self)
        self.evidence = QComboBox(self)
        default = translate("Inspector", "As its touchpoint")
        if suggested is not None:
            default = f"{default} ({interface_label(suggested)})"
        self.evidence.addItem(default, "")
        for level in Evidence:
            self.evidence.addItem(interface_label(level), level.value)
        set_combo_data(self.evidence, self._original.evidence.value
                       if self._original.evidence is not None else "")
        self.causes = QListWidget(self)
        known = {item.id for item in causes or []}
        for item in causes or []:
            owner = f" \u2014 {item.owner}" if item.owner else ""
            entry = QListWidgetItem(f"{item.title}{owner} ({interface_label(item.layer)})",
                                    self.causes)
            entry.setData(Qt.ItemDataRole.UserRole, item.id)
            entry.setCheckState(Qt.CheckState.Checked if item.id in self._original.cause_ids
                                else Qt.CheckState.Unchecked)
        self._unknown_causes = [cause for cause in self._original.cause_ids
                                if cause not in known]
        self.causes.setMaximumHeight(110)
        self.form.addRow(translate("Inspector", "Pain point:"), self.text)
        self.form.addRow(translate("Inspector", "Severity:"), self.severity)
        self.form.addRow(translate("Inspector", "Pillars:"), self.pillars)
        self.form.addRow(translate("Inspector", "Evidence:"), self.evidence)
        if causes:
            self.form.addRow(translate("Inspector", "Caused behind the scenes by:"),
                             self.causes)
        else:
            self.causes.hide()

    def value(self) -> Irritant:
        level = str(self.evidence.currentData() or "")
        chosen = [str(self.causes.item(row).data(Qt.ItemDataRole.UserRole))
                  for row in range(self.causes.count())
                  if self.causes.item(row).checkState() == Qt.CheckState.Checked]
        return self._original.model_copy(update={
            "text": self.text.toPlainText()[:MAX_TEXT_CHARS],
            "severity": int(self.severity.currentData()),
            "pillars": self.pillars.value(),
            "evidence": Evidence(level) if level else None,
            "cause_ids": [*self._unknown_causes, *chosen],
        })


class OpportunityDialog(_ItemDialog):
    """An idea to improve the step, and the pillars it serves."""

    def __init__(self, opportunity: Opportunity | None, parent: QWidget | None = None) -> None:
        super().__init__(translate("Inspector", "Opportunity"), parent)
        self._original = opportunity or Opportunity(text="")
        self.text = self._text(self._original.text)
        self.pillars = _Pillars(list(self._original.pillars), self)
        self.form.addRow(translate("Inspector", "Opportunity:"), self.text)
        self.form.addRow(translate("Inspector", "Pillars:"), self.pillars)

    def value(self) -> Opportunity:
        return self._original.model_copy(update={
            "text": self.text.toPlainText()[:MAX_TEXT_CHARS],
            "pillars": self.pillars.value(),
        })


class KpiDialog(_ItemDialog):
    """A measured value: its name, value and unit."""

    def __init__(self, kpi: KpiValue | None, parent: QWidget | None = None) -> None:
        super().__init__(translate("Inspector", "KPI value"), parent)
        original = kpi or KpiValue(name="", value=0.0)
        self.name = QLineEdit(original.name, self)
        self.name.setMaxLength(MAX_NAME_CHARS)
        self.name.setPlaceholderText(translate("Inspector", "e.g. abandonment rate"))
        self.number = QDoubleSpinBox(self)
        self.number.setRange(-1e12, 1e12)
        self.number.setDecimals(2)
        self.number.setValue(original.value)
        self._require(self.name)
        self.unit = QLineEdit(original.unit, self)
        self.unit.setMaxLength(MAX_NAME_CHARS)
        self.unit.setPlaceholderText(translate("Inspector", "e.g. %"))
        self.form.addRow(translate("Inspector", "Indicator:"), self.name)
        self.form.addRow(translate("Inspector", "Value:"), self.number)
        self.form.addRow(translate("Inspector", "Unit:"), self.unit)

    def value(self) -> KpiValue:
        return KpiValue(name=self.name.text(), value=self.number.value(), unit=self.unit.text())
