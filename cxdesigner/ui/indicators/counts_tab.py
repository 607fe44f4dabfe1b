"""The counts tab: indicators computed from counts (churn, retention, CLV…), typed and edited.

Each record holds the counts of one indicator for one scope and period; the table shows the
figure computed from them with its n, or why it cannot be computed. Adding, editing an input
and deleting are each one undo step.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from cxdesigner.analysis.counts import record_result
from cxdesigner.document import JourneyDocument
from cxdesigner.document.commands import EditItem, RemoveItem
from cxdesigner.model import IndicatorRecord
from cxdesigner.ui.charts import WARNING_COLOUR
from cxdesigner.ui.i18n import QT_TRANSLATE_NOOP, translate
from cxdesigner.ui.indicators.counts_form import RecordForm, parse_number
from cxdesigner.ui.indicators.counts_table import (
    input_label,
    record_inputs,
    result_text,
    scope_labels,
)
from cxdesigner.ui.labels import interface_label
from cxdesigner.ui.numbers import format_number

__all__ = ["CountsTab", "RecordForm"]


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
        document.structure_changed.connect(self._on_structure_changed)
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

    def _on_structure_changed(self, _journey_id: str) -> None:
        self.refresh_later()

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
                         interface_label(record.indicator), record.period, date,
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
                "%1", interface_label(record.indicator)))
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
