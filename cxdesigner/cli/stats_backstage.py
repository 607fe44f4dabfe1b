"""The text of ``cxdesigner stats`` behind the scenes: the service blueprint per stage, and
the evidence the journey rests on with the hypotheses to check first."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from cxdesigner.model import BlueprintLayer, Criticality, Evidence, MomentOfTruth
from cxdesigner.vocabulary import label

LANGUAGE = "en"


def _joined(items: Sequence[str]) -> str:
    return ", ".join(items) if items else "none"


def blueprint_lines(data: dict[str, Any]) -> list[str]:
    """The service blueprint of a journey (from its ``summary_json``)."""
    blueprint = data["blueprint"]
    counts = blueprint["items"]
    if not sum(counts.values()):
        return [f"  Service blueprint: none ({len(blueprint['unsupported'])} touchpoints "
                "without back-stage support)"]
    layers = " · ".join(f"{label(layer, LANGUAGE)} {counts[layer.value]}"
                        for layer in BlueprintLayer)
    lines = [f"  Service blueprint: {layers} · {blueprint['handoffs']} hand-offs · "
             f"teams: {_joined(blueprint['teams'])}"]
    for stage, figures in blueprint["stages"].items():
        behind = figures[BlueprintLayer.BACK_STAGE.value] + figures[BlueprintLayer.SUPPORT.value]
        if behind:
            lines.append(f"    {stage}: behind the scenes: {_joined(behind)}")
        else:
            lines.append(f"    {stage}: nothing behind the scenes")
        if figures["teams"]:
            lines.append(f"      teams: {_joined(figures['teams'])}")
        if figures["failure_points"]:
            lines.append(f"      failure points: {_joined(figures['failure_points'])}")
        if figures["unsupported"]:
            lines.append(f"      without back-stage support: {_joined(figures['unsupported'])}")
    return lines


def evidence_lines(data: dict[str, Any]) -> list[str]:
    """The evidence of a journey and its critical moments still resting on hypotheses."""
    evidence = data["evidence"]
    levels = " · ".join(f"{label(level, LANGUAGE)} {evidence['levels'][level.value]}"
                        for level in Evidence)
    lines = [f"  Evidence (touchpoints): {levels}"]
    ranked = evidence["hypotheses_to_check"]
    if not ranked:
        return [*lines, "  Critical moments resting on hypotheses: none"]
    lines.append("  Critical moments resting on hypotheses, the first to check first:")
    for item in ranked:
        details = [label(MomentOfTruth(item["moment"]), LANGUAGE)]
        if item["criticality"]:
            details.append(label(Criticality(item["criticality"]), LANGUAGE).lower())
        if item["worst_severity"]:
            details.append(f"worst pain point {item['worst_severity']}/4")
        lines.append(f"    {item['rank']}. {item['stage']} \u203a {item['touchpoint']} "
                     f"({', '.join(details)})")
    return lines
