"""Undo commands on flows between touchpoints."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtGui import QUndoCommand

from cxdesigner.document.commands.base import QT_TRANSLATE_NOOP, MergingEdit, command_text
from cxdesigner.document.edit_checks import Changed
from cxdesigner.document.journey_document import JourneyDocument
from cxdesigner.model import Flow


class AddFlow(QUndoCommand):
    """Connect two touchpoints."""

    def __init__(self, doc: JourneyDocument, journey_id: str, flow: Flow) -> None:
        super().__init__(command_text(QT_TRANSLATE_NOOP("Commands", "Connect touchpoints")))
        self._doc, self._journey_id = doc, journey_id
        (self._flow,) = doc.checks.flows(journey_id, [flow])

    def redo(self) -> None:
        flows = self._doc.journey(self._journey_id).flows
        self._doc.insert_flow(self._journey_id, len(flows), self._flow)

    def undo(self) -> None:
        self._doc.remove_flow(self._journey_id, self._flow.id)


class RemoveFlows(QUndoCommand):
    """Delete flows; undo puts them back at their places."""

    def __init__(self, doc: JourneyDocument, journey_id: str, ids: Sequence[str]) -> None:
        super().__init__(command_text(QT_TRANSLATE_NOOP("Commands", "Delete flow")))
        self._doc, self._journey_id, self._ids = doc, journey_id, list(ids)
        self._removed: list[tuple[int, Flow]] = []

    def redo(self) -> None:
        self._removed = [self._doc.remove_flow(self._journey_id, flow_id) for flow_id in self._ids]

    def undo(self) -> None:
        for index, flow in reversed(self._removed):
            self._doc.insert_flow(self._journey_id, index, flow)


class EditFlow(MergingEdit):
    """Change a flow's kind or label."""

    def __init__(
        self,
        doc: JourneyDocument,
        journey_id: str,
        flow_id: str,
        changes: Mapping[str, Any],
        merge: bool = False,
    ) -> None:
        super().__init__(
            doc, QT_TRANSLATE_NOOP("Commands", "Edit flow"), (journey_id, flow_id), changes,
            merge
        )

    def _check(self, changes: Mapping[str, Any]) -> Changed[Any]:
        journey_id, flow_id = self._target
        return self._doc.checks.flow_changes(journey_id, flow_id, changes)

    def _apply(self, changes: Mapping[str, Any]) -> dict[str, Any]:
        journey_id, flow_id = self._target
        return self._doc.update_flow(journey_id, flow_id, changes)
