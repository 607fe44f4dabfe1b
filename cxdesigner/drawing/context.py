"""What drawing a map needs besides its layout: words, fonts, names, persona and elisions."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from cxdesigner.drawing.elisions import ElisionLog
from cxdesigner.drawing.fonts import FontSet
from cxdesigner.drawing.words import Words
from cxdesigner.model import Evidence, Irritant, Touchpoint
from cxdesigner.model.evidence import EvidenceIndex

if TYPE_CHECKING:
    from cxdesigner.drawing.links import LinkMark


@dataclass
class MapContext:
    """The map-wide facts every part's drawing reads; the screen keeps one per journey and
    refreshes it when names change, the PDF makes one per journey printed."""

    words: Words
    fonts: FontSet
    journey_name: str = ""
    channel_names: Mapping[str, str] = field(default_factory=dict)
    interlocutor_names: Mapping[str, str] = field(default_factory=dict)
    persona_id: str | None = None
    elisions: ElisionLog = field(default_factory=ElisionLog)
    """Texts cut or left out, kept whole for the PDF's appendix (the screen ignores them)."""
    more_key: str = "more_items"
    """The word that says a list lane holds more items than it shows."""
    evidence: EvidenceIndex | None = None
    """Which touchpoints and pain points rest on a hypothesis, drawn hatched (None: none is
    hatched)."""
    details: Mapping[str, LinkMark] = field(default_factory=dict)
    """What a step detailed by another journey shows of it, by that journey's id (a step
    whose journey is not here shows no band)."""

    def hypothesis(self, touchpoint: Touchpoint, irritant: Irritant | None = None) -> bool:
        """Whether the touchpoint (or its pain point ``irritant``) rests on a hypothesis."""
        if self.evidence is None:
            return False
        level = self.evidence.touchpoint(touchpoint) if irritant is None \
            else self.evidence.irritant(irritant, touchpoint)
        return level is Evidence.HYPOTHESIS

    def hypotheses(self, touchpoint: Touchpoint) -> list[bool]:
        """:meth:`hypothesis` of each of the touchpoint's pain points, the touchpoint's own
        level (which those without their own take) worked out once."""
        if self.evidence is None:
            return [False] * len(touchpoint.irritants)
        hypothesis = Evidence.HYPOTHESIS
        own: bool | None = None
        found = []
        for irritant in touchpoint.irritants:
            if irritant.evidence is not None:
                found.append(irritant.evidence is hypothesis)
                continue
            if own is None:
                own = self.evidence.touchpoint(touchpoint) is hypothesis
            found.append(own)
        return found

    def where(self, *parts: str) -> str:
        """A place on the map for the appendix: journey, stage, touchpoint and what."""
        return " \u203a ".join((self.journey_name, *parts))
