"""The main window: journey tabs, journey menu, lanes, persona, theme, zoom and status."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog
from ui_support import WindowFactory, small_project

from cxdesigner.model import JourneyKind, Lane
from cxdesigner.ui.actions import shortcuts
from cxdesigner.ui.dialogs import JourneyDialog, LanesDialog, NewProjectDialog
from cxdesigner.ui.main_window import MainWindow
from cxdesigner.ui.preferences import PreferencesDialog
from cxdesigner.ui.prompts import Prompts
from cxdesigner.ui.windows import WindowManager


def _run_with(monkeypatch: pytest.MonkeyPatch, fill: object) -> None:
    def run(self: Prompts, dialog: QDialog) -> bool:
        return bool(fill(dialog))  # type: ignore[operator]

    monkeypatch.setattr(Prompts, "run", run)


def test_tabs_name_the_journeys_and_mark_target_ones(demo_window: MainWindow) -> None:
    tabs = demo_window.tabs.tabs
    journeys = demo_window.document.project.journeys
    assert [tabs.tabText(i) for i in range(tabs.count())] == [
        j.name + (" (target)" if j.kind is JourneyKind.TARGET else "") for j in journeys]
    assert demo_window.count_label.text() == \
        f"Touchpoints: {sum(1 for _ in journeys[0].touchpoints())}"


def test_a_new_target_journey_from_a_template(demo_window: MainWindow,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    current = demo_window.document.project.journeys[0]

    def fill(dialog: QDialog) -> bool:
        assert isinstance(dialog, JourneyDialog)
        dialog.kind.setCurrentIndex(dialog.kind.findData(JourneyKind.TARGET.value))
        dialog.name.setText("Support idéal")
        dialog.improves.setCurrentIndex(dialog.improves.findData(current.id))
        dialog.templates.select("general/support")
        return True

    _run_with(monkeypatch, fill)
    demo_window.editor_actions.new_journey_from_template.trigger()

    journey = demo_window.document.project.journeys[-1]
    assert (journey.name, journey.kind, journey.improves_journey_id) == (
        "Support idéal", JourneyKind.TARGET, current.id)
    assert journey.stages[0].name == "Détection du problème"
    assert demo_window.tabs.current_journey_id() == journey.id
    tabs = demo_window.tabs.tabs
    assert tabs.tabText(tabs.currentIndex()) == "Support idéal (target)"


def test_renaming_and_deleting_a_journey(make_window: WindowFactory,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    demo_window = make_window(project=small_project())
    document = demo_window.document
    before = document.project.model_dump()
    monkeypatch.setattr(Prompts, "ask_text", lambda self, title, label, value: "Parcours 2026")
    demo_window.editor_actions.rename_journey.trigger()
    assert document.project.journeys[0].name == "Parcours 2026"
    assert demo_window.tabs.tabs.tabText(0) == "Parcours 2026"

    answers = [False, True]
    monkeypatch.setattr(Prompts, "confirm", lambda self, title, text, action: answers.pop(0))
    demo_window.editor_actions.delete_journey.trigger()
    assert len(document.project.journeys) == 2
    demo_window.editor_actions.delete_journey.trigger()
    assert [j.name for j in document.project.journeys] == ["Parcours cible"]
    assert document.project.journeys[0].improves_journey_id is None
    assert demo_window.tabs.tabs.count() == 1

    document.undo_stack.undo()
    document.undo_stack.undo()
    assert document.project.model_dump() == before
    assert demo_window.tabs.tabs.count() == 2


def test_lanes_are_hidden_and_reordered_through_undo_steps(
        demo_window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    document = demo_window.document
    journey_id = demo_window.tabs.current_journey_id()
    assert journey_id is not None
    demo_window.views.set_lane_visible(0, False)
    assert not document.journey(journey_id).lanes[0].visible

    def fill(dialog: QDialog) -> bool:
        assert isinstance(dialog, LanesDialog)
        dialog.list.setCurrentRow(dialog.list.count() - 1)
        for _ in range(dialog.list.count()):
            dialog._move(-1)
        return True

    _run_with(monkeypatch, fill)
    demo_window.editor_actions.edit_lanes.trigger()

    lanes = document.journey(journey_id).lanes
    assert lanes[0].lane is Lane.NOTES
    assert document.undo_stack.count() == 2
    demo_window.menus.lanes.aboutToShow.emit()
    shown = [a for a in demo_window.menus.lanes.actions() if a.isCheckable()]
    assert len(shown) == len(Lane) + 1  # and the service blueprint


def test_the_lanes_menu_shows_and_hides_the_service_blueprint(demo_window: MainWindow) -> None:
    document = demo_window.document
    journey_id = demo_window.tabs.current_journey_id()
    assert journey_id is not None
    view = demo_window.tabs.current_view()
    assert view is not None
    menu = demo_window.menus.lanes
    menu.aboutToShow.emit()
    entry = [a for a in menu.actions() if a.isCheckable()][-1]
    assert not entry.isChecked() and view.map_scene.map_layout is not None
    height = view.map_scene.map_layout.height
    entry.trigger()
    assert document.journey(journey_id).show_blueprint
    assert view.map_scene.map_layout.blueprint is not None
    assert view.map_scene.map_layout.height > height
    assert document.undo_stack.undoText() == "Show service blueprint"
    document.undo_stack.undo()
    assert view.map_scene.map_layout.blueprint is None
    assert view.map_scene.map_layout.height == height


def test_persona_highlights_and_theme_reach_the_views(demo_window: MainWindow,
                                                      manager: WindowManager) -> None:
    persona = demo_window.document.project.personas[1]
    combo = demo_window.persona_combo
    combo.setCurrentIndex(combo.findData(persona.id))
    demo_window.editor_actions.highlight_switches.setChecked(True)
    for view in demo_window.tabs.views():
        assert view.map_scene.context.persona_id == persona.id
        assert view.map_scene.context.show_channel_switches
    manager.set_theme("dark")
    assert demo_window.editor_actions.theme_dark.isChecked()
    assert manager.preferences.theme == "dark"
    manager.set_theme("light")


def test_zoom_is_shown_in_the_status_bar(demo_window: MainWindow) -> None:
    demo_window.editor_actions.reset_zoom.trigger()
    demo_window.editor_actions.zoom_in.trigger()
    assert demo_window.zoom_label.text() == "Zoom: 150 %"  # one step of the zoom levels


def test_a_new_project_from_a_template_replaces_an_untouched_window(
        window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    def fill(dialog: QDialog) -> bool:
        assert isinstance(dialog, NewProjectDialog)
        dialog.title.setText("Atelier SAV")
        dialog.language.setCurrentIndex(dialog.language.findData("en"))
        dialog.templates.select("general/five_as")
        return True

    _run_with(monkeypatch, fill)
    window.editor_actions.new_project.trigger()

    project = window.document.project
    assert project.title == "Atelier SAV"
    assert [s.name for s in project.journeys[0].stages] == [
        "Aware", "Appeal", "Ask", "Act", "Advocate"]
    assert project.journeys[0].name == "Current journey"
    assert not window.isWindowModified()


def test_preferences_are_stored(window: MainWindow, manager: WindowManager,
                                monkeypatch: pytest.MonkeyPatch) -> None:
    told: list[str] = []

    def fill(dialog: QDialog) -> bool:
        assert isinstance(dialog, PreferencesDialog)
        dialog.language.setCurrentIndex(dialog.language.findData("fr"))
        dialog.autosave.setValue(120)
        return True

    _run_with(monkeypatch, fill)
    monkeypatch.setattr(Prompts, "inform", lambda self, title, text: told.append(text))
    window.editor_actions.preferences.trigger()

    assert manager.preferences.language == "fr"
    assert manager.preferences.autosave_seconds == 120
    assert told and "next time" in told[0]


def test_quit_has_ctrl_q(window: MainWindow) -> None:
    keys = [k.toString() for k in window.editor_actions.quit.shortcuts()]
    assert "Ctrl+Q" in keys


def test_no_shortcut_is_given_twice(window: MainWindow) -> None:
    """A key sequence given twice (to one action or two) is ambiguous: Qt triggers nothing."""
    seen: dict[str, str] = {}
    for action in window.findChildren(QAction):
        for key in action.shortcuts():
            text = key.toString()
            assert text, f"empty shortcut on {action.text()!r}"
            assert text not in seen, f"{text} on {action.text()!r} and {seen[text]!r}"
            seen[text] = action.text()


def test_a_standard_key_and_its_fallback_make_one_shortcut() -> None:
    # Offscreen, the standard Save key is Ctrl+S, as Quit is Ctrl+Q on a Linux desktop.
    assert [k.toString() for k in shortcuts(QKeySequence.StandardKey.Save, "Ctrl+S")] == [
        "Ctrl+S"]


def test_the_method_panels_share_one_place_below_the_map(window: MainWindow) -> None:
    panels = [window.voice, window.pain_points, window.action_plan, window.indicators,
              window.segments]
    listed = window.menus.panels.actions()
    for panel in panels:
        assert panel.isHidden()  # until asked for
        assert not panel.is_built()  # nothing made for it yet: a faster start
        assert panel.toggleViewAction() in listed
        panel.toggleViewAction().trigger()
        assert panel.is_built() and panel.widget() is panel.panel
        assert panel.panel.isVisible()
    group = {window.voice, *window.tabifiedDockWidgets(window.voice)}
    assert set(panels) <= group
