"""Words and numbers of the segments panel, in the interface language (context "Segments")."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QLocale

from cxdesigner.analysis.contacts import NOT_GIVEN, WEEKDAYS
from cxdesigner.analysis.profiles import Verdict
from cxdesigner.ui.i18n import format_day, translate
from cxdesigner.ui.numbers import format_number

CONTEXT = "Segments"
"""The translation context of every string of the panel (fixed: see Qt's tr() trap)."""


def count(value: int) -> str:
    """A whole number with the language's thousands separator: ``4 682`` / ``4,682``."""
    locale = QLocale()
    # The C locale leaves out group separators unless told otherwise: 4682 reads badly.
    locale.setNumberOptions(QLocale.NumberOption.DefaultNumberOptions)
    return locale.toString(value)


def number(value: float | None, decimals: int = 1, signed: bool = False) -> str:
    """A figure rounded for reading; ``—`` when there is none."""
    return "—" if value is None else format_number(value, decimals, signed)


def percent(value: float | None, decimals: int = 1, signed: bool = False) -> str:
    """A percentage (``47,8 %``); ``—`` when there is none."""
    return "—" if value is None else f"{format_number(value, decimals, signed)}\u00a0%"


def with_n(text: str, n: int) -> str:
    """A figure with the number it rests on: ``4,3 (n = 10)``."""
    return translate("Segments", "%1 (n = %2)").replace("%1", text).replace("%2", count(n))


def date(day: dt.date) -> str:
    """A day written in the interface language: ``14 avr. 2025`` / ``14 Apr 2025``."""
    return format_day(day)


def period(key: str) -> str:
    """A month ``2025-03`` as ``mars 2025``, an ISO week ``2025-W07`` as ``W07 2025``."""
    if "-W" in key:
        year, week = key.split("-W")
        return translate("Segments", "W%1 %2").replace("%1", week).replace("%2", year)
    year, month = key.split("-")
    return f"{QLocale().monthName(int(month), QLocale.FormatType.ShortFormat)} {year}"


def weekday(key: str) -> str:
    """``monday`` as ``lun.`` / ``Mon``."""
    return QLocale().dayName(WEEKDAYS.index(key) + 1, QLocale.FormatType.ShortFormat)


def not_given(label: str) -> str:
    """The analysis' "(not given)" in the interface language; other labels unchanged."""
    return translate("Segments", "(not given)") if label == NOT_GIVEN else label


def no_segment() -> str:
    return translate("Segments", "(no segment)")


def verdict(value: Verdict | None) -> str:
    """What to do about a profile, in words."""
    if value is Verdict.REMOVE:
        return translate("Segments", "Remove (no value)")
    if value is Verdict.ACT:
        return translate("Segments", "Act (worth improving)")
    if value is Verdict.UNVALUED:
        return translate("Segments", "Value it first")
    return ""


def verdict_tip(value: Verdict | None) -> str:
    if value is Verdict.REMOVE:
        return translate(
            "Segments",
            "Worth at most 1 to the customer and to the business: a candidate for "
            "removal. Fix its cause so that the contact disappears.",
        )
    if value is Verdict.ACT:
        return translate(
            "Segments",
            "Worth 2 or more to the customer or to the business: carry corrective "
            "actions that make it better.",
        )
    if value is Verdict.UNVALUED:
        return translate(
            "Segments",
            "Give its value for the customer and for the business (1 to 3) to know "
            "what to do about it.",
        )
    return ""


def value_label(value: int | None) -> str:
    """A value on the 1-3 scale in words."""
    return {
        None: translate("Segments", "— not valued"),
        1: translate("Segments", "1 · low"),
        2: translate("Segments", "2 · medium"),
        3: translate("Segments", "3 · high"),
    }[value]
