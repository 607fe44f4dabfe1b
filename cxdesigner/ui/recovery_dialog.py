"""The dialog that offers back the work a session left unsaved when it ended unexpectedly."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cxdesigner.ui.i18n import format_moment, interface_locale, translate
from cxdesigner.ui.recovery import Snapshot

RESTORE = "restore"
OPEN_BOTH = "open_both"
DISCARD = "discard"


def describe(snapshot: Snapshot, locale: QLocale) -> str:
    """Two lines: the title and file, then when it was saved (written as ``locale`` does)."""
    when = format_moment(snapshot.saved_at, locale)
    where = str(snapshot.original) if snapshot.original is not None \
        else translate("Recovery", "never saved")
    title = snapshot.title or translate("Recovery", "Untitled")
    return translate("Recovery", "%1 — %2\nUnsaved work from %3").replace(
        "%1", title).replace("%2", where).replace("%3", when)


class RecoveryDialog(QDialog):
    """Lists the snapshots found; the buttons set :attr:`choice` and close the dialog."""

    def __init__(self, snapshots: list[Snapshot], language: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Recovery", "Recover unsaved work"))
        self._snapshots = snapshots
        self.choice: tuple[str, Snapshot] | None = None
        intro = QLabel(translate(
            "Recovery", "CX Designer found work that was not saved, probably because the "
                        "program or the computer stopped unexpectedly. Nothing is deleted "
                        "until you choose."), self)
        intro.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setAlternatingRowColors(True)
        for snapshot in snapshots:
            item = QListWidgetItem(describe(snapshot, interface_locale(language)), self.list)
            item.setData(Qt.ItemDataRole.UserRole, snapshot.id)
        self.list.setCurrentRow(0)
        explain = QLabel(translate(
            "Recovery", "<b>Restore</b> opens the unsaved work; saving it replaces the file it "
                        "came from. <b>Open both</b> also shows the file as it is on disk, "
                        "read-only, to compare. <b>Discard</b> deletes the unsaved work."), self)
        explain.setWordWrap(True)
        buttons = QDialogButtonBox(self)
        self.restore_button = QPushButton(translate("Recovery", "Restore"), self)
        self.both_button = QPushButton(translate("Recovery", "Open Both"), self)
        self.discard_button = QPushButton(translate("Recovery", "Discard…"), self)
        later = QPushButton(translate("Recovery", "Decide Later"), self)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.both_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.discard_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.addButton(later, QDialogButtonBox.ButtonRole.RejectRole)
        self.restore_button.setDefault(True)
        self.restore_button.clicked.connect(lambda: self._choose(RESTORE))
        self.both_button.clicked.connect(lambda: self._choose(OPEN_BOTH))
        self.discard_button.clicked.connect(lambda: self._choose(DISCARD))
        later.clicked.connect(self.reject)
        self.list.currentRowChanged.connect(lambda _row: self._update_buttons())
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(explain)
        layout.addWidget(buttons)
        self._update_buttons()
        self.resize(620, 360)

    def selected(self) -> Snapshot | None:
        row = self.list.currentRow()
        return self._snapshots[row] if 0 <= row < len(self._snapshots) else None

    def _update_buttons(self) -> None:
        snapshot = self.selected()
        for button in (self.restore_button, self.discard_button):
            button.setEnabled(snapshot is not None)
        self.both_button.setEnabled(snapshot is not None and snapshot.original is not None
                                    and snapshot.original.is_file())

    def _choose(self, action: str) -> None:
        snapshot = self.selected()
        if snapshot is not None:
            self.choice = (action, snapshot)
            self.accept()
