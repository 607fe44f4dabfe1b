"""Wires the parking lot into a window: a panel below the map (View ▸ Panels)."""

from __future__ import annotations

from PySide6.QtWidgets import QMainWindow, QMenu, QWidget

from cxdesigner.ui.i18n import translate
from cxdesigner.ui.panel_context import PanelContext
from cxdesigner.ui.panels import PanelDock, add_bottom_panel
from cxdesigner.ui.workshop.parking_lot import ParkingLot

PLACE_SEPARATOR = " \u203a "


def place_in_view(context: PanelContext) -> str:
    """Where the consultant is, in words: the journey in view and the stage of the selected
    card (the journey alone when nothing is selected)."""
    journey = context.journey()
    if journey is None:
        return ""
    selected = set(context.selected_touchpoint_ids())
    stage = next((stage.name for stage, tp in journey.touchpoints() if tp.id in selected), None)
    return PLACE_SEPARATOR.join(part for part in (journey.name, stage) if part)


def install_workshop_panels(window: QMainWindow, context: PanelContext,
                            panels_menu: QMenu) -> PanelDock[ParkingLot]:
    """Give ``window`` the parking lot panel, below the map, hidden at first."""

    def build(parent: QWidget) -> ParkingLot:
        return ParkingLot(context.document, lambda: place_in_view(context), parent)

    dock = PanelDock(translate("Workshop", "Parking Lot"), "parkingLotDock", build, window)
    add_bottom_panel(window, panels_menu, dock)
    return dock
