"""Bring an older project file up to the current format, one version at a time.

Each step takes the raw JSON data of version N and returns version N + 1. Steps never
see pydantic models: the model only knows the current format.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from cxdesigner.model import FORMAT_VERSION

Migration = Callable[[dict[str, Any]], dict[str, Any]]

# Version N -> the function that turns version N data into version N + 1 data.
MIGRATIONS: dict[int, Migration] = {}


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
