"""The comparison pages: what a target journey changes from the current one, with its chart.

The chart's geometry (:func:`plan_chart`) is pure, so the editor draws the same chart.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from cxdesigner.analysis.backstage_comparison import BackstageChange, compare_backstage
from cxdesigner.analysis.comparison import (
    CountChange,
    JourneyComparison,
    StageEmotionGain,
    compare_journeys,
)
from cxdesigner.drawing.text_runs import printable
from cxdesigner.export.flow import SectionFlow
from cxdesigner.export.ink import Ink
from cxdesigner.export.labels import Labels
from cxdesigner.layout import palette, smooth_segments
from cxdesigner.layout.geometry import Point, Rect
from cxdesigner.layout.text import LINE_SPACING, wrap
from cxdesigner.model import EMOTION_MAX, EMOTION_MIN, Journey, JourneyKind, Project
from cxdesigner.vocabulary import label

CURRENT_COLOUR = "#52606d"
"""The current journey's curve: grey, dashed."""
CURRENT_DASH = (5.0, 3.0)
TARGET_COLOUR = palette.JOURNEY_TARGET
"""The target journey's curve: the target badge's teal, solid."""
GAIN_UP = palette.EMOTION_POSITIVE
GAIN_DOWN = palette.EMOTION_NEGATIVE
CHART_HEIGHT = 200.0
DETAIL_SIZE = 8.0

# key -> (French, English); French typography as in export.labels.
_WORDS: dict[str, tuple[str, str]] = {
    "title": ("Parcours actuel et parcours cible", "Current and target journeys"),
    "heading": ("«\u00a0{target}\u00a0» comparé à «\u00a0{current}\u00a0»",
                "“{target}” compared with “{current}”"),
    "touchpoints": ("Points de contact\u00a0: {before} → {after} ({removed} retirés, "
                    "{added} ajoutés)",
                    "Touchpoints: {before} → {after} ({removed} removed, {added} added)"),
    "irritants": ("Irritants\u00a0: {before} → {after} ({removed} supprimés)",
                  "Pain points: {before} → {after} ({removed} removed)"),
    "critical": ("Moments critiques retournés\u00a0: {n}", "Critical moments turned around: {n}"),
    "wow": ("Moments waouh ajoutés\u00a0: {n}", "Wow moments added: {n}"),
    "channels": ("Canaux ajoutés\u00a0: {added} · abandonnés\u00a0: {dropped}",
                 "Channels added: {added} · dropped: {dropped}"),
    "flows": ("Changements de canal\u00a0: {switches} · passages de relais\u00a0: {handoffs} · "
              "étapes répétées\u00a0: {repeated}",
              "Channel switches: {switches} · hand-offs: {handoffs} · repeated steps: "
              "{repeated}"),
    "path": ("Boucles\u00a0: {loops} · impasses\u00a0: {dead_ends} · étapes "
             "inaccessibles\u00a0: {unreachable}",
             "Loops: {loops} · dead ends: {dead_ends} · unreachable steps: {unreachable}"),
    "emotion": ("Émotion moyenne\u00a0: {before} → {after}", "Mean emotion: {before} → {after}"),
    "backstage": ("En coulisses\u00a0: {items} éléments · {teams} équipes · {failures} "
                  "points de défaillance",
                  "Behind the scenes: {items} items · {teams} teams · {failures} failure "
                  "points"),
    "evidence": ("Sans appui en coulisses\u00a0: {unsupported} · hypothèses\u00a0: "
                 "{hypotheses} · à vérifier\u00a0: {to_check}",
                 "No back-stage support: {unsupported} · hypotheses: {hypotheses} · to "
                 "check: {to_check}"),
    "emotion_note": ("Émotions des points de contact (sans persona), moyenne par étape\u00a0; "
                     "n = points de contact notés.",
                     "Touchpoint emotions (no persona), mean per stage; n = rated touchpoints."),
    "removed": ("Points de contact retirés", "Touchpoints removed"),
    "added": ("Points de contact ajoutés", "Touchpoints added"),
    "irritants_removed": ("Irritants supprimés", "Pain points removed"),
    "critical_list": ("Moments critiques retournés", "Critical moments turned around"),
    "wow_list": ("Moments waouh ajoutés", "Wow moments added"),
    "repeated_before": ("Étapes répétées avant", "Repeated steps before"),
    "repeated_after": ("Étapes répétées après", "Repeated steps after"),
    "step_removed": ("étape retirée", "step removed"),
    "now": ("désormais", "now"),
    "none": ("aucun", "none"),
    "chart": ("Courbe émotionnelle par étape", "Emotion curve per stage"),
    "gain": ("Gain", "Gain"),
}


def word(labels: Labels, key: str, **values: object) -> str:
    """A word of this section in the labels' language."""
    text = _WORDS[key][0 if labels.language == "fr" else 1]
    return text.format(**values) if values else text


@dataclass(frozen=True)
class ChartPlan:
    """Where everything of the emotion chart goes, in the units of the box it was made for."""

    plot: Rect
    strip: Rect
    ticks: tuple[tuple[int, float], ...]
    columns: tuple[float, ...]
    column_width: float
    names: tuple[str, ...]
    current_runs: tuple[tuple[Point, ...], ...]
    target_runs: tuple[tuple[Point, ...], ...]
    bars: tuple[tuple[Rect, float] | None, ...]
    zero: float
    """The y of a zero gain in the strip."""


def _runs(xs: Sequence[float], values: Sequence[float | None],
          plot: Rect) -> tuple[tuple[Point, ...], ...]:
    span = EMOTION_MAX - EMOTION_MIN
    runs: list[list[Point]] = [[]]
    for x, value in zip(xs, values, strict=True):
        if value is None:
            if runs[-1]:
                runs.append([])
            continue
        runs[-1].append(Point(x, plot.bottom - (value - EMOTION_MIN) / span * plot.height))
    return tuple(tuple(run) for run in runs if run)


def plan_chart(rows: Sequence[StageEmotionGain], box: Rect, label_width: float = 26.0,
               name_height: float = 24.0) -> ChartPlan:
    """Two curves of the stage means (-3 … +3) above a strip of gain bars, one column a stage."""
    inner = Rect(box.x + label_width, box.y + 6, max(1.0, box.width - label_width - 4),
                 max(1.0, box.height - name_height - 6))
    plot = Rect(inner.x, inner.y, inner.width, inner.height * 0.66)
    strip = Rect(inner.x, plot.bottom + inner.height * 0.06, inner.width, inner.height * 0.28)
    span = EMOTION_MAX - EMOTION_MIN
    ticks = tuple((v, plot.bottom - (v - EMOTION_MIN) / span * plot.height)
                  for v in range(EMOTION_MIN, EMOTION_MAX + 1))
    count = max(1, len(rows))
    width = plot.width / count
    xs = tuple(plot.x + width * (index + 0.5) for index in range(len(rows)))
    largest = max([abs(r.gain) for r in rows if r.gain is not None] + [1.0])
    zero = strip.y + strip.height / 2
    bars: list[tuple[Rect, float] | None] = []
    for x, row in zip(xs, rows, strict=True):
        if row.gain is None:
            bars.append(None)
            continue
        height = abs(row.gain) / largest * (strip.height / 2 - 9)
        bar_width = min(28.0, width * 0.45)
        top = zero - height if row.gain > 0 else zero
        bars.append((Rect(x - bar_width / 2, top, bar_width, max(height, 0.8)), row.gain))
    return ChartPlan(plot, strip, ticks, xs, width, tuple(r.stage_name for r in rows),
                     _runs(xs, [r.current_mean for r in rows], plot),
                     _runs(xs, [r.target_mean for r in rows], plot), tuple(bars), zero)


def improvement_pairs(project: Project, journeys: Sequence[Journey]) -> list[tuple[Journey,
                                                                                  Journey]]:
    """(current, target) for each chosen target journey whose current journey exists."""
    by_id = {journey.id: journey for journey in project.journeys}
    return [(by_id[j.improves_journey_id], j) for j in journeys
            if j.kind is JourneyKind.TARGET and j.improves_journey_id in by_id]


def section_title(labels: Labels) -> str:
    return word(labels, "title")


def _mean(labels: Labels, value: float | None) -> str:
    """A mean or a gain to a tenth, signed: ``+1,5`` / ``-0.8`` / ``0``; a dash when None."""
    if value is None:
        return "—"
    rounded = round(value, 1)
    if rounded == 0:
        return "0"
    return ("+" if rounded > 0 else "-") + labels.number(abs(rounded), 1)


def _change(before: int, after: int) -> str:
    return f"{before} → {after}"


def _count(change: CountChange) -> str:
    return _change(change.before, change.after)


def _summary(labels: Labels, comparison: JourneyComparison, current: Journey,
             target: Journey, b: BackstageChange) -> list[str]:
    c = comparison
    before = sum(1 for _ in current.touchpoints())
    after = sum(1 for _ in target.touchpoints())
    none = word(labels, "none")
    gain = ""
    if c.emotion_before is not None and c.emotion_after is not None:
        gain = f" ({_mean(labels, c.emotion_after - c.emotion_before)})"
    return [
        word(labels, "touchpoints", before=before, after=after,
             removed=len(c.touchpoints_removed), added=len(c.touchpoints_added)),
        word(labels, "irritants", before=c.irritants.before, after=c.irritants.after,
             removed=c.irritants_removed_count),
        word(labels, "critical", n=len(c.critical_turned_around)),
        word(labels, "wow", n=len(c.wow_added)),
        word(labels, "channels", added=", ".join(c.channels_added) or none,
             dropped=", ".join(c.channels_dropped) or none),
        word(labels, "flows",
             switches=_change(c.channel_switches.before, c.channel_switches.after),
             handoffs=_change(c.handoffs.before, c.handoffs.after),
             repeated=_change(len(c.repeated_before), len(c.repeated_after))),
        word(labels, "path", loops=_change(c.loops.before, c.loops.after),
             dead_ends=_change(c.dead_ends.before, c.dead_ends.after),
             unreachable=_change(c.unreachable.before, c.unreachable.after)),
        word(labels, "emotion", before=_mean(labels, c.emotion_before),
             after=_mean(labels, c.emotion_after)) + gain,
        word(labels, "backstage", items=_count(b.behind_the_scenes), teams=_count(b.teams),
             failures=_count(b.failure_points)),
        word(labels, "evidence", unsupported=_count(b.unsupported),
             hypotheses=_count(b.hypotheses), to_check=_count(b.to_check)),
    ]


Group = tuple[str, list[str], bool]
"""A list of the details: its title, its items, and whether they run on one paragraph."""


def _details(labels: Labels, c: JourneyComparison) -> list[Group]:
    irritants = [f"{i.text} — {i.touchpoint_title}"
                 + (f" ({word(labels, 'step_removed')})" if i.touchpoint_removed else "")
                 for i in c.irritants_removed]
    now = word(labels, "now")
    turned = [f"{m.touchpoint_title} → {now} {label(m.new_moment, labels.language).lower()}"
              for m in c.critical_turned_around]
    return [
        (word(labels, "removed"), list(c.touchpoints_removed), True),
        (word(labels, "added"), list(c.touchpoints_added), True),
        (word(labels, "wow_list"), list(c.wow_added), True),
        (word(labels, "repeated_before"), [f"{r.title} \u00d7 {r.count}"
                                           for r in c.repeated_before], True),
        (word(labels, "repeated_after"), [f"{r.title} \u00d7 {r.count}"
                                          for r in c.repeated_after], True),
        (word(labels, "critical_list"), turned, False),
        (word(labels, "irritants_removed"), irritants, False),
    ]


def _dashed_curve(ink: Ink, points: Sequence[Point], stroke: str, width: float,
                  dash: Sequence[float]) -> None:
    """A smooth curve through ``points`` (a dot alone when there is one)."""
    if len(points) == 1:
        ink.circle(points[0], width * 1.6, fill=stroke)
        return
    c, h = ink.canvas, ink.height
    c.setStrokeColor(ink.colour(stroke))
    c.setLineWidth(width)
    c.setDash(list(dash), 0)
    c.setLineCap(0 if dash else 1)
    path = c.beginPath()
    path.moveTo(points[0].x, h - points[0].y)
    for s in smooth_segments(list(points)):
        path.curveTo(s.control1.x, h - s.control1.y, s.control2.x, h - s.control2.y,
                     s.end.x, h - s.end.y)
    c.drawPath(path, stroke=1, fill=0)
    c.setDash([], 0)


def draw_chart(ink: Ink, plan: ChartPlan, labels: Labels) -> None:
    """The emotion chart of :func:`plan_chart` on a PDF page."""
    fonts = ink.fonts
    plot, strip = plan.plot, plan.strip
    zero = dict(plan.ticks)[0]
    ink.rect(Rect(plot.x, plot.y, plot.width, zero - plot.y), fill=palette.EMOTION_POSITIVE_TINT)
    ink.rect(Rect(plot.x, zero, plot.width, plot.bottom - zero), fill=palette.EMOTION_NEGATIVE_TINT)
    for value, y in plan.ticks:
        if value:
            ink.line(Point(plot.x, y), Point(plot.right, y), palette.RULE, 0.4, (1.5, 2.5))
        ink.text(plot.x - 4, y + 2.5, f"+{value}" if value > 0 else str(value), fonts.regular,
                 7, palette.INK_MUTED, align="right")
    ink.line(Point(plot.x, zero), Point(plot.right, zero), palette.EMOTION_NEUTRAL_LINE, 0.8,
             (4.0, 2.0))
    for index in range(1, len(plan.columns)):
        x = plot.x + plan.column_width * index
        ink.line(Point(x, plot.y), Point(x, strip.bottom), palette.RULE, 0.4)
    for runs, stroke, dash in ((plan.current_runs, CURRENT_COLOUR, CURRENT_DASH),
                               (plan.target_runs, TARGET_COLOUR, ())):
        for run in runs:
            _dashed_curve(ink, run, stroke, 1.8, dash)
            for point in run:
                ink.circle(point, 2.6, fill=stroke, stroke=palette.PAPER, width=0.8)
    ink.line(Point(strip.x, plan.zero), Point(strip.right, plan.zero), palette.INK_FAINT, 0.6)
    ink.text(strip.x - 4, plan.zero + 2.5, word(labels, "gain"), fonts.bold, 7,
             palette.INK_MUTED, align="right")
    for x, bar in zip(plan.columns, plan.bars, strict=True):
        if bar is None:
            ink.text(x, plan.zero - 3, "—", fonts.regular, 7, palette.INK_FAINT, align="centre")
            continue
        rect, gain = bar
        ink.rect(rect, fill=GAIN_UP if gain > 0 else GAIN_DOWN if gain < 0 else palette.INK_FAINT)
        baseline = rect.y - 2.5 if gain > 0 else rect.bottom + 8
        ink.text(x, baseline, _mean(labels, gain), fonts.bold, 7.5, palette.INK, align="centre")
    for x, name in zip(plan.columns, plan.names, strict=True):
        ink.box(Rect(x - plan.column_width / 2 + 2, strip.bottom + 4, plan.column_width - 4, 20),
                name, fonts.regular, (7.5, 7.0, 6.5), palette.INK, align="centre")


def _legend(ink: Ink, x: float, y: float, labels: Labels) -> None:
    fonts = ink.fonts
    for text, stroke, dash in ((label(JourneyKind.CURRENT, labels.language), CURRENT_COLOUR,
                                CURRENT_DASH),
                               (label(JourneyKind.TARGET, labels.language), TARGET_COLOUR, ())):
        ink.line(Point(x, y - 2.5), Point(x + 22, y - 2.5), stroke, 1.8, dash)
        ink.text(x + 26, y, text, fonts.regular, 8, palette.INK)
        x += 34 + ink.width(text, fonts.regular, 8)


Block = tuple[float, list[tuple[str, str, float]]]
"""A group ready to draw: its height and its lines (kind, text, height)."""


def _column_blocks(ink: Ink, groups: Sequence[Group], width: float) -> list[Block]:
    """Each group wrapped to ``width``; kinds are ``title``, ``item`` (bulleted), ``more``."""
    fonts = ink.fonts
    measure = ink.measure(fonts.regular)
    blocks = []
    for title, items, inline in groups:
        lines: list[tuple[str, str, float]] = [("title", f"{title} ({len(items)})", 14.0)]
        for item in [" · ".join(items)] if inline else items:
            indent = 0 if inline else 8
            wrapped = wrap(printable(item), width - indent, DETAIL_SIZE, measure)
            for number, line in enumerate(wrapped):
                lines.append(("item" if number == 0 and not inline else "more", line,
                              DETAIL_SIZE * LINE_SPACING))
        blocks.append((sum(h for _, _, h in lines) + 6, lines))
    return blocks


def _bulleted(lines: list[tuple[str, str, float]]) -> bool:
    return any(kind == "item" for kind, _, _ in lines)


def _draw_details(flow: SectionFlow, groups: Sequence[Group]) -> None:
    """The lists in two balanced columns when they fit on the page, else one after another."""
    groups = [group for group in groups if group[1]]
    if not groups:
        return
    ink = flow.ink
    fonts = ink.fonts
    gap = 24.0
    width = (flow.content.width - gap) / 2
    blocks = _column_blocks(ink, groups, width)
    total = sum(height for height, _ in blocks)
    left: list[Block] = []
    running = 0.0
    for block in blocks:  # the first blocks go left until about half the height
        if running < total / 2 and (not left or running + block[0] <= total * 0.6):
            left.append(block)
            running += block[0]
    right = blocks[len(left):]
    tallest = max(running, sum(height for height, _ in right))
    if tallest > flow.room():
        for title, items, inline in groups:
            flow.heading(f"{title} ({len(items)})", 9.5, 4)
            for item in [" · ".join(items)] if inline else items:
                flow.paragraph(item if inline else f"• {item}", fonts.regular, DETAIL_SIZE,
                               indent=0 if inline else 6, after=1)
        return
    top = flow.y + 4
    for column, chosen in enumerate((left, right)):
        x = flow.content.x + column * (width + gap)
        y = top
        for _, lines in chosen:
            for kind, text, height in lines:
                if kind == "title":
                    ink.text(x, y + 10, text, fonts.bold, 9.5, palette.INK)
                else:
                    if kind == "item":
                        ink.circle(Point(x + 2.5, y + height / 2), 1.3, fill=palette.INK_MUTED)
                    ink.text(x + (0 if kind == "more" and not _bulleted(lines) else 8),
                             y + DETAIL_SIZE + 0.5, text, fonts.regular, DETAIL_SIZE,
                             palette.INK)
                y += height
            y += 6
    flow.y = top + tallest


def draw_comparison(flow: SectionFlow, project: Project, current: Journey, target: Journey,
                    labels: Labels) -> JourneyComparison:
    """One target journey against its current journey: key figures, chart, then the lists."""
    comparison = compare_journeys(project, current, target)
    fonts = flow.pages.fonts
    flow.heading(word(labels, "heading", target=target.name, current=current.name), 12, 0)
    summary = _summary(labels, comparison, current, target,
                       compare_backstage(project, current, target))
    half = (len(summary) + 1) // 2
    ink = flow.need(11.5 * half + 4)
    column = flow.content.width / 2
    for index, line in enumerate(summary):
        x = flow.content.x + (index // half) * column
        ink.box(Rect(x, flow.y + (index % half) * 11.5, column - 12, 11.5), line,
                fonts.regular, (9.0, 8.5, 8.0), palette.INK)
    flow.y += half * 11.5 + 4
    ink = flow.need(CHART_HEIGHT + 28)
    flow.y += 4
    ink.text(flow.content.x, flow.y + 9, word(labels, "chart"), fonts.bold, 9, palette.INK)
    _legend(ink, flow.content.x + 200, flow.y + 9, labels)
    flow.y += 14
    box = Rect(flow.content.x, flow.y, flow.content.width, CHART_HEIGHT)
    draw_chart(ink, plan_chart(comparison.stage_emotions, box), labels)
    flow.y += CHART_HEIGHT
    flow.paragraph(word(labels, "emotion_note"), fonts.italic, 7.5, palette.INK_MUTED, after=4)
    _draw_details(flow, _details(labels, comparison))
    return comparison


def draw_comparisons(flow: SectionFlow, project: Project, journeys: Sequence[Journey],
                     labels: Labels) -> int:
    """A page (or more) per chosen target journey that improves a current one; their number.

    Nothing is drawn when no chosen journey is such a target.
    """
    pairs = improvement_pairs(project, journeys)
    for index, (current, target) in enumerate(pairs):
        if index:  # each comparison on a page of its own, not "continued"
            flow.close()
            flow.continued = False
        draw_comparison(flow, project, current, target, labels)
    return len(pairs)
