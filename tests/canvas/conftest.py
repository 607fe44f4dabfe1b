"""Fixtures for the map editor: a shown view, driven with real events."""

from __future__ import annotations

import pytest
from canvas_support import ViewFactory, small_project
from pytestqt.qtbot import QtBot

from cxdesigner.canvas import JourneyView
from cxdesigner.document import JourneyDocument
from cxdesigner.model import Project


@pytest.fixture
def make_view(qtbot: QtBot) -> ViewFactory:
    """A shown 1400x900 view of the first journey of a project, at 100 %."""

    def make(project: Project) -> JourneyView:
        document = JourneyDocument(project)
        view = JourneyView(document, project.journeys[0].id)
        qtbot.addWidget(view)
        view.resize(1400, 900)
        view.show()
        qtbot.waitExposed(view)
        view.setFocus()
        return view

    return make


@pytest.fixture
def view(make_view: ViewFactory) -> JourneyView:
    return make_view(small_project())
