"""Run by test_ui_two_screens.py on a real X server with two screens: the editor opens the
demo, F5 presents it, and what lands on which screen is printed as JSON (screenshots of
both screens are written to the folder given).

Usage: python two_screens_run.py OUTPUT_FOLDER
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from cxdesigner.app import set_identity
from cxdesigner.io import load_project
from cxdesigner.ui.presentation import PresentationController
from cxdesigner.ui.recovery import RecoveryStore
from cxdesigner.ui.settings import Preferences
from cxdesigner.ui.windows import WindowManager

DEMO = Path(__file__).resolve().parents[2] / "resources" / "demo" / "parcours-demo.cxd"


def settle(milliseconds: int = 400) -> None:
    """Let the X server and Qt place, map and paint the windows."""
    QTest.qWait(milliseconds)
    QApplication.processEvents()


def main(output: Path) -> int:
    app = QApplication([])
    QStandardPaths.setTestModeEnabled(True)
    set_identity()
    settings = QSettings(str(output / "settings.ini"), QSettings.Format.IniFormat)
    manager = WindowManager(Preferences(settings), RecoveryStore(output / "recovery"), "en")
    window = manager.new_window(load_project(DEMO))
    screens = QGuiApplication.screens()
    laptop = next(s for s in screens if s.geometry().width() == 1600)
    window.setScreen(laptop)
    window.show()
    settle()
    controller = window.findChild(PresentationController)
    assert controller is not None
    controller.action.trigger()  # View ▸ Presentation, F5
    settle(800)
    assert controller.presentation is not None
    presentation, console = controller.presentation, controller.console
    controller.timer.start()
    settle(1200)
    presentation.view.viewport().repaint()
    settle()
    shots = {}
    for index, screen in enumerate(screens):
        path = output / f"screen-{index}.png"
        screen.grabWindow(0).save(str(path))
        shots[index] = str(path)

    def geometry(screen: object) -> list[int]:
        rect = screen.geometry()  # type: ignore[attr-defined]
        return [rect.x(), rect.y(), rect.width(), rect.height()]

    report = {
        "screens": [geometry(screen) for screen in screens],
        "editor": geometry(window.screen()),
        "presentation": geometry(presentation.screen()),
        "presentation_full_screen": presentation.isFullScreen(),
        "presentation_size": [presentation.width(), presentation.height()],
        "console": geometry(console.screen()) if console is not None else None,
        "console_visible": console is not None and console.isVisible(),
        "projector_text_pixels": min(presentation.view.text_pixels, default=0.0),
        "projector_timer": presentation.view.timer_text,
        "focus_on_presentation": presentation.isActiveWindow(),
        "shots": shots,
    }
    print(json.dumps(report))
    presentation.close()
    window.document.undo_stack.setClean()
    QTimer.singleShot(0, app.quit)
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
