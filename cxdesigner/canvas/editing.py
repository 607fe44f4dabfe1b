"""What the map's gestures do to the document: each call pushes one undo step.

The rules of an edit (an empty title, a name already taken…) are the document's
(:mod:`cxdesigner.document.rules`): a refused edit raises DocumentRuleError, which says
why, and pushes nothing.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from cxdesigner.document import JourneyDocument
from cxdesigner.document.clipboard import copy_touchpoints, paste_touchpoints
from cxdesigner.document.commands import (
    AddFlow,
    AddNote,
    AddStage,
    AddStages,
    AddTouchpoint,
    EditFlow,
    EditNote,
    EditStage,
    EditTouchpoint,
    MoveStage,
    MoveTouchpoints,
    NameNewStage,
    NameNewTouchpoint,
    PasteTouchpoints,
    RemoveFlows,
    RemoveNote,
    RemoveStage,
    RemoveTouchpoints,
    SetPathEnds,
)
from cxdesigner.document.rules import name_key
from cxdesigner.interface_language import translate
from cxdesigner.model import (
    EMOTION_MAX,
    EMOTION_MIN,
    Criticality,
    Flow,
    FlowKind,
    Journey,
    MomentOfTruth,
    Stage,
    StickyNote,
    Touchpoint,
)
from cxdesigner.model.catalogue import default_text

_CRITICALITY_CYCLE: tuple[Criticality | None, ...] = (
    None, Criticality.LOW, Criticality.SENSITIVE, Criticality.VERY_SENSITIVE)


class MapEditor:
    """Turns map gestures into undo commands on one journey of the document."""

    def __init__(self, document: JourneyDocument, journey_id: str) -> None:
        self.document = document
        self.journey_id = journey_id

    @property
    def journey(self) -> Journey:
        return self.document.journey(self.journey_id)

    def push(self, command: Any) -> bool:
        """Push ``command`` unless it changes nothing; True when pushed."""
        if not getattr(command, "changes_anything", True):
            return False
        self.document.undo_stack.push(command)
        return True

    @contextmanager
    def one_step(self, text: str, count: int) -> Iterator[None]:
        """Several commands as one undo step when there is more than one."""
        stack = self.document.undo_stack
        if count > 1:
            stack.beginMacro(text)
        try:
            yield
        finally:
            if count > 1:
                stack.endMacro()

    def stage_of(self, touchpoint_id: str) -> tuple[Stage, int]:
        """The stage of a touchpoint and its index in it."""
        place = self.document.touchpoint_place(self.journey_id, touchpoint_id)
        return place.stage, place.index

    def _touchpoint(self, touchpoint_id: str) -> Touchpoint | None:
        try:
            return self.document.touchpoint(self.journey_id, touchpoint_id)
        except KeyError:
            return None

    # ------------------------------------------------------------------ stages

    def add_stage(self, index: int) -> str:
        """Add a stage at ``index``; returns its id."""
        stage = Stage(name=default_text("stage", self.document.project.language))
        self.push(AddStage(self.document, self.journey_id, index, stage))
        return stage.id

    def apply_template(self, names: list[str]) -> list[str]:
        """Fill a journey that has no stages with the stages of a template (one undo step)."""
        if self.journey.stages:
            return []
        stages = [Stage(name=name) for name in names]
        self.push(AddStages(self.document, self.journey_id, 0, stages))
        return [stage.id for stage in stages]

    def rename_stage(self, stage_id: str, name: str, new: bool = False) -> bool:
        """Rename a stage; ``new``: the name typed into a stage just added, one undo step
        with its adding. False when nothing changed (DocumentRuleError when refused)."""
        if all(s.id != stage_id for s in self.journey.stages):
            return False  # gone meanwhile (an undo while typing)
        if new:
            return self.push(NameNewStage(self.document, self.journey_id, stage_id, name))
        return self.push(EditStage(self.document, self.journey_id, stage_id, {"name": name}))

    def move_stage(self, stage_id: str, index: int) -> bool:
        """Move a stage to ``index`` (counted without it); False when it stays."""
        current = next(i for i, s in enumerate(self.journey.stages) if s.id == stage_id)
        if index == current:
            return False
        self.push(MoveStage(self.document, self.journey_id, stage_id, index))
        return True

    # ------------------------------------------------------------------ touchpoints

    def add_touchpoint(self, stage_id: str, index: int,
                       leading_in: Sequence[str] = ()) -> str:
        """Add a touchpoint with the default title; returns its id. ``leading_in``: drawn
        flows to end at it instead (see :class:`AddTouchpoint`)."""
        touchpoint = Touchpoint(title=default_text("touchpoint",
                                                   self.document.project.language))
        self.push(AddTouchpoint(self.document, self.journey_id, stage_id, index, touchpoint,
                                leading_in))
        return touchpoint.id

    def add_touchpoint_after(self, touchpoint_id: str) -> str:
        """The next step after a touchpoint: a card right after it in its stage. A flow
        drawn from it to the card that followed it now ends at the new card, which leads
        on to that card: the step is inserted in the path, not left beside it."""
        stage, index = self.stage_of(touchpoint_id)
        order = [tp.id for _, tp in self.journey.touchpoints()]
        position = order.index(touchpoint_id)
        following = order[position + 1] if position + 1 < len(order) else None
        leading_in = [flow.id for flow in self.journey.flows
                      if flow.source_id == touchpoint_id and flow.target_id == following]
        return self.add_touchpoint(stage.id, index + 1, leading_in)

    def set_title(self, touchpoint_id: str, title: str, new: bool = False) -> bool:
        """Give a touchpoint a new title; ``new``: the title typed into a card just added,
        one undo step with its adding. False when nothing changed (DocumentRuleError when
        refused: an empty title)."""
        if self._touchpoint(touchpoint_id) is None:
            return False  # gone meanwhile (an undo while typing)
        if new:
            return self.push(NameNewTouchpoint(self.document, self.journey_id, touchpoint_id,
                                               title))
        return self.push(EditTouchpoint(
            self.document, self.journey_id, touchpoint_id, {"title": title},
            str(QT_TRANSLATE_NOOP("Commands", "Rename touchpoint"))))

    def _edit_each(self, text: str, changes: dict[str, dict[str, Any]], merge: bool) -> None:
        changes = {tp_id: c for tp_id, c in changes.items() if c}
        with self.one_step(text, len(changes)):
            for tp_id, change in changes.items():
                self.push(EditTouchpoint(self.document, self.journey_id, tp_id, change, text,
                                          merge=merge and len(changes) == 1))

    def set_moment(self, ids: Sequence[str], moment: MomentOfTruth) -> None:
        """Mark touchpoints as a moment of truth (or none)."""
        changes = {tp_id: {"moment": moment} for tp_id in ids
                   if self.document.touchpoint(self.journey_id, tp_id).moment is not moment}
        self._edit_each(str(QT_TRANSLATE_NOOP("Commands", "Set moment of truth")),
                        changes, merge=False)

    def nudge_emotion(self, ids: Sequence[str], delta: int, persona_id: str | None) -> None:
        """Raise or lower the emotion by ``delta`` (clamped); repeated nudges merge."""
        changes: dict[str, dict[str, Any]] = {}
        for tp_id in ids:
            touchpoint = self.document.touchpoint(self.journey_id, tp_id)
            current = touchpoint.emotion_for(persona_id)
            value = max(EMOTION_MIN, min(EMOTION_MAX, (current or 0) + delta))
            if value == current:
                continue
            if persona_id is None:
                changes[tp_id] = {"emotion": value}
            else:
                changes[tp_id] = {"persona_emotions": {**touchpoint.persona_emotions,
                                                       persona_id: value}}
        self._edit_each(str(QT_TRANSLATE_NOOP("Commands", "Change emotion")),
                        changes, merge=True)

    def cycle_criticality(self, ids: Sequence[str], persona_id: str | None) -> None:
        """Step the criticality: none → low → sensitive → very sensitive → none."""
        changes: dict[str, dict[str, Any]] = {}
        for tp_id in ids:
            touchpoint = self.document.touchpoint(self.journey_id, tp_id)
            if persona_id is None:
                current = touchpoint.criticality
            else:
                current = touchpoint.persona_criticality.get(persona_id)
            following = _CRITICALITY_CYCLE[(_CRITICALITY_CYCLE.index(current) + 1)
                                           % len(_CRITICALITY_CYCLE)]
            if persona_id is None:
                changes[tp_id] = {"criticality": following}
            else:
                values = {k: v for k, v in touchpoint.persona_criticality.items()
                          if k != persona_id}
                if following is not None:
                    values[persona_id] = following
                changes[tp_id] = {"persona_criticality": values}
        self._edit_each(str(QT_TRANSLATE_NOOP("Commands", "Change criticality")),
                        changes, merge=False)

    def channel_named(self, name: str) -> str | None:
        """The id of the project's channel called ``name`` (any case), if any: no two
        channels share a name (see the document's rules)."""
        wanted = name_key(name)
        return next((c.id for c in self.document.project.channels
                     if name_key(c.name) == wanted), None)

    def set_channel(self, ids: Sequence[str], channel_id: str | None) -> None:
        """Put touchpoints on a channel (None: no channel)."""
        found = {tp_id: self._touchpoint(tp_id) for tp_id in ids}
        changes = {tp_id: {"channel_id": channel_id} for tp_id, touchpoint in found.items()
                   if touchpoint is not None and touchpoint.channel_id != channel_id}
        self._edit_each(str(QT_TRANSLATE_NOOP("Commands", "Set channel")),
                        changes, merge=False)

    def interlocutor_named(self, name: str) -> str | None:
        """The id of the project's interlocutor called ``name`` (any case), if any."""
        wanted = name_key(name)
        return next((i.id for i in self.document.project.interlocutors
                     if name_key(i.name) == wanted), None)

    def set_interlocutor(self, ids: Sequence[str], interlocutor_id: str | None) -> None:
        """Give touchpoints an interlocutor (None: nobody)."""
        found = {tp_id: self._touchpoint(tp_id) for tp_id in ids}
        changes = {tp_id: {"interlocutor_id": interlocutor_id}
                   for tp_id, touchpoint in found.items()
                   if touchpoint is not None and touchpoint.interlocutor_id != interlocutor_id}
        self._edit_each(str(QT_TRANSLATE_NOOP("Commands", "Set interlocutor")),
                        changes, merge=False)

    def move_touchpoints(self, ids: Sequence[str], stage_id: str, index: int) -> bool:
        """Move touchpoints (in map order) to ``index`` of a stage; False when nothing moves."""
        places = []
        for tp_id in dict.fromkeys(ids):
            try:
                places.append(self.document.touchpoint_place(self.journey_id, tp_id))
            except KeyError:
                continue  # gone meanwhile
        places.sort(key=lambda place: (place.stage_index, place.index))
        order = [place.touchpoint.id for place in places]
        moving = set(order)
        # Only the stages the cards leave and the one they go to can change.
        touched = {place.stage.id for place in places} | {stage_id}
        moves = False
        for stage in self.journey.stages:
            if stage.id not in touched:
                continue
            tps = [tp.id for tp in stage.touchpoints]
            kept = [tp_id for tp_id in tps if tp_id not in moving]
            if stage.id == stage_id:
                shift = sum(1 for tp_id in tps[:index] if tp_id in moving)
                at = max(0, min(index - shift, len(kept)))
                kept[at:at] = order
            moves = moves or kept != tps
        if not moves:
            return False
        self.push(MoveTouchpoints(self.document, self.journey_id, order, stage_id, index))
        return True

    def ends_path(self, ids: Sequence[str]) -> bool:
        """Whether every one of these touchpoints is marked as ending the path."""
        found = [self._touchpoint(tp_id) for tp_id in ids]
        touchpoints = [tp for tp in found if tp is not None]
        return bool(touchpoints) and all(tp.ends_path for tp in touchpoints)

    def set_path_ends(self, ids: Sequence[str], ends: bool) -> bool:
        """Mark touchpoints as ending the path, or let them lead on to the next one (one
        undo step); False when none changes."""
        changing = [tp_id for tp_id in ids
                    if (tp := self._touchpoint(tp_id)) is not None and tp.ends_path is not ends]
        if not changing:
            return False
        self.push(SetPathEnds(self.document, self.journey_id, changing, ends))
        return True

    # ------------------------------------------------------------------ flows and notes

    def connect(self, source_id: str, target_id: str, kind: FlowKind) -> str | None:
        """Link two touchpoints; None when the same link already exists."""
        if any(f.source_id == source_id and f.target_id == target_id and f.kind is kind
               for f in self.journey.flows):
            return None
        flow = Flow(source_id=source_id, target_id=target_id, kind=kind)
        self.push(AddFlow(self.document, self.journey_id, flow))
        return flow.id

    def set_flow_kind(self, flow_id: str, kind: FlowKind) -> None:
        """Change how a flow is drawn and counted."""
        flow = next(f for f in self.journey.flows if f.id == flow_id)
        if flow.kind is not kind:
            self.push(EditFlow(self.document, self.journey_id, flow_id, {"kind": kind}))

    def add_note(self, stage_id: str | None) -> str:
        """Stick a note in a stage column; returns its id."""
        note = StickyNote(text=default_text("note", self.document.project.language),
                          stage_id=stage_id)
        self.push(AddNote(self.document, self.journey_id, note))
        return note.id

    def set_note_text(self, note_id: str, text: str) -> bool:
        """Change a note's text; False when unchanged (DocumentRuleError when refused)."""
        if all(n.id != note_id for n in self.journey.notes):
            return False
        return self.push(EditNote(self.document, self.journey_id, note_id, {"text": text}))

    # ------------------------------------------------------------------ delete, copy, paste

    def delete(self, touchpoints: Sequence[str] = (), flows: Sequence[str] = (),
               notes: Sequence[str] = (), stages: Sequence[str] = ()) -> bool:
        """Delete what is selected as one undo step; False when nothing was."""
        chosen_stages, chosen_flows = set(stages), set(flows)
        in_stages = {tp.id for s in self.journey.stages if s.id in chosen_stages
                     for tp in s.touchpoints}
        touchpoints = [tp for tp in touchpoints if tp not in in_stages]
        gone = set(touchpoints) | in_stages
        # Flows of deleted touchpoints go with them; deleting them first would be twice.
        flows = [f.id for f in self.journey.flows if f.id in chosen_flows
                 and f.source_id not in gone and f.target_id not in gone] if flows else []
        parts = len(flows) + (1 if touchpoints else 0) + len(notes) + len(stages)
        if not parts:
            return False
        with self.one_step(translate("Map", "Delete"), parts):
            if flows:
                self.push(RemoveFlows(self.document, self.journey_id, flows))
            if touchpoints:
                self.push(RemoveTouchpoints(self.document, self.journey_id, touchpoints))
            for note_id in notes:
                self.push(RemoveNote(self.document, self.journey_id, note_id))
            for stage_id in stages:
                self.push(RemoveStage(self.document, self.journey_id, stage_id))
        return True

    def copy_text(self, ids: Sequence[str]) -> str:
        """The clipboard text of touchpoints (with the flows among them)."""
        return copy_touchpoints(self.document.project, self.journey, list(ids))

    def paste(self, text: str, stage_id: str, index: int) -> list[str]:
        """Paste copied touchpoints at ``index`` of a stage; returns their new ids."""
        items = paste_touchpoints(self.document.project, text)
        if items is None or not items.touchpoints:
            return []
        self.push(PasteTouchpoints(self.document, self.journey_id, stage_id, index,
                                    items.touchpoints, items.flows))
        return [tp.id for tp in items.touchpoints]
