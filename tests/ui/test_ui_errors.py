"""An unexpected error in a slot is logged, shown once in a modeless window, and passed on."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from cxdesigner.model import MomentOfTruth
from cxdesigner.ui import error_notice
from cxdesigner.ui.error_notice import ErrorNotice, ErrorNotices
from cxdesigner.ui.error_report import LOG_BACKUPS, LOG_FILE_NAME, ErrorReporter
from cxdesigner.ui.i18n import LanguageInstaller
from cxdesigner.ui.main_window import MainWindow


class _Emitter(QObject):
    fired = Signal()


@pytest.fixture
def reporter(tmp_path: Path) -> Iterator[ErrorReporter]:
    reporter = ErrorReporter(tmp_path / "logs")
    yield reporter
    reporter.uninstall()


@pytest.fixture
def notices(reporter: ErrorReporter) -> Iterator[ErrorNotices]:
    notices = ErrorNotices(reporter)
    yield notices
    notices.close()


def _notice_windows() -> list[ErrorNotice]:
    return [w for w in QApplication.topLevelWidgets()
            if isinstance(w, ErrorNotice) and w.isVisible()]


def _boom() -> None:
    raise RuntimeError("the slot failed on purpose")


def test_an_error_in_a_slot_of_the_window_is_logged_and_shown(
        window: MainWindow, demo_copy: Path, qtbot: QtBot, reporter: ErrorReporter,
        notices: ErrorNotices) -> None:
    assert window.files.open_path(demo_copy)
    view = window.tabs.current_view()
    assert view is not None
    touchpoint = window.document.project.journeys[0].stages[1].touchpoints[0]
    view.select_touchpoint(touchpoint.id)
    window.document.undo_stack.indexChanged.connect(_boom)

    with qtbot.capture_exceptions() as passed_on:
        reporter.install()
        qtbot.keyClick(view, Qt.Key.Key_2)  # a real edit; its signal reaches the failing slot
        reporter.uninstall()
    window.document.undo_stack.indexChanged.disconnect(_boom)

    # The edit itself went through; the error is on record three times over.
    assert window.document.touchpoint(window.document.project.journeys[0].id,
                                      touchpoint.id).moment is MomentOfTruth.CRITICAL
    assert [str(error) for _, error, _ in passed_on] == ["the slot failed on purpose"]
    log = (reporter.log_folder / LOG_FILE_NAME).read_text(encoding="utf-8")
    assert "Traceback (most recent call last)" in log
    assert 'raise RuntimeError("the slot failed on purpose")' in log
    assert "CX Designer 0.1.0, Python" in log
    [notice] = _notice_windows()
    assert not notice.isModal()
    assert "the slot failed on purpose" in notice.text.toPlainText()
    assert "your work is safe" in notice.headline.text()
    assert "Save As" in notice.advice.text()
    assert notice.repeats.isHidden()


def test_errors_in_a_row_share_one_window(qtbot: QtBot, reporter: ErrorReporter,
                                          notices: ErrorNotices) -> None:
    emitter = _Emitter()
    emitter.fired.connect(_boom)
    with qtbot.capture_exceptions() as passed_on:
        reporter.install()
        for _ in range(3):
            emitter.fired.emit()
        reporter.uninstall()

    assert len(passed_on) == 3
    [notice] = _notice_windows()
    assert notice.count == 3
    assert notice.repeats.text() == "This happened 3 times."
    assert notice.text.toPlainText().count("RuntimeError: the slot failed on purpose") == 3
    log = (reporter.log_folder / LOG_FILE_NAME).read_text(encoding="utf-8")
    assert log.count("Unexpected error") == 3


def test_closed_then_reopened_by_the_next_error(qtbot: QtBot, reporter: ErrorReporter,
                                                notices: ErrorNotices) -> None:
    reporter.report(RuntimeError, RuntimeError("first"), None)
    [notice] = _notice_windows()
    qtbot.mouseClick(notice.close_button, Qt.MouseButton.LeftButton)
    assert _notice_windows() == []

    reporter.report(RuntimeError, RuntimeError("second"), None)

    assert _notice_windows() == [notice]
    newest, oldest = notice.text.toPlainText().split("\n\n")
    assert (newest.endswith("RuntimeError: second"), oldest.endswith("RuntimeError: first")) \
        == (True, True)


def test_an_error_in_a_thread_is_shown_in_the_window_thread(
        qtbot: QtBot, reporter: ErrorReporter, notices: ErrorNotices) -> None:
    passed_on: list[str] = []
    previous = threading.excepthook
    threading.excepthook = lambda args: passed_on.append(str(args.exc_value))
    try:
        reporter.install()
        worker = threading.Thread(target=_boom, name="worker")
        worker.start()
        worker.join()
        qtbot.waitUntil(lambda: len(_notice_windows()) == 1)
        reporter.uninstall()
    finally:
        threading.excepthook = previous

    assert passed_on == ["the slot failed on purpose"]
    [notice] = _notice_windows()
    assert "In thread worker:" in notice.text.toPlainText()


def test_copy_details_and_open_the_log_folder(qtbot: QtBot, reporter: ErrorReporter,
                                              notices: ErrorNotices,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[Path] = []
    monkeypatch.setattr(error_notice, "open_folder", lambda folder: opened.append(folder))
    reporter.report(RuntimeError, RuntimeError("copy me"), None)
    [notice] = _notice_windows()

    qtbot.mouseClick(notice.copy_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(notice.folder_button, Qt.MouseButton.LeftButton)

    copied = QApplication.clipboard().text()
    QApplication.clipboard().clear()
    assert copied.startswith("CX Designer 0.1.0, Python")
    assert copied.endswith("RuntimeError: copy me")
    assert opened == [reporter.log_folder]


def test_the_log_rotates_and_keeps_a_few_files(reporter: ErrorReporter,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("cxdesigner.ui.error_report.LOG_MAX_BYTES", 2000)
    for number in range(40):
        reporter.report(RuntimeError, RuntimeError(f"error {number} " + "x" * 200), None)
    reporter.uninstall()

    files = sorted(p.name for p in reporter.log_folder.iterdir())
    assert files == [LOG_FILE_NAME] + [f"{LOG_FILE_NAME}.{n}" for n in range(1, LOG_BACKUPS + 1)]
    assert "error 39" in (reporter.log_folder / LOG_FILE_NAME).read_text(encoding="utf-8")


def test_the_hooks_are_given_back(reporter: ErrorReporter) -> None:
    import sys

    before = sys.excepthook, threading.excepthook
    reporter.install()
    assert (sys.excepthook, threading.excepthook) != before
    reporter.uninstall()
    assert (sys.excepthook, threading.excepthook) == before


def test_the_notice_speaks_french(qtbot: QtBot, reporter: ErrorReporter,
                                  notices: ErrorNotices) -> None:
    installer = LanguageInstaller()
    assert installer.install("fr")
    try:
        reporter.report(RuntimeError, RuntimeError("panne"), None)
        reporter.report(RuntimeError, RuntimeError("panne"), None)
        [notice] = _notice_windows()
        texts = (notice.windowTitle(), notice.headline.text(), notice.repeats.text(),
                 notice.copy_button.text(), notice.folder_button.text(),
                 notice.close_button.text())
    finally:
        installer.remove()
    assert texts == (
        "CX Designer — erreur inattendue",
        "<b>Un problème est survenu, mais votre travail est en sécurité.</b>",
        "C’est arrivé 2 fois.", "Copier les détails", "Ouvrir le dossier des journaux",
        "Fermer")
    assert isinstance(notice, QDialog)
