"""Bring an older project file up to the current format, one version at a time.

Each step takes the raw JSON data of version N and returns version N + 1. Steps never
see pydantic models: the model only knows the current format.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from cxdesigner.model import FORMAT_VERSION

Migration = Callable[[dict[str, Any]], dict[str, Any]]

def _v1_to_v2(data: dict[str, Any]) -> dict[str, Any]:
    """Format 2 adds the contact log and contact profiles, actions aimed at profiles with
    the date they took effect, and the link from a target step to the step it came from.

    Every addition is empty or unset in a format 1 file; they are written out explicitly so
    that the data is exactly what format 2 stores.
    """
    data.setdefault("contacts", [])
    data.setdefault("contact_profiles", [])
    for action in data.get("actions", []):
        if isinstance(action, dict):
            action.setdefault("completed_on", None)
            action.setdefault("profile_ids", [])
    for journey in data.get("journeys", []):
        for stage in journey.get("stages", []) if isinstance(journey, dict) else []:
            if not isinstance(stage, dict):
                continue
            stage.setdefault("origin_id", None)
            for touchpoint in stage.get("touchpoints", []):
                if isinstance(touchpoint, dict):
                    touchpoint.setdefault("origin_id", None)
    return data


# Version N -> the function that turns version N data into version N + 1 data.
MIGRATIONS: dict[int, Migration] = {1: _v1_to_v2}


def migrate(data: dict[str, Any], migrations: dict[int, Migration] | None = None,
            current: int = FORMAT_VERSION) -> dict[str, Any]:
    """Apply every step from the data's ``format_version`` up to ``current``."""
    steps = MIGRATIONS if migrations is None else migrations
    version = data["format_version"]
    while version < current:
        step = steps.get(version)
        if step is None:
            raise LookupError(f"no migration from format version {version}")
        data = step(data)
        version += 1
        data["format_version"] = version
    return data
