"""The action plan as a table model: one action per row, every edit an undoable command."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QDate, QLocale, QModelIndex, QObject, Qt
from PySide6.QtCore import QPersistentModelIndex as PersistentIndex
from PySide6.QtGui import QColor, QFont
from typing_extensions import override

from cxdesigner.analysis.action_value import ActionValue, action_values, by_value_for_effort
from cxdesigner.document import JourneyDocument
from cxdesigner.document.commands import EditItem
from cxdesigner.export.benchmark_words import BenchmarkWords
from cxdesigner.model import Action, ActionStatus
from cxdesigner.ui.i18n import QT_TRANSLATE_NOOP, translate
from cxdesigner.ui.labels import interface_label
from cxdesigner.ui.numbers import format_number

Index = QModelIndex | PersistentIndex
_ROOT = QModelIndex()
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
STATUS_COLOURS = {ActionStatus.IDEA: "#868e96", ActionStatus.PLANNED: "#1971c2",
                  ActionStatus.IN_PROGRESS: "#e8590c", ActionStatus.DONE: "#2b8a3e",
                  ActionStatus.DROPPED: "#adb5bd"}


@dataclass(frozen=True)
class Column:
    """A column of the plan: the action's field, and how its cells are edited."""

    key: str
    kind: str  # text, irritant, date, number, status, yes_no or worked (read only)


COLUMNS = (
    Column("irritant", "irritant"), Column("gap", "text"), Column("root_cause", "text"),
    Column("description", "text"), Column("owner", "text"), Column("status", "status"),
    Column("due_date", "date"), Column("effort_days", "number"),
    Column("expected_result", "text"), Column("kpi", "text"), Column("kpi_baseline", "number"),
    Column("kpi_target", "number"), Column("completed_on", "date"),
    Column("measured_result", "text"), Column("measured_value", "number"),
    Column("target_met", "yes_no"), Column("expected_value", "worked"),
    Column("value_rank", "worked"), Column("obtained_value", "worked"),
)
"""The loop's order: what is wrong and why, the action, who and where it stands, then the
expected result and what was measured; last, what it is worth (worked out, read only)."""
WORKED = frozenset(column.key for column in COLUMNS if column.kind == "worked")
KEYS = tuple(column.key for column in COLUMNS)
_NUMBERS = frozenset(column.key for column in COLUMNS if column.kind == "number")


def column_title(key: str) -> str:
    return {
        "irritant": translate("ActionPlan", "Pain point addressed"),
        "gap": translate("ActionPlan", "Gap"),
        "root_cause": translate("ActionPlan", "Root cause"),
        "description": translate("ActionPlan", "Action"),
        "owner": translate("ActionPlan", "Owner"),
        "due_date": translate("ActionPlan", "Due date"),
        "expected_result": translate("ActionPlan", "Expected result"),
        "kpi": translate("ActionPlan", "KPI"),
        "kpi_target": translate("ActionPlan", "Target"),
        "status": translate("ActionPlan", "Status"),
        "completed_on": translate("ActionPlan", "Completed on"),
        "measured_result": translate("ActionPlan", "Measured result"),
        "measured_value": translate("ActionPlan", "Measured value"),
        "target_met": translate("ActionPlan", "Target met"),
        "effort_days": translate("ActionPlan", "Effort (person-days)"),
        "kpi_baseline": translate("ActionPlan", "KPI before"),
        "expected_value": translate("ActionPlan", "Expected value"),
        "value_rank": translate("ActionPlan", "Rank by value for effort"),
        "obtained_value": translate("ActionPlan", "Obtained value"),
    }[key]


def yes_no_label(value: bool | None) -> str:
    if value is None:
        return ""
    return translate("ActionPlan", "Yes") if value else translate("ActionPlan", "No")


def date_text(day: dt.date | None) -> str:
    if day is None:
        return ""
    return QLocale().toString(QDate(day.year, day.month, day.day),
                              QLocale.FormatType.ShortFormat)


def irritant_choices(document: JourneyDocument) -> dict[str, tuple[str, str]]:
    """Every irritant of the project: id -> ("touchpoint — irritant", touchpoint id)."""
    found: dict[str, tuple[str, str]] = {}
    for journey in document.project.journeys:
        for _, touchpoint in journey.touchpoints():
            for irritant in touchpoint.irritants:
                found[irritant.id] = (f"{touchpoint.title} — {irritant.text}", touchpoint.id)
    return found


class ActionTableModel(QAbstractTableModel):
    """The project's actions; ``setData`` pushes an ``EditItem`` for every change."""

    def __init__(self, document: JourneyDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self.irritants: dict[str, tuple[str, str]] = {}
        self.values: dict[str, ActionValue] = {}
        self._ranking: dict[str, int] = {}
        """The place of each ranked action: one unit after the other, best first."""
        self._ids: list[str] = []
        self.reload()

    @property
    def actions(self) -> list[Action]:
        return self._document.project.actions

    def reload(self) -> None:
        """Follow the project: rows added or removed reset the table, edits repaint it."""
        self.irritants = irritant_choices(self._document)
        self.values = {value.action.id: value
                       for value in action_values(self._document.project)}
        self._ranking = {value.action.id: place for place, value
                         in enumerate(by_value_for_effort(list(self.values.values())))
                         if value.rank is not None}
        ids = [action.id for action in self.actions]
        if ids == self._ids:
            if ids:
                self.dataChanged.emit(self.index(0, 0),
                                      self.index(len(ids) - 1, len(COLUMNS) - 1))
            return
        self.beginResetModel()
        self._ids = ids
        self.endResetModel()

    def action(self, row: int) -> Action:
        return self.actions[row]

    def row_of(self, action_id: str) -> int | None:
        return next((row for row, known in enumerate(self._ids) if known == action_id), None)

    @override
    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._ids)

    @override
    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    @override
    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return column_title(KEYS[section])
        return None

    def display(self, action: Action, key: str) -> str:
        """The text of a cell."""
        if key in WORKED:
            return self._worked(action, key)
        if key == "irritant":
            if action.irritant_id in self.irritants:
                return self.irritants[action.irritant_id][0]
            return ""
        value = getattr(action, key)
        if key == "status":
            return interface_label(value)
        if key == "target_met":
            return yes_no_label(value)
        if isinstance(value, dt.date):
            return date_text(value)
        if isinstance(value, float):
            return format_number(value, 2)
        return "" if value is None else str(value)

    def _worked(self, action: Action, key: str) -> str:
        """A value worked out from the action's inputs; "—" when one is missing."""
        value = self.values.get(action.id)
        if value is None:
            return ""
        unit = value.point.unit if value.point is not None else ""
        figure = {"expected_value": value.expected_value, "obtained_value": value.obtained_value,
                  "value_rank": value.rank}[key]
        if figure is None:
            return "\u2014"
        if key == "value_rank":
            return str(figure)
        return BenchmarkWords(self._document.project.language).money(figure, unit)

    def how_worked(self, action: Action, key: str) -> str:
        """How a worked value comes about, or what it lacks, in the project's language."""
        value = self.values.get(action.id)
        if value is None:
            return ""
        say = BenchmarkWords(self._document.project.language)
        if key == "expected_value":
            return say.expected(value)
        if key == "obtained_value":
            return say.obtained(value)
        return say.per_day(value)

    def edit_value(self, action: Action, key: str) -> Any:
        """What an editor starts from: ids, QDates, numbers or text; None when unset."""
        if key == "irritant":
            return action.irritant_id or ""
        value = getattr(action, key)
        if isinstance(value, dt.date):
            return QDate(value.year, value.month, value.day)
        if key == "status":
            return value.value
        if key == "target_met":
            return "" if value is None else ("yes" if value else "no")
        return value

    @override
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        action, key = self.action(index.row()), KEYS[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and key in WORKED:
            return self.how_worked(action, key) or None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.display(action, key) or None
        if role == Qt.ItemDataRole.EditRole:
            return self.edit_value(action, key)
        if role == SORT_ROLE:
            return self._sort_key(action, key)
        if role == Qt.ItemDataRole.ForegroundRole and key == "status":
            return QColor(STATUS_COLOURS[action.status])
        if role == Qt.ItemDataRole.FontRole and key in ("status", "description"):
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _sort_key(self, action: Action, key: str) -> Any:
        if key in WORKED:
            value = self.values.get(action.id)
            figure = None if value is None else {
                "expected_value": value.expected_value, "obtained_value": value.obtained_value,
                "value_rank": value.rank}[key]
            if key == "value_rank":  # ranked first, unit by unit, best first; then the others
                return float(self._ranking.get(action.id, 1e300))
            return -1e300 if figure is None else float(figure)
        if key == "status":
            return list(ActionStatus).index(action.status)
        value = getattr(action, key, None)
        if isinstance(value, dt.date):
            return value.toordinal()
        if isinstance(value, float):
            return value
        if value is None:
            return -1e300 if key in _NUMBERS else ""
        return self.display(action, key).casefold()

    @override
    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if KEYS[index.column()] in WORKED:
            return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsEditable)

    @override
    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        action, key = self.action(index.row()), KEYS[index.column()]
        try:
            changes = self._changes(action, key, value)
        except ValueError:
            return False
        if all(getattr(action, name) == new for name, new in changes.items()):
            return False
        self._document.undo_stack.push(EditItem(
            self._document, "actions", action.id, changes,
            text=QT_TRANSLATE_NOOP("Commands", "Edit action")))
        return True

    def _changes(self, action: Action, key: str, value: Any) -> dict[str, Any]:
        """The fields to change for ``value`` typed in column ``key`` (ValueError: refused)."""
        if key == "irritant":
            irritant_id = str(value or "") or None
            if irritant_id is None:
                return {"irritant_id": None}
            if irritant_id not in self.irritants:
                raise ValueError(irritant_id)
            # The action follows its irritant to its touchpoint (the CSV places it there).
            return {"irritant_id": irritant_id, "touchpoint_id": self.irritants[irritant_id][1]}
        if key in ("due_date", "completed_on"):
            if isinstance(value, QDate) and value.isValid():
                return {key: dt.date(value.year(), value.month(), value.day())}
            if value is None or value == "":
                return {key: None}
            raise ValueError(value)
        if key in _NUMBERS:
            number = None if value is None or value == "" else float(value)
            if key == "effort_days" and number is not None and number <= 0:
                raise ValueError("an effort is more than 0 days")
            return {key: number}
        if key in WORKED:
            raise ValueError("worked out, not typed")
        if key == "status":
            return {"status": ActionStatus(str(value))}
        if key == "target_met":
            return {"target_met": {"yes": True, "no": False}.get(str(value))}
        text = str(value).strip()
        if key == "description" and not text:
            raise ValueError("an action needs a description")
        return {key: text}
