"""The printed blueprint: on the map sheet (rows, lines, items, legend) and on the pages
behind the scenes (per stage, the evidence, the hypotheses to check first)."""

from __future__ import annotations

import io
from pathlib import Path

import pdfplumber
import pytest

from cxdesigner.export import ExportOptions, PaperSize, Section, render_pdf
from cxdesigner.io.csv_journeys import import_touchpoints
from cxdesigner.model import MomentOfTruth, Project

SHEET = Path(__file__).parent.parent / "data" / "csv" / "blueprint-livraison.csv"


def _project(language: str = "fr") -> Project:
    """The delivery sheet's project, its delivery a critical moment nobody checked."""
    project = import_touchpoints(SHEET, language="fr").project
    livraison = project.journeys[0].stages[1].touchpoints[2]
    livraison.moment = MomentOfTruth.CRITICAL
    return Project.model_validate({**project.model_dump(), "language": language})


def _pages(data: bytes) -> list[str]:
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return [page.extract_text() or "" for page in pdf.pages]


@pytest.mark.parametrize("language", ["fr", "en"])
def test_the_map_sheet_prints_the_blueprint_and_its_legend(language: str) -> None:
    data, _ = render_pdf(_project(language), ExportOptions(
        paper=PaperSize.parse("A3"), sections=frozenset({Section.MAP, Section.LEGEND})))
    (sheet,) = _pages(data)
    words = {"fr": ("Front-office", "Back-office", "Processus support", "Ligne d’interaction",
                    "Ligne de visibilité", "Ligne d’interaction interne",
                    "Planification des tournées", "Blueprint de service",
                    "point de défaillance (cause un irritant)",
                    "hachuré : hypothèse à vérifier"),
             "en": ("Front stage", "Back stage", "Support processes", "Line of interaction",
                    "Line of visibility", "Line of internal interaction",
                    "Planification des tournées", "Service blueprint",
                    "failure point (causes a pain point)", "hatched: a hypothesis to check")}
    text = sheet.replace("\u00a0", " ")
    for word in words[language]:
        # A name may wrap in its label, with the map's other lines read in between.
        assert word in text or all(part in text for part in word.split()), word
    assert text.count(words[language][3]) >= 2  # the line of interaction: column and stage


def test_a_map_without_blueprint_has_no_blueprint_legend() -> None:
    project = _project()
    project.journeys[0].show_blueprint = False
    data, _ = render_pdf(project, ExportOptions(
        paper=PaperSize.parse("A3"), sections=frozenset({Section.MAP, Section.LEGEND})))
    (sheet,) = _pages(data)
    assert "Blueprint de service" not in sheet and "Back-office" not in sheet
    assert "hypothèse à vérifier" in sheet  # the hatching is on every map


def test_the_pages_behind_the_scenes() -> None:
    data, result = render_pdf(_project(), ExportOptions(
        paper=PaperSize.parse("A4"), sections=frozenset({Section.BACKSTAGE})))
    assert [page.kind for page in result.pages] == ["backstage"]
    (page,) = _pages(data)
    text = page.replace("\u00a0", " ")
    assert "Coulisses et niveaux de preuve" in text
    # (cells of a row wrap side by side: read line by line, they interleave)
    assert "Achat Commande en ligne\n" in text  # the purchase has no back-stage support
    assert "Livraison Le livreur appelle avant de venir Planification des tournées Système " \
           "de commandes (DSI) ·" in text
    assert "Points de contact par niveau de preuve : Hypothèse 2 · Rapporté par les équipes " \
           "0 · Observé 1 · Mesuré 1" in text
    assert "1 Livraison Livraison et installation Critique" in text


def test_backstage_is_asked_for_not_printed_by_default() -> None:
    _, result = render_pdf(_project(), ExportOptions(paper=PaperSize.parse("A3")))
    assert "backstage" not in {page.kind for page in result.pages}
