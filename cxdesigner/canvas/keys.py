"""The map's keyboard: typing a journey without touching the mouse."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent

from cxdesigner.canvas.actions import ViewActions
from cxdesigner.canvas.capture import CaptureActions
from cxdesigner.canvas.link_mode import LinkMode
from cxdesigner.canvas.mouse import MouseGestures
from cxdesigner.canvas.navigation import Navigation
from cxdesigner.interface_language import translate
from cxdesigner.model import Lane, MomentOfTruth

_MOMENT_KEYS = {
    Qt.Key.Key_1: MomentOfTruth.ESSENTIAL,
    Qt.Key.Key_2: MomentOfTruth.CRITICAL,
    Qt.Key.Key_3: MomentOfTruth.WOW,
    Qt.Key.Key_0: MomentOfTruth.NONE,
}
_LIST_KEYS = {
    Qt.Key.Key_V: Lane.VERBATIMS,
    Qt.Key.Key_R: Lane.IRRITANTS,
    Qt.Key.Key_O: Lane.OPPORTUNITIES,
}
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def map_keys() -> list[tuple[str, str]]:
    """Every key of the map and what it does, in the interface language: the shortcut
    sheet (Help ▸ Keyboard Shortcuts, F1) and the documentation read this list."""
    return [
        (translate("Keys", "Enter"),
         translate("Keys", "add the next touchpoint and type its title")),
        (translate("Keys", "Ctrl+Enter / Ctrl+Shift+Enter"),
         translate("Keys", "add a stage after / before the current one and type its name")),
        (translate("Keys", "F2"), translate("Keys", "rename the selected card, stage or note")),
        (translate("Keys", "Tab / Shift+Tab"), translate("Keys", "next / previous stage")),
        (translate("Keys", "Left / Right"), translate("Keys", "previous / next touchpoint")),
        (translate("Keys", "K"), translate(
            "Keys", "channel: type its name (Enter takes the suggestion; a new name adds a "
                  "channel)")),
        (translate("Keys", "I"), translate(
            "Keys", "interlocutor: type a name (a new name adds one, a person or a system as "
                  "its name suggests)")),
        (translate("Keys", "L"), translate(
            "Keys", "link to another card: type part of its title or use the arrows, then "
                  "Enter (next step), Shift+Enter (loop back), Alt+Enter (transfer) or "
                  "Ctrl+Enter (alternative)")),
        (translate("Keys", "V"), translate(
            "Keys", "add a verbatim to the card (↑ ↓ choose its source)")),
        (translate("Keys", "R"), translate(
            "Keys", "add a pain point to the card (↑ ↓ choose its severity)")),
        (translate("Keys", "O"), translate("Keys", "add an opportunity to the card")),
        (translate("Keys", "1 / 2 / 3 / 0"),
         translate("Keys", "moment of truth: essential / critical / wow / none")),
        (translate("Keys", "+ / - (Alt+Up / Alt+Down)"), translate("Keys", "emotion up / down")),
        (translate("Keys", "C"), translate("Keys", "cycle the criticality")),
        (translate("Keys", "E"), translate(
            "Keys", "the path ends at the selected card, or leads on to the next one again")),
        (translate("Keys", "D"), translate(
            "Keys", "open the journey that details the selected card")),
        (translate("Keys", "Delete"), translate("Keys", "delete the selection")),
        (translate("Keys", "Ctrl+Z / Ctrl+Shift+Z"), translate("Keys", "undo / redo")),
        (translate("Keys", "Ctrl+C / Ctrl+X / Ctrl+V"),
         translate("Keys", "copy / cut / paste cards")),
        (translate("Keys", "Ctrl++ / Ctrl+- / Ctrl+0"), translate("Keys", "zoom in / out / 100 %")),
        (translate("Keys", "Ctrl+Shift+F"), translate(
            "Keys", "fit to the window (the current stage when the whole map would be too small "
                  "to read)")),
        (translate("Keys", "M"), translate("Keys", "show or hide the overview of the map")),
        (translate("Keys", "Space+drag, middle button"), translate("Keys", "pan")),
        (translate("Keys", "Esc"), translate("Keys", "cancel what is being typed, or deselect")),
        (translate("Keys", "F1"), translate("Keys", "this list of keys")),
        (translate("Keys", "F5"), translate("Keys", "present the map to the room")),
    ]


@dataclass(frozen=True)
class MapKeyParts:
    """The parts of a map view its keys act on."""

    actions: ViewActions
    navigation: Navigation
    mouse: MouseGestures
    capture: CaptureActions
    links: LinkMode
    show_help: Callable[[], None]
    toggle_overview: Callable[[], None]


def handle_key(event: QKeyEvent, parts: MapKeyParts) -> bool:
    """Act on a key pressed in the map; False when the key is not the map's."""
    actions = parts.actions
    key = event.key()
    mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
    shift = bool(mods & Qt.KeyboardModifier.ShiftModifier)
    alt = bool(mods & Qt.KeyboardModifier.AltModifier)
    if ctrl:
        return _control_key(actions, parts.navigation, key, shift)
    if key == Qt.Key.Key_Escape:
        if not parts.mouse.cancel():
            actions.map_scene.clearSelection()
        return True
    if key == Qt.Key.Key_Space and not event.isAutoRepeat():
        parts.mouse.start_space_pan()
        return True
    if alt and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
        actions.nudge_emotion(1 if key == Qt.Key.Key_Up else -1)
        return True
    if alt:
        return False
    if key in _ENTER:
        actions.add_next_touchpoint()
    elif key == Qt.Key.Key_F2:
        actions.edit_selected_title()
    elif key == Qt.Key.Key_F1:
        parts.show_help()
    elif key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
        actions.select_stage_step(-1 if shift or key == Qt.Key.Key_Backtab else 1)
    elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
        actions.select_neighbour(-1 if key == Qt.Key.Key_Left else 1)
    elif key in _MOMENT_KEYS:
        actions.set_moment(_MOMENT_KEYS[Qt.Key(key)])
    elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
        actions.nudge_emotion(1)
    elif key in (Qt.Key.Key_Minus, Qt.Key.Key_Underscore):
        actions.nudge_emotion(-1)
    elif key == Qt.Key.Key_C:
        actions.cycle_criticality()
    elif key == Qt.Key.Key_K:
        parts.capture.open_channel_picker()
    elif key == Qt.Key.Key_I:
        parts.capture.open_interlocutor_picker()
    elif key in _LIST_KEYS:
        parts.capture.capture(_LIST_KEYS[Qt.Key(key)])
    elif key == Qt.Key.Key_L:
        parts.links.start(actions.selected_touchpoint_ids())
    elif key == Qt.Key.Key_E:
        actions.toggle_path_end()
    elif key == Qt.Key.Key_D:
        actions.details.open_selected()
    elif key == Qt.Key.Key_M:
        parts.toggle_overview()
    elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
        actions.delete_selection()
    else:
        return False
    return True


def _control_key(actions: ViewActions, navigation: Navigation, key: int, shift: bool) -> bool:
    if key in _ENTER:
        actions.add_stage(after=not shift)
    elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
        navigation.zoom_in()
    elif key == Qt.Key.Key_Minus:
        navigation.zoom_out()
    elif key == Qt.Key.Key_0:
        navigation.reset_zoom()
    elif key == Qt.Key.Key_F and shift:
        navigation.fit_readable(actions.current_stage_id())
    elif key == Qt.Key.Key_C:
        actions.copy_selection()
    elif key == Qt.Key.Key_X:
        actions.cut_selection()
    elif key == Qt.Key.Key_V:
        actions.paste()
    elif key == Qt.Key.Key_A:
        actions.select_all()
    elif key == Qt.Key.Key_Z:
        stack = actions.editor.document.undo_stack
        stack.redo() if shift else stack.undo()
    elif key == Qt.Key.Key_Y:
        actions.editor.document.undo_stack.redo()
    else:
        return False
    return True
