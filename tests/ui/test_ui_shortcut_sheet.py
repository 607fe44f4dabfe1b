"""Help ▸ Keyboard Shortcuts (F1): every key of the map and the presentation, in the
interface language, and one A4 page of it for the facilitator's table."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from cxdesigner.canvas.keys import map_keys
from cxdesigner.ui.i18n import LanguageInstaller
from cxdesigner.ui.main_window import MainWindow
from cxdesigner.ui.presentation.window import presentation_keys
from cxdesigner.ui.shortcut_sheet import ShortcutSheet, sheet_pdf

A4_POINTS = (595, 842)


@pytest.fixture
def french(qapp: QApplication) -> Iterator[None]:
    installer = LanguageInstaller()
    assert installer.install("fr")
    yield
    installer.remove()


def _pdf_text(data: bytes) -> tuple[int, tuple[int, int], str]:
    reader = pypdf.PdfReader(io.BytesIO(data))
    box = reader.pages[0].mediabox
    size = (round(float(box.width)), round(float(box.height)))
    words = " ".join(page.extract_text() for page in reader.pages).split()
    return len(reader.pages), size, " ".join(words)


def test_f1_on_the_map_shows_every_key(window: MainWindow, qtbot: QtBot) -> None:
    view = window.tabs.current_view()
    assert view is not None
    view.setFocus()
    view.help_requested.emit()  # what F1 on the map asks for (the window's F1 does too)
    sheet = window.findChild(ShortcutSheet)
    assert isinstance(sheet, ShortcutSheet) and sheet.isVisible()
    shown = sheet.browser.toPlainText()
    for key, meaning in [*map_keys(), *presentation_keys()]:
        assert key in shown and meaning in shown
    for word in ("link to another card", "interlocutor", "add a verbatim",
                 "add a pain point", "add an opportunity", "park a question"):
        assert word in shown
    assert window.editor_actions.keyboard_shortcuts.shortcut().toString() in ("F1", "")
    assert window.show_shortcuts() is sheet  # one sheet, brought to the front


def test_every_key_the_map_handles_is_on_the_sheet() -> None:
    listed = " / ".join(key for key, _ in map_keys())
    for key in ("Enter", "F2", "Tab", "K", "I", "L", "V", "R", "O", "1 / 2 / 3 / 0", "C", "E",
                "M", "Delete", "F1", "Esc"):
        assert key in listed


def test_the_sheet_prints_on_one_a4_page(tmp_path: Path, qtbot: QtBot) -> None:
    data = sheet_pdf()
    pages, size, text = _pdf_text(data)
    assert pages == 1 and size == A4_POINTS
    assert "keyboard shortcuts" in text and "link to another card" in text
    sheet = ShortcutSheet()
    qtbot.addWidget(sheet)
    written = sheet.save_pdf(tmp_path / "touches.pdf")
    assert written == tmp_path / "touches.pdf"
    assert _pdf_text(written.read_bytes())[0] == 1


@pytest.mark.usefixtures("french")
def test_the_sheet_speaks_french_in_french() -> None:
    _pages, _size, text = _pdf_text(sheet_pdf())
    assert "raccourcis clavier" in text and "relier à une autre carte" in text
    assert "Entrée" in text and "Échap" in text


def test_the_save_button_asks_where_and_writes_one_a4_page(
        window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "raccourcis.pdf"
    asked: list[Path] = []

    def answer(sheet: ShortcutSheet, suggested: Path) -> Path:
        asked.append(suggested)
        return target

    monkeypatch.setattr(ShortcutSheet, "ask_pdf_path", answer)
    sheet = window.show_shortcuts()
    assert isinstance(sheet, ShortcutSheet)
    qtbot.waitExposed(sheet)
    qtbot.mouseClick(sheet.save_button, Qt.MouseButton.LeftButton)
    assert len(asked) == 1 and asked[0].suffix == ".pdf"
    pages, size, text = _pdf_text(target.read_bytes())
    assert pages == 1 and size == A4_POINTS
    assert "keyboard shortcuts" in text and "link to another card" in text


def test_a_cancelled_save_writes_nothing(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ShortcutSheet, "ask_pdf_path", lambda sheet, suggested: None)
    sheet = ShortcutSheet()
    qtbot.addWidget(sheet)
    sheet.show()
    qtbot.waitExposed(sheet)
    qtbot.mouseClick(sheet.save_button, Qt.MouseButton.LeftButton)
    assert sheet.save_pdf() is None


def test_the_keys_of_the_sheet_work_from_the_keyboard(window: MainWindow, qtbot: QtBot) -> None:
    sheet = window.show_shortcuts()
    qtbot.waitExposed(sheet)
    qtbot.keyClick(sheet, Qt.Key.Key_Escape)
    assert not sheet.isVisible()

