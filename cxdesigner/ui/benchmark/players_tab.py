"""The players of the sector (name, colour, the client's brand) and the waves of scoring."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cxdesigner.document.checks import DocumentRuleError
from cxdesigner.document.cleanup import without_item
from cxdesigner.document.commands import AddItem, EditItem, ReplaceProjectState
from cxdesigner.layout.palette import PLAYER_COLOURS, player_colour
from cxdesigner.model import Player, Wave
from cxdesigner.ui.day_edit import DayEdit
from cxdesigner.ui.i18n import QT_TRANSLATE_NOOP, format_day, translate
from cxdesigner.ui.panel_context import PanelContext

_ID = Qt.ItemDataRole.UserRole


def swatch(colour: str) -> QIcon:
    """A small square of ``colour``, for lists and choices."""
    pixmap = QPixmap(14, 14)
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)


def wave_label(wave: Wave) -> str:
    """A wave as the panel lists it: its name and its date in the interface language."""
    return f"{wave.name} · {format_day(wave.date)}"


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _date(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


class PlayersTab(QWidget):
    """Lists the players and the waves; each change is one undoable command."""

    def __init__(self, context: PanelContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._document = context.document
        self.players = QListWidget(self)
        self.add_player = QPushButton(translate("Benchmark", "Add Player"), self)
        self.delete_player = QPushButton(translate("Benchmark", "Delete Player"), self)
        self.name = QLineEdit(self)
        self.colour = QComboBox(self)
        self.client = QCheckBox(translate("Benchmark", "The client's brand"), self)
        self.waves = QListWidget(self)
        self.wave_name = QLineEdit(self)
        self.wave_name.setPlaceholderText(translate("Benchmark", "Wave 1, Spring 2025…"))
        self.wave_date = DayEdit(self)
        self.wave_date.setDate(_qdate(dt.date.today()))
        self.add_wave = QPushButton(translate("Benchmark", "Add Wave"), self)
        self.delete_wave = QPushButton(translate("Benchmark", "Delete Wave"), self)

        players = QGroupBox(translate("Benchmark", "Players of the sector"), self)
        form = QFormLayout()
        form.addRow(translate("Benchmark", "Name:"), self.name)
        form.addRow(translate("Benchmark", "Colour:"), self.colour)
        form.addRow("", self.client)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_player)
        buttons.addWidget(self.delete_player)
        buttons.addStretch(1)
        column = QVBoxLayout(players)
        column.addWidget(self.players, 1)
        column.addLayout(buttons)
        column.addLayout(form)
        waves = QGroupBox(translate("Benchmark", "Waves of scoring"), self)
        new_wave = QHBoxLayout()
        new_wave.addWidget(self.wave_name, 1)
        new_wave.addWidget(self.wave_date)
        new_wave.addWidget(self.add_wave)
        wave_column = QVBoxLayout(waves)
        wave_column.addWidget(self.waves, 1)
        wave_column.addLayout(new_wave)
        wave_column.addWidget(self.delete_wave, 0, Qt.AlignmentFlag.AlignLeft)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(players, 3)
        layout.addWidget(waves, 2)
        for code in PLAYER_COLOURS:
            self.colour.addItem(swatch(code), code, code)

        self.players.currentRowChanged.connect(lambda _row: self._show_player())
        self.add_player.clicked.connect(self._on_add_player)
        self.delete_player.clicked.connect(self._on_delete_player)
        self.name.editingFinished.connect(self._on_name_edited)
        self.colour.activated.connect(self._on_colour_chosen)
        self.client.clicked.connect(self._on_client_clicked)
        self.waves.currentRowChanged.connect(lambda _row: self._show_wave_buttons())
        self.add_wave.clicked.connect(self._on_add_wave)
        self.wave_name.returnPressed.connect(self._on_add_wave)
        self.delete_wave.clicked.connect(self._on_delete_wave)
        if context.read_only:
            for widget in (self.add_player, self.delete_player, self.add_wave,
                           self.delete_wave, self.wave_name, self.wave_date):
                widget.hide()
            for field in (self.name, self.colour, self.client):
                field.setEnabled(False)
        self.refresh()

    # ------------------------------------------------------------------ showing

    def player_id(self) -> str | None:
        item = self.players.currentItem()
        return str(item.data(_ID)) if item is not None else None

    def wave_id(self) -> str | None:
        item = self.waves.currentItem()
        return str(item.data(_ID)) if item is not None else None

    def refresh(self) -> None:
        """Re-read players and waves; the current ones stay current while they remain."""
        project = self._document.project
        self._fill(self.players, [(p.id, self._player_text(p), swatch(p.colour))
                                  for p in project.players])
        self._fill(self.waves, [(w.id, wave_label(w), None)
                                for w in sorted(project.waves, key=lambda w: w.date)])
        self._show_player()
        self._show_wave_buttons()

    @staticmethod
    def _player_text(player: Player) -> str:
        if player.client:
            return translate("Benchmark", "%1 (client)").replace("%1", player.name)
        return player.name

    @staticmethod
    def _fill(widget: QListWidget, rows: list[tuple[str, str, QIcon | None]]) -> None:
        current = widget.currentItem()
        chosen = current.data(_ID) if current is not None else None
        blocked = widget.blockSignals(True)
        try:
            widget.clear()
            for item_id, text, icon in rows:
                item = QListWidgetItem(text, widget)
                item.setData(_ID, item_id)
                if icon is not None:
                    item.setIcon(icon)
                if item_id == chosen:
                    widget.setCurrentItem(item)
            if widget.currentItem() is None and widget.count():
                widget.setCurrentRow(0)
        finally:
            widget.blockSignals(blocked)

    def _player(self) -> Player | None:
        player_id = self.player_id()
        return next((p for p in self._document.project.players if p.id == player_id), None)

    def _show_player(self) -> None:
        player = self._player()
        editable = player is not None and not self._context.read_only
        for field in (self.name, self.colour, self.client, self.delete_player):
            field.setEnabled(editable)
        self.name.setText(player.name if player is not None else "")
        colour = player.colour if player is not None else ""
        if colour and self.colour.findData(colour) < 0:
            self.colour.addItem(swatch(colour), colour, colour)
        self.colour.setCurrentIndex(self.colour.findData(colour))
        self.client.setChecked(player is not None and player.client)

    def _show_wave_buttons(self) -> None:
        self.delete_wave.setEnabled(self.wave_id() is not None)

    # ------------------------------------------------------------------ editing

    def _push(self, make: Callable[[], Any]) -> bool:
        """Push the command ``make`` builds; a refused edit is said and nothing changes."""
        try:
            command = make()
        except DocumentRuleError as error:
            self._context.prompts.show_warning(translate("Benchmark", "Sector barometer"),
                                               error.message(self._context.language))
            self._show_player()
            return False
        self._document.undo_stack.push(command)
        return True

    def _on_add_player(self) -> None:
        project = self._document.project
        names = {player.name for player in project.players}
        number = len(project.players) + 1
        while (name := translate("Benchmark", "Player %1").replace("%1", str(number))) in names:
            number += 1
        player = Player(name=name, colour=player_colour(len(project.players)),
                        client=not any(p.client for p in project.players))
        if self._push(lambda: AddItem(self._document, "players", player,
                                      text=QT_TRANSLATE_NOOP("Commands", "Add player"))):
            self._select(self.players, player.id)
            self.name.setFocus()
            self.name.selectAll()

    def _on_delete_player(self) -> None:
        player = self._player()
        if player is None:
            return
        cards = sum(1 for card in self._document.project.scorecards
                    if card.player_id == player.id)
        if cards and not self._context.prompts.confirm(
                translate("Benchmark", "Delete Player"),
                translate("Benchmark", "Delete %1 and its %2 scorecards?").replace(
                    "%1", player.name).replace("%2", str(cards)),
                translate("Benchmark", "Delete")):
            return
        after = without_item(self._document.project, "players", player.id)
        self._push(lambda: ReplaceProjectState(
            self._document, after, QT_TRANSLATE_NOOP("Commands", "Delete player")))

    def _edit_player(self, changes: dict[str, Any]) -> None:
        player = self._player()
        if player is None:
            return
        if all(getattr(player, key) == value for key, value in changes.items()):
            return
        self._push(lambda: EditItem(self._document, "players", player.id, changes,
                                    text=QT_TRANSLATE_NOOP("Commands", "Edit player")))

    def _on_name_edited(self) -> None:
        self._edit_player({"name": self.name.text()})

    def _on_colour_chosen(self, index: int) -> None:
        self._edit_player({"colour": str(self.colour.itemData(index))})

    def _on_client_clicked(self, checked: bool) -> None:
        self._edit_player({"client": checked})

    def _on_add_wave(self) -> None:
        name = self.wave_name.text().strip()
        if not name:
            self._context.prompts.show_warning(
                translate("Benchmark", "Sector barometer"),
                translate("Benchmark", "A wave needs a name: type one, then Add Wave."))
            return
        wave = Wave(name=name, date=_date(self.wave_date.date()))
        if self._push(lambda: AddItem(self._document, "waves", wave,
                                      text=QT_TRANSLATE_NOOP("Commands", "Add wave"))):
            self.wave_name.clear()
            self._select(self.waves, wave.id)

    def _on_delete_wave(self) -> None:
        wave_id = self.wave_id()
        if wave_id is not None:
            after = without_item(self._document.project, "waves", wave_id)
            self._push(lambda: ReplaceProjectState(
                self._document, after, QT_TRANSLATE_NOOP("Commands", "Delete wave")))

    @staticmethod
    def _select(widget: QListWidget, item_id: str) -> None:
        for row in range(widget.count()):
            item = widget.item(row)
            if item is not None and item.data(_ID) == item_id:
                widget.setCurrentRow(row)
