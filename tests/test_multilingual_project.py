"""The multilingual project (resources/demo and tests/data): rebuilt byte for byte."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

from cxdesigner.io import dumps_project, load_project

ROOT = Path(__file__).resolve().parents[1]
BUILD_SCRIPT = ROOT / "resources" / "demo" / "build_multilingual.py"
COPIES = (ROOT / "resources" / "demo" / "parcours-multilingue.cxd",
          ROOT / "tests" / "data" / "multilingual.cxd")


def _load_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_multilingual", BUILD_SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("build_multilingual", module)
    spec.loader.exec_module(module)
    return module


def test_both_copies_are_what_the_script_builds(tmp_path: Path) -> None:
    script = _load_script()
    expected = dumps_project(script.build_multilingual_project())
    for copy in COPIES:
        assert copy.read_text(encoding="utf-8") == expected, (
            f"{copy.name} is stale: run resources/demo/build_multilingual.py")
    written = tmp_path / "multilingue.cxd"
    assert script.main(["build_multilingual.py", str(written)]) == 0
    assert written.read_bytes() == COPIES[0].read_bytes()


def test_decomposed_accents_stay_as_typed_in_the_file() -> None:
    """The file keeps the combining accents: composing them is the drawing's job."""
    project = load_project(COPIES[1])
    titles = [tp.title for _, tp in project.journeys[0].touchpoints()]
    assert "Tie\u0302\u0301ng Vie\u0323\u0302t : kha\u0301ch ha\u0300ng ha\u0300i lo\u0300ng" \
        in titles
