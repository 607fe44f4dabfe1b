"""How much of a part is drawn: everything, or less when the map is seen from far away."""

from __future__ import annotations

from enum import Enum


class Detail(Enum):
    """Print always draws everything; the screen draws less when zoomed far out."""

    FULL = "full"
    OVERVIEW = "overview"
    """Zoomed out: shapes and titles, no small text."""
    FLAT = "flat"
    """A column a few pixels wide: plain colour."""
