"""One-line descriptions of the items listed in the inspector."""

from __future__ import annotations

from cxdesigner.model import Irritant, KpiValue, Opportunity, Verbatim
from cxdesigner.model.evidence import EvidenceBasis
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
    text = f"{text} ({pillars})" if pillars else text
    if irritant.evidence is not None:
        text += f" \u00b7 {interface_label(irritant.evidence)}"
    if irritant.cause_ids:
        text += " \u00b7 " + translate("Inspector", "caused behind the scenes (%1)").replace(
            "%1", str(len(irritant.cause_ids)))
    return text


def opportunity_summary(opportunity: Opportunity) -> str:
    pillars = ", ".join(interface_label(p) for p in opportunity.pillars)
    text = _short(opportunity.text)
    return f"{text} ({pillars})" if pillars else text


def kpi_summary(kpi: KpiValue) -> str:
    value = f"{kpi.value:g}"
    return f"{kpi.name}: {value} {kpi.unit}".rstrip()


def evidence_basis_text(basis: EvidenceBasis) -> str:
    """What a suggested evidence level rests on, in a sentence of the interface."""
    counts = ((basis.answers, translate("Inspector", "survey answers: %1")),
              (basis.contacts, translate("Inspector", "contacts logged: %1")),
              (basis.kpis, translate("Inspector", "KPI values: %1")),
              (basis.customer_verbatims, translate("Inspector", "customers’ verbatims: %1")),
              (basis.staff_verbatims, translate("Inspector", "verbatims reported by staff: %1")))
    parts = [text.replace("%1", str(count)) for count, text in counts if count]
    if not parts:
        return translate("Inspector", "Nothing is attached yet: the map hatches it as a "
                                      "hypothesis until verbatims, answers or contacts back it.")
    return translate("Inspector", "Suggested from what is attached (%1).").replace(
        "%1", ", ".join(parts))
