"""How a touchpoint's KPI values are written in one spreadsheet cell, and read back.

``Taux d'abandon: 38 % | Délai de rappel: 2,5 j``: each value is its name, a colon, the
number (decimal point or comma) and its unit, and ``|`` separates values; the workbook
export writes them so and the journey import reads them so.
"""

from __future__ import annotations

import re
from decimal import Decimal

from cxdesigner.io.csv_values import MULTI_SEPARATOR, CellError, read_number, split_values
from cxdesigner.io.csv_wording import csv_message
from cxdesigner.model import KpiValue
from cxdesigner.model.limits import MAX_NAME_CHARS

_KPI = re.compile(r"(?P<name>.+?)\s*:\s*(?P<number>[-+\u2212]?\d[\d\u00a0\u202f ]*"
                  r"(?:[.,]\d+)?)\s*(?P<unit>.*)")


def kpi_number(value: float, language: str) -> str:
    """``value`` in full without exponent: ``12,5`` in French, ``12.5`` in English."""
    text = format(Decimal(repr(value + 0.0)), "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text.replace(".", ",") if language == "fr" else text


def kpis_text(kpis: list[KpiValue], language: str) -> str:
    """The KPI values of a touchpoint as one cell."""
    return f" {MULTI_SEPARATOR} ".join(
        f"{kpi.name}: {kpi_number(kpi.value, language)} {kpi.unit}".rstrip() for kpi in kpis)


def read_kpis(text: str) -> list[KpiValue]:
    """The KPI values of a cell (see the module's format)."""
    kpis: list[KpiValue] = []
    for part in split_values(text):
        match = _KPI.fullmatch(part)
        if match is None:
            raise CellError(csv_message("kpi_format", q_text=part))
        unit = match["unit"].strip()
        if len(match["name"]) > MAX_NAME_CHARS or len(unit) > MAX_NAME_CHARS:
            raise CellError(csv_message("kpi_too_long", q_start=f"{part[:20]}…",
                                        limit=MAX_NAME_CHARS))
        kpis.append(KpiValue(name=match["name"].strip(), value=read_number(match["number"]),
                             unit=unit))
    return kpis
