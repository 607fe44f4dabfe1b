"""The export dialog's summary: what it says of the maps and pages an export makes."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from cxdesigner.export import JourneyPrint, Orientation
from cxdesigner.ui.export_preview import PreviewPlan
from cxdesigner.ui.export_summary import describe


def test_a_sheet_that_holds_the_map_once_turned_says_how(qtbot: QtBot) -> None:
    turned = JourneyPrint("j1", "Achat", 2, 1.0, 6.5, cut=True, one_sheet="A1",
                          one_sheet_turned=Orientation.PORTRAIT)
    assert "One A1 sheet in portrait would hold it whole." in describe(
        PreviewPlan((), (), 0, (turned,)))
    larger = JourneyPrint("j1", "Achat", 2, 1.0, 6.5, cut=True, one_sheet="A0")
    assert "One A0 sheet would hold it whole." in describe(PreviewPlan((), (), 0, (larger,)))
