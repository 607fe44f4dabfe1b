"""CX Designer as git's merge driver and diff helper, in a real repository.

Two branches edit a project; ``git merge`` calls ``cxdesigner merge`` and commits the
merged project; a branch that changes the same field differently leaves a project that
loads, with the conflicts recorded in it and listed by git's output.
"""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from cxdesigner.io import load_project, save_project
from cxdesigner.model import ConflictKind, Project, Touchpoint

GOLDEN = Path(__file__).resolve().parents[1] / "io" / "golden"
COMMAND = f"{shlex.quote(sys.executable)} -m cxdesigner.cli"


def git(repo: Path, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "HOME": str(repo.parent), "GIT_CONFIG_NOSYSTEM": "1",
           "GIT_AUTHOR_NAME": "Claire", "GIT_AUTHOR_EMAIL": "claire@example.org",
           "GIT_COMMITTER_NAME": "Claire", "GIT_COMMITTER_EMAIL": "claire@example.org",
           "LC_ALL": "C.UTF-8"}
    return subprocess.run(["git", *args], cwd=repo, env=env, capture_output=True, text=True,
                          check=check, encoding="utf-8")


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    if shutil.which("git") is None:
        pytest.fail("git is needed: apt-get install git")
    repo = tmp_path / "atelier"
    repo.mkdir()
    git(repo, "init", "-q", "-b", "main")
    (repo / ".gitattributes").write_text("*.cxd diff=cxdesigner merge=cxdesigner\n")
    git(repo, "config", "merge.cxdesigner.name", "CX Designer project merge")
    git(repo, "config", "merge.cxdesigner.driver", f"{COMMAND} merge %O %A %B -o %A --name %P")
    git(repo, "config", "diff.cxdesigner.textconv", f"{COMMAND} diff --textconv")
    shutil.copyfile(GOLDEN / "v3-full.cxd", repo / "parcours.cxd")
    save_project(load_project(repo / "parcours.cxd"), repo / "parcours.cxd", backups=0)
    git(repo, "add", ".")
    git(repo, "commit", "-q", "-m", "Workshop map")
    return repo


def edit(repo: Path, change: object, message: str) -> None:
    path = repo / "parcours.cxd"
    project = load_project(path)
    change(project)  # type: ignore[operator]
    save_project(Project.model_validate(project.model_dump()), path, backups=0)
    git(repo, "commit", "-q", "-am", message)


def set_title(index: int, title: str) -> object:
    def change(project: Project) -> None:
        stage = project.journeys[0].stages[index]
        stage.touchpoints[0] = stage.touchpoints[0].model_copy(update={"title": title})
    return change


def test_git_merges_two_branches_with_the_driver(repo: Path) -> None:
    git(repo, "checkout", "-q", "-b", "target")
    edit(repo, set_title(2, "Chat en direct"), "Rename the chat")
    git(repo, "checkout", "-q", "main")

    def add_card(project: Project) -> None:
        project.journeys[0].stages[4].touchpoints.append(
            Touchpoint(id="tp-relance", title="Relance par SMS"))
    edit(repo, add_card, "Add a reminder")

    merged = git(repo, "merge", "--no-edit", "target")
    assert "CONFLICT" not in merged.stdout
    assert "parcours.cxd: merged cleanly, 1 change from theirs." in merged.stdout
    assert git(repo, "status", "--porcelain").stdout == ""
    project = load_project(repo / "parcours.cxd")
    titles = [tp.title for _, tp in project.journeys[0].touchpoints()]
    assert "Chat en direct" in titles and "Relance par SMS" in titles
    assert project.conflicts == []
    assert not list(repo.glob("*.bak*")), "the driver leaves no backups in the repository"
    log = git(repo, "log", "--oneline").stdout.splitlines()
    assert len(log) == 4 and "Merge branch 'target'" in log[0]


def test_a_conflicting_branch_leaves_a_loadable_file_with_the_conflicts(repo: Path) -> None:
    git(repo, "checkout", "-q", "-b", "client")
    edit(repo, set_title(0, "Voit une publicité TV"), "TV")
    git(repo, "checkout", "-q", "main")
    edit(repo, set_title(0, "Voit une publicité radio"), "Radio")

    merged = git(repo, "merge", "--no-edit", "client", check=False)
    assert merged.returncode != 0
    assert "CONFLICT (content): Merge conflict in parcours.cxd" in merged.stdout
    assert "parcours.cxd: merged with 1 conflict" in merged.stdout
    assert "title changed on both sides (kept: ours)" in merged.stdout
    assert "ours: 'Voit une publicité radio'" in merged.stdout
    assert "theirs: 'Voit une publicité TV'" in merged.stdout
    assert git(repo, "status", "--porcelain").stdout == "UU parcours.cxd\n"
    text = (repo / "parcours.cxd").read_text(encoding="utf-8")
    assert "<<<<<<<" not in text
    project = load_project(repo / "parcours.cxd")
    (conflict,) = project.conflicts
    assert (conflict.kind, conflict.field) == (ConflictKind.CHANGED, "title")
    assert (conflict.ours, conflict.theirs) == ("Voit une publicité radio",
                                                "Voit une publicité TV")
    assert project.journeys[0].stages[0].touchpoints[0].title == "Voit une publicité radio"
    git(repo, "add", "parcours.cxd")
    git(repo, "commit", "-q", "--no-edit")
    assert load_project(repo / "parcours.cxd").conflicts == [conflict]


def test_git_diff_shows_changes_by_card(repo: Path) -> None:
    def sad(project: Project) -> None:
        stage = project.journeys[0].stages[0]
        stage.touchpoints[0] = stage.touchpoints[0].model_copy(update={"emotion": -1})
    path = repo / "parcours.cxd"
    project = load_project(path)
    sad(project)
    save_project(project, path, backups=0)
    shown = git(repo, "diff").stdout
    assert "-        emotion: +2\n+        emotion: \u22121\n" in shown
    external = git(repo, "-c", f"diff.cxdesigner.command={COMMAND} diff --git", "diff").stdout
    assert external == (
        "cxdesigner diff a/parcours.cxd b/parcours.cxd\n"
        "Journey 'Achat en ligne — parcours actuel', stage 'Prise de conscience'\n"
        "  ~ touchpoint 'Voit une publicité 📱': emotion +2 → \u22121\n"
        "1 change: 0 added, 0 removed, 1 changed, 0 moved.\n")
