"""The ranking tables: irritants by score (analysis.pain_points), opportunities by votes."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont
from typing_extensions import override

from cxdesigner.analysis.pain_points import (
    SCORE_DECIMALS,
    PainPoint,
    RankedOpportunity,
    rank_opportunities,
    rank_pain_points,
)
from cxdesigner.model import Journey, MomentOfTruth
from cxdesigner.ui.i18n import translate
from cxdesigner.ui.labels import emotion_label, interface_label, optional_label, severity_label

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
ITEM_ID_ROLE = Qt.ItemDataRole.UserRole + 1
"""The id of the irritant or opportunity of a row."""

IRRITANT_COLUMNS = ("rank", "score", "text", "votes", "severity", "criticality", "moment",
                    "emotion", "stage", "touchpoint")
OPPORTUNITY_COLUMNS = ("rank", "text", "votes", "pillars", "stage", "touchpoint")
VOTES_COLOUR = "#1971c2"


def column_title(key: str, opportunities: bool = False) -> str:
    if key == "text" and opportunities:
        return translate("PainPoints", "Opportunity")
    return {
        "rank": translate("PainPoints", "#"),
        "score": translate("PainPoints", "Score"),
        "text": translate("PainPoints", "Pain point"),
        "votes": translate("PainPoints", "Votes"),
        "severity": translate("PainPoints", "Severity"),
        "criticality": translate("PainPoints", "Criticality"),
        "moment": translate("PainPoints", "Moment of truth"),
        "emotion": translate("PainPoints", "Emotion"),
        "stage": translate("PainPoints", "Stage"),
        "touchpoint": translate("PainPoints", "Touchpoint"),
        "pillars": translate("PainPoints", "Pillars"),
    }[key]


def votes_text(votes: int) -> str:
    """A vote count as a dot and a number ("● 3"), empty when there are none."""
    return f"\u25cf {votes}" if votes else ""


class RankingModel(QAbstractTableModel):
    """What both rankings share: fixed columns, read-only rows, the votes column stands out."""

    COLUMNS: tuple[str, ...] = ()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)

    def _count(self) -> int:
        raise NotImplementedError

    def _text(self, row: int, key: str) -> str:
        raise NotImplementedError

    def item_id(self, row: int) -> str:
        raise NotImplementedError

    def _tooltip(self, row: int, key: str) -> str:
        return self._text(row, key)

    def votes(self, row: int) -> int:
        raise NotImplementedError

    def row_of(self, item_id: str) -> int | None:
        """The row of an irritant or opportunity, by id."""
        return next((row for row in range(self._count()) if self.item_id(row) == item_id),
                    None)

    @override
    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else self._count()

    @override
    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    @override
    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return column_title(self.COLUMNS[section], isinstance(self, OpportunityModel))
        return None

    @override
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        key = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(index.row(), key)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(index.row(), key)
        if role == ITEM_ID_ROLE:
            return self.item_id(index.row())
        if role == Qt.ItemDataRole.TextAlignmentRole and key in ("rank", "score", "votes"):
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ForegroundRole and key == "votes":
            return QColor(VOTES_COLOUR)
        if role == Qt.ItemDataRole.FontRole and key in ("votes", "score"):
            font = QFont()
            font.setBold(True)
            return font
        return None

    @override
    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class PainPointModel(RankingModel):
    """A journey's irritants ranked by score, for one persona or for the defaults."""

    COLUMNS = IRRITANT_COLUMNS

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.points: tuple[PainPoint, ...] = ()

    def set_journey(self, journey: Journey | None, persona_id: str | None) -> None:
        """Rank ``journey``'s irritants again (None: show nothing)."""
        self.beginResetModel()
        self.points = rank_pain_points(journey, persona_id) if journey is not None else ()
        self.endResetModel()

    def _count(self) -> int:
        return len(self.points)

    def item_id(self, row: int) -> str:
        return self.points[row].irritant_id

    def votes(self, row: int) -> int:
        return self.points[row].votes

    def _text(self, row: int, key: str) -> str:
        point = self.points[row]
        values = {
            "rank": str(point.rank),
            "score": QLocale().toString(point.score, "f", SCORE_DECIMALS),
            "text": point.text,
            "votes": votes_text(point.votes),
            "severity": str(point.severity),
            "criticality": optional_label(point.criticality),
            "moment": interface_label(point.moment) if point.moment is not MomentOfTruth.NONE
            else "\u2014",
            "emotion": emotion_label(point.emotion),
            "stage": point.stage_name,
            "touchpoint": point.touchpoint_title,
        }
        return values[key]


    def _tooltip(self, row: int, key: str) -> str:
        point = self.points[row]
        if key == "severity":
            return severity_label(point.severity)
        if key == "moment":
            return interface_label(point.moment)
        if key == "text" and point.pillars:
            pillars = ", ".join(interface_label(pillar) for pillar in point.pillars)
            return f"{point.text}\n" + translate("PainPoints", "Pillars: %1").replace(
                "%1", pillars)
        return self._text(row, key)


class OpportunityModel(RankingModel):
    """A journey's opportunities ranked by votes."""

    COLUMNS = OPPORTUNITY_COLUMNS

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.opportunities: tuple[RankedOpportunity, ...] = ()

    def set_journey(self, journey: Journey | None) -> None:
        """Rank ``journey``'s opportunities again (None: show nothing)."""
        self.beginResetModel()
        self.opportunities = rank_opportunities(journey) if journey is not None else ()
        self.endResetModel()

    def _count(self) -> int:
        return len(self.opportunities)

    def item_id(self, row: int) -> str:
        return self.opportunities[row].opportunity_id

    def votes(self, row: int) -> int:
        return self.opportunities[row].votes

    def _text(self, row: int, key: str) -> str:
        item = self.opportunities[row]
        values = {
            "rank": str(item.rank),
            "text": item.text,
            "votes": votes_text(item.votes),
            "pillars": ", ".join(interface_label(pillar) for pillar in item.pillars),
            "stage": item.stage_name,
            "touchpoint": item.touchpoint_title,
        }
        return values[key]
