"""The editor starts as a program, shows its window, and can time its own start."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from ui_support import DEMO


def _timed(config: Path, data: Path) -> dict[str, str]:
    """The environment of a timed start, offscreen, its settings and data in throw-away
    folders."""
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CXDESIGNER_EXIT_WHEN_SHOWN": "1",
            "XDG_DATA_HOME": str(data), "XDG_CONFIG_HOME": str(config)}


def _run(arguments: list[str], environment: dict[str, str]) -> subprocess.CompletedProcess[str]:
    """Python with ``arguments`` in a process of its own; it must exit cleanly."""
    done = subprocess.run([sys.executable, *arguments], env=environment, capture_output=True,
                          text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    return done


def test_the_editor_starts_on_the_demo_and_reports_its_first_paint() -> None:
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
                   "CXDESIGNER_EXIT_WHEN_SHOWN": "1"}
    done = _run(["-m", "cxdesigner", str(DEMO)], environment)
    assert done.stdout.strip() == "shown"
    assert "Traceback" not in done.stderr


def test_the_editor_logs_an_error_raised_in_a_slot(tmp_path: Path) -> None:
    """run_editor installs the error hook: the traceback lands in the user's log folder."""
    script = (
        "import sys\n"
        "from PySide6.QtCore import QTimer\n"
        "from cxdesigner import app\n"
        "from cxdesigner.ui.error_notice import ErrorNotices\n"
        "shown = ErrorNotices._on_reported\n"
        "def on_reported(self, details):\n"
        "    shown(self, details)\n"
        "    print('notice visible:', self.notice.isVisible(), flush=True)\n"
        "ErrorNotices._on_reported = on_reported\n"
        "QTimer.singleShot(0, lambda: 1 / 0)\n"
        "sys.exit(app.run_editor(None, []))\n")
    environment = _timed(tmp_path / "config", tmp_path / "data")
    done = _run(["-c", script], environment)
    assert sorted(done.stdout.splitlines()) == ["notice visible: True", "shown"]
    log = tmp_path / "data" / "CX Designer" / "logs" / "cxdesigner.log"
    assert "ZeroDivisionError: division by zero" in log.read_text(encoding="utf-8")
    assert "ZeroDivisionError: division by zero" in done.stderr  # still on stderr, too


def test_a_new_window_loads_neither_the_analysis_nor_the_exports() -> None:
    """What the method's panels, the exports, the imports, the charts and the inspector's
    forms for a selection need is loaded when they are first used."""
    script = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from cxdesigner.ui.recovery import RecoveryStore\n"
        "from cxdesigner.ui.settings import Preferences\n"
        "from cxdesigner.ui.windows import WindowManager\n"
        "import tempfile, pathlib\n"
        "folder = pathlib.Path(tempfile.mkdtemp())\n"
        "manager = WindowManager(Preferences(), RecoveryStore(folder), 'en')\n"
        "window = manager.new_window()\n"
        "window.show()\n"
        "app.processEvents()\n"
        "heavy = ('networkx', 'reportlab', 'openpyxl', 'PIL', 'charset_normalizer',\n"
        "         'cxdesigner.analysis', 'cxdesigner.export', 'cxdesigner.io.csv_reading',\n"
        "         'cxdesigner.ui.charts', 'cxdesigner.ui.inspector.touchpoint_form',\n"
        "         'cxdesigner.ui.inspector.note_form', 'cxdesigner.ui.inspector.blueprint_form')\n"
        "print(' '.join(name for name in heavy if name in sys.modules))\n"
        "window.document.undo_stack.setClean()\n"
    )
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = _run(["-c", script], environment)
    assert done.stdout.strip() == ""


def test_the_cxdesigner_command_opens_its_window_without_the_subcommands_libraries(
        tmp_path: Path) -> None:
    """From the command line to the painted window: no PDF, workbook, analysis or picture
    library is loaded (each subcommand and each window action loads its own)."""
    script = (
        "import sys\n"
        "from cxdesigner.cli import main\n"
        "code = main([])\n"
        "heavy = ('reportlab', 'openpyxl', 'networkx', 'PIL', 'cxdesigner.export',\n"
        "         'cxdesigner.analysis', 'cxdesigner.cli.export_pdf_command')\n"
        "print('loaded:', *(name for name in heavy if name in sys.modules))\n"
        "sys.exit(code)\n")
    environment = _timed(tmp_path / "config", tmp_path / "data")
    done = _run(["-c", script], environment)
    assert done.stdout.splitlines() == ["shown", "loaded:"]


def _files(folder: Path) -> dict[str, bytes]:
    return {str(path.relative_to(folder)): path.read_bytes()
            for path in sorted(folder.rglob("*")) if path.is_file()}


def test_a_timed_start_leaves_the_settings_recent_files_and_recovery_as_they_were(
        tmp_path: Path) -> None:
    """A measuring run reads the user's settings but writes nothing: not the size of its
    offscreen window, not the file it opened among the recent files."""
    config, data = tmp_path / "config", tmp_path / "data"
    settings = config / "CX Designer" / "CX Designer.conf"
    settings.parent.mkdir(parents=True)
    settings.write_text("[files]\nrecent=/somewhere/atelier.cxd\n\n"
                        "[interface]\nlanguage=en\n", encoding="utf-8")
    (data / "CX Designer" / "recovery").mkdir(parents=True)
    before = {"config": _files(config), "data": _files(data)}
    environment = _timed(config, data)
    for arguments in ([], [str(DEMO)]):
        done = _run(["-m", "cxdesigner", *arguments], environment)
        assert done.stdout.strip() == "shown"
        assert {"config": _files(config), "data": _files(data)} == before


def test_a_first_timed_start_creates_no_settings(tmp_path: Path) -> None:
    environment = _timed(tmp_path / "config", tmp_path / "data")
    _run(["-m", "cxdesigner", str(DEMO)], environment)
    assert _files(tmp_path / "config") == {}


def test_the_editor_starts_without_a_word_on_standard_error(tmp_path: Path) -> None:
    """Not even the offscreen platform's note that it cannot take a window's size limits
    once the window exists: the window is given them before."""
    environment = _timed(tmp_path / "config", tmp_path / "data")
    for arguments in ([], [str(DEMO)]):
        done = _run(["-m", "cxdesigner", *arguments], environment)
        assert (done.stdout, done.stderr) == ("shown\n", "")


def test_a_start_moves_the_doubled_data_folder_of_earlier_versions_up(tmp_path: Path) -> None:
    """Earlier versions kept their files in ``CX Designer/CX Designer``: the first start
    moves them into ``CX Designer``, where the recovery and the templates look, and leaves
    in place what would replace a file already there."""
    script = (
        "import sys\n"
        "from cxdesigner import app\n"
        "from cxdesigner.ui.windows import WindowManager\n"
        "def offer_recovery(self, window, asked):\n"
        "    print(self.store.folder, self.templates_folder, sep='\\n', flush=True)\n"
        "    window.close()\n"
        "WindowManager.offer_recovery = offer_recovery\n"
        "sys.exit(app.run_editor(None, []))\n")
    data = tmp_path / "data"
    folder, doubled = data / "CX Designer", data / "CX Designer" / "CX Designer"
    earlier = {"recovery/a1b2.cxd": b'{"title": "Atelier"}', "recovery/a1b2.json": b"{}",
               "templates/Banque.cxd": b'{"journeys": []}', "logs/cxdesigner.log": b"earlier"}
    for name, content in earlier.items():
        (doubled / name).parent.mkdir(parents=True, exist_ok=True)
        (doubled / name).write_bytes(content)
    (folder / "logs").mkdir(parents=True)
    (folder / "logs" / "cxdesigner.log").write_bytes(b"already here")
    environment = {**_timed(tmp_path / "config", data), "CXDESIGNER_EXIT_WHEN_SHOWN": ""}
    done = _run(["-c", script], environment)
    assert done.stdout.splitlines() == [str(folder / "recovery"), str(folder / "templates")]
    moved = {name: content for name, content in earlier.items() if name != "logs/cxdesigner.log"}
    assert {name: (folder / name).read_bytes() for name in moved} == moved
    assert (folder / "logs" / "cxdesigner.log").read_bytes() == b"already here"
    assert _files(doubled) == {"logs/cxdesigner.log": b"earlier"}  # kept, never overwritten
    (folder / "logs" / "cxdesigner.log").unlink()
    _run(["-c", script], environment)  # once the way is clear, the next start moves it too
    assert (folder / "logs" / "cxdesigner.log").read_bytes() == b"earlier"
    assert not doubled.exists()
