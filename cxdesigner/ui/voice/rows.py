"""Every verbatim of a project with where it is, and the filter of the voice panel (no Qt)."""

from __future__ import annotations

from dataclasses import dataclass

from cxdesigner.model import Project, Verbatim, VerbatimSource
from cxdesigner.model.text import fold

UNATTACHED = "-"
"""The journey filter's value for the verbatims not yet attached to a touchpoint."""


@dataclass(frozen=True)
class VerbatimRow:
    """A verbatim and where it sits: a touchpoint of a journey, or not attached yet.

    Attributes:
        verbatim: the verbatim itself.
        journey_id, stage_id, touchpoint_id: its place; all None when not attached.
        journey_name, stage_name, touchpoint_title: the names of that place ("" if none).
    """

    verbatim: Verbatim
    journey_id: str | None = None
    journey_name: str = ""
    stage_id: str | None = None
    stage_name: str = ""
    touchpoint_id: str | None = None
    touchpoint_title: str = ""

    @property
    def attached(self) -> bool:
        return self.touchpoint_id is not None


def verbatim_rows(project: Project) -> list[VerbatimRow]:
    """The verbatims not yet attached, then those of each journey in map order."""
    rows = [VerbatimRow(verbatim) for verbatim in project.verbatims]
    for journey in project.journeys:
        for stage, touchpoint in journey.touchpoints():
            rows += [VerbatimRow(verbatim, journey.id, journey.name, stage.id, stage.name,
                                 touchpoint.id, touchpoint.title)
                     for verbatim in touchpoint.verbatims]
    return rows


@dataclass(frozen=True)
class VerbatimFilter:
    """What the voice panel shows; every criterion left at None (or empty) lets all pass.

    Attributes:
        source: only verbatims from this source.
        who: only verbatims of this persona or segment (by id).
        journey_id: only those of this journey, or :data:`UNATTACHED` for those not attached.
        stage_id: only those of this stage.
        employee_only: only employees' moments (tension or positive).
        search: words to find in the text, author, touchpoint or stage, whatever the case
            and accents; every word must be found.
    """

    source: VerbatimSource | None = None
    who: str | None = None
    journey_id: str | None = None
    stage_id: str | None = None
    employee_only: bool = False
    search: str = ""

    def accepts(self, row: VerbatimRow) -> bool:
        """Whether ``row`` passes every criterion."""
        verbatim = row.verbatim
        if self.source is not None and verbatim.source is not self.source:
            return False
        if self.who is not None and self.who not in (verbatim.persona_id, verbatim.segment_id):
            return False
        if self.journey_id == UNATTACHED and row.attached:
            return False
        if self.journey_id not in (None, UNATTACHED) and row.journey_id != self.journey_id:
            return False
        if self.stage_id is not None and row.stage_id != self.stage_id:
            return False
        if self.employee_only and verbatim.employee_moment is None:
            return False
        words = fold(self.search).split()
        if words:
            haystack = fold(" ".join((verbatim.text, verbatim.author, row.touchpoint_title,
                                      row.stage_name)))
            return all(word in haystack for word in words)
        return True
