"""One-line descriptions of the items listed in the inspector."""

from __future__ import annotations

from cxdesigner.model import Irritant, KpiValue, Opportunity, Verbatim
from cxdesigner.ui.i18n import translate
from cxdesigner.ui.labels import interface_label


def _short(text: str, limit: int = 110) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def verbatim_summary(verbatim: Verbatim) -> str:
    who = ", ".join(part for part in (verbatim.author, interface_label(verbatim.source)) if part)
    return translate("Inspector", "“%1” — %2").replace("%1", _short(verbatim.text)).replace(
        "%2", who)


def irritant_summary(irritant: Irritant) -> str:
    pillars = ", ".join(interface_label(p) for p in irritant.pillars)
    text = f"[{irritant.severity}] {_short(irritant.text)}"
    return f"{text} ({pillars})" if pillars else text


def opportunity_summary(opportunity: Opportunity) -> str:
    pillars = ", ".join(interface_label(p) for p in opportunity.pillars)
    text = _short(opportunity.text)
    return f"{text} ({pillars})" if pillars else text


def kpi_summary(kpi: KpiValue) -> str:
    value = f"{kpi.value:g}"
    return f"{kpi.name}: {value} {kpi.unit}".rstrip()
