"""One item per touchpoint painting its cells in the other lanes (channel, moment, lists…).

One item per touchpoint rather than one per cell keeps a 2,000-touchpoint map at a few
thousand items. What the cells look like is :mod:`cxdesigner.drawing.cells`.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget
from typing_extensions import override

from cxdesigner.canvas.context import MapContext
from cxdesigner.canvas.painting import detail_for, qrect
from cxdesigner.canvas.primitive_painter import paint
from cxdesigner.drawing import cells
from cxdesigner.drawing.cells import CellRows
from cxdesigner.drawing.detail import Detail
from cxdesigner.drawing.primitives import Primitive
from cxdesigner.drawing.sketch import Sketch
from cxdesigner.layout.path_links import ImpliedLink
from cxdesigner.model import Touchpoint

__all__ = ["CellRows", "TouchpointLanesItem"]

Z_CELLS = 1.0


class Unchanged:
    """The value of an argument left as it was."""


UNCHANGED = Unchanged()


class TouchpointLanesItem(QGraphicsItem):
    """The cells of one touchpoint in every visible lane but the cards, emotion and notes."""

    def __init__(self, context: MapContext, touchpoint: Touchpoint) -> None:
        super().__init__()
        self._context = context
        self.touchpoint = touchpoint
        self.incoming: ImpliedLink | None = None
        """The link implied from the previous card, drawn at the column's left."""
        self._rows: CellRows | None = None
        self._bounds = QRectF()
        self._drawn: dict[Detail, tuple[Primitive, ...]] = {}
        self.setZValue(Z_CELLS)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    @property
    def touchpoint_id(self) -> str:
        return self.touchpoint.id

    def redraw(self) -> None:
        """Draw the cells again (their content, names or persona changed)."""
        self._drawn.clear()
        self.update()

    @property
    def channel_switch(self) -> bool:
        """Whether the customer changes channel on the link from the previous card (a marker
        at the left)."""
        return self.incoming is not None and self.incoming.channel_switch

    def set_touchpoint(self, touchpoint: Touchpoint,
                       incoming: ImpliedLink | Unchanged | None = UNCHANGED) -> None:
        """Show the touchpoint's new content (and the link from the previous card)."""
        changed = touchpoint is not self.touchpoint
        if not isinstance(incoming, Unchanged) and incoming != self.incoming:
            self.incoming = incoming
            changed = True
        self.touchpoint = touchpoint
        if changed:
            self.redraw()

    def set_rows(self, rows: CellRows) -> None:
        """Cut the cells as the map's rows say (a no-op when they are the same rows)."""
        if rows is self._rows:
            return
        bounds = rows.bounds()
        rect = qrect(bounds) if bounds is not None else QRectF()
        if self._rows is None:  # a new item, not yet shown: nothing to repaint
            self._rows, self._bounds = rows, rect
            return
        if rect != self._bounds:
            self.prepareGeometryChange()
            self._bounds = rect
        self._rows = rows
        self.redraw()

    def set_x(self, x: float) -> None:
        """Follow the card along its stage (cells are in map coordinates vertically)."""
        if x != self.pos().x():
            self.setPos(x, 0.0)

    def drawing(self, detail: Detail) -> tuple[Primitive, ...]:
        """The cells as :mod:`cxdesigner.drawing` draws them, in the column's own space."""
        drawn = self._drawn.get(detail)
        if drawn is None:
            if self._rows is None:
                return ()
            context = self._context.drawing
            pad = Sketch(context.fonts)
            cells.cells(pad, self.touchpoint, self._rows, context, incoming=self.incoming,
                        detail=detail)
            drawn = self._drawn[detail] = pad.take()
        return drawn

    @override
    def boundingRect(self) -> QRectF:
        return self._bounds

    @override
    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        paint(painter, self.drawing(detail_for(lod)), lod)
