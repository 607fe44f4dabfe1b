"""The document: metadata, language, sections, journeys and personas, progress, determinism."""

from __future__ import annotations

import gc
import io
import os
import stat
import subprocess
import sys
from pathlib import Path

import pdfplumber
import pytest
from export_support import build_tiny_project, reader
from pypdf.generic import DictionaryObject

from cxdesigner.export import (
    ALL_SECTIONS,
    ExportError,
    ExportOptions,
    PaperSize,
    Section,
    export_pdf,
    render_pdf,
)
from cxdesigner.model import Journey, JourneyKind, Persona, Stage, Touchpoint

A4 = PaperSize.parse("A4")
A3 = PaperSize.parse("A3")


def _text(data: bytes) -> str:
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return "\n".join(page.extract_text() for page in pdf.pages)


def _language(data: bytes) -> str:
    root = reader(data).trailer["/Root"].get_object()
    assert isinstance(root, DictionaryObject)
    return str(root["/Lang"])


def test_the_same_project_gives_the_same_bytes() -> None:
    project = build_tiny_project()
    first, _ = render_pdf(project, ExportOptions(paper=A4))
    second, _ = render_pdf(build_tiny_project(), ExportOptions(paper=A4))
    assert first == second


def test_metadata_and_language_are_set_from_the_project() -> None:
    data, _ = render_pdf(build_tiny_project(), ExportOptions(paper=A4, author="Claire Martin"))
    pdf = reader(data)
    info = pdf.metadata
    assert info is not None
    assert info.title == "Réparations « Brunel » — Parcours de réparation"
    assert info.author == "Claire Martin"
    assert info.subject == "Carte du parcours client · Brunel Électroménager"
    assert str(info["/CreationDate"]).startswith("D:20250415")  # the project's, not today's
    assert _language(data) == "fr-FR"


def test_english_labels_on_request() -> None:
    data, _ = render_pdf(build_tiny_project(), ExportOptions(paper=A4, language="en"))
    text = _text(data)
    assert "Moments of truth" in text and "Current journey" in text and "Action plan" in text
    assert "Moments de vérité" not in text
    assert _language(data) == "en-GB"


def test_the_title_block_says_what_the_map_is() -> None:
    data, _ = render_pdf(build_tiny_project(), ExportOptions(
        paper=A4, sections=frozenset({Section.MAP})))
    text = _text(data)
    for expected in ("Parcours actuel", "Parcours de réparation", "Réparations « Brunel »",
                     "Brunel Électroménager", "Léa, cliente pressée", "15 avril 2025",
                     "PROJET", "CLIENT", "PERSONA", "DATE"):
        assert expected in text
    assert "VERSION" not in text  # the file format is no business of the client's


@pytest.mark.parametrize("left_out", [Section.PERSONAS, Section.ACTIONS, Section.INDICATORS,
                                      Section.VERBATIMS])
def test_a_section_left_out_makes_no_page(left_out: Section) -> None:
    _, full = render_pdf(build_tiny_project(), ExportOptions(paper=A4))
    _, without = render_pdf(build_tiny_project(), ExportOptions(
        paper=A4, sections=ALL_SECTIONS - {left_out}))
    assert left_out.value in [page.kind for page in full.pages]
    assert left_out.value not in [page.kind for page in without.pages]


def test_the_legend_alone_gets_its_own_page() -> None:
    data, result = render_pdf(build_tiny_project(), ExportOptions(
        paper=A4, sections=frozenset({Section.LEGEND})))
    assert [page.kind for page in result.pages] == ["legend"]
    assert "Moments de vérité" in _text(data)


def test_the_indicators_show_the_score_with_its_n() -> None:
    data, _ = render_pdf(build_tiny_project(), ExportOptions(
        paper=A4, sections=frozenset({Section.INDICATORS})))
    text = _text(data)
    # 10, 9, 7, 3, 10: three promoters, one detractor out of five: NPS +40.
    assert "+40 5" in text
    assert "promoteurs : 3 · passifs : 1 · détracteurs : 1" in text.replace("\u00a0", " ")


def _two_journeys() -> tuple[Journey, Journey]:
    project = build_tiny_project()
    current = project.journeys[0]
    stage = Stage(id="s-t", name="Tout", touchpoints=[Touchpoint(id="tp-t", title="Rappel")])
    target = Journey(id="j2", name="Parcours cible réparé", kind=JourneyKind.TARGET,
                     improves_journey_id=current.id, stages=[stage])
    return current, target


def test_every_journey_one_after_the_other_or_the_ones_asked_for() -> None:
    project = build_tiny_project()
    current, target = _two_journeys()
    project.journeys = [current, target]
    _, both = render_pdf(project, ExportOptions(paper=A3, sections=frozenset({Section.MAP})))
    assert [page.journey_id for page in both.pages] == ["j1", "j2"]
    _, one = render_pdf(project, ExportOptions(paper=A3, journeys=("parcours CIBLE réparé",),
                                               sections=frozenset({Section.MAP})))
    assert [page.journey_id for page in one.pages] == ["j2"]
    with pytest.raises(ExportError, match=r"no journey 'Inconnu'.*Parcours de réparation"):
        render_pdf(project, ExportOptions(journeys=("Inconnu",)))


def test_the_chosen_persona_drives_emotion_and_criticality() -> None:
    project = build_tiny_project()
    other = Persona(id="p-max", name="Max")
    project.personas = [*project.personas, other]
    tp = project.journeys[0].stages[0].touchpoints[0]
    tp.persona_emotions = {"p-max": -3}
    data, _ = render_pdf(project, ExportOptions(paper=A4, persona="max",
                                                sections=frozenset({Section.MAP})))
    text = _text(data)
    assert "Max" in text and "-3" in text
    with pytest.raises(ExportError, match="no persona 'Zoé'"):
        render_pdf(project, ExportOptions(persona="Zoé"))


def test_progress_counts_every_page_up_to_the_total() -> None:
    calls: list[tuple[int, int]] = []
    render_pdf(build_tiny_project(), ExportOptions(paper=A4),
                           progress=lambda done, total: calls.append((done, total)))
    assert calls[-1][0] == calls[-1][1]
    assert [done for done, _ in calls] == list(range(1, len(calls) + 1))
    assert len({total for _, total in calls}) == 1


def test_the_cycle_collector_rests_while_printing_and_works_again_after() -> None:
    during: list[bool] = []
    render_pdf(build_tiny_project(), ExportOptions(paper=A4),
               progress=lambda done, total: during.append(gc.isenabled()))
    assert during and not any(during)
    assert gc.isenabled()
    with pytest.raises(ExportError):
        render_pdf(build_tiny_project(), ExportOptions(journeys=("Inconnu",)))
    assert gc.isenabled()


def test_export_writes_the_file_and_leaves_no_temporary_behind(tmp_path: Path) -> None:
    target = tmp_path / "carte.pdf"
    target.write_bytes(b"old")
    result = export_pdf(build_tiny_project(), target, ExportOptions(paper=A4))
    assert target.read_bytes().startswith(b"%PDF")
    assert len(reader(target.read_bytes()).pages) == result.page_count
    assert [p.name for p in tmp_path.iterdir()] == ["carte.pdf"]


def test_an_exported_pdf_gets_the_usual_permissions(tmp_path: Path) -> None:
    previous = os.umask(0o022)
    try:
        export_pdf(build_tiny_project(), tmp_path / "carte.pdf", ExportOptions(paper=A4))
    finally:
        os.umask(previous)
    assert stat.S_IMODE((tmp_path / "carte.pdf").stat().st_mode) == 0o644


def test_a_replaced_pdf_keeps_its_permissions(tmp_path: Path) -> None:
    target = tmp_path / "carte.pdf"
    target.write_bytes(b"old")
    target.chmod(0o664)
    export_pdf(build_tiny_project(), target, ExportOptions(paper=A4))
    assert stat.S_IMODE(target.stat().st_mode) == 0o664


def test_a_failed_export_leaves_the_old_file(tmp_path: Path) -> None:
    target = tmp_path / "carte.pdf"
    target.write_bytes(b"old")
    with pytest.raises(ExportError):
        export_pdf(build_tiny_project(), target, ExportOptions(journeys=("Inconnu",)))
    assert target.read_bytes() == b"old"


@pytest.mark.parametrize(("options", "message"), [
    ({"scale": 0}, "scale"), ({"overlap_mm": 80}, "overlap"), ({"strips": 12}, "strips"),
    ({"tile": PaperSize.parse("A2")}, "office"), ({"sections": frozenset()}, "section"),
    ({"min_text": 2}, "smallest text"), ({"min_text": 40}, "smallest text"),
])
def test_impossible_options_are_refused_with_a_reason(options: dict[str, object],
                                                      message: str) -> None:
    with pytest.raises(ExportError, match=message):
        ExportOptions(**options)  # type: ignore[arg-type]


def test_the_export_layer_never_loads_qt() -> None:
    code = ("import sys; import cxdesigner.export, cxdesigner.cli.export_pdf_command; "
            "assert not any(m.startswith(('PySide6', 'shiboken6')) for m in sys.modules)")
    subprocess.run([sys.executable, "-c", code], check=True)
