"""What is printed is what was on screen: one drawing, two backends, compared part by part
and pixel by pixel."""

from __future__ import annotations

import io
from pathlib import Path

import pypdfium2
import pytest
from canvas_support import DEMO, ViewFactory, demo_with_blueprint
from pictures_support import demo_with_pictures_and_links
from PIL import Image, ImageChops, ImageFilter
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFontDatabase, QFontMetricsF, QImage, QPainter

from cxdesigner.canvas import JourneyView
from cxdesigner.canvas.primitive_painter import BASE_PIXELS, face
from cxdesigner.drawing.context import MapContext
from cxdesigner.drawing.detail import Detail
from cxdesigner.drawing.map import MapDrawing
from cxdesigner.drawing.primitives import Group, Picture, Primitive, Symbol, Text
from cxdesigner.drawing.text_runs import text_width
from cxdesigner.export.ink import Ink
from cxdesigner.export.pdf_canvas import PdfCanvas
from cxdesigner.io import load_project
from cxdesigner.layout.map_layout import MapLayout
from cxdesigner.model import Project

ROOT = Path(__file__).resolve().parents[2]
MULTILINGUAL = ROOT / "tests" / "data" / "multilingual.cxd"
"""Every script: fallback faces, right-to-left lines, Arabic joining forms, emoji."""
BLUEPRINT = "blueprint"
"""The demo with a service blueprint behind its delivery (see :func:`_project`)."""
PICTURES = "pictures"
"""The demo with pictures on a card, a stage and a note, and a step detailed by a journey."""


def _project(path: Path | str) -> Project:
    if path == BLUEPRINT:
        return demo_with_blueprint()
    if path == PICTURES:
        return demo_with_pictures_and_links()
    return load_project(Path(path))


def _print_drawing(view: JourneyView) -> tuple[MapDrawing, MapLayout]:
    """The print's drawing of the view's map, with the screen's words and names."""
    scene = view.map_scene
    layout = scene.map_layout
    journey = scene.journey()
    assert layout is not None and journey is not None
    screen = scene.context.drawing
    context = MapContext(screen.words, screen.fonts, journey.name, screen.channel_names,
                         screen.interlocutor_names, screen.persona_id,
                         more_key=screen.more_key, evidence=screen.evidence,
                         details=screen.details)
    return MapDrawing(layout, journey, context), layout


def _groups_at(parts: tuple[Primitive, ...]) -> dict[tuple[float, float], list[Group]]:
    found: dict[tuple[float, float], list[Group]] = {}
    for part in parts:
        if isinstance(part, Group):
            found.setdefault((part.origin.x, part.origin.y), []).append(part)
    return found


@pytest.mark.parametrize("path", [DEMO, MULTILINGUAL, BLUEPRINT, PICTURES],
                         ids=["demo", "multilingual", "blueprint", "pictures"])
def test_every_card_and_column_of_cells_is_the_same_drawing_on_screen_and_paper(
        make_view: ViewFactory, path: Path) -> None:
    view = make_view(_project(path))
    drawing, layout = _print_drawing(view)
    printed = _groups_at(drawing.draw())
    scene = view.map_scene
    assert len(scene.touchpoint_items) == len(layout.touchpoints) > 10
    for tp_id, card in scene.touchpoint_items.items():
        box = layout.touchpoints[tp_id]
        at_card = [group.parts for group in printed[(box.card.x, box.card.y)]]
        assert card.drawing(Detail.FULL) in at_card
        cells = scene.lane_items[tp_id]
        assert cells.drawing(Detail.FULL) in [group.parts for group in
                                              printed[(box.card.x, 0.0)]]
    for stage_id, header in scene.stage_items.items():
        stage_box = layout.stage(stage_id)
        assert stage_box is not None
        assert header.drawing(Detail.FULL) in [
            group.parts for group in printed[(stage_box.header.x, stage_box.header.y)]]
    if path == PICTURES:
        cards = [scene.touchpoint_items[tp_id].drawing(Detail.FULL)
                 for tp_id in ("tp-recherche-site", "tp-visite-magasin", "tp-appel-sav")]
        assert [sum(isinstance(part, Picture) for part in parts) for parts in cards] == \
            [1, 1, 0]
        assert "Appel au SAV" in " ".join(line for text in _texts(cards[2])
                                          for line in text.lines)
        assert any(isinstance(part, Picture)
                   for part in scene.stage_items["st-choix"].drawing(Detail.FULL))
    if path == BLUEPRINT:
        assert layout.blueprint is not None and len(scene.blueprint.items) == 5
        for item_id, item in scene.blueprint.items.items():
            rect = layout.blueprint.items[item_id].rect
            assert item.drawing(Detail.FULL) in [
                group.parts for group in printed[(rect.x, rect.y)]]


def _texts(parts: tuple[Primitive, ...]) -> list[Text]:
    found: list[Text] = []
    for part in parts:
        if isinstance(part, Text):
            found.append(part)
        elif isinstance(part, Group | Symbol):
            found.extend(_texts(part.parts))
    return found


def test_the_screen_font_measures_lines_as_the_print_does(make_view: ViewFactory) -> None:
    """Lines are broken once, with the bundled fonts' metrics: the screen's font must give
    each line the width the print's metrics gave it, or a line would run out of its box."""
    view = make_view(load_project(DEMO))
    drawing, _ = _print_drawing(view)
    texts = _texts(drawing.draw())
    assert len(texts) > 100
    worst = 0.0
    for text in texts:
        metrics = QFontMetricsF(face(text.font))
        for line in text.lines:
            expected = text_width(text.font, line, text.size)
            screen = metrics.horizontalAdvance(line) * text.size / BASE_PIXELS
            worst = max(worst, abs(screen - expected) / max(expected, 1.0))
    assert worst < 0.01


def _screen_image(view: JourneyView, layout: MapLayout) -> Image.Image:
    width, height = round(layout.width), round(layout.height)
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    area = QRectF(0, 0, width, height)
    view.map_scene.clearSelection()
    view.map_scene.render(painter, area, area, Qt.AspectRatioMode.IgnoreAspectRatio)
    painter.end()
    data = image.constBits()
    return Image.frombuffer("RGBA", (width, height), bytes(data), "raw", "BGRA", 0, 1) \
        .convert("L")


def _print_image(drawing: MapDrawing, layout: MapLayout) -> Image.Image:
    fonts = drawing.context.fonts
    buffer = io.BytesIO()
    canvas = PdfCanvas(buffer, pagesize=(layout.width, layout.height),
                       initialFontName=fonts.regular, invariant=1)
    Ink(canvas, layout.height, fonts).paint(drawing.draw())
    canvas.showPage()
    canvas.save()
    page = pypdfium2.PdfDocument(buffer.getvalue())[0]
    return page.render(scale=1.0).to_pil().convert("L")


@pytest.mark.slow
@pytest.mark.parametrize("path", [DEMO, MULTILINGUAL, BLUEPRINT, PICTURES],
                         ids=["demo", "multilingual", "blueprint", "pictures"])
def test_the_map_on_screen_and_on_paper_differ_only_by_anti_aliasing(
        make_view: ViewFactory, tmp_path: Path, path: Path) -> None:
    """The canvas rendered at 100 % (one pixel a point) and the PDF rasterised at 72 dpi.

    Tolerance, measured on the demo map: the two renderers shade the edges of glyphs and of
    hairlines differently (Qt's FreeType and PDFium), by up to a full level on a pixel; a
    card, a label or a symbol out of place by one pixel or more would differ over dozens of
    pixels in a row. So: fewer than 0.1 % of the pixels differ by more than a quarter of
    the range, and once both images are blurred by a pixel and a half, none differs by more
    than a quarter. The multilingual map holds every script the bundled fonts print: its
    Chinese, Arabic or emoji drawn by another font on screen would differ over whole words.
    """
    view = make_view(_project(path))
    drawing, layout = _print_drawing(view)
    screen = _screen_image(view, layout)
    paper = _print_image(drawing, layout)
    assert screen.size == paper.size
    difference = ImageChops.difference(screen, paper)
    histogram = difference.histogram()
    pixels = screen.width * screen.height
    if sum(histogram[64:]) >= pixels / 1000:
        screen.save(tmp_path / "screen.png")
        paper.save(tmp_path / "paper.png")
    assert sum(histogram[64:]) < pixels / 1000, f"see {tmp_path}"
    blurred = ImageChops.difference(screen.filter(ImageFilter.GaussianBlur(1.5)),
                                    paper.filter(ImageFilter.GaussianBlur(1.5)))
    assert max(blurred.getextrema()) < 64
    assert min(screen.getextrema()) < 64  # the map is drawn, not blank


def test_qt_knows_the_fallback_faces_the_map_draws_with(make_view: ViewFactory) -> None:
    """Drawn once, a fallback face is also Qt's: the inline editor and the inspector can
    show Chinese or Korean on a system that has no such font."""
    view = make_view(load_project(MULTILINGUAL))
    _screen_image(view, _print_drawing(view)[1])
    families = set(QFontDatabase.families())
    assert {"Droid Sans Fallback", "NanumGothic", "Noto Sans Arabic", "Noto Emoji"} <= families
