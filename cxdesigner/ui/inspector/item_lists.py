"""A list of a touchpoint's verbatims, irritants, opportunities or KPI values, with
buttons to add, edit and remove them."""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cxdesigner.model import CxModel
from cxdesigner.ui.i18n import translate

T = TypeVar("T", bound=CxModel)


class ItemListEditor(QWidget, Generic[T]):
    """Shows ``summary(item)`` per item; Add, Edit and Remove call back with the new list.

    Args:
        summary: one line (or two) describing an item.
        edit: opens a dialog on an item (None: a new one); returns the edited item or None.
        commit: receives the whole new list and the name of the edit for the undo history.
        texts: the undo names of adding, editing and removing an item.
    """

    def __init__(self, summary: Callable[[T], str], edit: Callable[[T | None], T | None],
                 commit: Callable[[list[T], str], None], texts: tuple[str, str, str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._summary, self._edit, self._commit = summary, edit, commit
        self._texts = texts
        self._items: list[T] = []
        self.list = QListWidget(self)
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.itemDoubleClicked.connect(lambda _item: self.edit_current())
        self.list.currentRowChanged.connect(lambda _row: self._update_buttons())
        self.add_button = QPushButton(translate("Inspector", "Add…"), self)
        self.edit_button = QPushButton(translate("Inspector", "Edit…"), self)
        self.remove_button = QPushButton(translate("Inspector", "Remove"), self)
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit_current)
        self.remove_button.clicked.connect(self.remove_current)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        for button in (self.add_button, self.edit_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        self._update_buttons()

    def set_items(self, items: list[T]) -> None:
        """Show ``items``, keeping the selected row where possible."""
        row = self.list.currentRow()
        self._items = list(items)
        self.list.clear()
        for item in self._items:
            entry = QListWidgetItem(self._summary(item), self.list)
            entry.setToolTip(self._summary(item))
            entry.setFlags(entry.flags() & ~Qt.ItemFlag.ItemIsEditable)
        # Room for three items of three lines; more scroll (a tooltip shows the whole text).
        lines = 2 if not self._items else 3 * min(len(self._items), 3)
        frame = 2 * self.list.frameWidth() + 6
        self.list.setFixedHeight(self.list.fontMetrics().lineSpacing() * lines + frame)
        if 0 <= row < len(self._items):
            self.list.setCurrentRow(row)
        self._update_buttons()

    def _update_buttons(self) -> None:
        selected = 0 <= self.list.currentRow() < len(self._items)
        self.edit_button.setEnabled(selected)
        self.remove_button.setEnabled(selected)

    def add(self) -> None:
        item = self._edit(None)
        if item is not None:
            self._commit([*self._items, item], self._texts[0])
            self.list.setCurrentRow(len(self._items) - 1)

    def edit_current(self) -> None:
        row = self.list.currentRow()
        if not 0 <= row < len(self._items):
            return
        item = self._edit(self._items[row])
        if item is not None and item != self._items[row]:
            items = list(self._items)
            items[row] = item
            self._commit(items, self._texts[1])

    def remove_current(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self._items):
            self._commit(self._items[:row] + self._items[row + 1:], self._texts[2])
