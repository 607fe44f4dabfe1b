"""Corrective actions and their impact: each contact profile an action aims at, before and after.

Step 5 of mapping as a process. For every action and every profile in its
``profile_ids``:

- The action's date is its ``completed_on``; when unset, its ``due_date`` (the result
  says which one was used); with neither there is nothing to measure.
- *Before* is the N whole months (3 by default) that end with the month before that
  date's month. *After* is the N whole months that start with the date's month when the
  date is the 1st, else with the next month: the month of the change, part old and part
  new, is left out.
- Volume: contacts per month on average, over the months of the window that the contact
  log spans (from the month of its first contact to the month of its last), since a
  month without data is not a month without contacts.
- Effort: mean contact duration (minutes), resolution rate (%), and the CES of the answers
  about the profile's touchpoints dated within the window; each with its n.
- Change: (after - before) / before x 100; none when either side is missing or before is 0.
  Fewer contacts, shorter contacts, more resolutions and a better CES are improvements.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from cxdesigner.analysis.contacts import (
    add_months,
    contact_figures,
    log_span,
    month_key,
    period_range,
    rounded,
    total,
)
from cxdesigner.analysis.profiles import contacts_by_profile
from cxdesigner.analysis.survey import NO_ANSWERS, ces, describe_scale
from cxdesigner.model import Action, ContactProfile, ContactRecord, Project, ScoreScale

IMPACT_MONTHS = 3
"""How many whole months before and after an action its impact is measured over."""

DateUsed = Literal["completed_on", "due_date"]


@dataclass(frozen=True)
class Window:
    """Whole months before or after an action.

    Attributes:
        first: the first day of its first month.
        end: the first day after its last month.
        months: the months it spans, ``YYYY-MM``.
        in_log: those of its months the contact log spans.
    """

    first: dt.date
    end: dt.date
    months: list[str]
    in_log: list[str]

    def holds(self, date: dt.date) -> bool:
        """Whether ``date`` falls within the window."""
        return self.first <= date < self.end


def _window(first: dt.date, count: int, log_months: set[str]) -> Window:
    end = add_months(first, count)
    months = period_range(first, end - dt.timedelta(days=1), "month")
    return Window(first, end, months, [month for month in months if month in log_months])


def windows(date: dt.date, count: int = IMPACT_MONTHS,
            log_months: Sequence[str] = ()) -> tuple[Window, Window]:
    """The ``count`` whole months before and after ``date`` (see the module's rules)."""
    known = set(log_months)
    before = _window(add_months(date, -count), count, known)
    after = _window(date if date.day == 1 else add_months(date, 1), count, known)
    return before, after


@dataclass(frozen=True)
class Change:
    """A figure before and after an action.

    Attributes:
        before: the figure before; None when it cannot be measured.
        after: the figure after; None when it cannot be measured.
        n_before: how many contacts or answers ``before`` rests on.
        n_after: how many contacts or answers ``after`` rests on.
        lower_is_better: whether a fall is an improvement.
        reason: why a side is missing; empty when both are there.
    """

    before: float | None
    after: float | None
    n_before: int
    n_after: int
    lower_is_better: bool
    reason: str = ""

    @property
    def change_percent(self) -> float | None:
        """(after - before) / before x 100; None without both sides or when before is 0."""
        if self.before is None or self.after is None or self.before == 0:
            return None
        return (self.after - self.before) * 100 / self.before

    @property
    def improved(self) -> bool | None:
        """Whether the figure moved the right way; None without both sides."""
        if self.before is None or self.after is None:
            return None
        return self.after < self.before if self.lower_is_better else self.after > self.before


@dataclass(frozen=True)
class ProfileImpact:
    """What became of one contact profile after one action.

    Attributes:
        action: the action.
        profile: the profile it aims at.
        date: the date the impact is measured from; None when the action has none.
        date_used: ``completed_on`` or ``due_date``: where ``date`` comes from.
        before: the months before; None without a date.
        after: the months after; None without a date.
        volume: contacts per month on average (n: contacts).
        duration: mean contact duration in minutes (n: contacts with a duration).
        resolution: resolution rate in % (n: contacts that say whether they were resolved).
        ces: CES of the answers about the profile's touchpoints (n: answers).
        ces_scale: the scale of those answers, when both sides share one.
        reason: why nothing can be measured; empty otherwise.
    """

    action: Action
    profile: ContactProfile
    date: dt.date | None
    date_used: DateUsed | None
    before: Window | None
    after: Window | None
    volume: Change
    duration: Change
    resolution: Change
    ces: Change
    ces_scale: ScoreScale | None = None
    reason: str = field(default="")


_NOTHING = Change(None, None, 0, 0, lower_is_better=True)


def _volume(contacts: list[ContactRecord], before: Window, after: Window,
            log_months: list[str]) -> Change:
    sides = []
    for window in (before, after):
        chosen = [c for c in contacts if month_key(c.date) in window.in_log]
        n = total(chosen)
        sides.append((n / len(window.in_log) if window.in_log else None, n))
    reasons = []
    if not log_months:
        reasons.append("the contact log is empty")
    else:
        for name, window in (("before", before), ("after", after)):
            if not window.in_log:
                reasons.append(f"the contact log ({log_months[0]} to {log_months[-1]}) has no "
                               f"month {name} the action ({window.months[0]} to "
                               f"{window.months[-1]})")
    return Change(sides[0][0], sides[1][0], sides[0][1], sides[1][1], lower_is_better=True,
                  reason="; ".join(reasons))


def _effort(contacts: list[ContactRecord], before: Window,
            after: Window) -> tuple[Change, Change]:
    old = contact_figures(c for c in contacts if before.holds(c.date))
    new = contact_figures(c for c in contacts if after.holds(c.date))

    def change(attribute: str, lower_is_better: bool, what: str) -> Change:
        first, second = getattr(old, attribute), getattr(new, attribute)
        missing = [side for side, mean in (("before", first), ("after", second)) if not mean.n]
        reason = f"no contact {what} {' or '.join(missing)} the action" if missing else ""
        return Change(first.value, second.value, first.n, second.n, lower_is_better, reason)

    return (change("mean_duration", True, "with a duration"),
            change("resolution_rate", False, "saying whether it was resolved"))


def _ces(project: Project, profile: ContactProfile, before: Window,
         after: Window) -> tuple[Change, ScoreScale | None]:
    if not profile.touchpoint_ids:
        return Change(None, None, 0, 0, False, "the profile is linked to no touchpoint"), None
    about = [a for a in project.answers
             if a.scope_id in profile.touchpoint_ids and a.date is not None]
    old = ces(a for a in about if a.date is not None and before.holds(a.date))
    new = ces(a for a in about if a.date is not None and after.holds(a.date))
    if old.reason == new.reason == NO_ANSWERS:
        reasons = ["no dated CES answers about its touchpoints, before or after"]
    else:
        reasons = [f"{side}: {result.reason}" for side, result in (("before", old),
                                                                   ("after", new))
                   if result.reason]
    scale = old.scale or new.scale
    if old.scale and new.scale and old.scale != new.scale:
        return Change(None, None, old.n, new.n, False, "the answers before and after are on "
                      f"different scales ({describe_scale(old.scale)}; "
                      f"{describe_scale(new.scale)})"), None
    lower = scale is not None and not scale.higher_is_better
    return Change(old.value, new.value, old.n, new.n, lower, "; ".join(reasons)), scale


def action_impacts(project: Project, months: int = IMPACT_MONTHS) -> list[ProfileImpact]:
    """The impact of every action on every profile it aims at, in the project's order.

    Args:
        project: the project, with its actions, contact log, profiles and answers.
        months: how many whole months before and after the action are compared.
    """
    grouped = contacts_by_profile(project)
    profiles = {profile.id: profile for profile in project.contact_profiles}
    span = log_span(project.contacts)
    log_months = period_range(*span, "month") if span else []
    found = []
    for action in project.actions:
        date_used: DateUsed | None = (
            "completed_on" if action.completed_on else "due_date" if action.due_date else None)
        date = action.completed_on or action.due_date
        for profile_id in action.profile_ids:
            profile = profiles[profile_id]
            if date is None:
                found.append(ProfileImpact(
                    action, profile, None, None, None, None, _NOTHING, _NOTHING, _NOTHING,
                    _NOTHING, reason="the action has neither a completion date nor a due date"))
                continue
            before, after = windows(date, months, log_months)
            contacts = grouped[profile_id]
            duration, resolution = _effort(contacts, before, after)
            ces_change, scale = _ces(project, profile, before, after)
            found.append(ProfileImpact(
                action, profile, date, date_used, before, after,
                _volume(contacts, before, after, log_months), duration, resolution, ces_change,
                scale))
    return found


def _change_json(change: Change) -> dict[str, Any]:
    data: dict[str, Any] = {"before": rounded(change.before), "after": rounded(change.after),
                            "n_before": change.n_before, "n_after": change.n_after,
                            "change_percent": rounded(change.change_percent, 1),
                            "improved": change.improved}
    if change.reason:
        data["reason"] = change.reason
    return data


def _window_json(window: Window | None) -> dict[str, Any] | None:
    if window is None:
        return None
    return {"from": window.months[0], "to": window.months[-1],
            "months_in_log": len(window.in_log)}


def impact_json(project: Project, months: int = IMPACT_MONTHS) -> list[dict[str, Any]]:
    """The impact of actions on profiles as JSON-ready data.

    Shape: a list of ``{"action", "action_id", "profile", "profile_id", "date",
    "date_used", "before", "after", "contacts_per_month", "mean_duration",
    "resolution_rate", "ces"}``, with ``before``/``after`` as ``{"from", "to",
    "months_in_log"}`` and each figure as ``{"before", "after", "n_before", "n_after",
    "change_percent", "improved"}`` (plus ``"reason"`` when a side is missing; ``ces``
    adds its ``"scale"``).
    """
    rows = []
    for impact in action_impacts(project, months):
        row: dict[str, Any] = {
            "action": impact.action.description, "action_id": impact.action.id,
            "profile": impact.profile.name, "profile_id": impact.profile.id,
            "date": impact.date.isoformat() if impact.date else None,
            "date_used": impact.date_used,
            "before": _window_json(impact.before), "after": _window_json(impact.after),
            "contacts_per_month": _change_json(impact.volume),
            "mean_duration": _change_json(impact.duration),
            "resolution_rate": _change_json(impact.resolution),
            "ces": {**_change_json(impact.ces), "scale": describe_scale(impact.ces_scale)
                    if impact.ces_scale else None},
        }
        if impact.reason:
            row["reason"] = impact.reason
        rows.append(row)
    return rows
