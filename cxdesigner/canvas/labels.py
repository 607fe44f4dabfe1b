"""Old names of the vocabulary in the interface language, kept for the map's items.

The items still call these; new code calls
:func:`cxdesigner.interface_language.interface_label` and takes ``translate`` from
:mod:`cxdesigner.interface_language`. Remove this module once no item imports it.
"""

from __future__ import annotations

from typing import Literal

from cxdesigner.interface_language import interface_label, translate
from cxdesigner.model import Criticality, FlowKind, Lane, MomentOfTruth, catalogue

__all__ = ["criticality_name", "default_text", "flow_kind_name", "lane_name",
           "moment_name", "translate"]

def lane_name(lane: Lane) -> str:
    """The label of a lane (row)."""
    return interface_label(lane)


def moment_name(moment: MomentOfTruth) -> str:
    """The label of a moment of truth."""
    return interface_label(moment)


def criticality_name(value: Criticality) -> str:
    """The label of a criticality level."""
    return interface_label(value)


def flow_kind_name(kind: FlowKind) -> str:
    """The label of a kind of flow."""
    return interface_label(kind)


def default_text(what: Literal["touchpoint", "stage", "note"], language: str) -> str:
    """The text a new touchpoint, stage or note starts with, in the project's language."""
    return catalogue.default_text(what, language)
