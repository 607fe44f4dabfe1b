"""Usable without a mouse and with a screen reader: every control has an accessible name and
a description, the outline reads the journey as text and edits it, and focus shows."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtGui import QAccessible, QColor, QImage
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDockWidget,
    QLineEdit,
    QPushButton,
    QTabBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from cxdesigner.model import MomentOfTruth
from cxdesigner.ui.accessibility import accessible_text, is_control
from cxdesigner.ui.main_window import MainWindow
from cxdesigner.ui.outline.model import ID_ROLE
from cxdesigner.ui.outline.panel import OutlinePanel
from cxdesigner.ui.presentation import PresentationController
from cxdesigner.ui.presentation.view import PresentationView
from cxdesigner.ui.theme import apply_theme

POPUPS = "This plugin does not support (raise|grabbing the keyboard|propagateSizeHints)"


@pytest.fixture(autouse=True)
def _no_animation(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(PresentationView, "ANIMATION_MS", 0)


def _told(widget: QWidget) -> list[tuple[str, str]]:
    """The names and descriptions a screen reader is given for ``widget``: a tab bar's are
    those of its tabs (Qt describes the bar by them), any other control's its own."""
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None
    if isinstance(widget, QTabBar):
        tabs = [interface.child(i) for i in range(interface.childCount())]
        return [(tab.text(QAccessible.Text.Name), tab.text(QAccessible.Text.Description))
                for tab in tabs if tab is not None and tab.role() == QAccessible.Role.PageTab]
    return [(accessible_text(widget, QAccessible.Text.Name),
             accessible_text(widget, QAccessible.Text.Description))]


def unnamed(root: QWidget) -> list[str]:
    """The controls of ``root`` a screen reader could not name or describe."""
    missing = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not is_control(widget) or not widget.isVisibleTo(root.window()):
            continue
        for name, description in _told(widget):
            if name.strip() and description.strip():
                continue
            missing.append(f"{type(widget).__name__} {widget.objectName()!r} "
                           f"name={name!r} description={description!r}")
    return missing


@pytest.mark.qt_log_ignore(POPUPS)
def test_every_control_has_an_accessible_name_and_description(demo_window: MainWindow,
                                                              qtbot: QtBot) -> None:
    window = demo_window
    for dock in window.findChildren(QDockWidget):  # every panel, built and shown
        dock.show()
    editor = window.persona_tools.open_editor()
    sheet = window.show_shortcuts()
    controller = window.findChild(PresentationController)
    assert controller is not None
    controller.action.trigger()
    console = controller.show_console()
    assert console is not None
    for shown in (window, editor, sheet, console):
        qtbot.waitExposed(shown)
    QApplication.processEvents()
    missing = [line for root in (window, editor, sheet, console) for line in unnamed(root)]
    assert missing == []
    view = window.tabs.current_view()
    assert view is not None
    assert accessible_text(view, QAccessible.Text.Name) == "Map of the journey"
    assert "F1" in accessible_text(view, QAccessible.Text.Description)
    assert controller.presentation is not None
    controller.presentation.close()


def _outline(window: MainWindow, qtbot: QtBot) -> OutlinePanel:
    panel = window.outline.show_panel()
    qtbot.waitExposed(panel)
    return panel


def _row(panel: OutlinePanel, item_id: str, column: int = 0) -> QModelIndex:
    model = panel.model
    for row in range(model.rowCount()):
        stage = model.index(row, 0)
        for index in [stage, *(model.index(child, 0, stage)
                               for child in range(model.rowCount(stage)))]:
            if index.data(ID_ROLE) == item_id:
                return index.siblingAtColumn(column)
    raise AssertionError(item_id)


def test_the_outline_reads_the_journey_in_order(demo_window: MainWindow, qtbot: QtBot) -> None:
    panel = _outline(demo_window, qtbot)
    journey = demo_window.document.project.journeys[0]
    model = panel.model
    assert [model.index(row, 0).data() for row in range(model.rowCount())] == [
        stage.name for stage in journey.stages]
    first = journey.stages[0].touchpoints[0]
    index = _row(panel, first.id)
    assert index.data() == first.title
    assert index.data(Qt.ItemDataRole.AccessibleTextRole) == (
        f"Touchpoint 1 of {len(journey.stages[0].touchpoints)}: {first.title}")
    assert model.index(0, 0).data(Qt.ItemDataRole.AccessibleTextRole).startswith(
        f"Stage 1 of {len(journey.stages)}: {journey.stages[0].name}, ")
    # Emotions and moments in words, as a screen reader says them.
    assert _row(panel, first.id, 2).data() == "\u22122 — negative"
    # What the screen reader is given: the tree's cells, with those words.
    tree = QAccessible.queryAccessibleInterface(panel.tree)
    assert tree is not None and tree.childCount() > 0
    cells = {tree.child(i).text(QAccessible.Text.Name) for i in range(tree.childCount())}
    assert journey.stages[0].name in " ".join(cells)


@pytest.mark.qt_log_ignore(POPUPS)
def test_the_outline_edits_from_the_keyboard(demo_window: MainWindow, qtbot: QtBot) -> None:
    panel = _outline(demo_window, qtbot)
    document = demo_window.document
    journey_id = document.project.journeys[0].id
    card = document.project.journeys[0].stages[1].touchpoints[0]
    tree = panel.tree
    tree.setFocus()
    tree.setCurrentIndex(_row(panel, card.id))
    qtbot.keyClick(tree, Qt.Key.Key_F2)
    assert tree.state() == QAbstractItemView.State.EditingState
    editor = tree.viewport().findChild(QLineEdit)
    assert editor is not None
    qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor, "Recherche en ligne")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits on the next turn
    qtbot.waitUntil(lambda: tree.state() != QAbstractItemView.State.EditingState)
    assert document.touchpoint(journey_id, card.id).title == "Recherche en ligne"
    assert document.undo_stack.undoText() == "Edit touchpoint"
    assert _row(panel, card.id).data() == "Recherche en ligne"  # kept up to date
    # The moment, from a list of choices.
    tree.setCurrentIndex(_row(panel, card.id, 1))
    qtbot.keyClick(tree, Qt.Key.Key_F2)
    combo = tree.viewport().findChild(QComboBox)
    assert combo is not None
    for _ in range(2):
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tree.state() != QAbstractItemView.State.EditingState)
    assert document.touchpoint(journey_id, card.id).moment is MomentOfTruth.CRITICAL
    # An empty title is refused with the reason, and nothing changes.
    tree.setCurrentIndex(_row(panel, card.id))
    assert not panel.model.setData(_row(panel, card.id), "  ")
    panel.refresh()
    assert panel.refusal.isVisible() and "title" in panel.refusal.text()
    assert document.touchpoint(journey_id, card.id).title == "Recherche en ligne"
    # Enter shows the touchpoint on the map, selected.
    tree.setCurrentIndex(_row(panel, card.id))
    qtbot.keyClick(tree, Qt.Key.Key_Return)
    view = demo_window.tabs.current_view()
    assert view is not None and view.selected_touchpoint_ids() == [card.id]


def _border_has(image: QImage, colour: QColor, width: int = 2) -> bool:
    """Whether the image's edge (``width`` pixels deep) is drawn in ``colour``."""
    points = [QPoint(x, y) for x in range(0, image.width(), 7) for y in range(width)]
    points += [QPoint(x, y) for y in range(0, image.height(), 7) for x in range(width)]
    return sum(QColor(image.pixel(p)) == colour for p in points) > len(points) * 0.8


def test_focus_shows_on_the_map(demo_window: MainWindow, qtbot: QtBot) -> None:
    view = demo_window.tabs.current_view()
    assert view is not None
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    focused = view.viewport().grab().toImage()
    assert _border_has(focused, QColor("#1971c2"))
    demo_window.findChild(QDockWidget, "inspectorDock").setFocus()
    demo_window.inspector.setFocus()
    view.clearFocus()
    qtbot.waitUntil(lambda: not view.hasFocus())
    assert not _border_has(view.viewport().grab().toImage(), QColor("#1971c2"))


def test_focus_shows_on_a_button(qtbot: QtBot) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = app.style().name()
    apply_theme(app, "light")
    try:
        holder = QWidget()
        qtbot.addWidget(holder)
        button = QPushButton("Démarrer", holder)
        holder.resize(200, 80)
        button.setGeometry(20, 20, 160, 40)
        holder.show()
        qtbot.waitExposed(holder)
        plain = button.grab().toImage()
        button.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(button.hasFocus)
        focused = button.grab().toImage()
        highlight = app.palette().highlight().color()
        count = sum(QColor(focused.pixel(x, y)) == highlight
                    for x in range(focused.width()) for y in range(focused.height()))
        assert count > 2 * (focused.width() + focused.height())  # a frame all round
        assert plain != focused
    finally:
        app.setStyle(before)
