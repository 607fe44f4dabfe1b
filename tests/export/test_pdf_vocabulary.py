"""The PDF prints the vocabulary's words, the same the interface shows, in French and English."""

from __future__ import annotations

import io

import pdfplumber
import pytest
from export_support import build_tiny_project

from cxdesigner.export import ExportOptions, PaperSize, render_pdf
from cxdesigner.model import (
    ActionStatus,
    Criticality,
    FlowKind,
    JourneyKind,
    MomentOfTruth,
    SurveyIndicator,
    VerbatimSource,
)
from cxdesigner.vocabulary import label


def _words(data: bytes) -> str:
    """The text of every page, every run of white space (no-break ones too) made one space."""
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        text = " ".join(page.extract_text() for page in pdf.pages)
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

