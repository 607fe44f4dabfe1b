"""The options of a workshop kit: the journey, its stages, the paper, the language, the
blank cards and the emotion strips."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QWidget,
)

from cxdesigner.analysis.wall.codes import MAX_BLANK_CARDS
from cxdesigner.export.kit import KitOptions
from cxdesigner.model import Project
from cxdesigner.ui.i18n import translate


class KitDialog(QDialog):
    """Asks what goes in the kit."""

    def __init__(self, project: Project, journey_id: str | None, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName("kitDialog")
        self.setWindowTitle(translate("WallImport", "Workshop kit"))
        self._project = project
        self.journey = QComboBox(self)
        for journey in project.journeys:
            self.journey.addItem(journey.name, journey.id)
        if journey_id is not None:
            self.journey.setCurrentIndex(max(0, self.journey.findData(journey_id)))
        self.stages = QListWidget(self)
        self.paper = QComboBox(self)
        self.paper.addItems(["A4", "A3"])
        self.language = QComboBox(self)
        self.language.addItem(translate("WallImport", "French"), "fr")
        self.language.addItem(translate("WallImport", "English"), "en")
        self.language.setCurrentIndex(max(0, self.language.findData(project.language)))
        self.blank = QSpinBox(self)
        self.blank.setRange(0, MAX_BLANK_CARDS)
        self.blank.setValue(8)
        self.strips = QSpinBox(self)
        self.strips.setRange(0, 4)
        self.strips.setValue(1)
        self.strips.setToolTip(
            translate("WallImport", "Two for a wall longer than 2 m: one at each end")
        )
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(translate("WallImport", "Export…"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            translate("WallImport", "Cancel")
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(translate("WallImport", "Journey:"), self.journey)
        form.addRow(translate("WallImport", "Stages:"), self.stages)
        form.addRow(translate("WallImport", "Paper:"), self.paper)
        form.addRow(translate("WallImport", "Language:"), self.language)
        form.addRow(translate("WallImport", "Blank cards:"), self.blank)
        form.addRow(translate("WallImport", "Emotion strips:"), self.strips)
        form.addRow(buttons)
        self.journey.currentIndexChanged.connect(self._on_journey_changed)
        self.stages.itemChanged.connect(lambda _item: self._on_stages_changed(ok))
        self._on_journey_changed()

    def _on_journey_changed(self) -> None:
        self.stages.clear()
        journey = self._project.journey(self.journey.currentData())
        for stage in journey.stages:
            item = QListWidgetItem(stage.name, self.stages)
            item.setData(Qt.ItemDataRole.UserRole, stage.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)

    def _on_stages_changed(self, ok: QWidget) -> None:
        ok.setEnabled(bool(self._chosen_stages()))

    def _chosen_stages(self) -> tuple[str, ...]:
        items = [self.stages.item(row) for row in range(self.stages.count())]
        return tuple(
            item.data(Qt.ItemDataRole.UserRole)
            for item in items
            if item.checkState() == Qt.CheckState.Checked
        )

    def options(self) -> KitOptions:
        """The kit as chosen."""
        return KitOptions(
            journey=self.journey.currentData(),
            stages=self._chosen_stages(),
            paper=self.paper.currentText(),
            language=self.language.currentData(),
            blank_cards=self.blank.value(),
            emotion_strips=self.strips.value(),
        )
