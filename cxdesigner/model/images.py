"""A picture kept inside the project: a screenshot, a photo of the counter, a scan of a letter."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field, Strict, StringConstraints

from cxdesigner.model.base import CxModel, Name
from cxdesigner.model.limits import MAX_IMAGE_CHARS, MAX_IMAGE_SIDE

ImageFormat = Literal["png", "jpeg"]
"""How the picture's bytes are encoded: PNG for screenshots and drawings, JPEG for photos."""

Side = Annotated[int, Strict(), Field(ge=1, le=MAX_IMAGE_SIDE)]

Base64 = Annotated[str, StringConstraints(min_length=4, max_length=MAX_IMAGE_CHARS,
                                          pattern=r"^[A-Za-z0-9+/]+={0,2}$")]


class MapImage(CxModel):
    """A picture on a touchpoint's card, a stage's header or a sticky note.

    ``width`` and ``height`` are its size in pixels as stored: the map places it from them
    without decoding it. The bytes are never trusted for that: every decoder reads the size
    the picture itself declares before decoding it (:mod:`cxdesigner.io.images`).
    """

    format: ImageFormat
    width: Side
    height: Side
    data: Base64
    """The PNG or JPEG file, as base64 text."""
    name: Name = ""
    """Where it came from (the file's name), or empty when pasted: said when it is shown."""

    @property
    def aspect(self) -> float:
        """Width over height."""
        return self.width / self.height
