"""The sector barometer pages: radar, strengths, every figure and the waves, read back."""

from __future__ import annotations

import itertools
import statistics
from collections import defaultdict
from pathlib import Path

import pypdfium2 as pdfium
from benchmark_support import sector, two_waves_one_criterion_short
from export_support import reader

from cxdesigner.analysis.benchmark import benchmark
from cxdesigner.cli import main
from cxdesigner.drawing.benchmark_chart import player_styles
from cxdesigner.export import DEFAULT_SECTIONS, ExportOptions, Section, render_pdf
from cxdesigner.io import save_project
from cxdesigner.layout import palette
from cxdesigner.model import CriterionScore, Project

ONLY = frozenset({Section.BENCHMARK})
MARK_STEP = 40
"""Grey levels (of 255) between the colours offered to the first four players."""


def _text(data: bytes) -> str:
    text = "\n".join(page.extract_text() for page in reader(data).pages)
    return " ".join(text.replace("\u00a0", " ").replace("\u202f", " ").split())


def test_the_section_is_asked_for() -> None:
    assert Section.BENCHMARK not in DEFAULT_SECTIONS
    _, result = render_pdf(sector(), ExportOptions(sections=ONLY))
    assert {page.kind for page in result.pages} == {"benchmark"}


def test_the_sector_barometer_reads_back_in_french() -> None:
    data, _ = render_pdf(sector(), ExportOptions(sections=ONLY, language="fr"))
    text = _text(data)
    assert "Baromètre du secteur" in text
    assert "Achat en magasin · Vague 2 (1er septembre 2024)" in text
    assert "7 grilles d’évaluation." in text
    # The radar's axes and legend.
    for word in ("Fonctionnel", "Émotionnel", "Sensoriel", "Brico Nord", "Mr Bricolage"):
        assert word in text
    assert "Points forts de Brico Nord" in text
    assert ("• Émotionnel : Brico Nord est en tête à égalité avec Leroy (8,5/10, n = 2), "
            "2,5 points devant Castor (6,0/10).") in text
    assert "Points de vigilance • Sensoriel : Brico Nord est 3e sur 4 (5,5/10, n = 2)" in text
    # Each criterion best rank first: Brico Nord (7 + 8) / 2 = 7,5, n 2, 7 to 8, rank 1.
    assert "Fonctionnel Brico Nord 7,5 2 7,0 – 8,0 1 +0,0" not in text  # no sign on zero
    assert "Fonctionnel Brico Nord 7,5 2 7,0 – 8,0 1 0,0" in text
    assert "Mr Bricolage 5,0 1 5,0 – 5,0 4 -2,5" in text
    assert "Mr Bricolage — 0 — — —" in text  # not scored on Émotionnel
    # Overall: Leroy (6 + 8,5 + 8) / 3 = 7,5 first; Brico Nord 21,5 / 3 = 7,2, 0,3 behind.
    assert "Moyenne générale Leroy 7,5 3 6,0 – 8,5 1 0,0" in text
    assert "Brico Nord 7,2 3 5,5 – 8,5 2 -0,3" in text
    # The evolution from wave 1 to wave 2, and each mean's change.
    assert "Évolution de « Vague 1 » à « Vague 2 »" in text
    assert ("• Brico Nord : 6,0/10 → 7,2/10 de « Vague 1 » à « Vague 2 » (+1,2 point), "
            "rang 3 → 2.") in text
    assert "• Mr Bricolage : non noté lors de « Vague 1 »." in text
    assert "Fonctionnel +1,5 -0,5 0,0 —" in text
    assert "Moyenne générale +1,2 +0,2 +1,2 —" in text
    # The other journey: Castor alone, on one criterion: no radar, no one else listed.
    assert "Autre parcours · Vague 2 (1er septembre 2024)" in text
    assert "Le radar demande au moins 3 critères notés" in text
    assert "Fonctionnel Castor 1,0 1 1,0 – 1,0 1 0,0 Moyenne générale Castor" in text
    assert "1 grille d’évaluation." in text


def test_the_sector_barometer_in_english() -> None:
    data, _ = render_pdf(sector(), ExportOptions(sections=ONLY, language="en"))
    text = _text(data)
    assert "Sector barometer" in text and "Achat en magasin · Vague 2 (1 September 2024)" in text
    assert "Brico Nord's strengths" in text
    assert "Sensorial: Brico Nord ranks 3rd of 4 (5.5/10, n = 2), 2.5 points behind" in text
    assert "Overall Leroy 7.5 3 6.0 – 8.5 1 0.0" in text
    assert "From 'Vague 1' to 'Vague 2'" in text
    assert "Only one wave is scored" in text  # the other journey


def test_default_criteria_are_named_in_the_language_of_the_pdf() -> None:
    project = sector()
    project.scorecards[0].scores.append(CriterionScore(criterion="Délai de rappel", score=6))
    english = _text(render_pdf(project, ExportOptions(sections=ONLY, language="en"))[0])
    assert "Functional" in english and "Emotional" in english and "Sensorial" in english
    assert "Fonctionnel" not in english and "Émotionnel" not in english
    assert "Délai de rappel" in english  # the user's own criterion, as typed
    french = _text(render_pdf(project, ExportOptions(sections=ONLY, language="fr"))[0])
    assert "Fonctionnel" in french and "Functional" not in french


def test_without_waves_every_score_is_read() -> None:
    project = sector()
    for card in project.scorecards:
        card.wave_id = None
    project.waves = []
    data, _ = render_pdf(project, ExportOptions(sections=ONLY, language="en"))
    text = _text(data)
    # Functional over both rounds: Brico Nord (7 + 8 + 6) / 3 = 7, Castor (7.5 + 8) / 2.
    assert "Achat en magasin · every score" in text
    assert "Fonctionnel" not in text and "Functional Castor 7.8 2 7.5 – 8.0 1 0.0" in text
    assert "Brico Nord 7.0 3 6.0 – 8.0 2 -0.8" in text
    assert "From " not in text and "Only one wave" not in text


def test_a_project_without_players_says_what_to_do() -> None:
    data, _ = render_pdf(Project(title="Vide"), ExportOptions(sections=ONLY, language="fr"))
    assert "Aucun acteur n’est noté sur ces parcours : nommez les acteurs du secteur" in \
        _text(data)


def test_the_cli_prints_it_when_named(tmp_path: Path) -> None:
    path = tmp_path / "bricolage.cxd"
    save_project(sector(), path)
    output = tmp_path / "out.pdf"
    assert main(["export-pdf", str(path), "-o", str(output), "--sections=benchmark"]) == 0
    assert "Baromètre du secteur" in _text(output.read_bytes())


def test_each_player_is_drawn_its_own_way() -> None:
    project = sector()
    styles = player_styles(benchmark(project, project.journeys[0]))
    assert len({(style.mark, style.dash) for style in styles.values()}) == 4
    assert styles["nord"].width > styles["castor"].width  # the client's line is the widest


def test_the_players_colours_differ_in_grey() -> None:
    data, _ = render_pdf(sector(), ExportOptions(sections=ONLY))
    page = pdfium.PdfDocument(data)[0]
    colour = page.render(scale=3).to_pil().convert("RGB")
    grey = page.render(scale=3, grayscale=True).to_pil().convert("L")
    wanted = {palette.player_colour(index): index for index in range(4)}
    rgb = {tuple(int(code[i:i + 2], 16) for i in (1, 3, 5)): code for code in wanted}
    found: dict[str, list[int]] = defaultdict(list)
    for pixel, level in zip(colour.get_flattened_data(), grey.get_flattened_data(),
                            strict=True):
        if pixel in rgb:
            found[rgb[pixel]].append(level)
    assert set(found) == set(wanted)
    greys = {code: statistics.median(levels) for code, levels in found.items()}
    step = min(abs(greys[a] - greys[b]) for a, b in itertools.combinations(greys, 2))
    assert step >= MARK_STEP, greys


def test_an_evolution_says_which_criteria_it_compares() -> None:
    data, _ = render_pdf(two_waves_one_criterion_short(),
                         ExportOptions(sections=ONLY, language="fr"))
    text = _text(data)
    # Hand-worked in tests/analysis/test_benchmark.py: +0,8 on the five criteria of both.
    assert ("• Brunel : 6,4/10 → 7,2/10 de « Vague 1 » à « Vague 2 » sur les 5 critères "
            "notés aux deux vagues, hors Sociétal (+0,8 point), rang 2 → 1.") in text
    assert "Sociétal — 0,0" in text
    assert "Moyenne générale (critères notés aux deux vagues) +0,8 +0,2" in text
