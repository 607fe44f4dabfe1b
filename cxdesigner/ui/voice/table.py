"""The voice panel's table: one verbatim per row, filtered, sorted, dragged onto the map."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QLocale,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QRectF,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QDrag, QFont, QFontMetrics, QPainter, QPixmap
from PySide6.QtWidgets import QTableView
from typing_extensions import override

from cxdesigner.document import JourneyDocument
from cxdesigner.model import EmployeeMoment
from cxdesigner.ui.i18n import translate
from cxdesigner.ui.labels import interface_label
from cxdesigner.ui.voice.attach import MIME_TYPE, verbatim_mime
from cxdesigner.ui.voice.rows import VerbatimFilter, VerbatimRow, verbatim_rows

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
COLUMNS = ("text", "source", "who", "moment", "place", "date", "author")
MOMENT_COLOURS = {EmployeeMoment.TENSION: "#c92a2a", EmployeeMoment.POSITIVE: "#2b8a3e"}
SORT_ROLE = Qt.ItemDataRole.UserRole + 1


def column_title(key: str) -> str:
    return {
        "text": translate("VoicePanel", "Verbatim"),
        "source": translate("VoicePanel", "Source"),
        "who": translate("VoicePanel", "Persona / segment"),
        "moment": translate("VoicePanel", "Employee moment"),
        "place": translate("VoicePanel", "Stage ▸ touchpoint"),
        "date": translate("VoicePanel", "Date"),
        "author": translate("VoicePanel", "Author"),
    }[key]


class VerbatimTableModel(QAbstractTableModel):
    """Every verbatim of the project (see :func:`verbatim_rows`), re-read on :meth:`reload`."""

    def __init__(self, document: JourneyDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self.rows: list[VerbatimRow] = []
        self._names: dict[str, str] = {}
        self.reload()

    def reload(self) -> None:
        """Read the verbatims and the persona and segment names again."""
        project = self._document.project
        self.beginResetModel()
        self.rows = verbatim_rows(project)
        self._names = {p.id: p.name for p in project.personas}
        self._names.update({s.id: s.name for s in project.segments})
        self.endResetModel()

    def who(self, row: VerbatimRow) -> str:
        """The persona's name, else the segment's, else ""."""
        verbatim = row.verbatim
        names = [self._names.get(verbatim.persona_id or ""),
                 self._names.get(verbatim.segment_id or "")]
        return " · ".join(name for name in names if name)

    @override
    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    @override
    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    @override
    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return column_title(COLUMNS[section])
        return None

    def _text(self, row: VerbatimRow, key: str) -> str:
        verbatim = row.verbatim
        if key == "text":
            return f"« {verbatim.text} »"
        if key == "source":
            return interface_label(verbatim.source)
        if key == "who":
            return self.who(row)
        if key == "moment":
            moment = verbatim.employee_moment
            return "" if moment is None else interface_label(moment)
        if key == "place":
            if not row.attached:
                return translate("VoicePanel", "Not attached yet")
            return f"{row.stage_name} ▸ {row.touchpoint_title}"
        if key == "date":
            if verbatim.date is None:
                return ""
            day = QDate(verbatim.date.year, verbatim.date.month, verbatim.date.day)
            return QLocale().toString(day, QLocale.FormatType.ShortFormat)
        return verbatim.author

    @override
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, key = self.rows[index.row()], COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, key)
        if role == SORT_ROLE:
            if key == "date":
                return row.verbatim.date.isoformat() if row.verbatim.date else ""
            return self._text(row, key).casefold()
        if role == Qt.ItemDataRole.ToolTipRole:
            if key == "text":
                return row.verbatim.text
            return self._text(row, key) or None
        if (role == Qt.ItemDataRole.ForegroundRole and key == "moment"
                and row.verbatim.employee_moment is not None):
            return QColor(MOMENT_COLOURS[row.verbatim.employee_moment])
        if role == Qt.ItemDataRole.FontRole:
            if key == "text" or (key == "place" and not row.attached):
                font = QFont()
                font.setItalic(True)
                return font
            if key == "moment":
                font = QFont()
                font.setBold(True)
                return font
        return None

    @override
    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsDragEnabled)

    @override
    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    @override
    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        rows = sorted({index.row() for index in indexes if index.isValid()})
        verbatim_id = self.rows[rows[0]].verbatim.id if rows else ""
        return verbatim_mime(self._document, verbatim_id)

    @override
    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction


class VerbatimFilterProxy(QSortFilterProxyModel):
    """Shows the rows a :class:`VerbatimFilter` accepts, sorted on the chosen column."""

    def __init__(self, source: VerbatimTableModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows = source
        self.criteria = VerbatimFilter()
        self.setSourceModel(source)
        self.setSortRole(SORT_ROLE)

    def set_criteria(self, criteria: VerbatimFilter) -> None:
        """Filter with ``criteria`` from now on."""
        if criteria != self.criteria:
            self.beginFilterChange()
            self.criteria = criteria
            self.endFilterChange()

    @override
    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        return self.criteria.accepts(self._rows.rows[source_row])

    def row_at(self, proxy_row: int) -> VerbatimRow:
        """The verbatim shown on a row of the view."""
        return self._rows.rows[self.mapToSource(self.index(proxy_row, 0)).row()]


def drag_pixmap(text: str, font: QFont) -> QPixmap:
    """A small quote chip to drag instead of the whole row, so that the map stays visible."""
    metrics = QFontMetrics(font)
    label = metrics.elidedText(f"« {text} »", Qt.TextElideMode.ElideRight, 320)
    width, height = metrics.horizontalAdvance(label) + 20, metrics.height() + 12
    pixmap = QPixmap(width, height)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QColor("#c3cde6"))
        painter.setBrush(QColor("#eef2fb"))
        painter.drawRoundedRect(QRectF(0.5, 0.5, width - 1, height - 1), 6, 6)
        painter.setFont(font)
        painter.setPen(QColor("#1f2933"))
        painter.drawText(QRectF(0, 0, width, height), int(Qt.AlignmentFlag.AlignCenter), label)
    finally:
        painter.end()
    return pixmap


class VerbatimTableView(QTableView):
    """The table of verbatims; a row dragged out shows as a small quote chip."""

    @override
    def startDrag(self, supportedActions: Qt.DropAction) -> None:
        rows = self.selectionModel().selectedRows()
        model = self.model()
        if not rows or model is None:
            return
        data = model.mimeData([rows[0]])
        font = QFont(self.font())
        font.setItalic(True)
        drag = QDrag(self)
        drag.setMimeData(data)
        pixmap = drag_pixmap(data.text(), font)
        drag.setPixmap(pixmap)
        drag.setHotSpot(QPoint(-12, pixmap.height() // 2))
        drag.exec(Qt.DropAction.MoveAction)
