"""Another file opened in a window: the map, the menus and every panel follow the new project."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDockWidget
from ui_support import ROOT, WindowFactory

from cxdesigner.io import save_project
from cxdesigner.io.csv_journeys import import_touchpoints


def workshop_file(folder: Path) -> Path:
    """A project of one journey, made from the workshop spreadsheet (no target journey)."""
    path = folder / "atelier.cxd"
    save_project(import_touchpoints(ROOT / "tests" / "data" / "csv" / "atelier-parcours.csv")
                 .project, path)
    return path


def test_opening_a_file_over_a_project_with_a_target_journey(
        make_window: WindowFactory, demo_copy: Path, tmp_path: Path) -> None:
    window = make_window()
    assert window.files.open_path(demo_copy)
    window.tabs.show_journey("j-cible")
    for dock in window.findChildren(QDockWidget):
        dock.show()  # every panel follows the project, shown or not
    other = workshop_file(tmp_path)

    assert window.files.open_path(other)  # an exception in any slot fails the test

    journey = window.document.project.journeys[0]
    assert window.tabs.current_journey_id() == journey.id
    count = sum(1 for _ in journey.touchpoints())
    assert window.count_label.text() == f"Touchpoints: {count}"
    assert window.target_journeys.action.text() == "Create &Target Journey"
    assert window.target_journeys.action.isEnabled()
