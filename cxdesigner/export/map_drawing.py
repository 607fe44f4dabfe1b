"""The journey map itself, drawn from the shared layout so that the print matches the screen."""

from __future__ import annotations

from cxdesigner.export import symbols
from cxdesigner.export.ink import Ink
from cxdesigner.export.map_cells import BODY_SIZES, CellPainter, MapContext
from cxdesigner.layout import palette
from cxdesigner.layout.curves import smooth_segments
from cxdesigner.layout.flows import FlowRoute, RouteShape
from cxdesigner.layout.geometry import Point, Rect
from cxdesigner.model import EMOTION_MAX, EMOTION_MIN, Lane, Stage, Touchpoint

FLOW_WIDTH = 1.3
ARROW_HEAD = 6.5
BADGE = 10.0
LABEL_SIZES = (6.5, 6.0)


Window = tuple[float, float]
"""A range of map x: only what lies in it is drawn (the caller clips to it)."""


def _inside(window: Window, x: float) -> bool:
    return window[0] <= x < window[1]


def draw_map(ink: Ink, context: MapContext, window: Window | None = None) -> None:
    """Draw the map in its own coordinates: (0, 0) top-left, ``layout.width`` wide.

    ``ink`` must be ``layout.height`` tall; the caller places and scales it on the page.
    With a ``window``, only the stages, touchpoints, notes and labels within it are drawn,
    so that a map cut into strips has each text once; lines and backgrounds are drawn whole
    for the caller to clip. To draw several windows of one map, make one
    :class:`MapDrawing` and draw each window with it.
    """
    MapDrawing(context).draw(ink, window)


class MapDrawing:
    """A map ready to be drawn window after window: what every window looks up, found once."""

    def __init__(self, context: MapContext) -> None:
        self.context = context
        layout, journey = context.layout, context.journey
        self._cells: list[tuple[Stage, Touchpoint, float]] = []
        for stage, tp in journey.touchpoints():
            box = layout.touchpoints.get(tp.id)
            if box is not None:
                self._cells.append((stage, tp, box.card.center.x))
        self._curves = [(run[0].x, run[-1].x, smooth_segments(run))
                        for run in layout.emotion_runs(journey, context.persona_id)
                        if len(run) >= 2]
        heights: dict[float, float | None] = {}
        self._dots: list[tuple[float, float, float]] = []
        for _, tp, x in self._cells:
            value = tp.emotion_for(context.persona_id)
            if value is None:
                continue
            if value not in heights:
                heights[value] = layout.emotion_y(value)
            y = heights[value]
            if y is not None:
                self._dots.append((x, y, value))
        titles = journey.touchpoint_index()
        self._flows = [(route, min(p.x for p in route.points), max(p.x for p in route.points),
                        f"{titles[route.source_id].title} – {titles[route.target_id].title}")
                       for route in layout.flows]

    def draw(self, ink: Ink, window: Window | None = None) -> None:
        """Draw the map, or what of it lies in ``window`` (see :func:`draw_map`)."""
        context = self.context
        layout = context.layout
        view = window or (float("-inf"), float("inf"))
        ink.rect(layout.bounds, fill=palette.PAPER)
        _lanes(ink, context,
               labelled=view[0] < layout.metrics.margin + layout.metrics.lane_label_width)
        _stages(ink, context, view)
        cells = CellPainter(ink, context)
        for stage, tp, x in self._cells:
            if _inside(view, x):
                cells.draw(stage, tp)
        self._emotion(ink, view)
        _notes(ink, context, view)
        for route, low, high, name in self._flows:
            if high >= view[0] - ARROW_HEAD and low <= view[1]:
                _flow(ink, context, route, name, view)

    def _emotion(self, ink: Ink, view: Window) -> None:
        layout = self.context.layout
        lane = layout.lane(Lane.EMOTION)
        zero = layout.emotion_y(0)
        if lane is None or zero is None:
            return
        left = lane.label.right + 2
        area = Rect(left, lane.band.y + 1, lane.band.right - left - 1, lane.band.height - 2)
        ink.rect(Rect(area.x, area.y, area.width, zero - area.y),
                 fill=palette.EMOTION_POSITIVE_TINT)
        ink.rect(Rect(area.x, zero, area.width, area.bottom - zero),
                 fill=palette.EMOTION_NEGATIVE_TINT)
        ink.line(Point(area.x, zero), Point(area.right, zero), palette.EMOTION_NEUTRAL_LINE, 0.8,
                 dash=(4, 3))
        left, right = view
        for first, last, curve in self._curves:
            if last >= left and first <= right:
                segments = [s for s in curve if s.end.x >= left and s.start.x <= right]
                ink.curve(segments, palette.EMOTION_CURVE, 2.2)
        fonts, labels = ink.fonts, self.context.labels
        for x, y, value in self._dots:
            if not _inside(view, x):
                continue
            ink.circle(Point(x, y), 4.2, fill=palette.emotion_colour(value),
                       stroke=palette.PAPER, width=1.2, repeat=True)
            label_y = y + 13.5 if value < 0 else y - 7.5
            ink.text(x + 9, label_y, labels.signed(value), fonts.bold, 7.5,
                     palette.emotion_colour(value), align="centre")


def _lanes(ink: Ink, context: MapContext, labelled: bool) -> None:
    layout, labels, fonts = context.layout, context.labels, ink.fonts
    for index, lane in enumerate(layout.lanes):
        ink.rect(lane.band, fill=palette.lane_band_fill(index), stroke=palette.RULE, width=0.4)
        if not labelled:
            continue
        label = lane.label.inset(4, 3)
        ink.rect(label, fill=palette.LANE_LABEL_FILL, radius=3)
        if lane.lane is Lane.EMOTION:
            # Room on the right of the label for the scale.
            ink.box(Rect(label.x + 6, label.y + 4, label.width - 30, label.height - 8),
                    labels.of(lane.lane), fonts.bold, (9.5, 9.0, 8.5, 8.0), palette.LANE_LABEL_TEXT,
                    valign="top")
            for value in (EMOTION_MAX, 0, EMOTION_MIN):
                y = layout.emotion_y(value)
                if y is not None:
                    ink.text(label.right - 5, y + 2.5, labels.signed(value), fonts.bold, 7.5,
                             palette.INK_MUTED, align="right")
        else:
            ink.box(label.inset(6, 3), labels.of(lane.lane), fonts.bold, (9.5, 9.0, 8.5, 8.0),
                    palette.LANE_LABEL_TEXT, valign="middle")


def _stages(ink: Ink, context: MapContext, view: Window) -> None:
    layout, fonts = context.layout, ink.fonts
    names = {stage.id: stage.name for stage in context.journey.stages}
    bottom = layout.height - layout.metrics.margin
    gap = layout.metrics.slot_gap / 2
    for stage in layout.stages:
        # The part of the stage inside the window: a stage cut between two strips shows
        # its name on both sides, centred on what each side shows.
        left = max(stage.header.x, view[0])
        right = min(stage.header.right, view[1])
        if right - left < 1:
            continue
        if stage.index > 0 and _inside(view, stage.column.x):
            ink.line(Point(stage.column.x, stage.header.bottom), Point(stage.column.x, bottom),
                     palette.STAGE_SEPARATOR, 0.8, dash=(3, 2))
        header = Rect(left + gap, stage.header.y, right - left - 2 * gap, stage.header.height - 4)
        ink.rect(header, fill=palette.stage_header_colour(stage.index), radius=4)
        name = names.get(stage.stage_id, "")
        fitted = ink.box(header.inset(8, 4), name, fonts.bold, (13.0, 12.0, 11.0, 10.0, 9.0),
                         palette.STAGE_HEADER_TEXT, align="centre", valign="middle")
        if fitted.elided:
            context.elisions.add(f"{context.journey.name} \u203a {context.labels['scope_stage']}",
                                 name)


def _notes(ink: Ink, context: MapContext, view: Window) -> None:
    notes = {note.id: note for note in context.journey.notes}
    where = f"{context.journey.name} \u203a {context.labels['note']}"
    for box in context.layout.notes:
        if not _inside(view, box.rect.center.x):
            continue
        note = notes[box.note_id]
        ink.rect(box.rect, fill=note.colour, stroke=palette.INK_FAINT, width=0.4, radius=2)
        fitted = ink.box(box.rect.inset(6, 5), note.text, ink.fonts.regular, BODY_SIZES,
                         palette.INK)
        if fitted.elided:
            context.elisions.add(where, note.text)


def _flow(ink: Ink, context: MapContext, route: FlowRoute, name: str, view: Window) -> None:
    points = route.points
    symbols.flow_line(ink, points, route.kind, FLOW_WIDTH, ARROW_HEAD)
    middle = symbols.midpoint(points)
    badges = [b for b, on in ((symbols.channel_switch, route.channel_switch),
                              (symbols.handoff, route.handoff)) if on]
    offsets = [0.0] if len(badges) == 1 else [-BADGE * 0.6, BADGE * 0.6]
    # Side by side along a long run; stacked in the narrow gap between two cards.
    across = route.shape is RouteShape.STRAIGHT
    for badge, offset in zip(badges, offsets, strict=False):
        at = Point(middle.x, middle.y + offset) if across else Point(middle.x + offset, middle.y)
        badge(ink, at, BADGE)
    if not route.label.strip():
        return
    where = f"{context.journey.name} \u203a {context.labels['flow_label']} ({name})"
    if route.shape not in (RouteShape.OVER, RouteShape.UNDER):
        context.elisions.add(where, route.label)  # no room beside a short arrow
        return
    start, end = points[1], points[2]
    run_left, run_right = min(start.x, end.x), max(start.x, end.x)
    if not _inside(view, run_left):
        return  # the label sits at the left end of the run, in the strip showing it
    right = middle.x - BADGE * 1.4 if badges and run_left < middle.x < run_right else run_right
    right = min(right, view[1] - 4)
    room = Rect(run_left + ARROW_HEAD + 4, start.y - 4.5, right - run_left - ARROW_HEAD - 10, 9)
    if room.width < 20:
        context.elisions.add(where, route.label)
        return
    fonts = ink.fonts
    size = LABEL_SIZES[-1]
    for candidate in LABEL_SIZES:
        if ink.width(route.label, fonts.regular, candidate) <= room.width - 6:
            size = candidate
            break
    width = min(room.width, ink.width(route.label, fonts.regular, size) + 6)
    pill = Rect(room.x, room.y, width, room.height)
    ink.rect(pill, fill=palette.PAPER, stroke=palette.FLOW_COLOURS[route.kind], width=0.5,
             radius=4.5)
    fitted = ink.box(pill.inset(3, 0), route.label, fonts.regular, (size,), palette.INK,
                     align="centre", valign="middle")
    if fitted.elided:
        context.elisions.add(where, route.label)
