"""A keyboard for the map tests: real key events sent where the keyboard's focus is, counted."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from cxdesigner.canvas import JourneyView

NO = Qt.KeyboardModifier.NoModifier
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier


class Keyboard:
    """Presses keys on a map view as a person would: into the suggestion list when it is
    open, else into the line being typed, else into the map; counts every key pressed.

    Attributes:
        keys: every key pressed (a key held with its modifiers counts once).
        characters: the keys that typed text (titles, names, verbatims).
    """

    def __init__(self, qtbot: QtBot, view: JourneyView) -> None:
        self._qtbot, self._view = qtbot, view
        self.keys = 0
        self.characters = 0

    def target(self) -> QWidget:
        editor = self._view.inline_editor
        if editor is None:
            return self._view
        return editor.suggestion_popup() or editor

    def press(self, key: Qt.Key, modifiers: Qt.KeyboardModifier = NO) -> None:
        self._qtbot.keyClick(self.target(), key, modifiers)
        self.keys += 1

    def type(self, text: str) -> None:
        """Type ``text``; QTest cannot name non-ASCII keys, so those are sent as the text a
        keyboard layout gives."""
        for char in text:
            target = self.target()
            if char.isascii():
                self._qtbot.keyClicks(target, char)
            else:
                for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                    QApplication.sendEvent(target, QKeyEvent(kind, 0, NO, char))
            self.keys += 1
            self.characters += 1

    def line(self, text: str, modifiers: Qt.KeyboardModifier = NO) -> None:
        """Type ``text`` and confirm it with Enter (held with ``modifiers``)."""
        self.type(text)
        self.press(Qt.Key.Key_Return, modifiers)
