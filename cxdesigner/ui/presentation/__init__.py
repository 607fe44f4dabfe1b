"""Presentation mode: the map full screen for a room, stage by stage, still editable by keys."""

from __future__ import annotations

from typing import TYPE_CHECKING

from cxdesigner.ui.presentation.controller import PresentationController
from cxdesigner.ui.presentation.screens import presentation_screen
from cxdesigner.ui.presentation.window import PresentationWindow

if TYPE_CHECKING:
    from cxdesigner.ui.main_window import MainWindow

__all__ = ["PresentationController", "PresentationWindow", "install_presentation",
           "presentation_screen"]


def install_presentation(window: MainWindow) -> PresentationController:
    """Add View ▸ Presentation (F5) after the zoom entries."""
    controller = PresentationController(window)
    menu = window.menus.view
    entries = menu.actions()
    anchor = window.editor_actions.fit_to_window
    index = entries.index(anchor) + 1 if anchor in entries else len(entries)
    if index < len(entries):
        menu.insertSeparator(entries[index])
        menu.insertAction(entries[index], controller.action)
    else:
        menu.addSeparator()
        menu.addAction(controller.action)
    return controller
