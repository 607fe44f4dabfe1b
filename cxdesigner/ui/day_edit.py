"""A date field in the interface language that takes a date typed over the part clicked."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QLocale, QObject
from PySide6.QtWidgets import QDateEdit, QWidget
from typing_extensions import override


def day_format(locale: QLocale | None = None) -> str:
    """The short date of the interface language with the whole year (``dd/MM/yyyy`` in French
    and British English): a year is typed in full, never guessed from two digits."""
    written = (locale or QLocale()).dateFormat(QLocale.FormatType.ShortFormat)
    return written if "yyyy" in written else written.replace("yy", "yyyy")


class DayEdit(QDateEdit):
    """A date field with a calendar, written in the interface language.

    A click in the day, month or year selects it, so that what is typed replaces it (Qt
    otherwise puts the cursor in it and refuses the digits typed after it: typing 2025 in
    a year of 2026 kept 2026).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat(day_format())
        self.lineEdit().installEventFilter(self)

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.lineEdit() and event.type() == QEvent.Type.MouseButtonRelease:
            self.lineEdit().event(event)  # place the cursor first, then select its part
            if not self.lineEdit().hasSelectedText():
                self.setSelectedSection(self.currentSection())
            return True
        return super().eventFilter(watched, event)
