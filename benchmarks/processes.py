"""Short-lived processes the benchmark starts and times from the outside.

``editor [F]``    the real editor start-up (``cxdesigner.app.run_editor``, on file F if
                  given) up to its first shown, painted window, then it quits instead of
                  waiting for the user;
``bare-window``   the baseline: a bare ``QApplication`` and an empty ``QMainWindow`` shown;
``bare-memory F`` the memory baseline: PySide6 imported, a ``QApplication``, the JSON of
                  file F loaded; prints the peak resident memory.

Each prints one line when done (``shown`` or a JSON object). Used by ``run.py``.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from timing import peak_rss_mb, use_checkout

WINDOW_SIZE = (1500, 940)
"""The size the editor gives its first window on a large enough screen."""


def _report_shown(app: object) -> None:
    from PySide6.QtWidgets import QApplication

    assert isinstance(app, QApplication)
    for _ in range(2):  # the show and expose events, then the first paint
        app.processEvents()
    shown = sum(1 for widget in app.topLevelWidgets() if widget.isVisible())
    print(f"shown {shown}", flush=True)


def editor(file: str | None) -> int:
    """Run the real start-up; its event loop returns as soon as the window is painted."""
    use_checkout()
    from PySide6.QtWidgets import QApplication

    import cxdesigner.app as app_module

    class ShownThenQuit(QApplication):
        def exec(self) -> int:  # type: ignore[override]  # the instance call run_editor makes
            _report_shown(self)
            return 0

    setattr(app_module, "QApplication", ShownThenQuit)  # noqa: B010  # in this process only
    return app_module.run_editor(file, [])


def bare_window() -> int:
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(*WINDOW_SIZE)
    window.show()
    _report_shown(app)
    return 0


def bare_memory(path: Path) -> int:
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    data = json.loads(path.read_bytes())
    assert app is not None and data
    print(json.dumps({"rss_bare": peak_rss_mb()}), flush=True)
    return 0


def main(argv: list[str]) -> int:
    if argv[:1] == ["editor"] and len(argv) <= 2:
        return editor(argv[1] if len(argv) == 2 else None)
    if argv[:1] == ["bare-window"]:
        return bare_window()
    if argv[:1] == ["bare-memory"] and len(argv) == 2:
        return bare_memory(Path(argv[1]))
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
