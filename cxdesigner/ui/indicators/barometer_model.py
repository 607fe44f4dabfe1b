"""One barometer scorecard as a table: a criterion per row, its score out of 10, undoable."""

from __future__ import annotations

from typing import Any

from pydantic import ValidationError
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from typing_extensions import override

from cxdesigner.analysis.barometer import criterion_definition
from cxdesigner.document import JourneyDocument
from cxdesigner.document.commands import EditItem
from cxdesigner.model import CriterionScore, Scorecard
from cxdesigner.ui.i18n import QT_TRANSLATE_NOOP, translate
from cxdesigner.ui.numbers import format_number

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


class ScorecardModel(QAbstractTableModel):
    """The criteria of one scorecard; every change is an ``EditItem`` of its scores.

    With ``definitions``, a third column (read only) says what each default criterion
    means, in the project's language, where it is scored.
    """

    def __init__(self, document: JourneyDocument, parent: QObject | None = None, *,
                 definitions: bool = False) -> None:
        super().__init__(parent)
        self._document = document
        self._columns = 3 if definitions else 2
        self.scorecard_id: str | None = None
        self._count = 0

    def card(self) -> Scorecard | None:
        if self.scorecard_id is None:
            return None
        return next((card for card in self._document.project.scorecards
                     if card.id == self.scorecard_id), None)

    def scores(self) -> list[CriterionScore]:
        card = self.card()
        return list(card.scores) if card is not None else []

    def show_card(self, scorecard_id: str | None) -> None:
        """Show another scorecard (or none), or the same one after it changed."""
        count = len(self.scores()) if scorecard_id == self.scorecard_id else -1
        self.scorecard_id = scorecard_id
        if count == len(self.scores()) == self._count and count > 0:
            self.dataChanged.emit(self.index(0, 0), self.index(count - 1, self._columns - 1))
            return
        self.beginResetModel()
        self._count = len(self.scores())
        self.endResetModel()

    @override
    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else self._count

    @override
    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else self._columns

    @override
    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (translate("Indicators", "Criterion"), translate("Indicators", "Score / 10"),
                    translate("Indicators", "Definition"))[section]
        return None

    @override
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        scores = self.scores()
        if not index.isValid() or index.row() >= len(scores):
            return None
        entry = scores[index.row()]
        if index.column() == 2 or (index.column() == 0 and role == Qt.ItemDataRole.ToolTipRole):
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                return criterion_definition(entry.criterion, self._document.project.language)
            return None
        if index.column() == 0:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
                return entry.criterion
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return format_number(entry.score) if entry.score is not None else "\u2014"
        if role == Qt.ItemDataRole.EditRole:
            return entry.score
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    @override
    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if index.column() == 2:
            return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsEditable)

    @override
    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        scores = self.scores()
        if (not index.isValid() or role != Qt.ItemDataRole.EditRole
                or index.row() >= len(scores) or index.column() == 2):
            return False
        entry = scores[index.row()]
        try:
            if index.column() == 0:
                name = str(value).strip()
                if not name:
                    return False
                changed = CriterionScore(criterion=name, score=entry.score)
            else:
                score = None if value is None or value == "" else float(value)
                changed = CriterionScore(criterion=entry.criterion, score=score)
        except (ValidationError, ValueError):
            return False  # beyond 0-10, or not a number: the cell keeps its value
        if changed == entry:
            return False
        scores[index.row()] = changed
        return self.commit(scores, QT_TRANSLATE_NOOP("Commands", "Score a criterion"))

    def commit(self, scores: list[CriterionScore], text: str) -> bool:
        """Replace the scorecard's criteria, as one undo step."""
        if self.scorecard_id is None:
            return False
        self._document.undo_stack.push(EditItem(self._document, "scorecards",
                                                self.scorecard_id, {"scores": scores},
                                                text=text))
        return True
