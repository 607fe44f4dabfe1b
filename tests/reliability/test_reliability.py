"""Nothing lost, nothing let in: every way found to break CX Designer, tried again.

Each section is one kind of failure found by trying to break the program as an attacker and
as a clumsy user would: files that are not files, images that decompress to gigabytes,
exports aimed at the project itself, files changed by someone else, spreadsheets written
by hand, small leaks, and crashes at awkward moments. Slow attempts (other processes, big
inputs) run in processes of their own with time and memory limits, so that a regression
fails here instead of hanging the suite or the machine.
"""

from __future__ import annotations

import base64
import contextlib
import csv
import fcntl
import io
import json
import os
import shutil
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from children import Editor, peak_memory_mb, run_cli, run_cli_calls
from pytestqt.qtbot import QtBot

from cxdesigner.cli import main
from cxdesigner.document.commands import EditProject
from cxdesigner.document.persona_photo import PhotoError, load_persona_photo
from cxdesigner.export.actions_csv import actions_to_csv
from cxdesigner.io import ProjectFileError, backup_paths, load_project, loads_project, save_project
from cxdesigner.io.atomic import temporary_pattern
from cxdesigner.io.csv_journeys import COLUMNS
from cxdesigner.io.csv_reading import CsvImportError, read_table
from cxdesigner.model import Action, Project
from cxdesigner.model.limits import MAX_LIST_ITEMS
from cxdesigner.ui import prompts
from cxdesigner.ui.main_window import MainWindow
from cxdesigner.ui.personas import photo as photos
from cxdesigner.ui.prompts import Prompts
from cxdesigner.ui.recovery import RecoveryStore, Snapshot
from cxdesigner.ui.recovery_dialog import RESTORE
from cxdesigner.ui.windows import WindowManager

TOOLS = Path(__file__).resolve().parents[2] / "tools"
sys.path.insert(0, str(TOOLS))

from fuzz_inputs import bomb_png, fuzz  # noqa: E402

DATA = Path(__file__).resolve().parents[1] / "data" / "csv"
WindowFactory = Callable[..., MainWindow]


def _with_photo(source: Path, target: Path, image: bytes) -> Path:
    data = json.loads(source.read_text(encoding="utf-8"))
    data["personas"][0]["photo_png_base64"] = base64.b64encode(image).decode("ascii")
    target.write_text(json.dumps(data), encoding="utf-8")
    return target


@pytest.fixture
def project_file(tmp_path: Path, demo_copy: Path) -> Path:
    return demo_copy


# =========================================================================== 1. not files


def test_every_command_refuses_a_pipe_or_a_device_at_once(tmp_path: Path,
                                                          project_file: Path) -> None:
    """A named pipe used to hang an import for ever, a link to /dev/zero to read until the
    memory ran out; every command that reads a file now refuses both before reading."""
    pipe = tmp_path / "atelier.csv"
    os.mkfifo(pipe)
    zero = tmp_path / "zero.csv"
    zero.symlink_to("/dev/zero")
    pipe_project = tmp_path / "tube.cxd"
    os.mkfifo(pipe_project)
    calls = [[command, str(source), str(project_file)]
             for command in ("import-answers", "import-contacts") for source in (pipe, zero)]
    calls += [["import-csv", str(source), "-o", str(tmp_path / "new.cxd")]
              for source in (pipe, zero)]
    calls += [[command, str(pipe_project)] for command in ("validate", "stats")]
    before = project_file.read_bytes()

    results = run_cli_calls(calls, timeout=30)

    assert len(results) == len(calls), f"stopped at {calls[len(results)]}: it hangs"
    for call, (code, errors) in zip(calls, results, strict=True):
        assert code == 1, (call, errors)
        assert "(a device or a pipe?)" in errors, (call, errors)
        if call[0].startswith("import"):  # named as an export's refusal names it
            assert "it is not an ordinary file (a device or a pipe?); give the path of a " \
                "spreadsheet file (CSV or .xlsx)" in errors
    assert project_file.read_bytes() == before
    assert not (tmp_path / "new.cxd").exists()


@pytest.fixture
def unblocked_pipe(tmp_path: Path) -> Iterator[Path]:
    """A named pipe that a writer opens and closes after two seconds, should anything be
    waiting to read it (so that a regression fails instead of hanging)."""
    pipe = tmp_path / "reponses.csv"
    os.mkfifo(pipe)
    stop = threading.Event()

    def release() -> None:
        if not stop.wait(2.0):
            with contextlib.suppress(OSError):  # nobody is reading it: as it should be
                os.close(os.open(pipe, os.O_WRONLY | os.O_NONBLOCK))

    thread = threading.Thread(target=release)
    thread.start()
    yield pipe
    stop.set()
    thread.join()


def test_the_editors_imports_refuse_a_pipe_at_once(unblocked_pipe: Path) -> None:
    start = time.monotonic()
    with pytest.raises(CsvImportError) as refused:
        read_table(unblocked_pipe, COLUMNS)
    assert time.monotonic() - start < 1.0
    assert refused.value.problems == [
        "it is not an ordinary file (a device or a pipe?); give the path of a spreadsheet "
        "file (CSV or .xlsx)"]


@pytest.mark.parametrize("kind", ["pipe", "device"])
def test_a_photo_that_is_not_a_file_is_named_so(tmp_path: Path, kind: str) -> None:
    path = tmp_path / "photo.png"
    if kind == "pipe":
        os.mkfifo(path)
    else:
        path.symlink_to("/dev/zero")
    with pytest.raises(PhotoError, match=r"“photo\.png” is not a file \(a device or a pipe\?\)"):
        load_persona_photo(path)


# =========================================================================== 2. images


def test_a_photo_that_decompresses_to_gigabytes_does_not_stop_the_pdf(
        tmp_path: Path, project_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """20,000 x 20,000 pixels in 50 kB: the export used to stop with Pillow's traceback."""
    bombed = _with_photo(project_file, tmp_path / "bombe.cxd", bomb_png(20_000, 20_000))
    output = tmp_path / "carte.pdf"

    assert main(["export-pdf", str(bombed), "-o", str(output), "--sections",
                 "personas"]) == 0

    errors = capsys.readouterr().err
    assert "The photo of persona 'Camille, maman active' is 20000 \u00d7 20000 pixels, more " \
           "than the 4 megapixels a photo inside a project may have; its initials are printed " \
           "instead." in errors
    assert output.read_bytes().startswith(b"%PDF-")


def test_a_huge_photo_keeps_the_export_within_the_memory_promise(
        tmp_path: Path, project_file: Path) -> None:
    """12,000 x 12,000 pixels used to be decoded whole: 6 s and 1.6 GB for a PDF."""
    bombed = _with_photo(project_file, tmp_path / "bombe.cxd", bomb_png(12_000, 12_000))

    result = run_cli(["export-pdf", str(bombed), "-o", str(tmp_path / "carte.pdf"),
                      "--sections", "personas"], timeout=60)

    assert result.returncode == 0, result.stderr
    assert "is 12000 \u00d7 12000 pixels, more than the 4 megapixels a photo inside a project " \
        "may have" in result.stderr
    assert peak_memory_mb(result) < 300  # the README's promise for the whole program


def test_a_png_too_large_to_decode_whole_is_refused_in_words(tmp_path: Path,
                                                             qtbot: QtBot) -> None:
    path = tmp_path / "affiche.png"
    path.write_bytes(bomb_png(6000, 4000, rows=1))

    with pytest.raises(PhotoError) as refused:
        load_persona_photo(path)

    assert str(refused.value).startswith(
        "“affiche.png” is 6000 \u00d7 4000 pixels, more than the 16 megapixels a PNG image may "
        "have (a JPEG photo may have 50).")
    assert photos.explain(refused.value, path).startswith(
        "“affiche.png” is 6000 \u00d7 4000 pixels: more than the 16 megapixels a PNG image may "
        "have (a JPEG photo may have 50).")


def test_a_bomb_embedded_in_a_project_shows_the_initials_in_the_editor(
        window: MainWindow, tmp_path: Path, project_file: Path) -> None:
    """Qt used to try to decode it (and to warn that it could not, when it was lucky)."""
    bombed = _with_photo(project_file, tmp_path / "bombe.cxd", bomb_png(20_000, 20_000))
    assert window.files.open_path(bombed)
    start = time.monotonic()
    assert photos.photo_pixmap(window.document.project.personas[0].photo_png_base64) is None
    assert time.monotonic() - start < 1.0


@pytest.fixture
def window(make_window: WindowFactory) -> MainWindow:
    return make_window()


# =========================================================================== 3. exports


def test_an_export_never_replaces_its_own_project(project_file: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    before = project_file.read_bytes()
    for force in ([], ["--force"]):
        assert main(["export-pdf", str(project_file), "-o", str(project_file), *force]) == 1
    assert project_file.read_bytes() == before
    assert "a name ending in .cxd is for a project" in capsys.readouterr().err


def test_an_export_never_replaces_a_project_under_another_name(
        tmp_path: Path, project_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    disguised = tmp_path / "sauvegarde.pdf"
    shutil.copyfile(project_file, disguised)
    assert main(["export-pdf", str(project_file), "-o", str(disguised), "--force"]) == 1
    assert disguised.read_bytes() == project_file.read_bytes()
    assert "it is a CX Designer project" in capsys.readouterr().err


def test_an_export_never_replaces_a_pipe_or_a_device(tmp_path: Path, project_file: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    """As root, ``-o /dev/full`` replaced the device with a PDF; a pipe shows the same."""
    pipe = tmp_path / "carte.pdf"
    os.mkfifo(pipe)
    assert main(["export-pdf", str(project_file), "-o", str(pipe), "--force"]) == 1
    assert pipe.is_fifo()
    assert "not an ordinary file" in capsys.readouterr().err


def test_a_file_cx_designer_did_not_write_is_replaced_only_when_asked(
        tmp_path: Path, project_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    notes = tmp_path / "notes.pdf"
    notes.write_bytes(b"%PDF-1.4 someone else's document")
    assert main(["export-pdf", str(project_file), "-o", str(notes)]) == 1
    assert notes.read_bytes() == b"%PDF-1.4 someone else's document"
    assert "add --force to replace it" in capsys.readouterr().err
    assert main(["export-pdf", str(project_file), "-o", str(notes), "--force"]) == 0
    # Its own PDF is written again without asking: the usual way to work.
    assert main(["export-pdf", str(project_file), "-o", str(notes)]) == 0


def test_the_export_dialog_asks_before_replacing_a_file(
        window: MainWindow, project_file: Path, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from cxdesigner.ui.export_destination import DestinationCheck
    from cxdesigner.ui.export_dialog import ExportChoices, ExportDialog

    asked: list[str] = []
    refused: list[str] = []
    answer = [False]
    monkeypatch.setattr(DestinationCheck, "ask_replace",
                        lambda self, text: asked.append(text) or answer[0])
    monkeypatch.setattr(DestinationCheck, "show_refusal", lambda self, text: refused.append(text))
    window.files.open_path(project_file)
    notes = tmp_path / "notes.pdf"
    notes.write_bytes(b"not ours")
    dialog = ExportDialog(window.document.project, ExportChoices(), notes, {}, window)
    dialog.sources = [project_file]
    try:
        dialog.accept()
        assert asked == ["“notes.pdf” already exists and was not written by CX Designer."]
        assert dialog.result() != dialog.DialogCode.Accepted
        answer[0] = True
        dialog.accept()
        assert dialog.result() == dialog.DialogCode.Accepted

        dialog.path_edit.setText(str(project_file))
        dialog.setResult(0)
        dialog.accept()
        assert refused == ["“parcours-demo.cxd” is the name of a project file. Choose a name "
                           "ending in .pdf."]
        assert dialog.result() != dialog.DialogCode.Accepted
    finally:
        dialog.wait_for_preview()
        dialog.deleteLater()


# =========================================================================== 4. others


def _changed_elsewhere(path: Path, title: str) -> None:
    """Another program (or a colleague on a shared folder) saves the file."""
    time.sleep(0.01)  # a new modification time, even on coarse clocks
    project = load_project(path)
    save_project(project.model_copy(update={"title": title}), path, backups=0)


def test_a_save_shows_what_someone_else_changed_and_overwrites_only_when_told(
        window: MainWindow, project_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert window.files.open_path(project_file)
    window.document.undo_stack.push(EditProject(window.document, {"client": "Mine"}))
    _changed_elsewhere(project_file, "Theirs")
    questions: list[tuple[str, list[str], str]] = []
    answers = [prompts.DiskChoice.CANCEL, prompts.DiskChoice.OVERWRITE]
    monkeypatch.setattr(Prompts, "ask_changed_on_disk",
                        lambda self, name, differences, backup: questions.append(
                            (name, differences, backup)) or answers.pop(0))

    assert not window.files.save()  # cancelled: nothing written
    assert load_project(project_file).title == "Theirs"
    assert window.files.save()  # overwritten, their version kept as the first backup

    assert [q[0] for q in questions] == ["parcours-demo.cxd"] * 2
    assert questions[0][1] == ["different title", "different client"]
    assert questions[0][2] == "parcours-demo.cxd.bak1"
    saved = load_project(project_file)
    assert (saved.title, saved.client) == (window.document.project.title, "Mine")
    assert load_project(backup_paths(project_file)[0]).title == "Theirs"
    window.document.undo_stack.push(EditProject(window.document, {"client": "Again"}))
    assert window.files.save()  # the file is as this window left it: no question
    assert len(questions) == 2


def test_reload_takes_the_version_on_disk(window: MainWindow, project_file: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    assert window.files.open_path(project_file)
    window.document.undo_stack.push(EditProject(window.document, {"client": "Mine"}))
    _changed_elsewhere(project_file, "Theirs")
    monkeypatch.setattr(Prompts, "ask_changed_on_disk", lambda *args: prompts.DiskChoice.RELOAD)

    assert not window.files.save()

    assert window.document.project.title == "Theirs"
    assert not window.isWindowModified()
    assert load_project(project_file).title == "Theirs"


def test_save_as_keeps_both_versions(window: MainWindow, project_file: Path,
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    assert window.files.open_path(project_file)
    window.document.undo_stack.push(EditProject(window.document, {"client": "Mine"}))
    _changed_elsewhere(project_file, "Theirs")
    other = project_file.with_name("mine.cxd")
    monkeypatch.setattr(Prompts, "ask_changed_on_disk", lambda *args: prompts.DiskChoice.SAVE_AS)
    monkeypatch.setattr(Prompts, "save_path", lambda self, suggested: other)

    assert window.files.save()

    assert load_project(project_file).title == "Theirs"
    assert load_project(other).client == "Mine"
    assert window.document.path == other


def test_a_file_touched_but_not_changed_is_saved_without_a_question(
        window: MainWindow, project_file: Path) -> None:
    assert window.files.open_path(project_file)
    window.document.undo_stack.push(EditProject(window.document, {"client": "Mine"}))
    os.utime(project_file, ns=(1_000_000_000, 1_000_000_000))  # a copy tool, a backup…
    assert window.files.save()
    assert load_project(project_file).client == "Mine"


def test_a_second_window_gets_a_read_only_copy_with_a_banner(
        make_window: WindowFactory, project_file: Path, monkeypatch: pytest.MonkeyPatch,
        tmp_path: Path) -> None:
    first, second = make_window(), make_window()
    assert first.files.open_path(project_file)
    assert second.files.open_path(project_file)

    assert not first.files.read_only and not first.lock_banner.isVisible()
    assert second.files.read_only
    assert second.lock_banner.isVisible()
    assert second.lock_banner.label.text() == (
        "Read-only copy: “parcours-demo.cxd” is open elsewhere. Save your changes under another "
        "name.\nIt is open in another window of this CX Designer.")
    assert not second.lock_banner.take_over_button.isVisible()  # it is not stale: it is here
    second.document.undo_stack.push(EditProject(second.document, {"client": "Second"}))
    asked: list[Path] = []
    monkeypatch.setattr(Prompts, "save_path",
                        lambda self, suggested: asked.append(suggested) or None)
    assert not second.files.save()  # Save asks for another name
    assert asked == [project_file]
    assert load_project(project_file).client != "Second"

    first.close()  # the lock goes with the window
    third = make_window()
    assert third.files.open_path(project_file)
    assert not third.files.read_only


def test_another_process_holds_the_file_and_its_lock_goes_stale_when_it_dies(
        make_window: WindowFactory, project_file: Path, tmp_path: Path) -> None:
    other = Editor(project_file, tmp_path / "other-recovery", tmp_path / "other.ini", edits=0)
    try:
        other.wait_ready()
        window = make_window()
        assert window.files.open_path(project_file)
        assert window.files.lock_owner is not None
        assert window.files.lock_owner.pid == other.pid
        assert f"(process {other.pid})" in window.lock_banner.label.text()
        assert window.lock_banner.take_over_button.isVisible()
    finally:
        other.kill()
    # Killed: its lock is left behind, and recognised as stale at the next open.
    again = make_window()
    assert again.files.open_path(project_file)
    assert not again.files.read_only


def test_a_lock_left_by_another_computer_can_be_taken_over(
        make_window: WindowFactory, project_file: Path) -> None:
    lock = project_file.with_name(f".{project_file.name}.lock")
    lock.write_text("4242\npython3\nsalle-de-reunion\n\n\n", encoding="utf-8")
    window = make_window()
    assert window.files.open_path(project_file)
    assert window.files.read_only
    assert "on the computer “salle-de-reunion” (process 4242)" in window.lock_banner.label.text()

    window.lock_banner.take_over_button.click()

    assert not window.files.read_only
    assert not window.lock_banner.isVisible()
    window.document.undo_stack.push(EditProject(window.document, {"client": "Taken"}))
    assert window.files.save()


# =========================================================================== 5. spreadsheets


def _sheet(tmp_path: Path, rows: list[bytes], name: str = "atelier.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(b"\r\n".join(rows) + b"\r\n")
    return path


def test_a_spreadsheet_mixing_utf8_and_windows_1252_is_read_as_written(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    sheet = _sheet(tmp_path, [
        "Étape;Point de contact;Verbatim".encode(),
        "Découverte;Publicité;Très bien".encode(),
        "Achat;Paiement;Déçu par l'attente".encode("cp1252"),
    ])
    target = tmp_path / "atelier.cxd"

    assert main(["import-csv", str(sheet), "-o", str(target)]) == 0

    stages = load_project(target).journeys[0].stages
    assert [stage.touchpoints[0].verbatims[0].text for stage in stages] == [
        "Très bien", "Déçu par l'attente"]
    assert "row 3 was read as Windows-1252 (check its accents)" in capsys.readouterr().err


@pytest.mark.parametrize(("row", "said"), [
    (b'Achat;"Paiement" en ligne', "row 3: a quoted cell goes on after its closing quote"),
    (b'Achat;"Paiement', "row 3: a cell opens with a quote (\") that is never closed"),
])
def test_broken_quoting_is_named_not_repaired(tmp_path: Path, row: bytes, said: str,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    sheet = _sheet(tmp_path, [b"Etape;Point de contact", b"Decouverte;Publicite", row])
    assert main(["import-csv", str(sheet), "-o", str(tmp_path / "a.cxd")]) == 1
    assert said in capsys.readouterr().err
    assert not (tmp_path / "a.cxd").exists()


def test_a_cell_longer_than_csv_allows_is_named(tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    sheet = _sheet(tmp_path, [b"Etape;Point de contact", b"Decouverte;" + b"x" * 140_000])
    assert main(["import-csv", str(sheet), "-o", str(tmp_path / "a.cxd")]) == 1
    assert "row 2: a cell holds more than 131,072 characters" in capsys.readouterr().err


def test_exactly_the_most_rows_allowed_are_read(tmp_path: Path) -> None:
    def sheet(count: int) -> Path:
        rows = [b"Etape;Point de contact"] + [b"E;T%d" % n for n in range(count)]
        return _sheet(tmp_path, rows, f"rows-{count}.csv")

    assert len(read_table(sheet(MAX_LIST_ITEMS), COLUMNS).rows) == MAX_LIST_ITEMS
    with pytest.raises(CsvImportError, match="the file has 100001 rows of data, more than the "
                                             "100000 it may have"):
        read_table(sheet(MAX_LIST_ITEMS + 1), COLUMNS)


# =========================================================================== 6. small leaks


def test_a_save_through_a_link_writes_the_file_it_points_to(tmp_path: Path) -> None:
    real = tmp_path / "partage" / "atelier.cxd"
    real.parent.mkdir()
    save_project(Project(title="Avant"), real)
    link = tmp_path / "atelier.cxd"
    link.symlink_to(real)

    save_project(Project(title="Après"), link)

    assert link.is_symlink()
    assert load_project(real).title == "Après"
    assert load_project(backup_paths(real)[0]).title == "Avant"
    assert not backup_paths(link)[0].exists()


def _temporary(target: Path, token: str, age: float) -> Path:
    path = target.with_name(f".{target.name}.{token}.tmp")
    path.write_bytes(b"half a project")
    moment = time.time() - age
    os.utime(path, (moment, moment))
    return path


def test_what_killed_saves_left_goes_at_the_next_save_or_open(
        window: MainWindow, tmp_path: Path, project_file: Path) -> None:
    left = [_temporary(project_file, f"killed{n:02d}", age=30) for n in range(3)]
    # A save running in another process holds its temporary file: it stays.
    running = _temporary(project_file, "running0", age=30)
    descriptor = os.open(running, os.O_RDWR)
    fcntl.flock(descriptor, fcntl.LOCK_EX)
    try:
        assert window.files.open_path(project_file)
        assert not any(path.exists() for path in left)
        assert running.exists()
        more = _temporary(project_file, "killed99", age=30)
        save_project(load_project(project_file), project_file)
        assert not more.exists()
        assert running.exists()
    finally:
        os.close(descriptor)
    pattern = temporary_pattern(project_file)
    assert [p.name for p in project_file.parent.iterdir() if pattern.fullmatch(p.name)] == [
        running.name]


def test_a_key_given_twice_is_refused_by_name(project_file: Path) -> None:
    text = project_file.read_text(encoding="utf-8").replace(
        '"title": ', '"title": "Premier", "title": ', 2)
    with pytest.raises(ProjectFileError) as refused:
        loads_project(text)
    assert refused.value.problems[0] == (
        'the key "title" is given more than once; keep only the value meant (the file may '
        "have been edited by hand or merged)")
    assert refused.value.problems[1].startswith(
        "journey 'Achat d’un lave-linge et livraison', stage 1 'Apparition du besoin', "
        "touchpoint 'Panne de l’ancien appareil': the key \"title\"")


def test_a_value_nested_deep_gets_a_short_message(project_file: Path) -> None:
    data = json.loads(project_file.read_text(encoding="utf-8"))
    text = json.dumps(data).replace('"tags": []', '"tags": ' + "[" * 800 + "NaN" + "]" * 800,
                                    1)
    with pytest.raises(ProjectFileError) as refused:
        loads_project(text)
    assert len(refused.value.message()) < 400
    assert "tags, item 1, …, item 1, item 1: a value is NaN" in refused.value.message()


@pytest.mark.parametrize("text", ["  =1+1", "\uff1d1+1", "\n=1+1", "\u3000+33 6 12 34 56 78",
                                  "DDE(\"cmd\";\"/c calc\";\"A1\")"])
def test_the_action_plan_csv_never_holds_a_formula(text: str) -> None:
    project = Project(title="Boutique", actions=[Action(id="a1", description=text)])
    rows = list(csv.reader(io.StringIO(actions_to_csv(project, "fr"), newline=""),
                           delimiter=";"))
    cell = rows[1][0]
    assert cell.startswith("'") and cell[1:] == text.replace("\r\n", "\n")


# =========================================================================== 7. recovery


@pytest.fixture
def recovery_folder(manager: WindowManager) -> Path:
    return manager.store.folder


def _restore_all(manager: WindowManager, window: MainWindow,
                 monkeypatch: pytest.MonkeyPatch) -> list[Snapshot]:
    offered: list[Snapshot] = []

    def restore_first(_window: MainWindow, snapshots: list[Snapshot]) -> tuple[str, Snapshot]:
        offered.append(snapshots[0])
        return RESTORE, snapshots[0]

    monkeypatch.setattr(manager, "choose_recovery", restore_first)
    manager.offer_recovery(window, asked=False)
    return offered


def test_an_edit_survives_a_crash_before_the_usual_snapshot_delay(
        make_window: WindowFactory, manager: WindowManager, project_file: Path,
        recovery_folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The snapshot used to wait three seconds of quiet: a crash then lost the edit."""
    editor = Editor(project_file, recovery_folder, tmp_path / "child.ini", edits=1)
    try:
        editor.wait_ready()
        time.sleep(1.5)
    finally:
        editor.kill()

    offered = _restore_all(manager, make_window(), monkeypatch)

    assert [s.title for s in offered] == ["Edit 1 of parcours-demo"]


@pytest.mark.slow
def test_several_crashed_sessions_are_all_offered(
        make_window: WindowFactory, manager: WindowManager, project_file: Path,
        recovery_folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    files = []
    for name in ("alpha", "beta", "gamma"):
        files.append(project_file.with_name(f"{name}.cxd"))
        shutil.copyfile(project_file, files[-1])
    editors = [Editor(path, recovery_folder, tmp_path / f"{path.stem}.ini", edits=2,
                      wait_for_snapshot=True) for path in files]
    try:
        for editor in editors:
            editor.wait_ready()
    finally:
        for editor in editors:
            editor.kill()

    window = make_window()
    offered = _restore_all(manager, window, monkeypatch)

    assert sorted(s.title for s in offered) == [f"Edit 2 of {p.stem}" for p in files]
    restored = {w.document.path: w.document.project.title for w in manager.windows
                if w.document.path is not None}
    assert restored == {path.resolve(): f"Edit 2 of {path.stem}" for path in files}
    assert RecoveryStore(recovery_folder).orphans() == []


@pytest.mark.slow
def test_two_crashed_processes_on_one_file_lose_nothing(
        make_window: WindowFactory, manager: WindowManager, project_file: Path,
        recovery_folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first = Editor(project_file, recovery_folder, tmp_path / "first.ini", edits=1,
                   wait_for_snapshot=True)
    try:
        first.wait_ready()
        second = Editor(project_file, recovery_folder, tmp_path / "second.ini", edits=3,
                        wait_for_snapshot=True)
        try:
            second.wait_ready()
        finally:
            second.kill()
    finally:
        first.kill()

    window = make_window()
    offered = _restore_all(manager, window, monkeypatch)

    assert sorted(s.title for s in offered) == ["Edit 1 of parcours-demo",
                                                "Edit 3 of parcours-demo"]
    windows = [w for w in manager.windows if w.document.path == project_file.resolve()]
    assert len(windows) == 2
    # One of them edits the file; the other is a read-only copy, to save under another name.
    assert sorted(w.files.read_only for w in windows) == [False, True]


def test_restored_work_does_not_overwrite_a_file_changed_since_the_crash(
        make_window: WindowFactory, manager: WindowManager, project_file: Path,
        recovery_folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    editor = Editor(project_file, recovery_folder, tmp_path / "child.ini", edits=1,
                    wait_for_snapshot=True)
    try:
        editor.wait_ready()
    finally:
        editor.kill()
    _changed_elsewhere(project_file, "Changed after the crash")
    _restore_all(manager, make_window(), monkeypatch)
    window = next(w for w in manager.windows if w.document.path == project_file.resolve())
    asked: list[list[str]] = []
    monkeypatch.setattr(Prompts, "ask_changed_on_disk",
                        lambda self, name, differences, backup: asked.append(differences)
                        or prompts.DiskChoice.CANCEL)

    assert not window.files.save()

    assert asked == [["different title"]]
    assert load_project(project_file).title == "Changed after the crash"


# =========================================================================== fuzzing


def test_fuzzed_inputs_are_read_or_refused_cleanly(qapp: object) -> None:
    """A short run of tools/fuzz_inputs.py: no traceback, no hang (the full run is there)."""
    tallies = fuzz(seconds=90, seed_value=20261204, examples=40, hang=5.0)
    assert [(t.name, t.failed, t.hung) for t in tallies if t.failed or t.hung] == [], \
        [failure for t in tallies for failure in t.failures[:1]]
    assert [t.tried for t in tallies] == [40] * len(tallies)

