"""Our icons: drawn in the theme's colours, enabled or not, at the size and density asked,
on the toolbar as soon as it is shown and in a menu when it opens."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon, QImage
from PySide6.QtWidgets import QToolButton
from pytestqt.qtbot import QtBot

from cxdesigner.ui.icons import themed_icon
from cxdesigner.ui.main_window import MainWindow
from cxdesigner.ui.theme import icon_colours


def _inks(image: QImage) -> set[str]:
    """The colours of the picture's opaque pixels."""
    return {image.pixelColor(x, y).name() for x in range(image.width())
            for y in range(image.height()) if image.pixelColor(x, y).alpha() == 255}


def test_an_icon_is_drawn_in_its_colour_enabled_and_disabled_at_each_size(
        qtbot: QtBot) -> None:
    icon = themed_icon("undo", "#ff0000", "#00ff00")
    for size in (16, 20, 24, 48):
        normal = icon.pixmap(QSize(size, size), QIcon.Mode.Normal).toImage()
        assert normal.size() == QSize(size, size)
        assert _inks(normal) == {"#ff0000"}
        assert _inks(icon.pixmap(QSize(size, size), QIcon.Mode.Disabled).toImage()) == {
            "#00ff00"}


def test_an_icon_is_sharp_on_a_high_density_screen(qtbot: QtBot) -> None:
    icon = themed_icon("save", "#ff0000", "#00ff00")
    dense = icon.pixmap(QSize(20, 20), 2.0)
    assert dense.size() == QSize(40, 40) and dense.devicePixelRatio() == 2.0
    assert _inks(dense.toImage()) == {"#ff0000"}


def test_a_missing_icon_is_empty(qtbot: QtBot) -> None:
    assert themed_icon("no-such-icon", "#000000", "#888888").isNull()


def test_the_toolbar_and_the_menus_show_the_icons_of_the_theme(window: MainWindow,
                                                                qtbot: QtBot) -> None:
    colour, _disabled = icon_colours("light")
    button = window.toolbar.widgetForAction(window.editor_actions.new_project)
    assert isinstance(button, QToolButton)
    assert colour in _inks(button.grab().toImage())
    menu = window.menus.file  # drawn as it would open
    menu.adjustSize()
    assert colour in _inks(menu.grab().toImage())
