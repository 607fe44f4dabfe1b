"""The base of every entity: strict pydantic models with stable string ids."""

from __future__ import annotations

import uuid
from typing import Annotated, TypeVar

from annotated_types import MaxLen
from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from cxdesigner.model.limits import MAX_ID_CHARS, MAX_LIST_ITEMS, MAX_NAME_CHARS, MAX_TEXT_CHARS

T = TypeVar("T")


def new_id() -> str:
    """A fresh, stable identifier (uuid4 as 32 hex digits)."""
    return uuid.uuid4().hex


Id = Annotated[
    str,
    StringConstraints(min_length=1, max_length=MAX_ID_CHARS, pattern=r"^[A-Za-z0-9_.:-]+$"),
]
"""An identifier: letters, digits and ``_ . : -`` only."""

Name = Annotated[str, StringConstraints(max_length=MAX_NAME_CHARS)]
"""A short label: a title, a name, a tag."""

Text = Annotated[str, StringConstraints(max_length=MAX_TEXT_CHARS)]
"""Free text: a description, a verbatim, a note."""

Items = Annotated[list[T], MaxLen(MAX_LIST_ITEMS)]
"""A list with a cap on its length."""


class CxModel(BaseModel):
    """Base of all entities: unknown fields are refused, assignments are validated."""

    model_config = ConfigDict(extra="forbid", validate_assignment=True, allow_inf_nan=False)


class Entity(CxModel):
    """An entity that other entities may point to by ``id``."""

    id: Id = Field(default_factory=new_id)
