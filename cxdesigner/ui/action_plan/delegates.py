"""Editors of the action plan's cells: lists to choose from, dates that may stay empty, numbers."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QAbstractItemModel,
    QDate,
    QEvent,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)
from typing_extensions import override

from cxdesigner.ui.i18n import translate

Index = QModelIndex | QPersistentModelIndex
Choices = Callable[[], list[tuple[str, str]]]
NO_DATE = QDate(2000, 1, 1)
"""The first day a date editor offers; it stands for "no date" and shows as "—"."""


class ChoiceDelegate(QStyledItemDelegate):
    """A combo box of (text, value) choices; a choice is committed at once."""

    def __init__(self, choices: Choices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._choices = choices

    @override
    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: Index) -> QWidget:
        combo = QComboBox(parent)
        for text, value in self._choices():
            combo.addItem(text, value)
            combo.setItemData(combo.count() - 1, text, Qt.ItemDataRole.ToolTipRole)
        combo.activated.connect(lambda _i, c=combo: self._commit(c))
        return combo

    def _commit(self, combo: QComboBox) -> None:
        self.commitData.emit(combo)
        self.closeEditor.emit(combo)

    @override
    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        value = index.data(Qt.ItemDataRole.EditRole)
        editor.setCurrentIndex(max(0, editor.findData(value if value is not None else "")))

    @override
    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class DateDelegate(QStyledItemDelegate):
    """A date editor with a calendar; its first day, shown as "—", clears the date."""

    @override
    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: Index) -> QWidget:
        editor = QDateEdit(parent)
        editor.setCalendarPopup(True)
        editor.setMinimumDate(NO_DATE)
        editor.setSpecialValueText("\u2014")
        editor.setToolTip(translate("ActionPlan", "The first day, shown as “—”, means no date"))
        return editor

    @override
    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QDateEdit)
        value = index.data(Qt.ItemDataRole.EditRole)
        editor.setDate(value if isinstance(value, QDate) and value.isValid() else NO_DATE)
        if not (isinstance(value, QDate) and value.isValid()):
            # Opening an empty date on today is what people expect when they set one.
            editor.calendarWidget().setSelectedDate(QDate.currentDate())

    @override
    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QDateEdit)
        day = editor.date()
        model.setData(index, None if day == NO_DATE else day, Qt.ItemDataRole.EditRole)


def read_number(text: str) -> float | None:
    """A number typed in the interface language (``12,5`` in French), None when empty.

    Raises:
        ValueError: the text is not a number.
    """
    cleaned = text.strip().replace("\u00a0", "").replace("\u202f", "")
    if not cleaned:
        return None
    value, ok = QLocale().toDouble(cleaned)
    if not ok:
        value, ok = QLocale.c().toDouble(cleaned.replace(",", "."))
    if not ok:
        raise ValueError(text)
    return value


class NumberDelegate(QStyledItemDelegate):
    """A line for a number in the interface language; empty clears it, text is refused."""

    @override
    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: Index) -> QWidget:
        editor = QLineEdit(parent)
        editor.setPlaceholderText("\u2014")
        return editor

    @override
    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QLineEdit)
        value = index.data(Qt.ItemDataRole.EditRole)
        editor.setText("" if value is None else QLocale().toString(float(value), "g", 12))

    @override
    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QLineEdit)
        try:
            value = read_number(editor.text())
        except ValueError:
            return  # not a number: the cell keeps its value
        model.setData(index, value, Qt.ItemDataRole.EditRole)


class EditKeyGuard(QObject):
    """Keeps F2 for editing the cell of a table instead of the window's Rename shortcut."""

    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        view.installEventFilter(self)

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent)
                and event.key() == Qt.Key.Key_F2):
            event.accept()  # the key now goes to the table, which opens its editor
            return True
        return False
