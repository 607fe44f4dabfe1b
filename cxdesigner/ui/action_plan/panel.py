"""The action-plan panel: the improvement loop's actions in a table edited in place.

Every cell is edited where it is (a list for the irritant, the status and "target met", a
calendar for dates, a number field for targets) and every change is one undo step.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from cxdesigner.document.commands import AddItem, RemoveItem
from cxdesigner.model import Action, ActionStatus
from cxdesigner.model.text import fold
from cxdesigner.ui.action_plan.delegates import (
    ChoiceDelegate,
    DateDelegate,
    EditKeyGuard,
    NumberDelegate,
)
from cxdesigner.ui.action_plan.export import export_actions
from cxdesigner.ui.action_plan.model import (
    COLUMNS,
    KEYS,
    SORT_ROLE,
    ActionTableModel,
    yes_no_label,
)
from cxdesigner.ui.i18n import QT_TRANSLATE_NOOP, translate
from cxdesigner.ui.labels import interface_label
from cxdesigner.ui.panel_context import PanelContext

_SEARCHED = ("irritant", "gap", "root_cause", "description", "owner", "expected_result", "kpi",
             "measured_result")
_WIDTHS = {"irritant": 230, "gap": 180, "root_cause": 180, "description": 230, "owner": 140,
           "due_date": 90, "expected_result": 180, "kpi": 140, "kpi_target": 60, "status": 90,
           "completed_on": 95, "measured_result": 160, "measured_value": 70, "target_met": 80,
           "effort_days": 80, "kpi_baseline": 70, "expected_value": 120, "value_rank": 80,
           "obtained_value": 120}


class ActionFilterProxy(QSortFilterProxyModel):
    """Shows the actions of one status and owner, and those holding the words searched."""

    def __init__(self, source: ActionTableModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._actions = source
        self.status: ActionStatus | None = None
        self.owner: str | None = None
        self.words: list[str] = []
        self.setSourceModel(source)
        self.setSortRole(SORT_ROLE)

    def set_filter(self, status: ActionStatus | None, owner: str | None, search: str) -> None:
        self.beginFilterChange()
        self.status, self.owner, self.words = status, owner, fold(search).split()
        self.endFilterChange()

    @override
    def filterAcceptsRow(self, source_row: int,
                         source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        action = self._actions.action(source_row)
        if self.status is not None and action.status is not self.status:
            return False
        if self.owner is not None and fold(action.owner) != fold(self.owner):
            return False
        text = fold(" ".join(self._actions.display(action, key) for key in _SEARCHED))
        return all(word in text for word in self.words)


class ActionPlanPanel(QWidget):
    """Lists, filters, sorts and edits the project's actions; exports them as CSV."""

    def __init__(self, context: PanelContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        document = context.document
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(translate("ActionPlan", "Search the actions…"))
        self.search.setClearButtonEnabled(True)
        self.status = QComboBox(self)
        self.status.addItem(translate("ActionPlan", "All statuses"), "")
        for status in ActionStatus:
            self.status.addItem(interface_label(status), status.value)
        self.owner = QComboBox(self)
        self.owner.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.count = QLabel(self)
        self.add_button = QPushButton(translate("ActionPlan", "Add Action"), self)
        self.remove_button = QPushButton(translate("ActionPlan", "Delete Action"), self)
        self.export_button = QPushButton(translate("ActionPlan", "Export CSV…"), self)
        bar = QHBoxLayout()
        bar.addWidget(self.search, 2)
        bar.addWidget(self.status)
        bar.addWidget(self.owner)
        bar.addWidget(self.count)
        bar.addStretch(1)
        for button in (self.add_button, self.remove_button, self.export_button):
            bar.addWidget(button)

        self.model = ActionTableModel(document, self)
        self.proxy = ActionFilterProxy(self.model, self)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        # Two lines per action: readable on a projector; the tooltip has the whole text.
        self.table.verticalHeader().setDefaultSectionSize(
            2 * self.table.fontMetrics().lineSpacing() + 10)
        EditKeyGuard(self.table)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, key in enumerate(KEYS):  # never narrower than its name, in any language
            header.resizeSection(column, max(_WIDTHS[key], header.sectionSizeHint(column)))
        self._delegates = {
            "irritant": ChoiceDelegate(self.irritant_choices, self.table),
            "status": ChoiceDelegate(lambda: [(interface_label(s), s.value) for s in ActionStatus],
                                     self.table),
            "yes_no": ChoiceDelegate(lambda: [("\u2014", ""), (yes_no_label(True), "yes"),
                                              (yes_no_label(False), "no")], self.table),
            "date": DateDelegate(self.table),
            "number": NumberDelegate(self.table),
        }
        for column, spec in enumerate(COLUMNS):
            delegate = self._delegates.get(spec.key) or self._delegates.get(spec.kind)
            if delegate is not None:
                self.table.setItemDelegateForColumn(column, delegate)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 6)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        if context.read_only:
            self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.search.textChanged.connect(lambda _t: self.apply_filter())
        self.status.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.owner.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.add_button.clicked.connect(self.add_action)
        self.remove_button.clicked.connect(self.remove_selected)
        self.export_button.clicked.connect(lambda: export_actions(context))
        self.table.selectionModel().selectionChanged.connect(lambda _s, _d: self._buttons())
        document.collection_changed.connect(self._on_collection_changed)
        document.touchpoint_changed.connect(self._on_touchpoint_changed)
        document.structure_changed.connect(lambda _j: self.reload())
        document.project_replaced.connect(self.reload)
        self._stale = True
        self.reload()

    def irritant_choices(self) -> list[tuple[str, str]]:
        """The irritants an action can address, as the combo offers them."""
        choices = [(translate("ActionPlan", "(no pain point)"), "")]
        return choices + [(text, irritant_id)
                          for irritant_id, (text, _) in self.model.irritants.items()]

    def reload(self) -> None:
        """Re-read the actions and their owners (put off while the panel is hidden)."""
        if self.isVisible():
            self._reload_now()
        else:
            self._stale = True

    @override
    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self._reload_now()
        super().showEvent(event)

    def _reload_now(self) -> None:
        self._stale = False
        self.model.reload()
        owners = sorted({a.owner for a in self._context.document.project.actions if a.owner},
                        key=fold)
        chosen = self.owner.currentData()
        blocked = self.owner.blockSignals(True)
        try:
            self.owner.clear()
            self.owner.addItem(translate("ActionPlan", "All owners"), "")
            for owner in owners:
                self.owner.addItem(owner, owner)
            self.owner.setCurrentIndex(max(0, self.owner.findData(chosen or "")))
        finally:
            self.owner.blockSignals(blocked)
        self.apply_filter()

    def apply_filter(self) -> None:
        status = self.status.currentData()
        self.proxy.set_filter(ActionStatus(status) if status else None,
                              self.owner.currentData() or None, self.search.text())
        self.count.setText(translate("ActionPlan", "%1 of %2 actions").replace(
            "%1", str(self.proxy.rowCount())).replace("%2", str(self.model.rowCount())))
        self._buttons()

    def _buttons(self) -> None:
        editable = not self._context.read_only
        self.add_button.setEnabled(editable)
        self.remove_button.setEnabled(editable and self.selected_action() is not None)

    def selected_action(self) -> Action | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.action(self.proxy.mapToSource(rows[0]).row())

    def select(self, action_id: str, key: str = "description") -> QModelIndex:
        """Select an action's row; returns the index of its ``key`` cell in the view."""
        row = self.model.row_of(action_id)
        if row is None:
            return QModelIndex()
        index = self.proxy.mapFromSource(self.model.index(row, KEYS.index(key)))
        if index.isValid():
            self.table.setCurrentIndex(index)
            self.table.scrollTo(index)
        return index

    def add_action(self) -> None:
        """Add an action (shown whatever the filter) and start typing its description."""
        self.search.clear()
        self.status.setCurrentIndex(0)
        self.owner.setCurrentIndex(0)
        document = self._context.document
        action = Action(description=translate("ActionPlan", "New action"))
        document.undo_stack.push(AddItem(document, "actions", action,
                                         text=QT_TRANSLATE_NOOP("Commands", "Add action")))
        index = self.select(action.id)
        if index.isValid():
            self.table.edit(index)

    def remove_selected(self) -> None:
        action = self.selected_action()
        if action is not None:
            document = self._context.document
            document.undo_stack.push(RemoveItem(document, "actions", action.id,
                                                text=QT_TRANSLATE_NOOP("Commands",
                                                                       "Delete action")))

    def _on_collection_changed(self, name: str) -> None:
        if name in ("actions", "point_values"):
            self.reload()

    def _on_touchpoint_changed(self, _journey_id: str, _touchpoint_id: str,
                               fields: list[str]) -> None:
        if {"irritants", "title"} & set(fields):
            self.reload()

