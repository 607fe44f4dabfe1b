"""Undo commands on touchpoints."""

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
from cxdesigner.document.flow_stitching import map_order, restitch
from cxdesigner.document.journey_document import JourneyDocument
from cxdesigner.document.removals import DependentsRecord, TouchpointRemoval
from cxdesigner.model import Flow, Touchpoint


class AddTouchpoint(QUndoCommand):
    """Add a touchpoint at ``index`` of a stage.

    ``leading_in``: drawn flows that now end at the new touchpoint (their old targets are
    put back on undo): a step inserted between two cards joined by a drawn flow takes that
    flow's end, and leads on to the card after it by the map's order.
    """

    def __init__(
        self,
        doc: JourneyDocument,
        journey_id: str,
        stage_id: str,
        index: int,
        touchpoint: Touchpoint,
        leading_in: Sequence[str] = (),
    ) -> None:
        super().__init__(command_text(QT_TRANSLATE_NOOP("Commands", "Add touchpoint")))
        self._doc, self._journey_id, self._stage_id = doc, journey_id, stage_id
        (self._touchpoint,) = doc.checks.touchpoints(journey_id, stage_id, index, [touchpoint])
        self._index = index
        self._leading_in = list(leading_in)
        self._old_targets: list[str] = []

    def redo(self) -> None:
        self._doc.insert_touchpoint(self._journey_id, self._stage_id, self._index, self._touchpoint)
        self._old_targets = [
            self._doc.update_flow(self._journey_id, flow_id,
                                  {"target_id": self._touchpoint.id})["target_id"]
            for flow_id in self._leading_in]

    def undo(self) -> None:
        for flow_id, target_id in zip(self._leading_in, self._old_targets, strict=True):
            self._doc.update_flow(self._journey_id, flow_id, {"target_id": target_id})
        # The touchpoint may have been replaced by later edits: undo them first, as the
        # stack does; so removing by id is enough here.
        self._doc.remove_touchpoints(self._journey_id, [self._touchpoint.id])

    def id(self) -> int:
        return NAME_NEW_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        """The title typed into the new card joins this step: redo adds it named."""
        if not (isinstance(other, NameNewTouchpoint)
                and other.target == (self._journey_id, self._touchpoint.id)):
            return False
        self._touchpoint = self._doc.touchpoint(self._journey_id, self._touchpoint.id)
        return True


class RemoveTouchpoints(QUndoCommand):
    """Delete touchpoints with their flows; undo restores both, in order."""

    def __init__(self, doc: JourneyDocument, journey_id: str, ids: Sequence[str]) -> None:
        count = len(set(ids))
        super().__init__(
            command_text(QT_TRANSLATE_NOOP("Commands", "Delete touchpoint"))
            if count == 1
            else command_text(QT_TRANSLATE_NOOP("Commands", "Delete %n touchpoints")).replace(
                "%n", str(count)
            )
        )
        self._doc, self._journey_id, self._ids = doc, journey_id, list(ids)
        self._removal: TouchpointRemoval | None = None

    def redo(self) -> None:
        self._removal = self._doc.remove_touchpoints(self._journey_id, self._ids)

    def undo(self) -> None:
        assert self._removal is not None
        self._doc.restore_touchpoints(self._removal)


class MoveTouchpoints(QUndoCommand):
    """Move touchpoints to a place in a stage (a drag, or reordering).

    The drawn next-step flows that stitched them into the path follow them (the rule is in
    :mod:`cxdesigner.document.flow_stitching`).
    """

    def __init__(
        self, doc: JourneyDocument, journey_id: str, ids: Sequence[str], stage_id: str, index: int
    ) -> None:
        super().__init__(
            command_text(QT_TRANSLATE_NOOP("Commands", "Move touchpoint"))
            if len(ids) == 1
            else command_text(QT_TRANSLATE_NOOP("Commands", "Move touchpoints"))
        )
        self._doc, self._journey_id, self._ids = doc, journey_id, list(ids)
        self._stage_id, self._index = stage_id, index
        self._old: list[tuple[str, str, int]] = []
        self._old_targets: list[tuple[str, str]] = []
        """Next-step flows re-stitched by the move, with the target each had."""
        self._removed: list[tuple[int, Flow]] = []

    def redo(self) -> None:
        doc, journey_id = self._doc, self._journey_id
        order_before = map_order(doc.journey(journey_id))
        with doc.one_structure_change(journey_id):
            self._old = doc.move_touchpoints(journey_id, self._ids, self._stage_id, self._index)
            change = restitch(doc.journey(journey_id), order_before, self._ids)
            self._old_targets = [
                (flow_id, doc.update_flow(journey_id, flow_id,
                                          {"target_id": target})["target_id"])
                for flow_id, target in change.targets.items()]
            self._removed = [doc.remove_flow(journey_id, flow_id)
                             for flow_id in change.removed]

    def undo(self) -> None:
        doc, journey_id = self._doc, self._journey_id
        with doc.one_structure_change(journey_id):
            for index, flow in reversed(self._removed):
                doc.insert_flow(journey_id, index, flow)
            for flow_id, target in reversed(self._old_targets):
                doc.update_flow(journey_id, flow_id, {"target_id": target})
            doc.restore_places(journey_id, self._old)


class EditTouchpoint(MergingEdit):
    """Change fields of a touchpoint; consecutive edits of the same fields merge when asked."""

    def __init__(
        self,
        doc: JourneyDocument,
        journey_id: str,
        touchpoint_id: str,
        changes: Mapping[str, Any],
        text: str = QT_TRANSLATE_NOOP("Commands", "Edit touchpoint"),
        merge: bool = False,
    ) -> None:
        super().__init__(doc, text, (journey_id, touchpoint_id), changes, merge)
        self._released: DependentsRecord | None = None
        """The actions freed because their pain point was taken off the card."""

    def _check(self, changes: Mapping[str, Any]) -> Changed[Any]:
        journey_id, touchpoint_id = self._target
        return self._doc.checks.touchpoint_changes(journey_id, touchpoint_id, changes)

    def _apply(self, changes: Mapping[str, Any]) -> dict[str, Any]:
        journey_id, touchpoint_id = self._target
        return self._doc.update_touchpoint(journey_id, touchpoint_id, changes)

    def redo(self) -> None:
        super().redo()
        if "irritants" in self._changes:
            dropped = ({irritant.id for irritant in self._old["irritants"]}
                       - {irritant.id for irritant in self._changes["irritants"]})
            self._released = self._doc.release_irritants(dropped)

    def undo(self) -> None:
        super().undo()  # the pain points come back before the actions aim at them again
        if self._released is not None:
            self._doc.restore_released(self._released)
            self._released = None

    def mergeWith(self, other: QUndoCommand) -> bool:
        # Pain points taken off free actions: that step stays one's own to undo.
        if "irritants" in self._changes:
            return False
        return super().mergeWith(other)


class NameNewTouchpoint(NamesNew, EditTouchpoint):
    """The title typed into a card just added: one undo step with the adding."""

    def __init__(self, doc: JourneyDocument, journey_id: str, touchpoint_id: str,
                 title: str) -> None:
        super().__init__(doc, journey_id, touchpoint_id, {"title": title},
                         QT_TRANSLATE_NOOP("Commands", "Rename touchpoint"))


class SetPathEnds(QUndoCommand):
    """Break, or restore, the implied link from touchpoints to the next one on the map.

    ``ends`` True marks them as ending the path (``ends_path``); False lets each lead on to
    the next touchpoint again. One undo step however many touchpoints change; those
    already as asked are left alone.
    """

    def __init__(self, doc: JourneyDocument, journey_id: str, ids: Sequence[str],
                 ends: bool) -> None:
        super().__init__(
            command_text(QT_TRANSLATE_NOOP("Commands", "End the path here")) if ends
            else command_text(QT_TRANSLATE_NOOP("Commands", "Lead on to the next touchpoint")))
        self._doc, self._journey_id, self._ids, self._ends = doc, journey_id, list(ids), ends
        self._changed: list[str] = []

    def redo(self) -> None:
        self._changed = [tp_id for tp_id in dict.fromkeys(self._ids)
                         if self._doc.touchpoint(self._journey_id, tp_id).ends_path
                         is not self._ends]
        for tp_id in self._changed:
            self._doc.update_touchpoint(self._journey_id, tp_id, {"ends_path": self._ends})

    def undo(self) -> None:
        for tp_id in self._changed:
            self._doc.update_touchpoint(self._journey_id, tp_id, {"ends_path": not self._ends})


class PasteTouchpoints(QUndoCommand):
    """Insert copied touchpoints (ids already remapped) and the flows between them."""

    def __init__(
        self,
        doc: JourneyDocument,
        journey_id: str,
        stage_id: str,
        index: int,
        touchpoints: Sequence[Touchpoint],
        flows: Sequence[Flow],
    ) -> None:
        super().__init__(command_text(QT_TRANSLATE_NOOP("Commands", "Paste")))
        self._doc, self._journey_id, self._stage_id = doc, journey_id, stage_id
        self._index = index
        self._touchpoints = doc.checks.touchpoints(journey_id, stage_id, index, touchpoints)
        self._flows = doc.checks.flows(journey_id, flows, adding=self._touchpoints)

    def redo(self) -> None:
        for offset, touchpoint in enumerate(self._touchpoints):
            self._doc.insert_touchpoint(
                self._journey_id, self._stage_id, self._index + offset, touchpoint
            )
        flows = self._doc.journey(self._journey_id).flows
        for flow in self._flows:
            self._doc.insert_flow(self._journey_id, len(flows), flow)

    def undo(self) -> None:
        self._doc.remove_touchpoints(self._journey_id, [tp.id for tp in self._touchpoints])
