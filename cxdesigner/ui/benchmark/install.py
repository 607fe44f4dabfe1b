"""Wires the sector barometer panel into a window: its dock, View ▸ Panels and the import."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu, QWidget

from cxdesigner.ui.i18n import translate
from cxdesigner.ui.panel_context import PanelContext
from cxdesigner.ui.panels import PanelDock, add_bottom_panel

if TYPE_CHECKING:
    from cxdesigner.ui.benchmark.panel import BenchmarkPanel


def install_benchmark(window: QMainWindow, context: PanelContext, panels_menu: QMenu,
                      import_menu: QMenu) -> PanelDock[BenchmarkPanel]:
    """Give ``window`` the sector barometer panel, made the first time it is shown, and
    File ▸ Import ▸ Players' Scores."""

    def import_scores() -> None:
        from cxdesigner.ui.benchmark.importing import import_scores_file

        import_scores_file(context)

    def build(parent: QWidget) -> BenchmarkPanel:
        from cxdesigner.ui.benchmark.panel import BenchmarkPanel

        return BenchmarkPanel(context, parent)

    dock = PanelDock(translate("Benchmark", "Sector Barometer"), "benchmarkDock", build, window)
    add_bottom_panel(window, panels_menu, dock)
    action = QAction(translate("Benchmark", "Players' Scores (Excel or CSV)…"), window)
    action.setObjectName("importPlayersScores")
    action.setStatusTip(translate("Benchmark", "Add the sector barometer's scores from a "
                                               "spreadsheet: one row per player, criterion "
                                               "and assessor"))
    action.setEnabled(not context.read_only)
    action.triggered.connect(import_scores)
    import_menu.addAction(action)
    return dock
