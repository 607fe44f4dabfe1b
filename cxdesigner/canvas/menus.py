"""Context menus of the map: on a card, a stage header, a flow, a note or empty space."""

from __future__ import annotations

from PySide6.QtCore import QPointF
from PySide6.QtWidgets import QMenu, QWidget

from cxdesigner.canvas.actions import ViewActions
from cxdesigner.canvas.items import FlowItem, NoteItem, StageHeaderItem, TouchpointItem
from cxdesigner.canvas.labels import flow_kind_name, moment_name, translate
from cxdesigner.model import FlowKind, MomentOfTruth, StageTemplate
from cxdesigner.model.catalogue import TEMPLATE_TITLES

__all__ = ["build_menu"]


def build_menu(actions: ViewActions, point: QPointF, parent: QWidget) -> QMenu:
    """The menu for what is under ``point`` (scene coordinates); the selection follows it."""
    scene = actions.map_scene
    item = scene.item_at(point)
    if item is not None and not item.isSelected():
        scene.select_only([item])
    menu = QMenu(parent)
    if isinstance(item, TouchpointItem):
        _card_menu(actions, menu)
    elif isinstance(item, FlowItem):
        _flow_menu(actions, menu, item)
    elif isinstance(item, StageHeaderItem | NoteItem):
        rename = translate("Map", "Rename") if isinstance(item, StageHeaderItem) \
            else translate("Map", "Edit text")
        menu.addAction(rename, actions.edit_selected_title)
        if isinstance(item, StageHeaderItem):
            _stage_actions(actions, menu)
        menu.addSeparator()
        menu.addAction(translate("Map", "Delete"), actions.delete_selection)
    else:
        scene.clearSelection()
        _empty_menu(actions, menu, point)
    return menu


def _card_menu(actions: ViewActions, menu: QMenu) -> None:
    menu.addAction(translate("Map", "Rename"), actions.edit_selected_title)
    menu.addAction(translate("Map", "Add touchpoint after"), actions.add_next_touchpoint)
    moments = menu.addMenu(translate("Map", "Moment of truth"))
    for moment in MomentOfTruth:
        moments.addAction(moment_name(moment),
                          lambda m=moment: actions.set_moment(m))  # type: ignore[misc]
    menu.addAction(translate("Map", "Channel…"), actions.open_channel_picker)
    menu.addAction(translate("Map", "Cycle criticality"), actions.cycle_criticality)
    emotion = menu.addMenu(translate("Map", "Emotion"))
    emotion.addAction(translate("Map", "Better (+)"), lambda: actions.nudge_emotion(1))
    emotion.addAction(translate("Map", "Worse (-)"), lambda: actions.nudge_emotion(-1))
    menu.addSeparator()
    _stage_actions(actions, menu)
    menu.addSeparator()
    menu.addAction(translate("Map", "Cut"), actions.cut_selection)
    menu.addAction(translate("Map", "Copy"), actions.copy_selection)
    menu.addAction(translate("Map", "Paste"), actions.paste)
    menu.addAction(translate("Map", "Delete"), actions.delete_selection)


def _flow_menu(actions: ViewActions, menu: QMenu, item: FlowItem) -> None:
    kinds = menu.addMenu(translate("Map", "Kind"))
    for kind in FlowKind:
        action = kinds.addAction(flow_kind_name(kind),
                                 lambda k=kind: actions.editor.set_flow_kind(  # type: ignore[misc]
                                     item.flow_id, k))
        action.setCheckable(True)
        action.setChecked(item.route.kind is kind)
    menu.addSeparator()
    menu.addAction(translate("Map", "Delete"), actions.delete_selection)


def _stage_actions(actions: ViewActions, menu: QMenu) -> None:
    menu.addAction(translate("Map", "Add stage before"), lambda: actions.add_stage(after=False))
    menu.addAction(translate("Map", "Add stage after"), lambda: actions.add_stage(after=True))


def _empty_menu(actions: ViewActions, menu: QMenu, point: QPointF) -> None:
    journey = actions.map_scene.journey()
    if journey is None:
        return
    if journey.stages:
        menu.addAction(translate("Map", "Add touchpoint here"),
                       lambda: actions.add_touchpoint_at(point))
        menu.addAction(translate("Map", "Add sticky note here"), lambda: actions.add_note_at(point))
        menu.addSeparator()
    menu.addAction(translate("Map", "Add stage"), lambda: actions.add_stage(after=True))
    if not journey.stages:
        templates = menu.addMenu(translate("Map", "Apply a stage template"))
        french = actions.editor.document.project.language == "fr"
        for template in StageTemplate:
            title = TEMPLATE_TITLES[template][0 if french else 1]
            templates.addAction(title,
                                lambda t=template: actions.apply_template(t))  # type: ignore[misc]
    if actions.map_scene.touchpoint_items:
        menu.addSeparator()
        menu.addAction(translate("Map", "Paste"), actions.paste)
        menu.addAction(translate("Map", "Select all"), actions.select_all)
