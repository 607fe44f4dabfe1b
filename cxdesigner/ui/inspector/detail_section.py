"""The inspector's section for the journey that details a step: choosing it (one undo step;
a journey that would make a cycle of links is greyed out, saying why) and opening it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QComboBox, QGroupBox, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from cxdesigner.canvas.detail_links import detail_choices, detail_command
from cxdesigner.canvas.editing import MapEditor
from cxdesigner.document import JourneyDocument
from cxdesigner.model import Touchpoint
from cxdesigner.ui.i18n import translate
from cxdesigner.ui.inspector.fields import RuleMessage, fill_combo, push_edit


class DetailSection(QGroupBox):
    """The journey that details the step given to :meth:`load`.

    Signals:
        journey_requested(str): the user asked to see the journey of this id.
    """

    journey_requested = Signal(str)

    def __init__(self, document: JourneyDocument, parent: QWidget | None = None) -> None:
        super().__init__(translate("Inspector", "Detailed by journey"), parent)
        self._document = document
        self.journey_id: str | None = None
        self.touchpoint_id: str | None = None
        layout = QVBoxLayout(self)
        self.refusal = RuleMessage(self)
        layout.addWidget(self.refusal)
        row = QHBoxLayout()
        self.journeys = QComboBox(self)
        self.journeys.setToolTip(translate(
            "Inspector", "The journey of the project that details this step; its figures roll "
                         "up on the card."))
        self.open = QPushButton(translate("Inspector", "Open"), self)
        self.open.setToolTip(translate("Inspector", "Show the map of the detailed journey (D)"))
        row.addWidget(self.journeys, 1)
        row.addWidget(self.open)
        layout.addLayout(row)
        self.journeys.currentIndexChanged.connect(lambda _index: self._on_chosen())
        self.open.clicked.connect(self._on_open)

    def load(self, journey_id: str, touchpoint_id: str) -> None:
        if (journey_id, touchpoint_id) != (self.journey_id, self.touchpoint_id):
            self.refusal.hide()
        self.journey_id, self.touchpoint_id = journey_id, touchpoint_id
        self.refresh()

    def _touchpoint(self) -> Touchpoint | None:
        if self.journey_id is None or self.touchpoint_id is None:
            return None
        try:
            return self._document.touchpoint(self.journey_id, self.touchpoint_id)
        except KeyError:
            return None

    def refresh(self) -> None:
        """Show the project's journeys and the one that details the step now."""
        touchpoint = self._touchpoint()
        if touchpoint is None or self.journey_id is None:
            return
        choices = detail_choices(self._document.project, self.journey_id, touchpoint)
        current = touchpoint.details_journey_id or ""
        fill_combo(self.journeys, [(translate("Inspector", "(none)"), "")] + [
            (journey.name, journey.id) for journey, _ in choices], current)
        model = self.journeys.model()
        assert isinstance(model, QStandardItemModel)
        for row, (_journey, refusal) in enumerate(choices, start=1):
            item = model.item(row)
            if refusal:
                item.setEnabled(False)
                item.setData(refusal, Qt.ItemDataRole.ToolTipRole)
        known = {journey.id for journey, _ in choices}
        self.open.setEnabled(current in known)

    def _on_chosen(self) -> None:
        journey_id, touchpoint_id = self.journey_id, self.touchpoint_id
        if journey_id is None or touchpoint_id is None or self._touchpoint() is None:
            return
        chosen = str(self.journeys.currentData() or "") or None
        editor = MapEditor(self._document, journey_id)
        if not push_edit(self._document.undo_stack,
                         lambda: detail_command(editor, touchpoint_id, chosen), self.refusal):
            self.refresh()  # a refused choice goes back to the journey still linked

    def _on_open(self) -> None:
        touchpoint = self._touchpoint()
        if touchpoint is not None and touchpoint.details_journey_id:
            self.journey_requested.emit(touchpoint.details_journey_id)
