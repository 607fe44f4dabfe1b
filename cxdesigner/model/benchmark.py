"""The sector barometer: the players a project benchmarks and the dated waves of scoring."""

from __future__ import annotations

import datetime as dt

from cxdesigner.model.base import Entity, Name
from cxdesigner.model.people import Colour


class Player(Entity):
    """A player of the sector ("acteur"): the client's brand or one of its competitors.

    Scorecards name the player they score; a scorecard that names none scores the client's
    own experience, so it counts for the player marked ``client`` (at most one is).
    """

    name: Name
    colour: Colour = "#1d3557"
    client: bool = False


class Wave(Entity):
    """A round of scoring done at one time ("vague"): the benchmark follows each player
    from one wave to the next."""

    name: Name
    date: dt.date
