"""The ``cxdesigner`` entry point: a closed output, a mistyped command, a wrong path.

Each case runs the real entry point (``python -m cxdesigner``) in a fresh interpreter, which
writes down whether Qt was ever imported: no window can exist without it.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

import cxdesigner
from cxdesigner.cli import COMMANDS, EXIT_BROKEN_PIPE, command_modules, main

ROOT = Path(cxdesigner.__file__).resolve().parents[1]
DEMO = ROOT / "resources" / "demo" / "parcours-demo.cxd"
COMMAND_LIST = ", ".join(COMMANDS)

# Runs cxdesigner/__main__.py as ``python -m cxdesigner`` does, then notes whether Qt loaded.
RUN_MAIN = """
import os, runpy, sys
try:
    runpy.run_module("cxdesigner", run_name="__main__", alter_sys=True)
finally:
    with open(os.environ["QT_LOADED_NOTE"], "w") as note:
        note.write(str(any(name.startswith("PySide6") for name in sys.modules)))
"""


class Run:
    def __init__(self, done: subprocess.CompletedProcess[str], qt_loaded: bool,
                 seconds: float) -> None:
        self.code, self.out, self.err = done.returncode, done.stdout, done.stderr
        self.qt_loaded, self.seconds = qt_loaded, seconds


def _environment(tmp_path: Path) -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONIOENCODING": "utf-8",
            "QT_QPA_PLATFORM": "offscreen", "CXDESIGNER_EXIT_WHEN_SHOWN": "1",
            "QT_LOADED_NOTE": str(tmp_path / "qt-loaded"),
            "XDG_CONFIG_HOME": str(tmp_path / "config"),
            "XDG_DATA_HOME": str(tmp_path / "data")}


def cxdesigner_run(tmp_path: Path, *args: str) -> Run:
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", RUN_MAIN, *args], cwd=tmp_path,
                          env=_environment(tmp_path), capture_output=True, text=True,
                          encoding="utf-8", timeout=120, check=False)
    seconds = time.perf_counter() - start
    return Run(done, (tmp_path / "qt-loaded").read_text() == "True", seconds)


# ---------------------------------------------------------------------- commands that do not exist


@pytest.mark.parametrize(("args", "suggestion"), [
    (("rebase", "a.cxd", "b.cxd"), None),
    (("exprt-pdf", "x.cxd"), "export-pdf"),
    (("statistics", "x.cxd"), "stats"),
    (("help",), "--help"),
])
def test_an_unknown_command_is_refused_before_qt_loads(
        tmp_path: Path, args: tuple[str, ...], suggestion: str | None) -> None:
    run = cxdesigner_run(tmp_path, *args)
    assert (run.code, run.out, run.qt_loaded) == (2, "", False)
    lines = run.err.splitlines()
    assert lines[0] == f"cxdesigner: there is no command '{args[0]}' (nor a file of that name)."
    if suggestion is None:
        assert not any(line.startswith("Did you mean") for line in lines)
    else:
        assert lines[1] == f"Did you mean '{suggestion}'?"
    assert f"The commands are: {COMMAND_LIST}." in lines
    assert "Traceback" not in run.err
    assert run.seconds < 30  # no window waited for


def test_an_unknown_command_opens_no_window_through_the_installed_program(
        tmp_path: Path) -> None:
    """The console script, with the editor set to report its first paint: nothing painted."""
    program = shutil.which("cxdesigner", path=str(Path(sys.executable).parent))
    command = [program] if program else [sys.executable, "-m", "cxdesigner"]
    done = subprocess.run([*command, "rebase", "a.cxd", "b.cxd"], cwd=tmp_path,
                          env=_environment(tmp_path), capture_output=True, text=True,
                          timeout=120, check=False)
    assert (done.returncode, done.stdout) == (2, "")
    assert "there is no command 'rebase'" in done.stderr


def test_a_file_of_that_name_is_not_mistaken_for_a_command(tmp_path: Path) -> None:
    (tmp_path / "rebase").write_text("notes", encoding="utf-8")
    run = cxdesigner_run(tmp_path, "rebase")
    assert (run.code, run.qt_loaded) == (1, False)
    assert run.err == ("cxdesigner: cannot open 'rebase': the editor opens CX Designer projects "
                       "(.cxd files).\n")


# ---------------------------------------------------------------------- paths that are no project


def test_a_missing_file(tmp_path: Path) -> None:
    run = cxdesigner_run(tmp_path, "nothere.cxd")
    assert (run.code, run.out, run.qt_loaded) == (1, "", False)
    assert run.err == "cxdesigner: cannot open 'nothere.cxd': there is no such file.\n"


def test_a_folder_lists_the_projects_it_holds(tmp_path: Path) -> None:
    folder = tmp_path / "ateliers"
    folder.mkdir()
    for name in ("b.cxd", "a.cxd", "notes.txt"):
        (folder / name).write_text("{}", encoding="utf-8")
    run = cxdesigner_run(tmp_path, "ateliers")
    assert (run.code, run.qt_loaded) == (1, False)
    assert run.err == ("cxdesigner: cannot open 'ateliers': it is a folder; give the path of a "
                       ".cxd project file.\nIt holds: a.cxd, b.cxd.\n")


@pytest.mark.parametrize(("name", "hint"), [
    ("atelier.txt", None),
    ("atelier.csv", "To make a project of a workshop spreadsheet: cxdesigner import-csv "
                    "'atelier.csv' -o 'atelier.cxd'"),
    ("atelier.cxd.bak2", "It is a backup of 'atelier.cxd': copy it to a new name ending in "
                         ".cxd, then open the copy."),
])
def test_a_file_of_another_kind(tmp_path: Path, name: str, hint: str | None) -> None:
    (tmp_path / name).write_text("x", encoding="utf-8")
    run = cxdesigner_run(tmp_path, name)
    assert (run.code, run.qt_loaded) == (1, False)
    lines = run.err.splitlines()
    assert lines[0] == (f"cxdesigner: cannot open '{name}': the editor opens CX Designer "
                        "projects (.cxd files).")
    assert lines[1:] == ([hint] if hint else [])


def test_a_project_file_still_opens_the_editor(tmp_path: Path) -> None:
    project = tmp_path / "ATELIER.CXD"
    shutil.copyfile(DEMO, project)
    run = cxdesigner_run(tmp_path, project.name)
    assert (run.code, run.out, run.qt_loaded) == (0, "shown\n", True)


# ---------------------------------------------------------------------- a closed output


def _with_closed_output(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[bytes]:
    """Run with standard output on a pipe that nobody reads any more (as ``| head`` leaves)."""
    reader, writer = os.pipe()
    os.close(reader)
    try:
        return subprocess.run([sys.executable, "-m", "cxdesigner", *args], cwd=tmp_path,
                              env=_environment(tmp_path), stdout=writer,
                              stderr=subprocess.PIPE, timeout=120, check=False)
    finally:
        os.close(writer)


@pytest.mark.parametrize(("args", "code"), [
    (("stats", str(DEMO)), EXIT_BROKEN_PIPE),
    (("stats", str(DEMO), "--json"), EXIT_BROKEN_PIPE),
    (("validate", str(DEMO)), EXIT_BROKEN_PIPE),
    (("export-pdf", str(DEMO), "-o", "carte.pdf", "--paper", "A3"), EXIT_BROKEN_PIPE),
    # argparse's help and version ignore a failed write themselves, and end with 0.
    (("--version",), 0),
    (("--help",), 0),
    (("stats", "--help"), 0),
])
def test_every_command_ends_quietly_when_its_output_is_closed(
        tmp_path: Path, args: tuple[str, ...], code: int) -> None:
    done = _with_closed_output(tmp_path, *args)
    errors = done.stderr.decode("utf-8")
    assert done.returncode == code, errors
    assert "Traceback" not in errors
    assert "BrokenPipeError" not in errors
    assert "Exception ignored" not in errors


def test_piping_into_head(tmp_path: Path) -> None:
    """The everyday case; whether the pipe closes before the end depends on timing."""
    done = subprocess.run(
        f"'{sys.executable}' -m cxdesigner stats '{DEMO}' | head -n 1; "
        "echo \"exit ${PIPESTATUS[0]}\"", shell=True, executable="/bin/bash", cwd=tmp_path,
        env=_environment(tmp_path), capture_output=True, text=True, timeout=120, check=False)
    first, status = done.stdout.splitlines()
    assert first == "Achat d’un lave-linge et livraison — 2 journeys"
    assert status in ("exit 0", f"exit {EXIT_BROKEN_PIPE}")
    assert done.stderr == ""


def test_in_process_unknown_command(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["exprt-pdf", "x.cxd"]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert "Did you mean 'export-pdf'?" in err


def test_every_command_is_named_by_its_own_module() -> None:
    """The table of commands and the modules that add them say the same names."""
    assert [module.NAME for module in command_modules()] == list(COMMANDS)


def test_opening_the_editor_does_not_load_the_commands() -> None:
    """The editor starts without the PDF export or the analysis the commands need."""
    script = ("import sys\n"
              "import cxdesigner.cli\n"
              "heavy = ('cxdesigner.cli.export_pdf_command', 'cxdesigner.export',\n"
              "         'cxdesigner.analysis', 'networkx')\n"
              "print(' '.join(name for name in heavy if name in sys.modules))\n")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          timeout=60, check=True)
    assert done.stdout.strip() == ""
