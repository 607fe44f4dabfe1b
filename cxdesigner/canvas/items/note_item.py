"""A sticky note on the map."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QStyle, QStyleOptionGraphicsItem, QWidget
from typing_extensions import override

from cxdesigner.canvas.context import SELECTION, MapContext
from cxdesigner.canvas.painting import BOX_LOD, DETAIL_LOD, draw_text, pen
from cxdesigner.layout import NoteBox, palette
from cxdesigner.model import StickyNote

Z_NOTE = 9.0
FOLD = 10.0


class NoteItem(QGraphicsItem):
    """One sticky note, keyed by its id in the scene."""

    def __init__(self, context: MapContext, note: StickyNote, box: NoteBox) -> None:
        super().__init__()
        self._context = context
        self.note = note
        self.editing = False
        self._size = QRectF(0, 0, box.rect.width, box.rect.height)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setZValue(Z_NOTE)
        self.setPos(box.rect.x, box.rect.y)

    @property
    def note_id(self) -> str:
        return self.note.id

    def set_note(self, note: StickyNote, box: NoteBox | None = None) -> None:
        """Show the note's new text or colour, at its new place."""
        if box is not None:
            if box.rect.width != self._size.width() or box.rect.height != self._size.height():
                self.prepareGeometryChange()
                self._size = QRectF(0, 0, box.rect.width, box.rect.height)
            if (box.rect.x, box.rect.y) != (self.pos().x(), self.pos().y()):
                self.setPos(box.rect.x, box.rect.y)
        if note is not self.note:
            self.note = note
            self.update()

    def text_rect(self) -> QRectF:
        """Where the text is, in scene coordinates (for inline editing)."""
        return self.mapRectToScene(self._size.adjusted(8, 6, -8, -6))

    @override
    def boundingRect(self) -> QRectF:
        return self._size.adjusted(-2, -2, 2, 2)

    @override
    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        fill = QColor(self.note.colour)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = self._size
        body = QPolygonF([rect.topLeft(), rect.topRight(),
                          QPointF(rect.right(), rect.bottom() - FOLD),
                          QPointF(rect.right() - FOLD, rect.bottom()), rect.bottomLeft()])
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.setPen(pen(SELECTION, 2.5) if selected else pen(fill.darker(135).name(), 0.8))
        painter.setBrush(fill)
        painter.drawPolygon(body)
        painter.setBrush(fill.darker(115))
        painter.setPen(pen(fill.darker(135).name(), 0.8))
        painter.drawPolygon(QPolygonF([QPointF(rect.right(), rect.bottom() - FOLD),
                                       QPointF(rect.right() - FOLD, rect.bottom() - FOLD),
                                       QPointF(rect.right() - FOLD, rect.bottom())]))
        if self.editing or lod < BOX_LOD:
            return
        sizes = (12.0, 11.0, 10.0, 9.0) if lod >= DETAIL_LOD else (13.0,)
        draw_text(painter, self._size.adjusted(8, 6, -8 - FOLD / 2, -6), self.note.text,
                  palette.INK, sizes, valign=Qt.AlignmentFlag.AlignVCenter)
