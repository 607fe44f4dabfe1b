"""The projector, read from the back of the room: in stage mode no text is smaller than a
sixtieth of the screen's height (measured on what is painted), the stage is enlarged (in
parts when it must be), empty lanes are left out, and the whole map shows titles only when
its words would be too small."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

import pytest
from PySide6.QtCore import QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter
from pytestqt.qtbot import QtBot
from ui_support import DEMO

from cxdesigner.canvas import primitive_painter
from cxdesigner.canvas.context import lanes_in_use
from cxdesigner.document import JourneyDocument
from cxdesigner.document.commands import EditTouchpoint
from cxdesigner.drawing import sizes
from cxdesigner.drawing.primitives import Text
from cxdesigner.io import load_project
from cxdesigner.model import (
    Journey,
    JourneyKind,
    Lane,
    Project,
    Stage,
    StickyNote,
    Touchpoint,
    Verbatim,
)
from cxdesigner.ui.presentation import chrome
from cxdesigner.ui.presentation.stage_pages import SMALLEST_MAP_TEXT, legible_zoom
from cxdesigner.ui.presentation.view import PresentationView
from cxdesigner.ui.presentation.window import PresentationWindow


@pytest.fixture(autouse=True)
def _no_animation(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(PresentationView, "ANIMATION_MS", 0)


@dataclass(frozen=True)
class Drawn:
    """A text of the map as painted: its size on screen (pixels) and on the map (points),
    and where its first line starts on screen."""

    pixels: float
    points: float
    at: QPointF


@dataclass
class PaintedText:
    """The map's texts painted since the last :meth:`clear`."""

    texts: list[Drawn] = field(default_factory=list)

    def clear(self) -> None:
        self.texts.clear()

    def within(self, *areas: QRectF) -> list[Drawn]:
        """The texts that start in one of ``areas`` (those painted outside are clipped).

        For a painting without the items' caches (the whole map is rendered pane by pane):
        a cached item paints in its cache's own coordinates.
        """
        return [text for text in self.texts if any(area.contains(text.at) for area in areas)]


@pytest.fixture
def painted(monkeypatch: pytest.MonkeyPatch) -> Iterator[PaintedText]:
    """Every text of the map painted from now on, measured as it is drawn: its size in map
    points times the painter's scale at that moment."""
    seen = PaintedText()
    draw = primitive_painter._paint_text

    def measured(painter: QPainter, text: Text) -> None:
        world = painter.worldTransform()
        start = world.map(QPointF(text.starts[0] if text.starts else 0.0, text.baseline))
        seen.texts.append(Drawn(text.size * world.m11(), text.size, start))
        draw(painter, text)

    monkeypatch.setattr(primitive_painter, "_paint_text", measured)
    yield seen


def present(qtbot: QtBot, project: Project, width: int, height: int) -> PresentationWindow:
    window = PresentationWindow(JourneyDocument(project), project.journeys[0].id, dark=True)
    qtbot.addWidget(window)
    window.resize(width, height)
    window.show()
    qtbot.waitExposed(window)
    window.view.setFocus()
    window.view.go_to(0, animate=False)
    assert window.view.viewport().height() == height
    return window


@pytest.mark.parametrize(("width", "height"), [(1600, 1000), (1280, 800)])
def test_no_text_of_a_stage_is_smaller_than_a_sixtieth_of_the_screen(
        qtbot: QtBot, painted: PaintedText, width: int, height: int) -> None:
    window = present(qtbot, load_project(DEMO), width, height)
    view = window.view
    smallest_map = smallest_chrome = points = float("inf")
    shown = 0
    for stage in range(view.stage_count()):
        view.go_to(stage, animate=False)
        for part in range(view.part_count()):
            view.go_to(stage, animate=False, part=part)
            painted.clear()
            view.viewport().grab()  # a real paint of the map and its chrome
            # Every text painted: those of the dimmed neighbours are at the same zoom.
            seen = painted.texts
            assert seen and view.text_pixels
            smallest_map = min(smallest_map, *(text.pixels for text in seen))
            smallest_chrome = min(smallest_chrome, *view.text_pixels)
            points = min(points, *(text.points for text in seen))
            shown += 1
    legible = height / 60
    print(f"\n{width}x{height}: {shown} parts of {view.stage_count()} stages; smallest map "
          f"text {smallest_map:.1f} px, smallest chrome text {smallest_chrome:.1f} px, "
          f"a sixtieth of the screen {legible:.1f} px")
    assert smallest_map >= legible - 0.01
    assert smallest_chrome >= legible - 0.01
    # The demo's map text goes down to the smallest size the drawing allows: the bound holds
    # for the worst case, not for a lucky map.
    assert points == SMALLEST_MAP_TEXT


def test_the_current_stage_is_enlarged_not_only_the_others_dimmed(qtbot: QtBot) -> None:
    window = present(qtbot, load_project(DEMO), 1600, 1000)
    view = window.view
    layout = view.map_layout()
    assert layout is not None
    area = view.room()
    column = layout.stages[0].column
    fitting_whole_column = min(area.width() / column.width, area.height() / layout.height)
    assert view.zoom() >= legible_zoom(1000) > fitting_whole_column * 1.4
    assert view.part_count() > 1  # so large that the demo's lanes come in parts


def _sparse_project() -> Project:
    """A journey typed in a workshop: titles, channels, emotions; no actions, criticality,
    verbatims, pain points, opportunities or notes yet."""
    cards = [Touchpoint(id=f"t{n}", title=f"Étape {n}", emotion=n - 2) for n in range(1, 4)]
    journey = Journey(id="j1", name="Atelier", stages=[Stage(id="s1", name="Achat",
                                                             touchpoints=cards)])
    return Project(title="Atelier", journeys=[journey])


def test_empty_lanes_are_left_out_on_the_projector_only(qtbot: QtBot) -> None:
    project = _sparse_project()
    window = present(qtbot, project, 1600, 1000)
    view = window.view
    layout = view.map_layout()
    assert layout is not None
    assert [lane.lane for lane in layout.lanes] == [Lane.TOUCHPOINTS, Lane.EMOTION]
    assert lanes_in_use(project.journeys[0]) == {Lane.TOUCHPOINTS, Lane.EMOTION}
    assert all(setting.visible for setting in project.journeys[0].lanes)  # the file's own
    assert view.part_count() == 1  # a small stage fits whole, larger than legible
    assert view.zoom() >= legible_zoom(1000)
    # A verbatim typed in the editor: its lane comes onto the projector.
    document = window.document
    document.undo_stack.push(EditTouchpoint(document, "j1", "t2", {
        "verbatims": [Verbatim(text="Trop long")]}))
    layout = view.map_layout()
    assert layout is not None and Lane.VERBATIMS in {lane.lane for lane in layout.lanes}


def test_the_whole_map_shows_titles_only_when_its_words_would_be_too_small(
        qtbot: QtBot, painted: PaintedText) -> None:
    window = present(qtbot, load_project(DEMO), 1600, 1000)
    view = window.view
    qtbot.keyClick(view, Qt.Key.Key_W)
    painted.clear()
    view.viewport().grab()
    seen = painted.within(*(pane.target for pane in view.rows))
    # Card titles and sticky notes, at their first size; no description, chip or list item.
    assert seen and min(text.points for text in seen) >= sizes.NOTE_TEXT[0]
    # A map small enough to read whole keeps its words.
    small = present(qtbot, _sparse_project(), 1600, 1000)
    qtbot.keyClick(small.view, Qt.Key.Key_W)
    painted.clear()
    small.view.viewport().grab()
    seen = painted.within(*(pane.target for pane in small.view.rows))
    assert min(text.points for text in seen) < sizes.NOTE_TEXT[0]


def _drawn_whole(name: str, band: QRectF, pixels: float) -> bool:
    """Whether a stage's name is painted whole in its header ``band`` at ``pixels``: on one
    line, or wrapped (as :func:`chrome.paint_stage_name` does), not shortened."""
    text = chrome.stage_text_rect(band)
    if QFontMetricsF(chrome.chrome_font(pixels)).horizontalAdvance(name) <= text.width():
        return True
    return chrome.fit_size(name, text, pixels, wrap=True, smallest=pixels) is not None


@pytest.mark.parametrize(("width", "height", "note"), [(1600, 1000, False), (1280, 800, False),
                                                     (1600, 1000, True)])
def test_each_part_of_a_stage_shows_lanes_it_fills_its_name_whole_and_no_other_part(
        qtbot: QtBot, width: int, height: int, note: bool) -> None:
    project = load_project(DEMO)
    journey = next(j for j in project.journeys if j.kind is JourneyKind.TARGET)
    if note:  # the first stage's notes lane in use: the stage comes in two parts
        journey.notes.append(StickyNote(id="n-first", text="Relancer ?",
                                        stage_id=journey.stages[0].id))
    window = PresentationWindow(JourneyDocument(project), journey.id, dark=True)
    qtbot.addWidget(window)
    window.resize(width, height)
    window.show()
    qtbot.waitExposed(window)
    view = window.view
    layout = view.map_layout()
    assert layout is not None
    backdrop = QColor(view.theme.backdrop).rgb()
    # The first stage fills its lanes down to the emotion curve: the empty opportunities
    # and notes below make no part of their own.
    view.go_to(0, animate=False)
    assert view.part_count() == (2 if note else 1)
    rows_checked = 0
    for index, stage in enumerate(journey.stages):
        view.go_to(index, animate=False)
        used = lanes_in_use(journey, stage.id)
        for part in range(view.part_count()):
            view.go_to(index, animate=False, part=part)
            shown = view.target_rect()
            lanes = {lane.lane for lane in layout.lanes
                     if lane.band.y < shown.bottom() and lane.band.bottom > shown.top()}
            assert lanes & used, (stage.name, part, lanes)
            image = view.viewport().grab().toImage()
            [name] = [name for name in view.stage_names if name.stage_index == index]
            assert _drawn_whole(stage.name, name.band, name.pixels), (stage.name, part)
            plan = view.plan
            assert plan is not None
            if plan.row_of(part) == 0:
                continue
            # Above the part, beside its pinned name: the backdrop, nothing of the rows above.
            column = view.mapFromScene(QRectF(layout.stages[index].column.x, shown.top(),
                                              layout.stages[index].column.width,
                                              shown.height())).boundingRect()
            top = view.mapFromScene(QPointF(0, shown.top())).y()
            above = [QRect(column.left() + 12, 0, column.width() - 24, int(name.band.top()) - 1),
                     QRect(column.left() + 12, int(name.band.bottom()) + 1,
                           column.width() - 24, top - int(name.band.bottom()) - 1)]
            for area in above:
                foreign = [(x, y) for x in range(area.left(), area.right(), 3)
                           for y in range(area.top(), area.bottom())
                           if image.pixel(x, y) & 0xFFFFFF != backdrop & 0xFFFFFF]
                assert not foreign, (stage.name, part, area, foreign[:3])
            rows_checked += 1
    assert rows_checked
