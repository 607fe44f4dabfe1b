"""The persona editor, the persona shown on the map, and the overlaid persona curves."""

from __future__ import annotations

import base64
import struct
import zlib
from pathlib import Path

import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot
from ui_support import WindowFactory, small_project

from cxdesigner.canvas import JourneyView
from cxdesigner.document.commands import AddItem, EditJourney, EditTouchpoint
from cxdesigner.layout import palette
from cxdesigner.model import Criticality, Lane, Project, Segment
from cxdesigner.ui.main_window import MainWindow
from cxdesigner.ui.personas import photo as photos
from cxdesigner.ui.personas.editor import PersonaEditor
from cxdesigner.ui.prompts import Prompts


def _project() -> Project:
    project = small_project()
    project.segments.append(Segment(id="seg-fam", name="Familles urbaines"))
    return project


@pytest.fixture
def people_window(make_window: WindowFactory) -> MainWindow:
    return make_window(project=_project())


@pytest.fixture
def editor(people_window: MainWindow, qtbot: QtBot) -> PersonaEditor:
    editor = people_window.persona_tools.open_editor("p-ana")
    qtbot.waitExposed(editor)
    return editor


def _ana(window: MainWindow) -> dict[str, object]:
    return window.document.project.personas[0].model_dump()


def _errors(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    shown: list[tuple[str, str]] = []

    def show_error(self: Prompts, title: str, text: str, details: str = "") -> None:
        shown.append((title, text))

    monkeypatch.setattr(Prompts, "show_error", show_error)
    return shown


def _choose(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(photos, "ask_photo_file", lambda parent, folder: path)


def test_fields_are_edited_one_undo_step_per_field_visit(
        people_window: MainWindow, editor: PersonaEditor, qtbot: QtBot,
        monkeypatch: pytest.MonkeyPatch) -> None:
    document = people_window.document
    before = document.project.model_dump()
    form = editor.form
    form.name.setFocus()
    form.name.selectAll()
    qtbot.keyClicks(form.name, "Ana, jeune active")
    form.lists["needs"].setFocus()
    qtbot.keyClicks(form.lists["needs"], "Etre livree le soir")  # QTest types ASCII only
    qtbot.keyClick(form.lists["needs"], Qt.Key.Key_Return)
    qtbot.keyClicks(form.lists["needs"], "Suivre sa commande")
    form.quote.setFocus()
    qtbot.keyClicks(form.quote, "Je n'ai pas le temps d'attendre.")
    qtbot.mouseClick(form.colour_buttons[1], Qt.MouseButton.LeftButton)
    form.segment.setCurrentIndex(form.segment.findData("seg-fam"))

    ana = document.project.personas[0]
    assert ana.name == "Ana, jeune active"
    assert ana.needs == ["Etre livree le soir", "Suivre sa commande"]
    assert ana.quote == "Je n'ai pas le temps d'attendre."
    assert ana.colour == "#d55e00"
    assert ana.segment_id == "seg-fam"
    assert editor.list.item(0).text() == "Ana, jeune active"
    assert people_window.persona_combo.findText("Ana, jeune active") >= 0
    stack = document.undo_stack
    assert stack.count() == 5  # name, needs, quote, colour, segment
    after = document.project.model_dump()
    while stack.canUndo():
        stack.undo()
    assert document.project.model_dump() == before
    assert form.name.text() == "Ana"
    while stack.canRedo():
        stack.redo()
    assert document.project.model_dump() == after
    assert form.lists["needs"].toPlainText() == "Etre livree le soir\nSuivre sa commande"


def test_a_new_segment_is_created_and_chosen_in_one_step(
        people_window: MainWindow, editor: PersonaEditor,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(Prompts, "ask_text", lambda self, title, label, value: "Étudiants")
    editor.form.create_segment()

    project = people_window.document.project
    assert [s.name for s in project.segments] == ["Familles urbaines", "Étudiants"]
    assert project.personas[0].segment_id == project.segments[1].id
    assert editor.form.segment.currentText() == "Étudiants"
    people_window.document.undo_stack.undo()
    assert len(project.segments) == 1 and people_window.document.project.personas[0] \
        .segment_id is None


def test_a_good_photo_is_shrunk_embedded_and_shown(
        people_window: MainWindow, editor: PersonaEditor, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    image = QImage(900, 600, QImage.Format.Format_RGB32)
    image.fill(QColor("#2a9d8f"))
    path = tmp_path / "ana.png"
    assert image.save(str(path))
    _choose(monkeypatch, path)

    editor.form.ask_photo()

    data = people_window.document.project.personas[0].photo_png_base64
    assert data is not None
    embedded = QImage.fromData(base64.b64decode(data))
    assert (embedded.width(), embedded.height()) == (512, 341)
    assert editor.preview.has_photo
    assert not editor.form.photo.pixmap().isNull()
    assert editor.form.remove_photo.isEnabled()
    people_window.document.undo_stack.undo()
    assert people_window.document.project.personas[0].photo_png_base64 is None
    assert not editor.preview.has_photo


def _png_header(width: int, height: int) -> bytes:
    """A PNG whose header declares ``width`` x ``height`` pixels, with hardly any data."""
    def chunk(kind: bytes, body: bytes) -> bytes:
        return (struct.pack(">I", len(body)) + kind + body
                + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(b"\0" * 16)) + chunk(b"IEND", b""))


@pytest.mark.parametrize(("content", "expected"), [
    (b"this is not an image at all", "is not an image CX Designer can read"),
    (_png_header(12_000, 9_000), "12000 \u00d7 9000 pixels: more than the 16 megapixels a "
                                  "PNG image may have (a JPEG photo may have 50)"),
])
def test_a_broken_or_huge_image_says_why_and_changes_nothing(
        people_window: MainWindow, editor: PersonaEditor, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch, content: bytes, expected: str) -> None:
    path = tmp_path / "photo.png"
    path.write_bytes(content)
    _choose(monkeypatch, path)
    shown = _errors(monkeypatch)
    before = _ana(people_window)

    editor.form.ask_photo()

    assert len(shown) == 1
    assert shown[0][0] == "Photo not changed"
    assert expected in shown[0][1] and "photo.png" in shown[0][1]
    assert _ana(people_window) == before
    assert people_window.document.undo_stack.count() == 0


def test_a_file_too_large_is_refused_before_it_is_read(
        people_window: MainWindow, editor: PersonaEditor, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "scan.png"
    with path.open("wb") as file:
        file.truncate(31 * 2**20)  # sparse: no disk used
    shown = _errors(monkeypatch)

    assert not editor.form.set_photo(path)

    assert "is 31 MB; a photo may be at most 30 MB" in shown[0][1]
    assert _ana(people_window)["photo_png_base64"] is None


def test_a_name_like_a_job_title_or_a_segment_gets_a_gentle_warning(
        editor: PersonaEditor, qtbot: QtBot) -> None:
    form = editor.form
    assert not form.name_hint.isHidden()
    assert form.warning.isHidden()
    form.name.setFocus()
    form.name.selectAll()
    qtbot.keyClicks(form.name, "Responsable achats")
    assert not form.warning.isHidden()
    assert "“Responsable” sounds like a job title" in form.warning.text()
    form.name.setText("Conseillère clientèle")
    assert "“Conseillère” sounds like a job title" in form.warning.text()
    form.name.setText("familles  URBAINES")
    assert "“Familles urbaines” is the name of a segment" in form.warning.text()
    form.name.selectAll()
    qtbot.keyClicks(form.name, "Camille, maman active")
    assert form.warning.isHidden()


def test_the_card_preview_follows_the_persona(people_window: MainWindow,
                                              editor: PersonaEditor) -> None:
    preview = editor.preview
    editor.form.set_colour("#009e73")
    image = preview.grab().toImage()
    card = preview.card_rect()
    header = image.pixelColor(int(card.x() + card.width() * 0.8), int(card.y() + 6))
    assert header.name() == "#009e73"
    assert preview.persona is not None and preview.persona.colour == "#009e73"
    editor.show_persona("p-bob")
    assert preview.persona is not None and preview.persona.name == "Bob"


# ---------------------------------------------------------------------- the map


def _render(view: JourneyView, area: QRectF) -> QImage:
    image = QImage(int(area.width()), int(area.height()), QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    view.map_scene.render(painter, QRectF(image.rect()), area)
    painter.end()
    return image


def _count(image: QImage, hex_colour: str, tolerance: int = 40) -> int:
    wanted = QColor(hex_colour)
    found = 0
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            c = image.pixelColor(x, y)
            if (abs(c.red() - wanted.red()) + abs(c.green() - wanted.green())
                    + abs(c.blue() - wanted.blue())) < tolerance:
                found += 1
    return found


def test_the_persona_in_view_decides_the_criticality_shown(people_window: MainWindow) -> None:
    document = people_window.document
    document.undo_stack.push(EditTouchpoint(document, "j-now", "t-1", {
        "criticality": Criticality.LOW,
        "persona_criticality": {"p-ana": Criticality.VERY_SENSITIVE}}))
    view = people_window.tabs.current_view()
    assert view is not None
    layout = view.map_scene.map_layout
    assert layout is not None
    cell = layout.cell("t-1", Lane.CRITICALITY)
    assert cell is not None
    area = QRectF(cell.x, cell.y, cell.width, cell.height)
    red = palette.CRITICALITY_COLOURS[Criticality.VERY_SENSITIVE]

    default = _render(view, area)
    people_window.persona_combo.setCurrentIndex(people_window.persona_combo.findData("p-ana"))
    ana = _render(view, area)
    people_window.persona_combo.setCurrentIndex(people_window.persona_combo.findData("p-bob"))
    bob = _render(view, area)

    assert view.map_scene.context.persona_id == "p-bob"
    assert _count(default, red) == 0
    assert _count(ana, red) > 8  # three red bars (sampled every other pixel): very sensitive
    assert bob == default  # Bob has no criticality of his own: the default shows


def test_the_overlay_draws_one_curve_per_persona(people_window: MainWindow) -> None:
    document = people_window.document
    document.undo_stack.push(EditJourney(document, "j-now", {"persona_ids": ["p-ana", "p-bob"]}))
    document.undo_stack.push(EditTouchpoint(document, "j-now", "t-2", {
        "emotion": -1, "persona_emotions": {"p-ana": -3, "p-bob": 2}}))
    document.undo_stack.push(EditTouchpoint(document, "j-now", "t-3", {"emotion": 1}))
    view = people_window.tabs.current_view()
    assert view is not None
    curves = view.map_scene.persona_curves
    assert not curves.isVisible()

    people_window.persona_tools.overlay_action.setChecked(True)

    assert curves.isVisible() and not view.map_scene.emotion.isVisible()
    styles = [curve.style for curve in curves.curves]
    assert [s.name for s in styles] == ["Ana", "Bob"]
    assert len({s.colour for s in styles}) == 2  # both personas had the default colour
    assert len({s.dashes for s in styles}) == 2
    assert [len(curve.dots) for curve in curves.curves] == [3, 2]  # Bob: t-1 has no emotion
    layout = view.map_scene.map_layout
    assert layout is not None
    lane = layout.lane(Lane.EMOTION)
    assert lane is not None
    image = _render(view, QRectF(lane.band.x, lane.band.y, lane.band.width, lane.band.height))
    for style in styles:
        assert _count(image, style.colour) > 30
    # A new emotion moves the curve at once.
    document.undo_stack.push(EditTouchpoint(document, "j-now", "t-1",
                                            {"persona_emotions": {"p-ana": 2, "p-bob": 1}}))
    assert [len(curve.dots) for curve in curves.curves] == [3, 3]

    people_window.persona_tools.overlay_action.setChecked(False)
    assert not curves.isVisible() and view.map_scene.emotion.isVisible()


def test_the_people_dock_opens_the_editor_on_its_persona(people_window: MainWindow) -> None:
    panel = people_window.people.personas
    panel.list.setCurrentRow(1)
    buttons = [b for b in panel.findChildren(QPushButton) if b.text() == "Open Persona Editor…"]
    assert len(buttons) == 1
    buttons[0].click()
    editor = people_window.persona_tools.editor
    assert editor is not None and editor.isVisible()
    assert editor.form.persona_id == "p-bob"


def test_a_new_persona_gets_a_colour_of_its_own_and_deleting_asks_first(
        people_window: MainWindow, editor: PersonaEditor,
        monkeypatch: pytest.MonkeyPatch) -> None:
    document = people_window.document
    editor.add_persona()
    colours = [p.colour for p in document.project.personas]
    # Not the default blue Ana and Bob share, nor the Okabe–Ito blue too close to it.
    assert colours == ["#3a6ea5", "#3a6ea5", "#d55e00"]
    assert editor.form.name.hasFocus() and editor.form.name.selectedText() == "New persona"
    questions: list[str] = []

    def confirm(self: Prompts, title: str, text: str, action: str) -> bool:
        questions.append(text)
        return True

    monkeypatch.setattr(Prompts, "confirm", confirm)
    editor.show_persona("p-ana")
    before = document.project.model_dump()
    editor.delete_selected()
    assert "“Ana”" in questions[0]
    assert [p.id for p in document.project.personas][:1] == ["p-bob"]
    # Ana is gone from the journey; the new persona, made while it was open, stays on it.
    assert document.journey("j-now").persona_ids == [document.project.personas[-1].id]
    document.undo_stack.undo()
    assert document.project.model_dump() == before


def test_choosing_a_segment_by_keyboard_is_one_step(editor: PersonaEditor,
                                                    people_window: MainWindow,
                                                    qtbot: QtBot) -> None:
    document = people_window.document
    document.undo_stack.push(AddItem(document, "segments", Segment(id="seg-2", name="Seniors")))
    segment = editor.form.segment
    segment.setFocus()
    qtbot.keyClick(segment, Qt.Key.Key_Down)
    qtbot.keyClick(segment, Qt.Key.Key_Down)
    stack = document.undo_stack
    assert document.project.personas[0].segment_id == "seg-2"
    assert stack.count() == 2  # the segment added, then the choice
    qtbot.keyClick(segment, Qt.Key.Key_Up)
    qtbot.keyClick(segment, Qt.Key.Key_Up)  # back where it started: nothing to undo
    assert document.project.personas[0].segment_id is None
    assert stack.count() == 1


def test_a_persona_renamed_in_the_editor_is_renamed_in_the_inspector(
        people_window: MainWindow, editor: PersonaEditor, qtbot: QtBot) -> None:
    view = people_window.tabs.current_view()
    assert view is not None
    view.select_touchpoint("t-1")
    table = people_window.inspector.touchpoint_form.personas  # those of the journey
    assert [table.item(row, 0).text() for row in range(table.rowCount())] == ["Ana"]

    editor.form.name.setFocus()
    editor.form.name.selectAll()
    qtbot.keyClicks(editor.form.name, "Ana, jeune active")
    editor.form.quote.setFocus()  # leaving the field makes the change

    assert people_window.document.project.personas[0].name == "Ana, jeune active"
    assert [table.item(row, 0).text() for row in range(table.rowCount())] == ["Ana, jeune active"]
    combo = people_window.persona_combo  # the persona shown on the map
    assert combo.itemText(combo.findData("p-ana")) == "Ana, jeune active"
    ranking = people_window.pain_points.show_panel().persona
    assert ranking.itemText(ranking.findData("p-ana")) == "Ana, jeune active"
    people_window.document.undo_stack.undo()
    assert [table.item(row, 0).text() for row in range(table.rowCount())] == ["Ana"]


def test_the_editor_attaches_a_new_persona_to_the_journey_in_view(
        editor: PersonaEditor, people_window: MainWindow) -> None:
    document = people_window.document
    people_window.tabs.show_journey("j-next")
    assert people_window.context.journey_id() == "j-next"
    before = [j.persona_ids for j in document.project.journeys]
    editor.add_persona()
    persona = document.project.personas[-1]
    assert [j.persona_ids for j in document.project.journeys] == [
        before[0], [*before[1], persona.id]]
    document.undo_stack.undo()
    assert [j.persona_ids for j in document.project.journeys] == before
    assert persona.id not in {p.id for p in document.project.personas}
