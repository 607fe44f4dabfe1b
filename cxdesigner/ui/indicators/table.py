"""NPS, CSAT and CES of a journey, its stages and its steps: a table model, n in every cell."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication
from typing_extensions import override

from cxdesigner.analysis.rollup import (
    Scope,
    ScopeIndicator,
    ScopeKind,
    journey_scopes,
    survey_indicators,
)
from cxdesigner.model import Journey, Project, SurveyIndicator
from cxdesigner.ui.i18n import translate
from cxdesigner.ui.indicators.texts import (
    few_answers,
    result_details,
    result_text,
)
from cxdesigner.ui.labels import interface_label

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
INDICATORS = tuple(SurveyIndicator)


@dataclass(frozen=True)
class IndicatorRow:
    """A journey, stage or step, with the indicators its answers (and those below) give."""

    scope: Scope
    results: dict[SurveyIndicator, ScopeIndicator]


def indicator_rows(project: Project, journey: Journey,
                   with_empty_steps: bool = False) -> list[IndicatorRow]:
    """The journey, each stage and each step, in map order.

    Steps without any answer are left out unless ``with_empty_steps``; the journey and its
    stages are always listed.
    """
    found: dict[str, dict[SurveyIndicator, ScopeIndicator]] = {}
    for item in survey_indicators(project, journey):
        found.setdefault(item.scope.id, {})[item.result.indicator] = item
    return [IndicatorRow(scope, found.get(scope.id, {})) for scope in journey_scopes(journey)
            if with_empty_steps or scope.kind is not ScopeKind.TOUCHPOINT or scope.id in found]


def warning_colour() -> QColor:
    """The "few answers" red, lighter on a dark window so that it stays readable."""
    dark = QGuiApplication.palette().window().color().lightnessF() < 0.5
    return QColor("#ff8787" if dark else "#c92a2a")


class IndicatorTableModel(QAbstractTableModel):
    """One row per scope; a column per indicator, each cell its score with n."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[IndicatorRow] = []

    def set_rows(self, rows: list[IndicatorRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    @override
    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    @override
    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else 1 + len(INDICATORS)

    @override
    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation is not Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if section == 0:
                return translate("Indicators", "Journey, stage or step")
            return interface_label(INDICATORS[section - 1])
        return None

    @override
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if index.column() == 0:
            return self._scope_data(row.scope, role)
        item = row.results.get(INDICATORS[index.column() - 1])
        if item is None:
            return "\u2014" if role == Qt.ItemDataRole.DisplayRole else None
        result = item.result
        if role == Qt.ItemDataRole.DisplayRole:
            return result_text(result)
        if role == Qt.ItemDataRole.ToolTipRole:
            own = translate("Indicators", "%1 of the %2 answers are about this step itself."
                            ).replace("%1", str(item.direct)).replace("%2", str(result.n))
            return "\n".join(part for part in (result_details(result), own) if part)
        if role == Qt.ItemDataRole.ForegroundRole and (few_answers(result)
                                                       or result.value is None):
            return warning_colour()
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _scope_data(self, scope: Scope, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            indent = {ScopeKind.JOURNEY: "", ScopeKind.STAGE: "   ",
                      ScopeKind.TOUCHPOINT: "         "}[scope.kind]
            return indent + scope.name
        if role == Qt.ItemDataRole.FontRole and scope.kind is not ScopeKind.TOUCHPOINT:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return {ScopeKind.JOURNEY: translate("Indicators", "The whole journey"),
                    ScopeKind.STAGE: translate("Indicators", "A stage, with its steps' answers"),
                    ScopeKind.TOUCHPOINT: translate("Indicators", "A step (touchpoint)")
                    }[scope.kind]
        return None
