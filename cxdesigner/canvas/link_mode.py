"""Linking two cards from the keyboard (L): the "link to…" mode picks the target card by
typing part of its title or with the arrows, and Enter links them, its modifier saying how
the customer moves on (next step, loop back, transfer, alternative)."""

from __future__ import annotations

from PySide6.QtCore import QLineF, QRectF, Qt, Signal
from PySide6.QtGui import QPainter, QPen

from cxdesigner.canvas.context import SELECTION
from cxdesigner.canvas.editing import MapEditor
from cxdesigner.canvas.inline_editor import InlineEditing, InlineEditor
from cxdesigner.canvas.map_view import MapView, ViewPart
from cxdesigner.canvas.navigation import Navigation
from cxdesigner.canvas.painting import colour
from cxdesigner.document.checks import DocumentRuleError
from cxdesigner.document.language import refusal_text
from cxdesigner.interface_language import interface_label, translate
from cxdesigner.model import FlowKind
from cxdesigner.model.text import holds

_KINDS = (
    (Qt.KeyboardModifier.ShiftModifier, FlowKind.BACK),
    (Qt.KeyboardModifier.AltModifier, FlowKind.TRANSFER),
    (Qt.KeyboardModifier.ControlModifier, FlowKind.ALTERNATIVE),
)
"""The modifier held on Enter, and the kind of flow it makes (none: the next step). Shift and
Alt are those of the drag from a card's handle."""


def flow_kind(modifiers: Qt.KeyboardModifier) -> FlowKind:
    """The kind of link Enter makes with these modifiers held."""
    return next((kind for modifier, kind in _KINDS if modifiers & modifier), FlowKind.NEXT)


class LinkMode(ViewPart):
    """The "link to…" mode of the map, from the selected card to a card picked by keys.

    While it runs, :attr:`source_id` and :attr:`target_id` name the two cards; the view
    paints the target's highlight (screen only) with :meth:`paint`.

    Signals:
        told(str): something to tell the user in the status bar.
    """

    told = Signal(str)

    def __init__(self, view: MapView, editor: MapEditor, inline: InlineEditing,
                 navigation: Navigation) -> None:
        super().__init__(view)
        self._editor, self._inline, self._navigation = editor, inline, navigation
        self.source_id: str | None = None
        self.target_id: str | None = None
        self._candidates: list[str] = []
        self._index = 0
        self._line: InlineEditor | None = None

    @property
    def active(self) -> bool:
        return self.source_id is not None

    def start(self, selected: list[str]) -> None:
        """Enter the mode from the selected card (the last one when several are)."""
        if not selected:
            self.told.emit(translate("Map", "Select the touchpoint to link from."))
            return
        scene = self.view.map_scene
        source = scene.touchpoint_items.get(selected[-1])
        if source is None:
            return
        self.source_id = selected[-1]
        rect = source.title_rect()
        editor = self._inline.start(QRectF(rect.x(), rect.bottom() + 2, rect.width(), 22),
                                    "", 11.0, self._on_commit, self._on_cancel, bold=False,
                                    on_step=self._step, arrows_step=True,
                                    on_edit=self._on_typed, commits_on_leave=False)
        editor.setPlaceholderText(translate("Map", "Link to… (type a title)"))
        self._line = editor
        self._on_typed("")

    # ------------------------------------------------------------------ picking the target

    def candidates(self, typed: str) -> list[str]:
        """The cards whose title holds ``typed`` (every other card when nothing is typed),
        the ones after the source first, in map order, then those before it."""
        journey = self.view.map_scene.journey()
        if journey is None or self.source_id is None:
            return []
        order = [tp for _, tp in journey.touchpoints()]
        at = next((i for i, tp in enumerate(order) if tp.id == self.source_id), 0)
        around = order[at + 1:] + order[:at]
        return [tp.id for tp in around if holds(tp.title, typed)]

    def _on_typed(self, text: str) -> None:
        self._candidates = self.candidates(text)
        self._index = 0
        self._show_target()

    def _step(self, delta: int) -> None:
        if self._candidates:
            self._index = (self._index + delta) % len(self._candidates)
        self._show_target()

    def _show_target(self) -> None:
        scene = self.view.map_scene
        self.target_id = self._candidates[self._index] if self._candidates else None
        item = scene.touchpoint_items.get(self.target_id or "")
        if item is not None:
            self._navigation.show_rect(item.sceneBoundingRect())
        self._inline.set_hint(self._hint())
        self.view.viewport().update()

    def _hint(self) -> str:
        journey = self.view.map_scene.journey()
        if self.target_id is None or journey is None:
            return translate("Map", "No card has that in its title · Esc: cancel")
        title = next(tp.title for _, tp in journey.touchpoints() if tp.id == self.target_id)
        where = translate("Map", "To “%1” (%2 of %3, ↑ ↓ for another)").replace(
            "%1", title).replace("%2", str(self._index + 1)).replace(
            "%3", str(len(self._candidates)))
        kinds = translate("Map", "Enter: %1 · Shift+Enter: %2 · Alt+Enter: %3 · "
                                 "Ctrl+Enter: %4").replace(
            "%1", interface_label(FlowKind.NEXT)).replace(
            "%2", interface_label(FlowKind.BACK)).replace(
            "%3", interface_label(FlowKind.TRANSFER)).replace(
            "%4", interface_label(FlowKind.ALTERNATIVE))
        return f"{where}\n{kinds}"

    # ------------------------------------------------------------------ ending

    def _on_commit(self, _text: str) -> None:
        kind = flow_kind(self._line.modifiers) if self._line is not None else FlowKind.NEXT
        source, target = self.source_id, self.target_id
        self._end()
        if source is None or target is None:
            self.told.emit(translate("Map", "No link added: no card has that in its title."))
            return
        try:
            flow_id = self._editor.connect(source, target, kind)
        except DocumentRuleError as error:  # a card went meanwhile (another window's edit)
            self.told.emit(refusal_text(error))
            return
        if flow_id is None:
            self.told.emit(translate("Map", "These two cards are already linked that way."))
            return
        self.told.emit(translate("Map", "Linked: %1.").replace("%1", interface_label(kind)))

    def _on_cancel(self) -> None:
        self._end()

    def _end(self) -> None:
        self.source_id = self.target_id = None
        self._candidates = []
        self.view.viewport().update()

    # ------------------------------------------------------------------ painting

    def paint(self, painter: QPainter) -> None:
        """The target's highlight and a line from the source to it (scene coordinates)."""
        scene = self.view.map_scene
        source = scene.touchpoint_items.get(self.source_id or "")
        target = scene.touchpoint_items.get(self.target_id or "")
        if source is None or target is None:
            return
        painter.save()
        ring = QPen(colour(SELECTION), 4)
        ring.setCosmetic(True)
        painter.setPen(ring)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        box = target.sceneBoundingRect().adjusted(-5, -5, 5, 5)
        painter.drawRoundedRect(box, 9, 9)
        line = QPen(colour(SELECTION), 2, Qt.PenStyle.DashLine)
        line.setCosmetic(True)
        painter.setPen(line)
        start, end = source.sceneBoundingRect(), target.sceneBoundingRect()
        painter.drawLine(QLineF(start.center(), end.center()))
        painter.restore()
