"""A snapshot beside the project as it is now: both maps of a journey, and what changed
between them listed by place, as the comparison window lists a target journey's changes."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QFont, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from cxdesigner.document import JourneyDocument
from cxdesigner.layout import palette
from cxdesigner.model import History, Project
from cxdesigner.ui.comparison.maps import ComparisonMap
from cxdesigner.ui.comparison.window import dot
from cxdesigner.ui.i18n import translate
from cxdesigner.ui.versions.snapshots_dialog import taken_text
from cxdesigner.versions.diff import ProjectDiff, diff_projects
from cxdesigner.versions.report import ReportGroup, describe_diff
from cxdesigner.versions.snapshots import SnapshotError, snapshot_project
from cxdesigner.versions.tree import FlatProject

IDS_ROLE = Qt.ItemDataRole.UserRole
SIGN_COLOURS = {"+": palette.EMOTION_POSITIVE, "-": palette.EMOTION_NEGATIVE,
                "~": palette.JOURNEY_CURRENT, ">": palette.JOURNEY_TARGET}
"""Added, removed, changed, moved: better and worse as the comparison window colours them."""
_ON_THE_MAP = ("stages", "touchpoints")


class SnapshotComparison(QDialog):
    """Compares one snapshot of the document's project with the project now, live."""

    def __init__(self, document: JourneyDocument, language: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("snapshotComparison")
        self.setWindowTitle(translate("Snapshots", "Snapshot and Now"))
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.setModal(False)
        self._document = document
        self._language = language
        self.snapshot_id: str | None = None
        self.snapshot_document: JourneyDocument | None = None
        self.diff: ProjectDiff | None = None
        self.groups: list[ReportGroup] = []
        self.then_map: ComparisonMap | None = None
        self.now_map: ComparisonMap | None = None
        self.snapshots = QComboBox(self)
        self.snapshots.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.snapshots.currentIndexChanged.connect(lambda _i: self._load_snapshot())
        self.journeys = QComboBox(self)
        self.journeys.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.journeys.currentIndexChanged.connect(lambda _i: self._rebuild_maps())
        fit = QAction(translate("Comparison", "Fit Maps"), self)
        fit.triggered.connect(self.fit_maps)
        self.fit_button = QToolButton(self)
        self.fit_button.setDefaultAction(fit)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.tree = QTreeWidget(self)
        self.tree.setHeaderHidden(True)
        self.tree.setWordWrap(True)
        self.tree.itemClicked.connect(lambda item, _column: self.select_row(item))
        self.tree.currentItemChanged.connect(
            lambda item, _old: self.select_row(item) if item is not None else None)
        self.maps = QSplitter(Qt.Orientation.Vertical, self)
        self._build()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self.recompute)
        for signal in (document.structure_changed, document.touchpoint_changed,
                       document.stage_changed, document.flow_changed, document.note_changed,
                       document.collection_changed, document.project_changed,
                       document.journeys_changed, document.project_replaced):
            signal.connect(self._schedule)
        document.project_replaced.connect(self.refresh_snapshots)
        document.project_changed.connect(lambda fields: self.refresh_snapshots()
                                         if "history" in fields else None)
        self.resize(1500, 920)
        self.refresh_snapshots()

    def _schedule(self, *_args: object) -> None:
        self._timer.start()

    @override
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self, self.fit_maps)  # once the maps have their size on screen

    def _build(self) -> None:
        bar = QHBoxLayout()
        bar.addWidget(QLabel(translate("Snapshots", "Snapshot:"), self))
        bar.addWidget(self.snapshots)
        bar.addSpacing(16)
        bar.addWidget(QLabel(translate("Snapshots", "Journey:"), self))
        bar.addWidget(self.journeys)
        bar.addSpacing(16)
        bar.addWidget(self.fit_button)
        bar.addStretch(1)
        side = QWidget(self)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        title = QLabel(translate("Comparison", "Differences"), side)
        font = QFont(title.font())
        font.setBold(True)
        title.setFont(font)
        side_layout.addWidget(title)
        side_layout.addWidget(self.summary)
        side_layout.addWidget(self.tree, 1)
        hint = QLabel(translate("Comparison", "Click a line to show it on the maps."), side)
        hint.setEnabled(False)
        side_layout.addWidget(hint)
        body = QSplitter(Qt.Orientation.Horizontal, self)
        body.addWidget(self.maps)
        body.addWidget(side)
        body.setStretchFactor(0, 3)
        body.setStretchFactor(1, 2)
        body.setSizes([900, 600])
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(body, 1)

    # ------------------------------------------------------------------ choosing

    def refresh_snapshots(self) -> None:
        """List the project's snapshots, newest first, keeping the one chosen."""
        chosen = self.snapshot_id
        history = self._document.project.history
        blocked = self.snapshots.blockSignals(True)
        try:
            self.snapshots.clear()
            for snapshot in sorted(history.snapshots, key=lambda s: s.taken.timestamp(),
                                   reverse=True):
                self.snapshots.addItem(f"{snapshot.name} — {taken_text(snapshot.taken)}",
                                       snapshot.id)
            self.snapshots.setCurrentIndex(max(0, self.snapshots.findData(chosen)))
        finally:
            self.snapshots.blockSignals(blocked)
        self._load_snapshot()

    def set_snapshot(self, snapshot_id: str) -> None:
        """Compare this snapshot with now."""
        index = self.snapshots.findData(snapshot_id)
        if index >= 0:
            self.snapshots.setCurrentIndex(index)
            self._load_snapshot()

    def set_journey(self, journey_id: str) -> None:
        index = self.journeys.findData(journey_id)
        if index >= 0:
            self.journeys.setCurrentIndex(index)

    def _load_snapshot(self) -> None:
        wanted = self.snapshots.currentData()
        if wanted == self.snapshot_id and self.snapshot_document is not None:
            self.recompute()
            return
        self.snapshot_id = str(wanted) if wanted else None
        old = self.snapshot_document
        self.snapshot_document = None
        if self.snapshot_id is not None:
            try:
                project = snapshot_project(self._document.project.history, self.snapshot_id)
            except (KeyError, SnapshotError):
                project = None
            if project is not None:
                self.snapshot_document = JourneyDocument(project, None, parent=self)
        self._fill_journeys()
        self._rebuild_maps(force=True)
        if old is not None:
            old.deleteLater()

    def _then(self) -> Project | None:
        return self.snapshot_document.project if self.snapshot_document is not None else None

    def _fill_journeys(self) -> None:
        chosen = self.journeys.currentData()
        then = self._then()
        journeys = list(self._document.project.journeys)
        known = {journey.id for journey in journeys}
        journeys += [j for j in (then.journeys if then else []) if j.id not in known]
        blocked = self.journeys.blockSignals(True)
        try:
            self.journeys.clear()
            for journey in journeys:
                self.journeys.addItem(journey.name, journey.id)
            self.journeys.setCurrentIndex(max(0, self.journeys.findData(chosen)))
        finally:
            self.journeys.blockSignals(blocked)

    def _rebuild_maps(self, force: bool = False) -> None:
        journey_id = self.journeys.currentData()
        shown = (self.then_map.journey_id if self.then_map else None,
                 self.now_map.journey_id if self.now_map else None)
        if force or shown != (journey_id, journey_id):
            while self.maps.count():
                widget = self.maps.widget(0)
                if widget is None:
                    break
                widget.setParent(None)
                widget.deleteLater()
            self.then_map = self.now_map = None
            name = self.snapshots.currentText()
            for document, caption, accent, attribute in (
                    (self.snapshot_document, translate("Snapshots", "Snapshot — %1").replace(
                        "%1", name), palette.JOURNEY_CURRENT, "then_map"),
                    (self._document, translate("Snapshots", "Now"), palette.JOURNEY_TARGET,
                     "now_map")):
                if document is not None and journey_id is not None and any(
                        j.id == journey_id for j in document.project.journeys):
                    shown_map = ComparisonMap(document, str(journey_id), caption, accent,
                                              self.maps)
                    setattr(self, attribute, shown_map)
                    self.maps.addWidget(shown_map)
                else:
                    missing = QLabel(translate("Snapshots", "%1: this journey is not there.")
                                     .replace("%1", caption), self.maps)
                    missing.setAlignment(Qt.AlignmentFlag.AlignCenter)
                    self.maps.addWidget(missing)
            QTimer.singleShot(0, self, self.fit_maps)
        self.recompute()

    def fit_maps(self) -> None:
        for shown in (self.then_map, self.now_map):
            if shown is not None:
                shown.view.fit_to_window()

    # ------------------------------------------------------------------ comparing

    def recompute(self) -> None:
        """Compare the snapshot with the project now (after an edit, or another choice)."""
        self.tree.clear()
        then = self._then()
        if then is None:
            self.diff, self.groups = None, []
            self.summary.setText(translate("Snapshots", "This snapshot cannot be read."))
            return
        # The snapshots themselves are not part of what a snapshot keeps.
        now = self._document.project.model_copy(update={"history": History()})
        self.diff = diff_projects(then, now)
        self.groups = describe_diff(self.diff, self._language)
        blocked = self.tree.blockSignals(True)
        try:
            for group in self.groups:
                top = QTreeWidgetItem([group.title])
                font = QFont(top.font(0))
                font.setBold(True)
                top.setFont(0, font)
                ids: list[str] = []
                for line in group.lines:
                    child = QTreeWidgetItem([line.text])
                    child.setIcon(0, dot(SIGN_COLOURS[line.sign]))
                    child.setToolTip(0, line.text)
                    child.setData(0, IDS_ROLE, [line.entity_id] if line.entity_id else [])
                    top.addChild(child)
                    ids += [line.entity_id] if line.entity_id else []
                top.setData(0, IDS_ROLE, ids)
                self.tree.addTopLevelItem(top)
                top.setExpanded(len(group.lines) <= 12)
        finally:
            self.tree.blockSignals(blocked)
        count = sum(len(group.lines) for group in self.groups)
        self.summary.setText(
            translate("Snapshots", "No changes since this snapshot.") if not count else
            translate("Snapshots", "Changes since this snapshot: %1.").replace("%1", str(count)))

    def lines(self) -> list[tuple[str, list[str]]]:
        """What the list shows: each group's title and its lines."""
        return [(group.title, [line.text for line in group.lines]) for group in self.groups]

    def select_row(self, item: QTreeWidgetItem) -> None:
        """Select on both maps what the clicked line is about (its card or stage)."""
        ids = item.data(0, IDS_ROLE) or []
        if self.diff is None or not ids:
            return
        for shown, flat in ((self.then_map, self.diff.old), (self.now_map, self.diff.new)):
            if shown is not None:
                shown.select([found for entity_id in ids
                              for found in _on_the_map(flat, entity_id)])


def _on_the_map(flat: FlatProject, entity_id: str) -> list[str]:
    """The stage or card standing for an entity on the map (a card's pain point: the card;
    a flow: both its ends)."""
    node = flat.nodes.get(entity_id)
    if node is None:
        return []
    if node.kind == "flows":
        return [str(node.fields.get(key)) for key in ("source_id", "target_id")]
    for candidate in [entity_id, *flat.ancestors(entity_id)]:
        if flat.nodes[candidate].kind in _ON_THE_MAP:
            return [candidate]
    return []
