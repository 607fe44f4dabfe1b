"""A whole journey map, part by part, as the screen shows it: for print and images.

The screen paints each part from its own item (so that an edit redraws only what it
changes); this module puts the same parts together in the same order for a page, or for
a window of it when a long map is cut into strips.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Mapping

from cxdesigner.drawing import backdrop, blueprint, cards, cells, flows, notes
from cxdesigner.drawing.backdrop import EVERYWHERE, Window
from cxdesigner.drawing.cells import CellRows
from cxdesigner.drawing.context import MapContext
from cxdesigner.drawing.emotion import EmotionSeries
from cxdesigner.drawing.links import LinkMark
from cxdesigner.drawing.primitives import Group, Primitive
from cxdesigner.drawing.sketch import Sketch
from cxdesigner.layout.flows import FlowRoute
from cxdesigner.layout.geometry import Point
from cxdesigner.layout.map_layout import MapLayout, TouchpointBox
from cxdesigner.layout.path_links import ImpliedLink
from cxdesigner.model import Journey, Stage, Touchpoint

_BUCKET = 2000.0
"""The width of map the flows are indexed by."""


def _inside(window: Window, x: float) -> bool:
    return window[0] <= x < window[1]


class MapDrawing:
    """A map ready to be drawn window after window: what every window looks up, found once."""

    def __init__(self, layout: MapLayout, journey: Journey, context: MapContext) -> None:
        self.layout = layout
        self.journey = journey
        self.context = context
        self.rows = CellRows.of(layout)
        stage_index = {stage.id: index for index, stage in enumerate(journey.stages)}
        self.stage_names = {stage.id: stage.name for stage in journey.stages}
        self.stage_images = {stage.id: stage.image for stage in journey.stages}
        self.stage_counts = {stage.id: len(stage.touchpoints) for stage in journey.stages}
        self._columns: list[tuple[Stage, Touchpoint, TouchpointBox, int]] = []
        for stage, touchpoint in journey.touchpoints():
            box = layout.touchpoints.get(touchpoint.id)
            if box is not None:
                self._columns.append((stage, touchpoint, box, stage_index[stage.id]))
        self._columns.sort(key=lambda column: column[2].card.center.x)
        self._centres = [box.card.center.x for _, _, box, _ in self._columns]
        self._windows: dict[Window, tuple[Primitive, ...]] = {}
        self._flow_parts: dict[int, tuple[Primitive, ...]] = {}
        self._cell_groups: dict[str, Group] = {}
        self._card_groups: dict[str, Group] = {}
        # The stage headers run left to right, each ending where the next starts: a window
        # looks only at those that reach into it.
        self._header_lefts = [box.header.x for box in layout.stages]
        self._header_rights = [box.header.right for box in layout.stages]
        self._incoming = {link.target_id: link for link in layout.implied_links.values()}
        self.emotion = EmotionSeries(layout, journey, context.persona_id)
        self._emotion_dots: dict[int, tuple[Primitive, ...]] = {}
        titles = journey.touchpoint_index()
        self._flows: list[tuple[FlowRoute, float, float, str]] = [
            (route, *flows.span(route),
             f"{titles[route.source_id].title} \u2013 {titles[route.target_id].title}")
            for route in layout.flows]
        # Which flows reach each stretch of the map: a window looks at its own few.
        self._buckets: dict[int, list[int]] = {}
        for index, (_, low, high, _) in enumerate(self._flows):
            for bucket in range(int((low - 10) // _BUCKET), int(high // _BUCKET) + 1):
                self._buckets.setdefault(bucket, []).append(index)
        notes_by_id = {note.id: note for note in journey.notes}
        self._notes = [(box, notes_by_id[box.note_id]) for box in layout.notes]
        items = {item.id: item for item in journey.blueprint}
        failing = journey.failure_points()
        self._blueprint = [] if layout.blueprint is None else [
            (box.rect, items[item_id], item_id in failing)
            for item_id, box in layout.blueprint.items.items()]

    def set_details(self, details: Mapping[str, LinkMark]) -> None:
        """Show ``details`` on the steps detailed by other journeys (in print: with the page
        of each journey's map, known once every map is planned); what was drawn with the
        marks before is drawn again."""
        self.context.details = details
        self._windows.clear()
        for _, touchpoint, _, _ in self._columns:
            if touchpoint.details_journey_id is not None:
                self._card_groups.pop(touchpoint.id, None)

    def draw(self, window: Window = EVERYWHERE) -> tuple[Primitive, ...]:
        """The map, or what of it lies in ``window``: stages, columns, notes and labels are
        drawn by the window holding their left edge or centre, so that a map cut into strips
        shows each text once; bands and lines are drawn whole, for the caller to clip.

        A touchpoint's column and card are drawn once and kept: a map measured whole, then
        printed window by window, draws them once; so is a window drawn again (the lane
        labels repeated left of every strip)."""
        known = self._windows.get(window)
        if known is None:
            known = self._windows[window] = self._draw(window)
        return known

    def _draw(self, window: Window) -> tuple[Primitive, ...]:
        layout, context = self.layout, self.context
        pad = Sketch(context.fonts)
        metrics = layout.metrics
        backdrop.backdrop(pad, layout, context,
                          window[0] < metrics.margin + metrics.lane_label_width, window)
        columns = self._in(window)
        for stage, touchpoint, box, _ in columns:
            group = self._cell_groups.get(touchpoint.id)
            if group is None:
                where = context.where(stage.name, touchpoint.title)
                group = Group(Point(box.card.x, 0.0), self._cells(
                    touchpoint, where, self._incoming.get(touchpoint.id)))
                self._cell_groups[touchpoint.id] = group
            pad.parts.append(group)
        self.emotion.draw(pad, context, window, drawn_dots=self._emotion_dots)
        first = bisect_right(self._header_rights, window[0])
        last = bisect_left(self._header_lefts, window[1])
        for header_box in layout.stages[first:last]:
            # The part of the stage inside the window: a stage cut between two strips shows
            # its name on both sides, in what each side shows.
            left = max(header_box.header.x, window[0])
            right = min(header_box.header.right, window[1])
            if right - left < 1:
                continue
            header = Sketch(context.fonts)
            backdrop.stage_header(header, right - left, header_box.header.height,
                                  self.stage_names.get(header_box.stage_id, ""),
                                  header_box.index,
                                  self.stage_counts.get(header_box.stage_id, 0), context,
                                  image=self.stage_images.get(header_box.stage_id))
            pad.parts.append(Group(Point(left, header_box.header.y), header.take()))
        for index in self._flows_near(window):
            route, low, high, name = self._flows[index]
            if high >= window[0] - 10 and low <= window[1]:
                if window[0] <= low and high <= window[1] - 4:
                    # Whole in the window: drawn as anywhere else, so drawn once.
                    parts = self._flow_parts.get(index)
                    if parts is None:
                        part = Sketch(context.fonts)
                        flows.flow(part, route, context, name)
                        parts = self._flow_parts[index] = part.take()
                    pad.parts.extend(parts)
                else:
                    flows.flow(pad, route, context, name, window=window)
        for note_box, sticky in self._notes:
            if _inside(window, note_box.rect.center.x):
                part = Sketch(context.fonts)
                notes.note(part, sticky, note_box.rect.width, note_box.rect.height, context)
                pad.parts.append(Group(Point(note_box.rect.x, note_box.rect.y), part.take()))
        for stage, touchpoint, box, index in columns:
            group = self._card_groups.get(touchpoint.id)
            if group is None:
                part = Sketch(context.fonts)
                cards.card(part, touchpoint, box.card.width, box.card.height, index, context,
                           context.where(stage.name, touchpoint.title))
                group = Group(Point(box.card.x, box.card.y), part.take())
                self._card_groups[touchpoint.id] = group
            pad.parts.append(group)
        if layout.blueprint is not None:
            blueprint.arrows(pad, layout.blueprint)
        for rect, item, failing in self._blueprint:
            if _inside(window, rect.center.x):
                part = Sketch(context.fonts)
                blueprint.item(part, item, rect.width, rect.height, failing, context)
                pad.parts.append(Group(Point(rect.x, rect.y), part.take()))
        return pad.take()

    def _flows_near(self, window: Window) -> list[int]:
        """The flows whose buckets meet ``window``, in drawing order."""
        if window[1] - window[0] > _BUCKET * len(self._buckets):
            return list(range(len(self._flows)))
        first, last = int((window[0] - 10) // _BUCKET), int(window[1] // _BUCKET)
        found: set[int] = set()
        for bucket in range(first, last + 1):
            found.update(self._buckets.get(bucket, ()))
        return sorted(found)

    def _in(self, window: Window) -> list[tuple[Stage, Touchpoint, TouchpointBox, int]]:
        """The touchpoint columns whose card's centre lies in ``window``."""
        low = bisect_left(self._centres, window[0])
        high = bisect_left(self._centres, window[1])
        return self._columns[low:high]

    def _cells(self, touchpoint: Touchpoint, where: str,
               incoming: ImpliedLink | None) -> tuple[Primitive, ...]:
        part = Sketch(self.context.fonts)
        cells.cells(part, touchpoint, self.rows, self.context, where, incoming)
        return part.take()


def draw_map(layout: MapLayout, journey: Journey, context: MapContext,
             window: Window = EVERYWHERE) -> tuple[Primitive, ...]:
    """The whole map (or the part in ``window``) in map coordinates; see :class:`MapDrawing`."""
    return MapDrawing(layout, journey, context).draw(window)

