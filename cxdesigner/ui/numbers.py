"""Numbers written the way the interface language writes them (``12,5`` in French)."""

from __future__ import annotations

from PySide6.QtCore import QLocale


def format_number(value: float, decimals: int = 1, signed: bool = False) -> str:
    """``value`` rounded to ``decimals`` in the interface language, without trailing zeros.

    ``signed`` puts a ``+`` before positive values (an NPS reads "+12").
    """
    locale = QLocale()
    value = round(float(value), decimals) + 0.0  # + 0.0 turns -0.0 into 0.0
    text = locale.toString(value, "f", decimals)
    point = locale.decimalPoint()
    if decimals and point in text:
        text = text.rstrip("0").rstrip(point)
    return f"+{text}" if signed and value > 0 else text
