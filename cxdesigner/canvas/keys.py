"""The map's keyboard: typing a journey without touching the mouse."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent

from cxdesigner.canvas.actions import ViewActions
from cxdesigner.canvas.mouse import MouseGestures
from cxdesigner.canvas.navigation import Navigation
from cxdesigner.model import MomentOfTruth

_MOMENT_KEYS = {
    Qt.Key.Key_1: MomentOfTruth.ESSENTIAL,
    Qt.Key.Key_2: MomentOfTruth.CRITICAL,
    Qt.Key.Key_3: MomentOfTruth.WOW,
    Qt.Key.Key_0: MomentOfTruth.NONE,
}
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)

KEY_HELP = (
    ("Enter", "add the next touchpoint and type its title"),
    ("Ctrl+Enter / Ctrl+Shift+Enter", "add a stage after / before the current one"),
    ("F2", "rename the selected card, stage or note"),
    ("Tab / Shift+Tab", "next / previous stage"),
    ("Left / Right", "previous / next touchpoint"),
    ("1 / 2 / 3 / 0", "moment of truth: essential / critical / wow / none"),
    ("+ / - (Alt+Up / Alt+Down)", "emotion up / down"),
    ("C", "cycle criticality"),
    ("K", "pick a channel"),
    ("E", "the path ends at the selected touchpoint, or leads on to the next one again"),
    ("Delete", "delete the selection"),
    ("Ctrl++ / Ctrl+- / Ctrl+0", "zoom in / out / 100 %"),
    ("Space+drag, middle button", "pan"),
)
"""Key, what it does: for the window's help and the documentation."""


def handle_key(event: QKeyEvent, actions: ViewActions, navigation: Navigation,
               mouse: MouseGestures) -> bool:
    """Act on a key pressed in the map; False when the key is not the map's."""
    key = event.key()
    mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
    shift = bool(mods & Qt.KeyboardModifier.ShiftModifier)
    alt = bool(mods & Qt.KeyboardModifier.AltModifier)
    if ctrl:
        return _control_key(actions, navigation, key, shift)
    if key == Qt.Key.Key_Escape:
        if not mouse.cancel():
            actions.map_scene.clearSelection()
        return True
    if key == Qt.Key.Key_Space and not event.isAutoRepeat():
        mouse.start_space_pan()
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
        actions.open_channel_picker()
    elif key == Qt.Key.Key_E:
        actions.toggle_path_end()
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
