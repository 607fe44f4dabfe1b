"""The five-step mapping process: contacts logged per segment, grouped into contact profiles."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from pydantic import Field, Strict, StrictFloat

from cxdesigner.model.base import Entity, Id, Items, Name, Text

ValueLevel = Annotated[int, Strict(), Field(ge=1, le=3)]
"""A value on the documented 1-3 scale: 1 low, 2 medium, 3 high."""


class ContactRecord(Entity):
    """Contacts of one segment on one channel for one reason on a day (``count`` of them).

    One line of a contact log, or a typed count.
    """

    date: dt.date
    segment_id: Id | None = None
    channel_id: Id | None = None
    reason: Name = ""
    stage_id: Id | None = None
    touchpoint_id: Id | None = None
    profile_id: Id | None = None
    """The contact profile it belongs to; when unset, its reason decides (see profiles)."""
    resolved: bool | None = None
    duration_minutes: Annotated[StrictFloat, Field(ge=0, le=100_000)] | None = None
    count: Annotated[int, Strict(), Field(ge=1, le=10_000_000)] = 1


class ContactProfile(Entity):
    """Contacts grouped by the problem behind them (information, payment, delivery…)."""

    name: Name
    description: Text = ""
    reasons: Items[Name] = Field(default_factory=list)
    """Contact reasons that belong to this profile (compared without case or accents)."""
    touchpoint_ids: Items[Id] = Field(default_factory=list)
    """Where on the journeys these contacts arise."""
    customer_value: ValueLevel | None = None
    business_value: ValueLevel | None = None
