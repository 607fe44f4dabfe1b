"""The export dialog's summary: what it says of the maps and pages an export makes."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from cxdesigner.export import JourneyPrint, Orientation, PageInfo, Section
from cxdesigner.ui.export_preview import PreviewPlan
from cxdesigner.ui.export_summary import describe
from cxdesigner.ui.i18n import LanguageInstaller


def test_a_sheet_that_holds_the_map_once_turned_says_how(qtbot: QtBot) -> None:
    turned = JourneyPrint("j1", "Achat", 2, 1.0, 6.5, cut=True, one_sheet="A1",
                          one_sheet_turned=Orientation.PORTRAIT)
    assert "One A1 sheet in portrait would hold it whole." in describe(
        PreviewPlan((), (), 0, (turned,)))
    larger = JourneyPrint("j1", "Achat", 2, 1.0, 6.5, cut=True, one_sheet="A0")
    assert "One A0 sheet would hold it whole." in describe(PreviewPlan((), (), 0, (larger,)))


@pytest.fixture
def french(qapp: QApplication) -> Iterator[None]:
    installer = LanguageInstaller()
    assert installer.install("fr")
    yield
    installer.remove()


def test_every_section_is_named_in_the_interface_language(french: None) -> None:
    a4 = (595.0, 842.0)
    kinds = ["map", "benchmark", "benchmark", "benchmark", "backstage", "actions"]
    pages = tuple(PageInfo(number, kind, a4) for number, kind in enumerate(kinds, start=1))
    left_out = frozenset({Section.BENCHMARK, Section.BACKSTAGE})
    text = describe(PreviewPlan(pages, (), 0, left_out=left_out))
    assert "baromètre du secteur (3), coulisses et niveaux de preuve (1), " \
        "plan d’actions (1)" in text
    assert "benchmark" not in text and "backstage" not in text
