"""The editing document: the one mutator of a project, its undo commands and its signals."""

from cxdesigner.document.journey_document import COLLECTIONS, JourneyDocument

__all__ = ["COLLECTIONS", "JourneyDocument"]
