"""The full-screen presentation: the map, the keys of a workshop, and a line to type into."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QCloseEvent, QColor, QKeyEvent, QResizeEvent, QScreen
from PySide6.QtWidgets import QFrame, QLabel, QLineEdit, QStackedLayout, QVBoxLayout, QWidget
from typing_extensions import override

from cxdesigner.document import JourneyDocument
from cxdesigner.document.checks import DocumentRuleError
from cxdesigner.document.commands import AddItem, AddNote, AddTouchpoint
from cxdesigner.document.language import refusal_text
from cxdesigner.model import Lane, ParkedQuestion, StickyNote, Touchpoint
from cxdesigner.model.limits import MAX_NAME_CHARS
from cxdesigner.ui.i18n import QT_TRANSLATE_NOOP, translate
from cxdesigner.ui.presentation import chrome
from cxdesigner.ui.presentation.view import PresentationView

NEXT_KEYS = frozenset({Qt.Key.Key_Right, Qt.Key.Key_PageDown, Qt.Key.Key_Space, Qt.Key.Key_Down})
PREVIOUS_KEYS = frozenset({Qt.Key.Key_Left, Qt.Key.Key_PageUp, Qt.Key.Key_Backspace,
                           Qt.Key.Key_Up})
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def key_help() -> str:
    return translate("Presentation", "→ ← stages and their parts · Tab next stage · W whole "
                                     "map · N sticky note · T touchpoint · Q park a question · "
                                     "B light or dark · F1 keys · Esc back to the editor")


def presentation_keys() -> list[tuple[str, str]]:
    """Every key of the presentation and what it does, in the interface language (for the
    shortcut sheet)."""
    return [
        (translate("Keys", "→ / Space / Page Down / ↓"),
         translate("Keys", "the next part of the stage, then the next stage")),
        (translate("Keys", "← / Backspace / Page Up / ↑"),
         translate("Keys", "the previous part, then the previous stage")),
        (translate("Keys", "Tab / Shift+Tab"), translate("Keys", "next / previous stage")),
        (translate("Keys", "Home / End"), translate("Keys", "first / last stage")),
        (translate("Keys", "W"), translate("Keys", "the whole map, or back to the stage")),
        (translate("Keys", "N"), translate("Keys", "type a sticky note in the stage shown")),
        (translate("Keys", "Q"), translate("Keys", "park a question (the parking lot)")),
        (translate("Keys", "T / Enter"),
         translate("Keys", "type a touchpoint at the end of the stage shown")),
        (translate("Keys", "B"), translate("Keys", "light or dark")),
        (translate("Keys", "F1 / H"), translate("Keys", "recall the keys")),
        (translate("Keys", "Ctrl+Z / Ctrl+Shift+Z"), translate("Keys", "undo / redo")),
        (translate("Keys", "Esc"), translate("Keys", "back to the editor")),
    ]


class EntryBox(QFrame):
    """A large line to type a note or a touchpoint's title: Enter keeps it, Esc drops it.

    Signals:
        committed(str, str): what is being added (``note`` or ``touchpoint``) and the text.
        closed: the box was hidden.
    """

    committed = Signal(str, str)
    closed = Signal()

    def __init__(self, theme: chrome.Theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = ""
        self.setObjectName("presentationEntry")
        self.set_theme(theme)
        self.prompt = QLabel(self)
        self.prompt.setFont(chrome.chrome_font(24))
        self.line = QLineEdit(self)
        self.line.setMaxLength(MAX_NAME_CHARS)  # a title; a note typed here is as short
        self.line.setFont(chrome.chrome_font(30, bold=False))
        self.line.installEventFilter(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 22)
        layout.addWidget(self.prompt)
        layout.addWidget(self.line)
        self.line.returnPressed.connect(self._commit)
        self.hide()

    def set_theme(self, theme: chrome.Theme) -> None:
        self.setStyleSheet(
            f"#presentationEntry {{ background: {theme.panel}; border: 3px solid "
            f"{theme.accent}; border-radius: 14px; }}"
            f"QLabel {{ color: {theme.text}; background: transparent; }}"
            f"QLineEdit {{ color: #000000; background: #ffffff; border: 2px solid "
            f"{theme.muted}; border-radius: 8px; padding: 6px 10px; }}")

    def ask(self, kind: str, prompt: str) -> None:
        self.kind = kind
        self.prompt.setText(prompt)
        self.line.clear()
        self.place()
        self.show()
        self.raise_()
        self.line.setFocus(Qt.FocusReason.OtherFocusReason)

    def place(self) -> None:
        parent = self.parentWidget()
        if parent is None:
            return
        width = min(parent.width() - 80, max(640, parent.width() // 2))
        height = self.sizeHint().height()
        self.setGeometry((parent.width() - width) // 2, parent.height() * 2 // 3 - height // 2,
                         width, height)

    def _commit(self) -> None:
        kind, text = self.kind, " ".join(self.line.text().split())
        self.dismiss()
        if text:
            self.committed.emit(kind, text)

    def dismiss(self) -> None:
        self.hide()
        self.closed.emit()

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress \
                and event.key() == Qt.Key.Key_Escape:
            self.dismiss()
            return True
        return super().eventFilter(watched, event)


class PresentationWindow(QWidget):
    """One journey's map, full screen, for the room to read.

    Signals:
        closed: the presentation ended (Esc, or the journey went away).
    """

    closed = Signal()

    def __init__(self, document: JourneyDocument, journey_id: str, dark: bool = True,
                 read_only: bool = False, parent: QWidget | None = None) -> None:
        # A window of its own, owned by the editor's: it goes when the editor goes.
        super().__init__(parent, Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(translate("Presentation", "Presentation — CX Designer"))
        self.document = document
        self.journey_id = journey_id
        self.read_only = read_only
        self._closed = False
        self.view = PresentationView(document, journey_id, dark, self)
        self.view.on_key = self.handle_key
        stack = QStackedLayout(self)
        stack.setContentsMargins(0, 0, 0, 0)
        stack.addWidget(self.view)
        self.entry = EntryBox(self.view.theme, self)
        self.set_dark(dark)
        self.entry.committed.connect(self.add)
        self.entry.closed.connect(lambda: self.view.setFocus(Qt.FocusReason.OtherFocusReason))
        document.journeys_changed.connect(self._on_journeys_changed)
        document.project_replaced.connect(self.close)

    def show_on(self, screen: QScreen | None, stage_index: int = 0) -> None:
        """Fill ``screen`` (the current one when None) and show ``stage_index``."""
        if screen is not None:
            self.setScreen(screen)
            self.setGeometry(screen.geometry())
        self.showFullScreen()
        self.activateWindow()
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        self.view.go_to(stage_index, animate=False)
        self.view.show_message(key_help())
        self.view.wake_cursor()

    # ------------------------------------------------------------------ keys

    def handle_key(self, event: QKeyEvent) -> bool:
        """The presentation's keys; True when the key was one of them."""
        key = event.key()
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        view = self.view
        if mods & Qt.KeyboardModifier.ControlModifier:
            stack = self.document.undo_stack
            shift = bool(mods & Qt.KeyboardModifier.ShiftModifier)
            if key == Qt.Key.Key_Z and not self.read_only:
                stack.redo() if shift else stack.undo()
            elif key == Qt.Key.Key_Y and not self.read_only:
                stack.redo()
            else:
                return False
            return True
        if key == Qt.Key.Key_Escape:
            self.close()
        elif key in NEXT_KEYS:
            view.step(1)
        elif key in PREVIOUS_KEYS:
            view.step(-1)
        elif key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            backwards = key == Qt.Key.Key_Backtab or bool(mods & Qt.KeyboardModifier.ShiftModifier)
            view.step_stage(-1 if backwards else 1)
        elif key == Qt.Key.Key_Home:
            view.go_to(0)
        elif key == Qt.Key.Key_End:
            view.go_to(view.stage_count() - 1)
        elif key == Qt.Key.Key_W:
            view.toggle_whole_map()
        elif key == Qt.Key.Key_B:
            self.set_dark(view.theme is not chrome.DARK)
        elif key == Qt.Key.Key_N:
            self.ask("note")
        elif key == Qt.Key.Key_Q:
            self.ask("question")
        elif key == Qt.Key.Key_T or key in _ENTER:
            self.ask("touchpoint")
        elif key in (Qt.Key.Key_F1, Qt.Key.Key_H, Qt.Key.Key_Question):
            view.show_message(key_help())
        else:
            return False
        return True

    def set_dark(self, dark: bool) -> None:
        """Switch the chrome between its dark and light high-contrast themes."""
        self.view.set_theme(dark)
        self.entry.set_theme(self.view.theme)
        palette = self.palette()
        palette.setColor(self.backgroundRole(), QColor(self.view.theme.backdrop))
        self.setPalette(palette)

    # ------------------------------------------------------------------ adding

    def ask(self, kind: str) -> None:
        """Open the line for a sticky note or a touchpoint in the current stage."""
        if self.read_only:
            self.view.show_message(translate("Presentation", "This project is open read-only."))
            return
        journey = self.document.journey(self.journey_id)
        stage = self.view.current_stage()
        if stage is None:
            self.view.show_message(translate("Presentation", "Add a stage in the editor first."))
            return
        name = journey.stages[stage.index].name
        prompt = {"note": translate("Presentation", "New sticky note in “%1”:"),
                  "question": translate("Presentation", "A question for the parking lot:")}.get(
            kind, translate("Presentation", "New touchpoint in “%1”:"))
        self.entry.ask(kind, prompt.replace("%1", name))

    def place(self) -> str:
        """Where the room is, in words: the journey and the stage shown."""
        journey = self.document.journey(self.journey_id)
        stage = self.view.current_stage()
        names = [journey.name]
        if stage is not None and stage.index < len(journey.stages):
            names.append(journey.stages[stage.index].name)
        return " \u203a ".join(names)

    def add(self, kind: str, text: str) -> bool:
        """Add what was typed (``note``, ``touchpoint`` or ``question``), as one undoable
        step of the document; False when nothing was added (the reason is shown)."""
        stage_box = self.view.current_stage()
        journey = self.document.journey(self.journey_id)
        if stage_box is None or self.read_only:
            return False
        stage = journey.stages[stage_box.index]
        stack = self.document.undo_stack
        try:
            if kind == "question":
                stack.push(AddItem(self.document, "parking_lot", ParkedQuestion.model_construct(
                    text=text, raised_in=self.place()), text=QT_TRANSLATE_NOOP(
                    "Commands", "Park a question")))
            elif kind == "note":
                stack.push(AddNote(self.document, self.journey_id,
                                   StickyNote(text=text, stage_id=stage.id)))
            else:
                stack.push(AddTouchpoint(self.document, self.journey_id, stage.id,
                                         len(stage.touchpoints), Touchpoint(title=text)))
        except DocumentRuleError as error:
            self.view.show_message(refusal_text(error))
            return False
        if kind == "note" and not any(lane.lane is Lane.NOTES and lane.visible
                                      for lane in journey.lanes):
            self.view.show_message(translate(
                "Presentation", "Note added; the sticky-notes lane is hidden on this map."))
        elif kind == "question":
            self.view.show_message(translate("Presentation", "Question parked."))
        return True

    # ------------------------------------------------------------------ closing

    def _on_journeys_changed(self) -> None:
        if all(journey.id != self.journey_id for journey in self.document.project.journeys):
            self.close()

    @override
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.entry.isVisible():
            self.entry.place()

    @override
    def closeEvent(self, event: QCloseEvent) -> None:
        super().closeEvent(event)
        if not self._closed:
            self._closed = True
            self.document.journeys_changed.disconnect(self._on_journeys_changed)
            self.document.project_replaced.disconnect(self.close)
            self.closed.emit()
