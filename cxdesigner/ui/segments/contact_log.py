"""The contact log tab: every contact count of the project, typed, edited, deleted, imported."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from cxdesigner.analysis.contacts import Places, log_span, total
from cxdesigner.analysis.profiles import ProfileIndex
from cxdesigner.model import ContactRecord, Project
from cxdesigner.ui.i18n import translate
from cxdesigner.ui.segments.texts import count, date, no_segment, not_given, number

Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
_ROOT = QModelIndex()


def _columns() -> list[str]:
    return [
        translate("Segments", "Date"),
        translate("Segments", "Segment"),
        translate("Segments", "Channel"),
        translate("Segments", "Stage"),
        translate("Segments", "Reason"),
        translate("Segments", "Contact profile"),
        translate("Segments", "Contacts"),
        translate("Segments", "Resolved"),
        translate("Segments", "Minutes"),
    ]


class ContactLogModel(QAbstractTableModel):
    """The project's contact records as rows, in the project's order."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ContactRecord] = []
        self._cells: list[tuple[list[str], list[Any], bool]] = []
        self._headers = _columns()

    def set_project(self, project: Project) -> None:
        """Show the contacts of ``project``."""
        self.beginResetModel()
        places = Places(project)
        segments = {segment.id: segment.name for segment in project.segments}
        names = {profile.id: profile.name for profile in project.contact_profiles}
        index = ProfileIndex(project.contact_profiles)
        self._rows = list(project.contacts)
        self._cells = []
        resolved = {
            None: "",
            True: translate("Segments", "yes"),
            False: translate("Segments", "no"),
        }
        for contact in self._rows:
            profile_id = index.profile_id(contact)
            guessed = profile_id is not None and contact.profile_id != profile_id
            stage_id = places.stage_id(contact)
            texts = [
                date(contact.date),
                segments.get(contact.segment_id or "", no_segment()),
                not_given(places.channel_label(contact.channel_id)),
                not_given(places.stage_label(stage_id)),
                contact.reason,
                names.get(profile_id or "", translate("Segments", "(unassigned)")),
                count(contact.count),
                resolved[contact.resolved],
                "" if contact.duration_minutes is None else number(contact.duration_minutes),
            ]
            keys: list[Any] = [
                contact.date.isoformat(),
                *texts[1:6],
                contact.count,
                texts[7],
                contact.duration_minutes or -1.0,
            ]
            self._cells.append((texts, keys, guessed))
        self.endResetModel()

    def record(self, row: int) -> ContactRecord:
        return self._rows[row]

    @override
    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    @override
    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._headers)

    @override
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        texts, keys, guessed = self._cells[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return texts[column]
        if role == SORT_ROLE:
            return keys[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (6, 8):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and column == 5 and guessed:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and column == 5 and guessed:
            return translate("Segments", "Found from the contact's reason")
        return None

    @override
    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None


class ContactLogTab(QWidget):
    """The contact log as a table, with buttons to add, edit, delete and import counts."""

    def __init__(
        self,
        add: Callable[[], object],
        edit: Callable[[ContactRecord], object],
        delete: Callable[[ContactRecord], object],
        import_log: Callable[[], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._edit, self._delete = edit, delete
        self.read_only = False
        self.model = ContactLogModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.summary = QLabel(self)
        self.add_button = QPushButton(translate("Segments", "Add Contact Count…"), self)
        self.edit_button = QPushButton(translate("Segments", "Edit…"), self)
        self.delete_button = QPushButton(translate("Segments", "Delete"), self)
        self.import_button = QPushButton(
            translate("Segments", "Import Contact Log (Excel or CSV)…"), self)
        self.add_button.clicked.connect(add)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.import_button.clicked.connect(import_log)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.summary)
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        self._enable()

    def refresh(self, project: Project) -> None:
        """Show the contacts of ``project``, keeping the selected record when it remains."""
        chosen = self.selected()
        self.model.set_project(project)
        span = log_span(project.contacts)
        text = translate("Segments", "%1 contacts in %2 rows").replace(
            "%1", count(total(project.contacts))
        )
        text = text.replace("%2", count(len(project.contacts)))
        if span is not None:
            text += " · " + translate("Segments", "from %1 to %2").replace(
                "%1", date(span[0])
            ).replace("%2", date(span[1]))
        self.summary.setText(text)
        header = self.table.horizontalHeader()
        for column in range(self.model.columnCount()):
            self.table.resizeColumnToContents(column)
            header.resizeSection(column, min(header.sectionSize(column), 260))
        if chosen is not None:
            self.select(chosen.id)
        self._enable()

    def select(self, record_id: str) -> None:
        for row in range(self.model.rowCount()):
            if self.model.record(row).id == record_id:
                self.table.selectRow(self.proxy.mapFromSource(self.model.index(row, 0)).row())
                return

    def selected(self) -> ContactRecord | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows:
            return None
        return self.model.record(self.proxy.mapToSource(rows[0]).row())

    def edit_selected(self) -> None:
        record = self.selected()
        if record is not None and not self.read_only:
            self._edit(record)

    def delete_selected(self) -> None:
        record = self.selected()
        if record is not None:
            self._delete(record)

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        self.add_button.setVisible(not read_only)
        self.import_button.setVisible(not read_only)
        self.edit_button.setVisible(not read_only)
        self.delete_button.setVisible(not read_only)

    def _enable(self) -> None:
        chosen = self.selected() is not None
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)
