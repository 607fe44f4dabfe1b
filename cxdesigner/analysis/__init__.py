"""Journey analysis: the flow graph, per-stage figures and CX indicators (no Qt here)."""

from cxdesigner.analysis.counts import INPUTS, CountResult, count_indicator, record_result
from cxdesigner.analysis.flow_graph import FlowAnalysis, analyse_flows, build_flow_graph, map_order
from cxdesigner.analysis.journey_stats import (
    StageCriticality,
    StageEmotion,
    criticality_by_persona,
    criticality_by_stage,
    emotion_by_stage,
    journey_personas,
    moment_counts,
)
from cxdesigner.analysis.loops import LoopSearch, find_loops
from cxdesigner.analysis.rollup import (
    Scope,
    ScopeCount,
    ScopeIndicator,
    ScopeKind,
    count_indicators,
    journey_scopes,
    rollup_answers,
    survey_indicators,
)
from cxdesigner.analysis.summary import JourneySummary, project_json, summarise_journey
from cxdesigner.analysis.survey import (
    CesResult,
    CsatResult,
    NpsResult,
    SurveyResult,
    ces,
    csat,
    describe_scale,
    nps,
    survey_indicator,
)
from cxdesigner.model.text import fold

__all__ = [
    "INPUTS",
    "CesResult",
    "CountResult",
    "CsatResult",
    "FlowAnalysis",
    "JourneySummary",
    "LoopSearch",
    "NpsResult",
    "Scope",
    "ScopeCount",
    "ScopeIndicator",
    "ScopeKind",
    "StageCriticality",
    "StageEmotion",
    "SurveyResult",
    "analyse_flows",
    "build_flow_graph",
    "ces",
    "count_indicator",
    "count_indicators",
    "criticality_by_persona",
    "criticality_by_stage",
    "csat",
    "describe_scale",
    "emotion_by_stage",
    "find_loops",
    "fold",
    "journey_personas",
    "journey_scopes",
    "map_order",
    "moment_counts",
    "nps",
    "project_json",
    "record_result",
    "rollup_answers",
    "summarise_journey",
    "survey_indicator",
    "survey_indicators",
]
