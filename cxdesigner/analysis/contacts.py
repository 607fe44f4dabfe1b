"""What every view of the contact log shares: periods, where a contact arose, its figures.

The log is a list of :class:`~cxdesigner.model.ContactRecord`; a record stands for
``count`` contacts. Its duration is per contact (the mean when it counts several), so
durations are weighted by ``count``, and so are resolutions.

A contact's stage is its own ``stage_id``, else the stage of its touchpoint. Periods are
calendar months written ``YYYY-MM`` or ISO weeks written ``YYYY-Www`` (``2025-W07``);
a series always runs without gaps from the log's first contact to its last, so a
period without contacts shows 0 instead of disappearing.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Literal

from cxdesigner.model import ContactRecord, Project
from cxdesigner.model.text import fold

Period = Literal["month", "week"]
PERIODS: tuple[Period, ...] = ("month", "week")

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

NOT_GIVEN = "(not given)"
"""The label of contacts whose channel, stage or segment was not recorded."""

# Typographic marks a French text carries and a spreadsheet cell often lacks.
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'"})


def match_key(text: str) -> str:
    """``text`` reduced for matching names and reasons typed by different hands.

    Beyond :func:`~cxdesigner.model.text.fold` (case, accents, spacing), curly and
    straight apostrophes are the same and a space before ``; : ! ?`` does not count:
    ``"Où est ma commande ?"`` matches ``"ou est ma commande?"``.
    """
    folded = fold(text.translate(_APOSTROPHES))
    for mark in ";:!?":
        folded = folded.replace(f" {mark}", mark)
    return folded


def month_key(date: dt.date) -> str:
    """``"2025-03"`` for any day of March 2025."""
    return f"{date.year:04d}-{date.month:02d}"


def period_key(date: dt.date, period: Period) -> str:
    """The month (``2025-03``) or ISO week (``2025-W09``) that ``date`` falls in."""
    if period == "month":
        return month_key(date)
    year, week, _ = date.isocalendar()
    return f"{year:04d}-W{week:02d}"


def add_months(date: dt.date, months: int) -> dt.date:
    """The first day of the month ``months`` after (or before) ``date``'s month."""
    index = date.year * 12 + date.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


def period_range(first: dt.date, last: dt.date, period: Period) -> list[str]:
    """Every period from ``first``'s to ``last``'s, both included, in order."""
    keys: list[str] = []
    if period == "month":
        day = first.replace(day=1)
        while day <= last:
            keys.append(month_key(day))
            day = add_months(day, 1)
        return keys
    day = first - dt.timedelta(days=first.weekday())  # the Monday of first's week
    while day <= last:
        keys.append(period_key(day, "week"))
        day += dt.timedelta(weeks=1)
    return keys


def log_span(contacts: Iterable[ContactRecord]) -> tuple[dt.date, dt.date] | None:
    """The dates of the first and last contacts, None for an empty log."""
    dates = [contact.date for contact in contacts]
    return (min(dates), max(dates)) if dates else None


def total(contacts: Iterable[ContactRecord]) -> int:
    """How many contacts the records stand for."""
    return sum(contact.count for contact in contacts)


@dataclass(frozen=True)
class Mean:
    """A mean or a rate with the number of contacts (or answers) it rests on.

    Attributes:
        value: the figure; None when nothing was recorded (``n`` is then 0).
        n: how many contacts or answers it rests on.
    """

    value: float | None
    n: int


@dataclass(frozen=True)
class ContactFigures:
    """Volume and effort of a set of contacts.

    Attributes:
        contacts: how many contacts.
        mean_duration: minutes per contact, over the contacts with a duration.
        resolution_rate: % resolved, over the contacts that say whether they were.
    """

    contacts: int
    mean_duration: Mean
    resolution_rate: Mean


def contact_figures(contacts: Iterable[ContactRecord]) -> ContactFigures:
    """The volume, mean duration and resolution rate of ``contacts``."""
    chosen = list(contacts)
    timed = [c for c in chosen if c.duration_minutes is not None]
    timed_n = total(timed)
    minutes = sum((c.duration_minutes or 0.0) * c.count for c in timed)
    known = [c for c in chosen if c.resolved is not None]
    known_n = total(known)
    resolved = total(c for c in known if c.resolved)
    return ContactFigures(
        contacts=total(chosen),
        mean_duration=Mean(minutes / timed_n if timed_n else None, timed_n),
        resolution_rate=Mean(resolved * 100 / known_n if known_n else None, known_n),
    )


class Places:
    """Where contacts arose, in words: stage and channel labels, touchpoint titles."""

    def __init__(self, project: Project) -> None:
        self.stage_of_touchpoint: dict[str, str] = {}
        self.touchpoint_titles: dict[str, str] = {}
        self.stage_order: list[str] = []
        names: dict[str, tuple[str, str]] = {}
        for journey in project.journeys:
            for stage in journey.stages:
                self.stage_order.append(stage.id)
                names[stage.id] = (stage.name, journey.name)
                for touchpoint in stage.touchpoints:
                    self.stage_of_touchpoint[touchpoint.id] = stage.id
                    self.touchpoint_titles[touchpoint.id] = touchpoint.title
        # A current and a target journey often share stage names: name the journey when
        # two stages of the log share one.
        used = {self.stage_id(contact) for contact in project.contacts}
        shared = Counter(fold(name) for stage_id, (name, _) in names.items() if stage_id in used)
        self.stage_labels = {
            stage_id: f"{name} — {journey}" if shared[fold(name)] > 1 else name
            for stage_id, (name, journey) in names.items()}
        self.channel_order = [channel.id for channel in project.channels]
        self.channel_labels = {channel.id: channel.name for channel in project.channels}

    def stage_id(self, contact: ContactRecord) -> str | None:
        """The contact's stage: its own, else its touchpoint's."""
        if contact.stage_id is not None:
            return contact.stage_id
        if contact.touchpoint_id is not None:
            return self.stage_of_touchpoint.get(contact.touchpoint_id)
        return None

    def stage_label(self, stage_id: str | None) -> str:
        """The stage's name (with its journey's when another stage has the same name)."""
        return NOT_GIVEN if stage_id is None else self.stage_labels.get(stage_id, stage_id)

    def channel_label(self, channel_id: str | None) -> str:
        """The channel's name."""
        return NOT_GIVEN if channel_id is None else self.channel_labels.get(channel_id,
                                                                            channel_id)


def ordered_counts(counts: dict[str | None, int], order: list[str]) -> dict[str | None, int]:
    """``counts`` in the order of ``order`` (ids not in it follow), None last; no zeros."""
    position = {key: index for index, key in enumerate(order)}
    keys = sorted((key for key in counts if key is not None and counts[key]),
                  key=lambda key: (position.get(key, len(position)), key))
    ordered: dict[str | None, int] = {key: counts[key] for key in keys}
    if counts.get(None):
        ordered[None] = counts[None]
    return ordered


def labelled(counts: dict[str | None, int], label: Callable[[str | None], str]) -> dict[str, int]:
    """``counts`` keyed by what a reader sees; a label met twice gets `` (2)``, `` (3)``…"""
    labelled_counts: dict[str, int] = {}
    for key, count in counts.items():
        text, number = label(key), 1
        while (text if number == 1 else f"{text} ({number})") in labelled_counts:
            number += 1
        labelled_counts[text if number == 1 else f"{text} ({number})"] = count
    return labelled_counts


def rounded(value: float | None, digits: int = 2) -> float | None:
    """``value`` rounded for a report; None stays None."""
    return None if value is None else round(value, digits)
