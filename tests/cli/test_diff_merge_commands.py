"""``cxdesigner diff`` and ``cxdesigner merge`` on files: outputs, exit codes, refusals."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from cxdesigner.cli import main
from cxdesigner.io import load_project, save_project
from cxdesigner.model import Project
from cxdesigner.versions.diff_json import apply_diff_json

ROOT = Path(__file__).resolve().parents[2]
GOLDEN = ROOT / "tests" / "io" / "golden"


def version(folder: Path, name: str, change: Callable[[dict[str, Any]], None]) -> Path:
    data = load_project(GOLDEN / "v3-full.cxd").model_dump(mode="json")
    change(data)
    path = folder / name
    save_project(Project.model_validate(data), path, backups=0)
    return path


def card(data: dict[str, Any], stage: int, index: int = 0) -> dict[str, Any]:
    found: dict[str, Any] = data["journeys"][0]["stages"][stage]["touchpoints"][index]
    return found


@pytest.fixture
def base(tmp_path: Path) -> Path:
    return version(tmp_path, "base.cxd", lambda d: None)


def test_diff_tells_the_changes_by_place_and_exits_1(
        tmp_path: Path, base: Path, capsys: pytest.CaptureFixture[str]) -> None:
    def change(data: dict[str, Any]) -> None:
        card(data, 0)["emotion"] = -1
        card(data, 0)["channel_id"] = "ch-phone"
        data["journeys"][0]["stages"][4]["touchpoints"].append(
            {"id": "tp-new", "title": "Relance par SMS"})
        data["personas"][1]["name"] = "Omar"

    new = version(tmp_path, "new.cxd", change)
    assert main(["diff", str(base), str(new)]) == 1
    out, err = capsys.readouterr()
    assert err == ""
    assert out == (
        "Personas\n"
        "  ~ persona 'Omar': name 'Omar · عمر' → 'Omar'\n"
        "Journey 'Achat en ligne — parcours actuel', stage 'Prise de conscience'\n"
        "  ~ touchpoint 'Voit une publicité 📱': channel 'Réseau social' → 'Téléphone'; "
        "emotion +2 → \u22121\n"
        "Journey 'Achat en ligne — parcours actuel', stage 'Recommandation'\n"
        "  + touchpoint 'Relance par SMS' added, after 'Laisse un avis ⭐⭐⭐⭐⭐'\n"
        "3 changes: 1 added, 0 removed, 2 changed, 0 moved.\n")
    assert main(["diff", str(base), str(new), "--language", "fr"]) == 1
    out = capsys.readouterr().out
    assert ("  + point de contact «\u00a0Relance par SMS\u00a0» ajouté, après «\u00a0Laisse "
            "un avis ⭐⭐⭐⭐⭐\u00a0»\n") in out
    assert out.endswith("(ajouts\u00a0: 1, suppressions\u00a0: 0, modifications\u00a0: 2, "
                        "déplacements\u00a0: 0).\n")


def test_a_change_of_spaces_alone_is_shown(tmp_path: Path, base: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    """A difference that one line of text would hide is written out, escapes and all."""
    old = version(tmp_path, "old.cxd", lambda d: card(d, 0).update(notes="=1+1", description="a"))
    new = version(tmp_path, "new.cxd", lambda d: card(d, 0).update(notes="\t=1+1",
                                                                   description="a  "))
    assert main(["diff", str(old), str(new)]) == 1
    assert ": description 'a' → 'a  '; notes '=1+1' → '\\t=1+1'\n" in capsys.readouterr().out


def test_diff_of_the_same_file_exits_0(base: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["diff", str(base), str(base)]) == 0
    assert capsys.readouterr().out == "No changes.\n"


def test_diff_json_can_be_applied_again(tmp_path: Path, base: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    def change(data: dict[str, Any]) -> None:
        stage = data["journeys"][0]["stages"]
        stage[1]["touchpoints"].append(stage[3]["touchpoints"].pop(0))
        card(data, 0)["title"] = "Publicité TV"
        data["verbatims"].pop()

    new = version(tmp_path, "new.cxd", change)
    assert main(["diff", "--json", str(base), str(new)]) == 1
    data = json.loads(capsys.readouterr().out)
    assert data["format"] == "cxdesigner-diff"
    assert data["summary"] == {"added": 0, "removed": 1, "changed": 1, "moved": 1,
                               "reordered": 0}
    moved = next(c for c in data["changes"] if c["change"] == "moved")
    assert (moved["kind"], moved["name"], moved["from"]["parent_id"], moved["to"]["parent_id"]) \
        == ("touchpoint", "Retire sa commande en click & collect", "st-retrait", "st-interet")
    assert moved["where"] == "journey 'Achat en ligne — parcours actuel', stage 'Intérêt'"
    assert apply_diff_json(load_project(base), data) == load_project(new)


def test_diff_refuses_a_broken_file_with_exit_2(tmp_path: Path, base: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    broken = tmp_path / "broken.cxd"
    broken.write_text("{", encoding="utf-8")
    assert main(["diff", str(base), str(broken)]) == 2
    assert "Cannot open" in capsys.readouterr().err
    assert main(["diff", str(base)]) == 2
    assert capsys.readouterr().err == "cxdesigner diff: expected 2 file arguments, got 1.\n"


def test_textconv_writes_one_project_as_an_outline(base: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["diff", "--textconv", str(base)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Project: 'Boulangerie Œuvre & Fils — « Achat en ligne » 🥖'\n")
    assert "\n    stage 'Prise de conscience'\n      description: 'Avant le besoin.'\n" in out
    assert "\n        emotion: +2\n" in out


def test_git_external_diff_arguments(tmp_path: Path, base: Path,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    new = version(tmp_path, "new.cxd", lambda d: card(d, 0).update(title="Pub"))
    args = ["diff", "--git", "atelier.cxd", str(base), "abc", "100644", str(new), "def",
            "100644"]
    assert main(args) == 0  # git stops at an external diff that exits 1
    out = capsys.readouterr().out
    assert out.startswith("cxdesigner diff a/atelier.cxd b/atelier.cxd\n")
    assert "title 'Voit une publicité 📱' → 'Pub'" in out
    assert main(["diff", "--git", "atelier.cxd", "/dev/null", ".", ".", str(new), "d",
                 "100644"]) == 0
    assert "+ journey 'Achat en ligne — parcours actuel' added" in capsys.readouterr().out
    assert main(["diff", "--git", "atelier.cxd"]) == 0
    assert capsys.readouterr().out == "* Unmerged path atelier.cxd\n"


# --------------------------------------------------------------------------- merge


def test_merge_cleanly_exits_0(tmp_path: Path, base: Path,
                               capsys: pytest.CaptureFixture[str]) -> None:
    ours = version(tmp_path, "ours.cxd", lambda d: card(d, 0).update(emotion=-1))
    theirs = version(tmp_path, "theirs.cxd", lambda d: card(d, 2).update(title="Chat"))
    out = tmp_path / "merged.cxd"
    assert main(["merge", str(base), str(ours), str(theirs), "-o", str(out)]) == 0
    assert capsys.readouterr().out == f"{out}: merged cleanly, 1 change from theirs.\n"
    merged = load_project(out)
    assert merged.journeys[0].stages[0].touchpoints[0].emotion == -1
    assert merged.journeys[0].stages[2].touchpoints[0].title == "Chat"
    assert not list(tmp_path.glob("*.bak*"))


def test_merge_with_conflicts_writes_a_loadable_file_and_exits_1(
        tmp_path: Path, base: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ours = version(tmp_path, "ours.cxd", lambda d: card(d, 0).update(emotion=-1))
    theirs = version(tmp_path, "theirs.cxd", lambda d: card(d, 0).update(emotion=3))
    before = ours.read_bytes()
    assert main(["merge", str(base), str(ours), str(theirs), "-o", str(ours),
                 "--name", "atelier.cxd"]) == 1
    out = capsys.readouterr().out
    assert out.startswith("atelier.cxd: merged with 1 conflict; each keeps our side")
    assert out.endswith(
        "1. journey 'Achat en ligne — parcours actuel', stage 'Prise de conscience', "
        "touchpoint 'Voit une publicité 📱': emotion changed on both sides (kept: ours)\n"
        "     base: +2\n     ours: \u22121\n     theirs: +3\n"
        "The previous version is kept as 'ours.cxd.bak1'.\n")
    # Written over a project, the merge keeps its previous version, as every save does.
    assert (tmp_path / "ours.cxd.bak1").read_bytes() == before
    merged = load_project(ours)
    assert [c.field for c in merged.conflicts] == ["emotion"]
    assert merged.journeys[0].stages[0].touchpoints[0].emotion == -1


def test_merge_refuses_to_replace_another_file_or_to_read_a_broken_one(
        tmp_path: Path, base: Path, capsys: pytest.CaptureFixture[str]) -> None:
    other = version(tmp_path, "other.cxd", lambda d: None)
    before = other.read_bytes()
    assert main(["merge", str(base), str(base), str(base), "-o", str(other)]) == 2
    assert "already exists" in capsys.readouterr().err
    assert other.read_bytes() == before
    broken = tmp_path / "broken.cxd"
    broken.write_text("[]", encoding="utf-8")
    out = tmp_path / "out.cxd"
    assert main(["merge", str(base), str(broken), str(base), "-o", str(out)]) == 2
    assert capsys.readouterr().err.endswith("Nothing was merged.\n")
    assert not out.exists()


def test_a_merge_that_would_not_load_writes_nothing(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    def two_journeys(d: dict[str, Any]) -> None:
        d["journeys"][1].update(kind="current", improves_journey_id=None)

    base = version(tmp_path, "base.cxd", two_journeys)
    ours = version(tmp_path, "ours.cxd", lambda d: (two_journeys(d), d["journeys"][1].update(
        kind="target", improves_journey_id=d["journeys"][0]["id"])))
    theirs = version(tmp_path, "theirs.cxd", lambda d: (
        two_journeys(d), d["journeys"][0].update(kind="target")))
    out = tmp_path / "out.cxd"
    assert main(["merge", str(base), str(ours), str(theirs), "-o", str(out)]) == 2
    assert "cannot merge automatically" in capsys.readouterr().err
    assert not out.exists()


def test_a_merge_with_another_project_writes_nothing_and_exits_3(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    demo = ROOT / "resources" / "demo" / "parcours-demo.cxd"
    base, ours = tmp_path / "base.cxd", tmp_path / "ours.cxd"
    base.write_bytes(demo.read_bytes())
    ours.write_bytes(demo.read_bytes())
    before = ours.read_bytes()
    other = ROOT / "resources" / "demo" / "parcours-multilingue.cxd"
    assert main(["merge", str(base), str(ours), str(other), "-o", str(ours)]) == 3
    err = capsys.readouterr().err
    assert f"'{other}' is not a version of the same project as '{base}'" in err
    assert err.endswith("nothing was written.\n")
    assert ours.read_bytes() == before
    assert not list(tmp_path.glob("*.bak*"))
    # The other way round too: it is the base that is another project.
    assert main(["merge", str(other), str(ours), str(base), "-o", str(tmp_path / "o.cxd")]) \
        == 3
    assert f"'{ours}' is not a version" in capsys.readouterr().err
    assert not (tmp_path / "o.cxd").exists()


def test_three_way_merge_help_names_every_exit_status(
        capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["merge", "--help"])
    assert "3 nothing written because the three files are not versions of one project" in \
        " ".join(capsys.readouterr().out.split())


def test_a_clean_merge_over_a_project_keeps_its_previous_versions(
        tmp_path: Path, base: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ours = version(tmp_path, "ours.cxd", lambda d: card(d, 0).update(emotion=-1))
    theirs = version(tmp_path, "theirs.cxd", lambda d: card(d, 2).update(title="Chat"))
    (tmp_path / "ours.cxd.bak1").write_text("older", encoding="utf-8")
    before = ours.read_bytes()
    assert main(["merge", str(base), str(ours), str(theirs), "-o", str(ours)]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == \
        "The previous version is kept as 'ours.cxd.bak1'."
    assert (tmp_path / "ours.cxd.bak1").read_bytes() == before
    assert (tmp_path / "ours.cxd.bak2").read_text(encoding="utf-8") == "older"  # rotated
    assert load_project(ours).journeys[0].stages[2].touchpoints[0].title == "Chat"


def test_a_picture_is_named_with_its_size_never_written_out(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from pictures_support import screenshot

    before = load_project(ROOT / "resources" / "demo" / "parcours-demo.cxd")
    journey = before.journeys[0]
    picture = screenshot(200, 150).model_copy(update={"name": "capture.png"})
    touchpoint = journey.stages[0].touchpoints[0].model_copy(update={"image": picture})
    stages = [journey.stages[0].model_copy(update={"touchpoints": [
        touchpoint, *journey.stages[0].touchpoints[1:]]}), *journey.stages[1:]]
    after = before.model_copy(update={"journeys": [
        journey.model_copy(update={"stages": stages}), *before.journeys[1:]]})
    old, new = tmp_path / "avant.cxd", tmp_path / "apres.cxd"
    save_project(before, old)
    save_project(Project.model_validate(after.model_dump()), new)
    assert main(["diff", str(old), str(new)]) == 1
    out = capsys.readouterr().out
    assert "image (none) → 'capture.png' 200 \u00d7 150, image " in out
    assert picture.data[:20] not in out
