"""Add a contact log (who got in touch, when, on which channel, why) from a CSV file to a project.

One row per contact, or per group of contacts with a count. Columns, in English or
French (see :data:`COLUMNS`): the date is required (``2025-03-12`` or ``12/03/2025``; a
time after it is ignored); segment, channel, reason, resolved, duration, stage,
touchpoint, profile and count are optional.

- Segments and contact profiles are found by id or by name (ignoring case, accents and
  apostrophe style); unknown ones are created by name. Channels likewise, and a channel
  named as in the usual catalogue in the other language (``Phone`` for ``Téléphone``)
  is that channel.
- A stage is found by id or name, a touchpoint by id or title. When a name is shared,
  the one of a current journey wins over a target journey's (contacts happen on today's
  journey); a name shared within current journeys must be written as an id. A touchpoint
  must lie in the row's stage when both are given.
- Resolved: oui/non, yes/no, 1/0, vrai/faux (empty: not known). Duration in minutes:
  ``4,5``, ``4 min``, ``4 min 30``, ``90 s``, ``1 h 05`` or ``00:04:30`` (hours:minutes:
  seconds); a bare number is in seconds when the column's name says so (``Durée (s)``),
  in hours for ``Durée (h)``. Count: a whole number from 1 (empty: 1).

Every problem of every row is reported at once, with its row and column, and nothing is
added when there is any.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Generic, TypeVar

from pydantic import ValidationError

from cxdesigner.analysis.contacts import match_key
from cxdesigner.io.csv_reading import Column, CsvImportError, CsvRow, Problems
from cxdesigner.io.csv_values import CellError, read_date, read_number
from cxdesigner.io.csv_wording import Said, csv_message
from cxdesigner.io.messages import describe_validation_error
from cxdesigner.io.spreadsheet import read_spreadsheet
from cxdesigner.model import (
    Channel,
    ContactProfile,
    ContactRecord,
    JourneyKind,
    Project,
    Segment,
    default_channels,
)
from cxdesigner.model.limits import MAX_NAME_CHARS
from cxdesigner.model.text import fold

T = TypeVar("T")
E = TypeVar("E", Segment, Channel, ContactProfile)

COLUMNS = (
    Column("date", ("date", "jour", "date du contact", "contact date"), required=True,
           french="date"),
    Column("segment", ("segment",)),
    Column("channel", ("channel", "canal")),
    Column("reason", ("reason", "motif", "motif de contact", "contact reason")),
    Column("resolved", ("resolved", "résolu", "résolue", "résolution")),
    Column("duration", ("duration", "durée", "durée en minutes", "minutes", "duration in minutes",
                        "durée en secondes", "secondes", "seconds", "duration in seconds")),
    Column("stage", ("stage", "étape", "phase")),
    Column("touchpoint", ("touchpoint", "point de contact", "touchpoint id")),
    Column("profile", ("profile", "profil", "contact profile", "profil de contact")),
    Column("count", ("count", "nombre", "nb", "volume", "nombre de contacts")),
)
"""The columns of a contact log; the first name is the English one."""

MAX_DURATION_MINUTES = 100_000
MAX_COUNT = 10_000_000

_YES = ("oui", "o", "yes", "y", "1", "vrai", "true", "x")
_NO = ("non", "n", "no", "0", "faux", "false")
_TIME_OF_DAY = re.compile(r"(?:[ T]+\d{1,2}[:h]\d{2}(?::\d{2}(?:\.\d+)?)?)$")
_CLOCK = re.compile(r"(\d+):(\d{1,2}):(\d{1,2})")
_AMOUNTS = re.compile(r"(?:\d+(?:[.,]\d+)?\s*[a-z]*\s*)+")
_AMOUNT = re.compile(r"(\d+(?:[.,]\d+)?)\s*([a-z]*)")
# Unit -> its level: 0 hours, 1 minutes, 2 seconds; a bare number after a unit is the next.
_UNITS = {**dict.fromkeys(("h", "hr", "heure", "heures", "hour", "hours"), 0),
          **dict.fromkeys(("m", "mn", "min", "mins", "minute", "minutes"), 1),
          **dict.fromkeys(("s", "sec", "secs", "seconde", "secondes", "second", "seconds"), 2)}
_MINUTES_PER_LEVEL = (60.0, 1.0, 1 / 60)


def read_resolved(text: str) -> bool:
    """Whether the contact was resolved: oui/non, yes/no, 1/0, vrai/faux."""
    word = fold(text)
    if word in _YES:
        return True
    if word in _NO:
        return False
    raise CellError(csv_message("not_yes_no", q_text=text))


def duration_unit(header: str) -> float:
    """Minutes per unit of a bare number in a duration column named ``header``.

    ``Durée (s)`` or ``Duration in seconds`` holds seconds, ``Durée (h)`` hours; any
    other name, minutes.
    """
    words = set(re.findall(r"[a-z]+", fold(header)))
    if words & {"s", "sec", "secs", "seconde", "secondes", "second", "seconds"}:
        return 1 / 60
    if words & {"h", "heure", "heures", "hour", "hours"}:
        return 60.0
    return 1.0


def read_duration(text: str, unit: float = 1.0) -> float:
    """A duration in minutes: ``4,5``, ``4 min``, ``4 min 30``, ``90 s``, ``00:04:30``…

    Args:
        text: the cell.
        unit: minutes per unit of a bare number (see :func:`duration_unit`).
    """
    words = fold(text)
    if clock := _CLOCK.fullmatch(words):
        hours, minutes, seconds = (int(part) for part in clock.groups())
        if minutes > 59 or seconds > 59:
            raise CellError(csv_message("not_duration", q_text=text))
        value = hours * 60 + minutes + seconds / 60
    elif ":" in words:
        raise CellError(csv_message("duration_ambiguous", q_text=text))
    elif not re.search(r"[a-z]", words):
        value = read_number(text) * unit
        if value < 0:
            raise CellError(csv_message("duration_negative", q_text=text))
    elif _AMOUNTS.fullmatch(words):
        value, level = 0.0, -1
        for number, word in _AMOUNT.findall(words):
            step = _UNITS.get(word, -1) if word else max(level + 1, 1)
            if step < 0:
                raise CellError(csv_message("duration_unit", q_word=word, q_text=text))
            if step <= level or step > 2:
                raise CellError(csv_message("not_duration", q_text=text))
            value += float(number.replace(",", ".")) * _MINUTES_PER_LEVEL[step]
            level = step
    else:
        raise CellError(csv_message("not_duration", q_text=text))
    if value > MAX_DURATION_MINUTES:
        raise CellError(csv_message("duration_too_long", minutes=f"{value:g}",
                                    limit=MAX_DURATION_MINUTES))
    return round(value, 4)


def read_count(text: str) -> int:
    """How many contacts a row stands for: a whole number from 1."""
    value = read_number(text)
    if value != int(value) or not 1 <= value <= MAX_COUNT:
        raise CellError(csv_message("not_count", n_limit=MAX_COUNT, q_text=text))
    return int(value)


def read_contact_date(text: str) -> dt.date:
    """A date as ``2025-03-12`` or ``12/03/2025``; a time of day after it is ignored."""
    return read_date(_TIME_OF_DAY.sub("", text).strip())


class _Named(Generic[E]):
    """Entities of one kind found by id or name; unknown names are created."""

    def __init__(self, existing: list[E], make: Callable[[str], E]) -> None:
        self.ids = {entity.id for entity in existing}
        self.by_name = {match_key(entity.name): entity.id for entity in existing}
        self.make: Callable[[str], E] = make
        self.created: list[E] = []

    def find(self, text: str) -> str | None:
        if not text:
            return None
        if text in self.ids:
            return text
        key = match_key(text)
        if key not in self.by_name:
            entity = self.make(text)
            self.created.append(entity)
            self.by_name[key] = entity.id
        return self.by_name[key]


class _Channels(_Named[Channel]):
    """Channels by id or name; the usual ones also by their name in the other language."""

    def __init__(self, project: Project) -> None:
        super().__init__(list(project.channels), lambda name: Channel(name=name))
        self.usual = {channel.id: channel for channel in default_channels(project.language)}
        self.usual_keys: dict[str, list[str]] = {}
        for language in ("fr", "en"):
            for channel in default_channels(language):
                self.usual_keys.setdefault(channel.id, []).append(match_key(channel.name))
        self.usual_ids = {key: channel_id for channel_id, keys in self.usual_keys.items()
                          for key in keys}
        for channel_id, keys in self.usual_keys.items():
            for key in keys:
                if channel_id in self.ids:
                    self.by_name.setdefault(key, channel_id)

    def find(self, text: str) -> str | None:
        usual_id = self.usual_ids.get(match_key(text))
        if text in self.ids or match_key(text) in self.by_name or usual_id is None:
            return super().find(text)
        own = self.usual[usual_id]
        channel = Channel(name=own.name, digital=own.digital)
        self.created.append(channel)
        for key in self.usual_keys[usual_id]:
            self.by_name[key] = channel.id
        return channel.id


@dataclass(frozen=True)
class _Place:
    id: str
    stage_id: str
    where: str
    current: bool


class _Places:
    """Finds stages by id or name and touchpoints by id or title (see the module's rules)."""

    def __init__(self, project: Project) -> None:
        self.stages: dict[str, _Place] = {}
        self.touchpoints: dict[str, _Place] = {}
        self.stage_names: dict[str, list[_Place]] = {}
        self.titles: dict[str, list[_Place]] = {}
        for journey in project.journeys:
            current = journey.kind is JourneyKind.CURRENT
            for stage in journey.stages:
                place = _Place(stage.id, stage.id, f"{stage.id} in journey '{journey.name}'",
                               current)
                self.stages[stage.id] = place
                self.stage_names.setdefault(match_key(stage.name), []).append(place)
                for tp in stage.touchpoints:
                    spot = _Place(tp.id, stage.id, f"{tp.id} in journey '{journey.name}', "
                                                   f"stage '{stage.name}'", current)
                    self.touchpoints[tp.id] = spot
                    self.titles.setdefault(match_key(tp.title), []).append(spot)

    @staticmethod
    def _one(found: list[_Place], text: str, what: str) -> str:
        if len(found) > 1 and sum(place.current for place in found) >= 1:
            found = [place for place in found if place.current]
        if len(found) == 1:
            return found[0].id
        places = "; ".join(place.where for place in found)
        raise CellError(f"the {what} '{text}' is shared by {len(found)} {what}s ({places}); "
                        "write the id of the one meant")

    def stage(self, text: str) -> str:
        if text in self.stages:
            return text
        found = self.stage_names.get(match_key(text), [])
        if not found:
            raise CellError(csv_message("no_stage", q_text=text))
        return self._one(found, text, "stage")

    def touchpoint(self, text: str, stage_id: str | None) -> str:
        if text in self.touchpoints:
            found = [self.touchpoints[text]]
        else:
            found = self.titles.get(match_key(text), [])
            if not found:
                raise CellError(csv_message("no_touchpoint", q_text=text))
            if stage_id is not None:
                found = [place for place in found if place.stage_id == stage_id] or found
        if stage_id is not None and all(place.stage_id != stage_id for place in found):
            raise CellError(f"the touchpoint '{text}' is not in this row's stage "
                            f"(it is {found[0].where})")
        return self._one(found, text, "touchpoint")


@dataclass(frozen=True)
class ContactsImport:
    """The project with the contact log added, and what was created or ignored on the way."""

    project: Project
    added: list[ContactRecord]
    new_segments: list[Segment] = field(default_factory=list)
    new_channels: list[Channel] = field(default_factory=list)
    new_profiles: list[ContactProfile] = field(default_factory=list)
    warnings: list[Said] = field(default_factory=list)


class _Reader:
    """Reads the rows of a contact log against one project."""

    def __init__(self, project: Project, problems: Problems, duration_unit: float) -> None:
        self.problems = problems
        self.duration_unit = duration_unit
        self.places = _Places(project)
        self.segments = _Named(list(project.segments), lambda name: Segment(name=name))
        self.channels = _Channels(project)
        self.profiles = _Named(list(project.contact_profiles),
                               lambda name: ContactProfile(name=name))

    def row(self, row: CsvRow) -> ContactRecord | None:
        before = len(self.problems)

        def read(key: str, reader: Callable[[str], T]) -> T | None:
            if not row.get(key):
                return None
            try:
                return reader(row.get(key))
            except CellError as error:
                self.problems.add(row, key, error.said)
                return None

        date = read("date", read_contact_date)
        if not row.get("date"):
            self.problems.add(row, "date", "the date is missing")
        for key in ("segment", "channel", "reason", "profile"):
            if len(row.get(key)) > MAX_NAME_CHARS:
                self.problems.add(row, key, f"longer than {MAX_NAME_CHARS} characters")
        resolved = read("resolved", read_resolved)
        duration = read("duration", lambda text: read_duration(text, self.duration_unit))
        count = read("count", read_count)
        stage_id = read("stage", self.places.stage)
        touchpoint_id = read("touchpoint", lambda text: self.places.touchpoint(text, stage_id))
        if len(self.problems) > before or date is None:
            return None
        return ContactRecord(
            date=date, segment_id=self.segments.find(row.get("segment")),
            channel_id=self.channels.find(row.get("channel")), reason=row.get("reason"),
            stage_id=stage_id, touchpoint_id=touchpoint_id,
            profile_id=self.profiles.find(row.get("profile")), resolved=resolved,
            duration_minutes=duration, count=count or 1)


def _fingerprint(contact: ContactRecord) -> tuple[object, ...]:
    return (contact.date, contact.segment_id, contact.channel_id, match_key(contact.reason),
            contact.stage_id, contact.touchpoint_id, contact.profile_id, contact.resolved,
            contact.duration_minutes, contact.count)


def import_contacts(path: Path, project: Project, sheet: str | None = None) -> ContactsImport:
    """Read the contact log at ``path`` and return ``project`` with it added.

    ``path`` is a CSV file or an Excel workbook (its first sheet naming the required
    columns, or the one named ``sheet``). ``project`` itself is not changed.

    Raises:
        CsvImportError: with every problem found, row by row; nothing is added.
    """
    table = read_spreadsheet(path, COLUMNS, sheet)
    problems = Problems(table)
    reader = _Reader(project, problems, duration_unit(table.headers.get("duration", "")))
    added = [contact for row in table.rows if (contact := reader.row(row)) is not None]
    if not table.rows:
        problems.add(None, None, "the file has column names but no contact rows")
    warnings = list(table.warnings)
    already = Counter(_fingerprint(contact) for contact in project.contacts)
    fresh = Counter(_fingerprint(contact) for contact in added) - already
    if added and already and not fresh:
        problems.add(None, None, "every row is already in the project's contact log: this log "
                                 "was imported before")
    elif already and fresh.total() < len(added):
        warnings.append(f"{len(added) - fresh.total()} of the {len(added)} rows match contacts "
                        "the project already holds; check that the periods do not overlap")
    if problems:
        raise CsvImportError(path, problems.messages, warnings)
    data = project.model_dump()
    data["contacts"] += [contact.model_dump() for contact in added]
    data["segments"] += [segment.model_dump() for segment in reader.segments.created]
    data["channels"] += [channel.model_dump() for channel in reader.channels.created]
    data["contact_profiles"] += [profile.model_dump() for profile in reader.profiles.created]
    try:
        updated = Project.model_validate(data)
    except ValidationError as error:
        raise CsvImportError(path, describe_validation_error(error, data), warnings) from error
    return ContactsImport(updated, added, reader.segments.created, reader.channels.created,
                          reader.profiles.created, warnings)
