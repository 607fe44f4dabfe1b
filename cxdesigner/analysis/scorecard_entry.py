"""How a scorecard of the sector barometer is started and dated while a benchmark is typed in.

The rules, as the README states them:

- **its date**: a scorecard takes the date of its wave. A new scorecard is dated on its
  wave's date (no wave: not dated, never today's or another card's date). Choosing another
  wave for a scorecard moves its date to the new wave's, unless a date of its own was typed
  on it (a date that is neither empty nor its former wave's date): that date stays.
  Choosing no wave leaves the date as it is.
- **its player and wave**: a new scorecard stays in the wave of the scorecard shown (none
  shown: the latest wave) and starts on the next player to score there: the first, in the
  order of the players, with the fewest scorecards on that journey or stage in that wave.
  Typing a wave in goes player after player; once each has a card, a second round (another
  assessor) goes the same way. A scorecard that names no player counts as the client's.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from cxdesigner.analysis.barometer import client_id
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


def latest_wave(project: Project) -> Wave | None:
    """The wave of the latest date (the first listed among equals); None without waves."""
    return max(project.waves, key=lambda wave: wave.date, default=None)


def next_player(project: Project, scope_id: str, wave_id: str | None) -> str | None:
    """The player a new scorecard on ``scope_id`` in the wave ``wave_id`` starts on (see the
    module's rules); None when the project names no player."""
    client = client_id(project)
    count = {player.id: 0 for player in project.players}
    for card in project.scorecards:
        owner = card.player_id or client
        if card.scope_id == scope_id and card.wave_id == wave_id and owner in count:
            count[owner] += 1
    return min(count, key=lambda player_id: count[player_id], default=None)
