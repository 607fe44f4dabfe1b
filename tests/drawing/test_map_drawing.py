"""The map's drawing, without Qt: what each part holds, where its text goes, symbols shared."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from cxdesigner.drawing import backdrop, cards, cells, legend, symbols
from cxdesigner.drawing.cells import CellRows
from cxdesigner.drawing.context import MapContext
from cxdesigner.drawing.detail import Detail
from cxdesigner.drawing.fonts import load_fonts
from cxdesigner.drawing.map import MapDrawing
from cxdesigner.drawing.primitives import Box, Group, Line, Primitive, Symbol, Text
from cxdesigner.drawing.sketch import Sketch
from cxdesigner.drawing.text_runs import text_width
from cxdesigner.export.labels import Labels
from cxdesigner.io import load_project
from cxdesigner.layout import layout_journey, palette
from cxdesigner.layout.geometry import Rect
from cxdesigner.layout.text import normalise
from cxdesigner.model import (
    Criticality,
    Evidence,
    Irritant,
    Journey,
    Lane,
    MomentOfTruth,
    Project,
    Stage,
    Touchpoint,
)
from cxdesigner.model.evidence import EvidenceIndex

DEMO = Path(__file__).resolve().parents[2] / "resources" / "demo" / "parcours-demo.cxd"


@pytest.fixture(scope="module")
def demo() -> Project:
    return load_project(DEMO)


def _context(project: Project, language: str = "fr") -> MapContext:
    return MapContext(Labels("fr" if language == "fr" else "en"), load_fonts(),
                      project.journeys[0].name, project.channel_names(),
                      project.interlocutor_names())


def _texts(parts: tuple[Primitive, ...]) -> list[Text]:
    found: list[Text] = []
    for part in parts:
        if isinstance(part, Text):
            found.append(part)
        elif isinstance(part, Group | Symbol):
            found.extend(_texts(part.parts))
    return found


def _all_text(parts: tuple[Primitive, ...]) -> str:
    return " ".join(" ".join(text.lines) for text in _texts(parts))


def test_the_whole_map_shows_every_title_lane_and_stage(demo: Project) -> None:
    journey = demo.journeys[0]
    layout = layout_journey(journey)
    context = _context(demo)
    words = " ".join(_all_text(MapDrawing(layout, journey, context).draw()).split())
    for stage in journey.stages:
        assert stage.name.split()[0] in words
    for _, touchpoint in journey.touchpoints():
        assert touchpoint.title.split()[0] in words or any(
            touchpoint.title in item.text for item in context.elisions.items)
    for lane in layout.lanes:
        assert context.words.of(lane.lane) in words


def test_fitted_lines_fit_their_box_in_the_bundled_font() -> None:
    pad = Sketch(load_fonts())
    area = Rect(10, 20, 120, 60)
    fitted = pad.box(area, "Le client compare les prix de trois enseignes sur son téléphone",
                     pad.fonts.regular, (14.0, 12.0, 10.0), palette.INK)
    (text,) = _texts(pad.take())
    assert text.lines == fitted.lines and len(text.lines) > 1
    for line, start in zip(text.lines, text.starts, strict=True):
        assert start == area.x
        assert text_width(text.font, line, text.size) <= area.width + 1e-6
    assert area.y < text.baseline < area.y + text.size * 1.22
    assert text.baseline + (len(text.lines) - 1) * text.leading <= area.bottom


def test_centred_and_right_lines_start_where_their_width_says() -> None:
    fonts = load_fonts()
    pad = Sketch(fonts)
    pad.text(100, 50, "Sensible", fonts.bold, 11, palette.INK, align="centre")
    pad.text(100, 70, "Très sensible", fonts.bold, 11, palette.INK, align="right")
    centred, right = _texts(pad.take())
    assert centred.starts[0] == pytest.approx(100 - text_width(fonts.bold, "Sensible", 11) / 2)
    assert right.starts[0] == pytest.approx(100 - text_width(fonts.bold, "Très sensible", 11))


def test_white_space_is_folded_and_text_normalised_as_drawn() -> None:
    pad = Sketch(load_fonts())
    pad.box(Rect(0, 0, 400, 40), "Cafe\u0301   et\nthe\u0301", pad.fonts.regular, (11.0,),
            palette.INK)
    (text,) = _texts(pad.take())
    assert text.lines == (normalise("Café et thé"),)


def test_a_card_in_its_own_space_names_its_moment_and_keeps_what_it_cuts(
        demo: Project) -> None:
    context = _context(demo)
    touchpoint = Touchpoint(id="t", title="Appel au service client " * 6,
                            description="Tout le dossier est repris depuis le début. " * 5,
                            moment=MomentOfTruth.CRITICAL)
    pad = Sketch(context.fonts)
    cards.card(pad, touchpoint, 154, 84, 2, context, "Achat > Appel")
    parts = pad.take()
    moments = [p for p in parts if isinstance(p, Symbol) and p.key[0] == "moment"]
    assert [m.key[1] for m in moments] == [MomentOfTruth.CRITICAL]
    for text in _texts(parts):  # the title and description stay left of the moment's corner
        for line, start in zip(text.lines, text.starts, strict=True):
            assert start + text_width(text.font, line, text.size) <= 154 - 26 + 1e-6
    assert {item.where for item in context.elisions.items} == {"Achat > Appel · titre",
                                                               "Achat > Appel · description"}
    accent = [p for p in parts if isinstance(p, Symbol) and p.key[0] == "rect"
              and p.key[1] == palette.stage_header_colour(2)]
    assert accent


def test_zoomed_out_a_card_is_its_title_or_a_block_of_its_stage_colour(demo: Project) -> None:
    context = _context(demo)
    touchpoint = Touchpoint(id="t", title="Commande", description="Panier et paiement")
    overview = Sketch(context.fonts)
    cards.card(overview, touchpoint, 154, 84, 0, context, detail=Detail.OVERVIEW)
    assert _all_text(overview.take()) == "Commande"
    flat = Sketch(context.fonts)
    cards.card(flat, touchpoint, 154, 84, 0, context, detail=Detail.FLAT)
    assert flat.take() == (Box(Rect(0, 0, 154, 84), palette.stage_header_colour(0)),)


def test_cells_name_channel_interlocutor_moment_and_criticality(demo: Project) -> None:
    journey = demo.journeys[0]
    layout = layout_journey(journey)
    context = _context(demo, "en")
    touchpoint = next(tp for _, tp in journey.touchpoints() if tp.channel_id
                      and tp.interlocutor_id and tp.moment is not MomentOfTruth.NONE
                      and tp.criticality is not None)
    pad = Sketch(context.fonts)
    cells.cells(pad, touchpoint, CellRows.of(layout), context)
    shown = _all_text(pad.take())
    assert demo.channel_names()[touchpoint.channel_id or ""] in shown
    assert demo.interlocutor_names()[touchpoint.interlocutor_id or ""] in shown
    assert context.words.of(touchpoint.moment) in shown
    assert touchpoint.criticality is not None
    assert context.words.of(touchpoint.criticality) in shown


def test_a_list_lane_says_how_many_more_it_holds(demo: Project) -> None:
    journey = demo.journeys[0]
    layout = layout_journey(journey)
    rows = CellRows(CellRows.of(layout).cells, 2, layout.metrics.slot_gap)
    context = _context(demo)
    touchpoint = Touchpoint.model_validate({"id": "t", "title": "T", "irritants": [
        {"id": f"i{n}", "text": f"Irritant {n}", "severity": 2} for n in range(5)]})
    pad = Sketch(context.fonts)
    cells.cells(pad, touchpoint, rows, context, "J > S > T")
    assert "+4 · voir annexe" in _all_text(pad.take())
    assert [item.text for item in context.elisions.items] == [f"Irritant {n}"
                                                              for n in range(1, 5)]


def _lines(parts: tuple[Primitive, ...], colour: str) -> list[Line]:
    return [part for part in parts if isinstance(part, Line) and part.stroke == colour]


def test_each_column_shows_the_link_implied_from_the_previous_card() -> None:
    project = Project.model_validate({
        "title": "Typed", "channels": [{"id": "web", "name": "Site"},
                                       {"id": "tel", "name": "Téléphone"}],
        "interlocutors": [{"id": "bot", "name": "Robot"}, {"id": "conseil", "name": "Conseil"}],
        "journeys": [{"id": "j", "name": "J", "stages": [
            {"id": "s1", "name": "A", "touchpoints": [
                {"id": "t1", "title": "Un", "channel_id": "web", "interlocutor_id": "bot"},
                {"id": "t2", "title": "Deux", "channel_id": "web", "interlocutor_id": "bot"}]},
            {"id": "s2", "name": "B", "touchpoints": [
                {"id": "t3", "title": "Trois", "channel_id": "tel",
                 "interlocutor_id": "conseil", "ends_path": True},
                {"id": "t4", "title": "Quatre", "channel_id": "web"}]}]}]})
    journey = project.journeys[0]
    layout = layout_journey(journey)
    rows = CellRows.of(layout)
    incoming = {link.target_id: link for link in layout.implied_links.values()}
    assert [tp for tp in ("t2", "t3", "t4") if tp in incoming] == ["t2", "t3", "t4"]
    assert incoming["t3"].channel_switch and incoming["t3"].handoff
    assert incoming["t4"].ends_path
    for _, touchpoint in journey.touchpoints():
        link = incoming.get(touchpoint.id)
        pad = Sketch(load_fonts())
        cells.cells(pad, touchpoint, rows, _context(project), incoming=link)
        parts = pad.take()
        keys = [p.key[0] for p in parts if isinstance(p, Symbol)]
        dotted = _lines(parts, palette.IMPLIED_LINK)
        stop = _lines(parts, palette.PATH_END)
        if link is None:
            assert not dotted and not stop and "channel_switch" not in keys
            continue
        assert all(line.end.x <= 0 for line in dotted + stop)  # in the gap at the left
        assert bool(stop) is link.ends_path and bool(dotted) is not link.ends_path
        assert ("channel_switch" in keys) is link.channel_switch
        assert ("handoff" in keys) is link.handoff


def test_every_lane_label_and_the_emotion_scale_are_in_the_label_column(demo: Project) -> None:
    layout = layout_journey(demo.journeys[0])
    pad = Sketch(load_fonts())
    backdrop.lane_labels(pad, layout, _context(demo, "en"))
    texts = _texts(pad.take())
    right = layout.metrics.margin + layout.metrics.lane_label_width
    for text in texts:
        for line, start in zip(text.lines, text.starts, strict=True):
            assert layout.metrics.margin <= start
            assert start + text_width(text.font, line, text.size) <= right
    assert {"+3", "0", "-3", "Emotion", "Criticality"} <= {line for t in texts
                                                            for line in t.lines}


def test_a_symbol_is_drawn_once_and_reused() -> None:
    fonts = load_fonts()
    first, second = Sketch(fonts), Sketch(fonts)
    symbols.criticality_bars(first, Criticality.SENSITIVE, 10, 30, 14)
    symbols.criticality_bars(second, Criticality.SENSITIVE, 300, 90, 14)
    (a,), (b,) = first.take(), second.take()
    assert isinstance(a, Symbol) and isinstance(b, Symbol)
    assert a.key == b.key and a.parts is b.parts and a.box != b.box


def test_the_legend_shows_the_map_s_own_symbols(demo: Project) -> None:
    pad = Sketch(load_fonts())
    plan = legend.plan_legend(pad, Labels("en"), 600, 1.0)
    plan.draw(pad, 0, 0)
    parts = pad.take()
    keys = {p.key[0] for p in parts if isinstance(p, Symbol)}
    assert {"moment", "criticality", "channel_switch", "handoff"} <= keys
    shown = _all_text(parts)
    for kind in (MomentOfTruth.ESSENTIAL, MomentOfTruth.CRITICAL, MomentOfTruth.WOW):
        assert Labels("en").of(kind) in shown


def test_colours_mix_and_darken_without_transparency() -> None:
    assert palette.mix("#000000", "#ffffff", 0.5) == "#808080"
    assert palette.mix("#c0392b", "#ffffff", 0.0) == "#c0392b"
    assert palette.darker("#ffe680", 1.35) == "#bdaa5f"


def test_a_map_cut_into_windows_draws_each_card_once(demo: Project) -> None:
    journey = demo.journeys[0]
    layout = layout_journey(journey)
    drawing = MapDrawing(layout, journey, _context(demo))
    middle = layout.width / 2
    cards_in = []
    for window in ((0.0, middle), (middle, layout.width)):
        cards_in.extend(part for part in drawing.draw(window) if isinstance(part, Group)
                        and any(isinstance(p, Symbol) and p.key[0] == "rect"
                                and p.key[1:3] == (palette.CARD_FILL, palette.CARD_BORDER)
                                for p in part.parts))
    assert len(cards_in) == len(layout.touchpoints)


def test_a_window_drawn_after_the_whole_map_is_drawn_as_it_would_be_alone(
        demo: Project) -> None:
    journey = demo.journeys[0]
    layout = layout_journey(journey)
    third = layout.width / 3
    measured = MapDrawing(layout, journey, _context(demo))
    measured.draw()
    for window in ((0.0, third), (third, 2 * third), (2 * third, layout.width)):
        alone = MapDrawing(layout, journey, _context(demo)).draw(window)
        again = measured.draw(window)
        assert again == alone


def test_a_window_shows_the_header_of_each_stage_it_reaches_and_of_no_other(
        demo: Project) -> None:
    journey = demo.journeys[0]
    layout = layout_journey(journey)
    drawing = MapDrawing(layout, journey, _context(demo))
    top = layout.stages[0].header.y
    edges = [box.header.x for box in layout.stages]
    windows = [(edges[1] - 0.5, edges[3] + 0.5), (edges[1] + 0.5, edges[2] - 0.5),
               (0.0, edges[1] + 0.9), (edges[2] - 0.9, edges[2] + 30),
               (edges[-1] + 10, layout.width), (float("-inf"), float("inf"))]
    for window in windows:
        shown = [part.origin.x for part in drawing.draw(window)
                 if isinstance(part, Group) and part.origin.y == top]
        reached = [box for box in layout.stages
                   if min(box.header.right, window[1]) - max(box.header.x, window[0]) >= 1]
        assert reached, window
        assert shown == [max(box.header.x, window[0]) for box in reached], window


def test_cells_rows_cover_the_visible_lanes_only(demo: Project) -> None:
    journey = demo.journeys[0]
    lanes = [setting.model_copy(update={"visible": setting.lane is not Lane.VERBATIMS})
             for setting in journey.lanes]
    rows = CellRows.of(layout_journey(journey.model_copy(update={"lanes": lanes})))
    assert Lane.VERBATIMS not in rows.cells and Lane.IRRITANTS in rows.cells
    assert Lane.TOUCHPOINTS not in rows.cells and Lane.EMOTION not in rows.cells
    assert rows.bounds() is not None


@pytest.mark.parametrize("touchpoint_level", [None, Evidence.HYPOTHESIS, Evidence.OBSERVED])
def test_the_pain_points_hatched_are_those_resting_on_a_hypothesis(
        touchpoint_level: Evidence | None) -> None:
    # A pain point with no level of its own takes its touchpoint's: set by hand, or
    # suggested from what is attached (here nothing: a hypothesis).
    touchpoint = Touchpoint(id="t", title="Appel", evidence=touchpoint_level, irritants=[
        Irritant(text="Attente"), Irritant(text="Vu", evidence=Evidence.OBSERVED),
        Irritant(text="Supposé", evidence=Evidence.HYPOTHESIS), Irritant(text="Transfert")])
    project = Project(title="P", journeys=[Journey(id="j", name="J", stages=[
        Stage(id="s", name="S", touchpoints=[touchpoint])])])
    context = replace(_context(project), evidence=EvidenceIndex(project))
    follows = touchpoint_level in (None, Evidence.HYPOTHESIS)
    assert context.hypotheses(touchpoint) == [follows, False, True, follows]
    assert context.hypotheses(touchpoint) == [context.hypothesis(touchpoint, irritant)
                                              for irritant in touchpoint.irritants]
    assert _context(project).hypotheses(touchpoint) == [False] * 4  # no index: none hatched
