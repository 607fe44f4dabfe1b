"""The PDF prints the vocabulary's words, the same the interface shows, in French and English."""

from __future__ import annotations

import io

import pdfplumber
import pytest
from export_support import build_tiny_project

from cxdesigner.export import ALL_SECTIONS, ExportOptions, PaperSize, render_pdf
from cxdesigner.model import (
    ActionStatus,
    Criticality,
    FlowKind,
    Journey,
    JourneyKind,
    MomentOfTruth,
    Project,
    Stage,
    SurveyIndicator,
    Touchpoint,
    VerbatimSource,
)
from cxdesigner.vocabulary import label


def _words(data: bytes) -> str:
    """The text of every page, every run of white space (no-break ones too) made one space."""
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        # In drawing order: a label wrapped on two lines reads as one, not mixed with the
        # text level with it in the next column.
        text = " ".join(page.extract_text(use_text_flow=True) for page in pdf.pages)
    return " ".join(text.replace("\u00a0", " ").split())


@pytest.mark.parametrize("language", ["fr", "en"])
def test_the_pdf_prints_the_vocabulary(language: str) -> None:
    project = build_tiny_project()
    data, _ = render_pdf(project, ExportOptions(paper=PaperSize.parse("A4"), language=language))
    text = _words(data)

    expected = [setting.lane for setting in project.journeys[0].lanes if setting.visible]
    expected += [moment for moment in MomentOfTruth if moment is not MomentOfTruth.NONE]
    expected += [*Criticality, *FlowKind, JourneyKind.CURRENT, ActionStatus.PLANNED,
                 VerbatimSource.REVIEW, SurveyIndicator.NPS]
    missing = [label(value, language) for value in expected
               if " ".join(label(value, language).replace("\u00a0", " ").split()) not in text]
    assert missing == []



def _with_a_target(project: Project) -> Project:
    """``project`` with a target journey that drops the current journey's pain point."""
    current = project.journeys[0]
    stage = Stage(id="s-t", name="Tout", touchpoints=[Touchpoint(id="tp-t", title="Rappel")])
    target = Journey(id="j2", name="Demain", kind=JourneyKind.TARGET,
                     improves_journey_id=current.id, stages=[stage])
    project.journeys = [current, target]
    return project


def test_english_prints_pain_points_and_french_irritants() -> None:
    printed = {language: _words(render_pdf(_with_a_target(build_tiny_project()), ExportOptions(
        paper=PaperSize.parse("A4"), language=language, sections=ALL_SECTIONS))[0])
        for language in ("fr", "en")}

    assert "Irritants" in printed["fr"] and "Écart / irritant" in printed["fr"]
    assert "Pain points" in printed["en"] and "Gap / pain point" in printed["en"]
    assert "Pain points: 1 \u2192 0" in printed["en"] and "Pain points removed" in printed["en"]
    assert "irritant" not in printed["en"].casefold()
