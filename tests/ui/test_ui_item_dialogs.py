"""The dialogs that add a verbatim, an irritant, an opportunity or a KPI value, by keyboard."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from cxdesigner.model import Irritant, Persona, Verbatim
from cxdesigner.ui.inspector.item_dialogs import (
    IrritantDialog,
    KpiDialog,
    OpportunityDialog,
    VerbatimDialog,
)

CTRL = Qt.KeyboardModifier.ControlModifier

TextDialog = VerbatimDialog | IrritantDialog | OpportunityDialog
NEW_DIALOGS: list[Callable[[], TextDialog]] = [
    lambda: VerbatimDialog(None, [Persona(name="Léa")]),
    lambda: IrritantDialog(None),
    lambda: OpportunityDialog(None),
]
NAMES = ["verbatim", "irritant", "opportunity"]


def _shown(qtbot: QtBot, dialog: QDialog) -> QWidget:
    """Show ``dialog`` as the user sees it; returns the widget that receives their keys."""
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: dialog.isActiveWindow() and QApplication.focusWidget() is not None)
    focus = QApplication.focusWidget()
    assert focus is not None
    return focus


def _ok(dialog: QDialog) -> QPushButton:
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons is not None
    button = buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert button is not None
    return button


@pytest.mark.parametrize("make", NEW_DIALOGS, ids=NAMES)
def test_typing_goes_into_the_text(qtbot: QtBot, make: Callable[[], TextDialog]) -> None:
    dialog = make()
    focus = _shown(qtbot, dialog)
    assert focus is dialog.text
    qtbot.keyClicks(focus, "Trop d'attente au guichet")
    assert dialog.text.toPlainText() == "Trop d'attente au guichet"
    assert dialog.isVisible()


@pytest.mark.parametrize("make", NEW_DIALOGS, ids=NAMES)
def test_space_does_not_close_an_empty_dialog(qtbot: QtBot,
                                              make: Callable[[], TextDialog]) -> None:
    dialog = make()
    qtbot.keyClick(_shown(qtbot, dialog), Qt.Key.Key_Space)
    assert dialog.isVisible()
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert not _ok(dialog).isEnabled()


@pytest.mark.parametrize("make", NEW_DIALOGS, ids=NAMES)
def test_ok_waits_for_some_text(qtbot: QtBot, make: Callable[[], TextDialog]) -> None:
    dialog = make()
    focus = _shown(qtbot, dialog)
    ok = _ok(dialog)
    assert not ok.isEnabled()
    qtbot.keyClicks(focus, "Relance")
    assert ok.isEnabled()
    qtbot.keyClick(focus, Qt.Key.Key_A, CTRL)
    qtbot.keyClick(focus, Qt.Key.Key_Backspace)
    assert dialog.text.toPlainText() == ""
    assert not ok.isEnabled()


@pytest.mark.parametrize("make", NEW_DIALOGS, ids=NAMES)
def test_ctrl_enter_in_the_text_accepts(qtbot: QtBot, make: Callable[[], TextDialog]) -> None:
    dialog = make()
    focus = _shown(qtbot, dialog)
    qtbot.keyClick(focus, Qt.Key.Key_Return, CTRL)  # nothing typed yet: nothing happens
    assert dialog.isVisible()
    qtbot.keyClicks(focus, "Colis perdu")
    qtbot.keyClick(focus, Qt.Key.Key_Return)  # a new line, as in any text of several lines
    qtbot.keyClicks(focus, "deux fois")
    qtbot.keyClick(focus, Qt.Key.Key_Return, CTRL)
    assert not dialog.isVisible()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.value().text == "Colis perdu\ndeux fois"


def test_enter_in_a_one_line_field_accepts(qtbot: QtBot) -> None:
    dialog = VerbatimDialog(None, [])
    qtbot.keyClicks(_shown(qtbot, dialog), "Personne ne rappelle.")
    dialog.author.setFocus()
    qtbot.keyClicks(dialog.author, "Client, 54 ans")
    qtbot.keyClick(dialog.author, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert (dialog.value().text, dialog.value().author) == (
        "Personne ne rappelle.", "Client, 54 ans")


def test_enter_in_a_one_line_field_waits_for_the_text(qtbot: QtBot) -> None:
    dialog = VerbatimDialog(None, [])
    _shown(qtbot, dialog)
    dialog.author.setFocus()
    qtbot.keyClicks(dialog.author, "Client")
    qtbot.keyClick(dialog.author, Qt.Key.Key_Return)
    assert dialog.isVisible()


def test_an_existing_item_can_be_confirmed_at_once(qtbot: QtBot) -> None:
    dialog = IrritantDialog(Irritant(text="Délai flou", severity=3))
    focus = _shown(qtbot, dialog)
    assert focus is dialog.text
    assert _ok(dialog).isEnabled()
    qtbot.keyClick(focus, Qt.Key.Key_Return, CTRL)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.value().text == "Délai flou"
    verbatim = VerbatimDialog(Verbatim(text="Super accueil"), [])
    assert _shown(qtbot, verbatim) is verbatim.text
    assert _ok(verbatim).isEnabled()


def test_a_kpi_starts_on_its_name_and_enter_accepts(qtbot: QtBot) -> None:
    dialog = KpiDialog(None)
    focus = _shown(qtbot, dialog)
    assert focus is dialog.name
    assert isinstance(focus, QLineEdit)
    qtbot.keyClick(focus, Qt.Key.Key_Return)
    assert dialog.isVisible()  # no name yet
    qtbot.keyClicks(focus, "Taux d'abandon")
    qtbot.keyClick(focus, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.value().name == "Taux d'abandon"

