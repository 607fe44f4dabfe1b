"""Wires the voice panel into a window: its dock, and verbatims dropped on the maps."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMainWindow, QMenu, QWidget

from cxdesigner.canvas import JourneyView
from cxdesigner.ui.i18n import translate
from cxdesigner.ui.panel_context import PanelContext
from cxdesigner.ui.panels import PanelDock, add_bottom_panel
from cxdesigner.ui.voice.attach import VerbatimDropFilter

if TYPE_CHECKING:
    from cxdesigner.ui.voice.panel import VoicePanel


def install_voice(window: QMainWindow, context: PanelContext,
                  panels_menu: QMenu) -> PanelDock[VoicePanel]:
    """Give ``window`` the voice panel (View ▸ Panels), below the map, hidden at first; a
    verbatim dragged from it onto a card of a map is attached there."""

    def build(parent: QWidget) -> VoicePanel:
        from cxdesigner.ui.voice.panel import VoicePanel

        return VoicePanel(context, parent)

    dock = PanelDock(translate("VoicePanel", "Voice of the Customer"), "voiceDock", build,
                     window)
    add_bottom_panel(window, panels_menu, dock)
    maps = context.maps
    if maps is not None:
        def accept_drops(view: JourneyView) -> None:
            VerbatimDropFilter(context, view)

        maps.view_created.connect(accept_drops)
        for view in maps.views():
            accept_drops(view)
    return dock
