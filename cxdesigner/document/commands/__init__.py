"""Undo commands: one per user-visible edit; each calls document methods only."""

from cxdesigner.document.commands.blueprint import (
    AddBlueprintItem,
    EditBlueprintItem,
    MoveBlueprintItem,
    RemoveBlueprintItems,
)
from cxdesigner.document.commands.flows import AddFlow, EditFlow, RemoveFlows
from cxdesigner.document.commands.items import (
    AddItem,
    AddPersona,
    EditItem,
    EditProject,
    RemoveItem,
)
from cxdesigner.document.commands.journeys import AddJourney, EditJourney, ReplaceProjectState
from cxdesigner.document.commands.notes import AddNote, EditNote, RemoveNote
from cxdesigner.document.commands.snapshots import ChangeSnapshots
from cxdesigner.document.commands.stages import (
    AddStage,
    AddStages,
    EditStage,
    MoveStage,
    NameNewStage,
    RemoveStage,
)
from cxdesigner.document.commands.touchpoints import (
    AddTouchpoint,
    EditTouchpoint,
    MoveTouchpoints,
    NameNewTouchpoint,
    PasteTouchpoints,
    RemoveTouchpoints,
    SetPathEnds,
)

__all__ = [
    "AddBlueprintItem",
    "AddFlow",
    "AddItem",
    "AddJourney",
    "AddNote",
    "AddPersona",
    "AddStage",
    "AddStages",
    "AddTouchpoint",
    "ChangeSnapshots",
    "EditBlueprintItem",
    "EditFlow",
    "EditItem",
    "EditJourney",
    "EditNote",
    "EditProject",
    "EditStage",
    "EditTouchpoint",
    "MoveBlueprintItem",
    "MoveStage",
    "MoveTouchpoints",
    "NameNewStage",
    "NameNewTouchpoint",
    "PasteTouchpoints",
    "RemoveBlueprintItems",
    "RemoveFlows",
    "RemoveItem",
    "RemoveNote",
    "RemoveStage",
    "RemoveTouchpoints",
    "ReplaceProjectState",
    "SetPathEnds",
]
