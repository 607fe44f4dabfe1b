"""Editing widgets of the inspector and their binding to typing sessions."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QFocusEvent, QTextCursor, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPlainTextEdit, QWidget
from typing_extensions import override

from cxdesigner.document.checks import DocumentRuleError
from cxdesigner.document.language import refusal_text
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
    ``clean`` is how the document stores what is typed (a name loses its end spaces): the
    text being typed is kept while it stores as the value shown.
    """

    def __init__(self, editor: QLineEdit | NoteEdit, commit: Callable[[str, int], None],
                 parent: QObject | None = None,
                 clean: Callable[[str], str] | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self._commit = commit
        self._clean = clean
        self._updating = False
        self.session = new_session()
        if isinstance(editor, QLineEdit):
            editor.setMaxLength(MAX_NAME_CHARS)
            editor.textEdited.connect(self._on_typed)
            editor.editingFinished.connect(self.end_session)
        else:
            editor.textChanged.connect(lambda: self._on_typed(self.text()))
            editor.focus_lost.connect(self.end_session)

    def end_session(self) -> None:
        self.session = new_session()

    def _on_typed(self, text: str) -> None:
        if not self._updating:
            self._commit(text[:MAX_TEXT_CHARS], self.session)

    def text(self) -> str:
        if isinstance(self.editor, QLineEdit):
            return self.editor.text()
        # Not toPlainText(): it turns no-break spaces (French « quotes ») into plain ones.
        raw = self.editor.document().toRawText()
        return raw.replace("\u2029", "\n").replace("\u2028", "\n")

    def set_text(self, text: str) -> None:
        """Show ``text``; in the field being typed in, the cursor stays where it was."""
        if self.text() == text:
            return
        if (self._clean is not None and self.editor.hasFocus()
                and self._clean(self.text()) == text):
            return  # "Appel " being typed is stored as "Appel": the space stays on screen
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


class ChoiceBox(QComboBox):
    """A list to choose from where, as in a typed field, one visit is one undo step.

    Stepping through the entries with the arrow keys, the wheel or by typing their first
    letters changes the value at each step; those changes share :attr:`session`, so that
    they merge into one edit. Leaving the box, or opening its list, starts a new session:
    a choice picked from the list is a step of its own.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = new_session()

    def end_session(self) -> None:
        self.session = new_session()

    @override
    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.end_session()

    @override
    def showPopup(self) -> None:
        self.end_session()
        super().showPopup()

    @override
    def hidePopup(self) -> None:
        super().hidePopup()
        self.end_session()


class RuleMessage(QLabel):
    """Says why the document refused an edit, beside the fields; hidden otherwise.

    The field keeps what the user typed, so that nothing is lost while they correct it.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ruleMessage")
        self.setWordWrap(True)
        self.setStyleSheet("QLabel { background: #fdecea; color: #7a1f14; "
                           "border: 1px solid #e6a39a; border-radius: 4px; padding: 4px 6px; }")
        self.hide()

    def show_refusal(self, error: DocumentRuleError) -> None:
        self.setText(refusal_text(error))
        self.show()


def push_edit(stack: QUndoStack, make: Callable[[], QUndoCommand],
              message: RuleMessage | None = None) -> bool:
    """Push the edit ``make`` builds, unless the document refuses it or it changes nothing.

    A refusal shows in ``message``; an accepted edit hides the last one. True when pushed.
    """
    try:
        command = make()
    except DocumentRuleError as error:
        if message is not None:
            message.show_refusal(error)
        return False
    if message is not None:
        message.hide()
    if not getattr(command, "changes_anything", True):
        return False
    stack.push(command)
    return True


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
