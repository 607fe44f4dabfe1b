"""The live tally of a dot vote: the journey's pain points and opportunities, most voted first,
with a key or a click to count each dot stuck on the wall."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from cxdesigner.document import JourneyDocument
from cxdesigner.document.commands import EditTouchpoint
from cxdesigner.document.voting import VotingError, vote_edit
from cxdesigner.model import Journey
from cxdesigner.ui.i18n import QT_TRANSLATE_NOOP, translate

_VOTE_FIELDS = {"irritants", "opportunities"}


@dataclass(frozen=True)
class Tallied:
    """A pain point or an opportunity of the journey, with its votes."""

    item_id: str
    text: str
    pain_point: bool
    stage: str
    votes: int


def tally(journey: Journey) -> list[Tallied]:
    """Every pain point and opportunity of the journey, most voted first (map order when
    equal)."""
    found = [Tallied(item.id, item.text, pain, stage.name, item.votes)
             for stage, touchpoint in journey.touchpoints()
             for pain, items in ((True, touchpoint.irritants),
                                 (False, touchpoint.opportunities))
             for item in items]
    return sorted(found, key=lambda entry: -entry.votes)  # stable: map order kept


class TallyTree(QTreeWidget):
    """The tally; + and - count or take back a dot on the selected row."""

    def __init__(self, vote: Callable[[int], object], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vote = vote

    @override
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self._vote(1)
            return
        if event.key() in (Qt.Key.Key_Minus, Qt.Key.Key_Underscore):
            self._vote(-1)
            return
        super().keyPressEvent(event)


class VoteTally(QWidget):
    """The dot votes of one journey, kept up to date as votes are cast anywhere.

    ``journey_id`` says which journey (it may change: the journey in view).
    """

    def __init__(self, document: JourneyDocument, journey_id: Callable[[], str | None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("voteTally")
        self._document, self._journey_id = document, journey_id
        self.tree = TallyTree(self.vote, self)
        self.tree.setHeaderLabels([translate("Workshop", "Votes"),
                                   translate("Workshop", "Pain point or opportunity"),
                                   translate("Workshop", "Stage")])
        self.tree.setRootIsDecorated(False)
        self.tree.setWordWrap(True)
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        self.tree.setAccessibleName(translate("Workshop", "Dot vote tally"))
        self.tree.setAccessibleDescription(translate(
            "Workshop", "The journey's pain points and opportunities, most voted first; + "
                        "counts a dot on the selected one, - takes one back."))
        self.total = QLabel(self)
        self.total.setAccessibleName(translate("Workshop", "Dots counted"))
        self.add_button = QPushButton(translate("Workshop", "+1 dot"), self)
        self.remove_button = QPushButton(translate("Workshop", "-1 dot"), self)
        self.add_button.setAccessibleDescription(translate(
            "Workshop", "Count one more dot on the selected pain point or opportunity (+)"))
        self.remove_button.setAccessibleDescription(translate(
            "Workshop", "Take back one dot from the selected pain point or opportunity (-)"))
        self.add_button.clicked.connect(lambda: self.vote(1))
        self.remove_button.clicked.connect(lambda: self.vote(-1))
        row = QHBoxLayout()
        row.addWidget(self.total, 1)
        row.addWidget(self.remove_button)
        row.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tree, 1)
        layout.addLayout(row)
        document.touchpoint_changed.connect(self._on_touchpoint_changed)
        document.structure_changed.connect(self._on_structure_changed)
        document.project_replaced.connect(self.refresh)
        self.refresh()

    def journey(self) -> Journey | None:
        journey_id = self._journey_id()
        return next((j for j in self._document.project.journeys if j.id == journey_id), None)

    def entries(self) -> list[Tallied]:
        journey = self.journey()
        return tally(journey) if journey is not None else []

    def refresh(self) -> None:
        """Show the votes as they are, keeping the selected row."""
        current = self.tree.currentItem()
        chosen = current.data(0, Qt.ItemDataRole.UserRole) if current is not None else None
        self.tree.clear()
        entries = self.entries()
        for entry in entries:
            kind = translate("Workshop", "Pain point") if entry.pain_point \
                else translate("Workshop", "Opportunity")
            item = QTreeWidgetItem(self.tree, [str(entry.votes), entry.text, entry.stage])
            item.setData(0, Qt.ItemDataRole.UserRole, entry.item_id)
            item.setTextAlignment(0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            item.setToolTip(1, f"{kind} — {entry.text}")
            if entry.item_id == chosen:
                self.tree.setCurrentItem(item)
        dots = sum(entry.votes for entry in entries)
        voted = sum(1 for entry in entries if entry.votes)
        self.total.setText(translate("Workshop", "%1 dots on %2 of %3 items").replace(
            "%1", str(dots)).replace("%2", str(voted)).replace("%3", str(len(entries))))
        for button in (self.add_button, self.remove_button):
            button.setEnabled(bool(entries))

    def vote(self, delta: int) -> bool:
        """Count one dot more (``delta`` 1) or one less (-1) on the selected item: one undo
        step. False when there is nothing to count or no dot to take back."""
        item, journey = self.tree.currentItem(), self.journey()
        if item is None or journey is None:
            return False
        try:
            edit = vote_edit(journey, str(item.data(0, Qt.ItemDataRole.UserRole)), delta)
        except VotingError:
            return False  # no dot left to take back
        self._document.undo_stack.push(EditTouchpoint(
            self._document, journey.id, edit.touchpoint_id, edit.changes,
            QT_TRANSLATE_NOOP("Commands", "Vote") if delta > 0
            else QT_TRANSLATE_NOOP("Commands", "Withdraw vote")))
        return True

    def _on_structure_changed(self, _journey_id: str) -> None:
        self.refresh()

    def _on_touchpoint_changed(self, journey_id: str, _touchpoint_id: str,
                               fields: list[str]) -> None:
        if journey_id == self._journey_id() and _VOTE_FIELDS & set(fields):
            self.refresh()
