"""Run ``cxdesigner`` commands one after another in this process, as a console would.

Used by test_portability_console.py in a child process whose standard output has the
encoding under test: ``python console_run.py PLAN.json RESULTS.json``. The plan is a list of
argument lists; the results are the exit codes, in order. An exception escapes (and fails
the run) as it would from the real command.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from cxdesigner.cli import main


def run_all(plan: list[list[str]]) -> list[int]:
    """The exit code of each command of ``plan`` (``--help`` exits through SystemExit)."""
    codes = []
    for arguments in plan:
        print(f"$ cxdesigner {' '.join(arguments)}", flush=True)
        try:
            code = main(arguments)
        except SystemExit as end:
            code = end.code if isinstance(end.code, int) else 0
        codes.append(code)
        sys.stdout.flush()
        sys.stderr.flush()
    return codes


if __name__ == "__main__":
    plan_path, results_path = (Path(argument) for argument in sys.argv[1:3])
    codes = run_all(json.loads(plan_path.read_text(encoding="utf-8")))
    results_path.write_text(json.dumps(codes), encoding="utf-8")
