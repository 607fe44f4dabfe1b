"""The export dialog's page thumbnails (Ctrl+P): a long map's pages show their own part of the
map, its stage headers and cards where the layout puts them, not a stretched blur."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QPoint, QRectF, QSettings, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from cxdesigner.export import MapPlacement
from cxdesigner.io import save_project
from cxdesigner.layout import MapLayout, Rect, palette
from cxdesigner.ui import export_thumbnails, image_export
from cxdesigner.ui.export_dialog import ExportDialog
from cxdesigner.ui.export_preview import PreviewItem
from cxdesigner.ui.export_thumbnails import Thumbnail
from cxdesigner.ui.main_window import MainWindow
from cxdesigner.ui.prompts import Prompts

SYNTHETIC = Path(__file__).resolve().parents[2] / "benchmarks" / "synthetic.py"
CLOSE = 40
"""How far (per channel, 0-255) a thumbnail's pixel may be from the colour drawn there."""


@pytest.fixture(autouse=True)
def _settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = str(tmp_path / "export-settings.ini")
    monkeypatch.setattr(image_export, "export_settings",
                        lambda: QSettings(path, QSettings.Format.IniFormat))


def _synthetic() -> ModuleType:
    spec = importlib.util.spec_from_file_location("synthetic", SYNTHETIC)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("synthetic", module)
    spec.loader.exec_module(module)
    return module


def _preview(window: MainWindow, qtbot: QtBot,
             monkeypatch: pytest.MonkeyPatch) -> tuple[ExportDialog, QImage]:
    """Ctrl+P on the map; the dialog's preview once ready, as painted."""
    seen: list[tuple[ExportDialog, QImage]] = []

    def run(self: Prompts, dialog: QDialog) -> bool:
        assert isinstance(dialog, ExportDialog)
        dialog.resize(1400, 900)
        dialog.show()
        qtbot.waitUntil(lambda: dialog.plan is not None, timeout=20000)
        seen.append((dialog, dialog.preview.grab().toImage()))
        return False  # cancelled: the export waits for the preview's work and writes nothing

    monkeypatch.setattr(Prompts, "run", run)
    view = window.tabs.current_view()
    assert view is not None
    window.activateWindow()
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert seen
    return seen[0]


def _on_page(rect: QRectF, item: PreviewItem, placement: MapPlacement, box: Rect) -> QPoint:
    """Where the centre of a rectangle of the map is on the preview's picture of its page."""
    factor = rect.width() / item.size[0]
    shown = placement.to_page(box)
    return QPoint(round(rect.x() + shown.center.x * factor),
                  round(rect.y() + shown.center.y * factor))


def _near(pixel: QColor, colour: str) -> bool:
    wanted = QColor(colour)
    return all(abs(a - b) <= CLOSE for a, b in zip(pixel.getRgb()[:3], wanted.getRgb()[:3],
                                                  strict=True))


def _first_map_page(dialog: ExportDialog) -> tuple[PreviewItem, QRectF, MapPlacement]:
    for item, rect in dialog.preview.placed():
        if item.page is not None and item.page.placement is not None:
            return item, rect, item.page.placement
    raise AssertionError("no map page in the preview")


def test_a_long_maps_page_shows_its_stage_headers_and_cards(
        window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch,
        tmp_path: Path) -> None:
    path = tmp_path / "long.cxd"
    save_project(_synthetic().make_project(2000), path)
    assert window.files.open_path(path)
    view = window.tabs.current_view()
    assert view is not None and view.map_scene.map_layout is not None
    layout: MapLayout = view.map_scene.map_layout
    dialog, image = _preview(window, qtbot, monkeypatch)
    item, rect, placement = _first_map_page(dialog)
    strip = placement.strips[0]
    assert strip.end - strip.start < layout.width / 10  # a page shows a small part of it
    factor = rect.width() / item.size[0] * placement.scale
    stages = [stage for stage in layout.stages
              if stage.header.x < strip.end and stage.header.right > strip.start]
    assert stages
    for stage in stages:
        left, right = max(stage.header.x, strip.start), min(stage.header.right, strip.end)
        header = Rect(left, stage.header.y, right - left, stage.header.height)
        assert header.height * factor >= 3  # large enough to be seen on the thumbnail
        colour = palette.stage_header_colour(stage.index)
        at = _on_page(rect, item, placement, header)
        assert _near(image.pixelColor(at), colour), (stage.index, image.pixelColor(at).name())
        cards = [card.card for card in layout.touchpoints.values()
                 if card.stage_id == stage.stage_id and strip.start <= card.card.x
                 and card.card.right <= strip.end]
        assert cards
        for card in cards:
            at = _on_page(rect, item, placement, card)
            assert _near(image.pixelColor(at), colour), image.pixelColor(at).name()
        # Between the header and the cards, the lane shows: no smear of the two.
        gap = Rect(cards[0].x, stage.header.bottom, cards[0].width,
                   cards[0].y - stage.header.bottom)
        if gap.height * factor >= 3:
            assert not _near(image.pixelColor(_on_page(rect, item, placement, gap)), colour)


def test_the_demos_pages_keep_the_picture_of_the_map(
        window: MainWindow, demo_copy: Path, qtbot: QtBot,
        monkeypatch: pytest.MonkeyPatch) -> None:
    drawn: list[tuple[float, float]] = []
    draw_part = export_thumbnails.draw_part

    def counted(thumbnail: Thumbnail, start: float, end: float,
                pixels_per_point: float) -> QImage | None:
        drawn.append((start, end))
        return draw_part(thumbnail, start, end, pixels_per_point)

    monkeypatch.setattr(export_thumbnails, "draw_part", counted)
    assert window.files.open_path(demo_copy)
    dialog, image = _preview(window, qtbot, monkeypatch)
    item, rect, placement = _first_map_page(dialog)
    thumbnail = dialog.preview.maps.thumbnails[placement.journey_id]
    # The picture of the map, with its cards' details, is sharp enough on these pages.
    assert thumbnail.sharp_at(rect.width() / item.size[0] * placement.scale)
    assert drawn == []
    layout = thumbnail.layout
    assert layout is not None
    stage = layout.stages[0]
    at = _on_page(rect, item, placement, Rect(stage.header.x, stage.header.y + 2,
                                              stage.header.width, stage.header.height - 6))
    assert _near(image.pixelColor(at), palette.stage_header_colour(0))
