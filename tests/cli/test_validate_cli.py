"""``cxdesigner validate FILE…``: OK for sound files, the reasons for broken ones."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

import cxdesigner
from cxdesigner.cli import main
from cxdesigner.io import save_project
from cxdesigner.model import Journey, Persona, Project, Stage, Touchpoint

GOLDEN = Path(__file__).resolve().parents[1] / "io" / "golden"
FULL_TEXT = (GOLDEN / "v1-full.cxd").read_text(encoding="utf-8")


@pytest.fixture
def sound(tmp_path: Path) -> Path:
    path = tmp_path / "Atelier Léa.cxd"
    path.write_text(FULL_TEXT, encoding="utf-8")
    return path


@pytest.fixture
def broken(tmp_path: Path) -> Path:
    path = tmp_path / "Atelier cassé.cxd"
    path.write_text(FULL_TEXT.replace('"emotion": -3,', '"emotion": -7,'), encoding="utf-8")
    return path


def test_a_sound_file_is_ok(sound: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", str(sound)]) == 0
    out, err = capsys.readouterr()
    assert out == (f"{sound}: OK — 'Boulangerie Œuvre & Fils — « Achat en ligne » 🥖', "
                   "2 journeys, 9 touchpoints, 2 personas\n")
    assert err == ""


def test_one_of_each_is_counted_in_the_singular(tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "atelier.cxd"
    save_project(Project(title="Atelier", personas=[Persona(name="Léa")], journeys=[
        Journey(name="J", stages=[Stage(name="A", touchpoints=[Touchpoint(title="Un")])])]),
        path)
    assert main(["validate", str(path)]) == 0
    assert capsys.readouterr().out == (f"{path}: OK — 'Atelier', 1 journey, 1 touchpoint, "
                                       "1 persona\n")


def test_a_broken_file_gives_its_reasons(broken: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = broken.read_bytes()
    assert main(["validate", str(broken)]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert err == (f"Cannot open '{broken}': journey 'Achat en ligne — parcours actuel', "
                   "stage 3 'Commande', touchpoint 'Appel au support': emotion must be a whole "
                   "number between -3 and +3 (found -7)\n")
    assert broken.read_bytes() == before


def test_several_files(sound: Path, broken: Path, tmp_path: Path,
                       capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "absent.cxd"
    assert main(["validate", str(sound), str(broken), str(missing)]) == 1
    out, err = capsys.readouterr()
    assert out.startswith(f"{sound}: OK")
    assert f"Cannot open '{broken}':" in err
    assert f"Cannot open '{missing}': there is no such file." in err


def test_every_problem_is_listed(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "many.cxd"
    touchpoints = ",".join(f'{{"title": "Étape {n}", "emotion": 9}}' for n in range(20))
    path.write_text('{"format": "cxdesigner-project", "format_version": 1, "title": "x", '
                    f'"journeys": [{{"name": "J", "stages": [{{"name": "S", "touchpoints": '
                    f"[{touchpoints}]}}]}}]}}", encoding="utf-8")
    assert main(["validate", str(path)]) == 1
    lines = capsys.readouterr().err.splitlines()
    assert len(lines) == 1 + 20  # all of them, not the first dozen
    assert lines[-1] == "- journey 'J', stage 1 'S', touchpoint 'Étape 19': emotion must be a " \
                        "whole number between -3 and +3 (found 9)"


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0
    assert capsys.readouterr().out == f"CX Designer {cxdesigner.__version__}\n"


def test_validate_needs_a_file(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["validate"])
    assert info.value.code == 2
    assert "FILE" in capsys.readouterr().err


def test_the_command_runs_headless(broken: Path, sound: Path) -> None:
    root = Path(cxdesigner.__file__).resolve().parents[1]
    environment = {**os.environ, "PYTHONPATH": str(root), "PYTHONIOENCODING": "utf-8"}
    code = ("import sys; from cxdesigner.cli import main; code = main(sys.argv[1:]); "
            "assert 'PySide6' not in sys.modules, 'validate must not load Qt'; sys.exit(code)")
    ok = subprocess.run([sys.executable, "-c", code, "validate", str(sound)], env=environment,
                        capture_output=True, text=True, encoding="utf-8", check=False)
    assert (ok.returncode, ok.stderr) == (0, "")
    assert ok.stdout.startswith(f"{sound}: OK")
    bad = subprocess.run([sys.executable, "-m", "cxdesigner", "validate", str(broken)],
                         env=environment, capture_output=True, text=True, encoding="utf-8",
                         check=False)
    assert bad.returncode == 1
    assert "emotion must be a whole number" in bad.stderr


def test_a_cycle_of_linked_journeys_is_refused_with_the_links_that_make_it(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from linked_support import lifecycle_project

    project = lifecycle_project()
    project.journeys[2].stages[0].touchpoints[1].details_journey_id = "j-cycle"
    path = tmp_path / "boucle.cxd"
    save_project(project, path)
    assert main(["validate", str(path)]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert err == (
        f"{path}: the links between journeys make a cycle: step 'Obtenir de l’aide' of journey "
        "'Cycle de vie' is detailed by journey 'Support'; step 'Appel' of journey 'Support' is "
        "detailed by journey 'Cycle de vie'. Journey 'Cycle de vie' would detail itself, so its "
        "figures cannot roll up: remove one of these links (select the step's card, then "
        "Detailed by journey ▸ None in its menu).\n")


@pytest.mark.parametrize("command", [["stats"], ["export-pdf", "--sections", "map,legend"]])
def test_commands_reading_a_cycle_of_linked_journeys_warn_of_it(
        command: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from linked_support import lifecycle_project

    project = lifecycle_project()
    project.journeys[2].stages[0].touchpoints[1].details_journey_id = "j-cycle"
    path = tmp_path / "boucle.cxd"
    save_project(project, path)
    output = ["-o", str(tmp_path / "boucle.pdf")] if command[0] == "export-pdf" else []
    assert main([command[0], str(path), *command[1:], *output]) == 0
    err = capsys.readouterr().err
    assert err.startswith("warning: the links between journeys make a cycle: step "
                          "'Obtenir de l’aide' of journey 'Cycle de vie'")
