"""Capturing what the room says on the selected card, from the keyboard and in place: its
channel (K) and interlocutor (I), made on the fly when new, and a verbatim (V), an irritant
(R) or an opportunity (O) typed straight into its lane."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRectF, Qt, Signal

from cxdesigner.canvas.actions import ViewActions
from cxdesigner.canvas.capture_editing import CaptureEditor, Named
from cxdesigner.canvas.editing import MapEditor
from cxdesigner.canvas.inline_editor import InlineEditing
from cxdesigner.canvas.map_view import MapView, ViewPart
from cxdesigner.document.checks import DocumentRuleError
from cxdesigner.document.language import refusal_text
from cxdesigner.interface_language import interface_label, interface_language, translate
from cxdesigner.model import Channel, Lane, VerbatimSource
from cxdesigner.model.text import fold, holds
from cxdesigner.vocabulary import severity_label

SEVERITIES = (1, 2, 3, 4)
_SOURCES = tuple(VerbatimSource)


class CaptureActions(ViewPart):
    """The capture keys of the map: each types in place and makes one undo step.

    The source of the last verbatim and the severity of the last irritant are kept for the
    next one: a workshop often hears several in a row from the same kind of source.

    Signals:
        told(str): something to tell the user in the status bar.
    """

    told = Signal(str)

    def __init__(self, view: MapView, actions: ViewActions, editor: MapEditor,
                 inline: InlineEditing) -> None:
        super().__init__(view)
        self._actions, self._inline = actions, inline
        self.editor = CaptureEditor(editor)
        self.source = VerbatimSource.OTHER
        self.severity = 2

    def _tell(self, message: str) -> None:
        self.told.emit(message)

    def _cell_rect(self, touchpoint_id: str, lane: Lane) -> QRectF:
        """Where to type for a card's lane: its cell, or the card when the lane is hidden."""
        scene = self._actions.map_scene
        layout = scene.map_layout
        cell = layout.cell(touchpoint_id, lane) if layout is not None else None
        if cell is not None:
            return QRectF(cell.x, cell.y, cell.width, min(cell.height, 30.0))
        return scene.touchpoint_items[touchpoint_id].title_rect()

    def _selected(self, message: str) -> list[str]:
        ids = self._actions.selected_touchpoint_ids()
        if not ids:
            self._tell(message)
        return ids

    # ------------------------------------------------------------------ channel, interlocutor

    def open_channel_picker(self) -> None:
        """K: type the channel of the selected cards; a new name makes a new channel."""
        ids = self._selected(translate("Map", "Select a touchpoint to give it a channel."))
        if ids:
            names = [c.name for c in self.editor.editor.document.project.channels]
            current = self._current(ids[0], "channel_id",
                                    self._actions.map_scene.context.channel_names)
            self._pick(ids, Lane.CHANNELS, names, current, self.editor.name_channel)

    def open_interlocutor_picker(self) -> None:
        """I: type who the customer deals with on the selected cards; a new name makes a
        new interlocutor, a person or a system as its name suggests."""
        ids = self._selected(translate("Map", "Select a touchpoint to give it an interlocutor."))
        if ids:
            names = [i.name for i in self.editor.editor.document.project.interlocutors]
            current = self._current(ids[0], "interlocutor_id",
                                    self._actions.map_scene.context.interlocutor_names)
            self._pick(ids, Lane.INTERLOCUTORS, names, current, self.editor.name_interlocutor)

    def _current(self, touchpoint_id: str, field: str, names: dict[str, str]) -> str:
        editor = self.editor.editor
        touchpoint = editor.document.touchpoint(editor.journey_id, touchpoint_id)
        return names.get(getattr(touchpoint, field) or "", "")

    def _pick(self, ids: list[str], lane: Lane, names: list[str], text: str,
              name: Callable[[list[str], str], Named]) -> None:
        def done(value: str) -> None:
            exact = bool(editor.modifiers & Qt.KeyboardModifier.ShiftModifier)
            if not exact and len(_containing(value, names)) > 1:
                # A part of several names: Enter neither guesses nor adds that part.
                self._tell(translate(
                    "Map", "Several names contain “%1”: pick one with ↓ and Enter, or press "
                           "Shift+Enter to add “%1” as a new one.").replace(
                    "%1", value.strip()))
                self._pick(ids, lane, names, value, name)
                return
            try:
                named = name(ids, value)
            except DocumentRuleError as error:
                self._tell(refusal_text(error))
                if value.strip():
                    self._pick(ids, lane, names, value, name)
                return
            if named.created is not None:
                self._tell(_created_text(named.created))

        editor = self._inline.start(self._cell_rect(ids[0], lane), text, 11.0, done,
                                    choices=names, bold=False)
        editor.setPlaceholderText(translate("Map", "Name (a new one is added)"))
        self._inline.set_hint(translate(
            "Map", "Enter: the highlighted or only suggestion · Shift+Enter: exactly what is "
                   "typed · Esc: cancel"))

    # ------------------------------------------------------------------ lists of a card

    def capture(self, lane: Lane) -> None:
        """V, R, O: type a verbatim, an irritant or an opportunity on the selected card
        (the last one selected); Up and Down step through the sources (a list) or raise
        and lower the severity."""
        word = {Lane.VERBATIMS: translate("Map", "Select a touchpoint to add a verbatim."),
                Lane.IRRITANTS: translate("Map", "Select a touchpoint to add a pain point."),
                Lane.OPPORTUNITIES: translate("Map",
                                              "Select a touchpoint to add an opportunity.")}
        ids = self._selected(word[lane])
        if ids:
            self._type_item(ids[-1], lane, "")

    def _type_item(self, touchpoint_id: str, lane: Lane, typed: str) -> None:
        def done(text: str) -> None:
            try:
                added = self._add(touchpoint_id, lane, text)
            except DocumentRuleError as error:
                self._tell(refusal_text(error))
                self._type_item(touchpoint_id, lane, text)
                return
            if added:
                self._tell(_added_text(lane))

        step = None if lane is Lane.OPPORTUNITIES else \
            (lambda delta: self._step(lane, delta))
        editor = self._inline.start(self._cell_rect(touchpoint_id, lane), typed, 11.0, done,
                                    bold=False, on_step=step)
        editor.setPlaceholderText(interface_label(lane))
        self._show_choice(lane)

    def _add(self, touchpoint_id: str, lane: Lane, text: str) -> bool:
        if lane is Lane.VERBATIMS:
            return self.editor.add_verbatim(touchpoint_id, text, self.source)
        if lane is Lane.IRRITANTS:
            return self.editor.add_irritant(touchpoint_id, text, self.severity)
        return self.editor.add_opportunity(touchpoint_id, text)

    def _step(self, lane: Lane, delta: int) -> None:
        if lane is Lane.VERBATIMS:
            index = (_SOURCES.index(self.source) + delta) % len(_SOURCES)
            self.source = _SOURCES[index]
        else:  # Up (-1) raises the severity, Down lowers it
            self.severity = max(SEVERITIES[0], min(SEVERITIES[-1], self.severity - delta))
        self._show_choice(lane)

    def _show_choice(self, lane: Lane) -> None:
        if lane is Lane.VERBATIMS:
            choice = translate("Map", "Source: %1").replace("%1", interface_label(self.source))
        elif lane is Lane.IRRITANTS:
            choice = translate("Map", "Severity: %1").replace(
                "%1", severity_label(self.severity, interface_language()))
        else:
            self._inline.set_hint(translate("Map", "Enter: add · Esc: cancel"))
            return
        self._inline.set_hint(translate("Map", "%1 (↑ ↓ to change) · Enter: add · Esc: cancel")
                              .replace("%1", choice))


def _containing(typed: str, names: list[str]) -> list[str]:
    """The names that hold ``typed`` (all of them when none is ``typed`` itself)."""
    key = fold(typed)
    if not key or any(fold(name) == key for name in names):
        return []
    return [name for name in names if holds(name, typed)]


def _created_text(item: object) -> str:
    if isinstance(item, Channel):
        text = translate("Map", "New digital channel “%1” added; change it in Personas and "
                                "channels.") if item.digital else \
            translate("Map", "New channel “%1” added (not digital); change it in Personas "
                             "and channels.")
    else:
        human = bool(getattr(item, "human", True))
        text = translate("Map", "New interlocutor “%1” added, a person; change it in "
                                "Personas and channels.") if human else \
            translate("Map", "New interlocutor “%1” added, a system (not a person); change "
                             "it in Personas and channels.")
    return text.replace("%1", str(getattr(item, "name", "")))


def _added_text(lane: Lane) -> str:
    return {Lane.VERBATIMS: translate("Map", "Verbatim added."),
            Lane.IRRITANTS: translate("Map", "Pain point added."),
            Lane.OPPORTUNITIES: translate("Map", "Opportunity added.")}[lane]

