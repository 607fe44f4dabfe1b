"""Editing widgets of the inspector and their binding to typing sessions."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QFocusEvent, QTextCursor
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget
from typing_extensions import override

from cxdesigner.model.limits import MAX_NAME_CHARS, MAX_TEXT_CHARS
from cxdesigner.ui.inspector.typing import new_session


class NoteEdit(QPlainTextEdit):
    """A few lines of free text; Tab moves to the next field.

    Signals:
        focus_lost: the user left the field.
    """

    focus_lost = Signal()

    def __init__(self, lines: int = 3, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        line = self.fontMetrics().lineSpacing()
        self.setFixedHeight(int(line * lines + 2 * self.frameWidth()
                                + self.document().documentMargin() * 2 + 4))

    @override
    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.focus_lost.emit()


class TypingField(QObject):
    """Calls ``commit(text, session)`` on each keystroke of a line or note edit.

    The session number changes when the user leaves the field, so that each visit of a
    field is one undo step. :meth:`set_text` shows a new value without moving the cursor.
    """

    def __init__(self, editor: QLineEdit | NoteEdit, commit: Callable[[str, int], None],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self._commit = commit
        self._updating = False
        self.session = new_session()
        if isinstance(editor, QLineEdit):
            editor.setMaxLength(MAX_NAME_CHARS)
            editor.textEdited.connect(self._on_typed)
            editor.editingFinished.connect(self.end_session)
        else:
            editor.textChanged.connect(lambda: self._on_typed(editor.toPlainText()))
            editor.focus_lost.connect(self.end_session)

    def end_session(self) -> None:
        self.session = new_session()

    def _on_typed(self, text: str) -> None:
        if not self._updating:
            self._commit(text[:MAX_TEXT_CHARS], self.session)

    def text(self) -> str:
        if isinstance(self.editor, QLineEdit):
            return self.editor.text()
        return self.editor.toPlainText()

    def set_text(self, text: str) -> None:
        """Show ``text``; in the field being typed in, the cursor stays where it was."""
        if self.text() == text:
            return
        self._updating = True
        try:
            if not self.editor.hasFocus():
                if isinstance(self.editor, QLineEdit):
                    self.editor.setText(text)
                    self.editor.setCursorPosition(0)  # a long title shows its beginning
                else:
                    self.editor.setPlainText(text)
            elif isinstance(self.editor, QLineEdit):
                position = self.editor.cursorPosition()
                self.editor.setText(text)
                self.editor.setCursorPosition(min(position, len(text)))
            else:
                position = self.editor.textCursor().position()
                self.editor.setPlainText(text)
                cursor = self.editor.textCursor()
                cursor.setPosition(min(position, len(text)), QTextCursor.MoveMode.MoveAnchor)
                self.editor.setTextCursor(cursor)
        finally:
            self._updating = False


def set_combo_data(combo: QComboBox, value: object) -> None:
    """Select the entry whose data is ``value`` without emitting a user change."""
    blocked = combo.blockSignals(True)
    try:
        index = combo.findData(value)
        combo.setCurrentIndex(max(index, 0))
    finally:
        combo.blockSignals(blocked)


def fill_combo(combo: QComboBox, entries: Sequence[tuple[str, object]], value: object) -> None:
    """Replace the entries of ``combo`` and select ``value``, silently."""
    blocked = combo.blockSignals(True)
    try:
        combo.clear()
        for label, data in entries:
            combo.addItem(label, data)
    finally:
        combo.blockSignals(blocked)
    set_combo_data(combo, value)
