"""The window that tells the user an unexpected error happened, that their work is safe, and
what to do; one window however many errors follow."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from cxdesigner.ui.error_report import ErrorReporter
from cxdesigner.ui.i18n import translate

MAX_DETAILS_CHARS = 50_000
"""The details keep the latest errors up to this size."""


def open_folder(folder: Path) -> bool:
    """Show ``folder`` in the system's file manager."""
    folder.mkdir(parents=True, exist_ok=True)
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


class ErrorNotice(QDialog):
    """A modeless window: what happened, what to do, the details to copy, the log folder."""

    def __init__(self, log_folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModal(False)
        self.setWindowTitle(translate("ErrorNotice", "CX Designer — unexpected error"))
        self.log_folder = log_folder
        self.count = 0
        self.details = ""
        icon = QLabel(self)
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_MessageBoxIconSize, None, self)
        icon.setPixmap(self.style().standardIcon(
            QStyle.StandardPixmap.SP_MessageBoxWarning, None, self).pixmap(size, size))
        self.headline = QLabel(translate(
            "ErrorNotice", "<b>Something went wrong, but your work is safe.</b>"), self)
        self.advice = QLabel(translate(
            "ErrorNotice",
            "Your project is still open, and a recovery copy of unsaved changes is kept. To be "
            "sure nothing is lost, save it under another name (File ▸ Save As…), so that "
            "the original file stays as it was. Then send the details below to whoever looks "
            "after CX Designer for you."), self)
        self.advice.setWordWrap(True)
        self.repeats = QLabel(self)
        self.repeats.hide()
        self.text = QPlainTextEdit(self)
        self.text.setReadOnly(True)
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.text.setMinimumHeight(self.fontMetrics().lineSpacing() * 6)
        buttons = QDialogButtonBox(self)
        self.copy_button = QPushButton(translate("ErrorNotice", "Copy Details"), self)
        self.folder_button = QPushButton(translate("ErrorNotice", "Open Log Folder"), self)
        self.close_button = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.folder_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.close)
        self.copy_button.clicked.connect(self._on_copy_clicked)
        self.folder_button.clicked.connect(lambda: open_folder(self.log_folder))
        words = QVBoxLayout()
        words.addWidget(self.headline)
        words.addWidget(self.advice)
        top = QHBoxLayout()
        top.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        top.addLayout(words, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.repeats)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        self.close_button.setDefault(True)
        # Tall enough for the wrapped advice at this width (adjustSize guesses it short).
        self.setMinimumWidth(560)
        self.resize(560, layout.totalHeightForWidth(560))

    def add(self, details: str) -> None:
        """Count one more error and show its details first."""
        self.count += 1
        self.details = (f"{details}\n\n{self.details}" if self.details else details)[
            :MAX_DETAILS_CHARS]
        self.text.setPlainText(self.details)
        # Shown from the second error on, so the count is always plural.
        self.repeats.setText(translate("ErrorNotice", "This happened %1 times.").replace(
            "%1", str(self.count)))
        self.repeats.setVisible(self.count > 1)

    def _on_copy_clicked(self) -> None:
        QGuiApplication.clipboard().setText(self.details)
        self.copy_button.setText(translate("ErrorNotice", "Copied"))


class ErrorNotices(QObject):
    """Shows the reporter's errors in one :class:`ErrorNotice`, raised again on each error."""

    def __init__(self, reporter: ErrorReporter, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._log_folder = reporter.log_folder
        self.notice: ErrorNotice | None = None
        self._showing = False
        reporter.reported.connect(self._on_reported)

    def _on_reported(self, details: str) -> None:
        if self._showing:  # the notice itself failed: the log has it, do not loop
            return
        self._showing = True
        try:
            if self.notice is None:
                self.notice = ErrorNotice(self._log_folder)
                self.notice.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
            self.notice.add(details)
            self.notice.show()
            self.notice.raise_()
        finally:
            self._showing = False

    def close(self) -> None:
        """Close and delete the notice (when the application ends)."""
        if self.notice is not None:
            self.notice.close()
            self.notice.deleteLater()
            self.notice = None
