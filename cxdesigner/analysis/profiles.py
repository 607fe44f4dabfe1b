"""Contact profiles: contacts grouped by the problem behind them, followed over time, valued.

Steps 3 and 4 of mapping as a process.

Rules:

- A contact belongs to the profile its ``profile_id`` names; else to the first profile,
  in the project's order, with a reason that matches its own (compared without case,
  accents, apostrophe style or a space before ``; : ! ?``); else it is "unassigned".
- Each profile is followed per month (``YYYY-MM``) or per ISO week (``YYYY-Www``), over
  every period of the log, so a profile that shrinks after an action shows it.
- A contact profile whose value is at most 1 both for the customer and for the business
  (no value for either: typically "where is my parcel?") is a candidate for removal: fix
  its cause so that the contact disappears. A profile with a value of 2 or more on either
  side carries corrective actions. A profile missing a value, with none above 1, is not
  valued yet.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from cxdesigner.analysis.contacts import (
    ContactFigures,
    Period,
    Places,
    contact_figures,
    labelled,
    log_span,
    match_key,
    ordered_counts,
    period_key,
    period_range,
    rounded,
    total,
)
from cxdesigner.analysis.segments import mean_json
from cxdesigner.model import ContactProfile, ContactRecord, Project

LOW_VALUE = 1
"""A profile valued at most this for the customer and for the business is a removal candidate."""

UNASSIGNED = "(unassigned)"
"""How reports name the contacts that belong to no profile."""


class Verdict(StrEnum):
    """What to do about a contact profile, given its value."""

    REMOVE = "remove"  # no value for either side: fix the cause so the contact disappears
    ACT = "act"  # worth something to one side at least: carry corrective actions
    UNVALUED = "unvalued"  # not enough values given to tell


def value_verdict(profile: ContactProfile) -> Verdict:
    """Whether ``profile`` is a candidate for removal, carries actions, or is not valued yet."""
    values = (profile.customer_value, profile.business_value)
    if any(value is not None and value > LOW_VALUE for value in values):
        return Verdict.ACT
    if all(value is not None for value in values):
        return Verdict.REMOVE
    return Verdict.UNVALUED


class ProfileIndex:
    """Finds the profile a contact belongs to (see the module's rules)."""

    def __init__(self, profiles: Iterable[ContactProfile]) -> None:
        self.ids: set[str] = set()
        self.by_reason: dict[str, str] = {}
        for profile in profiles:
            self.ids.add(profile.id)
            for reason in profile.reasons:
                self.by_reason.setdefault(match_key(reason), profile.id)  # the first one wins

    def profile_id(self, contact: ContactRecord) -> str | None:
        """The id of the contact's profile; None when it is unassigned."""
        if contact.profile_id is not None and contact.profile_id in self.ids:
            return contact.profile_id
        return self.by_reason.get(match_key(contact.reason)) if contact.reason else None


def contacts_by_profile(project: Project) -> dict[str | None, list[ContactRecord]]:
    """The project's contacts per profile id (None: unassigned), every profile listed."""
    index = ProfileIndex(project.contact_profiles)
    grouped: dict[str | None, list[ContactRecord]] = {p.id: [] for p in project.contact_profiles}
    grouped[None] = []
    for contact in project.contacts:
        grouped[index.profile_id(contact)].append(contact)
    return grouped


def reason_counts(contacts: Iterable[ContactRecord]) -> dict[str, int]:
    """Contacts per reason, most frequent first; a reason shows its most common spelling."""
    spellings: dict[str, Counter[str]] = {}
    for contact in contacts:
        if contact.reason:
            spellings.setdefault(match_key(contact.reason), Counter())[contact.reason] += \
                contact.count
    counted = [(spelled.most_common(1)[0][0], spelled.total()) for spelled in spellings.values()]
    return dict(sorted(counted, key=lambda item: (-item[1], item[0])))


@dataclass(frozen=True)
class ProfileVolume:
    """The contacts of one profile (or the unassigned ones), over time.

    Attributes:
        profile: the profile; None for the unassigned contacts.
        contacts: how many contacts.
        share: their % of all contacts (None when the log is empty).
        by_period: contacts per period, every period of the log, in order.
        by_channel: contacts per channel id (None: not given), in the project's order.
        reasons: contacts per reason, most frequent first.
        figures: their mean duration and resolution rate.
        verdict: what to do about it given its value (None for the unassigned).
    """

    profile: ContactProfile | None
    contacts: int
    share: float | None
    by_period: dict[str, int]
    by_channel: dict[str | None, int]
    reasons: dict[str, int]
    figures: ContactFigures
    verdict: Verdict | None


@dataclass(frozen=True)
class ProfileFollowUp:
    """Every contact profile followed over the periods of the log.

    Attributes:
        period: ``month`` or ``week``.
        periods: the periods, first to last, without gaps.
        profiles: one volume per profile, in the project's order.
        unassigned: the contacts that belong to no profile.
        contacts: all contacts of the log.
    """

    period: Period
    periods: list[str]
    profiles: list[ProfileVolume]
    unassigned: ProfileVolume
    contacts: int


def follow_profiles(project: Project, period: Period = "month") -> ProfileFollowUp:
    """Count each profile's contacts per ``period`` ("month" or "week")."""
    span = log_span(project.contacts)
    periods = period_range(*span, period) if span else []
    grand_total = total(project.contacts)
    places = Places(project)
    profiles = {profile.id: profile for profile in project.contact_profiles}

    def volume(profile_id: str | None, contacts: list[ContactRecord]) -> ProfileVolume:
        series = dict.fromkeys(periods, 0)
        channels: Counter[str | None] = Counter()
        for contact in contacts:
            series[period_key(contact.date, period)] += contact.count
            channels[contact.channel_id] += contact.count
        count = total(contacts)
        profile = profiles.get(profile_id) if profile_id is not None else None
        return ProfileVolume(
            profile=profile, contacts=count,
            share=count * 100 / grand_total if grand_total else None, by_period=series,
            by_channel=ordered_counts(dict(channels), places.channel_order),
            reasons=reason_counts(contacts), figures=contact_figures(contacts),
            verdict=value_verdict(profile) if profile is not None else None)

    grouped = contacts_by_profile(project)
    return ProfileFollowUp(
        period=period, periods=periods,
        profiles=[volume(profile_id, contacts) for profile_id, contacts in grouped.items()
                  if profile_id is not None],
        unassigned=volume(None, grouped[None]), contacts=grand_total)


def profiles_json(project: Project, period: Period = "month") -> dict[str, Any]:
    """Contact profiles as JSON-ready data: volume over time, effort, value and verdict.

    Shape: ``{"period", "periods", "contacts", "rows": [{"profile", "id", "reasons",
    "touchpoints", "customer_value", "business_value", "verdict", "actions", "contacts",
    "share", "by_period", "by_channel", "contact_reasons", "mean_duration",
    "resolution_rate"}], "unassigned": {"contacts", "share", "by_period", "by_channel",
    "contact_reasons", "mean_duration", "resolution_rate"}}``. ``verdict`` is
    ``remove``, ``act`` or ``unvalued``; ``mean_duration`` (minutes) and
    ``resolution_rate`` (%) are ``{"value", "n"}``.
    """
    follow = follow_profiles(project, period)
    places = Places(project)

    def figures(volume: ProfileVolume) -> dict[str, Any]:
        return {"contacts": volume.contacts, "share": rounded(volume.share),
                "by_period": volume.by_period,
                "by_channel": labelled(volume.by_channel, places.channel_label),
                "contact_reasons": volume.reasons,
                "mean_duration": mean_json(volume.figures.mean_duration),
                "resolution_rate": mean_json(volume.figures.resolution_rate)}

    rows = []
    for volume in follow.profiles:
        profile = volume.profile
        assert profile is not None and volume.verdict is not None
        rows.append({
            "profile": profile.name, "id": profile.id, "reasons": list(profile.reasons),
            "touchpoints": [places.touchpoint_titles.get(t, t) for t in profile.touchpoint_ids],
            "customer_value": profile.customer_value, "business_value": profile.business_value,
            "verdict": volume.verdict.value,
            "actions": [action.description for action in project.actions
                        if profile.id in action.profile_ids],
            **figures(volume)})
    return {"period": follow.period, "periods": follow.periods, "contacts": follow.contacts,
            "rows": rows, "unassigned": figures(follow.unassigned)}
