"""Each method panel works from a document and a panel context, without a main window."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QWidget
from pytestqt.qtbot import QtBot
from ui_support import DEMO

from cxdesigner.analysis.pain_points import rank_pain_points
from cxdesigner.document import JourneyDocument
from cxdesigner.export import Section
from cxdesigner.io import load_project
from cxdesigner.ui import image_export
from cxdesigner.ui.action_plan.model import KEYS
from cxdesigner.ui.action_plan.panel import ActionPlanPanel
from cxdesigner.ui.comparison import Comparisons
from cxdesigner.ui.export_dialog import ExportDialog
from cxdesigner.ui.export_menu import ExportController
from cxdesigner.ui.indicators.panel import IndicatorsPanel
from cxdesigner.ui.journey_tabs import JourneyTabs
from cxdesigner.ui.map_link import link_maps
from cxdesigner.ui.pain_points.panel import PainPointsPanel
from cxdesigner.ui.pain_points.ranking import IRRITANT_COLUMNS
from cxdesigner.ui.panel_context import PanelContext
from cxdesigner.ui.personas import PersonaTools
from cxdesigner.ui.presentation import PresentationController
from cxdesigner.ui.prompts import Prompts
from cxdesigner.ui.segments.panel import SegmentsPanel
from cxdesigner.ui.target_journey import TargetJourneys
from cxdesigner.ui.voice.panel import VoicePanel

JOURNEY = "j-actuel"


@pytest.fixture
def host(qtbot: QtBot) -> Iterator[QWidget]:
    """The widget the panel's dialogs belong to (a window would be, in the editor)."""
    widget = QWidget()
    qtbot.addWidget(widget)
    yield widget


@pytest.fixture
def context(host: QWidget) -> PanelContext:
    """The demo project, its current journey in view, nothing selected."""
    document = JourneyDocument(load_project(DEMO), DEMO, parent=host)
    context = PanelContext(document, host)
    context.set_view(JOURNEY, [])
    return context


@pytest.fixture
def maps(context: PanelContext, host: QWidget, qtbot: QtBot) -> JourneyTabs:
    """The maps of the project, as a window shows them, linked to the context."""
    tabs = JourneyTabs(context.document, host)
    link_maps(context, tabs)
    host.resize(1200, 700)
    host.show()
    qtbot.waitExposed(host)
    return tabs


def double_click(qtbot: QtBot, widget: QWidget, where: QPoint) -> None:
    """A double click as a mouse makes it: a click, then the second press."""
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=where)
    qtbot.mouseDClick(widget, Qt.MouseButton.LeftButton, pos=where)


def shown(qtbot: QtBot, panel: QWidget) -> None:
    qtbot.addWidget(panel)
    panel.resize(1100, 420)
    panel.show()
    qtbot.waitExposed(panel)


def test_the_voice_panel_adds_a_typed_verbatim_to_the_selected_touchpoint(
        context: PanelContext, qtbot: QtBot) -> None:
    panel = VoicePanel(context)
    shown(qtbot, panel)
    total = panel.model.rowCount()
    assert panel.count.text() == f"{total} of {total} verbatims"

    context.set_view(JOURNEY, ["tp-comparateur"])
    assert panel.where.text() == "Goes to “Comparateur de prix”"
    qtbot.keyClicks(panel.entry, "Trop de choix, je compare partout")
    qtbot.keyClick(panel.entry, Qt.Key.Key_Return)

    assert panel.count.text() == f"{total + 1} of {total + 1} verbatims"
    added = context.document.touchpoint(JOURNEY, "tp-comparateur").verbatims[-1]
    assert added.text == "Trop de choix, je compare partout"
    assert panel.selected_id() == added.id

    qtbot.keyClicks(panel.search, "compare partout")
    assert panel.proxy.rowCount() == 1
    row = panel.table.visualRect(panel.proxy.index(0, 0)).center()
    with qtbot.waitSignal(context.touchpoint_requested) as asked:
        double_click(qtbot, panel.table.viewport(), row)
    assert asked.args == [JOURNEY, "tp-comparateur"]


def test_the_pain_point_panel_ranks_the_journey_in_view_and_counts_a_clicked_vote(
        context: PanelContext, qtbot: QtBot) -> None:
    panel = PainPointsPanel(context)
    shown(qtbot, panel)
    ranked = rank_pain_points(context.document.journey(JOURNEY))
    assert panel.tabs.tabText(0) == f"Pain points ({len(ranked)})"
    table = panel.irritant_table
    texts = [table.model().index(row, IRRITANT_COLUMNS.index("text")).data()
             for row in range(table.model().rowCount())]
    assert texts == [point.text for point in ranked]

    assert panel.voting.start(["Table A"], 3)
    assert panel.remaining.isVisible()
    cell = table.visualRect(table.model().index(1, IRRITANT_COLUMNS.index("text"))).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    assert panel.remaining.text() == "<b>Table A: 2 left</b>"
    voted = panel.selected_item(table)
    irritant = next(i for _, t in context.document.journey(JOURNEY).touchpoints()
                    for i in t.irritants if i.id == voted)
    row = panel.irritants.row_of(voted)
    assert row is not None
    assert table.model().index(row, IRRITANT_COLUMNS.index("votes")).data() == \
        f"\u25cf {irritant.votes}"
    context.document.undo_stack.undo()
    row = panel.irritants.row_of(voted)
    assert row is not None
    assert table.model().index(row, IRRITANT_COLUMNS.index("votes")).data() == \
        f"\u25cf {irritant.votes - 1}"

    target = context.document.journey("j-cible")
    context.set_view(target.id, [])
    assert panel.journey_label.text() == f"Journey: <b>{target.name}</b>"
    assert panel.tabs.tabText(0) == f"Pain points ({len(rank_pain_points(target))})"


def test_the_action_plan_panel_adds_an_action_typed_in_place(
        context: PanelContext, qtbot: QtBot) -> None:
    panel = ActionPlanPanel(context)
    shown(qtbot, panel)
    total = len(context.document.project.actions)
    assert panel.count.text() == f"{total} of {total} actions"

    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    editor = panel.table.viewport().findChild(QLineEdit)  # the new description, to type
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, "Rappeler sous 24 h")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()  # the delegate commits on the next turn of the loop

    assert context.document.project.actions[-1].description == "Rappeler sous 24 h"
    assert panel.count.text() == f"{total + 1} of {total + 1} actions"
    qtbot.keyClicks(panel.search, "sous 24")
    assert panel.proxy.rowCount() == 1
    assert panel.proxy.index(0, KEYS.index("description")).data() == "Rappeler sous 24 h"


def test_the_indicator_panel_follows_the_journey_in_view(
        context: PanelContext, qtbot: QtBot) -> None:
    panel = IndicatorsPanel(context)
    shown(qtbot, panel)
    survey = panel.survey
    assert survey.journey_id == JOURNEY
    names = [survey.model.index(row, 0).data() for row in range(survey.model.rowCount())]
    assert context.document.journey(JOURNEY).name in names[0]

    context.set_view("j-cible", [])
    assert survey.journey_id == "j-cible"
    names = [survey.model.index(row, 0).data() for row in range(survey.model.rowCount())]
    assert context.document.journey("j-cible").name in names[0]

    qtbot.mouseClick(panel.tabs.tabBar(), Qt.MouseButton.LeftButton,
                     pos=panel.tabs.tabBar().tabRect(1).center())
    assert panel.tabs.currentWidget() is panel.barometer
    assert panel.barometer.isVisible()


def test_the_segments_panel_shows_who_gets_in_touch(context: PanelContext,
                                                   qtbot: QtBot) -> None:
    panel = SegmentsPanel(context)
    shown(qtbot, panel)
    qtbot.waitUntil(lambda: panel.segments.table.rowCount() > 0)
    names = {panel.segments.table.item(row, 0).text()
             for row in range(panel.segments.table.rowCount())}
    assert {segment.name for segment in context.document.project.segments} <= names

    bar = panel.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(4).center())
    assert panel.tabs.currentWidget() is panel.log
    contacts = sum(record.count for record in context.document.project.contacts)
    qtbot.waitUntil(lambda: panel.log.proxy.rowCount() == len(context.document.project.contacts))
    assert f"{contacts}" in panel.log.summary.text().replace("\u202f", "").replace(",", "")


def test_the_persona_editor_renames_a_persona(context: PanelContext, qtbot: QtBot) -> None:
    editor = PersonaTools(context, None, context).open_editor("pe-yanis")
    qtbot.addWidget(editor)
    qtbot.waitExposed(editor)
    assert editor.list.currentItem().text() == "Yanis, étudiant comparateur"

    editor.form.name.setFocus()
    editor.form.name.selectAll()
    qtbot.keyClicks(editor.form.name, "Yanis, etudiant")
    editor.form.quote.setFocus()

    assert editor.list.currentItem().text() == "Yanis, etudiant"
    assert context.document.item("personas", "pe-yanis").name == "Yanis, etudiant"


def test_create_target_journey_copies_the_journey_in_view(
        context: PanelContext, qtbot: QtBot) -> None:
    targets = TargetJourneys(context, context)
    assert targets.action.text() == "Create &Target Journey"
    with qtbot.waitSignal(context.journey_requested) as shown_journey:
        targets.action.trigger()
    new_id = shown_journey.args[0]
    copy = context.document.journey(new_id)
    assert copy.improves_journey_id == JOURNEY
    assert len(context.document.project.journeys) == 3
    context.set_view(new_id, [])
    assert targets.action.text() == "Create Another &Variant"


def test_the_comparison_window_opens_on_the_target_of_the_journey_in_view(
        context: PanelContext, qtbot: QtBot) -> None:
    comparisons = Comparisons(context, context)
    assert comparisons.action.isEnabled()
    comparisons.action.trigger()
    window = comparisons.dialog
    assert window is not None
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    assert window.targets.currentData() == "j-cible"
    assert window.tree.topLevelItemCount() > 0
    assert window.summary.text()


def test_the_pdf_export_runs_from_the_context_and_its_maps(
        context: PanelContext, maps: JourneyTabs, qtbot: QtBot, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "carte.pdf"
    seen: list[ExportDialog] = []

    def run(self: Prompts, dialog: QDialog) -> bool:
        assert isinstance(dialog, ExportDialog)
        seen.append(dialog)
        dialog.paper.setCurrentIndex(dialog.paper.findData("A3"))
        for section, box in dialog.sections.items():
            box.setChecked(section is Section.MAP)
        dialog.path_edit.setText(str(target))
        qtbot.waitUntil(lambda: dialog.plan is not None and dialog.export_button.isEnabled(),
                        timeout=10000)
        return True

    monkeypatch.setattr(Prompts, "run", run)
    monkeypatch.setattr(image_export, "export_settings",
                        lambda: QSettings(str(tmp_path / "export.ini"),
                                          QSettings.Format.IniFormat))
    controller = ExportController(context, context)
    with qtbot.waitSignal(context.message_posted) as told:
        controller.pdf.trigger()

    # The maps on screen, drawn small in the preview.
    assert seen and seen[0].preview.maps.thumbnails
    assert target.read_bytes().startswith(b"%PDF")
    assert str(target) in told.args[0]


def test_the_presentation_shows_the_journey_in_view_stage_by_stage(
        context: PanelContext, maps: JourneyTabs, qtbot: QtBot) -> None:
    controller = PresentationController(context, context)
    assert controller.action.isEnabled()
    controller.action.trigger()
    presentation = controller.presentation
    assert presentation is not None
    qtbot.waitExposed(presentation)
    assert presentation.view.indicator_text().startswith("Stage 1/")

    qtbot.keyClick(presentation.view, Qt.Key.Key_Tab)
    assert presentation.view.indicator_text().startswith("Stage 2/")
    qtbot.keyClick(presentation.view, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: controller.presentation is None)
