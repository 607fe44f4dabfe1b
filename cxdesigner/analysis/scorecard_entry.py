"""How a scorecard of the sector barometer is started and dated while a benchmark is typed in.

The rules, as the README states them:

- **its date**: a scorecard takes the date of its wave. A new scorecard is dated on its
  wave's date (no wave: not dated, never today's or another card's date). Choosing another
  wave for a scorecard moves its date to the new wave's, unless a date of its own was typed
  on it (a date that is neither empty nor its former wave's date): that date stays.
  Choosing no wave leaves the date as it is.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from cxdesigner.model import Project, Scorecard, Wave


def _wave(project: Project, wave_id: str | None) -> Wave | None:
    return next((wave for wave in project.waves if wave.id == wave_id), None)


def new_card_date(project: Project, wave_id: str | None) -> dt.date | None:
    """The date of a new scorecard in the wave ``wave_id``: the wave's, None without one."""
    wave = _wave(project, wave_id)
    return wave.date if wave is not None else None


def wave_changes(project: Project, card: Scorecard, wave_id: str | None) -> dict[str, Any]:
    """The edit of choosing the wave ``wave_id`` for ``card``: the wave, and the new wave's
    date unless a date of its own was typed on the card (see the module's rules)."""
    changes: dict[str, Any] = {"wave_id": wave_id}
    former, chosen = _wave(project, card.wave_id), _wave(project, wave_id)
    typed = card.date is not None and (former is None or card.date != former.date)
    if chosen is not None and not typed:
        changes["date"] = chosen.date
    return changes
