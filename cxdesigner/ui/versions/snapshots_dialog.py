"""File ▸ Snapshots: name a state of the project, list the snapshots with their date and
author, compare one with now, restore it, export it as its own file, delete it."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDateTime, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cxdesigner.document import JourneyDocument
from cxdesigner.model import Snapshot
from cxdesigner.ui.i18n import translate

ID_ROLE = Qt.ItemDataRole.UserRole


def taken_text(taken: dt.datetime) -> str:
    """When a snapshot was taken, in the interface's way of writing dates."""
    moment = QDateTime.fromSecsSinceEpoch(int(taken.timestamp()))
    return QLocale().toString(moment, QLocale.FormatType.ShortFormat)


class TakeSnapshotDialog(QDialog):
    """Asks a snapshot's name and who takes it."""

    def __init__(self, name: str, author: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("takeSnapshotDialog")
        self.setWindowTitle(translate("Snapshots", "Take a Snapshot"))
        self.name = QLineEdit(name, self)
        self.name.setPlaceholderText(translate("Snapshots", "Post-workshop baseline"))
        self.name.selectAll()
        self.author = QLineEdit(author, self)
        hint = QLabel(translate(
            "Snapshots", "The snapshot keeps the whole project as it is now, inside the file. "
                         "You can compare it with later work, restore it or export it."), self)
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.name.textChanged.connect(lambda text: self.ok.setEnabled(bool(text.strip())))
        form = QFormLayout()
        form.addRow(translate("Snapshots", "Name:"), self.name)
        form.addRow(translate("Snapshots", "Taken by:"), self.author)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(460, self.sizeHint().height())


class SnapshotsDialog(QDialog):
    """The snapshots of the document's project, newest first, and what can be done with one.

    Signals:
        take_requested: Take Snapshot was clicked.
        compare_requested(snapshot_id), restore_requested(snapshot_id),
        export_requested(snapshot_id), delete_requested(snapshot_id): a button was clicked
            on the selected snapshot.
    """

    take_requested = Signal()
    compare_requested = Signal(str)
    restore_requested = Signal(str)
    export_requested = Signal(str)
    delete_requested = Signal(str)

    def __init__(self, document: JourneyDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("snapshotsDialog")
        self.setWindowTitle(translate("Snapshots", "Snapshots"))
        self.setModal(False)
        self._document = document
        self.tree = QTreeWidget(self)
        self.tree.setRootIsDecorated(False)
        self.tree.setHeaderLabels([translate("Snapshots", "Name"),
                                   translate("Snapshots", "Taken"),
                                   translate("Snapshots", "By")])
        self.tree.currentItemChanged.connect(lambda _item, _old: self._update_buttons())
        self.empty = QLabel(translate(
            "Snapshots", "No snapshots yet. Take one before a workshop or before sending the "
                         "project to someone: the merge of two copies finds its starting point "
                         "in the snapshots they share."), self)
        self.empty.setWordWrap(True)
        self.take = QPushButton(translate("Snapshots", "&Take Snapshot…"), self)
        self.compare = QPushButton(translate("Snapshots", "&Compare with Now"), self)
        self.restore = QPushButton(translate("Snapshots", "&Restore"), self)
        self.export = QPushButton(translate("Snapshots", "&Export…"), self)
        self.delete = QPushButton(translate("Snapshots", "&Delete"), self)
        self.restore.setToolTip(translate(
            "Snapshots", "Bring the project back to this snapshot (Edit ▸ Undo returns)"))
        self.export.setToolTip(translate("Snapshots", "Save this snapshot as a project file"))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.close)
        self.take.clicked.connect(self.take_requested.emit)
        for button, signal in ((self.compare, self.compare_requested),
                               (self.restore, self.restore_requested),
                               (self.export, self.export_requested),
                               (self.delete, self.delete_requested)):
            button.clicked.connect(lambda _c=False, s=signal: self._emit(s))
        buttons = QHBoxLayout()
        for button in (self.take, self.compare, self.restore, self.export, self.delete):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.empty)
        layout.addLayout(buttons)
        layout.addWidget(close)
        document.project_replaced.connect(self.refresh)
        document.project_changed.connect(lambda fields: self.refresh()
                                         if "history" in fields else None)
        self.resize(640, 360)
        self.refresh()

    def _emit(self, signal: Signal) -> None:
        chosen = self.selected_id()
        if chosen is not None:
            signal.emit(chosen)  # type: ignore[attr-defined]

    def snapshots(self) -> list[Snapshot]:
        """The snapshots, newest first."""
        return sorted(self._document.project.history.snapshots,
                      key=lambda s: (s.taken.timestamp(), s.id), reverse=True)

    def refresh(self) -> None:
        chosen = self.selected_id()
        self.tree.clear()
        for snapshot in self.snapshots():
            item = QTreeWidgetItem([snapshot.name, taken_text(snapshot.taken), snapshot.author])
            item.setData(0, ID_ROLE, snapshot.id)
            item.setToolTip(0, snapshot.name)
            self.tree.addTopLevelItem(item)
            if snapshot.id == chosen:
                self.tree.setCurrentItem(item)
        first = self.tree.topLevelItem(0)
        if self.tree.currentItem() is None and first is not None:
            self.tree.setCurrentItem(first)
        for column in range(3):
            self.tree.resizeColumnToContents(column)
        has_any = self.tree.topLevelItemCount() > 0
        self.tree.setVisible(has_any)
        self.empty.setVisible(not has_any)
        self._update_buttons()

    def selected_id(self) -> str | None:
        item = self.tree.currentItem()
        return str(item.data(0, ID_ROLE)) if item is not None else None

    def select(self, snapshot_id: str) -> None:
        for index in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(index)
            if item is not None and item.data(0, ID_ROLE) == snapshot_id:
                self.tree.setCurrentItem(item)

    def _update_buttons(self) -> None:
        chosen = self.selected_id() is not None
        for button in (self.compare, self.restore, self.export, self.delete):
            button.setEnabled(chosen)
