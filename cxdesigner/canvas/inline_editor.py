"""A line editor laid over the map for typing a title, a stage name or a channel in place."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRectF, QStringListModel, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget
from typing_extensions import override

from cxdesigner.canvas.context import SELECTION
from cxdesigner.canvas.fonts import map_font


class InlineEditor(QLineEdit):
    """Edits one piece of text over the map; Enter commits, Esc cancels.

    With suggestions (the channel picker), Enter takes the highlighted suggestion, or the
    only one left for what was typed ("tél" gives "Téléphone").

    One editor per view, shown by :meth:`begin` and hidden by its owner when it finishes.

    The view keeps it over the scene rectangle it edits (``scene_rect``) while the map is
    zoomed or scrolled. Leaving it (focus out) commits, like a spreadsheet cell.

    Signals:
        committed(str): the user confirmed this text.
        cancelled: the user gave up; nothing must change.
    """

    committed = Signal(str)
    cancelled = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.scene_rect = QRectF()
        self.text_size = 12.0
        self._bold = True
        self._finished = True
        self.setFrame(False)
        self.setStyleSheet(
            f"QLineEdit {{ background: #ffffff; color: #1f2933; border: 2px solid {SELECTION};"
            " border-radius: 4px; padding: 0 4px; selection-background-color: #a5d8ff;"
            " selection-color: #1f2933; }")
        # One completer for good: it offers nothing while its list is empty.
        self._choices = QStringListModel(self)
        completer = QCompleter(self._choices, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.activated.connect(self._on_completion_activated)
        self.setCompleter(completer)
        self.hide()

    def begin(self, scene_rect: QRectF, text: str, size: float, bold: bool = True,
              choices: Sequence[str] = ()) -> None:
        """Start editing ``text`` (all selected, so typing replaces it)."""
        self.scene_rect, self.text_size, self._bold = scene_rect, size, bold
        self._finished = False
        self._choices.setStringList(list(choices))
        self.setText(text)
        self.selectAll()

    @property
    def finished(self) -> bool:
        return self._finished

    def set_zoom(self, zoom: float) -> None:
        """Show the text at the map's size for this zoom."""
        self.setFont(map_font(max(6, round(self.text_size * zoom)), self._bold))

    def commit(self) -> None:
        """Confirm the text (once)."""
        if not self._finished:
            self._finished = True
            self.committed.emit(self.text())

    def cancel(self) -> None:
        """Give up (once)."""
        if not self._finished:
            self._finished = True
            self.cancelled.emit()

    def _on_completion_activated(self, text: str) -> None:
        if not self._finished:
            self.setText(text)
            self.commit()

    def _chosen_completion(self) -> str | None:
        """What Enter takes from the suggestions: the highlighted one, else the only one."""
        completer = self.completer()
        if completer is None or not self._choices.stringList():
            return None
        popup = completer.popup()
        if popup is not None and popup.isVisible() and popup.currentIndex().isValid():
            return str(popup.currentIndex().data())
        text = self.text().strip()
        if not text:
            return None
        completer.setCompletionPrefix(text)
        if completer.completionCount() == 1 and completer.setCurrentRow(0):
            return completer.currentCompletion()
        return None

    def _commit_with_completion(self) -> None:
        chosen = self._chosen_completion()
        popup = self.completer().popup() if self.completer() is not None else None
        if popup is not None and popup.isVisible():
            popup.hide()
        if chosen is not None:
            self.setText(chosen)
        self.commit()

    @override
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab,
                           Qt.Key.Key_Backtab):
            self._commit_with_completion()
            return
        if event.key() == Qt.Key.Key_Escape:
            self.cancel()
            return
        super().keyPressEvent(event)

    @override
    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        popup = self.completer().popup() if self.completer() is not None else None
        if event.reason() == Qt.FocusReason.PopupFocusReason or (
                popup is not None and popup.isVisible()):
            return  # the completer's list took focus for a moment
        if self.isVisible():
            self.commit()

    @override
    def focusNextPrevChild(self, next: bool) -> bool:
        return False  # Tab commits (see keyPressEvent) rather than moving the focus away
