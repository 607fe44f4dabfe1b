"""What the actions are worth, after the action plan: assumptions, ranks, totals, read back."""

from __future__ import annotations

from benchmark_support import valued
from export_support import reader

from cxdesigner.export import ExportOptions, Section, render_pdf
from cxdesigner.model import Project

ONLY = frozenset({Section.ACTIONS})


def _text(data: bytes) -> str:
    text = "\n".join(page.extract_text() for page in reader(data).pages)
    return " ".join(text.replace("\u00a0", " ").replace("\u202f", " ").split())


def test_the_report_shows_the_value_expected_obtained_and_open_in_french() -> None:
    text = _text(render_pdf(valued(), ExportOptions(sections=ONLY, language="fr"))[0])
    assert "Ce que valent les actions" in text
    assert ("• 1 point de NPS = 120 000 € / an (0,4 % de réachat) ; source : Étude fidélité "
            "2024.") in text
    assert ("1 point de Délai (jours) = 8 000 € / AN \u00d7 \u22121 (plus bas = mieux) ; "
            "source non précisée.") in text
    # The hand-worked totals of tests/analysis/test_action_value.py.
    assert ("• € / an : attendu 2 296 000 € / an (6 actions), obtenu 248 000 € / an "
            "(3 mesurées), encore ouvert 1 440 000 € / an (3 actions non mesurées).") in text
    # Ranked by value for effort: "dedie" first (360 000 / 5 = 72 000 per day).
    assert "1 dedie (35 \u2212 32) = 3 \u00d7 120 000 € / an = 360 000 € / an" in text
    assert "manque : le KPI avant l’action" in text  # "retour": no figure, what it lacks


def test_in_english_and_not_without_a_value_of_a_point() -> None:
    text = _text(render_pdf(valued(), ExportOptions(sections=ONLY, language="en"))[0])
    assert "What the actions are worth" in text
    assert "missing: the value of a point of its KPI" in text  # "bot"
    project = valued()
    project.point_values = []
    text = _text(render_pdf(project, ExportOptions(sections=ONLY, language="en"))[0])
    assert "What the actions are worth" not in text
    assert "What the actions are worth" not in _text(render_pdf(
        Project(title="Vide"), ExportOptions(sections=ONLY, language="en"))[0])
