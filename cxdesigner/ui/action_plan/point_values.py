"""The value of a point of each indicator, with its source, and what the actions are worth:
expected, obtained and still open (see :mod:`cxdesigner.analysis.action_value`)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
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

from cxdesigner.analysis.action_value import action_values, by_value_for_effort, value_totals
from cxdesigner.document.checks import DocumentRuleError
from cxdesigner.document.commands import AddItem, EditItem, RemoveItem
from cxdesigner.export.benchmark_words import BenchmarkWords
from cxdesigner.model import PointValue
from cxdesigner.ui.i18n import QT_TRANSLATE_NOOP, translate
from cxdesigner.ui.panel_context import PanelContext

_ID = Qt.ItemDataRole.UserRole


def parse_amount(text: str) -> float | None:
    """A positive amount typed the French or the English way (``120 000``, ``1,5``,
    ``120,000.50``); None when it is not one."""
    cleaned = text.replace("\u00a0", "").replace("\u202f", "").replace(" ", "").strip()
    if "," in cleaned and "." in cleaned:
        cleaned = cleaned.replace(",", "")
    elif cleaned.count(",") == 1 and len(cleaned.split(",")[1]) != 3:
        cleaned = cleaned.replace(",", ".")
    else:
        cleaned = cleaned.replace(",", "")
    try:
        amount = float(cleaned)
    except ValueError:
        return None
    return amount if amount > 0 else None


class PointValuesPanel(QWidget):
    """Edits what one point of each indicator is worth; shows the actions' value.

    Every change is one undoable command; a figure that cannot be read is said and the
    field shows the stored value again.
    """

    def __init__(self, context: PanelContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._document = document = context.document
        self.values = QListWidget(self)
        self.add_button = QPushButton(translate("PointValues", "Add Value of a Point"), self)
        self.delete_button = QPushButton(translate("PointValues", "Delete"), self)
        self.indicator = QLineEdit(self)
        self.indicator.setPlaceholderText(translate("PointValues", "NPS, CES, churn…"))
        self.amount = QLineEdit(self)
        self.amount.setPlaceholderText("120 000")
        self.unit = QLineEdit(self)
        self.unit.setPlaceholderText(translate("PointValues", "€ / year"))
        self.direction = QComboBox(self)
        self.direction.addItem(translate("PointValues", "Higher is better"), True)
        self.direction.addItem(translate("PointValues", "Lower is better"), False)
        self.effect = QLineEdit(self)
        self.effect.setPlaceholderText(translate("PointValues", "0.4 % more re-purchase"))
        self.source = QLineEdit(self)
        self.source.setPlaceholderText(translate("PointValues", "The study the figure comes from"))
        self.report = QLabel(self)
        self.report.setWordWrap(True)
        self.report.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.report.setAlignment(Qt.AlignmentFlag.AlignTop)

        form = QFormLayout()
        form.addRow(translate("PointValues", "Indicator:"), self.indicator)
        form.addRow(translate("PointValues", "One point is worth:"), self.amount)
        form.addRow(translate("PointValues", "Unit:"), self.unit)
        form.addRow(translate("PointValues", "Direction:"), self.direction)
        form.addRow(translate("PointValues", "Effect:"), self.effect)
        form.addRow(translate("PointValues", "Source:"), self.source)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        left = QVBoxLayout()
        left.addWidget(self.values, 1)
        left.addLayout(buttons)
        left.addLayout(form)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 6)
        layout.addLayout(left, 2)
        layout.addWidget(self.report, 3)

        self.values.currentRowChanged.connect(lambda _row: self._show_value())
        self.add_button.clicked.connect(self._on_add)
        self.delete_button.clicked.connect(self._on_delete)
        self.indicator.editingFinished.connect(
            lambda: self._edit({"indicator": self.indicator.text()}))
        self.amount.editingFinished.connect(self._on_amount_edited)
        self.unit.editingFinished.connect(lambda: self._edit({"unit": self.unit.text()}))
        self.direction.activated.connect(
            lambda i: self._edit({"higher_is_better": bool(self.direction.itemData(i))}))
        self.effect.editingFinished.connect(lambda: self._edit({"effect": self.effect.text()}))
        self.source.editingFinished.connect(lambda: self._edit({"source": self.source.text()}))
        document.collection_changed.connect(self._on_collection_changed)
        document.project_replaced.connect(self.refresh)
        document.project_changed.connect(lambda _f: self.refresh())
        if context.read_only:
            self.add_button.hide()
            self.delete_button.hide()
        self.refresh()

    # ------------------------------------------------------------------ showing

    def value_id(self) -> str | None:
        item = self.values.currentItem()
        return str(item.data(_ID)) if item is not None else None

    def _value(self) -> PointValue | None:
        value_id = self.value_id()
        return next((v for v in self._document.project.point_values if v.id == value_id), None)

    def refresh(self) -> None:
        """Re-read the values of a point and the actions' value."""
        project = self._document.project
        say = BenchmarkWords(project.language)
        chosen = self.value_id()
        blocked = self.values.blockSignals(True)
        try:
            self.values.clear()
            for value in project.point_values:
                item = QListWidgetItem(f"{value.indicator} · "
                                       f"{say.money(value.amount, value.unit)}", self.values)
                item.setData(_ID, value.id)
                if value.id == chosen:
                    self.values.setCurrentItem(item)
            if self.values.currentItem() is None and self.values.count():
                self.values.setCurrentRow(0)
        finally:
            self.values.blockSignals(blocked)
        self._show_value()
        self.report.setText(self.report_text())

    def report_text(self) -> str:
        """The assumptions, the totals and the actions ranked by value for effort."""
        project = self._document.project
        if not project.point_values:
            return translate("PointValues", "State what one point of an indicator is worth "
                                            "(one NPS point = 120,000 € a year, for example), "
                                            "with its source: the actions whose KPI is that "
                                            "indicator are then valued and ranked.")
        say = BenchmarkWords(project.language)
        values = action_values(project)
        lines = [f"• {say.assumption(point)}" for point in project.point_values]
        lines.append("")
        lines += [f"• {say.total(total)}" for total in value_totals(values)]
        lines.append("")
        colon = "\u00a0:" if say.language == "fr" else ":"
        for value in by_value_for_effort(values):
            if value.rank is not None:
                lines.append(f"{value.rank}. {value.action.description}{colon} "
                             f"{say.per_day(value)}")
        return "\n".join(lines).strip()

    def _show_value(self) -> None:
        value = self._value()
        editable = value is not None and not self._context.read_only
        for field in (self.indicator, self.amount, self.unit, self.direction, self.effect,
                      self.source, self.delete_button):
            field.setEnabled(editable)
        say = BenchmarkWords(self._document.project.language)
        self.indicator.setText(value.indicator if value is not None else "")
        self.amount.setText(say.amount(value.amount) if value is not None else "")
        self.unit.setText(value.unit if value is not None else "")
        self.direction.setCurrentIndex(0 if value is None or value.higher_is_better else 1)
        self.effect.setText(value.effect if value is not None else "")
        self.source.setText(value.source if value is not None else "")

    # ------------------------------------------------------------------ editing

    def _push(self, make: Callable[[], Any]) -> bool:
        try:
            command = make()
        except DocumentRuleError as error:
            self._refuse(error.message(self._context.language))
            return False
        self._document.undo_stack.push(command)
        return True

    def _refuse(self, text: str) -> None:
        self._context.prompts.show_warning(translate("PointValues", "Value of a point"), text)
        self._show_value()

    def _edit(self, changes: dict[str, Any]) -> None:
        value = self._value()
        if value is None or all(getattr(value, k) == v for k, v in changes.items()):
            return
        self._push(lambda: EditItem(self._document, "point_values", value.id, changes,
                                    text=QT_TRANSLATE_NOOP("Commands", "Edit value of a point")))

    def _on_amount_edited(self) -> None:
        if self._value() is None:
            return
        amount = parse_amount(self.amount.text())
        if amount is None:
            self._refuse(translate("PointValues", "“%1” is not an amount: type what one point "
                                                  "is worth, a number above 0 (120000 or "
                                                  "120 000 or 1,5).").replace(
                "%1", self.amount.text()))
            return
        self._edit({"amount": amount})

    def _on_add(self) -> None:
        project = self._document.project
        taken = {value.indicator.casefold() for value in project.point_values}
        name = next(candidate for candidate in ("NPS", "CSAT", "CES", *(
            translate("PointValues", "Indicator %1").replace("%1", str(n))
            for n in range(1, 1000))) if candidate.casefold() not in taken)
        value = PointValue(indicator=name, amount=1.0,
                           unit=translate("PointValues", "€ / year"))
        if self._push(lambda: AddItem(self._document, "point_values", value,
                                      text=QT_TRANSLATE_NOOP("Commands",
                                                             "Add value of a point"))):
            for row in range(self.values.count()):
                item = self.values.item(row)
                if item is not None and item.data(_ID) == value.id:
                    self.values.setCurrentRow(row)
            self.amount.setFocus()
            self.amount.selectAll()

    def _on_delete(self) -> None:
        value_id = self.value_id()
        if value_id is not None:
            self._push(lambda: RemoveItem(self._document, "point_values", value_id,
                                          text=QT_TRANSLATE_NOOP("Commands",
                                                                 "Delete value of a point")))

    def _on_collection_changed(self, name: str) -> None:
        if name in ("point_values", "actions"):
            self.refresh()

