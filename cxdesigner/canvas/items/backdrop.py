"""The map's paper, lane bands with their labels, stage separators and stage headers."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QGraphicsItem, QStyle, QStyleOptionGraphicsItem, QWidget
from typing_extensions import override

from cxdesigner.canvas.context import SELECTION, MapContext
from cxdesigner.canvas.labels import lane_name
from cxdesigner.canvas.painting import BOX_LOD, DETAIL_LOD, colour, draw_text, pen, qrect
from cxdesigner.layout import MapLayout, StageBox, palette
from cxdesigner.model import Lane, Stage

Z_BACKGROUND = -10.0
Z_HEADER = 5.0


def paint_lane_label(painter: QPainter, label: QRectF, lane: Lane, text: bool) -> None:
    """A lane's label box at the left of its band."""
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour(palette.LANE_LABEL_FILL))
    painter.drawRoundedRect(label.adjusted(0, 0, -4, 0), 4, 4)
    if text:
        draw_text(painter, label.adjusted(10, 6, -12, -6), lane_name(lane),
                  palette.LANE_LABEL_TEXT, (12.0, 11.0, 10.0), bold=True,
                  valign=Qt.AlignmentFlag.AlignVCenter)


class LaneBackgroundItem(QGraphicsItem):
    """One item for the whole backdrop: paper, lane bands and labels, stage separators."""

    def __init__(self, context: MapContext) -> None:
        super().__init__()
        self._context = context
        self._rect = QRectF()
        self.setZValue(Z_BACKGROUND)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def set_layout(self, layout: MapLayout) -> None:
        """Follow a new layout whose lanes or size changed (repaints the whole backdrop)."""
        rect = qrect(layout.bounds)
        if rect != self._rect:
            self.prepareGeometryChange()
            self._rect = rect
        self.update()

    def refresh_separators(self, xs: set[float]) -> None:
        """Repaint around the stage separators that were or are now at these x."""
        for x in xs:
            self.update(QRectF(x - 2, self._rect.y(), 4, self._rect.height()))

    @override
    def boundingRect(self) -> QRectF:
        return self._rect

    @override
    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        layout = self._context.layout
        if layout is None:
            return
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        painter.fillRect(self._rect, colour(palette.PAPER))
        metrics = layout.metrics
        for index, lane in enumerate(layout.lanes):
            band = qrect(lane.band).adjusted(metrics.lane_label_width, 0, 0, 0)
            painter.fillRect(band, colour(palette.lane_band_fill(index)))
            paint_lane_label(painter, qrect(lane.label), lane.lane, lod >= BOX_LOD)
        # Stage columns: a rule between two stages, over the lanes.
        if layout.lanes:
            top = layout.lanes[0].band.y
            bottom = layout.lanes[-1].band.bottom
            painter.setPen(pen(palette.STAGE_SEPARATOR, 1.0 if lod >= DETAIL_LOD else 2.0))
            for stage in layout.stages[1:]:
                x = stage.column.x
                painter.drawLine(QPointF(x, top), QPointF(x, bottom))


class StageHeaderItem(QGraphicsItem):
    """A stage's header: a coloured band with its name; selectable, dragged to reorder."""

    def __init__(self, context: MapContext, stage: Stage, box: StageBox) -> None:
        super().__init__()
        self._context = context
        self.stage = stage
        self.box = box
        self.editing = False
        self._size = QRectF(0, 0, box.header.width, box.header.height)
        self._count = len(stage.touchpoints)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setZValue(Z_HEADER)
        self.setPos(box.header.x, box.header.y)

    @property
    def stage_id(self) -> str:
        return self.stage.id

    def set_stage(self, stage: Stage, box: StageBox) -> None:
        """Follow the stage's new content or place."""
        if box.header.width != self._size.width() or box.header.height != self._size.height():
            self.prepareGeometryChange()
            self._size = QRectF(0, 0, box.header.width, box.header.height)
        if (box.header.x, box.header.y) != (self.pos().x(), self.pos().y()):
            self.setPos(box.header.x, box.header.y)
        count = len(stage.touchpoints)  # the badge (a stage's list changes in place)
        if stage is not self.stage or box.index != self.box.index or count != self._count:
            self.update()
        self.stage, self.box, self._count = stage, box, count

    def name_rect(self) -> QRectF:
        """Where the name is drawn, in scene coordinates (for inline renaming)."""
        return self.mapRectToScene(self._size.adjusted(10, 8, -10, -8))

    @override
    def boundingRect(self) -> QRectF:
        return self._size

    @override
    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        band = self._size.adjusted(1.5, 0, -1.5, -4)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour(palette.stage_header_colour(self.box.index)))
        painter.drawRoundedRect(band, 5, 5)
        if option.state & QStyle.StateFlag.State_Selected:
            painter.setPen(pen(SELECTION, 3.0))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(band.adjusted(-1, -1, 1, 1), 6, 6)
        if self.editing or lod < BOX_LOD:
            return
        count = len(self.stage.touchpoints)
        text_rect = band.adjusted(12, 4, -12, -4)
        if count and lod >= DETAIL_LOD and band.width() > 120:
            badge = QRectF(band.right() - 34, band.center().y() - 9, 24, 18)
            painter.setBrush(colour("#ffffff", 60))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawRoundedRect(badge, 9, 9)
            draw_text(painter, badge, str(count), palette.STAGE_HEADER_TEXT, (11.0,),
                      bold=True, align=Qt.AlignmentFlag.AlignHCenter,
                      valign=Qt.AlignmentFlag.AlignVCenter)
            text_rect.setRight(badge.left() - 6)
        sizes = (16.0, 15.0, 14.0, 13.0, 12.0) if lod >= DETAIL_LOD else (16.0,)
        draw_text(painter, text_rect, self.stage.name, palette.STAGE_HEADER_TEXT, sizes,
                  bold=True, valign=Qt.AlignmentFlag.AlignVCenter)
