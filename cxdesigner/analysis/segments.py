"""Segments: who gets in touch, when and on which channel, and how much effort it costs them.

Steps 1 and 2 of mapping as a process. Contacts are counted per segment, channel, stage,
month and weekday. Effort is scored per segment from the survey answers tagged with it:
the CES (the actionable score) beside the NPS (the yardstick), each with its n.

Rules:

- Segments are compared on their CES only when all their CES answers share one scale;
  otherwise the comparison is refused and says which scales were found.
- The segment that struggles most has the worst CES: the lowest on a scale where higher
  is better, the highest where lower is better. Segments are ranked from it (rank 1,
  ties share a rank); it is flagged ``struggling`` when at least two segments have a CES.
- A CES or NPS resting on fewer than :data:`MIN_ANSWERS` answers (30) is marked "few
  answers": it is still shown and ranked, so read it as a hint, not a measure.
- Contacts and answers without a segment form a "no segment" row, which is never ranked.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from cxdesigner.analysis.contacts import (
    WEEKDAYS,
    ContactFigures,
    Mean,
    Places,
    contact_figures,
    labelled,
    log_span,
    month_key,
    ordered_counts,
    period_range,
    rounded,
    total,
)
from cxdesigner.analysis.survey import CesResult, NpsResult, ces, describe_scale, nps
from cxdesigner.model import ContactRecord, Project, ScoreScale, SurveyAnswer, SurveyIndicator

MIN_ANSWERS = 30
"""Below this many answers, a segment's score is marked "few answers"."""

NO_SEGMENT = "(no segment)"


@dataclass(frozen=True)
class SegmentContacts:
    """Who got in touch: the contacts of one segment.

    Attributes:
        segment_id: the segment; None for contacts without one.
        name: the segment's name, or ``(no segment)``.
        contacts: how many contacts.
        share: their % of all contacts (None when the log is empty).
        by_channel: contacts per channel id (None: not given), in the project's order.
        by_stage: contacts per stage id (None: not given), in map order.
        by_month: contacts per month ``YYYY-MM``, every month of the log.
        by_weekday: contacts per day of the week, ``monday`` first (empty for an empty log).
        figures: their mean duration and resolution rate.
    """

    segment_id: str | None
    name: str
    contacts: int
    share: float | None
    by_channel: dict[str | None, int]
    by_stage: dict[str | None, int]
    by_month: dict[str, int]
    by_weekday: dict[str, int]
    figures: ContactFigures


def _scale_key(scale: ScoreScale) -> tuple[int, int, bool]:
    return scale.low, scale.high, scale.higher_is_better


def _segment_rows(project: Project) -> list[tuple[str | None, str]]:
    rows: list[tuple[str | None, str]] = [(s.id, s.name) for s in project.segments]
    unsegmented = any(c.segment_id is None for c in project.contacts) or any(
        a.segment_id is None and a.indicator is not SurveyIndicator.CSAT for a in project.answers)
    return [*rows, (None, NO_SEGMENT)] if unsegmented else rows


def segment_contacts(project: Project) -> list[SegmentContacts]:
    """The contacts of every segment of ``project``, then those without a segment, if any."""
    places = Places(project)
    span = log_span(project.contacts)
    months = period_range(*span, "month") if span else []
    grand_total = total(project.contacts)
    by_segment: dict[str | None, list[ContactRecord]] = {}
    for contact in project.contacts:
        by_segment.setdefault(contact.segment_id, []).append(contact)
    found = []
    for segment_id, name in _segment_rows(project):
        chosen = by_segment.get(segment_id, [])
        channels: Counter[str | None] = Counter()
        stages: Counter[str | None] = Counter()
        month_counts = dict.fromkeys(months, 0)
        weekdays = dict.fromkeys(WEEKDAYS, 0) if span else {}
        for contact in chosen:
            channels[contact.channel_id] += contact.count
            stages[places.stage_id(contact)] += contact.count
            month_counts[month_key(contact.date)] += contact.count
            weekdays[WEEKDAYS[contact.date.weekday()]] += contact.count
        count = total(chosen)
        found.append(SegmentContacts(
            segment_id=segment_id, name=name, contacts=count,
            share=count * 100 / grand_total if grand_total else None,
            by_channel=ordered_counts(dict(channels), places.channel_order),
            by_stage=ordered_counts(dict(stages), places.stage_order),
            by_month=month_counts, by_weekday=weekdays, figures=contact_figures(chosen)))
    return found


@dataclass(frozen=True)
class SegmentEffort:
    """The effort scores of one segment.

    Attributes:
        segment_id: the segment; None for answers without one.
        name: the segment's name, or ``(no segment)``.
        ces: the CES of its answers, with n and scale.
        nps: the NPS of its answers, with n.
        rank: 1 for the segment that struggles most; None when not compared.
        struggling: whether it is the one (or tied for the one) that struggles most.
        min_answers: the n below which a score has "few answers".
    """

    segment_id: str | None
    name: str
    ces: CesResult
    nps: NpsResult
    rank: int | None
    struggling: bool
    min_answers: int = MIN_ANSWERS

    @property
    def ces_few_answers(self) -> bool:
        """The CES rests on fewer answers than the minimum (0 included)."""
        return self.ces.n < self.min_answers

    @property
    def nps_few_answers(self) -> bool:
        """The NPS rests on fewer answers than the minimum (0 included)."""
        return self.nps.n < self.min_answers


@dataclass(frozen=True)
class EffortComparison:
    """Segments side by side on their effort.

    Attributes:
        rows: every segment of the project, then answers without a segment, if any.
        scale: the CES scale the segments share; None when none or several.
        reason: why the segments are not ranked; empty when they are.
        min_answers: the n below which a score has "few answers".
    """

    rows: list[SegmentEffort]
    scale: ScoreScale | None
    reason: str
    min_answers: int


def _rank(rows: Sequence[tuple[str | None, CesResult]]) -> tuple[dict[str | None, int],
                                                                ScoreScale | None, str]:
    """Ranks by segment id (worst CES first), the shared scale, and why there are none."""
    scored = [(segment_id, result) for segment_id, result in rows
              if segment_id is not None and result.value is not None and result.scale]
    if not scored:
        return {}, None, "no segment has CES answers"
    scales = Counter(_scale_key(result.scale) for _, result in scored if result.scale)
    if len(scales) > 1:
        found = {_scale_key(r.scale): r.scale for _, r in scored if r.scale}
        listed = "; ".join(f"{describe_scale(found[key])} ({count} segment"
                           f"{'s' if count > 1 else ''})" for key, count in scales.items())
        return {}, None, f"the segments' CES answers are on different scales: {listed}"
    scale = scored[0][1].scale
    assert scale is not None
    sign = 1 if scale.higher_is_better else -1  # sorts the worst effort first
    worst_first = sorted(sign * (result.value or 0.0) for _, result in scored)
    ranks: dict[str | None, int] = {}
    for segment_id, result in scored:
        ranks[segment_id] = worst_first.index(sign * (result.value or 0.0)) + 1
    reason = "" if len(scored) > 1 else "only one segment has CES answers"
    return ranks, scale, reason


def segment_effort(project: Project, answers: Iterable[SurveyAnswer] | None = None,
                   min_answers: int = MIN_ANSWERS) -> EffortComparison:
    """The CES and NPS of every segment, ranked so that the one that struggles most shows.

    Args:
        project: the project, for its segments.
        answers: the answers to use (default: all of the project's); pass a subset to
            compare segments on one journey or period.
        min_answers: below this n a score is marked "few answers".
    """
    chosen = list(project.answers if answers is None else answers)
    by_segment: dict[str | None, list[SurveyAnswer]] = {}
    for answer in chosen:
        by_segment.setdefault(answer.segment_id, []).append(answer)
    rows = [(segment_id, name, ces(by_segment.get(segment_id, [])),
             nps(by_segment.get(segment_id, []))) for segment_id, name in _segment_rows(project)]
    ranks, scale, reason = _rank([(segment_id, ces_result)
                                  for segment_id, _, ces_result, _ in rows])
    compared = len(ranks) > 1
    return EffortComparison(
        rows=[SegmentEffort(segment_id=segment_id, name=name, ces=ces_result, nps=nps_result,
                            rank=ranks.get(segment_id),
                            struggling=compared and ranks.get(segment_id) == 1,
                            min_answers=min_answers)
              for segment_id, name, ces_result, nps_result in rows],
        scale=scale, reason=reason, min_answers=min_answers)


def mean_json(mean: Mean) -> dict[str, Any]:
    """A mean or rate as ``{"value", "n"}``."""
    return {"value": rounded(mean.value), "n": mean.n}


def _score_json(result: CesResult | NpsResult, few: bool) -> dict[str, Any]:
    data: dict[str, Any] = {"value": rounded(result.value), "n": result.n,
                            "scale": describe_scale(result.scale) if result.scale else None,
                            "few_answers": few}
    if result.reason:
        data["reason"] = result.reason
    return data


def segments_json(project: Project) -> dict[str, Any]:
    """Segments as JSON-ready data: contacts and effort side by side, names not ids.

    Shape: ``{"contacts", "from", "to", "min_answers", "ces_scale", "ces_comparison",
    "rows": [{"segment", "id", "size", "contacts", "share", "by_channel", "by_stage",
    "by_month", "by_weekday", "mean_duration", "resolution_rate", "ces", "nps",
    "ces_rank", "struggling"}]}``; ``ces_comparison`` says why segments are not ranked
    (None when they are); ``ces`` and ``nps`` are ``{"value", "n", "scale",
    "few_answers"}`` (and ``"reason"`` when there is no value).
    """
    places = Places(project)
    span = log_span(project.contacts)
    contacts = {row.segment_id: row for row in segment_contacts(project)}
    effort = segment_effort(project)
    sizes = {segment.id: segment.size for segment in project.segments}
    rows = []
    for row in effort.rows:
        volume = contacts.get(row.segment_id)
        rows.append({
            "segment": row.name, "id": row.segment_id, "size": sizes.get(row.segment_id or ""),
            "contacts": volume.contacts if volume else 0,
            "share": rounded(volume.share) if volume else None,
            "by_channel": labelled(volume.by_channel, places.channel_label) if volume else {},
            "by_stage": labelled(volume.by_stage, places.stage_label) if volume else {},
            "by_month": volume.by_month if volume else {},
            "by_weekday": volume.by_weekday if volume else {},
            "mean_duration": mean_json(volume.figures.mean_duration) if volume else None,
            "resolution_rate": mean_json(volume.figures.resolution_rate) if volume else None,
            "ces": _score_json(row.ces, row.ces_few_answers),
            "nps": _score_json(row.nps, row.nps_few_answers),
            "ces_rank": row.rank, "struggling": row.struggling,
        })
    return {"contacts": total(project.contacts),
            "from": span[0].isoformat() if span else None,
            "to": span[1].isoformat() if span else None,
            "min_answers": effort.min_answers,
            "ces_scale": describe_scale(effort.scale) if effort.scale else None,
            "ces_comparison": effort.reason or None,
            "rows": rows}
