"""Undo commands on stages."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtGui import QUndoCommand

from cxdesigner.document.commands.base import (
    NAME_NEW_ID,
    QT_TRANSLATE_NOOP,
    MergingEdit,
    NamesNew,
    command_text,
)
from cxdesigner.document.edit_checks import Changed
from cxdesigner.document.journey_document import JourneyDocument
from cxdesigner.document.removals import StageRemoval
from cxdesigner.model import Stage


class AddStage(QUndoCommand):
    """Add a stage at ``index`` of a journey."""

    def __init__(self, doc: JourneyDocument, journey_id: str, index: int, stage: Stage) -> None:
        super().__init__(command_text(QT_TRANSLATE_NOOP("Commands", "Add stage")))
        self._doc, self._journey_id, self._index = doc, journey_id, index
        (self._stage,) = doc.checks.stages(journey_id, index, [stage])

    def redo(self) -> None:
        self._doc.insert_stage(self._journey_id, self._index, self._stage)

    def undo(self) -> None:
        self._doc.remove_stage(self._journey_id, self._stage.id)

    def id(self) -> int:
        return NAME_NEW_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        """The name typed into the new stage joins this step: redo adds it named."""
        if not (isinstance(other, NameNewStage)
                and other.target == (self._journey_id, self._stage.id)):
            return False
        self._stage = self._doc.stage(self._journey_id, self._stage.id)
        return True


class AddStages(QUndoCommand):
    """Add several stages at once (a stage template) as one undo step."""

    def __init__(
        self,
        doc: JourneyDocument,
        journey_id: str,
        index: int,
        stages: Sequence[Stage],
        text: str = QT_TRANSLATE_NOOP("Commands", "Apply stage template"),
    ) -> None:
        super().__init__(command_text(text))
        self._doc, self._journey_id, self._index = doc, journey_id, index
        self._stages = doc.checks.stages(journey_id, index, stages)

    def redo(self) -> None:
        for offset, stage in enumerate(self._stages):
            self._doc.insert_stage(self._journey_id, self._index + offset, stage)

    def undo(self) -> None:
        for stage in reversed(self._stages):
            self._doc.remove_stage(self._journey_id, stage.id)


class RemoveStage(QUndoCommand):
    """Delete a stage with its touchpoints; undo puts everything back."""

    def __init__(self, doc: JourneyDocument, journey_id: str, stage_id: str) -> None:
        super().__init__(command_text(QT_TRANSLATE_NOOP("Commands", "Delete stage")))
        self._doc, self._journey_id, self._stage_id = doc, journey_id, stage_id
        self._removal: StageRemoval | None = None

    def redo(self) -> None:
        self._removal = self._doc.remove_stage(self._journey_id, self._stage_id)

    def undo(self) -> None:
        assert self._removal is not None
        self._doc.restore_stage(self._removal)


class MoveStage(QUndoCommand):
    """Move a stage to another position."""

    def __init__(self, doc: JourneyDocument, journey_id: str, stage_id: str, index: int) -> None:
        super().__init__(command_text(QT_TRANSLATE_NOOP("Commands", "Move stage")))
        self._doc, self._journey_id, self._stage_id, self._index = doc, journey_id, stage_id, index
        self._old_index = 0

    def redo(self) -> None:
        self._old_index = self._doc.move_stage(self._journey_id, self._stage_id, self._index)

    def undo(self) -> None:
        self._doc.move_stage(self._journey_id, self._stage_id, self._old_index)


class EditStage(MergingEdit):
    """Rename a stage or change its description."""

    def __init__(
        self,
        doc: JourneyDocument,
        journey_id: str,
        stage_id: str,
        changes: Mapping[str, Any],
        merge: bool = False,
        text: str = QT_TRANSLATE_NOOP("Commands", "Edit stage"),
    ) -> None:
        super().__init__(
            doc, text, (journey_id, stage_id), changes,
            merge
        )

    def _check(self, changes: Mapping[str, Any]) -> Changed[Any]:
        journey_id, stage_id = self._target
        return self._doc.checks.stage_changes(journey_id, stage_id, changes)

    def _apply(self, changes: Mapping[str, Any]) -> dict[str, Any]:
        journey_id, stage_id = self._target
        return self._doc.update_stage(journey_id, stage_id, changes)


class NameNewStage(NamesNew, EditStage):
    """The name typed into a stage just added: one undo step with the adding."""

    def __init__(self, doc: JourneyDocument, journey_id: str, stage_id: str, name: str) -> None:
        super().__init__(doc, journey_id, stage_id, {"name": name})
