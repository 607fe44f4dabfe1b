"""Start the editor: the application, its languages, fonts and theme, then the first window."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QLocale, QObject, QTimer
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import QApplication
from typing_extensions import override

from cxdesigner.canvas.clipboard import release_clipboard
from cxdesigner.canvas.fonts import ensure_fonts_loaded
from cxdesigner.platforms import Platform
from cxdesigner.ui.error_notice import ErrorNotices
from cxdesigner.ui.error_report import ErrorReporter
from cxdesigner.ui.first_language import ask_language, startup_language
from cxdesigner.ui.i18n import LanguageInstaller
from cxdesigner.ui.icons import application_icon
from cxdesigner.ui.platform_ui import move_doubled_data_folder
from cxdesigner.ui.recovery import RecoveryStore
from cxdesigner.ui.settings import Preferences
from cxdesigner.ui.theme import apply_theme
from cxdesigner.ui.windows import WindowManager

APPLICATION_NAME = "CX Designer"
ORGANISATION_NAME = "CX Designer"
DESKTOP_FILE_NAME = "cxdesigner"

EXIT_WHEN_SHOWN = "CXDESIGNER_EXIT_WHEN_SHOWN"
"""Set to 1, the editor prints "shown" once its window is first painted, then quits: how
benchmarks/run.py times a cold start."""


class _QuitWhenShown(QObject):
    """Reports the first paint of the window it watches on standard output, then quits the
    application. It watches the window alone: a filter on the whole application would see
    every event and slow down the very start it times."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._app = app
        self._seen = False

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self._seen:
            self._seen = True
            QTimer.singleShot(0, self._finish)  # once this paint is done
        return False

    def _finish(self) -> None:
        print("shown", flush=True)
        self._app.quit()


def set_identity() -> None:
    """Names that decide where settings and recovery files live (before any QSettings)."""
    QApplication.setApplicationName(APPLICATION_NAME)
    QApplication.setOrganizationName(ORGANISATION_NAME)
    QGuiApplication.setDesktopFileName(DESKTOP_FILE_NAME)


def run_editor(file: str | None, qt_arguments: list[str],
               started: Callable[[], None] = lambda: None) -> int:
    """Open the editor (on ``file`` if given) and run until the last window closes.

    Args:
        file: a project to open; a file that cannot be read is reported, never changed,
            and the window opens on a new project instead.
        qt_arguments: options for Qt itself (``-platform``, ``-style``…).
        started: called once the first window is shown, before the event loop runs.

    Returns:
        The exit code.
    """
    set_identity()
    app = QApplication([sys.argv[0], *qt_arguments])
    timed = os.environ.get(EXIT_WHEN_SHOWN) == "1"
    if not timed:  # a timed start leaves the user's files as they were
        move_doubled_data_folder()  # before anything is written there (the log)
    reporter = ErrorReporter(parent=app)
    reporter.install()
    preferences = Preferences(parent=app, remembers=not timed)  # a timed start leaves no trace
    family = ensure_fonts_loaded()
    if family:
        font = QFont(family)
        font.setPointSizeF(app.font().pointSizeF())
        app.setFont(font)
    apply_theme(app, preferences.theme)
    app.setWindowIcon(application_icon())
    # On a system in another language, the first start asks (not a timed start: it would
    # wait for an answer).
    language = startup_language(preferences, QLocale.system(),
                                (lambda: None) if timed else ask_language)
    LanguageInstaller(app).install(language)
    notices = ErrorNotices(reporter, app)  # in the interface language, installed above
    manager = WindowManager(preferences, RecoveryStore(), language, app)
    if Platform.current() is Platform.MACOS:  # the only system that sends QFileOpenEvent;
        app.installEventFilter(manager)  # elsewhere it would only see every event go by
    window = manager.new_window()
    window.show()
    if file:
        window.files.open_path(Path(file))
    if timed:
        window.installEventFilter(_QuitWhenShown(app))
    else:  # a recovery question would keep a timed start from ever ending
        QTimer.singleShot(0, lambda: manager.offer_recovery(window, False))
    started()
    code = app.exec()
    notices.close()
    reporter.uninstall()
    release_clipboard()
    return code
