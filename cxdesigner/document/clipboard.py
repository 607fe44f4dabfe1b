"""Copy touchpoints as text and paste them into any project with fresh ids (no Qt).

The copied text carries the touchpoints, the flows between them, and the names of their
channels and interlocutors, so that pasting into another project can match them by name.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from cxdesigner.model import Flow, Journey, Project, Touchpoint, new_id

CLIPBOARD_MIME = "application/x-cxdesigner-touchpoints+json"
_MARKER = "cxdesigner-touchpoints"


@dataclass(frozen=True)
class PastedItems:
    """Touchpoints and flows ready to insert, with new ids."""

    touchpoints: list[Touchpoint]
    flows: list[Flow]


def copy_touchpoints(project: Project, journey: Journey, ids: list[str]) -> str:
    """The touchpoints ``ids`` (in map order) and the flows among them, as clipboard text."""
    chosen = [tp for _, tp in journey.touchpoints() if tp.id in set(ids)]
    inside = {tp.id for tp in chosen}
    flows = [f for f in journey.flows if f.source_id in inside and f.target_id in inside]
    return json.dumps({
        "format": _MARKER,
        "touchpoints": [tp.model_dump(mode="json") for tp in chosen],
        "flows": [flow.model_dump(mode="json") for flow in flows],
        "channels": project.channel_names(),
        "interlocutors": project.interlocutor_names(),
    }, ensure_ascii=False)


def _match(old_id: str | None, names: dict[str, str], known: dict[str, str]) -> str | None:
    """The id in this project of the entity called like ``old_id`` was, if any."""
    if old_id is None:
        return None
    if old_id in known.values() and names.get(old_id) == _name_of(old_id, known):
        return old_id
    wanted = names.get(old_id, "").casefold()
    return next((i for name, i in known.items() if name.casefold() == wanted), None)


def _name_of(identifier: str, known: dict[str, str]) -> str | None:
    return next((name for name, i in known.items() if i == identifier), None)


def _fresh_ids(data: dict[str, Any]) -> None:
    data["id"] = new_id()
    for key in ("verbatims", "irritants", "opportunities"):
        for item in data[key]:
            item["id"] = new_id()
    # The blueprint stays with its journey: pasted pain points have no cause behind them.
    for irritant in data["irritants"]:
        irritant["cause_ids"] = []


def paste_touchpoints(project: Project, text: str) -> PastedItems | None:
    """Touchpoints from clipboard text with new ids; None when the text is not ours."""
    try:
        data = json.loads(text)
        if not isinstance(data, dict) or data.get("format") != _MARKER:
            return None
        return _rebuild(project, data)
    except (ValueError, KeyError, TypeError, AttributeError):
        return None  # someone else's text, or damaged: pasting does nothing


def _rebuild(project: Project, data: dict[str, Any]) -> PastedItems:
    channels = {c.name: c.id for c in project.channels}
    interlocutors = {i.name: i.id for i in project.interlocutors}
    personas = {p.id for p in project.personas}
    remap: dict[str, str] = {}
    touchpoints: list[Touchpoint] = []
    for raw in data.get("touchpoints", []):
        old = raw["id"]
        _fresh_ids(raw)
        remap[old] = raw["id"]
        raw["channel_id"] = _match(raw.get("channel_id"), data.get("channels", {}), channels)
        raw["interlocutor_id"] = _match(raw.get("interlocutor_id"),
                                        data.get("interlocutors", {}), interlocutors)
        # Per-persona values only make sense where the persona exists.
        for key in ("persona_emotions", "persona_criticality"):
            raw[key] = {p: v for p, v in raw.get(key, {}).items() if p in personas}
        for verbatim in raw.get("verbatims", []):
            if verbatim.get("persona_id") not in personas:
                verbatim["persona_id"] = None
            if verbatim.get("segment_id") not in {s.id for s in project.segments}:
                verbatim["segment_id"] = None
        touchpoints.append(Touchpoint.model_validate(raw))
    flows = [
        Flow(source_id=remap[f["source_id"]], target_id=remap[f["target_id"]],
             kind=f.get("kind", "next"), label=f.get("label", ""))
        for f in data.get("flows", [])
        if f.get("source_id") in remap and f.get("target_id") in remap
    ]
    return PastedItems(touchpoints, flows)
