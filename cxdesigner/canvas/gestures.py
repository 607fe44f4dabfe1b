"""Multi-step mouse gestures: drag cards, drag a stage, connect two cards.

Each tool has start (constructor) / update / finish / cancel; only finish pushes, one undo
command; cancel puts everything back as it was.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt

from cxdesigner.canvas.editing import MapEditor
from cxdesigner.canvas.items import ConnectLineItem, DropIndicatorItem, TouchpointItem
from cxdesigner.canvas.scene import JourneyScene
from cxdesigner.layout import MapLayout, StageBox
from cxdesigner.model import FlowKind, Lane

DRAGGED_OPACITY = 0.55


def _cards_band(layout: MapLayout) -> tuple[float, float]:
    lane = layout.lane(Lane.TOUCHPOINTS)
    if lane is None:
        return layout.lanes[0].band.y if layout.lanes else 0.0, layout.height
    return lane.band.y, lane.band.bottom


def _nearest_stage(layout: MapLayout, x: float) -> StageBox | None:
    stage = layout.stage_at(x)
    if stage is None and layout.stages:
        stage = layout.stages[0] if x < layout.stages[0].column.x else layout.stages[-1]
    return stage


def drop_place(scene: JourneyScene, x: float,
               ignore: frozenset[str] = frozenset()) -> tuple[str, int, float] | None:
    """Where a card dropped at ``x`` goes: (stage id, index in the stage, indicator x).

    The index counts the stage's touchpoints before the move, as MoveTouchpoints expects.
    """
    layout, journey = scene.map_layout, scene.journey()
    if layout is None or journey is None:
        return None
    stage_box = _nearest_stage(layout, x)
    if stage_box is None:
        return None
    stage = next(s for s in journey.stages if s.id == stage_box.stage_id)
    boxes = [layout.touchpoints[tp.id] for tp in stage.touchpoints]
    index = sum(1 for box in boxes if box.card.center.x < x)
    shown = [box for box in boxes if box.touchpoint_id not in ignore]
    if not shown:
        line_x = stage_box.column.center.x
    else:
        after = [box for box in boxes[index:] if box.touchpoint_id not in ignore]
        before = [box for box in boxes[:index] if box.touchpoint_id not in ignore]
        line_x = after[0].slot.x if after else before[-1].slot.right
    return stage.id, index, line_x


class MoveTool:
    """Dragging selected cards to another place; drops with one MoveTouchpoints."""

    def __init__(self, scene: JourneyScene, editor: MapEditor, ids: list[str],
                 press: QPointF) -> None:
        self._scene, self._editor, self._press = scene, editor, press
        self.ids = ids
        self._items = [scene.touchpoint_items[tp_id] for tp_id in ids]
        # Dragged cards leave their stage's layer for the time of the drag: above every
        # other item, and shown wherever they go (a layer bounds its cards to its column).
        self._holders = [item.parentItem() for item in self._items]
        self._origins = [item.scenePos() for item in self._items]
        for item, origin in zip(self._items, self._origins, strict=True):
            item.setParentItem(None)  # type: ignore[arg-type]  # None: top level (stubs miss it)
            item.setPos(origin)
            item.setOpacity(DRAGGED_OPACITY)
            item.setZValue(item.zValue() + 20)
        self._indicator = DropIndicatorItem()
        scene.addItem(self._indicator)
        self._place: tuple[str, int] | None = None

    def update(self, point: QPointF) -> None:
        delta = point - self._press
        for item, origin in zip(self._items, self._origins, strict=True):
            item.setPos(origin + delta)
        place = drop_place(self._scene, point.x(), frozenset(self.ids))
        layout = self._scene.map_layout
        if place is None or layout is None:
            self._indicator.hide()
            self._place = None
            return
        stage_id, index, line_x = place
        self._place = (stage_id, index)
        top, bottom = _cards_band(layout)
        column = next(s.column for s in layout.stages if s.stage_id == stage_id)
        self._indicator.show_at(line_x, top + 4, bottom - 4,
                                QRectF(column.x + 3, top, column.width - 6, bottom - top))

    def _restore(self) -> None:
        for item, holder, origin in zip(self._items, self._holders, self._origins,
                                        strict=True):
            item.setOpacity(1.0)
            item.setZValue(item.zValue() - 20)
            item.setParentItem(holder)
            item.setPos(origin if holder is None else holder.mapFromScene(origin))
        self._scene.removeItem(self._indicator)

    def finish(self, point: QPointF) -> bool:
        """Drop: one undo step when the cards really move."""
        self.update(point)
        self._restore()
        if self._place is None:
            return False
        return self._editor.move_touchpoints(self.ids, *self._place)

    def cancel(self) -> None:
        self._restore()


class StageMoveTool:
    """Dragging a stage header sideways; drops with one MoveStage."""

    def __init__(self, scene: JourneyScene, editor: MapEditor, stage_id: str,
                 press: QPointF) -> None:
        self._scene, self._editor, self._press = scene, editor, press
        self.stage_id = stage_id
        self._header = scene.stage_items[stage_id]
        self._origin = self._header.pos()
        self._header.setOpacity(DRAGGED_OPACITY)
        self._header.setZValue(self._header.zValue() + 20)
        self._indicator = DropIndicatorItem()
        scene.addItem(self._indicator)
        self._index: int | None = None

    def update(self, point: QPointF) -> None:
        self._header.setPos(self._origin.x() + point.x() - self._press.x(), self._origin.y())
        layout = self._scene.map_layout
        if layout is None:
            return
        others = [s for s in layout.stages if s.stage_id != self.stage_id]
        self._index = sum(1 for s in others if s.header.center.x < point.x())
        if self._index < len(others):
            line_x = others[self._index].column.x
        else:
            line_x = others[-1].column.right if others else layout.stages[0].column.x
        self._indicator.show_at(line_x, layout.stages[0].header.y, layout.height,
                                QRectF())

    def _restore(self) -> None:
        self._header.setOpacity(1.0)
        self._header.setZValue(self._header.zValue() - 20)
        self._header.setPos(self._origin)
        self._scene.removeItem(self._indicator)

    def finish(self, point: QPointF) -> bool:
        self.update(point)
        self._restore()
        if self._index is None:
            return False
        return self._editor.move_stage(self.stage_id, self._index)

    def cancel(self) -> None:
        self._restore()


class ConnectTool:
    """A rubber line from a card's handle; released on another card, it adds a flow."""

    def __init__(self, scene: JourneyScene, editor: MapEditor, source: TouchpointItem) -> None:
        self._scene, self._editor = scene, editor
        self.source_id = source.touchpoint_id
        self._line = ConnectLineItem(source.mapToScene(source.handle_centre()))
        scene.addItem(self._line)
        self._target: TouchpointItem | None = None

    def update(self, point: QPointF) -> None:
        self._line.set_end(point)
        target = self._scene.touchpoint_at(point)
        if target is not None and target.touchpoint_id == self.source_id:
            target = None
        if target is not self._target:
            if self._target is not None:
                self._target.hovered = False
                self._target.update()
            if target is not None:
                target.hovered = True
                target.update()
            self._target = target

    def kind_for(self, target_id: str, modifiers: Qt.KeyboardModifier) -> FlowKind:
        """Shift: back/loop, Alt: transfer, Ctrl: alternative; else next (back when it
        points to an earlier column)."""
        if modifiers & Qt.KeyboardModifier.ShiftModifier:
            return FlowKind.BACK
        if modifiers & Qt.KeyboardModifier.AltModifier:
            return FlowKind.TRANSFER
        if modifiers & Qt.KeyboardModifier.ControlModifier:
            return FlowKind.ALTERNATIVE
        layout = self._scene.map_layout
        if layout is not None:
            source, target = layout.touchpoints[self.source_id], layout.touchpoints[target_id]
            if target.column < source.column:
                return FlowKind.BACK
        return FlowKind.NEXT

    def finish(self, point: QPointF, modifiers: Qt.KeyboardModifier) -> str | None:
        """Add the flow; returns its id (None when released elsewhere or already linked)."""
        self.update(point)
        target = self._target
        self.cancel()
        if target is None:
            return None
        kind = self.kind_for(target.touchpoint_id, modifiers)
        return self._editor.connect(self.source_id, target.touchpoint_id, kind)

    def cancel(self) -> None:
        if self._target is not None:
            self._target.hovered = False
            self._target.update()
            self._target = None
        if self._line.scene() is not None:
            self._scene.removeItem(self._line)
