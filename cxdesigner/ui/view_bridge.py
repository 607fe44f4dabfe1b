"""Connects the map views to the window: edit and view actions, persona, lanes, selection."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit

from cxdesigner.canvas import JourneyView
from cxdesigner.canvas.selection_history import SelectionHistory
from cxdesigner.document.commands import EditJourney
from cxdesigner.io.templates import bundled_template
from cxdesigner.model import LaneSetting
from cxdesigner.ui.dialogs import LanesDialog
from cxdesigner.ui.i18n import QT_TRANSLATE_NOOP, translate
from cxdesigner.ui.labels import interface_label

if TYPE_CHECKING:
    from cxdesigner.ui.main_window import MainWindow

MapCall = Callable[[JourneyView], None]

# Edit actions: (what the map does, method of a focused text field doing the same).
_CLIPBOARD: dict[str, tuple[MapCall, str]] = {
    "cut": (lambda view: view.map_actions.cut_selection(), "cut"),
    "copy": (lambda view: view.map_actions.copy_selection(), "copy"),
    "paste": (lambda view: view.map_actions.paste(), "paste"),
    "select_all": (lambda view: view.map_actions.select_all(), "selectAll")}
# Actions only the map does.
_VIEW_ONLY: dict[str, MapCall] = {
    "add_touchpoint": lambda view: view.map_actions.add_touchpoint_in_current_stage(),
    "rename": lambda view: view.map_actions.edit_selected_title(),
    "zoom_in": lambda view: view.navigation.zoom_in(),
    "zoom_out": lambda view: view.navigation.zoom_out(),
    "reset_zoom": lambda view: view.navigation.reset_zoom(),
    "fit_to_window": lambda view: view.navigation.fit_readable(view.current_stage_id())}


class ViewBridge(QObject):
    """The window's side of the map views (see ``cxdesigner.canvas.JourneyView``)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.read_only = False
        self._dark = False
        actions = window.editor_actions
        for name, (map_call, field_method) in _CLIPBOARD.items():
            getattr(actions, name).triggered.connect(
                lambda _c=False, c=map_call, f=field_method: self._edit(c, f))
        for name, map_call in _VIEW_ONLY.items():
            getattr(actions, name).triggered.connect(lambda _c=False, c=map_call: self._call(c))
        actions.delete.triggered.connect(self._delete)
        actions.add_stage_before.triggered.connect(lambda: self._add_stage(False))
        actions.add_stage_after.triggered.connect(lambda: self._add_stage(True))
        actions.highlight_switches.toggled.connect(lambda _on: self._apply_highlights())
        actions.highlight_handoffs.toggled.connect(lambda _on: self._apply_highlights())
        actions.edit_lanes.triggered.connect(self.edit_lanes)
        window.menus.templates.triggered.connect(
            lambda action: self._apply_template(str(action.data())))
        window.menus.lanes.aboutToShow.connect(self._fill_lanes_menu)
        window.persona_combo.currentIndexChanged.connect(lambda _i: self._apply_persona())
        window.persona_combo.setToolTip(translate(
            "MainWindow", "Show the emotion and criticality of one persona on the map"))
        document = window.document
        document.collection_changed.connect(self._on_collection_changed)
        document.project_replaced.connect(self._fill_personas)
        window.tabs.view_created.connect(self._connect_view)
        window.tabs.current_changed.connect(self.refresh)
        for view in window.tabs.views():
            self._connect_view(view)
        self._fill_personas()

    def current(self) -> JourneyView | None:
        return self._window.tabs.current_view()

    # ------------------------------------------------------------------ views

    def _connect_view(self, view: JourneyView) -> None:
        SelectionHistory(view)  # owned by the view
        view.installEventFilter(self._window)
        view.viewport().installEventFilter(self._window)
        view.selection_changed.connect(lambda v=view: self._on_selection_changed(v))
        view.zoom_changed.connect(lambda factor, v=view: self._on_zoom_changed(v, factor))
        view.status_message.connect(
            lambda text: self._window.statusBar().showMessage(text, 5000))
        view.help_requested.connect(self._window.show_shortcuts)
        view.set_dark_chrome(self._dark)
        view.set_persona(self._persona_id())
        actions = self._window.editor_actions
        view.set_highlights(actions.highlight_switches.isChecked(),
                            actions.highlight_handoffs.isChecked())
        view.setInteractive(not self.read_only)

    def refresh(self) -> None:
        """Another journey is shown (or none): actions, zoom, count and inspector follow."""
        view = self.current()
        for action in self._window.editor_actions.map_actions():
            editing = action in self._window.editor_actions.editing()
            action.setEnabled(view is not None and not (self.read_only and editing))
        for view_ in self._window.tabs.views():
            view_.setInteractive(not self.read_only)
        if view is not None:
            self._window.show_zoom(view.transform().m11())
        self._window.update_count()
        self._on_selection_changed(view)

    def set_dark(self, dark: bool) -> None:
        self._dark = dark
        for view in self._window.tabs.views():
            view.set_dark_chrome(dark)

    def _on_zoom_changed(self, view: JourneyView, factor: float) -> None:
        if view is self.current():
            self._window.show_zoom(factor)

    def _on_selection_changed(self, view: JourneyView | None) -> None:
        if view is not self.current():
            return
        inspector = self._window.inspector
        journey_id = self._window.context.journey_id()  # never one of a project being replaced
        if view is None or journey_id is None:
            inspector.show_message(translate("Inspector", "Nothing to inspect."))
            return
        touchpoints = view.selected_touchpoint_ids()
        if len(touchpoints) == 1:
            inspector.show_touchpoint(journey_id, touchpoints[0])
        elif len(touchpoints) > 1:
            inspector.show_message(translate("Inspector", "%1 touchpoints selected.").replace(
                "%1", str(len(touchpoints))))
        elif stages := view.selected_stage_ids():
            inspector.show_stage(journey_id, stages[0])
        elif items := view.selected_blueprint_ids():
            inspector.show_blueprint_item(journey_id, items[0])
        elif len(notes := view.map_actions.selected_note_ids()) == 1:
            inspector.show_note(journey_id, notes[0])
        else:
            inspector.show_journey(journey_id)

    # ------------------------------------------------------------------ actions

    def _call(self, map_call: MapCall) -> None:
        view = self.current()
        if view is not None:
            map_call(view)

    def _edit(self, map_call: MapCall, field_method: str) -> None:
        focus = QApplication.focusWidget()
        if isinstance(focus, QLineEdit | QPlainTextEdit) and not self._in_map(focus):
            getattr(focus, field_method)()
        else:
            self._call(map_call)

    def _in_map(self, widget: object) -> bool:
        tabs = self._window.tabs
        return widget is tabs or (isinstance(widget, QObject) and _inside(widget, tabs))

    def _delete(self) -> None:
        focus = QApplication.focusWidget()
        # The Delete key in a list of a dock must not delete touchpoints on the map; text
        # fields take their Delete key themselves, so from them it comes from the menu.
        if focus is None or self._in_map(focus) or isinstance(focus, QLineEdit | QPlainTextEdit):
            self._call(lambda view: view.map_actions.delete_selection())

    def _add_stage(self, after: bool) -> None:
        view = self.current()
        if view is not None:
            view.map_actions.add_stage(after)

    def _apply_template(self, key: str) -> None:
        """Fill the journey shown with a bundled template's stages, in the project's language."""
        view = self.current()
        if view is not None and not self.read_only:
            language = self._window.document.project.language
            view.map_actions.apply_template(bundled_template(key, language).stage_names())

    def _apply_highlights(self) -> None:
        actions = self._window.editor_actions
        for view in self._window.tabs.views():
            view.set_highlights(actions.highlight_switches.isChecked(),
                                actions.highlight_handoffs.isChecked())

    # ------------------------------------------------------------------ personas

    def _persona_id(self) -> str | None:
        value = self._window.persona_combo.currentData()
        return str(value) if value else None

    def _fill_personas(self) -> None:
        combo = self._window.persona_combo
        chosen = self._persona_id()
        blocked = combo.blockSignals(True)
        try:
            combo.clear()
            combo.addItem(translate("MainWindow", "All personas"), "")
            for persona in self._window.document.project.personas:
                combo.addItem(persona.name, persona.id)
            combo.setCurrentIndex(max(0, combo.findData(chosen or "")))
        finally:
            combo.blockSignals(blocked)
        if self._persona_id() != chosen:
            self._apply_persona()

    def _on_collection_changed(self, name: str) -> None:
        if name == "personas":
            self._fill_personas()

    def _apply_persona(self) -> None:
        persona_id = self._persona_id()
        for view in self._window.tabs.views():
            view.set_persona(persona_id)

    # ------------------------------------------------------------------ lanes

    def _fill_lanes_menu(self) -> None:
        menu = self._window.menus.lanes
        menu.clear()
        journey_id = self._window.tabs.current_journey_id()
        if journey_id is not None:
            lanes = self._window.document.journey(journey_id).lanes
            for index, setting in enumerate(lanes):
                action = menu.addAction(interface_label(setting.lane))
                action.setCheckable(True)
                action.setChecked(setting.visible)
                action.setEnabled(not self.read_only)
                action.toggled.connect(lambda on, i=index: self.set_lane_visible(i, on))
            menu.addSeparator()
            blueprint = menu.addAction(translate("Menus", "Service &Blueprint"))
            blueprint.setCheckable(True)
            blueprint.setChecked(self._window.document.journey(journey_id).show_blueprint)
            blueprint.setEnabled(not self.read_only)
            blueprint.setStatusTip(translate(
                "Menus", "Show the front stage, back stage and support processes below the "
                         "customer's lanes."))
            blueprint.toggled.connect(self.set_blueprint_shown)
            menu.addSeparator()
        menu.addAction(self._window.editor_actions.edit_lanes)

    def set_lane_visible(self, index: int, visible: bool) -> None:
        journey_id = self._window.tabs.current_journey_id()
        if journey_id is None:
            return
        lanes = list(self._window.document.journey(journey_id).lanes)
        lanes[index] = LaneSetting(lane=lanes[index].lane, visible=visible)
        text = QT_TRANSLATE_NOOP("Commands", "Show lane") if visible \
            else QT_TRANSLATE_NOOP("Commands", "Hide lane")
        self._set_lanes(journey_id, lanes, text)

    def set_blueprint_shown(self, shown: bool) -> None:
        """Show or hide the current journey's service blueprint below its lanes."""
        journey_id = self._window.tabs.current_journey_id()
        document = self._window.document
        if journey_id is None or document.journey(journey_id).show_blueprint == shown:
            return
        text = QT_TRANSLATE_NOOP("Commands", "Show service blueprint") if shown \
            else QT_TRANSLATE_NOOP("Commands", "Hide service blueprint")
        document.undo_stack.push(EditJourney(document, journey_id, {"show_blueprint": shown},
                                             text=text))

    def edit_lanes(self) -> None:
        journey_id = self._window.tabs.current_journey_id()
        if journey_id is None:
            return
        dialog = LanesDialog(list(self._window.document.journey(journey_id).lanes),
                             self._window)
        if self._window.prompts.run(dialog):
            self._set_lanes(journey_id, dialog.lanes(),
                            QT_TRANSLATE_NOOP("Commands", "Change lanes"))
        dialog.deleteLater()

    def _set_lanes(self, journey_id: str, lanes: list[LaneSetting], text: str) -> None:
        document = self._window.document
        if lanes != document.journey(journey_id).lanes:
            document.undo_stack.push(EditJourney(document, journey_id, {"lanes": lanes},
                                                 text=text))


def _inside(widget: QObject, ancestor: QObject) -> bool:
    parent = widget.parent()
    while parent is not None:
        if parent is ancestor:
            return True
        parent = parent.parent()
    return False
