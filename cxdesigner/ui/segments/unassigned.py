"""The contacts that belong to no profile, their reasons, and where each probably belongs."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from cxdesigner.analysis.profiles import ProfileFollowUp
from cxdesigner.model import ContactProfile, Project
from cxdesigner.ui.i18n import translate
from cxdesigner.ui.segments.suggestions import suggest_profile
from cxdesigner.ui.segments.tables import cell, fill, make_table
from cxdesigner.ui.segments.texts import count, percent


class UnassignedPanel(QGroupBox):
    """Reasons of the unassigned contacts, most frequent first, with a suggested profile.

    ``add_reason(profile_id, reason)`` and ``new_profile(reason)`` do the edits.
    """

    def __init__(
        self, add_reason: Callable[[str, str], None], new_profile: Callable[[str], None]
    ) -> None:
        super().__init__(translate("Segments", "Contacts without a profile"))
        self._add_reason, self._new_profile = add_reason, new_profile
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.table = make_table(self)
        self.table.currentCellChanged.connect(lambda *_: self._follow_suggestion())
        self.target = QComboBox(self)
        self.add_button = QPushButton(translate("Segments", "Add Reason to Profile"), self)
        self.add_button.setToolTip(
            translate("Segments", "Contacts with this reason then belong to the profile")
        )
        self.new_button = QPushButton(translate("Segments", "New Profile from Reason"), self)
        self.add_button.clicked.connect(self.add_selected)
        self.new_button.clicked.connect(self.new_from_selected)
        target = QHBoxLayout()
        target.addWidget(QLabel(translate("Segments", "To:"), self))
        target.addWidget(self.target, 1)
        target.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(target)
        layout.addWidget(self.new_button, 0, Qt.AlignmentFlag.AlignRight)
        self._reasons: list[str] = []
        self._suggested: list[str | None] = []
        self.read_only = False

    def refresh(
        self, project: Project, follow: ProfileFollowUp, selected: ContactProfile | None
    ) -> None:
        """Show the unassigned contacts of ``follow``."""
        loose = follow.unassigned
        if loose.contacts:
            self.summary.setText(
                translate(
                    "Segments",
                    "%1 contacts (%2) belong to no profile. Their reasons, "
                    "with the profile each probably belongs to:",
                )
                .replace("%1", count(loose.contacts))
                .replace("%2", percent(loose.share))
            )
        else:
            self.summary.setText(translate("Segments", "Every contact belongs to a profile."))
        self._reasons = list(loose.reasons)
        rows = []
        self._suggested = []
        for reason, number in loose.reasons.items():
            suggestion = suggest_profile(reason, project.contact_profiles)
            self._suggested.append(suggestion.id if suggestion else None)
            rows.append(
                [
                    cell(reason, bold=True),
                    cell(count(number), right=True),
                    cell(
                        suggestion.name
                        if suggestion
                        else translate("Segments", "a profile of its own"),
                        italic=suggestion is None,
                    ),
                ]
            )
        fill(
            self.table,
            [
                translate("Segments", "Reason"),
                translate("Segments", "Contacts"),
                translate("Segments", "Suggested profile"),
            ],
            rows,
            stretch=0,
        )
        chosen = self.target.currentData()
        blocked = self.target.blockSignals(True)
        self.target.clear()
        for profile in project.contact_profiles:
            self.target.addItem(profile.name, profile.id)
        self.target.setCurrentIndex(
            max(
                0,
                self.target.findData(
                    chosen if chosen is not None else (selected.id if selected else None)
                ),
            )
        )
        self.target.blockSignals(blocked)
        self._follow_suggestion()

    def set_target(self, profile: ContactProfile) -> None:
        """Offer ``profile`` when the selected reason has no suggestion."""
        if self.selected_suggestion() is None:
            self.target.setCurrentIndex(max(0, self.target.findData(profile.id)))

    def selected_reason(self) -> str | None:
        row = self.table.currentRow()
        return self._reasons[row] if 0 <= row < len(self._reasons) else None

    def selected_suggestion(self) -> str | None:
        row = self.table.currentRow()
        return self._suggested[row] if 0 <= row < len(self._suggested) else None

    def _follow_suggestion(self) -> None:
        suggestion = self.selected_suggestion()
        if suggestion is not None:
            self.target.setCurrentIndex(max(0, self.target.findData(suggestion)))
        self._enable()

    def _enable(self) -> None:
        reason = self.selected_reason() is not None
        self.add_button.setEnabled(reason and self.target.count() > 0)
        self.new_button.setEnabled(reason)

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        for widget in (self.target, self.add_button, self.new_button):
            widget.setVisible(not read_only)

    def add_selected(self) -> None:
        reason = self.selected_reason()
        target = self.target.currentData()
        if reason is not None and target is not None:
            self._add_reason(str(target), reason)

    def new_from_selected(self) -> None:
        reason = self.selected_reason()
        if reason is not None:
            self._new_profile(reason)
