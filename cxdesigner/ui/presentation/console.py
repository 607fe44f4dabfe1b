"""The facilitator's console: on the laptop while the projector shows the map, the exercise's
timer, the stage shown, a line where the scribe types what lands on the map, the dot-vote
tally and the parking lot."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from cxdesigner.model.limits import MAX_NAME_CHARS
from cxdesigner.ui.i18n import translate
from cxdesigner.ui.platform_ui import shown_keys
from cxdesigner.ui.presentation.timer import WorkshopTimer
from cxdesigner.ui.presentation.window import PresentationWindow
from cxdesigner.ui.workshop import ParkingLot, VoteTally

CAPTURE_KINDS = ("note", "touchpoint", "question")


def _kind_label(kind: str) -> str:
    return {"note": translate("Console", "Sticky note"),
            "touchpoint": translate("Console", "Touchpoint"),
            "question": translate("Console", "Question for the parking lot")}[kind]


def _described(widget: QWidget, name: str, description: str) -> None:
    widget.setAccessibleName(name)
    widget.setAccessibleDescription(description)
    widget.setToolTip(description)


class TimerBox(QGroupBox):
    """The exercise's countdown: its length, start or pause, one more minute, reset."""

    def __init__(self, timer: WorkshopTimer, parent: QWidget | None = None) -> None:
        super().__init__(translate("Console", "Timer"), parent)
        self.timer = timer
        self.clock = QLabel(self)
        font = QFont(self.clock.font())
        font.setPixelSize(44)
        font.setBold(True)
        self.clock.setFont(font)
        self.clock.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.clock.setAccessibleName(translate("Console", "Time left"))
        self.minutes = QDoubleSpinBox(self)
        self.minutes.setRange(1, 240)
        self.minutes.setDecimals(0)
        self.minutes.setSuffix(translate("Console", " min"))
        self.minutes.setValue(timer.duration / 60)
        _described(self.minutes, translate("Console", "Length of the exercise"),
                   translate("Console", "How many minutes the countdown lasts"))
        self.start = QPushButton(self)
        _described(self.start, translate("Console", "Start or pause"),
                   shown_keys(translate("Console", "Start the countdown, or pause it (Ctrl+T)")))
        self.more = QPushButton(translate("Console", "+1 min"), self)
        _described(self.more, translate("Console", "One more minute"),
                   translate("Console", "Give the exercise one more minute"))
        self.reset = QPushButton(translate("Console", "Reset"), self)
        _described(self.reset, translate("Console", "Reset"),
                   translate("Console", "Back to the full length, stopped"))
        self.minutes.valueChanged.connect(lambda value: timer.set_minutes(value))
        self.start.clicked.connect(timer.toggle)
        self.more.clicked.connect(timer.add_minute)
        self.reset.clicked.connect(timer.reset)
        timer.changed.connect(self.refresh)
        buttons = QHBoxLayout()
        for widget in (self.minutes, self.start, self.more, self.reset):
            buttons.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.addWidget(self.clock)
        layout.addLayout(buttons)
        self.refresh()

    def refresh(self) -> None:
        timer = self.timer
        self.clock.setText(translate("Console", "Time is up") if timer.over else timer.text())
        self.start.setText(translate("Console", "Pause") if timer.running
                           else translate("Console", "Start"))
        self.start.setEnabled(timer.remaining() > 0)


class CaptureBox(QGroupBox):
    """The scribe's line: what is typed lands on the projected map (or in the parking lot)
    on Enter, one undo step each; the list keeps what was captured, newest first."""

    def __init__(self, presentation: PresentationWindow, parking: ParkingLot,
                 parent: QWidget | None = None) -> None:
        super().__init__(translate("Console", "Capture"), parent)
        self._presentation, self._parking = presentation, parking
        self.kind = QComboBox(self)
        for kind in CAPTURE_KINDS:
            self.kind.addItem(_kind_label(kind), kind)
        _described(self.kind, translate("Console", "What is typed"),
                   translate("Console", "A sticky note or a touchpoint in the stage shown, or "
                                        "a question for the parking lot"))
        self.line = QLineEdit(self)
        self.line.setMaxLength(MAX_NAME_CHARS)
        self.line.setPlaceholderText(translate("Console", "Type what the room says, then Enter"))
        _described(self.line, translate("Console", "Capture line"),
                   translate("Console", "Enter puts what is typed on the projected map, in "
                                        "the stage shown"))
        self.line.returnPressed.connect(self.capture_typed)
        self.captured = QListWidget(self)
        self.captured.setWordWrap(True)
        _described(self.captured, translate("Console", "Captured"),
                   translate("Console", "What was captured during this presentation, newest "
                                        "first"))
        row = QHBoxLayout()
        row.addWidget(self.kind)
        row.addWidget(self.line, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.captured, 1)

    def capture(self, kind: str, text: str) -> bool:
        """Put ``text`` on the map as ``kind``; True when it landed."""
        words = " ".join(text.split())
        if not words:
            return False
        place = self._presentation.place()
        landed = self._parking.park(words) if kind == "question" \
            else self._presentation.add(kind, words)
        if landed:
            self.captured.insertItem(0, translate("Console", "%1: %2").replace(
                "%1", _kind_label(kind)).replace("%2", words))
            self.captured.item(0).setToolTip(place)
        return landed

    def capture_typed(self) -> None:
        if self.capture(str(self.kind.currentData()), self.line.text()):
            self.line.clear()


class FacilitatorConsole(QWidget):
    """The console of one presentation, on the laptop's screen; it closes with it.

    Page Down and Page Up move the projected map on from here, Ctrl+T starts or pauses the
    timer.
    """

    def __init__(self, presentation: PresentationWindow, timer: WorkshopTimer,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("facilitatorConsole")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(translate("Console", "Facilitator's Console — CX Designer"))
        self.presentation = presentation
        document = presentation.document
        view = presentation.view
        self.stage = QLabel(self)
        font = QFont(self.stage.font())
        font.setPixelSize(20)
        font.setBold(True)
        self.stage.setFont(font)
        self.stage.setAccessibleName(translate("Console", "Stage shown"))
        self.previous = QPushButton(translate("Console", "◀ Previous"), self)
        self.next = QPushButton(translate("Console", "Next ▶"), self)
        _described(self.previous, translate("Console", "Previous"),
                   translate("Console", "The previous part or stage on the projector "
                                        "(Page Up)"))
        _described(self.next, translate("Console", "Next"),
                   translate("Console", "The next part or stage on the projector (Page Down)"))
        self.previous.clicked.connect(lambda: view.step(-1))
        self.next.clicked.connect(lambda: view.step(1))
        self.timer_box = TimerBox(timer, self)
        self.parking = ParkingLot(document, presentation.place, self)
        self.capture = CaptureBox(presentation, self.parking, self)
        self.tally = VoteTally(document, lambda: presentation.journey_id, self)
        votes = QGroupBox(translate("Console", "Dot votes"), self)
        QVBoxLayout(votes).addWidget(self.tally)
        parking = QGroupBox(translate("Console", "Parking lot"), self)
        QVBoxLayout(parking).addWidget(self.parking)
        top = QHBoxLayout()
        top.addWidget(self.previous)
        top.addWidget(self.stage, 1)
        top.addWidget(self.next)
        grid = QGridLayout(self)
        grid.addLayout(top, 0, 0, 1, 2)
        grid.addWidget(self.timer_box, 1, 0)
        grid.addWidget(self.capture, 2, 0)
        grid.addWidget(votes, 1, 1, 2, 1)
        grid.addWidget(parking, 3, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(2, 1)
        grid.setRowStretch(3, 1)
        self._timer = timer
        presentation.view.moved_on.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        """Say which stage (and part) the projector shows."""
        self.stage.setText(self.presentation.view.indicator_text())

    @override
    def keyPressEvent(self, event: QKeyEvent) -> None:
        """The keys no field of the console takes: a presenter's remote (Page Down, Page Up)
        moves the projector on; Ctrl+T starts or pauses the timer."""
        key = event.key()
        if key in (Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
            self.presentation.view.step(1 if key == Qt.Key.Key_PageDown else -1)
        elif key == Qt.Key.Key_T and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self._timer.toggle()
        else:
            super().keyPressEvent(event)
