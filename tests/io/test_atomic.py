"""Atomic saves: a save killed at any moment leaves the old file or the new one, whole."""

from __future__ import annotations

import os
import random
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

import cxdesigner
from cxdesigner.io import backup_paths, load_project, loads_project, save_project
from cxdesigner.io.atomic import (
    STALE_TEMPORARY_SECONDS,
    atomic_write_bytes,
    remove_stale_temporaries,
    temporary_pattern,
)
from cxdesigner.model import Project

ROOT = Path(cxdesigner.__file__).resolve().parents[1]

# Saves two versions of a biggish project (over 1 MB) in turn to the same file, forever.
SAVER = """
import itertools, sys
from pathlib import Path
from cxdesigner.io import dumps_project, save_project
from cxdesigner.model import Journey, Project, Stage, Touchpoint

target = Path(sys.argv[1])

def build(tag):
    text = f"Le client rappelle le support, version {tag} — « encore ! » 😤 " * 36
    return Project(title=f"Version {tag}", journeys=[
        Journey(id=f"j{j}", name=f"Parcours {j}", stages=[
            Stage(id=f"s{j}-{s}", name=f"Étape {s}", touchpoints=[
                Touchpoint(id=f"t{j}-{s}-{t}", title=f"Point {t} {tag}", description=text,
                           emotion=(t % 7) - 3)
                for t in range(12)])
            for s in range(8)])
        for j in range(4)])

versions = [build("A"), build("B")]
for version in versions:
    (target.parent / f"expected {version.title}.txt").write_text(
        dumps_project(version), encoding="utf-8")
save_project(versions[0], target)
print("ready", flush=True)
for n in itertools.count(1):
    save_project(versions[n % 2], target)
"""


def _start_saver(target: Path) -> subprocess.Popen[str]:
    environment = dict(os.environ)
    environment["PYTHONPATH"] = os.pathsep.join(
        [str(ROOT), *filter(None, [environment.get("PYTHONPATH")])])
    process = subprocess.Popen([sys.executable, "-c", SAVER, str(target)], env=environment,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert process.stdout is not None
    line = process.stdout.readline()
    if line != "ready\n":
        process.kill()
        _, errors = process.communicate()
        pytest.fail(f"the saving process did not start: {errors}")
    return process


def _temporaries(folder: Path, target: Path) -> list[Path]:
    pattern = temporary_pattern(target)
    return [path for path in folder.iterdir() if pattern.fullmatch(path.name)]


def test_a_save_killed_at_any_moment_leaves_a_whole_file(tmp_path: Path) -> None:
    target = tmp_path / "Atelier.cxd"
    chance = random.Random(20240312)
    for _ in range(6):
        process = _start_saver(target)
        time.sleep(chance.uniform(0.0, 0.25))
        process.send_signal(signal.SIGKILL)
        process.communicate()
        assert process.returncode == -signal.SIGKILL
        written = [tmp_path / f"expected Version {tag}.txt" for tag in "AB"]
        assert all(path.stat().st_size > 1_000_000 for path in written)
        expected = {path.read_text(encoding="utf-8") for path in written}
        # The file itself, and every backup, is one version or the other, whole.
        for path in [target, *backup_paths(target)]:
            if path.exists():
                text = path.read_text(encoding="utf-8")
                assert text in expected, f"{path.name} is damaged"
                assert load_project(path) == loads_project(text)
    # Whatever the killed saves left behind, the next save works and cleans its own mess.
    save_project(Project(title="Après"), target)
    assert load_project(target).title == "Après"
    assert all(p.name.startswith(".") for p in _temporaries(tmp_path, target))
    old = time.time() - STALE_TEMPORARY_SECONDS - 60
    for temporary in _temporaries(tmp_path, target):
        os.utime(temporary, (old, old))
    save_project(Project(title="Encore après"), target)
    assert _temporaries(tmp_path, target) == []
    assert load_project(target).title == "Encore après"


# --------------------------------------------------------------------------- temporary files


def test_a_save_leaves_no_temporary_file(tmp_path: Path) -> None:
    target = tmp_path / "a.cxd"
    atomic_write_bytes(target, b"one", backup_paths(target))
    atomic_write_bytes(target, b"two", backup_paths(target))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.cxd", "a.cxd.bak1"]
    assert target.read_bytes() == b"two"


def test_temporary_files_are_hidden_and_named_after_the_target(tmp_path: Path) -> None:
    pattern = temporary_pattern(tmp_path / "Atelier (copie).cxd")
    assert pattern.fullmatch(".Atelier (copie).cxd.ab12_xyz.tmp")
    assert not pattern.fullmatch(".Atelier (copie).cxd.ab12.tmp")
    assert not pattern.fullmatch(".Atelier (copie)Xcxd.ab12_xyz.tmp")
    assert not pattern.fullmatch("Atelier (copie).cxd.ab12_xyz.tmp")
    assert not pattern.fullmatch(".Atelier (copie).cxd.ab12_xyz.tmp.bak")


def test_only_stale_temporaries_of_the_same_file_are_removed(tmp_path: Path) -> None:
    target = tmp_path / "a.cxd"
    old = time.time() - STALE_TEMPORARY_SECONDS - 1
    names = {
        ".a.cxd.oldoldol.tmp": old,  # left by a save that died: removed
        ".a.cxd.youngyou.tmp": time.time(),  # maybe a save running elsewhere: kept
        ".b.cxd.oldoldol.tmp": old,  # another file's: kept
        ".a.cxd.short.tmp": old,  # not one of ours: kept
        "a.cxd.bak1": old,
        "notes.tmp": old,
    }
    for name, moment in names.items():
        (tmp_path / name).write_text(name)
        os.utime(tmp_path / name, (moment, moment))
    (tmp_path / ".a.cxd.folder00.tmp").mkdir()
    os.utime(tmp_path / ".a.cxd.folder00.tmp", (old, old))
    remove_stale_temporaries(target)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        {*names, ".a.cxd.folder00.tmp"} - {".a.cxd.oldoldol.tmp"})


def test_removing_temporaries_never_fails(tmp_path: Path) -> None:
    remove_stale_temporaries(tmp_path / "absent" / "a.cxd")


def test_a_failed_write_removes_its_temporary_file(tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "a.cxd"
    target.write_bytes(b"old")

    def broken(*args: object) -> None:
        raise KeyboardInterrupt  # even an interruption cleans up

    monkeypatch.setattr(os, "fsync", broken)
    with pytest.raises(KeyboardInterrupt):
        atomic_write_bytes(target, b"new")
    monkeypatch.undo()
    assert [p.name for p in tmp_path.iterdir()] == ["a.cxd"]
    assert target.read_bytes() == b"old"


def test_a_failing_folder_sync_does_not_fail_a_finished_save(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "a.cxd"
    real_fsync = os.fsync

    def no_folder_sync(descriptor: int) -> None:
        if stat.S_ISDIR(os.fstat(descriptor).st_mode):
            raise OSError(22, "Invalid argument")
        real_fsync(descriptor)

    monkeypatch.setattr(os, "fsync", no_folder_sync)
    atomic_write_bytes(target, b"new")
    assert target.read_bytes() == b"new"


# --------------------------------------------------------------------------- permissions


def test_a_new_file_gets_the_usual_permissions(tmp_path: Path) -> None:
    previous = os.umask(0o022)
    try:
        atomic_write_bytes(tmp_path / "new.cxd", b"x")
    finally:
        os.umask(previous)
    assert stat.S_IMODE((tmp_path / "new.cxd").stat().st_mode) == 0o644


def test_a_saved_file_keeps_its_permissions(tmp_path: Path) -> None:
    target = tmp_path / "shared.cxd"
    target.write_bytes(b"old")
    target.chmod(0o664)
    atomic_write_bytes(target, b"new", backup_paths(target))
    assert stat.S_IMODE(target.stat().st_mode) == 0o664
    assert stat.S_IMODE(backup_paths(target)[0].stat().st_mode) == 0o664
