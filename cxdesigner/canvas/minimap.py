"""The overview of a large map: the whole journey small in a corner of the view, with the part
on screen framed; a click or a drag there brings that part of the map into view.

A very long map (hundreds of touchpoints) drawn whole at that size would be a strip a pixel
high: the overview then shows the stretch of the map around the view, tall enough to read
its stages and lanes, and a bar under it says where that stretch lies in the whole map."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QPen, QPixmap
from PySide6.QtWidgets import QWidget
from typing_extensions import override

from cxdesigner.canvas.context import SELECTION
from cxdesigner.canvas.map_view import MapView
from cxdesigner.canvas.primitive_painter import paint
from cxdesigner.drawing.overview import note_colours, overview
from cxdesigner.drawing.sketch import Sketch
from cxdesigner.interface_language import translate
from cxdesigner.layout import palette

MAX_WIDTH, MAX_HEIGHT = 300, 120
"""The overview's largest size (pixels), inside the view's corner."""
MARGIN = 12
HEIGHT_SHARE, WIDTH_SHARE = 0.25, 0.3
"""The most of the view's height and width the overview covers: the map stays in sight."""
MIN_HEIGHT = 64
"""The overview shrinks no shorter (pixels): below, it would say too little, and a view too
short to spare it goes without."""
REDRAW_MS = 150
"""Edits in a row redraw the overview once, this long after the last one."""
SHORTEST_WHOLE = 40
"""A map drawn whole shorter than this (pixels) is shown a stretch at a time."""
STRETCH_HEIGHT = 56
"""The height (pixels) of the map in the overview when it shows a stretch of a long map:
its stages and lanes can be told apart."""
STRETCH_VIEWS = 3.0
"""A stretch is at least this many times as wide as the part of the map on screen (it then
grows shorter), so that the overview always shows what lies around the view."""
BAR = 5
"""The height of the bar under a stretch that places it in the whole map (pixels)."""


class Minimap(QWidget):
    """The whole map drawn small at the bottom right of the view, over the map.

    It shows while part of the map is out of sight, unless turned off (M) or the view is too
    short for it to leave most of the map in sight (it shrinks, then hides). It belongs to the
    view (not to its viewport, whose children scroll with the map) and reaches it through
    Qt's parent, as the view's parts do.
    """

    def __init__(self, view: MapView) -> None:
        super().__init__(view)
        self.setObjectName("mapOverview")
        self.setAccessibleName(translate("Map", "Overview of the map"))
        self.setAccessibleDescription(translate(
            "Map", "The whole journey drawn small, the part on screen framed; click or drag "
                   "to move there. M shows or hides it."))
        self.setToolTip(self.accessibleDescription())
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.wanted = True
        """Turned on (M turns it off and on again)."""
        self._picture: QPixmap | None = None
        self._part = QRectF()
        """The part of the map drawn: the whole map, or the stretch of a long map."""
        self._drawn_part = QRectF()
        self._dragging = False
        self._redraw = QTimer(self)
        self._redraw.setSingleShot(True)
        self._redraw.setInterval(REDRAW_MS)
        self._redraw.timeout.connect(self._draw)
        scene = view.map_scene
        scene.layout_changed.connect(self._redraw.start)
        # Bound methods, not lambdas: Qt drops them with the overview, the document lives on.
        view.document.touchpoint_changed.connect(self._on_changed)
        view.document.stage_changed.connect(self._on_changed)
        self.hide()

    def _on_changed(self, *_: object) -> None:
        self._redraw.start()

    @property
    def map_view(self) -> MapView:
        view = self.parent()
        assert isinstance(view, MapView)
        return view

    def toggle(self) -> None:
        """M: turn the overview off, or on again."""
        self.wanted = not self.wanted
        self.follow()

    # ------------------------------------------------------------------ where and when

    def map_rect(self) -> QRectF:
        layout = self.map_view.map_scene.map_layout
        return QRectF(0, 0, layout.width, layout.height) if layout is not None else QRectF()

    def shown_part(self) -> QRectF:
        """The part of the map the overview draws: all of it, or a long map's stretch."""
        return QRectF(self._part)

    def is_stretch(self) -> bool:
        return self._part != self.map_rect()

    def follow(self) -> None:
        """Show or hide it, sized and placed for the map and the view as they are now."""
        view = self.map_view
        whole = self.map_rect()
        needed = self.wanted and not whole.isEmpty() and not view.visible_scene_rect().contains(
            whole.adjusted(1, 1, -1, -1))
        if not needed:
            self.hide()
            return
        port = view.viewport().geometry()
        room = port.height() * HEIGHT_SHARE - 4
        width = min(MAX_WIDTH, port.width() * WIDTH_SHARE - 4)
        if width <= 0:  # a view not laid out yet (a panel building its maps) has no room
            self.hide()
            return
        natural = min(MAX_HEIGHT, width * whole.height() / whole.width())
        long_map = False
        if natural < SHORTEST_WHOLE:
            span = max(width * whole.height() / STRETCH_HEIGHT,
                       STRETCH_VIEWS * view.visible_scene_rect().width())
            long_map = span < whole.width()
            if long_map:
                natural = width * whole.height() / span
        bar = BAR if long_map else 0
        if room - bar < min(natural, MIN_HEIGHT):
            self.hide()  # e.g. a panel docked under the map leaves it a strip
            return
        height = min(natural, room - bar)
        if long_map:
            self._part = self._stretch(whole, width * whole.height() / height)
        else:
            self._part = whole
            width = height * whole.width() / whole.height()
        size = (max(40, round(width)) + 4, max(20, round(height)) + 4 + bar)
        self.setGeometry(port.right() - MARGIN - size[0], port.bottom() - MARGIN - size[1],
                         *size)
        picture = self._picture
        if picture is None or (picture.width(), picture.height()) != self._picture_size() or \
                self._drawn_part != self._part:
            self._draw()
        self.show()
        self.raise_()
        self.update()

    def _stretch(self, whole: QRectF, span: float) -> QRectF:
        """The stretch of a long map ``span`` wide to show: the one shown while the view stays
        inside it (and during a drag in the overview), else one centred on the view."""
        seen = self.map_view.visible_scene_rect()
        left, right = max(seen.left(), whole.left()), min(seen.right(), whole.right())
        part = self._part
        keep = part.width() == span and part.height() == whole.height() and (
            self._dragging or (part.left() <= left and right <= part.right()))
        if keep:
            return QRectF(part)
        left = min(max(0.0, seen.center().x() - span / 2), whole.width() - span)
        return QRectF(left, 0.0, span, whole.height())

    def _picture_size(self) -> tuple[int, int]:
        bar = BAR if self.is_stretch() else 0
        return self.width(), self.height() - bar

    def _scale(self) -> float:
        part = self._part
        return (self.width() - 4) / part.width() if part.width() else 1.0

    def to_map(self, point: QPointF) -> QPointF:
        """The map point under a point of the overview."""
        scale, part = self._scale(), self._part
        return QPointF(part.x() + (point.x() - 2) / scale, part.y() + (point.y() - 2) / scale)

    def shown_rect(self) -> QRectF:
        """The part of the map on screen, in the overview's pixels."""
        scale, part = self._scale(), self._part
        seen = self.map_view.visible_scene_rect().intersected(part)
        return QRectF(2 + (seen.x() - part.x()) * scale, 2 + (seen.y() - part.y()) * scale,
                      seen.width() * scale, seen.height() * scale)

    def bar_rect(self) -> QRectF:
        """Where the stretch lies along the whole map, on the bar under it (pixels)."""
        whole = self.map_rect()
        track = self.width() - 4
        share = track / whole.width() if whole.width() else 0.0
        return QRectF(2 + self._part.x() * share, self.height() - BAR,
                      max(3.0, self._part.width() * share), BAR - 1)

    # ------------------------------------------------------------------ painting

    def _draw(self) -> None:
        part = self._part
        scene = self.map_view.map_scene
        layout = scene.map_layout
        if layout is None or part.isEmpty() or self.width() <= 4:
            self._picture = None
            return
        scale = self._scale()
        journey = scene.journey()
        pad = Sketch(scene.context.drawing.fonts)
        overview(pad, layout, scene.context.drawing, scale, note_colours(journey))
        picture = QPixmap(*self._picture_size())
        picture.fill(QColor(palette.PAPER))
        painter = QPainter(picture)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.translate(2, 2)
        painter.scale(scale, scale)
        painter.translate(-part.x(), -part.y())
        painter.setClipRect(part)
        paint(painter, pad.take(), scale)
        painter.end()
        self._picture = picture
        self._drawn_part = QRectF(part)
        self.update()

    def redraw_now(self) -> None:
        """Draw the overview again at once, as the timer does after edits."""
        self._redraw.stop()
        self._draw()

    @override
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        if self._picture is not None:
            painter.drawPixmap(0, 0, self._picture)
        painter.setPen(QPen(QColor(SELECTION), 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5))
        frame = self.shown_rect()
        tint = QColor(SELECTION)
        tint.setAlpha(40)
        painter.setBrush(tint)
        painter.setPen(QPen(QColor(SELECTION), 2))
        painter.drawRect(frame)
        if self.is_stretch():
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(palette.RULE))
            painter.drawRect(QRectF(2, self.height() - BAR, self.width() - 4, BAR - 1))
            painter.setBrush(QColor(SELECTION))
            painter.drawRect(self.bar_rect())
        painter.end()

    # ------------------------------------------------------------------ the mouse

    def _jump(self, event: QMouseEvent) -> None:
        point = event.position()
        if self.is_stretch() and point.y() >= self.height() - BAR - 1:
            # On the bar: that place along the whole map, at the height shown now.
            whole = self.map_rect()
            along = (point.x() - 2) / max(1.0, self.width() - 4) * whole.width()
            self.map_view.centerOn(QPointF(along, self.map_view.visible_scene_rect().center().y()))
        else:
            self.map_view.centerOn(self.to_map(point))
        event.accept()

    @override
    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            # The stretch of a long map holds still under a drag, or it would run away.
            self._dragging = not (self.is_stretch()
                                  and event.position().y() >= self.height() - BAR - 1)
            self._jump(event)

    @override
    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton:
            self._jump(event)

    @override
    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        event.accept()  # the overview's own gesture: the map under it sees nothing
        if self._dragging:
            self._dragging = False
            self.follow()
