"""Presentation mode: the map full screen for a room, stage by stage, still editable by keys."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from cxdesigner.ui.panel_context import PanelContext
from cxdesigner.ui.presentation.controller import PresentationController

__all__ = ["PresentationController", "install_presentation"]


def install_presentation(context: PanelContext, view_menu: QMenu,
                         after: QAction) -> PresentationController:
    """Add View ▸ Presentation (F5) and Facilitator's Console (Ctrl+F5) to ``view_menu``,
    after ``after`` (the zoom entries)."""
    controller = PresentationController(context, context)
    entries = view_menu.actions()
    index = entries.index(after) + 1 if after in entries else len(entries)
    if index < len(entries):
        view_menu.insertSeparator(entries[index])
        view_menu.insertActions(entries[index], [controller.action, controller.console_action])
    else:
        view_menu.addSeparator()
        view_menu.addActions([controller.action, controller.console_action])
    return controller
