"""The map's overview drawing: every card shown, its cost bounded by the overview's size."""

from __future__ import annotations

from pathlib import Path

from cxdesigner.drawing.context import MapContext
from cxdesigner.drawing.fonts import load_fonts
from cxdesigner.drawing.overview import note_colours, overview
from cxdesigner.drawing.primitives import Box
from cxdesigner.drawing.sketch import Sketch
from cxdesigner.export.labels import Labels
from cxdesigner.io import load_project
from cxdesigner.layout import layout_journey, palette
from cxdesigner.layout.geometry import Rect
from cxdesigner.layout.map_layout import MapLayout
from cxdesigner.model import Journey, Stage, StickyNote, Touchpoint

DEMO = Path(__file__).resolve().parents[2] / "resources" / "demo" / "parcours-demo.cxd"


def _boxes(layout: MapLayout, scale: float, notes: dict[str, str] | None = None) -> list[Box]:
    pad = Sketch(load_fonts())
    overview(pad, layout, MapContext(Labels("fr"), pad.fonts), scale, notes or {})
    parts = pad.take()
    assert all(isinstance(part, Box) for part in parts)  # plain fills, no text
    return [part for part in parts if isinstance(part, Box)]


def _inside(inner: Rect, outer: Rect) -> bool:
    return (outer.x <= inner.x and inner.right <= outer.right + 1e-6
            and outer.y <= inner.y and inner.bottom <= outer.bottom + 1e-6)


def test_cards_apart_on_the_overview_are_drawn_one_by_one() -> None:
    project = load_project(DEMO)
    journey = project.journeys[0]
    layout = layout_journey(journey)
    colours = note_colours(journey)
    boxes = _boxes(layout, 0.3, colours)
    drawn = {(box.rect, box.fill) for box in boxes}
    for card in layout.touchpoints.values():
        stage = layout.stage(card.stage_id)
        assert stage is not None
        assert (card.card, palette.stage_header_colour(stage.index)) in drawn
    for note in layout.notes:
        assert (note.rect, colours[note.note_id]) in drawn


def test_each_note_is_drawn_in_its_own_colour() -> None:
    stage = Stage(name="Achat", touchpoints=[Touchpoint(title="Commande")])
    pink, default = StickyNote(text="Relancer", stage_id=stage.id, colour="#f4a6c6"), \
        StickyNote(text="Voir", stage_id=stage.id)
    journey = Journey(name="Achat", stages=[stage], notes=[pink, default])
    layout = layout_journey(journey)
    drawn = {(box.rect, box.fill) for box in _boxes(layout, 0.5, note_colours(journey))}
    rects = {note.note_id: note.rect for note in layout.notes}
    assert (rects[pink.id], "#f4a6c6") in drawn
    assert (rects[default.id], default.colour) in drawn
    assert note_colours(None) == {}


def test_a_big_map_costs_what_the_overview_shows() -> None:
    stages = [Stage(name=f"Étape {s}", touchpoints=[
        Touchpoint(title=f"Point {s}-{i}") for i in range(50)]) for s in range(40)]
    journey = Journey(name="Programme", stages=stages,
                      notes=[StickyNote(text="Voir", stage_id=stages[3].id)])
    layout = layout_journey(journey)
    scale = 300 / layout.width  # 2,000 cards in 300 pixels
    boxes = _boxes(layout, scale)
    card_fills = [box for box in boxes
                  if box.fill in palette.STAGE_HEADER_COLOURS and box.rect.y >= min(
                      card.card.y for card in layout.touchpoints.values())]
    assert len(card_fills) == len(stages)  # each stage's cards, touching at this scale: one fill
    assert len(boxes) < 4 * len(stages) + 4 * len(layout.lanes)
    for card in layout.touchpoints.values():
        assert any(_inside(card.card, box.rect) for box in card_fills)


def test_a_window_of_a_long_map_costs_its_part() -> None:
    stages = [Stage(name=f"Étape {s}", touchpoints=[
        Touchpoint(title=f"Point {s}-{i}") for i in range(50)]) for s in range(40)]
    layout = layout_journey(Journey(name="Programme", stages=stages))
    third = layout.stages[3].column
    window = (third.x, third.right)
    pad = Sketch(load_fonts())
    overview(pad, layout, MapContext(Labels("fr"), pad.fonts), 0.2, {}, window)
    boxes = [part for part in pad.take() if isinstance(part, Box)]
    headers = [box for box in boxes if box.rect in {stage.header for stage in layout.stages}]
    assert [box.rect for box in headers] == [layout.stages[3].header]
    cards = [box for box in boxes if box.fill in palette.STAGE_HEADER_COLOURS
             and box.rect not in {header.rect for header in headers}]
    assert cards and all(window[0] <= box.rect.x and box.rect.right <= window[1]
                         for box in cards)
    # Every card of the window is drawn, at this scale one by one.
    assert {card.card for card in layout.touchpoints.values()
            if card.stage_id == layout.stages[3].stage_id} == {box.rect for box in cards}
