"""Context menus of the map: on a card, a stage header, a flow, a note or empty space."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMenu

from cxdesigner.canvas.items import FlowItem, NoteItem, StageHeaderItem, TouchpointItem
from cxdesigner.interface_language import interface_label, translate
from cxdesigner.model import FlowKind, MomentOfTruth, StageTemplate

if TYPE_CHECKING:
    from cxdesigner.canvas.view import JourneyView

__all__ = ["build_menu", "path_rule_text"]


def path_rule_text() -> str:
    """The rule of the journey's path, in the consultant's words (tooltips, help)."""
    return translate(
        "Map", "A touchpoint leads to the next one on the map unless a flow drawn from it "
               "says otherwise: a “next step” flow further along the map, or any flow to the "
               "next touchpoint. Loops back, transfers and alternatives come on top. Check "
               "this when the customer's path stops here, or goes on only through the flows "
               "drawn from this touchpoint.")


def build_menu(view: JourneyView, point: QPointF) -> QMenu:
    """The menu for what is under ``point`` (scene coordinates); the selection follows it."""
    scene = view.map_scene
    item = scene.item_at(point)
    if item is not None and not item.isSelected():
        scene.select_only([item])
    menu = QMenu(view)
    if isinstance(item, TouchpointItem):
        _card_menu(view, menu)
    elif isinstance(item, FlowItem):
        _flow_menu(view, menu, item)
    elif isinstance(item, StageHeaderItem | NoteItem):
        rename = translate("Map", "Rename") if isinstance(item, StageHeaderItem) \
            else translate("Map", "Edit text")
        menu.addAction(rename, view.edit_selected_title)
        if isinstance(item, StageHeaderItem):
            _stage_actions(view, menu)
        menu.addSeparator()
        menu.addAction(translate("Map", "Delete"), view.delete_selection)
    else:
        scene.clearSelection()
        _empty_menu(view, menu, point)
    return menu


def _card_menu(view: JourneyView, menu: QMenu) -> None:
    menu.addAction(translate("Map", "Rename"), view.edit_selected_title)
    menu.addAction(translate("Map", "Add touchpoint after"), view.add_next_touchpoint)
    moments = menu.addMenu(translate("Map", "Moment of truth"))
    for moment in MomentOfTruth:
        moments.addAction(interface_label(moment),
                          lambda m=moment: view.set_moment(m))  # type: ignore[misc]
    menu.addAction(translate("Map", "Channel…"), view.open_channel_picker)
    menu.addAction(translate("Map", "Cycle criticality"), view.cycle_criticality)
    emotion = menu.addMenu(translate("Map", "Emotion"))
    emotion.addAction(translate("Map", "Better (+)"), lambda: view.nudge_emotion(1))
    emotion.addAction(translate("Map", "Worse (-)"), lambda: view.nudge_emotion(-1))
    path_end = menu.addAction(translate("Map", "Path ends here"), view.toggle_path_end)
    path_end.setCheckable(True)
    path_end.setChecked(view.editor.ends_path(view.selected_touchpoint_ids()))
    path_end.setShortcut(QKeySequence(Qt.Key.Key_E))  # shown; the map's keys handle it
    path_end.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
    path_end.setToolTip(path_rule_text())
    path_end.setStatusTip(path_rule_text())
    menu.setToolTipsVisible(True)
    menu.addSeparator()
    _stage_actions(view, menu)
    menu.addSeparator()
    menu.addAction(translate("Map", "Cut"), view.cut_selection)
    menu.addAction(translate("Map", "Copy"), view.copy_selection)
    menu.addAction(translate("Map", "Paste"), view.paste)
    menu.addAction(translate("Map", "Delete"), view.delete_selection)


def _flow_menu(view: JourneyView, menu: QMenu, item: FlowItem) -> None:
    kinds = menu.addMenu(translate("Map", "Kind"))
    for kind in FlowKind:
        action = kinds.addAction(interface_label(kind),
                                 lambda k=kind: view.editor.set_flow_kind(  # type: ignore[misc]
                                     item.flow_id, k))
        action.setCheckable(True)
        action.setChecked(item.route.kind is kind)
    menu.addSeparator()
    menu.addAction(translate("Map", "Delete"), view.delete_selection)


def _stage_actions(view: JourneyView, menu: QMenu) -> None:
    menu.addAction(translate("Map", "Add stage before"), lambda: view.add_stage(after=False))
    menu.addAction(translate("Map", "Add stage after"), lambda: view.add_stage(after=True))


def _empty_menu(view: JourneyView, menu: QMenu, point: QPointF) -> None:
    journey = view.map_scene.journey()
    if journey is None:
        return
    if journey.stages:
        menu.addAction(translate("Map", "Add touchpoint here"),
                       lambda: view.add_touchpoint_at(point))
        menu.addAction(translate("Map", "Add sticky note here"), lambda: view.add_note_at(point))
        menu.addSeparator()
    menu.addAction(translate("Map", "Add stage"), lambda: view.add_stage(after=True))
    if not journey.stages:
        templates = menu.addMenu(translate("Map", "Apply a stage template"))
        for template in StageTemplate:
            templates.addAction(interface_label(template),
                                lambda t=template: view.apply_template(t))  # type: ignore[misc]
    if view.map_scene.touchpoint_items:
        menu.addSeparator()
        menu.addAction(translate("Map", "Paste"), view.paste)
        menu.addAction(translate("Map", "Select all"), view.select_all)
