"""What stays in sight while the map scrolls: the lane names at the left, the stage headers at
the top, and the name of the stage cut by the lane column."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPoint, QRectF
from PySide6.QtGui import QPainter, QRegion

from cxdesigner.canvas.context import SELECTION
from cxdesigner.canvas.map_view import MapView, ViewPart
from cxdesigner.canvas.painting import DETAIL_LOD
from cxdesigner.canvas.primitive_painter import paint
from cxdesigner.drawing import backdrop
from cxdesigner.drawing.primitives import Group, Primitive
from cxdesigner.drawing.sketch import Sketch
from cxdesigner.layout import MapLayout, StageBox, palette
from cxdesigner.layout.geometry import Point, Rect

GAP = 4.0
"""Pixels between the viewport's edge and a pinned part."""
NAME_ROOM = 140.0
"""A stage cut by the lane column keeps its name in sight when this much of it shows (map
points); a thinner rest is drawn as a plain band."""


@dataclass(frozen=True)
class _Pins:
    """Where the pinned parts go for one state of the view, in scene coordinates."""

    visible: QRectF
    zoom: float
    column: QRectF | None
    """The lane column's strip, when the map's own labels have scrolled out at the left."""
    header_top: float | None
    """Where the stage headers are drawn, when they have scrolled out at the top."""
    names_left: float
    """Stage headers are drawn from here rightwards (right of the lane column, if any)."""


class PinnedHeaders(ViewPart):
    """Paints the pinned lane column and stage headers over the map, and repaints them
    wherever the viewport's pixels moved when the map scrolled (Qt scrolls by copying them).

    Everything is drawn with :mod:`cxdesigner.drawing` (the same labels and headers as the
    map's), in the view's foreground.
    """

    def __init__(self, view: MapView) -> None:
        super().__init__(view)
        self._drawn = QRegion()
        """The viewport's pixels that show pinned parts now."""
        self._labels: tuple[MapLayout, tuple[Primitive, ...]] | None = None
        """The lane labels as drawn for a layout (the same until the map is laid out again)."""
        view.map_scene.layout_changed.connect(self.refresh)
        view.map_scene.selectionChanged.connect(self.refresh)
        view.document.stage_changed.connect(self._on_stage_changed)

    # ------------------------------------------------------------------ geometry

    def _pins(self) -> _Pins | None:
        view = self.view
        layout = view.map_scene.map_layout
        zoom = view.zoom()
        if layout is None or not layout.lanes or not layout.stages or zoom < DETAIL_LOD:
            return None
        visible = view.visible_scene_rect()
        pixel = 1 / zoom
        column = None
        if visible.left() > layout.metrics.margin:
            # From the stage headers down: no piece of the header it cuts shows above it;
            # down to the blueprint's last row, whose line names each stage repeats.
            top, bottom = layout.stages[0].header.y, layout.lanes[-1].band.bottom
            if layout.blueprint is not None:
                bottom = max(bottom, layout.blueprint.bottom)
            column = QRectF(visible.left(), top - 4,
                            (GAP + 2) * pixel + layout.metrics.lane_label_width,
                            bottom - top + 8)
        header_y = layout.stages[0].header.y
        header_top = visible.top() + GAP * pixel
        pinned_top = header_top if header_top > header_y else None
        names_left = column.right() + pixel if column is not None else visible.left()
        if column is None and pinned_top is None:
            return None
        return _Pins(visible, zoom, column, pinned_top, names_left)

    def _rects(self, pins: _Pins) -> list[QRectF]:
        """What the pinned parts cover, in scene coordinates."""
        layout = self.view.map_scene.map_layout
        assert layout is not None
        rects = [pins.column] if pins.column is not None else []
        if pins.header_top is not None:
            bottom = pins.header_top + layout.stages[0].header.height + 2 / pins.zoom
            rects.append(QRectF(pins.visible.left(), pins.visible.top(), pins.visible.width(),
                                bottom - pins.visible.top()))
        else:
            rects.extend(QRectF(pins.names_left, s.header.y, s.header.right - pins.names_left,
                                s.header.height) for s in self._cut_stages(layout, pins))
        return rects

    def _areas(self, pins: _Pins | None) -> QRegion:
        """The viewport's pixels the pinned parts cover in this state."""
        region = QRegion()
        if pins is not None:
            for rect in self._rects(pins):
                region += self.view.mapFromScene(rect).boundingRect().adjusted(-2, -2, 2, 2)
        return region

    @staticmethod
    def _cut_stages(layout: MapLayout, pins: _Pins) -> list[StageBox]:
        """The stage whose header the lane column cuts (none, or one)."""
        if pins.column is None:
            return []
        left = pins.names_left
        return [s for s in layout.stages if s.header.x < left < s.header.right]

    def insets(self) -> tuple[int, int]:
        """The pixels the pinned parts may cover at the left and at the top, at this zoom."""
        view = self.view
        layout = view.map_scene.map_layout
        zoom = view.zoom()
        if layout is None or zoom < DETAIL_LOD:
            return 0, 0
        left = GAP + 8 + layout.metrics.lane_label_width * zoom
        top = GAP + 4 + layout.metrics.stage_header_height * zoom
        return round(left), round(top)

    # ------------------------------------------------------------------ repainting

    def scrolled(self, dx: int, dy: int) -> None:
        """The viewport's pixels moved by ``dx``, ``dy``: repaint the pinned parts where
        they were carried to and where they belong now."""
        moved = self._drawn.translated(dx, dy)
        self._drawn = self._areas(self._pins())
        self.view.viewport().update(moved + self._drawn)

    def refresh(self) -> None:
        """Repaint the pinned parts (the map, a header or the selection changed)."""
        if not self.attached():
            return
        region = self._drawn
        self._drawn = self._areas(self._pins())
        self.view.viewport().update(region + self._drawn)

    def _on_stage_changed(self, journey_id: str, stage_id: str, fields: list[str]) -> None:
        if journey_id == self.view.journey_id:
            self.refresh()

    # ------------------------------------------------------------------ painting

    def paint(self, painter: QPainter) -> None:
        """Paint the pinned parts; the painter is in scene coordinates."""
        pins = self._pins()
        self._drawn = self._areas(pins)
        if pins is None:
            return
        layout = self.view.map_scene.map_layout
        assert layout is not None
        parts: list[Primitive] = []
        if pins.column is not None:
            parts.extend(self._lane_column(layout, pins, pins.column))
        parts.extend(self._stage_headers(layout, pins))
        painter.save()
        paint(painter, parts, pins.zoom)
        painter.restore()

    def _lane_column(self, layout: MapLayout, pins: _Pins, strip: QRectF) -> list[Primitive]:
        context = self.view.map_scene.context.drawing
        pad = Sketch(context.fonts)
        pixel = 1 / pins.zoom
        pad.rect(Rect(strip.x(), strip.y(), strip.width(), strip.height()), fill=palette.PAPER)
        pad.line(Point(strip.right(), strip.top()), Point(strip.right(), strip.bottom()),
                 palette.RULE, pixel)
        if self._labels is None or self._labels[0] is not layout:
            labels = Sketch(context.fonts)
            backdrop.lane_labels(labels, layout, context)
            self._labels = (layout, labels.take())
        x = strip.left() + GAP * pixel - layout.metrics.margin
        return [*pad.take(), Group(Point(x, 0.0), self._labels[1])]

    def _stage_headers(self, layout: MapLayout, pins: _Pins) -> list[Primitive]:
        """The header row pinned at the top, or only the header cut by the lane column."""
        visible, left = pins.visible, pins.names_left
        pad = Sketch(self.view.map_scene.context.drawing.fonts)
        pixel = 1 / pins.zoom
        if pins.header_top is not None:
            bottom = pins.header_top + layout.stages[0].header.height + 2 * pixel
            pad.rect(Rect(visible.left(), visible.top(), visible.width(),
                          bottom - visible.top()), fill=palette.PAPER)
            pad.line(Point(visible.left(), bottom), Point(visible.right(), bottom),
                     palette.RULE, pixel)
            shown = [s for s in layout.stages
                     if s.header.right > left and s.header.x < visible.right()]
        else:
            shown = self._cut_stages(layout, pins)
        parts = list(pad.take())
        for stage in shown:
            parts.extend(self._header(stage, pins))
        return parts

    def _header(self, stage: StageBox, pins: _Pins) -> list[Primitive]:
        """One stage's header at the pinned row (or its own place), starting no further
        left than the lane column, its name kept in sight."""
        item = self.view.map_scene.stage_items.get(stage.stage_id)
        if item is None:
            return []
        box = stage.header
        x = max(box.x, pins.names_left)
        y = pins.header_top if pins.header_top is not None else box.y
        width = box.right - x
        context = self.view.map_scene.context.drawing
        pad = Sketch(context.fonts)
        pad.rect(Rect(0.0, 0.0, width, box.height), fill=palette.PAPER)  # hides the map's own
        backdrop.stage_header(pad, width, box.height, item.stage.name, stage.index,
                              len(item.stage.touchpoints), context,
                              with_text=not item.editing and (x == box.x or width > NAME_ROOM),
                              image=item.stage.image)
        if item.isSelected():
            band = backdrop.header_band(width, box.height)
            pad.rect(Rect(band.x - 1, band.y - 1, band.width + 2, band.height + 2),
                     stroke=SELECTION, width=3.0, radius=6)
        return [Group(Point(x, y), pad.take())]

    # ------------------------------------------------------------------ pointing

    def covers(self, position: QPoint) -> bool:
        """Whether a viewport point is on a pinned part (what lies under it is hidden)."""
        pins = self._pins()
        if pins is None:
            return False
        point = self.view.mapToScene(position)
        return any(rect.contains(point) for rect in self._rects(pins))

    def stage_at(self, position: QPoint) -> str | None:
        """The stage whose pinned header is under a viewport point, if any."""
        pins = self._pins()
        layout = self.view.map_scene.map_layout
        if pins is None or layout is None:
            return None
        point = self.view.mapToScene(position)
        header = layout.stages[0].header
        top = pins.header_top if pins.header_top is not None else header.y
        if not top <= point.y() < top + header.height or point.x() < pins.names_left:
            return None
        stage = layout.stage_at(point.x())
        if stage is None or (pins.header_top is None and stage not in
                             self._cut_stages(layout, pins)):
            return None
        return stage.stage_id
