"""The pages behind the scenes: each journey's service blueprint stage by stage, how much
of it rests on evidence, and the critical moments that are still hypotheses."""

from __future__ import annotations

from collections.abc import Sequence

from cxdesigner.analysis.blueprint import summarise_blueprint
from cxdesigner.analysis.evidence import EvidenceIndex, evidence_counts, hypotheses_to_check
from cxdesigner.drawing.elisions import ElisionLog
from cxdesigner.export.flow import SectionFlow
from cxdesigner.export.labels import Labels
from cxdesigner.export.tables import Column, draw_table
from cxdesigner.layout import palette
from cxdesigner.model import BlueprintLayer, Evidence, Journey, Project
from cxdesigner.vocabulary import label, severity_label

SEPARATOR = " \u00b7 "
"""Between the items of one cell (a table cell is one paragraph)."""


def _blueprint(flow: SectionFlow, journey: Journey, labels: Labels,
               elisions: ElisionLog) -> None:
    summary = summarise_blueprint(journey)
    if not summary.item_count:
        flow.paragraph(labels["no_blueprint"], flow.pages.fonts.italic, 9, palette.INK_MUTED)
        return
    titles = {tp.id: tp.title for _, tp in journey.touchpoints()}
    items = {item.id: item for item in journey.blueprint}
    columns = [Column(labels["stage"], 1.2, bold=True),
               *(Column(label(layer, labels.language), 1.6) for layer in BlueprintLayer),
               Column(labels["teams"], 1.2), Column(labels["failure_points"], 1.2),
               Column(labels["unsupported"], 1.6)]
    rows = [[stage.stage_name,
             *(SEPARATOR.join(f"{item.title} ({item.owner})" if item.owner else item.title
                              for item in stage.items[layer]) for layer in BlueprintLayer),
             ", ".join(stage.teams),
             SEPARATOR.join(items[item_id].title for item_id in stage.failure_points),
             SEPARATOR.join(titles[tp_id] for tp_id in stage.unsupported)]
            for stage in summary.stages]
    draw_table(flow, columns, rows, elisions, journey.name)


def _evidence(flow: SectionFlow, project: Project, journey: Journey, labels: Labels,
              index: EvidenceIndex) -> None:
    counts = evidence_counts(journey, index)
    fonts = flow.pages.fonts
    flow.paragraph(f"{labels.colon('evidence_levels')} " + " \u00b7 ".join(
        f"{label(level, labels.language)} {counts[level]}" for level in Evidence),
        fonts.regular, 9)
    ranked = hypotheses_to_check(project, journey, index)
    flow.heading(labels["to_check"], size=9.5)
    if not ranked:
        flow.paragraph(labels["no_hypotheses"], fonts.italic, 9, palette.INK_MUTED)
        return
    columns = [Column(labels["rank"], 0.35, align="right"), Column(labels["stage"], 1.4),
               Column(labels["touchpoint"], 2.2, bold=True),
               Column(labels["moments"], 1.1), Column(labels["criticality"], 1.1),
               Column(labels["worst_pain"], 1.0)]
    draw_table(flow, columns, [
        [str(item.rank), item.stage_name, item.title, label(item.moment, labels.language),
         label(item.criticality, labels.language) if item.criticality else "",
         severity_label(item.worst_severity, labels.language) if item.worst_severity else ""]
        for item in ranked])


def draw_backstage(flow: SectionFlow, project: Project, journeys: Sequence[Journey],
                   labels: Labels, elisions: ElisionLog) -> None:
    """For each journey: its blueprint per stage, its evidence and the hypotheses to check."""
    index = EvidenceIndex(project)
    for journey in journeys:
        flow.need(120)  # a journey's name is never left alone at the foot of a page
        flow.heading(journey.name)
        flow.heading(labels["blueprint"], size=9.5, space_before=2.0)
        _blueprint(flow, journey, labels, elisions)
        flow.heading(labels["evidence"], size=9.5)
        _evidence(flow, project, journey, labels, index)
