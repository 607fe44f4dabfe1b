"""The read-only web page: the map's own drawing as SVG, opened and clicked in Chromium."""

from __future__ import annotations

import base64
import io
import shutil
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image, ImageStat
from playwright.sync_api import Browser, Page, sync_playwright

from cxdesigner.cli import main
from cxdesigner.drawing.fonts import load_fonts
from cxdesigner.drawing.primitives import (
    Box,
    Circle,
    Curve,
    Group,
    Line,
    Picture,
    Polygon,
    Polyline,
    Symbol,
    Text,
)
from cxdesigner.export.svg import SvgPainter
from cxdesigner.export.web_page import web_page
from cxdesigner.io import load_project
from cxdesigner.layout.curves import CubicSegment
from cxdesigner.layout.geometry import Point, Rect
from cxdesigner.model import MapImage

ROOT = Path(__file__).resolve().parents[2]
DEMO = ROOT / "resources" / "demo" / "parcours-demo.cxd"
MULTILINGUAL = DEMO.parent / "parcours-multilingue.cxd"
CHROMIUM = "/usr/bin/chromium"
# Chromium as the machine allows it: no sandbox, no GPU, nothing that calls out.
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                 "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]
SVG = "{http://www.w3.org/2000/svg}"

sys.path.insert(0, str(ROOT / "tools"))
from fuzz_inputs import bomb_png  # noqa: E402


def test_every_primitive_becomes_an_svg_element() -> None:
    fonts = load_fonts()
    painter = SvgPainter(fonts)
    a, b, c = Point(0, 0), Point(10, 5), Point(20, 0)
    star = Symbol(("star",), Rect(50, 50, 10, 10), (Circle(Point(5, 5), 4, "#ff0000"),))
    parts = (Box(Rect(1, 2, 30, 40), fill="#ffffff", stroke="#000000", radius=3, dash=(2, 1)),
             Line(a, b, "#000000"), Polyline((a, b, c), "#00ff00", 1.5),
             Polygon((a, b, c), "#0000ff"), Curve((CubicSegment(a, b, b, c),), "#123456"),
             Text(("Étape 1 & <2>", "suite"), (4.0, 6.0), 20.0, 10.0, fonts.bold, 8.0,
                  "#1f2933"),
             Group(Point(100, 200), (star,)), star)
    body = painter.paint(parts)  # the symbols are defined once painted
    svg = f'<svg xmlns="http://www.w3.org/2000/svg">{painter.definitions()}{body}</svg>'
    root = ET.fromstring(svg)
    tags = [element.tag.removeprefix(SVG) for element in root.iter()]
    for tag in ("rect", "line", "polyline", "polygon", "path", "text", "tspan", "g", "use",
                "circle", "defs"):
        assert tag in tags
    text = next(root.iter(f"{SVG}text"))
    assert [span.text for span in text] == ["Étape 1 & <2>", "suite"]
    assert text.get("font-weight") == "bold"
    assert [span.get("y") for span in text] == ["20", "30"]
    # The symbol is defined once and placed twice.
    assert tags.count("use") == 2
    assert len(next(root.iter(f"{SVG}defs"))) == 1


def test_a_picture_goes_into_the_page_as_data_unless_it_is_a_bomb() -> None:
    buffer = io.BytesIO()
    Image.new("RGB", (40, 20), (42, 157, 143)).save(buffer, "PNG")
    sound = MapImage(format="png", width=40, height=20,
                     data=base64.b64encode(buffer.getvalue()).decode("ascii"))
    bomb = MapImage(format="png", width=40, height=20,
                    data=base64.b64encode(bomb_png(20_000, 20_000)).decode("ascii"))
    painter = SvgPainter(load_fonts())
    svg = painter.paint((Picture(Rect(10, 20, 40, 20), sound), Picture(Rect(0, 0, 4, 2), bomb)))
    root = ET.fromstring(f'<svg xmlns="http://www.w3.org/2000/svg">{svg}</svg>')
    (image,) = root.iter(f"{SVG}image")
    assert image.get("href") == f"data:image/png;base64,{sound.data}"
    assert (image.get("x"), image.get("y"), image.get("width")) == ("10", "20", "40")
    assert [rect.get("width") for rect in root.iter(f"{SVG}rect")] == ["4"]
    assert bomb.data not in svg


def test_the_page_holds_everything_it_needs() -> None:
    project = load_project(DEMO)
    html = web_page(project)
    # No address outside the page: only the SVG namespace is ever named.
    for marker in ("http://", "https://", "//cdn", "src=\"http"):
        assert html.replace("http://www.w3.org/2000/svg", "").count(marker) == 0
    assert "Content-Security-Policy" in html
    assert "@font-face" in html and "data:font/ttf;base64," in html
    # A map per journey and persona (all, then each of the journey's personas).
    variants = sum(1 + len(journey.persona_ids) for journey in project.journeys)
    assert html.count('<svg class="map"') == variants
    # Fonts cut down to what the page shows: far below the 2 MB of the four files.
    assert len(html.encode()) < 1_500_000


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    assert shutil.which(CHROMIUM) or Path(CHROMIUM).exists(), \
        "Chromium is missing: install Debian's 'chromium' package (scripts/setup.sh --test)"
    with sync_playwright() as playwright:
        # A fresh profile in a temporary folder, made and removed by Playwright.
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


def _open(browser: Browser, path: Path, requests: list[str]) -> Page:
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    errors: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on("console", lambda message: errors.append(message.text)
            if message.type == "error" else None)
    page.goto(path.as_uri())
    page.wait_for_load_state("load")
    assert errors == []
    return page


def _not_blank(path: Path) -> None:
    image = Image.open(path).convert("L")
    assert image.size == (1400, 900)
    assert ImageStat.Stat(image).stddev[0] > 20  # a drawing, not an empty page


@pytest.mark.parametrize("language", ["fr", "en"])
def test_the_page_in_a_browser(browser: Browser, tmp_path: Path, language: str,
                               capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "carte.html"
    assert main(["export-html", str(DEMO), "-o", str(path), "--lang", language]) == 0
    assert capsys.readouterr().out.startswith(f"Wrote '{path}': 2 maps")
    project = load_project(DEMO)
    requests: list[str] = []
    page = _open(browser, path, requests)
    assert page.evaluate("document.fonts.check(\"12px 'CX Map'\")")
    maps = page.locator("svg.map.shown")
    assert maps.count() == 1
    page.screenshot(path=tmp_path / "whole.png")
    _not_blank(tmp_path / "whole.png")

    # A click on a card shows all of it.
    journey = project.journeys[0]
    stage, tp = list(journey.touchpoints())[2]
    page.locator(f'svg.map.shown .hit[data-tp="{tp.id}"]').click()
    details = page.locator("#details-body")
    assert details.locator("h2").inner_text() == tp.title
    text = details.inner_text()
    assert stage.name in text
    for verbatim in tp.verbatims:
        assert verbatim.text in text
    assert ("Étape" if language == "fr" else "Stage") in text

    # Zoom in: the view box narrows; fit: the whole map again.
    whole = maps.get_attribute("viewBox")
    page.click("#zoom-in")
    zoomed = maps.get_attribute("viewBox")
    assert zoomed is not None and whole is not None
    assert float(zoomed.split()[2]) < float(whole.split()[2])
    page.mouse.move(300, 400)
    page.mouse.down()
    page.mouse.move(200, 350, steps=4)
    page.mouse.up()
    panned = maps.get_attribute("viewBox")
    assert panned is not None and panned.split()[0] != zoomed.split()[0]
    page.screenshot(path=tmp_path / "details.png")
    _not_blank(tmp_path / "details.png")

    # The persona switch shows that persona's map.
    persona_id = journey.persona_ids[0]
    page.select_option("#persona", persona_id)
    assert page.locator("svg.map.shown").get_attribute("data-persona") == persona_id
    # The second journey.
    page.select_option("#journey", "1")
    assert page.locator("svg.map.shown").get_attribute("data-journey") == "1"
    assert page.locator("svg.legend text").count() > 10

    # Not one request beyond the page itself.
    assert requests == [path.as_uri()]
    page.close()


def test_every_script_of_a_project_shows_in_its_own_face_on_the_page() -> None:
    """The page draws other scripts with the fallback faces the map uses, embedded."""
    project = load_project(MULTILINGUAL)
    html = web_page(project)
    for face in ("DroidSansFallback-Regular", "NotoSansArabic-Regular", "NanumGothic-Regular"):
        assert f"@font-face{{font-family:'{face}';" in html
        assert f"font-family=\"'{face}'\"" in html
    assert "多语言" in html or "多" in html
