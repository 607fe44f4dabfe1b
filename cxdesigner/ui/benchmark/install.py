"""Wires the sector barometer panel into a window: its dock and its View ▸ Panels entry."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMainWindow, QMenu, QWidget

from cxdesigner.ui.i18n import translate
from cxdesigner.ui.panel_context import PanelContext
from cxdesigner.ui.panels import PanelDock, add_bottom_panel

if TYPE_CHECKING:
    from cxdesigner.ui.benchmark.panel import BenchmarkPanel


def install_benchmark(window: QMainWindow, context: PanelContext,
                      panels_menu: QMenu) -> PanelDock[BenchmarkPanel]:
    """Give ``window`` the sector barometer panel, made the first time it is shown."""

    def build(parent: QWidget) -> BenchmarkPanel:
        from cxdesigner.ui.benchmark.panel import BenchmarkPanel

        return BenchmarkPanel(context, parent)

    dock = PanelDock(translate("Benchmark", "Sector Barometer"), "benchmarkDock", build, window)
    add_bottom_panel(window, panels_menu, dock)
    return dock
