"""Other CX Designer processes for the reliability suite: editors to crash, saves to kill."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# A whole editor on a project: it opens it, makes ``edits`` edits, says READY (after its
# recovery snapshot when asked to wait for one) and runs until it is killed, as a crash or
# a power cut would stop it.
EDITOR = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from PySide6.QtCore import QSettings, QStandardPaths
    from PySide6.QtWidgets import QApplication
    QStandardPaths.setTestModeEnabled(True)
    from cxdesigner.app import set_identity
    set_identity()
    app = QApplication([sys.argv[0]])
    from cxdesigner.document.commands import EditProject
    from cxdesigner.ui.recovery import RecoveryStore
    from cxdesigner.ui.settings import Preferences
    from cxdesigner.ui.windows import WindowManager
    project, folder, settings = map(Path, sys.argv[1:4])
    edits, wait = int(sys.argv[4]), sys.argv[5] == "wait"
    manager = WindowManager(Preferences(QSettings(str(settings), QSettings.Format.IniFormat)),
                            RecoveryStore(folder), "en")
    window = manager.new_window()
    assert window.files.open_path(project)
    doc = window.document
    for number in range(edits):
        doc.undo_stack.push(EditProject(doc, {"title": f"Edit {number + 1} of {project.stem}"}))
    sidecar = window.recovery.project_file.with_suffix(".json")
    # Generous: on a loaded machine the snapshot timer can be late by many seconds.
    deadline = time.monotonic() + 90
    while wait and not sidecar.exists() and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.02)
    print("READY" if not wait or sidecar.exists() else "NO SNAPSHOT", flush=True)
    while True:
        app.processEvents()
        time.sleep(0.02)
""")


class Editor:
    """An editor running in a process of its own, until :meth:`kill`."""

    def __init__(self, project: Path, folder: Path, settings: Path, edits: int = 1,
                 wait_for_snapshot: bool = False) -> None:
        script = settings.with_name("editor_child.py")
        script.write_text(EDITOR, encoding="utf-8")
        environment = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        environment["PYTHONPATH"] = os.pathsep.join(
            [str(ROOT), *filter(None, [environment.get("PYTHONPATH")])])
        self.process = subprocess.Popen(
            [sys.executable, str(script), str(project), str(folder), str(settings), str(edits),
             "wait" if wait_for_snapshot else "now"],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=environment)

    @property
    def pid(self) -> int:
        return self.process.pid

    def wait_ready(self) -> None:
        assert self.process.stdout is not None
        line = self.process.stdout.readline()
        if line.strip() != "READY":
            if self.process.poll() is None:
                self.process.send_signal(signal.SIGKILL)
            _, errors = self.process.communicate(timeout=20)
            raise AssertionError(f"the editor said {line.strip()!r}: {errors}")

    def kill(self) -> None:
        """Stop it dead (SIGKILL: nothing of its own is cleaned up)."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGKILL)
        self.process.communicate(timeout=20)


CALLS = textwrap.dedent("""
    import contextlib, io, json, sys, traceback
    from cxdesigner.cli import main
    results = []
    for call in json.loads(sys.argv[1]):
        errors = io.StringIO()
        with contextlib.redirect_stderr(errors), contextlib.redirect_stdout(io.StringIO()):
            try:
                code = main(call)
            except BaseException:
                code = "traceback"
                errors.write(traceback.format_exc())
        results.append([code, errors.getvalue()])
        print(json.dumps(results[-1]), flush=True)
""")


def run_cli_calls(calls: list[list[str]], timeout: float = 60, memory_mb: int = 1500
                  ) -> list[tuple[int | str, str]]:
    """``cxdesigner CALL`` for each call, one after the other in one process of its own,
    with a time and a memory limit: each call's exit code (or "traceback") and errors.
    The calls that did not finish in time are missing from the list."""
    environment = dict(os.environ, PYTHONPATH=str(ROOT))

    def limit() -> None:
        import resource

        limit_bytes = memory_mb * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (limit_bytes, limit_bytes))

    process = subprocess.Popen([sys.executable, "-c", CALLS, json.dumps(calls)],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               env=environment, preexec_fn=limit)
    try:
        output, _ = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        process.kill()
        output, _ = process.communicate()
    return [tuple(json.loads(line)) for line in output.splitlines() if line.startswith("[")]


def peak_memory_mb(result: subprocess.CompletedProcess[str]) -> int:
    """The peak memory that :func:`run_cli`'s process reported."""
    line = next(line for line in result.stderr.splitlines() if line.startswith("peak memory"))
    return int(line.split()[2])


def run_cli(arguments: list[str], timeout: float = 60, memory_mb: int | None = None
            ) -> subprocess.CompletedProcess[str]:
    """``cxdesigner ARGUMENTS`` in a process of its own, with a time limit (and a memory
    limit, so that a runaway read fails there instead of on the machine)."""
    environment = dict(os.environ, PYTHONPATH=str(ROOT))
    # The high-water mark of this program's own memory: getrusage()'s maximum would count
    # the parent's memory from before the exec.
    code = ("import atexit, re, sys\n"
            "def peak():\n"
            "    status = open('/proc/self/status').read()\n"
            "    kb = int(re.search(r'VmHWM:\\s+(\\d+)', status).group(1))\n"
            "    print(f'peak memory: {kb // 1024} MB', file=sys.stderr)\n"
            "atexit.register(peak)\n"
            "from cxdesigner.cli import main\n"
            "sys.exit(main(sys.argv[1:]))")

    def limit() -> None:
        if memory_mb is not None:
            import resource

            limit_bytes = memory_mb * 1024 * 1024
            resource.setrlimit(resource.RLIMIT_AS, (limit_bytes, limit_bytes))

    return subprocess.run([sys.executable, "-c", code, *arguments], capture_output=True,
                          text=True, timeout=timeout, env=environment, preexec_fn=limit,
                          check=False)
