"""Interface languages: which one to use, and installing our and Qt's translations."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QLibraryInfo,
    QLocale,
    QObject,
    QTime,
    QTranslator,
)

# The interface's modules take translate() from here, beside the language installer.
from cxdesigner.interface_language import translate as translate
from cxdesigner.resources_path import resource_path

LANGUAGES = ("fr", "en")
"""The languages the interface is translated into; English is the source language."""

SYSTEM = "system"
"""The language preference that follows the system."""


def translations_folder() -> Path:
    """Where our compiled translations (``cxdesigner_<lang>.qm``) are."""
    return resource_path("i18n")


def spoken_language(locale: QLocale) -> str | None:
    """The interface language that ``locale`` speaks, or None when it speaks another one.

    The C locale (no language set, as on many servers) counts as English.
    """
    if locale.language() == QLocale.Language.French:
        return "fr"
    if locale.language() in (QLocale.Language.English, QLocale.Language.C):
        return "en"
    return None


def system_language() -> str:
    """French when the system locale is French, else English."""
    return spoken_language(QLocale.system()) or "en"


def resolve_language(preference: str) -> str:
    """The language to use for a preference (``system``, ``fr`` or ``en``)."""
    if preference in LANGUAGES:
        return preference
    return system_language()


def interface_locale(language: str, system: QLocale | None = None) -> QLocale:
    """How dates and numbers are written in the interface language ``language``.

    The conventions of the ``system`` locale (by default the computer's) when it speaks that
    language (Canadian French keeps its own), else those of France or of the United Kingdom.
    """
    system = QLocale.system() if system is None else system
    if system.language() != QLocale.Language.C and spoken_language(system) == language:
        return system
    if language == "fr":
        return QLocale(QLocale.Language.French, QLocale.Country.France)
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


def format_day(day: dt.date) -> str:
    """A day written in the interface language: ``14 avr. 2025`` / ``14 Apr 2025``."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMM yyyy")


def format_moment(moment: dt.datetime, locale: QLocale) -> str:
    """A day and a time as people write them: "4 décembre 2026 à 18:44", "4 December 2026
    at 18:44" (the long date without its weekday, and the short time, of ``locale``)."""
    date_format = re.sub(r"dddd[,.]?\s*|\s*,?\s*dddd", "",
                         locale.dateFormat(QLocale.FormatType.LongFormat)).strip()
    day = locale.toString(QDate(moment.year, moment.month, moment.day), date_format)
    time = locale.toString(QTime(moment.hour, moment.minute),
                           locale.timeFormat(QLocale.FormatType.ShortFormat))
    return translate("Dates", "%1 at %2").replace("%1", day).replace("%2", time)


class LanguageInstaller(QObject):
    """Installs the translators of one language on the application, replacing the last ones.

    English needs no translator: it is the language of the source strings.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._translators: list[QTranslator] = []
        self._locale = QLocale()
        self.language = "en"

    def install(self, language: str) -> bool:
        """Use ``language``; returns False when our translation file could not be loaded."""
        self.remove()
        self.language = language
        QLocale.setDefault(interface_locale(language))  # dates and numbers follow it too
        if language == "en":
            return True
        ours = QTranslator(self)
        loaded = ours.load(str(translations_folder() / f"cxdesigner_{language}.qm"))
        if loaded:
            QCoreApplication.installTranslator(ours)
            self._translators.append(ours)
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        qt_own = QTranslator(self)
        if qt_own.load(f"qtbase_{language}", qt_folder):
            QCoreApplication.installTranslator(qt_own)
            self._translators.append(qt_own)
        return loaded

    def remove(self) -> None:
        """Go back to the source language."""
        for translator in self._translators:
            QCoreApplication.removeTranslator(translator)
            translator.deleteLater()
        self._translators.clear()
        QLocale.setDefault(self._locale)
        self.language = "en"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for translation in ``context`` without translating it now.

    For the names of undo commands: the document's commands translate them when shown.
    """
    del context
    return text
