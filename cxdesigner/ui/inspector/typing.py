"""Typing in a field makes one undo step per field, closed when the field loses focus.

The document's edit commands merge with any later edit of the same fields. Here each
command also carries the typing session it belongs to, and only merges within it, so that
typing in a title, leaving, and typing in it again gives two undo steps. Stepping through
the entries of a list with the keyboard is a session too (see ``fields.ChoiceBox``).
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping
from typing import Any

from PySide6.QtGui import QUndoCommand
from typing_extensions import override

from cxdesigner.document import JourneyDocument
from cxdesigner.document.commands import (
    EditBlueprintItem,
    EditItem,
    EditJourney,
    EditNote,
    EditProject,
    EditStage,
    EditTouchpoint,
)
from cxdesigner.document.commands.base import command_text

_sessions = itertools.count(1)


def new_session() -> int:
    """A number never used before, for the next typing session."""
    return next(_sessions)


def _same_session(command: QUndoCommand, other: QUndoCommand) -> bool:
    return getattr(other, "session", None) == getattr(command, "session", 0)


class TypedTouchpointEdit(EditTouchpoint):
    """:class:`EditTouchpoint` that merges only within one typing session."""

    def __init__(self, doc: JourneyDocument, journey_id: str, touchpoint_id: str,
                 changes: Mapping[str, Any], session: int, text: str) -> None:
        super().__init__(doc, journey_id, touchpoint_id, changes, text=text, merge=True)
        self.session = session

    @override
    def mergeWith(self, other: QUndoCommand) -> bool:
        return _same_session(self, other) and super().mergeWith(other)


class TypedStageEdit(EditStage):
    """:class:`EditStage` that merges only within one typing session."""

    def __init__(self, doc: JourneyDocument, journey_id: str, stage_id: str,
                 changes: Mapping[str, Any], session: int, text: str) -> None:
        super().__init__(doc, journey_id, stage_id, changes, merge=True)
        self.setText(command_text(text))
        self.session = session

    @override
    def mergeWith(self, other: QUndoCommand) -> bool:
        return _same_session(self, other) and super().mergeWith(other)


class TypedJourneyEdit(EditJourney):
    """:class:`EditJourney` that merges only within one typing session."""

    def __init__(self, doc: JourneyDocument, journey_id: str, changes: Mapping[str, Any],
                 session: int, text: str) -> None:
        super().__init__(doc, journey_id, changes, text=text, merge=True)
        self.session = session

    @override
    def mergeWith(self, other: QUndoCommand) -> bool:
        return _same_session(self, other) and super().mergeWith(other)


class TypedProjectEdit(EditProject):
    """:class:`EditProject` that merges only within one typing session."""

    def __init__(self, doc: JourneyDocument, changes: Mapping[str, Any], session: int,
                 text: str) -> None:
        super().__init__(doc, changes, merge=True)
        self.setText(command_text(text))
        self.session = session

    @override
    def mergeWith(self, other: QUndoCommand) -> bool:
        return _same_session(self, other) and super().mergeWith(other)


class TypedItemEdit(EditItem):
    """:class:`EditItem` that merges only within one typing session."""

    def __init__(self, doc: JourneyDocument, collection: str, item_id: str,
                 changes: Mapping[str, Any], session: int, text: str) -> None:
        super().__init__(doc, collection, item_id, changes, text=text, merge=True)
        self.session = session

    @override
    def mergeWith(self, other: QUndoCommand) -> bool:
        return _same_session(self, other) and super().mergeWith(other)


class TypedBlueprintEdit(EditBlueprintItem):
    """:class:`EditBlueprintItem` that merges only within one typing session."""

    def __init__(self, doc: JourneyDocument, journey_id: str, item_id: str,
                 changes: Mapping[str, Any], session: int, text: str) -> None:
        super().__init__(doc, journey_id, item_id, changes, text=text, merge=True)
        self.session = session

    @override
    def mergeWith(self, other: QUndoCommand) -> bool:
        return _same_session(self, other) and super().mergeWith(other)


class TypedNoteEdit(EditNote):
    """:class:`EditNote` that merges only within one typing session."""

    def __init__(self, doc: JourneyDocument, journey_id: str, note_id: str,
                 changes: Mapping[str, Any], session: int, text: str) -> None:
        super().__init__(doc, journey_id, note_id, changes, merge=True, text=text)
        self.session = session

    @override
    def mergeWith(self, other: QUndoCommand) -> bool:
        return _same_session(self, other) and super().mergeWith(other)
