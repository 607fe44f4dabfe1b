"""Dot voting in a workshop: the setup dialog, the session of a window and each vote cast."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from cxdesigner.document import JourneyDocument
from cxdesigner.document.voting import CastVote, VotingError, VotingSession, WithdrawVote
from cxdesigner.ui.i18n import translate
from cxdesigner.ui.prompts import Prompts


class VotingSetupDialog(QDialog):
    """Asks for the groups of participants, the dots each has, and the most per item."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("PainPoints", "Start a dot vote"))
        self.groups = QPlainTextEdit(self)
        self.groups.setPlaceholderText(translate("PainPoints", "One group per line"))
        self.groups.setPlainText("\n".join(
            translate("PainPoints", "Group %1").replace("%1", str(number))
            for number in (1, 2, 3)))
        self.groups.setFixedHeight(self.groups.fontMetrics().lineSpacing() * 6 + 12)
        self.votes = QSpinBox(self)
        self.votes.setRange(1, 99)
        self.votes.setValue(5)
        self.limit = QSpinBox(self)
        self.limit.setRange(0, 99)
        self.limit.setSpecialValueText(translate("PainPoints", "No limit"))
        self.limit.setValue(0)
        hint = QLabel(translate(
            "PainPoints", "Each group puts its dots on the pain points and opportunities it finds "
                          "most important; the votes add to the ranking's scores."), self)
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(hint)
        form.addRow(translate("PainPoints", "Groups:"), self.groups)
        form.addRow(translate("PainPoints", "Votes per group:"), self.votes)
        form.addRow(translate("PainPoints", "Most votes of a group on one item:"), self.limit)
        form.addRow(buttons)

    def group_names(self) -> list[str]:
        """The groups typed, one per non-blank line."""
        return [line.strip() for line in self.groups.toPlainText().splitlines() if line.strip()]


class VotingController(QObject):
    """The dot vote running in one window, and the group whose dots are being placed.

    Signals:
        changed: a session started or ended, the active group changed, or a vote was cast
            or undone (remaining votes may differ).
    """

    changed = Signal()

    def __init__(self, document: JourneyDocument, prompts: Prompts,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self._prompts = prompts
        self.session: VotingSession | None = None
        self.active_group = ""
        # A bound slot, not a lambda: Qt drops the connection when this controller goes,
        # and a closing window's history is cleared (and tells its listeners) after it.
        document.undo_stack.indexChanged.connect(self._on_history_moved)
        document.project_replaced.connect(self.stop)

    def _on_history_moved(self, _index: int) -> None:
        self.changed.emit()

    @property
    def running(self) -> bool:
        return self.session is not None

    def ask_and_start(self, parent: QWidget | None = None) -> bool:
        """Ask for the groups and votes, then start; False when cancelled or refused."""
        dialog = VotingSetupDialog(parent)
        try:
            if not self._prompts.run(dialog):
                return False
            limit = dialog.limit.value() or None
            return self.start(dialog.group_names(), dialog.votes.value(), limit)
        finally:
            dialog.deleteLater()

    def start(self, groups: list[str], votes_per_group: int,
              max_per_item: int | None = None) -> bool:
        """Start a session; a refused setup is explained and gives False."""
        problem = ""
        if not groups:
            problem = translate("PainPoints", "Add at least one group of participants.")
        elif len(set(groups)) != len(groups):
            problem = translate("PainPoints", "Two groups have the same name: give each group "
                                              "its own.")
        if problem:
            self._prompts.show_error(translate("PainPoints", "Cannot start the vote"), problem)
            return False
        try:
            self.session = VotingSession(groups, votes_per_group, max_per_item)
        except VotingError as error:
            self._prompts.show_error(translate("PainPoints", "Cannot start the vote"),
                                     str(error))
            return False
        self.active_group = self.session.groups[0]
        self.changed.emit()
        return True

    def stop(self) -> None:
        """End the session; the votes stay on the items (and in the undo history)."""
        if self.session is not None:
            self.session = None
            self.changed.emit()

    def set_active_group(self, group: str) -> None:
        if self.session is not None and group in self.session.groups:
            self.active_group = group
            self.changed.emit()

    def remaining(self) -> list[tuple[str, int]]:
        """Each group with the votes it has left."""
        if self.session is None:
            return []
        return [(group, self.session.remaining(group)) for group in self.session.groups]

    def vote(self, journey_id: str, item_id: str, withdraw: bool = False) -> bool:
        """The active group votes for (or takes back a vote from) an item, as one undo step.

        A vote the session refuses (no vote left, the limit per item) is explained.
        """
        if self.session is None:
            return False
        problem = self._refusal(item_id, withdraw)
        if problem:
            self._prompts.show_error(translate("PainPoints", "Vote not counted"), problem)
            return False
        command = WithdrawVote if withdraw else CastVote
        try:
            self._document.undo_stack.push(command(self._document, self.session, journey_id,
                                                   self.active_group, item_id))
        except VotingError as error:
            self._prompts.show_error(translate("PainPoints", "Vote not counted"), str(error))
            return False
        return True

    def _refusal(self, item_id: str, withdraw: bool) -> str:
        """Why the active group may not vote (or take back a vote) here; "" when it may."""
        session, group = self.session, self.active_group
        assert session is not None
        placed = session.votes_of(group).get(item_id, 0)
        if withdraw and placed <= 0:
            return translate("PainPoints", "Group “%1” has no vote on this item to take "
                                           "back.").replace("%1", group)
        if not withdraw and session.remaining(group) <= 0:
            return translate("PainPoints", "Group “%1” has used all its %2 votes. Take back "
                                           "one of them before voting again.").replace(
                "%1", group).replace("%2", str(session.votes_per_group))
        if (not withdraw and session.max_per_item is not None
                and placed >= session.max_per_item):
            return translate("PainPoints", "Group “%1” already put %2 votes on this item, the "
                                           "most allowed. Vote for another item.").replace(
                "%1", group).replace("%2", str(session.max_per_item))
        return ""
