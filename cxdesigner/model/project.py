"""The project: the root of the file, holding everything else."""

from __future__ import annotations

import datetime as dt
from typing import Literal, Self

from pydantic import Field, model_validator

from cxdesigner.model.base import CxModel, Items, Name, Text
from cxdesigner.model.benchmark import Player, Wave
from cxdesigner.model.contacts import ContactProfile, ContactRecord
from cxdesigner.model.improvement import (
    Action,
    IndicatorRecord,
    PointValue,
    Scorecard,
    SurveyAnswer,
)
from cxdesigner.model.journey import Journey, Verbatim
from cxdesigner.model.people import Channel, Interlocutor, Persona, Segment
from cxdesigner.model.versions import History, MergeConflict
from cxdesigner.model.workshop import ParkedQuestion

FORMAT_MARKER: Literal["cxdesigner-project"] = "cxdesigner-project"
FORMAT_VERSION: Literal[8] = 8
"""The version of the file format this code writes; older files are migrated on load."""

Language = Literal["fr", "en"]


class Project(CxModel):
    """A CX Designer project: personas, journeys and the improvement loop around them."""

    format: Literal["cxdesigner-project"] = FORMAT_MARKER
    format_version: Literal[8] = FORMAT_VERSION
    title: Name
    client: Name = ""
    description: Text = ""
    language: Language = "fr"
    created: dt.date | None = None
    modified: dt.date | None = None
    personas: Items[Persona] = Field(default_factory=list)
    segments: Items[Segment] = Field(default_factory=list)
    channels: Items[Channel] = Field(default_factory=list)
    interlocutors: Items[Interlocutor] = Field(default_factory=list)
    journeys: Items[Journey] = Field(default_factory=list)
    verbatims: Items[Verbatim] = Field(default_factory=list)
    """Voice-of-the-customer material not yet attached to a touchpoint."""
    actions: Items[Action] = Field(default_factory=list)
    answers: Items[SurveyAnswer] = Field(default_factory=list)
    indicator_records: Items[IndicatorRecord] = Field(default_factory=list)
    scorecards: Items[Scorecard] = Field(default_factory=list)
    contacts: Items[ContactRecord] = Field(default_factory=list)
    """The contact log: who got in touch, when, on which channel, why."""
    contact_profiles: Items[ContactProfile] = Field(default_factory=list)
    conflicts: Items[MergeConflict] = Field(default_factory=list)
    """What a merge could not decide alone, until someone chooses (see versions.merge)."""
    history: History = Field(default_factory=History)
    """Named snapshots of the project, kept in the file itself."""
    parking_lot: Items[ParkedQuestion] = Field(default_factory=list)
    """The workshop's questions set aside to come back to."""
    players: Items[Player] = Field(default_factory=list)
    """The players of the sector the barometer compares: the client's brand, competitors."""
    waves: Items[Wave] = Field(default_factory=list)
    """The dated rounds of scoring of the barometer."""
    point_values: Items[PointValue] = Field(default_factory=list)
    """What one point of each indicator is worth, to value the actions."""

    @model_validator(mode="after")
    def _check_references(self) -> Self:
        # Imported here: the checker walks the whole project and needs every entity module.
        from cxdesigner.model.references import BrokenReferencesError, find_reference_problems

        problems = find_reference_problems(self)
        if problems:
            raise BrokenReferencesError(problems[:50])
        return self

    def journey(self, journey_id: str) -> Journey:
        """The journey with this id (KeyError if none)."""
        for journey in self.journeys:
            if journey.id == journey_id:
                return journey
        raise KeyError(journey_id)

    def channel_names(self) -> dict[str, str]:
        """Channel names by id."""
        return {channel.id: channel.name for channel in self.channels}

    def interlocutor_names(self) -> dict[str, str]:
        """Interlocutor names by id."""
        return {person.id: person.name for person in self.interlocutors}
