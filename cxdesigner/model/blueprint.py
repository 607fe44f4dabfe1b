"""The service blueprint: what staff, systems and partners do behind a journey, stage by stage."""

from __future__ import annotations

from collections import Counter

from pydantic import Field, field_validator

from cxdesigner.model.base import Entity, Id, Items, Name, Text
from cxdesigner.model.enums import BlueprintLayer
from cxdesigner.model.text import fold


class BlueprintItem(Entity):
    """A front-stage action, back-stage action or support process, in one stage of a journey.

    The arrows of the blueprint go from an item to what it serves: the touchpoints it makes
    possible, or another item it hands its work to. Where two items of different owners are
    joined, work changes hands (a hand-off); an item named as the cause of a pain point
    (:attr:`Irritant.cause_ids`) is a failure point.
    """

    layer: BlueprintLayer
    title: Name
    stage_id: Id
    owner: Name = ""
    """The team or system that does it ("Entrepôt", "CRM")."""
    description: Text = ""
    serves_ids: Items[Id] = Field(default_factory=list)
    """The touchpoints and blueprint items of the journey it hands its work to."""

    @field_validator("serves_ids")
    @classmethod
    def _each_once(cls, ids: list[str]) -> list[str]:
        repeated = sorted(identifier for identifier, count in Counter(ids).items() if count > 1)
        if repeated:
            raise ValueError(f"lists {', '.join(repeated)} more than once")
        return ids


def same_owner(owner: str, other: str) -> bool:
    """Whether two owners are the same team or system (case, accents and spacing aside)."""
    return fold(owner) == fold(other)


def is_blueprint_handoff(source: BlueprintItem, target: BlueprintItem) -> bool:
    """An arrow between two items hands work over when both have an owner and they differ."""
    return bool(source.owner.strip() and target.owner.strip()) \
        and not same_owner(source.owner, target.owner)
