"""The counts tab: indicators computed from counts (churn, retention, CLV…), typed and edited.

Each record holds the counts of one indicator for one scope and period; the table shows the
figure computed from them with its n, or why it cannot be computed. Adding, editing an input
and deleting are each one undo step.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from cxdesigner.analysis.counts import INPUTS, SCORE_INPUTS, CountResult, record_result
from cxdesigner.analysis.rollup import ScopeKind, journey_scopes
from cxdesigner.document import JourneyDocument
from cxdesigner.document.commands import AddItem, EditItem, RemoveItem
from cxdesigner.model import CountIndicator, IndicatorRecord, Project
from cxdesigner.ui.charts import WARNING_COLOUR, format_number
from cxdesigner.ui.i18n import QT_TRANSLATE_NOOP, translate

_CONTEXT = "Indicators"

_NAMES: dict[CountIndicator, str] = {
    CountIndicator.CHURN: QT_TRANSLATE_NOOP("Indicators", "Churn rate"),
    CountIndicator.RETENTION: QT_TRANSLATE_NOOP("Indicators", "Retention rate"),
    CountIndicator.REFERRAL_RATE: QT_TRANSLATE_NOOP("Indicators", "Referral rate"),
    CountIndicator.LIFETIME_VALUE: QT_TRANSLATE_NOOP("Indicators", "Customer lifetime value"),
    CountIndicator.ACQUISITION_COST: QT_TRANSLATE_NOOP("Indicators",
                                                       "Customer acquisition cost"),
    CountIndicator.RESOLUTION_TIME: QT_TRANSLATE_NOOP("Indicators", "Average resolution time"),
    CountIndicator.LOYALTY_INDEX: QT_TRANSLATE_NOOP("Indicators", "Customer loyalty index"),
    CountIndicator.EMPLOYEE_ENGAGEMENT: QT_TRANSLATE_NOOP("Indicators",
                                                          "Employee engagement score"),
}

_LABELS: dict[str, str] = {
    "customers_at_start": QT_TRANSLATE_NOOP("Indicators", "Customers at the start"),
    "customers_lost": QT_TRANSLATE_NOOP("Indicators", "Customers lost"),
    "customers_at_end": QT_TRANSLATE_NOOP("Indicators", "Customers at the end"),
    "new_customers": QT_TRANSLATE_NOOP("Indicators", "New customers"),
    "referral_purchases": QT_TRANSLATE_NOOP("Indicators", "Purchases by referral"),
    "all_purchases": QT_TRANSLATE_NOOP("Indicators", "All purchases"),
    "purchases": QT_TRANSLATE_NOOP("Indicators", "Purchases over the relationship"),
    "purchase_value": QT_TRANSLATE_NOOP("Indicators", "Mean value of a purchase"),
    "sales_marketing_cost": QT_TRANSLATE_NOOP("Indicators", "Sales and marketing cost"),
    "customers_acquired": QT_TRANSLATE_NOOP("Indicators", "Customers acquired"),
    "total_resolution_time": QT_TRANSLATE_NOOP("Indicators",
                                               "Total resolution time (hours, days…)"),
    "requests_resolved": QT_TRANSLATE_NOOP("Indicators", "Requests resolved"),
}

_DECIMALS = {CountIndicator.LIFETIME_VALUE: 2, CountIndicator.ACQUISITION_COST: 2}


def indicator_label(indicator: CountIndicator) -> str:
    """The indicator's name in the interface language."""
    return translate(_CONTEXT, _NAMES[indicator])


def input_label(name: str) -> str:
    """What an input counts, in the interface language (``score_7``: answers scoring 7)."""
    if name in SCORE_INPUTS:
        return translate("Indicators", "Answers scoring %1").replace(
            "%1", name.removeprefix("score_"))
    if name in _LABELS:
        return translate(_CONTEXT, _LABELS[name])
    return name


def record_inputs(record: IndicatorRecord) -> list[str]:
    """The inputs to show for a record: its indicator's, then any other it holds."""
    names = list(INPUTS[record.indicator])
    if record.indicator is CountIndicator.RETENTION:
        names.append("customers_lost")  # retention also reads churn's inputs
    return names + [name for name in record.inputs if name not in names]


def missing_inputs(record: IndicatorRecord) -> list[str]:
    """The inputs the record still needs (none when it can be computed or fails otherwise)."""
    inputs = record.inputs
    if record.indicator in (CountIndicator.LOYALTY_INDEX, CountIndicator.EMPLOYEE_ENGAGEMENT):
        return [] if any(name in inputs for name in SCORE_INPUTS) else list(SCORE_INPUTS)
    needed: tuple[str, ...] = INPUTS[record.indicator]
    if record.indicator is CountIndicator.RETENTION and not (
            "customers_at_end" in inputs or "new_customers" in inputs):
        needed = INPUTS[CountIndicator.CHURN] if "customers_lost" in inputs else needed
    return [name for name in needed if name not in inputs]


def value_text(result: CountResult) -> str:
    """The figure with its unit: ``12.5 %``, ``72 / 100``, ``1,250.5``; ``—`` when none."""
    if result.value is None:
        return "\u2014"
    text = format_number(result.value, _DECIMALS.get(result.indicator, 1))
    if result.unit == "%":
        return f"{text}\u00a0%"
    if result.unit == "/100":
        return f"{text} / 100"
    return text


def result_text(record: IndicatorRecord, result: CountResult) -> str:
    """The figure with its n (``12.5 % · n=126,400``), or why there is none."""
    if result.value is None:
        missing = missing_inputs(record)
        if record.indicator in (CountIndicator.LOYALTY_INDEX,
                                CountIndicator.EMPLOYEE_ENGAGEMENT) and missing:
            why = translate("Indicators", "missing the number of answers for each score 0-10")
        elif missing:
            why = translate("Indicators", "missing %1").replace(
                "%1", ", ".join(input_label(name) for name in missing))
        else:
            why = result.reason
        return translate("Indicators", "Not computed: %1").replace("%1", why)
    text = value_text(result)
    if result.n is not None:
        text += f" \u00b7 n={format_number(result.n, 0)}"
    return text


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


def scope_labels(project: Project) -> list[tuple[str, str, ScopeKind]]:
    """Every journey, stage and touchpoint as (id, "Journey ▸ Stage ▸ Step", kind)."""
    labels: list[tuple[str, str, ScopeKind]] = []
    for journey in project.journeys:
        names: dict[str, str] = {}
        for scope in journey_scopes(journey):
            within = " \u25b8 ".join(names[i] for i in reversed(scope.within) if i in names)
            names[scope.id] = scope.name
            labels.append((scope.id, f"{within} \u25b8 {scope.name}" if within else scope.name,
                           scope.kind))
    return labels


class RecordForm(QGroupBox):
    """The form that adds a record: indicator, its inputs, scope, period and date."""

    def __init__(self, document: JourneyDocument, parent: QWidget | None = None) -> None:
        super().__init__(translate("Indicators", "Add counts"), parent)
        self._document = document
        self.indicator = QComboBox(self)
        for indicator in CountIndicator:
            self.indicator.addItem(indicator_label(indicator), indicator.value)
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


class CountsTab(QWidget):
    """The records of counts of the whole project, each with its figure; edits and a form."""

    RECORD_COLUMNS = 5
    INPUT_VALUE = 1

    def __init__(self, document: JourneyDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self._stale = True
        self._filling = False
        self._records: list[IndicatorRecord] = []
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, self.RECORD_COLUMNS, self)
        self.table.setHorizontalHeaderLabels([
            translate("Indicators", "About"), translate("Indicators", "Indicator"),
            translate("Indicators", "Period"), translate("Indicators", "Date"),
            translate("Indicators", "Value")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(False)
        self.inputs_title = QLabel(self)
        self.inputs = QTableWidget(0, 2, self)
        self.inputs.setHorizontalHeaderLabels([translate("Indicators", "Input"),
                                               translate("Indicators", "Value")])
        self.inputs.verticalHeader().hide()
        self.inputs.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.inputs.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.inputs.horizontalHeader().resizeSection(1, 110)
        self.inputs.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                    | QAbstractItemView.EditTrigger.EditKeyPressed
                                    | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet(f"color: {WARNING_COLOUR};")
        self.delete_button = QPushButton(translate("Indicators", "Delete Record"), self)
        self.form = RecordForm(document, self)
        self.form.setFixedWidth(320)
        detail = QVBoxLayout()
        detail.addWidget(self.inputs_title)
        detail.addWidget(self.inputs, 1)
        detail.addWidget(self.message)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)
        detail.addLayout(buttons)
        middle = QHBoxLayout()
        middle.addWidget(self.table, 3)
        middle.addLayout(detail, 2)
        left = QVBoxLayout()
        left.addWidget(self.summary)
        left.addLayout(middle, 1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(left, 1)
        layout.addWidget(self.form)
        self.table.itemSelectionChanged.connect(self._show_inputs)
        self.inputs.itemChanged.connect(self._on_input_changed)
        self.delete_button.clicked.connect(self.delete_record)
        document.collection_changed.connect(self._on_collection_changed)
        document.project_replaced.connect(self.refresh_later)
        document.journeys_changed.connect(self.refresh_later)
        document.structure_changed.connect(lambda _j: self.refresh_later())
        document.stage_changed.connect(self._on_named_changed)
        document.touchpoint_changed.connect(self._on_named_changed)

    # ------------------------------------------------------------------ showing

    @override
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        read_only = bool(getattr(self.window(), "read_only", False))
        self.form.setEnabled(not read_only)
        self.delete_button.setVisible(not read_only)
        self.inputs.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers
                                    if read_only else
                                    QAbstractItemView.EditTrigger.DoubleClicked
                                    | QAbstractItemView.EditTrigger.EditKeyPressed
                                    | QAbstractItemView.EditTrigger.AnyKeyPressed)
        if self._stale:
            self.refresh()

    def refresh_later(self) -> None:
        """Refresh now if shown, else when next shown (scopes can be thousands of steps)."""
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def _on_collection_changed(self, name: str) -> None:
        if name == "indicator_records":
            self.refresh_later()

    def _on_named_changed(self, _journey_id: str, _item_id: str, fields: list[str]) -> None:
        if {"name", "title"} & set(fields):
            self.refresh_later()

    def selected_record(self) -> IndicatorRecord | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self._records):
            return None
        return self._records[rows[0].row()]

    def refresh(self) -> None:
        """Read the records again, with their figures (the selected record stays selected)."""
        self._stale = False
        project = self._document.project
        scopes = scope_labels(project)
        names = {scope_id: label for scope_id, label, _kind in scopes}
        self.form.set_scopes(scopes)
        chosen = self.selected_record()
        chosen_id = chosen.id if chosen is not None else None
        self._records = list(project.indicator_records)
        locale = QLocale()
        blocked = self.table.blockSignals(True)
        try:
            self.table.clearSelection()
            self.table.setRowCount(len(self._records))
            for row, record in enumerate(self._records):
                result = record_result(record)
                date = (locale.toString(QDate(record.date.year, record.date.month,
                                              record.date.day),
                                        QLocale.FormatType.ShortFormat)
                        if record.date is not None else "")
                cells = (names.get(record.scope_id, record.scope_id),
                         indicator_label(record.indicator), record.period, date,
                         result_text(record, result))
                for column, text in enumerate(cells):
                    item = QTableWidgetItem(text)
                    item.setToolTip(text)
                    if column == 4 and result.value is None:
                        item.setForeground(Qt.GlobalColor.darkRed)
                        item.setToolTip(result.reason)
                    self.table.setItem(row, column, item)
            ids = [record.id for record in self._records]
            if ids:
                self.table.selectRow(ids.index(chosen_id) if chosen_id in ids else 0)
        finally:
            self.table.blockSignals(blocked)
        self.summary.setText(
            translate("Indicators", "No counts yet: add the counts of a period with the form "
                                    "(churn, retention, referral rate, lifetime value…).")
            if not self._records else
            translate("Indicators", "Indicators computed from counts, one period each; n is "
                                    "what the figure rests on. Double-click an input's value to "
                                    "correct it."))
        self._show_inputs()

    def _show_inputs(self) -> None:
        """The inputs of the selected record, the counts editable in place."""
        record = self.selected_record()
        self.delete_button.setEnabled(record is not None)
        self.message.clear()
        self._filling = True
        try:
            self.inputs.setRowCount(0)
            if record is None:
                self.inputs_title.setText(translate(
                    "Indicators", "Select a record to see and correct its counts."))
                return
            self.inputs_title.setText(translate("Indicators", "<b>Counts of %1</b>").replace(
                "%1", indicator_label(record.indicator)))
            names = record_inputs(record)
            self.inputs.setRowCount(len(names))
            for row, name in enumerate(names):
                label = QTableWidgetItem(input_label(name))
                label.setFlags(label.flags() & ~Qt.ItemFlag.ItemIsEditable)
                label.setData(Qt.ItemDataRole.UserRole, name)
                label.setToolTip(name)
                value = record.inputs.get(name)
                count = QTableWidgetItem(format_number(value, 6) if value is not None else "")
                count.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                       | Qt.AlignmentFlag.AlignVCenter)
                self.inputs.setItem(row, 0, label)
                self.inputs.setItem(row, self.INPUT_VALUE, count)
        finally:
            self._filling = False

    # ------------------------------------------------------------------ editing

    def _on_input_changed(self, item: QTableWidgetItem) -> None:
        if self._filling or item.column() != self.INPUT_VALUE:
            return
        name_item = self.inputs.item(item.row(), 0)
        record = self.selected_record()
        if record is None or name_item is None:
            return
        self.set_input(record.id, name_item.data(Qt.ItemDataRole.UserRole), item.text())

    def set_input(self, record_id: str, name: str, text: str) -> bool:
        """Set (or, when ``text`` is empty, remove) one input of a record, as one undo step."""
        record = next((r for r in self._document.project.indicator_records
                       if r.id == record_id), None)
        if record is None:
            return False
        try:
            value = parse_number(text)
        except ValueError:
            self._show_inputs()
            self.message.setText(translate("Indicators", "Not changed: “%1” is not a number.")
                                 .replace("%1", text))
            return False
        inputs = dict(record.inputs)
        if value is None:
            inputs.pop(name, None)
        else:
            inputs[name] = value
        if inputs == record.inputs:
            return False
        self._document.undo_stack.push(EditItem(
            self._document, "indicator_records", record.id, {"inputs": inputs},
            text=QT_TRANSLATE_NOOP("Commands", "Edit indicator counts")))
        return True

    def delete_record(self) -> None:
        record = self.selected_record()
        if record is not None:
            self._document.undo_stack.push(RemoveItem(
                self._document, "indicator_records", record.id,
                text=QT_TRANSLATE_NOOP("Commands", "Delete indicator counts")))
