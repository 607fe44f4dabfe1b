"""Everything the analysis says about a journey, in one object and as plain JSON data."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from cxdesigner.analysis.benchmark_json import action_values_json, benchmark_json
from cxdesigner.analysis.blueprint import BlueprintSummary, summarise_blueprint
from cxdesigner.analysis.contacts import Period
from cxdesigner.analysis.evidence import (
    EvidenceIndex,
    HypothesisToCheck,
    evidence_counts,
    hypotheses_to_check,
)
from cxdesigner.analysis.flow_graph import FlowAnalysis, analyse_flows
from cxdesigner.analysis.impact import IMPACT_MONTHS, impact_json
from cxdesigner.analysis.journey_stats import (
    StageCriticality,
    StageEmotion,
    criticality_by_persona,
    emotion_by_stage,
    journey_personas,
    moment_counts,
)
from cxdesigner.analysis.profiles import profiles_json
from cxdesigner.analysis.rollup import (
    ScopeCount,
    ScopeIndicator,
    count_indicators,
    survey_indicators,
)
from cxdesigner.analysis.segments import segments_json
from cxdesigner.analysis.survey import describe_scale, reported_score
from cxdesigner.model import BlueprintLayer, Evidence, Journey, Link, MomentOfTruth, Project


@dataclass(frozen=True)
class JourneySummary:
    """The analysis of one journey of a project.

    Attributes:
        journey: the journey analysed.
        flows: what its flow graph says.
        moments: how many moments of truth of each kind.
        emotion: the mean emotion per stage (touchpoint emotions).
        persona_emotion: the mean emotion per stage for each persona, by persona id.
        criticality: the criticality per stage, by persona id (None: the defaults).
        survey: NPS, CSAT and CES per scope, rolled up.
        counts: the indicator records of its scopes.
        blueprint: its service blueprint, stage by stage.
        evidence: how many touchpoints rest on each level of evidence.
        hypotheses: its critical moments still resting on a hypothesis, the first to check
            first.
    """

    journey: Journey
    flows: FlowAnalysis
    moments: dict[MomentOfTruth, int]
    emotion: list[StageEmotion]
    persona_emotion: dict[str, list[StageEmotion]]
    criticality: dict[str | None, list[StageCriticality]]
    survey: list[ScopeIndicator]
    counts: list[ScopeCount]
    blueprint: BlueprintSummary
    evidence: dict[Evidence, int]
    hypotheses: list[HypothesisToCheck]


def summarise_journey(project: Project, journey: Journey) -> JourneySummary:
    """Analyse ``journey`` of ``project`` (the project holds the answers and records)."""
    index = EvidenceIndex(project)
    return JourneySummary(
        journey=journey,
        flows=analyse_flows(journey),
        moments=moment_counts(journey),
        emotion=emotion_by_stage(journey),
        persona_emotion={persona: emotion_by_stage(journey, persona)
                         for persona in journey_personas(journey)},
        criticality=criticality_by_persona(journey),
        survey=survey_indicators(project, journey),
        counts=count_indicators(project, journey),
        blueprint=summarise_blueprint(journey),
        evidence=evidence_counts(journey, index),
        hypotheses=hypotheses_to_check(project, journey, index),
    )


def unique_labels(names: Iterable[str]) -> list[str]:
    """``names`` made distinct for use as keys: a repeated name gets `` (2)``, `` (3)``…"""
    seen: dict[str, int] = {}
    labels = []
    for name in names:
        seen[name] = seen.get(name, 0) + 1
        labels.append(name if seen[name] == 1 else f"{name} ({seen[name]})")
    return labels


def _rounded(value: float | None) -> float | None:
    return None if value is None else round(value, 2)


class _Names:
    """Turns the ids of a project into what a reader sees: titles and names."""

    def __init__(self, project: Project, journey: Journey) -> None:
        self.touchpoints = {touchpoint.id: touchpoint for _, touchpoint in journey.touchpoints()}
        self.channels = project.channel_names()
        self.interlocutors = project.interlocutor_names()
        self.personas = {persona.id: persona.name for persona in project.personas}

    def titles(self, ids: Sequence[str]) -> list[str]:
        return [self.touchpoints[touchpoint_id].title for touchpoint_id in ids]

    def persona(self, persona_id: str) -> str:
        return self.personas.get(persona_id, persona_id)

    def link(self, link: Link, attribute: str, names: dict[str, str]) -> dict[str, Any]:
        source = self.touchpoints[link.source_id]
        target = self.touchpoints[link.target_id]
        return {"from": source.title, "to": target.title,
                f"from_{attribute}": names.get(getattr(source, f"{attribute}_id"), ""),
                f"to_{attribute}": names.get(getattr(target, f"{attribute}_id"), ""),
                "implied": link.implied}


def _by_stage(values: Sequence[tuple[str, Any]]) -> dict[str, Any]:
    labels = unique_labels(name for name, _ in values)
    return {label: value for label, (_, value) in zip(labels, values, strict=True)}


def _indicators_json(summary: JourneySummary) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for item in summary.survey:
        row: dict[str, Any] = {
            "scope": item.scope.name, "scope_kind": item.scope.kind.value,
            "indicator": item.result.indicator.value,
            "value": None if item.result.value is None else reported_score(item.result.value),
            "n": item.result.n, "direct_n": item.direct,
            "scale": describe_scale(item.result.scale) if item.result.scale else None,
        }
        if item.result.reason:
            row["reason"] = item.result.reason
        rows.append(row)
    for count in summary.counts:
        row = {"scope": count.scope.name, "scope_kind": count.scope.kind.value,
               "indicator": count.result.indicator.value, "value": _rounded(count.result.value),
               "n": count.result.n, "unit": count.result.unit, "period": count.record.period}
        if count.result.reason:
            row["reason"] = count.result.reason
        rows.append(row)
    return rows


def _blueprint_json(summary: JourneySummary, names: _Names) -> dict[str, Any]:
    blueprint = summary.blueprint
    items = {item.id: item.title for item in summary.journey.blueprint}
    return {
        "items": {layer.value: blueprint.count(layer) for layer in BlueprintLayer},
        "teams": list(blueprint.teams),
        "handoffs": len(blueprint.handoffs),
        "failure_points": [items[item_id] for item_id in blueprint.failure_points],
        "unsupported": names.titles(blueprint.unsupported),
        "stages": _by_stage([(stage.stage_name, {
            **{layer.value: [item.title for item in stage.items[layer]]
               for layer in BlueprintLayer},
            "teams": list(stage.teams),
            "handoffs": [{"from": h.source_owner, "to": h.target_owner} for h in stage.handoffs],
            "failure_points": [items[item_id] for item_id in stage.failure_points],
            "unsupported": names.titles(stage.unsupported)}) for stage in blueprint.stages]),
    }


def _evidence_json(summary: JourneySummary) -> dict[str, Any]:
    return {
        "levels": {level.value: count for level, count in summary.evidence.items()},
        "hypotheses_to_check": [
            {"rank": item.rank, "stage": item.stage_name, "touchpoint": item.title,
             "moment": item.moment.value,
             "criticality": item.criticality.value if item.criticality else None,
             "worst_severity": item.worst_severity or None, "emotion": item.emotion}
            for item in summary.hypotheses],
    }


def summary_json(project: Project, summary: JourneySummary) -> dict[str, Any]:
    """The summary as JSON-ready data: titles and names rather than ids."""
    journey = summary.journey
    names = _Names(project, journey)
    flows = summary.flows
    persona_labels = dict(zip(summary.persona_emotion,
                              unique_labels(names.persona(p) for p in summary.persona_emotion),
                              strict=True))
    return {
        "id": journey.id,
        "name": journey.name,
        "kind": journey.kind.value,
        "personas": [persona_labels[p] for p in summary.persona_emotion],
        "stages": len(journey.stages),
        "touchpoints": flows.touchpoints,
        "flows": flows.flows,
        "implied_links": flows.implied_links,
        "channel_switches": len(flows.channel_switches),
        "handoffs": len(flows.handoffs),
        "channel_switch_details": [names.link(link, "channel", names.channels)
                                   for link in flows.channel_switches],
        "handoff_details": [names.link(link, "interlocutor", names.interlocutors)
                            for link in flows.handoffs],
        "loops": [names.titles(loop) for loop in flows.loops.loops],
        "loops_truncated": not flows.loops.complete,
        "loops_limits": {"max_length": flows.loops.max_length,
                         "max_count": flows.loops.max_count,
                         "count_reached": flows.loops.truncated,
                         "longer_loops_unsearched": flows.loops.longer_unsearched},
        "repeated_steps": [names.titles(group)[0] for group in flows.repeated_steps],
        "repeated_step_counts": [len(group) for group in flows.repeated_steps],
        "entry_points": names.titles(flows.entry_points),
        "dead_ends": names.titles(flows.dead_ends),
        "unreachable": names.titles(flows.unreachable),
        "longest_path": names.titles(flows.longest_path),
        "moments": {kind.value: count for kind, count in summary.moments.items()},
        "emotion_by_stage": _by_stage([(s.stage_name, _rounded(s.mean))
                                       for s in summary.emotion]),
        "emotion_by_stage_per_persona": {
            persona_labels[persona]: _by_stage([(s.stage_name, _rounded(s.mean)) for s in stages])
            for persona, stages in summary.persona_emotion.items()},
        "criticality_by_stage": _by_stage([
            (s.stage_name, s.highest.value if s.highest else None)
            for s in summary.criticality.get(None, [])]),
        "criticality_by_stage_per_persona": {
            persona_labels.get(persona, names.persona(persona)): _by_stage([
                (s.stage_name, s.highest.value if s.highest else None) for s in stages])
            for persona, stages in summary.criticality.items() if persona is not None},
        "indicators": _indicators_json(summary),
        "blueprint": _blueprint_json(summary, names),
        "evidence": _evidence_json(summary),
    }


def project_json(project: Project, journeys: Sequence[Journey] | None = None, *,
                 period: Period = "month", impact_months: int = IMPACT_MONTHS) -> dict[str, Any]:
    """The whole report as JSON-ready data, for ``journeys`` (default: all of them).

    Beside ``journeys``, ``segments`` (see :func:`~cxdesigner.analysis.segments.segments_json`)
    and ``profiles`` (see :func:`~cxdesigner.analysis.profiles.profiles_json`, with
    ``impact_months`` and ``impact`` from :func:`~cxdesigner.analysis.impact.impact_json`)
    cover the whole project whichever journeys are chosen; ``benchmark`` (the sector
    barometer of the journeys chosen) and ``action_values`` (the value of the actions) come
    from :mod:`cxdesigner.analysis.benchmark_json`.

    Args:
        project: the project.
        journeys: the journeys to report on (default: all of them).
        period: how contact profiles are followed: per ``month`` or per ``week``.
        impact_months: how many whole months before and after an action are compared.
    """
    chosen = project.journeys if journeys is None else journeys
    return {"project": project.title, "language": project.language,
            "journeys": [summary_json(project, summarise_journey(project, journey))
                         for journey in chosen],
            "segments": segments_json(project),
            "profiles": {**profiles_json(project, period), "impact_months": impact_months,
                         "impact": impact_json(project, impact_months)},
            "benchmark": benchmark_json(project, chosen),
            "action_values": action_values_json(project)}
