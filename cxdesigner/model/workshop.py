"""What a workshop keeps besides the map: the parking lot of questions to come back to."""

from __future__ import annotations

from cxdesigner.model.base import Entity, Name, Text


class ParkedQuestion(Entity):
    """A question raised in a workshop and set aside ("parking", questions en suspens), to
    come back to before the end or at the next session."""

    text: Text
    raised_in: Name = ""
    """Where it came up, as the facilitator saw it then (a journey and a stage): words, not
    a reference, so that it stays true when the map changes."""
    answered: bool = False
