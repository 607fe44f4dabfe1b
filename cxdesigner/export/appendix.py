"""The appendix: every verbatim in full, then every text the map had to shorten."""

from __future__ import annotations

from collections.abc import Sequence

from cxdesigner.drawing.elisions import ElisionLog
from cxdesigner.export.flow import SectionFlow
from cxdesigner.export.labels import Labels
from cxdesigner.layout import palette
from cxdesigner.model import Journey, Project, Verbatim
from cxdesigner.vocabulary import label

QUOTE_SIZE = 9.0
META_SIZE = 7.5


def _verbatim(flow: SectionFlow, verbatim: Verbatim, labels: Labels,
              personas: dict[str, str]) -> None:
    fonts = flow.pages.fonts
    flow.need(QUOTE_SIZE * 2.5 + META_SIZE * 1.3)
    flow.paragraph(labels.quote(verbatim.text), fonts.italic, QUOTE_SIZE, palette.INK, indent=8,
                   after=1)
    meta = [verbatim.author, label(verbatim.source, labels.language)]
    if verbatim.date is not None:
        meta.append(labels.date(verbatim.date))
    if verbatim.persona_id in personas:
        meta.append(f"{labels['persona']} {personas[verbatim.persona_id or '']}")
    flow.paragraph(" · ".join(part for part in meta if part), fonts.regular, META_SIZE,
                   palette.INK_MUTED, indent=8, after=5)


def draw_appendix(flow: SectionFlow, project: Project, journeys: Sequence[Journey],
                  labels: Labels, elisions: ElisionLog) -> None:
    """Verbatims by journey, stage and touchpoint; then the unplaced ones; then shortened
    texts with where they belong."""
    fonts = flow.pages.fonts
    personas = {persona.id: persona.name for persona in project.personas}
    found = False
    for journey in journeys:
        placed = [(stage, tp) for stage, tp in journey.touchpoints() if tp.verbatims]
        if not placed:
            continue
        found = True
        flow.heading(journey.name, size=12)
        for stage, tp in placed:
            flow.heading(f"{stage.name} \u203a {tp.title}", size=9.5, space_before=4)
            for verbatim in tp.verbatims:
                _verbatim(flow, verbatim, labels, personas)
    if project.verbatims:
        found = True
        flow.heading(labels["unplaced_verbatims"], size=12)
        for verbatim in project.verbatims:
            _verbatim(flow, verbatim, labels, personas)
    if not found:
        flow.paragraph(labels["no_verbatims"], fonts.italic, 9, palette.INK_MUTED)

    draw_elided(flow, labels, elisions, space_before=14)


def draw_elided(flow: SectionFlow, labels: Labels, elisions: ElisionLog,
                space_before: float = 0.0) -> None:
    """Every text the map had to shorten, in full, with where it belongs (nothing when none
    was)."""
    if not len(elisions):
        return
    fonts = flow.pages.fonts
    flow.heading(labels["elided"], size=12, space_before=space_before)
    flow.paragraph(labels["elided_intro"], fonts.italic, 8, palette.INK_MUTED, after=6)
    for item in elisions.items:
        flow.need(META_SIZE * 1.3 + 8.5 * 2.5)
        flow.paragraph(item.where, fonts.bold, META_SIZE, palette.INK_MUTED, after=0.5)
        flow.paragraph(item.text, fonts.regular, 8.5, palette.INK, indent=8, after=5)
