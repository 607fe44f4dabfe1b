"""The maps on the export preview's pages: the picture of a whole map where it is sharp enough
at the page's scale, else the page's part drawn from the layout at that scale, as the
overview draws it."""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QImage, QPainter

from cxdesigner.canvas import JourneyScene
from cxdesigner.canvas.primitive_painter import paint
from cxdesigner.drawing.context import MapContext
from cxdesigner.drawing.overview import note_colours, overview
from cxdesigner.drawing.sketch import Sketch
from cxdesigner.export import MapPlacement
from cxdesigner.layout import MapLayout, palette
from cxdesigner.ui.image_export import THUMBNAIL_WIDTH, render_map_image

SHARP_ENOUGH = 0.75
"""The picture serves while it has at least this many of its pixels for each one it covers
(a little softer than the screen's, as a thumbnail forgives); below, it would be a blur."""
MOST_PARTS_KEPT = 64
"""The parts drawn from a layout kept for the next paints (the preview shows a few pages)."""

Size = tuple[float, float]


@dataclass(frozen=True)
class Thumbnail:
    """A journey's map for the preview: its picture whole (``image``, of a map ``map_size``
    points), and its layout with the drawing's context and the notes' colours, to draw a part
    of a map too long for the picture at the page's own scale."""

    image: QImage
    map_size: Size
    layout: MapLayout | None = None
    context: MapContext | None = None
    note_colours: Mapping[str, str] = field(default_factory=dict)

    def sharp_at(self, pixels_per_point: float) -> bool:
        """Whether the picture is sharp enough drawn at ``pixels_per_point``."""
        ratio = self.image.width() / self.map_size[0] if self.map_size[0] else 0.0
        return ratio >= pixels_per_point * SHARP_ENOUGH


def scene_thumbnail(scene: JourneyScene) -> Thumbnail:
    """A journey's map as the editor shows it, for the preview."""
    layout, journey = scene.map_layout, scene.journey()
    size = (layout.width, layout.height) if layout is not None else (0.0, 0.0)
    return Thumbnail(render_map_image(scene, THUMBNAIL_WIDTH, detail=False), size, layout,
                     scene.context.drawing, note_colours(journey))


def draw_part(thumbnail: Thumbnail, start: float, end: float,
              pixels_per_point: float) -> QImage | None:
    """The map from x ``start`` to ``end`` drawn from its layout at ``pixels_per_point``:
    lanes, stage headers, cards and notes as fills (None without a layout)."""
    layout, context = thumbnail.layout, thumbnail.context
    if layout is None or context is None or end <= start or pixels_per_point <= 0:
        return None
    width = max(1, math.ceil((end - start) * pixels_per_point))
    height = max(1, math.ceil(layout.height * pixels_per_point))
    pad = Sketch(context.fonts)
    overview(pad, layout, context, pixels_per_point, thumbnail.note_colours, (start, end))
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor(palette.PAPER))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(pixels_per_point, pixels_per_point)
    painter.translate(-start, 0.0)
    painter.setClipRect(QRectF(start, 0.0, end - start, layout.height))
    paint(painter, pad.take(), pixels_per_point)
    painter.end()
    return image


class MapOnPage:
    """Paints the maps of the preview's pages, keeping the parts it drew from a layout for
    the next paints."""

    def __init__(self) -> None:
        self.thumbnails: dict[str, Thumbnail] = {}
        self._parts: dict[tuple[str, float, float, float], QImage | None] = {}

    def paint(self, painter: QPainter, origin: QPointF, placement: MapPlacement,
              factor: float) -> None:
        """The map's strips where the export puts them (``factor``: pixels per point)."""
        thumbnail = self.thumbnails.get(placement.journey_id)
        if thumbnail is None:
            return
        scale = placement.scale * factor
        ratio = painter.device().devicePixelRatioF() if painter.device() else 1.0
        height = thumbnail.map_size[1] * scale
        for start, end, x, top in placement.windows():
            target = QRectF(origin.x() + x * factor, origin.y() + top * factor,
                            (end - start) * scale, height)
            part = None if thumbnail.sharp_at(scale * ratio) else self._part(
                placement.journey_id, thumbnail, start, end, scale * ratio)
            if part is not None:
                painter.drawImage(target, part, QRectF(part.rect()))
                continue
            pixels = thumbnail.image.width() / thumbnail.map_size[0]
            source = QRectF(start * pixels, 0, (end - start) * pixels,
                            thumbnail.image.height())
            painter.drawImage(target, thumbnail.image, source)

    def _part(self, journey_id: str, thumbnail: Thumbnail, start: float, end: float,
              pixels_per_point: float) -> QImage | None:
        key = (journey_id, start, end, round(pixels_per_point, 6))
        if key not in self._parts:
            if len(self._parts) >= MOST_PARTS_KEPT:
                self._parts.clear()
            self._parts[key] = draw_part(thumbnail, start, end, pixels_per_point)
        return self._parts[key]
