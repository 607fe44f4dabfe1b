"""File ▸ Export: the PDF dialog and its preview, progress and errors, PNG and SVG images."""

from __future__ import annotations

import time
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

import pdfplumber
import pytest
from pypdf import PdfReader
from PySide6.QtCore import QPoint, QSettings, Qt, QTimer
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QDialog, QProgressDialog, QPushButton
from pytestqt.qtbot import QtBot
from ui_support import WindowFactory, small_project

from cxdesigner.export import (
    ALL_PERSONAS,
    DEFAULT_SECTIONS,
    ExportError,
    ExportOptions,
    Orientation,
    PaperSize,
    ReportPlace,
    Section,
)
from cxdesigner.io import load_project, save_project
from cxdesigner.ui import image_export
from cxdesigner.ui.export_dialog import ExportChoices, ExportDialog
from cxdesigner.ui.export_menu import ExportController
from cxdesigner.ui.export_preview import sheet_position
from cxdesigner.ui.image_export import load_choices
from cxdesigner.ui.main_window import MainWindow
from cxdesigner.ui.prompts import Prompts

MM = 72 / 25.4
MULTILINGUAL = Path(__file__).resolve().parents[1] / "data" / "multilingual.cxd"


@pytest.fixture(autouse=True)
def _settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The exports remember their choices in the test's own settings file."""
    path = str(tmp_path / "export-settings.ini")
    monkeypatch.setattr(image_export, "export_settings",
                        lambda: QSettings(path, QSettings.Format.IniFormat))


def _controller(window: MainWindow) -> ExportController:
    controller = window.findChild(ExportController)
    assert isinstance(controller, ExportController)
    return controller


def _fill_with(monkeypatch: pytest.MonkeyPatch, qtbot: QtBot,
               fill: Callable[[ExportDialog], None]) -> list[ExportDialog]:
    """Answer the export dialog with ``fill``, once its preview is ready; returns the dialogs."""
    seen: list[ExportDialog] = []

    def run(self: Prompts, dialog: QDialog) -> bool:
        assert isinstance(dialog, ExportDialog)
        seen.append(dialog)
        fill(dialog)
        qtbot.waitUntil(lambda: dialog.plan is not None and dialog.export_button.isEnabled(),
                        timeout=10000)
        return True

    monkeypatch.setattr(Prompts, "run", run)
    return seen


def _errors(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str, str]]:
    shown: list[tuple[str, str, str]] = []
    monkeypatch.setattr(Prompts, "show_error",
                        lambda self, title, text, details="": shown.append((title, text, details)))
    return shown


def _sizes_mm(path: Path) -> list[tuple[int, int]]:
    return [(round(float(page.mediabox.width) / MM), round(float(page.mediabox.height) / MM))
            for page in PdfReader(path).pages]


def test_export_entries_come_first_in_file_export(demo_window: MainWindow) -> None:
    controller = _controller(demo_window)
    menu = demo_window.menus.export_menu
    assert menu.actions()[:3] == [controller.pdf, controller.png, controller.svg]


def test_the_dialog_maps_its_choices_to_export_options(qtbot: QtBot) -> None:
    project = small_project()
    dialog = ExportDialog(project, ExportChoices(), Path("map.pdf"), {})
    qtbot.addWidget(dialog)
    dialog.journeys.item(0).setCheckState(Qt.CheckState.Unchecked)
    dialog.persona.setCurrentIndex(dialog.persona.findData("p-bob"))
    dialog.paper.setCurrentIndex(dialog.paper.findData("A1"))
    dialog.orientation.setCurrentIndex(dialog.orientation.findData("portrait"))
    dialog.at_scale.setChecked(True)
    dialog.scale.setValue(40)
    dialog.strips.setValue(2)
    dialog.sections[Section.VERBATIMS].setChecked(False)
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    assert dialog.choices().options() == ExportOptions(
        journeys=("j-next",), persona="p-bob", paper=PaperSize.parse("A1"),
        orientation=Orientation.PORTRAIT, scale=0.4, strips=2,
        sections=DEFAULT_SECTIONS - {Section.VERBATIMS}, language="en")

    dialog.journeys.item(0).setCheckState(Qt.CheckState.Checked)
    dialog.persona.setCurrentIndex(dialog.persona.findData(""))  # each journey's first
    dialog.paper.setCurrentIndex(dialog.paper.findData("custom"))
    dialog.custom_width.setValue(1500)
    dialog.custom_height.setValue(800)
    dialog.fit.setChecked(True)
    dialog.strips.setValue(0)
    dialog.tile.setCurrentIndex(dialog.tile.findData("A3"))
    dialog.overlap.setValue(15)
    options = dialog.choices().options()
    assert (options.journeys, options.persona, options.scale, options.strips) == ((), None,
                                                                                  None, None)
    assert (options.paper, options.tile, options.overlap_mm) == (
        PaperSize.parse("1500x800"), PaperSize.parse("A3"), 15.0)
    # A poster at a scale is as large as the map needs: the paper does not apply.
    dialog.at_scale.setChecked(True)
    assert dialog.choices().options().paper is None
    assert not dialog.paper.isEnabled()

    # The smallest text, one sheet or pages, and where the report goes.
    dialog.tile.setCurrentIndex(dialog.tile.findData(""))
    dialog.one_sheet.setChecked(True)
    dialog.min_text.setValue(7.5)
    dialog.allow_small.setChecked(True)
    dialog.report.setCurrentIndex(dialog.report.findData("apart"))
    options = dialog.choices().options()
    assert (options.scale, options.one_sheet, options.min_text, options.allow_small_text,
            options.report) == (None, True, 7.5, True, ReportPlace.APART)
    assert not dialog.page_per_stage.isEnabled()
    dialog.fit.setChecked(True)
    dialog.page_per_stage.setChecked(True)
    options = dialog.choices().options()
    assert (options.one_sheet, options.page_per_stage) == (False, True)

    for row in range(dialog.journeys.count()):
        dialog.journeys.item(row).setCheckState(Qt.CheckState.Unchecked)
    qtbot.waitUntil(lambda: "journey" in dialog.summary.text())
    assert not dialog.export_button.isEnabled()
    dialog.wait_for_preview()


def test_a_wall_paper_shows_its_10_pt_floor_and_warns_when_it_is_lowered(
        qtbot: QtBot) -> None:
    dialog = ExportDialog(small_project(), ExportChoices(), Path("map.pdf"), {})
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert (dialog.paper.currentData(), dialog.min_text.value()) == ("A3", 6.0)
    dialog.paper.setFocus()
    qtbot.keyClick(dialog.paper, Qt.Key.Key_Down)
    assert (dialog.paper.currentData(), dialog.min_text.value()) == ("A2", 6.0)
    qtbot.keyClick(dialog.paper, Qt.Key.Key_Down)
    assert (dialog.paper.currentData(), dialog.min_text.value()) == ("A1", 10.0)
    assert not dialog.wall_warning.isVisible()
    assert dialog.choices().options().floor == 10.0

    # Lowered knowingly: kept, and warned of.
    dialog.min_text.setFocus()
    dialog.min_text.selectAll()
    qtbot.keyClicks(dialog.min_text, "7")
    assert dialog.min_text.value() == 7.0
    assert dialog.wall_warning.isVisible()
    assert "10 pt" in dialog.wall_warning.text()
    assert dialog.choices().options().floor == 7.0
    dialog.paper.setFocus()
    qtbot.keyClick(dialog.paper, Qt.Key.Key_Down)
    assert (dialog.paper.currentData(), dialog.min_text.value()) == ("A0", 7.0)
    assert dialog.wall_warning.isVisible()
    for _ in range(3):
        qtbot.keyClick(dialog.paper, Qt.Key.Key_Up)
    assert (dialog.paper.currentData(), dialog.min_text.value()) == ("A3", 7.0)
    assert not dialog.wall_warning.isVisible()  # 7 pt reads on a table

    # Back to the paper's own floor: it follows the paper again.
    dialog.min_text.setFocus()
    dialog.min_text.selectAll()
    qtbot.keyClicks(dialog.min_text, "6")
    dialog.paper.setFocus()
    for _ in range(3):
        qtbot.keyClick(dialog.paper, Qt.Key.Key_Down)
    assert (dialog.paper.currentData(), dialog.min_text.value()) == ("A0", 10.0)
    assert dialog.choices().min_text is None


def test_a_tiled_a0_export_writes_the_sheets_the_preview_showed(
        demo_window: MainWindow, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot,
        tmp_path: Path) -> None:
    target = tmp_path / "mur.pdf"

    def fill(dialog: ExportDialog) -> None:
        dialog.paper.setCurrentIndex(dialog.paper.findData("A0"))
        dialog.tile.setCurrentIndex(dialog.tile.findData("A4"))
        # At the wall's 10 pt the demo needs a poster taller than A0: lowered knowingly.
        dialog.min_text.setValue(6.0)
        warned.append(not dialog.wall_warning.isHidden())
        for section, box in dialog.sections.items():
            box.setChecked(section is Section.MAP)
        dialog.path_edit.setText(str(target))

    warned: list[bool] = []
    dialogs = _fill_with(monkeypatch, qtbot, fill)
    _controller(demo_window).pdf.trigger()
    assert warned == [True]

    plan = dialogs[0].plan
    assert plan is not None and len(plan.posters) == 1
    poster = plan.posters[0]
    sizes = _sizes_mm(target)
    assert len(sizes) == len(plan.pages) == 1 + poster.printed
    assert (round(poster.size[0] / MM), round(poster.size[1] / MM)) == (1189, 841)
    assert all(sorted(size) == [210, 297] for size in sizes)
    assert str(target) in demo_window.statusBar().currentMessage()


def test_the_print_shop_box_writes_a_press_ready_pdf(
        demo_window: MainWindow, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot,
        tmp_path: Path) -> None:
    target = tmp_path / "imprimeur.pdf"

    def fill(dialog: ExportDialog) -> None:
        assert not dialog.press.isChecked()
        for section, box in dialog.sections.items():
            box.setChecked(section is Section.MAP)
        qtbot.mouseClick(dialog.press, Qt.MouseButton.LeftButton,
                         pos=QPoint(6, dialog.press.height() // 2))
        assert dialog.choices().options().press
        dialog.path_edit.setText(str(target))

    _fill_with(monkeypatch, qtbot, fill)
    _controller(demo_window).pdf.trigger()

    reader = PdfReader(target)
    assert "/OutputIntents" in reader.trailer["/Root"]
    page = reader.pages[0]
    trim = page.trimbox
    assert (round(float(trim.width) / MM), round(float(trim.height) / MM)) == (420, 297)
    assert float(page.mediabox.width) > float(trim.width)


def test_the_summary_tells_the_pages_the_smallest_text_and_the_cuts(
        demo_window: MainWindow, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot,
        tmp_path: Path) -> None:
    target = tmp_path / "a3.pdf"
    summaries: list[str] = []

    def run(self: Prompts, dialog: QDialog) -> bool:
        assert isinstance(dialog, ExportDialog)
        dialog.paper.setCurrentIndex(dialog.paper.findData("A3"))
        dialog.journeys.item(1).setCheckState(Qt.CheckState.Checked)
        dialog.path_edit.setText(str(target))
        qtbot.waitUntil(lambda: dialog.plan is not None and dialog.export_button.isEnabled(),
                        timeout=10000)
        summaries.append(dialog.summary.text())
        return True

    monkeypatch.setattr(Prompts, "run", run)
    result = _controller(demo_window).export_pdf()
    assert result is not None and result.smallest_text is not None
    text = summaries[0]
    assert f"{result.page_count} pages, smallest text " in text
    smallest = float(text.split("smallest text ")[1].split(" pt on the map.")[0])
    assert 6 <= smallest <= result.smallest_text
    around = float(text.split("Title block and legend from ")[1].split(" pt")[0])
    assert result.smallest_furniture_text is not None
    assert 6 <= around <= result.smallest_furniture_text
    cut = [journey for journey in result.journeys if journey.cut]
    assert cut
    for journey in cut:
        assert f"“{journey.name}” is cut into {journey.pages} pages at stage boundaries" in text


def test_the_report_apart_goes_to_a_second_a4_file(
        demo_window: MainWindow, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot,
        tmp_path: Path) -> None:
    target = tmp_path / "mur.pdf"

    def fill(dialog: ExportDialog) -> None:
        dialog.paper.setCurrentIndex(dialog.paper.findData("A0"))
        dialog.report.setCurrentIndex(dialog.report.findData("apart"))
        dialog.path_edit.setText(str(target))

    _fill_with(monkeypatch, qtbot, fill)
    result = _controller(demo_window).export_pdf()
    assert result is not None
    assert {size for size in _sizes_mm(target)} == {(1189, 841)}
    report = tmp_path / "mur - report.pdf"
    assert {tuple(sorted(size)) for size in _sizes_mm(report)} == {(210, 297)}
    assert str(report) in demo_window.statusBar().currentMessage()


def test_the_dialog_remembers_the_last_choices(
        demo_window: MainWindow, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot,
        tmp_path: Path) -> None:
    target = tmp_path / "a3.pdf"

    def fill(dialog: ExportDialog) -> None:
        dialog.orientation.setCurrentIndex(dialog.orientation.findData("portrait"))
        dialog.sections[Section.PERSONAS].setChecked(False)
        dialog.language.setCurrentIndex(dialog.language.findData("en"))
        dialog.min_text.setValue(6.5)
        dialog.page_per_stage.setChecked(True)
        dialog.report.setCurrentIndex(dialog.report.findData("with-map"))
        dialog.path_edit.setText(str(target))

    _fill_with(monkeypatch, qtbot, fill)
    _controller(demo_window).pdf.trigger()
    assert sorted(_sizes_mm(target)[0]) == [297, 420]
    remembered = load_choices(image_export.export_settings(), "fr")
    assert (remembered.orientation, remembered.language) == ("portrait", "en")
    assert Section.PERSONAS not in remembered.sections
    assert (remembered.min_text, remembered.page_per_stage, remembered.report) == (
        6.5, True, "with-map")

    shown: list[object] = []
    _fill_with(monkeypatch, qtbot, lambda dialog: shown.extend((
        dialog.orientation.currentData(), dialog.sections[Section.PERSONAS].isChecked(),
        dialog.path().parent)))
    _controller(demo_window).pdf.trigger()
    assert shown == ["portrait", False, tmp_path]


@pytest.mark.parametrize("error", [
    ExportError("at 400% the map does not fit: use --fit or --tile A4."),
    PermissionError(13, "Permission denied"),
])
def test_a_failed_export_says_why_and_keeps_the_old_file(
        demo_window: MainWindow, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot,
        tmp_path: Path, error: Exception) -> None:
    target = tmp_path / "map.pdf"
    target.write_bytes(b"%PDF-1.4 the previous print")

    def failing(*args: object) -> None:
        raise error

    monkeypatch.setattr(image_export, "export_pdf", failing)
    _fill_with(monkeypatch, qtbot, lambda dialog: dialog.path_edit.setText(str(target)))
    shown = _errors(monkeypatch)
    _controller(demo_window).pdf.trigger()

    assert len(shown) == 1
    title, text, details = shown[0]
    assert title == "PDF not exported"
    if isinstance(error, ExportError):
        assert "“All on one sheet”" in details and "--" not in details
    else:
        assert str(target) in text and details == "Permission denied"
    assert target.read_bytes() == b"%PDF-1.4 the previous print"


def test_cancelling_a_long_export_writes_nothing(
        demo_window: MainWindow, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot,
        tmp_path: Path) -> None:
    target = tmp_path / "long.pdf"

    def slow(project: object, path: Path, options: object,
             progress: Callable[[int, int], None]) -> None:
        for page in range(1, 400):
            progress(page, 400)
            time.sleep(0.005)
        path.write_bytes(b"never")

    def press_cancel() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QProgressDialog) and widget.value() > 20:
                button = widget.findChild(QPushButton)
                assert isinstance(button, QPushButton)
                button.click()
                clicks.stop()

    monkeypatch.setattr(image_export, "export_pdf", slow)
    _fill_with(monkeypatch, qtbot, lambda dialog: dialog.path_edit.setText(str(target)))
    clicks = QTimer()
    clicks.timeout.connect(press_cancel)
    clicks.start(50)
    assert _controller(demo_window).export_pdf() is None
    assert not clicks.isActive()
    assert not target.exists()
    assert "cancelled" in demo_window.statusBar().currentMessage()


def test_png_export_has_the_asked_width(demo_window: MainWindow,
                                        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    target = tmp_path / "slide"
    monkeypatch.setattr(ExportController, "ask_png_width", lambda self, current: 1920)
    monkeypatch.setattr(ExportController, "ask_image_path",
                        lambda self, suggested, kind: target.with_suffix(f".{kind}"))
    _controller(demo_window).png.trigger()
    image = QImage(str(target.with_suffix(".png")))
    layout = demo_window.tabs.current_view().map_scene.map_layout  # type: ignore[union-attr]
    assert layout is not None
    assert image.width() == 1920
    assert abs(image.height() - 1920 * layout.height / layout.width) <= 1
    assert image.pixelColor(2, 2).name() == "#ffffff"
    assert len({image.pixel(x, image.height() // 3) for x in range(0, 1920, 7)}) > 8


def test_svg_export_keeps_the_touchpoint_titles_as_text(
        make_window: WindowFactory, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    window = make_window(project=small_project())
    target = tmp_path / "map.svg"
    monkeypatch.setattr(ExportController, "ask_image_path", lambda self, suggested, kind: target)
    assert _controller(window).export_svg() == target
    root = ET.parse(target).getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    text = " ".join("".join(node.itertext()) for node in root.iter()
                    if node.tag.endswith("text"))
    for title in ("Publicité", "Appel", "Paiement"):
        assert title in text


def test_sheet_codes_read_back_as_rows_and_columns() -> None:
    assert sheet_position("A1") == (0, 0)
    assert sheet_position("C7") == (2, 6)
    assert sheet_position("AB12") == (27, 11)



def test_characters_no_font_has_are_named_after_the_export(
        window: MainWindow, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot,
        tmp_path: Path) -> None:
    """Every script prints; a character none of the bundled fonts has (an Egyptian
    hieroglyph) is named with its place, once the PDF is written."""
    project = load_project(MULTILINGUAL)
    project.journeys[0].stages[0].touchpoints[0].title = "Hiéroglyphe \U00013000"
    source = tmp_path / "multilingue.cxd"
    save_project(project, source, backups=0)
    assert window.files.open_path(source)
    target = tmp_path / "multilingue.pdf"

    def fill(dialog: ExportDialog) -> None:
        for section, box in dialog.sections.items():
            box.setChecked(section is Section.MAP)
        dialog.path_edit.setText(str(target))

    _fill_with(monkeypatch, qtbot, fill)
    warnings: list[tuple[str, str, str]] = []
    monkeypatch.setattr(Prompts, "show_warning", lambda self, title, text, details="":
                        warnings.append((title, text, details)))
    _controller(window).pdf.trigger()

    assert target.is_file()
    assert len(warnings) == 1
    title, text, details = warnings[0]
    assert title == "Characters missing from the PDF"
    assert "multilingue.pdf" in text and "empty boxes" in text
    assert details.count("•") == 1
    assert "touchpoint “Hiéroglyphe \U00013000” · title" in details
    assert "U+13000" in details


def test_a_picture_that_prints_below_150_ppi_is_named_after_the_export(
        window: MainWindow, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot,
        tmp_path: Path) -> None:
    from PIL import Image

    from cxdesigner.io.pictures import picture_from_image

    project = small_project()
    touchpoint = project.journeys[0].stages[0].touchpoints[0]
    touchpoint.image = picture_from_image(Image.new("RGB", (30, 20), (42, 157, 143)),
                                          "icône.png")
    source = tmp_path / "petit.cxd"
    save_project(project, source, backups=0)
    assert window.files.open_path(source)
    target = tmp_path / "petit.pdf"

    def fill(dialog: ExportDialog) -> None:
        for section, box in dialog.sections.items():
            box.setChecked(section is Section.MAP)
        dialog.path_edit.setText(str(target))

    _fill_with(monkeypatch, qtbot, fill)
    warnings: list[tuple[str, str, str]] = []
    monkeypatch.setattr(Prompts, "show_warning", lambda self, title, text, details="":
                        warnings.append((title, text, details)))
    _controller(window).pdf.trigger()

    assert target.is_file()
    ((title, text, details),) = warnings
    assert title == "Pictures that print blurred"
    assert "petit.pdf" in text and "150 ppi" in text
    assert details.startswith(f"• {project.journeys[0].name} \u203a ")
    assert f"{touchpoint.title}: “icône.png” prints at " in details
    assert "pixels wide" in details


def test_the_print_shows_the_persona_the_map_shows(
        demo_window: MainWindow, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot,
        tmp_path: Path) -> None:
    target = tmp_path / "carte.pdf"
    chosen: list[object] = []

    def fill(dialog: ExportDialog) -> None:
        chosen.append(dialog.persona.currentData())
        for section, box in dialog.sections.items():
            box.setChecked(section is Section.MAP)
        dialog.path_edit.setText(str(target))

    combo = demo_window.persona_combo
    assert combo.currentText() == "All personas"  # what the map shows at first
    _fill_with(monkeypatch, qtbot, fill)
    _controller(demo_window).pdf.trigger()
    assert chosen == [ALL_PERSONAS]
    first = demo_window.document.project.personas[0].name
    with pdfplumber.open(target) as pdf:
        block = pdf.pages[0].extract_text()
    assert first not in block  # the title block says "all", the curve the cards' own
    # A persona chosen on screen is the print's too.
    second = demo_window.document.project.personas[1]
    combo.setCurrentIndex(combo.findData(second.id))
    _controller(demo_window).pdf.trigger()
    assert chosen[-1] == second.id
    with pdfplumber.open(target) as pdf:
        assert second.name in pdf.pages[0].extract_text()
