"""What File ▸ Export draws: the map as images (PNG for slides, SVG), the PDF, and the
choices of the last export, remembered."""

from __future__ import annotations

import math
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSettings, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtSvg import QSvgGenerator

from cxdesigner.canvas import JourneyScene
from cxdesigner.canvas.painting import DETAIL_LOD
from cxdesigner.export import DEFAULT_SECTIONS, Orientation, ReportPlace, Section
from cxdesigner.export import export_pdf as export_pdf  # run by File ▸ Export ▸ PDF
from cxdesigner.export.options import MIN_TEXT_RANGE
from cxdesigner.io.file_names import fitted_file, portable_stem
from cxdesigner.ui.export_choices import (
    CUSTOM,
    LANGUAGES,
    PAPERS,
    REPORTS,
    TILES,
    ExportChoices,
)
from cxdesigner.ui.i18n import translate

PNG_WIDTHS = (1920, 3840, 7680)  # Full HD, 4K, 8K
MAX_RENDER_WIDTH = 16000  # a long map is drawn at most this wide, then scaled down
THUMBNAIL_WIDTH = 900
_T = TypeVar("_T")
_HINTS = (QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing
          | QPainter.RenderHint.SmoothPixmapTransform)


def export_settings() -> QSettings:
    """Where the exports remember their last choices (always read with ``type=``)."""
    return QSettings()


def setting(settings: QSettings, key: str, default: _T) -> _T:
    """``export/<key>`` read as the type of ``default`` (``default`` when absent or wrong)."""
    found = settings.value(f"export/{key}", default, type=type(default))
    return found if isinstance(found, type(default)) else default


def load_choices(settings: QSettings, language: str) -> ExportChoices:
    """The last export's choices (journeys and persona are the caller's)."""
    def value(key: str, default: _T) -> _T:
        return setting(settings, key, default)

    def one_of(key: str, default: str, allowed: tuple[str, ...]) -> str:
        found = value(key, default)
        return found if found in allowed else default

    known = {section.value for section in Section}
    sections = frozenset(Section(s) for s in value("sections", sorted(DEFAULT_SECTIONS))
                         if s in known) or DEFAULT_SECTIONS
    low, high = MIN_TEXT_RANGE
    # Kept only when chosen: otherwise the paper's floor (the key of the versions that
    # always wrote 6 pt, whatever the paper, is left unread).
    chosen = value("smallest_text", math.nan)
    return ExportChoices(
        paper=one_of("paper", "A3", (*PAPERS, CUSTOM)),
        custom_mm=(value("custom_width", 1000.0), value("custom_height", 700.0)),
        orientation=one_of("orientation", "landscape", tuple(o.value for o in Orientation)),
        fit=value("fit", True), one_sheet=value("one_sheet", False),
        scale_percent=value("scale", 100),
        min_text=None if math.isnan(chosen) else min(high, max(low, chosen)),
        allow_small_text=value("allow_small_text", False),
        page_per_stage=value("page_per_stage", False), strips=value("strips", 0),
        tile=one_of("tile", "", TILES), overlap_mm=value("overlap", 10.0), sections=sections,
        report=one_of("report", ReportPlace.AUTO.value, REPORTS),
        language=one_of("language", language, LANGUAGES))


def save_choices(settings: QSettings, choices: ExportChoices) -> None:
    values: dict[str, object] = {
        "paper": choices.paper, "custom_width": choices.custom_mm[0],
        "custom_height": choices.custom_mm[1], "orientation": choices.orientation,
        "fit": choices.fit, "one_sheet": choices.one_sheet, "scale": choices.scale_percent,
        "allow_small_text": choices.allow_small_text,
        "page_per_stage": choices.page_per_stage, "strips": choices.strips,
        "tile": choices.tile, "overlap": choices.overlap_mm,
        "sections": sorted(s.value for s in choices.sections), "report": choices.report,
        "language": choices.language}
    for key, value in values.items():
        settings.setValue(f"export/{key}", value)
    if choices.min_text is None:
        settings.remove("export/smallest_text")
    else:
        settings.setValue("export/smallest_text", choices.min_text)


def report_path(path: Path) -> Path:
    """The file of the report made apart from the map's ``path``: beside it."""
    word = translate("ExportMenu", "report", "the file name of the report made apart")
    return path.with_name(f"{path.stem} - {word}.pdf")


def suggested_file(folder: Path, suffix: str, *titles: str) -> Path:
    """The file an export of ``titles`` (the project's, the journey's) proposes in ``folder``:
    a name every system accepts, short enough for the path to open on Windows."""
    return fitted_file(folder, portable_stem(*titles), suffix)


def map_rect(scene: JourneyScene) -> QRectF:
    """The whole map of the scene, in scene coordinates (empty when nothing is laid out)."""
    layout = scene.map_layout
    return QRectF() if layout is None else QRectF(0.0, 0.0, layout.width, layout.height)


def render_map_image(scene: JourneyScene, width: int, detail: bool = True) -> QImage:
    """The whole map, ``width`` pixels wide, on white, antialiased.

    With ``detail``, a map smaller than the cards' text threshold is drawn larger, then
    scaled down smoothly, so that the image keeps its text.
    """
    source = map_rect(scene)
    width = max(1, width)
    aspect = source.height() / max(1.0, source.width())
    render_width = width
    if detail and source.width() > 0 and width / source.width() < DETAIL_LOD:
        render_width = min(MAX_RENDER_WIDTH, math.ceil(source.width() * DETAIL_LOD))
    image = QImage(render_width, max(1, round(render_width * aspect)), QImage.Format.Format_RGB32)
    image.fill(QColor("#ffffff"))
    if not source.isEmpty():
        painter = QPainter(image)
        painter.setRenderHints(_HINTS)
        scene.render(painter, QRectF(image.rect()), source, Qt.AspectRatioMode.IgnoreAspectRatio)
        painter.end()
    if render_width != width:
        image = image.scaled(width, max(1, round(width * aspect)),
                             Qt.AspectRatioMode.IgnoreAspectRatio,
                             Qt.TransformationMode.SmoothTransformation)
    return image


def png_bytes(scene: JourneyScene, width: int) -> bytes:
    """The map as a PNG file, ``width`` pixels wide."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not render_map_image(scene, width).save(buffer, "PNG"):  # type: ignore[call-overload]
        raise OSError(translate("ImageExport", "the image could not be encoded"))
    buffer.close()
    return bytes(data.data())


def svg_bytes(scene: JourneyScene, title: str) -> bytes:
    """The map as an SVG file, one unit per point, its text kept as text."""
    source = map_rect(scene)
    page = QRectF(0, 0, source.width(), source.height())
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setSize(QSize(math.ceil(page.width()), math.ceil(page.height())))
    generator.setViewBox(page)
    generator.setResolution(72)
    generator.setTitle(title)
    generator.setDescription(translate("ImageExport", "Customer-journey map made with "
                                                      "CX Designer"))
    painter = QPainter(generator)
    painter.setRenderHints(_HINTS)
    painter.fillRect(page, QColor("#ffffff"))
    scene.render(painter, page, source, Qt.AspectRatioMode.IgnoreAspectRatio)
    painter.end()
    buffer.close()
    return bytes(data.data())

