"""Each method panel works from a document and a panel context, without a main window."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from ui_support import DEMO

from cxdesigner.document import JourneyDocument
from cxdesigner.io import load_project
from cxdesigner.ui.panel_context import PanelContext
from cxdesigner.ui.voice import VoicePanel

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
