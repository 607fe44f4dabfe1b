"""The interface language of a start, asked once when the system speaks neither French nor
English."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from cxdesigner.ui.i18n import LANGUAGES, spoken_language
from cxdesigner.ui.settings import Preferences

# Written in both languages at once: the user has not chosen yet, so nothing is translated.
_QUESTION = ("<b>Dans quelle langue voulez-vous utiliser CX Designer&nbsp;?</b><br>"
             "<b>Which language do you want to use CX Designer in?</b>")
_LATER = ("Vous pourrez en changer dans Fichier ▸ Préférences.<br>"
          "You can change it later in File ▸ Preferences.")
_NAMES = {"fr": "Français", "en": "English"}


class LanguageQuestion(QDialog):
    """French or English? :attr:`chosen` holds the answer (None when closed)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("CX Designer")
        self.chosen: str | None = None
        question = QLabel(_QUESTION, self)
        later = QLabel(_LATER, self)
        for label in (question, later):
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        row = QHBoxLayout()
        row.addStretch(1)
        self.buttons: dict[str, QPushButton] = {}
        for language in LANGUAGES:
            button = QPushButton(_NAMES[language], self)
            button.setMinimumWidth(120)
            button.clicked.connect(lambda _checked=False, chosen=language: self._choose(chosen))
            row.addWidget(button)
            self.buttons[language] = button
        layout = QVBoxLayout(self)
        layout.addWidget(question, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(later, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addLayout(row)
        row.addStretch(1)

    def _choose(self, language: str) -> None:
        self.chosen = language
        self.accept()


def ask_language() -> str | None:
    """Show :class:`LanguageQuestion` and wait for the answer (None when it was closed)."""
    dialog = LanguageQuestion()
    try:
        dialog.exec()
        return dialog.chosen
    finally:
        dialog.deleteLater()


def startup_language(preferences: Preferences, system: QLocale,
                     ask: Callable[[], str | None]) -> str:
    """The interface language of this start.

    The preference when it names a language; else the system's when it is French or
    English; else the answer to ``ask``, remembered in the preferences. A question closed
    without an answer means English this time, and the question comes back next time.
    """
    if preferences.language in LANGUAGES:
        return preferences.language
    spoken = spoken_language(system)
    if spoken is not None:
        return spoken
    answer = ask()
    if answer is None or answer not in LANGUAGES:
        return "en"
    preferences.language = answer
    preferences.sync()
    return answer
