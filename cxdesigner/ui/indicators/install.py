"""Wires the indicator panel into a window: its dock, the chips on the cards, the import."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu, QWidget

from cxdesigner.ui.i18n import translate
from cxdesigner.ui.indicators.map_badges import MapBadges
from cxdesigner.ui.panel_context import PanelContext
from cxdesigner.ui.panels import PanelDock, add_bottom_panel

if TYPE_CHECKING:
    from cxdesigner.ui.indicators.panel import IndicatorsPanel


def install_indicators(window: QMainWindow, context: PanelContext, panels_menu: QMenu,
                       import_menu: QMenu) -> PanelDock[IndicatorsPanel]:
    """Give ``window`` the indicator panel, the chips on the cards, and File ▸ Import ▸ answers."""

    def build(parent: QWidget) -> IndicatorsPanel:
        from cxdesigner.ui.indicators.panel import IndicatorsPanel

        return IndicatorsPanel(context, parent)

    def import_answers() -> None:
        from cxdesigner.ui.indicators.answers import import_answers_file

        import_answers_file(context)

    dock = PanelDock(translate("Indicators", "Indicators and Barometer"), "indicatorsDock",
                     build, window)
    add_bottom_panel(window, panels_menu, dock)
    if context.maps is not None:
        MapBadges(context.document, context.maps)
    action = QAction(translate("Indicators", "Survey Answers (Excel or CSV)…"), window)
    action.setObjectName("importSurveyAnswers")
    action.setStatusTip(translate("Indicators", "Add NPS, CSAT and CES answers from a "
                                                "spreadsheet file"))
    action.setEnabled(not context.read_only)
    action.triggered.connect(import_answers)
    import_menu.addAction(action)
    return dock
