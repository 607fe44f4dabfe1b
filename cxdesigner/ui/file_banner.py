"""The band across a window whose project another window or computer is editing."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QToolBar, QWidget

from cxdesigner.ui.file_controller import describe_owner
from cxdesigner.ui.i18n import translate

if TYPE_CHECKING:
    from cxdesigner.ui.main_window import MainWindow

_STYLE = ("#lockBanner { background: #fff4ce; border-top: 1px solid #e0c36c; "
          "border-bottom: 1px solid #e0c36c; } #lockBanner QLabel { color: #3d3000; }")


class LockBanner(QToolBar):
    """Says that this window's copy is read-only and why, with what can be done about it.

    A toolbar of its own, on a row of its own under the others, that the user cannot move
    or hide while it applies.
    """

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.setObjectName("lockBanner")
        self.setMovable(False)
        self.setFloatable(False)
        self.toggleViewAction().setVisible(False)
        self.setStyleSheet(_STYLE)
        content = QWidget(self)
        layout = QHBoxLayout(content)
        layout.setContentsMargins(10, 4, 10, 4)
        self.label = QLabel(content)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        # Two short lines, cut rather than wrapped in a narrow window (a toolbar gives a
        # wrapped label the height of its narrowest layout); the tooltip has them whole.
        self.label.setMinimumWidth(1)
        self.label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.save_as_button = QPushButton(translate("LockBanner", "Save As…"), content)
        self.take_over_button = QPushButton(translate("LockBanner", "Edit Anyway"), content)
        self.take_over_button.setToolTip(translate(
            "LockBanner", "Only if that CX Designer no longer runs (its computer stopped): "
                          "two windows saving the same file would undo each other's work."))
        layout.addWidget(self.label, 1)
        layout.addWidget(self.save_as_button)
        layout.addWidget(self.take_over_button)
        self.addWidget(content)
        self.save_as_button.clicked.connect(window.files.save_as)
        self.take_over_button.clicked.connect(self._on_take_over)
        window.files.lock_changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        """Show the band while the window's file is read-only, hide it otherwise."""
        files = self._window.files
        owner = files.lock_owner
        if owner is None:
            self.hide()
            return
        text = translate("LockBanner", "Read-only copy: “%1” is open elsewhere. Save your "
                                       "changes under another name.").replace(
            "%1", files.display_name()) + "\n" + describe_owner(
            owner, self._window.manager.language)
        self.label.setText(text)
        self.label.setToolTip(text)
        self.take_over_button.setVisible(not owner.is_this_process)
        self.show()

    def _on_take_over(self) -> None:
        if not self._window.files.take_over():
            self._window.prompts.show_error(
                translate("LockBanner", "Still open elsewhere"),
                translate("LockBanner", "The file’s lock could not be taken over. Save your "
                                        "changes under another name."))


def install_lock_banner(window: MainWindow) -> LockBanner:
    """Put the band on a row of its own under the window's toolbars."""
    banner = LockBanner(window)
    window.addToolBarBreak(Qt.ToolBarArea.TopToolBarArea)
    window.addToolBar(Qt.ToolBarArea.TopToolBarArea, banner)
    banner.refresh()
    return banner
