"""A sticky note on the map."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QGraphicsItem, QStyle, QStyleOptionGraphicsItem, QWidget
from typing_extensions import override

from cxdesigner.canvas.context import SELECTION, MapContext
from cxdesigner.canvas.painting import detail_for, pen, qrect
from cxdesigner.canvas.primitive_painter import paint
from cxdesigner.drawing import notes
from cxdesigner.drawing.detail import Detail
from cxdesigner.drawing.primitives import Primitive
from cxdesigner.drawing.sketch import Sketch
from cxdesigner.layout import NoteBox
from cxdesigner.model import StickyNote

Z_NOTE = 9.0


class NoteItem(QGraphicsItem):
    """One sticky note, keyed by its id in the scene."""

    def __init__(self, context: MapContext, note: StickyNote, box: NoteBox,
                 origin: float = 0.0) -> None:
        super().__init__()
        self._context = context
        self.note = note
        self.editing = False
        self._size = QRectF(0, 0, box.rect.width, box.rect.height)
        self._drawn: dict[tuple[object, ...], tuple[Primitive, ...]] = {}
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setZValue(Z_NOTE)
        self.setPos(box.rect.x - origin, box.rect.y)

    @property
    def note_id(self) -> str:
        return self.note.id

    def set_note(self, note: StickyNote, box: NoteBox | None = None,
                 origin: float = 0.0) -> None:
        """Show the note's new text or colour, at its new place (``origin``: its parent's
        x)."""
        if box is not None:
            if box.rect.width != self._size.width() or box.rect.height != self._size.height():
                self.prepareGeometryChange()
                self._size = QRectF(0, 0, box.rect.width, box.rect.height)
            if (box.rect.x - origin, box.rect.y) != (self.pos().x(), self.pos().y()):
                self.setPos(box.rect.x - origin, box.rect.y)
        if note is not self.note:
            self.note = note
            self._drawn.clear()
            self.update()

    def text_rect(self) -> QRectF:
        """Where the text is, in scene coordinates (for inline editing)."""
        return self.mapRectToScene(qrect(notes.text_area(
            self._size.width(), self._size.height(), self.note.image is not None)))

    def drawing(self, detail: Detail) -> tuple[Primitive, ...]:
        """The note as :mod:`cxdesigner.drawing` draws it, in its own space."""
        key = (detail, self.editing, self._size.width(), self._size.height())
        drawn = self._drawn.get(key)
        if drawn is None:
            pad = Sketch(self._context.drawing.fonts)
            notes.note(pad, self.note, self._size.width(), self._size.height(),
                       self._context.drawing, detail, with_text=not self.editing)
            self._drawn = {key: pad.take()}
            drawn = self._drawn[key]
        return drawn

    @override
    def boundingRect(self) -> QRectF:
        return self._size.adjusted(-2, -2, 2, 2)

    @override
    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        paint(painter, self.drawing(detail_for(lod)), lod)
        if option.state & QStyle.StateFlag.State_Selected:
            painter.setPen(pen(SELECTION, 2.5))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(self._size)
