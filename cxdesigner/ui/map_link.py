"""Keeps a panel context in step with a window's maps: journey in view, selection, requests."""

from __future__ import annotations

from cxdesigner.canvas import JourneyView
from cxdesigner.ui.journey_tabs import JourneyTabs
from cxdesigner.ui.panel_context import PanelContext


def link_maps(context: PanelContext, tabs: JourneyTabs) -> None:
    """The context follows the tab in view and its selection; a panel's request to show a
    touchpoint brings its map to the front with the touchpoint selected."""

    def follow() -> None:
        view = tabs.current_view()
        journey_id = tabs.current_journey_id()
        context.set_view(journey_id, view.selected_touchpoint_ids() if view is not None else [])

    def watch(view: JourneyView) -> None:
        view.selection_changed.connect(lambda v=view: follow() if v is tabs.current_view()
                                       else None)

    def show(journey_id: str, touchpoint_id: str) -> None:
        tabs.show_journey(journey_id)
        view = tabs.current_view()
        if view is not None and view.journey_id == journey_id:
            view.select_touchpoint(touchpoint_id)

    context.maps = tabs
    tabs.current_changed.connect(follow)
    tabs.view_created.connect(watch)
    for view in tabs.views():
        watch(view)
    context.journey_requested.connect(tabs.show_journey)
    context.touchpoint_requested.connect(show)
    follow()

