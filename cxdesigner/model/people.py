"""Who the journey is about and with: personas, segments, channels, interlocutors."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field, StrictInt, StringConstraints

from cxdesigner.model.base import Entity, Id, Items, Name, Text
from cxdesigner.model.limits import MAX_PHOTO_CHARS

Colour = Annotated[str, StringConstraints(pattern=r"^#[0-9a-fA-F]{6}$")]
"""A colour as ``#rrggbb``."""


class Segment(Entity):
    """A group of customers sharing traits (a market segment). Not a persona."""

    name: Name
    description: Text = ""
    size: StrictInt | None = Field(default=None, ge=0)


class Persona(Entity):
    """An imaginary customer inspired by real cases. Neither a job function nor a segment."""

    name: Name
    quote: Text = ""
    description: Text = ""
    photo_png_base64: Annotated[str, StringConstraints(max_length=MAX_PHOTO_CHARS)] | None = None
    needs: Items[Text] = Field(default_factory=list)
    usages: Items[Text] = Field(default_factory=list)
    behaviours: Items[Text] = Field(default_factory=list)
    interactions: Items[Text] = Field(default_factory=list)
    goals: Items[Text] = Field(default_factory=list)
    frustrations: Items[Text] = Field(default_factory=list)
    segment_id: Id | None = None
    colour: Colour = "#3a6ea5"


class Channel(Entity):
    """A way the customer and the company meet: shop, phone, website, chat…"""

    name: Name
    digital: bool = False


class Interlocutor(Entity):
    """Who or what the customer deals with: an adviser, a bot, a courier."""

    name: Name
    role: Name = ""
    human: bool = True
