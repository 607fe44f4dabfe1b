"""The differences between a current and a target journey, as rows to list and click."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from enum import Enum

from PySide6.QtCore import QLocale

from cxdesigner.analysis.backstage_comparison import compare_backstage
from cxdesigner.analysis.blueprint import summarise_blueprint
from cxdesigner.analysis.comparison import CountChange, JourneyComparison
from cxdesigner.analysis.evidence import EvidenceIndex, hypotheses_to_check
from cxdesigner.analysis.flow_graph import FlowAnalysis, repeated_steps
from cxdesigner.model import Journey, Link, MomentOfTruth, Project
from cxdesigner.ui.i18n import translate
from cxdesigner.ui.labels import interface_label


class Tone(Enum):
    """Whether a difference improves the experience."""

    GOOD = "good"
    BAD = "bad"
    NEUTRAL = "neutral"


@dataclass
class Row:
    """One line of the list; clicking it selects ``current`` and ``target`` ids in the maps."""

    text: str
    current: tuple[str, ...] = ()
    target: tuple[str, ...] = ()
    tone: Tone = Tone.NEUTRAL
    children: list[Row] = field(default_factory=list)


def signed(value: float) -> str:
    """A change rounded to a tenth, with its sign: ``+1.5``, ``0``, ``-0.5`` (a true minus sign)."""
    rounded = round(value, 1)
    if rounded == 0:
        return "0"
    text = f"{rounded:+.1f}".removesuffix(".0")
    return text.replace("-", "\u2212").replace(".", QLocale().decimalPoint())


def mean_text(value: float | None) -> str:
    """A mean emotion as :func:`signed` writes it, or a dash when nothing is rated."""
    return "—" if value is None else signed(value)


def count_tone(change: CountChange, fewer_is_better: bool = True) -> Tone:
    if change.change == 0:
        return Tone.NEUTRAL
    return Tone.GOOD if (change.change < 0) == fewer_is_better else Tone.BAD


def _count(change: CountChange) -> str:
    return f"{change.before} → {change.after}"


class DifferenceBuilder:
    """Turns a :class:`JourneyComparison` into :class:`Row` groups, with the ids to select."""

    def __init__(self, project: Project, current: Journey, target: Journey,
                 comparison: JourneyComparison) -> None:
        self.project, self.current, self.target = project, current, target
        self.comparison = comparison
        self.pairs = dict(comparison.touchpoint_pairs)
        self.pairs_back = {new: old for old, new in self.pairs.items()}
        self.channels = project.channel_names()
        self.interlocutors = project.interlocutor_names()

    def groups(self) -> list[Row]:
        """Every group, in reading order; empty groups are kept, saying "none"."""
        return [self._removed(), self._added(), self._irritants(), self._critical(),
                self._wow(), self._channels(True), self._channels(False),
                self._flows(translate("Comparison", "Channel switches: %1"),
                            self.comparison.channel_switches,
                            lambda flows: flows.channel_switches, True),
                self._flows(translate("Comparison", "Hand-offs: %1"), self.comparison.handoffs,
                            lambda flows: flows.handoffs, False),
                self._loops(),
                self._steps(translate("Comparison", "Dead ends: %1"), self.comparison.dead_ends,
                            lambda flows: flows.dead_ends),
                self._steps(translate("Comparison", "Unreachable steps: %1"),
                            self.comparison.unreachable, lambda flows: flows.unreachable),
                self._repeated(), self._emotion(), self._backstage()]

    @staticmethod
    def _group(title: str, rows: list[Row], tone: Tone = Tone.NEUTRAL) -> Row:
        text = title.replace("%1", str(len(rows)))
        return Row(text, tuple(i for r in rows for i in r.current),
                   tuple(i for r in rows for i in r.target), tone, rows)

    def _removed(self) -> Row:
        rows = [Row(tp.title, current=(tp.id,)) for _, tp in self.current.touchpoints()
                if tp.id not in self.pairs]
        return self._group(translate("Comparison", "Touchpoints removed (%1)"), rows)

    def _added(self) -> Row:
        rows = [Row(tp.title, target=(tp.id,)) for _, tp in self.target.touchpoints()
                if tp.id not in self.pairs_back]
        return self._group(translate("Comparison", "Touchpoints added (%1)"), rows)

    def _irritants(self) -> Row:
        owner = {irritant.id: tp.id for _, tp in self.current.touchpoints()
                 for irritant in tp.irritants}
        rows = []
        for removed in self.comparison.irritants_removed:
            where = translate("Comparison", "%1, step removed").replace(
                "%1", removed.touchpoint_title) if removed.touchpoint_removed \
                else removed.touchpoint_title
            text = f"{removed.text} — {where}"
            target = self.pairs.get(owner.get(removed.irritant_id, ""))
            rows.append(Row(text, current=(owner.get(removed.irritant_id, ""),),
                            target=(target,) if target else (), tone=Tone.GOOD))
        change = self.comparison.irritants
        title = translate("Comparison", "Pain points removed (%1) · pain points %2").replace(
            "%2", _count(change))
        return self._group(title, rows, Tone.GOOD if rows else Tone.NEUTRAL)

    def _critical(self) -> Row:
        index = self.target.touchpoint_index()
        rows = []
        for _, tp in self.current.touchpoints():
            pair = index.get(self.pairs.get(tp.id, ""))
            if tp.moment is MomentOfTruth.CRITICAL and pair is not None \
                    and pair.moment is not MomentOfTruth.CRITICAL:
                now = interface_label(pair.moment)
                rows.append(Row(translate("Comparison", "%1 → now: %2").replace(
                    "%1", tp.title).replace("%2", now), (tp.id,), (pair.id,), Tone.GOOD))
        return self._group(translate("Comparison", "Critical moments turned around (%1)"),
                           rows, Tone.GOOD if rows else Tone.NEUTRAL)

    def _wow(self) -> Row:
        index = self.current.touchpoint_index()
        rows = [Row(tp.title, target=(tp.id,), tone=Tone.GOOD)
                for _, tp in self.target.touchpoints()
                if tp.moment is MomentOfTruth.WOW
                and (tp.id not in self.pairs_back
                     or index[self.pairs_back[tp.id]].moment is not MomentOfTruth.WOW)]
        return self._group(translate("Comparison", "Wow moments added (%1)"), rows,
                           Tone.GOOD if rows else Tone.NEUTRAL)

    def _channels(self, added: bool) -> Row:
        journey = self.target if added else self.current
        names = self.comparison.channels_added if added else self.comparison.channels_dropped
        by_name = {name: cid for cid, name in self.channels.items()}
        rows = []
        for name in names:
            ids = tuple(tp.id for _, tp in journey.touchpoints()
                        if tp.channel_id == by_name.get(name, name))
            rows.append(Row(name, target=ids) if added else Row(name, current=ids))
        title = translate("Comparison", "Channels added (%1)") if added \
            else translate("Comparison", "Channels dropped (%1)")
        return self._group(title, rows)

    def _flow_row(self, journey: Journey, link: Link, channel: bool, side: str) -> Row:
        index = journey.touchpoint_index()
        source, target = index[link.source_id], index[link.target_id]
        names = self.channels if channel else self.interlocutors
        before = names.get((source.channel_id if channel else source.interlocutor_id) or "", "?")
        after = names.get((target.channel_id if channel else target.interlocutor_id) or "", "?")
        text = f"{source.title} → {target.title} ({before} → {after})"
        if link.implied:
            text += " — " + translate("Comparison", "implied link")
        ids = (source.id, target.id)
        return Row(text, current=ids) if side == "current" else Row(text, target=ids)

    def _sides(self) -> list[tuple[str, Journey, FlowAnalysis, str]]:
        """Each journey with its side, its flow analysis and the label of its group."""
        return [("current", self.current, self.comparison.current_flows,
                 translate("Comparison", "Current journey (%1)")),
                ("target", self.target, self.comparison.target_flows,
                 translate("Comparison", "Target journey (%1)"))]

    def _flows(self, title: str, change: CountChange,
               finder: Callable[[FlowAnalysis], tuple[Link, ...]], channel: bool) -> Row:
        sides = []
        for side, journey, flows, label in self._sides():
            rows = [self._flow_row(journey, link, channel, side) for link in finder(flows)]
            sides.append(self._group(label, rows))
        group = Row(title.replace("%1", _count(change)), tone=count_tone(change),
                    children=sides)
        return group

    @staticmethod
    def _on_side(text: str, ids: tuple[str, ...], side: str) -> Row:
        return Row(text, current=ids) if side == "current" else Row(text, target=ids)

    def _loops(self) -> Row:
        sides = []
        for side, journey, flows, label in self._sides():
            index = journey.touchpoint_index()
            rows = [self._on_side(" → ".join(index[i].title for i in (*loop, loop[0])), loop,
                                  side) for loop in flows.loops.loops]
            sides.append(self._group(label, rows))
        change = self.comparison.loops
        return Row(translate("Comparison", "Loops: %1").replace("%1", _count(change)),
                   tone=count_tone(change), children=sides)

    def _steps(self, title: str, change: CountChange,
               finder: Callable[[FlowAnalysis], tuple[str, ...]]) -> Row:
        sides = []
        for side, journey, flows, label in self._sides():
            index = journey.touchpoint_index()
            rows = [self._on_side(index[i].title, (i,), side) for i in finder(flows)]
            sides.append(self._group(label, rows))
        return Row(title.replace("%1", _count(change)), tone=count_tone(change),
                   children=sides)

    def _repeated(self) -> Row:
        sides = []
        for side, journey, _, label in self._sides():
            index = journey.touchpoint_index()
            rows = [self._on_side(f"{index[ids[0]].title} \u00d7 {len(ids)}", ids, side)
                    for ids in repeated_steps(journey)]
            sides.append(self._group(label, rows))
        change = CountChange(len(self.comparison.repeated_before),
                             len(self.comparison.repeated_after))
        return Row(translate("Comparison", "Repeated steps: %1").replace("%1", _count(change)),
                   tone=count_tone(change), children=sides)

    def _emotion(self) -> Row:
        comparison = self.comparison
        rows = []
        for stage in comparison.stage_emotions:
            shown = "" if stage.gain is None else f" ({signed(stage.gain)})"
            tone = Tone.NEUTRAL if not stage.gain else Tone.GOOD if stage.gain > 0 else Tone.BAD
            rows.append(Row(f"{stage.stage_name}: {mean_text(stage.current_mean)} → "
                            f"{mean_text(stage.target_mean)}{shown}",
                            (stage.current_stage_id,) if stage.current_stage_id else (),
                            (stage.target_stage_id,) if stage.target_stage_id else (), tone))
        before, after = comparison.emotion_before, comparison.emotion_after
        gain = after - before if before is not None and after is not None else None
        tone = Tone.NEUTRAL if not gain else Tone.GOOD if gain > 0 else Tone.BAD
        text = translate("Comparison", "Mean emotion: %1 → %2").replace(
            "%1", mean_text(before)).replace("%2", mean_text(after))
        if gain is not None:
            text += f" ({signed(gain)})"
        return Row(text, tone=tone, children=rows)

    def _backstage(self) -> Row:
        """Behind the scenes: the blueprint and the evidence of both journeys."""
        change = compare_backstage(self.project, self.current, self.target)
        index = EvidenceIndex(self.project)
        unsupported = [summarise_blueprint(journey).unsupported
                       for journey in (self.current, self.target)]
        to_check = [tuple(item.touchpoint_id
                          for item in hypotheses_to_check(self.project, journey, index))
                    for journey in (self.current, self.target)]
        teams = translate("Comparison", "Teams: %1").replace("%1", _count(change.teams))
        if change.teams_added:
            teams += " · " + translate("Comparison", "added: %1").replace(
                "%1", ", ".join(change.teams_added))
        if change.teams_dropped:
            teams += " · " + translate("Comparison", "dropped: %1").replace(
                "%1", ", ".join(change.teams_dropped))
        rows = [
            Row(translate("Comparison", "Items behind the scenes: %1").replace(
                "%1", _count(change.behind_the_scenes))),
            Row(translate("Comparison", "Front-stage items: %1").replace(
                "%1", _count(change.front_stage))),
            Row(teams),
            Row(translate("Comparison", "Hand-offs between teams: %1").replace(
                "%1", _count(change.handoffs)), tone=count_tone(change.handoffs)),
            Row(translate("Comparison", "Failure points: %1").replace(
                "%1", _count(change.failure_points)), tone=count_tone(change.failure_points)),
            Row(translate("Comparison", "Touchpoints without back-stage support: %1").replace(
                "%1", _count(change.unsupported)), unsupported[0], unsupported[1],
                count_tone(change.unsupported)),
            Row(translate("Comparison", "Touchpoints resting on hypotheses: %1").replace(
                "%1", _count(change.hypotheses))),
            Row(translate("Comparison", "Critical moments still to check: %1").replace(
                "%1", _count(change.to_check)), to_check[0], to_check[1]),
        ]
        return Row(translate("Comparison", "Behind the scenes and evidence"), children=rows)
