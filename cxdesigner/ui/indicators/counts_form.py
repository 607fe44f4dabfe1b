"""The form that adds a record of counts, and the parsing of the numbers typed in it."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from cxdesigner.analysis.counts import INPUTS
from cxdesigner.analysis.rollup import ScopeKind
from cxdesigner.document import JourneyDocument
from cxdesigner.document.commands import AddItem
from cxdesigner.model import CountIndicator, IndicatorRecord
from cxdesigner.ui.charts import WARNING_COLOUR
from cxdesigner.ui.i18n import QT_TRANSLATE_NOOP, translate
from cxdesigner.ui.indicators.counts_table import input_label
from cxdesigner.ui.labels import interface_label


def parse_number(text: str) -> float | None:
    """A typed number in the interface language (or with a dot); None when left empty.

    Raises ValueError when the text is not a number.
    """
    text = text.strip().replace("\u202f", "").replace("\u00a0", "").replace(" ", "")
    if not text:
        return None
    value, ok = QLocale().toDouble(text)
    if not ok:
        value, ok = QLocale.c().toDouble(text)
    if not ok and text.count(",") == 1 and "." not in text:
        value, ok = QLocale.c().toDouble(text.replace(",", "."))
    if not ok:
        raise ValueError(text)
    return float(value)


class RecordForm(QGroupBox):
    """The form that adds a record: indicator, its inputs, scope, period and date."""

    def __init__(self, document: JourneyDocument, parent: QWidget | None = None) -> None:
        super().__init__(translate("Indicators", "Add counts"), parent)
        self._document = document
        self.indicator = QComboBox(self)
        for indicator in CountIndicator:
            self.indicator.addItem(interface_label(indicator), indicator.value)
        self.scope = QComboBox(self)
        self.scope.setMinimumContentsLength(16)
        self.scope.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.period = QLineEdit(self)
        self.period.setPlaceholderText(translate("Indicators", "e.g. 2024 Q1"))
        self.date = QDateEdit(QDate.currentDate(), self)
        self.date.setCalendarPopup(True)
        self.fields: dict[str, QLineEdit] = {}
        self._inputs = QWidget(self)
        self._inputs_form = QFormLayout(self._inputs)
        self._inputs_form.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea(self)
        scroll.setWidget(self._inputs)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.add_button = QPushButton(translate("Indicators", "Add Record"), self)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet(f"color: {WARNING_COLOUR};")
        top = QFormLayout()
        top.addRow(translate("Indicators", "Indicator:"), self.indicator)
        top.addRow(translate("Indicators", "About:"), self.scope)
        top.addRow(translate("Indicators", "Period:"), self.period)
        top.addRow(translate("Indicators", "Date:"), self.date)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.add_button)
        layout.addWidget(self.message)
        self.indicator.currentIndexChanged.connect(lambda _i: self._show_fields())
        self.add_button.clicked.connect(self.add)
        self._show_fields()

    def chosen_indicator(self) -> CountIndicator:
        return CountIndicator(self.indicator.currentData())

    def set_indicator(self, indicator: CountIndicator) -> None:
        self.indicator.setCurrentIndex(self.indicator.findData(indicator.value))

    def _show_fields(self) -> None:
        """One field per input the chosen indicator needs (its values kept when shared)."""
        typed = {name: field.text() for name, field in self.fields.items()}
        while self._inputs_form.rowCount():
            self._inputs_form.removeRow(0)
        self.fields.clear()
        for name in INPUTS[self.chosen_indicator()]:
            field = QLineEdit(self._inputs)
            field.setText(typed.get(name, ""))
            field.setToolTip(name)
            self._inputs_form.addRow(
                translate("Indicators", "%1:").replace("%1", input_label(name)), field)
            self.fields[name] = field

    def set_scopes(self, scopes: list[tuple[str, str, ScopeKind]]) -> None:
        """Offer every journey, stage and step (the choice is kept when it remains)."""
        chosen = self.scope.currentData()
        blocked = self.scope.blockSignals(True)
        try:
            self.scope.clear()
            for scope_id, label, _kind in scopes:
                self.scope.addItem(label, scope_id)
            self.scope.setCurrentIndex(max(0, self.scope.findData(chosen)))
        finally:
            self.scope.blockSignals(blocked)

    def add(self) -> IndicatorRecord | None:
        """Add the typed record as one undo step; a wrong number is explained below."""
        scope_id = self.scope.currentData()
        if scope_id is None:
            self.message.setText(translate("Indicators", "Not added: the project has no journey."))
            return None
        inputs: dict[str, float] = {}
        for name, field in self.fields.items():
            try:
                value = parse_number(field.text())
            except ValueError:
                self.message.setText(translate(
                    "Indicators", "Not added: “%1” is not a number (%2).").replace(
                        "%1", field.text()).replace("%2", input_label(name)))
                field.setFocus()
                return None
            if value is not None:
                inputs[name] = value
        day = self.date.date()
        record = IndicatorRecord(scope_id=scope_id, indicator=self.chosen_indicator(),
                                 inputs=inputs, period=self.period.text().strip(),
                                 date=dt.date(day.year(), day.month(), day.day()))
        self.message.clear()
        self._document.undo_stack.push(AddItem(
            self._document, "indicator_records", record,
            text=QT_TRANSLATE_NOOP("Commands", "Add indicator counts")))
        for field in self.fields.values():
            field.clear()
        return record
