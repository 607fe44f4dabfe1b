"""An exception raised inside any Qt callback fails the test that caused it.

PySide6 only prints such an exception, so a suite could pass over a broken slot. pytest-qt
(its exception capture is on: ``qt_no_exception_capture`` is not set) turns it into a
failure; these tests run small suites in a fresh interpreter to prove it for every kind of
callback the editor has, including while the editor's own error hook is installed.
"""

from __future__ import annotations

import pytest

SUITE = '''
import threading

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from cxdesigner.ui.error_report import ErrorReporter


class Emitter(QObject):
    fired = Signal(int)

    @Slot(int)
    def on_fired(self, value):
        raise ValueError(f"decorated slot {value}")


def fail(*args):
    raise ValueError("plain function slot")


def test_slot_connected_to_a_signal():
    emitter = Emitter()
    emitter.fired.connect(fail)
    emitter.fired.emit(1)


def test_decorated_slot_method():
    emitter = Emitter()
    emitter.fired.connect(emitter.on_fired)
    emitter.fired.emit(2)


def test_timer_callback(qtbot):
    QTimer.singleShot(0, fail)
    qtbot.wait(50)


def test_virtual_method(qtbot):
    class Broken(QWidget):
        def keyPressEvent(self, event):
            raise ValueError("keyPressEvent")

    widget = Broken()
    qtbot.addWidget(widget)
    qtbot.keyClick(widget, "a")


def test_virtual_method_called_by_the_event_loop(qtbot):
    class Broken(QWidget):
        def keyPressEvent(self, event):
            raise ValueError("queued keyPressEvent")

    widget = Broken()
    qtbot.addWidget(widget)
    QApplication.postEvent(widget, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A,
                                             Qt.KeyboardModifier.NoModifier, "a"))
    qtbot.wait(50)


def test_slot_while_the_editor_hook_is_installed(tmp_path):
    reporter = ErrorReporter(tmp_path / "logs")
    reporter.install()
    try:
        emitter = Emitter()
        emitter.fired.connect(fail)
        emitter.fired.emit(3)
    finally:
        reporter.uninstall()
    assert "plain function slot" in (tmp_path / "logs" / "cxdesigner.log").read_text()


def test_a_quiet_slot_passes():
    emitter = Emitter()
    seen = []
    emitter.fired.connect(seen.append)
    emitter.fired.emit(4)
    assert seen == [4]
'''


def test_every_exception_in_a_qt_callback_fails_its_test(pytester: pytest.Pytester) -> None:
    pytester.makeini("[pytest]\nqt_api = pyside6\n")
    pytester.makepyfile(test_callbacks=SUITE)
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider")
    result.assert_outcomes(passed=1, failed=6)
    result.stdout.fnmatch_lines([
        f"FAILED test_callbacks.py::{name} - *" for name in (
            "test_slot_connected_to_a_signal", "test_decorated_slot_method",
            "test_timer_callback", "test_virtual_method",
            "test_virtual_method_called_by_the_event_loop",
            "test_slot_while_the_editor_hook_is_installed")], consecutive=False)
    output = result.stdout.str()
    # The short summary repeats each message at full length when the output is not a
    # terminal, so count in the failure reports only.
    reports = output.split("short test summary info")[0]
    # A virtual method called from Python raises in the test itself; every other callback
    # is caught by pytest-qt in the event loop.
    assert reports.count("CALL ERROR: Exceptions caught in Qt event loop") == 5
    assert "Error calling Python override of QWidget::keyPressEvent(): keyPressEvent" in output
    for message in ("plain function slot", "decorated slot 2", "queued keyPressEvent"):
        assert f"ValueError: {message}" in output
