"""The parking lot: the questions a workshop sets aside to come back to, kept in the project,
typed in one line each, ticked when answered."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from cxdesigner.document import JourneyDocument
from cxdesigner.document.commands import AddItem, EditItem, RemoveItem
from cxdesigner.model import ParkedQuestion
from cxdesigner.model.limits import MAX_NAME_CHARS
from cxdesigner.ui.i18n import QT_TRANSLATE_NOOP, translate
from cxdesigner.ui.inspector.fields import RuleMessage, push_edit

COLLECTION = "parking_lot"
_DELETE_KEYS = (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)


class QuestionList(QListWidget):
    """The questions, each with a box ticked once answered; Delete (or Backspace) asks
    ``on_delete`` to remove the selected one."""

    def __init__(self, on_delete: Callable[[], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._on_delete = on_delete

    @override
    def event(self, event: QEvent) -> bool:
        # Delete here removes a question: the window's Delete (the map's) must not take it.
        if isinstance(event, QKeyEvent) and event.type() == QEvent.Type.ShortcutOverride \
                and event.key() in _DELETE_KEYS:
            event.accept()
            return True
        return super().event(event)

    @override
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in _DELETE_KEYS:
            self._on_delete()
            return
        super().keyPressEvent(event)


class ParkingLot(QWidget):
    """The project's parking lot, editable; every change is one undo step.

    ``where`` tells where the workshop is when a question is parked (a journey and a stage,
    in words), kept with the question.
    """

    def __init__(self, document: JourneyDocument, where: Callable[[], str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("parkingLot")
        self._document, self._where = document, where
        self.line = QLineEdit(self)
        self.line.setMaxLength(MAX_NAME_CHARS)
        self.line.setPlaceholderText(translate("Workshop", "Park a question… (Enter)"))
        self.line.setAccessibleName(translate("Workshop", "New question for the parking lot"))
        self.line.setAccessibleDescription(translate(
            "Workshop", "Type a question to come back to later and press Enter; it is kept "
                        "in the project."))
        self.line.returnPressed.connect(self.park_typed)
        self.list = QuestionList(self.delete_selected, self)
        self.list.setAccessibleName(translate("Workshop", "Parking lot"))
        self.list.setAccessibleDescription(translate(
            "Workshop", "The questions set aside, oldest first; Space ticks one as answered, "
                        "Delete removes it."))
        self.list.setWordWrap(True)
        self.list.itemChanged.connect(self._on_item_changed)
        self.delete_button = QPushButton(translate("Workshop", "Remove"), self)
        self.delete_button.setAccessibleDescription(translate(
            "Workshop", "Remove the selected question from the parking lot"))
        self.delete_button.clicked.connect(self.delete_selected)
        self.refusal = RuleMessage(self)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.line)
        layout.addWidget(self.refusal)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        document.collection_changed.connect(self._on_collection_changed)
        document.project_replaced.connect(self.refresh)
        self.refresh()

    def questions(self) -> list[ParkedQuestion]:
        return list(self._document.project.parking_lot)

    def refresh(self) -> None:
        """Show the parking lot as the project holds it, keeping the selected question."""
        current = self.list.currentItem()
        chosen = current.data(Qt.ItemDataRole.UserRole) if current is not None else None
        blocked = self.list.blockSignals(True)
        try:
            self.list.clear()
            for question in self.questions():
                item = QListWidgetItem(question.text, self.list)
                item.setData(Qt.ItemDataRole.UserRole, question.id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if question.answered
                                   else Qt.CheckState.Unchecked)
                if question.raised_in:
                    item.setToolTip(translate("Workshop", "Raised in %1").replace(
                        "%1", question.raised_in))
                if question.id == chosen:
                    self.list.setCurrentItem(item)
        finally:
            self.list.blockSignals(blocked)
        self.delete_button.setEnabled(self.list.count() > 0)

    def park(self, text: str) -> bool:
        """Add a question (where the workshop is now); False when refused or empty."""
        if not text.strip():
            return False
        question = ParkedQuestion.model_construct(text=text, raised_in=self._where())
        return push_edit(self._document.undo_stack, lambda: AddItem(
            self._document, COLLECTION, question,
            text=QT_TRANSLATE_NOOP("Commands", "Park a question")), self.refusal)

    def park_typed(self) -> None:
        if self.park(self.line.text()):
            self.line.clear()

    def delete_selected(self) -> None:
        chosen = self.list.selectedItems()
        if not chosen:
            return
        question_id = str(chosen[0].data(Qt.ItemDataRole.UserRole))
        self._document.undo_stack.push(RemoveItem(
            self._document, COLLECTION, question_id,
            text=QT_TRANSLATE_NOOP("Commands", "Remove a parked question")))

    def _on_item_changed(self, item: QListWidgetItem) -> None:
        question_id = str(item.data(Qt.ItemDataRole.UserRole))
        answered = item.checkState() == Qt.CheckState.Checked
        push_edit(self._document.undo_stack, lambda: EditItem(
            self._document, COLLECTION, question_id, {"answered": answered},
            text=QT_TRANSLATE_NOOP("Commands", "Answer a parked question")), self.refusal)

    def _on_collection_changed(self, name: str) -> None:
        if name == COLLECTION:
            self.refresh()
