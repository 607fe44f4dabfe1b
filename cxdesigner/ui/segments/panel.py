"""The "Segments & contact profiles" panel: mapping as a process, in five tabs.

Segments (who gets in touch, when, on which channel), effort per segment, contact profiles
(followed over time and valued), the impact of corrective actions, and the contact log
itself. The figures come from :mod:`cxdesigner.analysis`; edits go through the undo stack.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDockWidget, QTabWidget, QVBoxLayout, QWidget
from typing_extensions import override

from cxdesigner.ui.i18n import translate
from cxdesigner.ui.panel_context import PanelContext
from cxdesigner.ui.segments.contact_log import ContactLogTab
from cxdesigner.ui.segments.editing import SegmentEdits
from cxdesigner.ui.segments.effort_tab import EffortTab
from cxdesigner.ui.segments.impact_tab import ImpactTab
from cxdesigner.ui.segments.importing import ContactLogImport
from cxdesigner.ui.segments.profiles_tab import ProfilesTab
from cxdesigner.ui.segments.prompts import SegmentPrompts
from cxdesigner.ui.segments.segments_tab import SegmentsTab
from cxdesigner.ui.segments.unassigned import UnassignedPanel

WATCHED = frozenset({"contacts", "segments", "contact_profiles", "actions", "answers", "channels"})
"""The project lists whose changes change the panel's figures."""


class SegmentsPanel(QWidget):
    """Segments, effort, contact profiles, impact and the contact log of one project.

    The figures are worked out again after each change, once the change is complete (the
    next turn of the event loop), and only for the tab in view; the other tabs catch up
    when shown.
    """

    def __init__(self, context: PanelContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.document = document = context.document
        self.prompts = SegmentPrompts(context.dialog_parent, context.prompts)
        self.edits = SegmentEdits(document, self.prompts, self)
        self.importer = ContactLogImport(document, self.prompts, context.language)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.segments = SegmentsTab(document, self.prompts, self.edits.add_count, self.tabs)
        self.effort = EffortTab(self.tabs)
        self.unassigned = UnassignedPanel(self.edits.add_reason, self._new_profile)
        self.profiles = ProfilesTab(document, self.unassigned, self.tabs)
        self.impact = ImpactTab(self.tabs)
        self.log = ContactLogTab(
            lambda: self.edits.add_count(None),
            self.edits.edit_count,
            self.edits.delete_count,
            self.import_log,
            self.tabs,
        )
        for tab, title in (
            (self.segments, translate("Segments", "1 · Segments")),
            (self.effort, translate("Segments", "2 · Effort")),
            (self.profiles, translate("Segments", "3–4 · Contact profiles")),
            (self.impact, translate("Segments", "5 · Impact")),
            (self.log, translate("Segments", "Contact log")),
        ):
            self.tabs.addTab(tab, title)
        self.tabs.setTabToolTip(
            0, translate("Segments", "Who gets in touch, when and on which channel")
        )
        self.tabs.setTabToolTip(
            1, translate("Segments", "The effort score per segment, the NPS as a yardstick")
        )
        self.tabs.setTabToolTip(
            2,
            translate(
                "Segments",
                "Contacts grouped by the problem behind them, followed over time and valued",
            ),
        )
        self.tabs.setTabToolTip(
            3, translate("Segments", "Each action's profile before and after its date")
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self.profiles.add_button.clicked.connect(lambda: self._new_profile(""))
        self.profiles.rename_button.clicked.connect(self._rename_profile)
        self.profiles.delete_button.clicked.connect(self._delete_profile)
        self._stale: set[QWidget] = set()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.refresh_now)
        self.tabs.currentChanged.connect(lambda _index: self.refresh_now())
        document.project_replaced.connect(self.schedule_refresh)
        document.collection_changed.connect(self._on_collection_changed)
        document.structure_changed.connect(self._on_structure_changed)
        document.stage_changed.connect(self._on_place_changed)
        document.touchpoint_changed.connect(self._on_place_changed)
        if context.read_only:
            self.set_read_only(True)
        self.schedule_refresh()

    # ------------------------------------------------------------------ refreshing

    def _on_structure_changed(self, _journey_id: str) -> None:
        self.schedule_refresh()

    def schedule_refresh(self) -> None:
        """Work the figures out again once the current change is complete."""
        self._stale = set(self._tabs())
        self._timer.start()

    def refresh_now(self) -> None:
        """Bring the tab in view up to date (a hidden panel waits until it is shown)."""
        self._timer.stop()
        tab = self.tabs.currentWidget()
        if tab in self._stale and self.isVisible():
            self._stale.discard(tab)
            self._refresh_tab(tab)

    def refresh_all(self) -> None:
        """Bring every tab up to date now, visible or not."""
        self._timer.stop()
        for tab in self._tabs():
            self._refresh_tab(tab)
        self._stale.clear()

    def _tabs(self) -> list[QWidget]:
        return [self.segments, self.effort, self.profiles, self.impact, self.log]

    @override
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh_now()

    def _refresh_tab(self, tab: QWidget) -> None:
        project = self.document.project
        if isinstance(tab, SegmentsTab | EffortTab | ProfilesTab | ImpactTab | ContactLogTab):
            tab.refresh(project)

    @override
    def changeEvent(self, event: QEvent) -> None:
        """A light or dark window: the tables' colours follow."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self.schedule_refresh()

    def _on_collection_changed(self, name: str) -> None:
        if name in WATCHED:
            self.schedule_refresh()

    def _on_place_changed(self, _journey_id: str, _item_id: str, fields: list[str]) -> None:
        if {"name", "title"} & set(fields):
            self.schedule_refresh()

    # ------------------------------------------------------------------ actions

    def show_tab(self, tab: QWidget) -> None:
        """Show the panel on ``tab`` (its dock brought to the front)."""
        dock = self.parentWidget()
        if isinstance(dock, QDockWidget):
            dock.show()
            dock.raise_()
        self.tabs.setCurrentWidget(tab)
        self.refresh_now()

    def import_log(self) -> bool:
        """Ask for a contact log and import it; the panel then shows the segments."""
        if not self.importer.ask_and_import():
            return False
        self.show_tab(self.segments)
        self._context.report(self.importer.last_summary, 15000)
        return True

    def set_read_only(self, read_only: bool) -> None:
        """Show the figures, but offer no edits."""
        self.segments.set_read_only(read_only)
        self.profiles.set_read_only(read_only)
        self.log.set_read_only(read_only)

    def _new_profile(self, reason: str) -> None:
        profile = self.edits.add_profile(reason)
        if profile is not None:
            self.refresh_all()
            self.profiles.select(profile.id)

    def _rename_profile(self) -> None:
        profile = self.profiles.selected()
        if profile is not None:
            self.edits.rename_profile(profile)

    def _delete_profile(self) -> None:
        profile = self.profiles.selected()
        if profile is not None:
            self.edits.delete_profile(profile)
