"""A line editor laid over the map for typing a title, a stage name or a channel in place."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QPoint, QRectF, QStringListModel, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCompleter,
    QLabel,
    QLineEdit,
    QWidget,
)
from typing_extensions import override

from cxdesigner.canvas.context import SELECTION
from cxdesigner.canvas.fonts import map_font
from cxdesigner.canvas.map_view import MapView, ViewPart
from cxdesigner.model.text import fold, holds


class InlineEditor(QLineEdit):
    """Edits one piece of text over the map; Enter commits, Esc cancels.

    With suggestions (the channel picker), Enter takes the highlighted suggestion, or the
    only one left for what was typed, accents and case aside ("tel" gives "Téléphone");
    Shift+Enter takes exactly what was typed (a new name that an existing one contains).

    One editor per view, shown by :meth:`begin` and hidden by its owner when it finishes.

    The view keeps it over the scene rectangle it edits (``scene_rect``) while the map is
    zoomed or scrolled. Leaving it (focus out) commits, like a spreadsheet cell.

    Without suggestions, Up and Down (and Left and Right while nothing is typed, when
    ``arrows_step`` is set) step through the choices of the owner (a verbatim's source, a
    link's target card) rather than moving the cursor.

    Signals:
        committed(str): the user confirmed this text (:attr:`modifiers` says how: Enter or
            Shift+Enter…).
        cancelled: the user gave up; nothing must change.
        stepped(int): Up or Down (-1, +1) asked for the previous or next choice.
    """

    committed = Signal(str)
    cancelled = Signal()
    stepped = Signal(int)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.scene_rect = QRectF()
        self.text_size = 12.0
        self._bold = True
        self._finished = True
        self.arrows_step = False
        self.commits_on_leave = True
        """Leaving the line keeps what was typed (False: leaving cancels, as for a link)."""
        self.modifiers = Qt.KeyboardModifier.NoModifier
        """The modifiers held on the key that committed the text."""
        self.setFrame(False)
        self.setStyleSheet(
            f"QLineEdit {{ background: #ffffff; color: #1f2933; border: 2px solid {SELECTION};"
            " border-radius: 4px; padding: 0 4px; selection-background-color: #a5d8ff;"
            " selection-color: #1f2933; }")
        # One completer for good, fed with the names that hold what is typed (by the rule
        # of every search by name, which Qt's own filter cannot follow: it minds accents).
        self._choices: list[str] = []
        self._suggestions = QStringListModel(self)
        self._completer = QCompleter(self._suggestions, self)
        self._completer.setWidget(self)
        self._completer.activated.connect(self._on_completion_activated)
        self._completer.highlighted.connect(self.setText)  # the line shows what ↓ picks
        self.textEdited.connect(self._suggest)
        self.hide()

    def begin(self, scene_rect: QRectF, text: str, size: float, bold: bool = True,
              choices: Sequence[str] = ()) -> None:
        """Start editing ``text`` (all selected, so typing replaces it)."""
        self.scene_rect, self.text_size, self._bold = scene_rect, size, bold
        self._finished = False
        self.arrows_step = False
        self.commits_on_leave = True
        self.modifiers = Qt.KeyboardModifier.NoModifier
        self._choices = list(choices)
        self._hide_suggestions()
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

    def suggestion_popup(self) -> QAbstractItemView | None:
        """The list of suggestions while it shows."""
        popup = self._completer.popup()
        return popup if popup is not None and popup.isVisible() else None

    def _suggest(self, typed: str, show_all: bool = False) -> None:
        """List the names that hold ``typed``; with nothing typed, every name, and only
        when ``show_all`` (↓ asks for the list)."""
        names = [name for name in self._choices if holds(name, typed)]
        self._suggestions.setStringList(names)
        if names and (typed.strip() or show_all):
            self._completer.setCompletionPrefix("")
            self._completer.complete()
        else:
            self._hide_suggestions()

    def _hide_suggestions(self) -> None:
        popup = self._completer.popup()
        if popup is not None and popup.isVisible():
            popup.hide()

    def _chosen_completion(self) -> str | None:
        """What Enter takes from the suggestions: the highlighted one, else the one that is
        what was typed (accents and case aside), else the only one that holds it."""
        popup = self.suggestion_popup()
        if popup is not None and popup.currentIndex().isValid():
            return str(popup.currentIndex().data())
        typed = self.text()
        if not self._choices or not typed.strip():
            return None
        same = [name for name in self._choices if fold(name) == fold(typed)]
        holding = same or [name for name in self._choices if holds(name, typed)]
        return holding[0] if len(holding) == 1 else None

    def _commit_with_completion(self) -> None:
        exact = bool(self.modifiers & Qt.KeyboardModifier.ShiftModifier)
        chosen = None if exact else self._chosen_completion()
        self._hide_suggestions()
        if chosen is not None:
            self.setText(chosen)
        self.commit()

    def _step(self, event: QKeyEvent) -> bool:
        """Up/Down (and Left/Right on an empty line, when asked) step the owner's choice."""
        if self._choices:
            return False
        key = event.key()
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.stepped.emit(-1 if key == Qt.Key.Key_Up else 1)
            return True
        if self.arrows_step and not self.text() and key in (Qt.Key.Key_Left,
                                                            Qt.Key.Key_Right):
            self.stepped.emit(-1 if key == Qt.Key.Key_Left else 1)
            return True
        return False

    @override
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab,
                           Qt.Key.Key_Backtab):
            self.modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            self._commit_with_completion()
            return
        if self._step(event):
            return
        if self._choices and event.key() == Qt.Key.Key_Down and self.suggestion_popup() is None:
            self._suggest(self.text(), show_all=True)  # ↓ opens the list
            return
        if event.key() == Qt.Key.Key_Escape:
            self.cancel()
            return
        super().keyPressEvent(event)

    @override
    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        if event.reason() == Qt.FocusReason.PopupFocusReason or \
                self.suggestion_popup() is not None:
            return  # the completer's list took focus for a moment
        if self.isVisible():
            self.commit() if self.commits_on_leave else self.cancel()

    @override
    def focusNextPrevChild(self, next: bool) -> bool:
        return False  # Tab commits (see keyPressEvent) rather than moving the focus away


class InlineEditing(ViewPart):
    """The view's typing in place: opens the line editor over a part of the map, keeps it
    there while the map moves, and runs the caller's callback when it closes."""

    def __init__(self, view: MapView, reveal: Callable[[QRectF], None] | None = None,
                 insets: Callable[[], tuple[int, int]] | None = None) -> None:
        """``reveal`` scrolls a scene rectangle into sight; ``insets`` are the pixels the
        pinned lane names and stage headers cover at the left and at the top."""
        super().__init__(view)
        self._reveal = reveal
        self._insets = insets
        self.editor: InlineEditor | None = None
        """The line editor while something is typed in place (None otherwise)."""
        # The line and its hint are made the first time something is typed in place: a
        # map that is only looked at never needs them.
        self._line: InlineEditor | None = None
        self._hint: QLabel | None = None
        self._on_commit: Callable[[str], None] | None = None
        self._on_cancel: Callable[[], None] | None = None
        self._on_step: Callable[[int], None] | None = None
        self._on_edit: Callable[[str], None] | None = None
        self._forwarding = False

    @property
    def _widget(self) -> InlineEditor:
        """The line editor, made when first needed."""
        if self._line is None:
            self._line = InlineEditor(self.view.viewport())
            self._line.committed.connect(self._on_committed)
            self._line.cancelled.connect(self._on_cancelled)
            self._line.stepped.connect(self._on_stepped)
            self._line.textEdited.connect(self._on_edited)
        return self._line

    @property
    def hint(self) -> QLabel:
        """A line under the editor saying what the keys do (a verbatim's source…)."""
        if self._hint is None:
            self._hint = QLabel(self.view.viewport())
            self._hint.setObjectName("inlineHint")
            self._hint.setStyleSheet(
                f"QLabel {{ background: {SELECTION}; color: #ffffff; border-radius: 4px;"
                " padding: 2px 6px; }")
            self._hint.hide()
        return self._hint

    def start(self, scene_rect: QRectF, text: str, size: float,
              on_commit: Callable[[str], None], on_cancel: Callable[[], None] | None = None,
              choices: Sequence[str] = (), bold: bool = True,
              on_step: Callable[[int], None] | None = None,
              arrows_step: bool = False,
              on_edit: Callable[[str], None] | None = None,
              commits_on_leave: bool = True) -> InlineEditor:
        """Open the line editor over ``scene_rect``; one of the callbacks runs when it closes.

        ``on_step`` gets Up/Down (-1/+1), and Left/Right on an empty line when
        ``arrows_step``: the caller's own choice to step through; ``on_edit`` gets the text
        as it is typed. Leaving the line (a click elsewhere) keeps what was typed, unless
        ``commits_on_leave`` is False.
        """
        self.close(commit=True)
        self._on_commit, self._on_cancel = on_commit, on_cancel
        self._widget.begin(scene_rect, text, size, bold, choices)
        self._on_step, self._on_edit = on_step, on_edit
        self._widget.arrows_step = arrows_step and on_step is not None
        self._widget.commits_on_leave = commits_on_leave
        self._widget.setPlaceholderText("")
        self.editor = self._widget
        self.set_hint("")
        self.place()
        if self._reveal is not None:  # the field opens where it can be seen, e.g. above panels
            self._reveal(self.view.mapToScene(self._widget.geometry()).boundingRect())
            self.place()
        self._widget.show()
        self._widget.setFocus(Qt.FocusReason.OtherFocusReason)
        return self._widget

    def close(self, commit: bool) -> None:
        """Close the open line editor, if any, keeping or dropping its text (dropping it
        when it does not commit on leave)."""
        if self.editor is not None:
            if commit and self.editor.commits_on_leave:
                self.editor.commit()
            else:
                self.editor.cancel()

    def forward_key(self, event: QKeyEvent) -> bool:
        """While typing, a key pressed in the view goes to the line editor; False when
        nothing is being typed."""
        if self.editor is None:
            return False
        if not self._forwarding:  # a key the editor ignored comes back up: drop it
            self._forwarding = True
            try:
                QApplication.sendEvent(self.editor, event)
            finally:
                self._forwarding = False
        event.accept()
        return True

    def place(self) -> None:
        """Keep the line editor over what it edits, at the map's zoom."""
        editor = self.editor
        if editor is None:
            return
        zoom = self.view.zoom()
        area = self.view.mapFromScene(editor.scene_rect).boundingRect()
        height = max(area.height(), round(editor.text_size * zoom * 1.9))
        editor.set_zoom(zoom)
        editor.setGeometry(area.x() - 4, area.y() - 2, max(area.width() + 8, 120), height)
        if self.hint.isVisible():
            self.hint.adjustSize()
            self.hint.move(self._hint_position(editor))

    def _hint_position(self, editor: InlineEditor) -> QPoint:
        """Under the line editor, or above it when there is no room below; always within
        the viewport, clear of the pinned lane names and stage headers."""
        port = self.view.viewport().rect()
        left, top = self._insets() if self._insets is not None else (0, 0)
        size = self.hint.size()
        x = max(left + 2, min(editor.x(), port.right() - size.width() - 2))
        y = editor.geometry().bottom() + 3
        if y + size.height() > port.bottom():
            y = editor.y() - size.height() - 3
        return QPoint(x, max(top + 2, min(y, port.bottom() - size.height() - 2)))

    def set_hint(self, text: str) -> None:
        """Show ``text`` under the line editor (nothing when empty)."""
        self.hint.setText(text)
        self.hint.setVisible(bool(text) and self.editor is not None)
        self.place()

    def _on_committed(self, text: str) -> None:
        callback = self._on_commit
        self._hide()
        if callback is not None:
            callback(text)

    def _on_edited(self, text: str) -> None:
        if self._on_edit is not None:
            self._on_edit(text)

    def _on_stepped(self, step: int) -> None:
        if self._on_step is not None:
            self._on_step(step)

    def _on_cancelled(self) -> None:
        callback = self._on_cancel
        self._hide()
        if callback is not None:
            callback()

    def _hide(self) -> None:
        self.editor = None
        self._on_commit = self._on_cancel = None
        self._on_step = self._on_edit = None
        self._widget.hide()
        self.hint.hide()
        self._widget.setPlaceholderText("")
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)
