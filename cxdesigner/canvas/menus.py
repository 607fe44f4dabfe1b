"""Context menus of the map: on a card, a stage header, a flow, a note or empty space."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QPointF, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from cxdesigner.canvas.actions import ViewActions
from cxdesigner.canvas.capture import CaptureActions
from cxdesigner.canvas.items import (
    BlueprintItemItem,
    FlowItem,
    NoteItem,
    StageHeaderItem,
    TouchpointItem,
)
from cxdesigner.canvas.link_mode import LinkMode
from cxdesigner.interface_language import interface_label, interface_language, translate
from cxdesigner.io.templates import bundled_name, bundled_templates
from cxdesigner.model import BlueprintLayer, FlowKind, Lane, MomentOfTruth

__all__ = ["build_menu", "path_rule_text"]


def path_rule_text() -> str:
    """The rule of the journey's path, in the consultant's words (tooltips, help)."""
    return translate(
        "Map", "A touchpoint leads to the next one on the map unless a flow drawn from it "
               "says otherwise: a “next step” flow further along the map, or any flow to the "
               "next touchpoint. Loops back, transfers and alternatives come on top. Check "
               "this when the customer's path stops here, or goes on only through the flows "
               "drawn from this touchpoint.")


def build_menu(actions: ViewActions, point: QPointF, parent: QWidget,
               capture: CaptureActions, links: LinkMode) -> QMenu:
    """The menu for what is under ``point`` (scene coordinates); the selection follows it."""
    scene = actions.map_scene
    item = scene.item_at(point)
    if item is not None and not item.isSelected():
        scene.select_only([item])
    menu = QMenu(parent)
    if isinstance(item, TouchpointItem):
        _card_menu(actions, menu, capture, links)
    elif isinstance(item, FlowItem):
        _flow_menu(actions, menu, item)
    elif isinstance(item, BlueprintItemItem):
        _blueprint_menu(actions, menu)
    elif isinstance(item, StageHeaderItem | NoteItem):
        rename = translate("Map", "Rename") if isinstance(item, StageHeaderItem) \
            else translate("Map", "Edit text")
        menu.addAction(rename, actions.edit_selected_title)
        _picture_menu(actions, menu)
        if isinstance(item, StageHeaderItem):
            _stage_actions(actions, menu)
        menu.addSeparator()
        menu.addAction(translate("Map", "Delete"), actions.delete_selection)
    else:
        scene.clearSelection()
        _empty_menu(actions, menu, point)
    return menu


def _shown_key(action: QAction, key: str) -> None:
    """Show the map's key for an entry (the map's keys handle it, not the menu)."""
    action.setShortcut(QKeySequence(key))
    action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)


def _card_menu(actions: ViewActions, menu: QMenu, capture: CaptureActions,
               links: LinkMode) -> None:
    menu.addAction(translate("Map", "Rename"), actions.edit_selected_title)
    menu.addAction(translate("Map", "Add touchpoint after"), actions.add_next_touchpoint)
    moments = menu.addMenu(translate("Map", "Moment of truth"))
    for moment in MomentOfTruth:
        moments.addAction(interface_label(moment),
                          lambda m=moment: actions.set_moment(m))  # type: ignore[misc]
    for text, key, run in (
            (translate("Map", "Channel…"), "K", capture.open_channel_picker),
            (translate("Map", "Interlocutor…"), "I", capture.open_interlocutor_picker),
            (translate("Map", "Link to…"), "L",
             lambda: links.start(actions.selected_touchpoint_ids())),
            (translate("Map", "Add verbatim…"), "V", lambda: capture.capture(Lane.VERBATIMS)),
            (translate("Map", "Add pain point…"), "R", lambda: capture.capture(Lane.IRRITANTS)),
            (translate("Map", "Add opportunity…"), "O",
             lambda: capture.capture(Lane.OPPORTUNITIES))):
        _shown_key(menu.addAction(text, run), key)
    menu.addAction(translate("Map", "Cycle criticality"), actions.cycle_criticality)
    emotion = menu.addMenu(translate("Map", "Emotion"))
    emotion.addAction(translate("Map", "Better (+)"), lambda: actions.nudge_emotion(1))
    emotion.addAction(translate("Map", "Worse (-)"), lambda: actions.nudge_emotion(-1))
    path_end = menu.addAction(translate("Map", "Path ends here"), actions.toggle_path_end)
    path_end.setCheckable(True)
    path_end.setChecked(actions.editor.ends_path(actions.selected_touchpoint_ids()))
    _shown_key(path_end, "E")
    path_end.setToolTip(path_rule_text())
    path_end.setStatusTip(path_rule_text())
    menu.setToolTipsVisible(True)
    _picture_menu(actions, menu)
    _details_menu(actions, menu)
    menu.addSeparator()
    _stage_actions(actions, menu)
    menu.addSeparator()
    menu.addAction(translate("Map", "Cut"), actions.cut_selection)
    menu.addAction(translate("Map", "Copy"), actions.copy_selection)
    menu.addAction(translate("Map", "Paste"), actions.paste)
    menu.addAction(translate("Map", "Delete"), actions.delete_selection)


def _picture_menu(actions: ViewActions, menu: QMenu) -> None:
    """The picture of the one selected card, stage or note: add, show, take off."""
    pictures = actions.pictures
    target = pictures.selected_target()
    if target is None:
        return
    sub = menu.addMenu(translate("Map", "Picture"))
    sub.setObjectName("pictureMenu")
    sub.addAction(translate("Map", "Choose a picture file…"), pictures.choose_file)
    data = QApplication.clipboard().mimeData()
    paste = sub.addAction(translate("Map", "Paste picture"), pictures.paste)
    paste.setEnabled(data is not None and data.hasImage())
    has_picture = pictures.picture_of(target) is not None
    full = sub.addAction(translate("Map", "Show at full size"), pictures.show_full)
    full.setEnabled(has_picture)
    remove = sub.addAction(translate("Map", "Remove picture"), pictures.remove)
    remove.setEnabled(has_picture)


def _details_menu(actions: ViewActions, menu: QMenu) -> None:
    """The journey that details the one selected step: choose it, open it."""
    details = actions.details
    choices = details.choices()
    if not choices or len(actions.selected_touchpoint_ids()) != 1:
        return
    current = details.detailed_id()
    sub = menu.addMenu(translate("Map", "Detailed by journey"))
    sub.setObjectName("detailsMenu")
    sub.setToolTipsVisible(True)
    none = sub.addAction(translate("Map", "None"), lambda: details.set_detailed(None))
    none.setCheckable(True)
    none.setChecked(current is None)
    sub.addSeparator()
    for journey, refusal in choices:
        action = sub.addAction(journey.name,
                               lambda j=journey.id: details.set_detailed(j))  # type: ignore[misc]
        action.setCheckable(True)
        action.setChecked(journey.id == current)
        if refusal:
            action.setEnabled(False)
            action.setToolTip(refusal)
    if current is not None:
        sub.addSeparator()
        _shown_key(sub.addAction(translate("Map", "Open the detailed journey"),
                                 details.open_selected), "D")


def _flow_menu(actions: ViewActions, menu: QMenu, item: FlowItem) -> None:
    kinds = menu.addMenu(translate("Map", "Kind"))
    for kind in FlowKind:
        action = kinds.addAction(interface_label(kind),
                                 lambda k=kind: actions.editor.set_flow_kind(  # type: ignore[misc]
                                     item.flow_id, k))
        action.setCheckable(True)
        action.setChecked(item.route.kind is kind)
    menu.addSeparator()
    menu.addAction(translate("Map", "Delete"), actions.delete_selection)


def _blueprint_menu(actions: ViewActions, menu: QMenu) -> None:
    menu.addAction(translate("Map", "Rename"), actions.edit_selected_title)
    menu.addAction(translate("Map", "Move left"), lambda: actions.blueprint.move_selected(-1))
    menu.addAction(translate("Map", "Move right"), lambda: actions.blueprint.move_selected(1))
    menu.addSeparator()
    menu.addAction(translate("Map", "Delete"), actions.delete_selection)


_ADD_TO_LAYER = {
    BlueprintLayer.FRONT_STAGE: str(QT_TRANSLATE_NOOP("Map", "Add front-stage action here")),
    BlueprintLayer.BACK_STAGE: str(QT_TRANSLATE_NOOP("Map", "Add back-stage action here")),
    BlueprintLayer.SUPPORT: str(QT_TRANSLATE_NOOP("Map", "Add support process here")),
}


def _stage_actions(actions: ViewActions, menu: QMenu) -> None:
    menu.addAction(translate("Map", "Add stage before"), lambda: actions.add_stage(after=False))
    menu.addAction(translate("Map", "Add stage after"), lambda: actions.add_stage(after=True))


def _empty_menu(actions: ViewActions, menu: QMenu, point: QPointF) -> None:
    journey = actions.map_scene.journey()
    if journey is None:
        return
    place = actions.blueprint.place_at(point)
    if place is not None:
        menu.addAction(translate("Map", _ADD_TO_LAYER[place[0]]),
                       lambda: actions.blueprint.add_at(point))
        return
    if journey.stages:
        menu.addAction(translate("Map", "Add touchpoint here"),
                       lambda: actions.add_touchpoint_at(point))
        menu.addAction(translate("Map", "Add sticky note here"), lambda: actions.add_note_at(point))
        menu.addSeparator()
    menu.addAction(translate("Map", "Add stage"), lambda: actions.add_stage(after=True))
    if not journey.stages:
        templates = menu.addMenu(translate("Map", "Apply a stage template"))
        for template in bundled_templates(actions.editor.document.project.language):
            names = template.stage_names()
            templates.addAction(bundled_name(template.key, interface_language()),
                                lambda n=names: actions.apply_template(n))  # type: ignore[misc]
    if actions.map_scene.touchpoint_items:
        menu.addSeparator()
        menu.addAction(translate("Map", "Paste"), actions.paste)
        menu.addAction(translate("Map", "Select all"), actions.select_all)
