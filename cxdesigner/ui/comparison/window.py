"""The comparison window: the current and the target map, their differences, the emotion gain."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QBrush, QColor, QFont, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QButtonGroup,
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

from cxdesigner.analysis.comparison import JourneyComparison, compare_journeys
from cxdesigner.document import JourneyDocument
from cxdesigner.export.comparison_section import improvement_pairs
from cxdesigner.layout import palette
from cxdesigner.model import Journey
from cxdesigner.ui.comparison.chart import EmotionChart
from cxdesigner.ui.comparison.differences import DifferenceBuilder, Row, Tone, mean_text
from cxdesigner.ui.comparison.maps import ComparisonMap
from cxdesigner.ui.i18n import translate

IDS_ROLE = Qt.ItemDataRole.UserRole
_TONE_COLOURS = {Tone.GOOD: palette.EMOTION_POSITIVE, Tone.BAD: palette.EMOTION_NEGATIVE,
                 Tone.NEUTRAL: palette.INK_FAINT}


def dot(hex_colour: str) -> QIcon:
    """A small round mark of ``hex_colour``, as the lines of the differences list have."""
    pixmap = QPixmap(12, 12)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(hex_colour))
    painter.drawEllipse(2, 2, 8, 8)
    painter.end()
    return QIcon(pixmap)


class ComparisonWindow(QDialog):
    """Compares a target journey with the current journey it improves, live."""

    def __init__(self, document: JourneyDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("comparisonWindow")
        self.setWindowTitle(translate("Comparison", "Current and Target Journeys"))
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.setModal(False)
        self._document = document
        self.comparison: JourneyComparison | None = None
        self.current_map: ComparisonMap | None = None
        self.target_map: ComparisonMap | None = None
        self.targets = QComboBox(self)
        self.targets.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.targets.currentIndexChanged.connect(lambda _i: self._rebuild_maps())
        self.personas = QComboBox(self)
        self.personas.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.personas.currentIndexChanged.connect(lambda _i: self._on_persona_changed())
        self.side_by_side = self._toggle(translate("Comparison", "Side by Side"))
        self.stacked = self._toggle(translate("Comparison", "Stacked"))
        group = QButtonGroup(self)
        group.setExclusive(True)
        group.addButton(self.side_by_side)
        group.addButton(self.stacked)
        # Maps are much wider than tall: one above the other, each gets the full width.
        self.stacked.setChecked(True)
        self.stacked.toggled.connect(self.set_stacked)
        fit = QAction(translate("Comparison", "Fit Maps"), self)
        fit.triggered.connect(self.fit_maps)
        self.fit_button = QToolButton(self)
        self.fit_button.setDefaultAction(fit)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.tree = QTreeWidget(self)
        self.tree.setHeaderHidden(True)
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.tree.itemClicked.connect(lambda item, _column: self.select_row(item))
        self.tree.currentItemChanged.connect(
            lambda item, _previous: self.select_row(item) if item is not None else None)
        self.chart = EmotionChart(self)
        self.empty = QLabel(translate(
            "Comparison", "No target journey improves a current journey in this project.\n"
                          "Use Journey ▸ Create Target Journey on a current journey first."),
            self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.maps = QSplitter(Qt.Orientation.Vertical, self)
        self._build()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self.recompute)
        for signal in (document.structure_changed, document.touchpoint_changed,
                       document.stage_changed, document.flow_changed,
                       document.collection_changed):
            signal.connect(self._schedule)
        document.journeys_changed.connect(self.refresh_targets)
        document.project_replaced.connect(self.refresh_targets)
        self.resize(1500, 920)
        self.refresh_targets()

    def _schedule(self, *_args: object) -> None:
        """Compare again shortly: a burst of edits costs one comparison."""
        self._timer.start()

    def _toggle(self, text: str) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setCheckable(True)
        button.setAutoRaise(False)
        return button

    def _build(self) -> None:
        bar = QHBoxLayout()
        bar.addWidget(QLabel(translate("Comparison", "Target journey:"), self))
        bar.addWidget(self.targets)
        bar.addSpacing(16)
        bar.addWidget(QLabel(translate("Comparison", "Persona:"), self))
        bar.addWidget(self.personas)
        bar.addSpacing(16)
        for button in (self.side_by_side, self.stacked, self.fit_button):
            bar.addWidget(button)
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
        top = QSplitter(Qt.Orientation.Horizontal, self)
        top.addWidget(self.maps)
        top.addWidget(side)
        top.setStretchFactor(0, 3)
        top.setStretchFactor(1, 1)
        top.setSizes([1080, 400])
        body = QSplitter(Qt.Orientation.Vertical, self)
        body.addWidget(top)
        body.addWidget(self.chart)
        body.setStretchFactor(0, 3)
        body.setStretchFactor(1, 1)
        body.setSizes([640, 240])
        self.body = body
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(body, 1)
        layout.addWidget(self.empty, 1)

    # ------------------------------------------------------------------ choosing

    def pairs(self) -> list[tuple[Journey, Journey]]:
        project = self._document.project
        return improvement_pairs(project, project.journeys)

    def refresh_targets(self) -> None:
        """List the target journeys that improve a current one, keeping the choice."""
        chosen = self.targets.currentData()
        blocked = self.targets.blockSignals(True)
        try:
            self.targets.clear()
            for current, target in self.pairs():
                self.targets.addItem(translate("Comparison", "%1 (improves %2)").replace(
                    "%1", target.name).replace("%2", current.name), target.id)
            self.targets.setCurrentIndex(max(0, self.targets.findData(chosen)))
        finally:
            self.targets.blockSignals(blocked)
        has_pairs = self.targets.count() > 0
        self.body.setVisible(has_pairs)
        self.empty.setVisible(not has_pairs)
        self._rebuild_maps()

    def set_target(self, target_id: str) -> None:
        """Compare this target journey (with the journey it improves)."""
        index = self.targets.findData(target_id)
        if index >= 0:
            self.targets.setCurrentIndex(index)

    def set_persona(self, persona_id: str | None) -> None:
        """Compare the emotions of this persona (None: the touchpoints' own)."""
        self.personas.setCurrentIndex(max(0, self.personas.findData(persona_id or "")))

    def persona_id(self) -> str | None:
        value = self.personas.currentData()
        return str(value) if value else None

    def chosen(self) -> tuple[Journey, Journey] | None:
        target_id = self.targets.currentData()
        return next(((c, t) for c, t in self.pairs() if t.id == target_id), None)

    def _fill_personas(self, current: Journey, target: Journey) -> None:
        chosen = self.persona_id()
        wanted = set(current.persona_ids) | set(target.persona_ids)
        personas = [p for p in self._document.project.personas if p.id in wanted] \
            or list(self._document.project.personas)
        blocked = self.personas.blockSignals(True)
        try:
            self.personas.clear()
            self.personas.addItem(translate("Comparison", "Touchpoint emotions"), "")
            for persona in personas:
                self.personas.addItem(persona.name, persona.id)
            self.personas.setCurrentIndex(max(0, self.personas.findData(chosen or "")))
        finally:
            self.personas.blockSignals(blocked)

    def _rebuild_maps(self) -> None:
        pair = self.chosen()
        known = (self.current_map.journey_id if self.current_map else None,
                 self.target_map.journey_id if self.target_map else None)
        if pair is None or known != (pair[0].id, pair[1].id):
            for old in (self.current_map, self.target_map):
                if old is not None:
                    old.setParent(None)
                    old.deleteLater()
            self.current_map = self.target_map = None
            if pair is not None:
                current, target = pair
                self.current_map = ComparisonMap(self._document, current.id, translate(
                    "Comparison", "Current journey — %1").replace("%1", current.name),
                    palette.JOURNEY_CURRENT, self.maps)
                self.target_map = ComparisonMap(self._document, target.id, translate(
                    "Comparison", "Target journey — %1").replace("%1", target.name),
                    palette.JOURNEY_TARGET, self.maps)
                self.maps.addWidget(self.current_map)
                self.maps.addWidget(self.target_map)
                QTimer.singleShot(0, self, self.fit_maps)
        if pair is not None:
            self._fill_personas(*pair)
        self.recompute()

    def set_stacked(self, stacked: bool) -> None:
        """The maps one above the other (True) or side by side."""
        if self.stacked.isChecked() != stacked:
            self.stacked.setChecked(stacked)
            self.side_by_side.setChecked(not stacked)
        self.maps.setOrientation(Qt.Orientation.Vertical if stacked
                                 else Qt.Orientation.Horizontal)
        QTimer.singleShot(0, self, self.fit_maps)

    def fit_maps(self) -> None:
        for shown in (self.current_map, self.target_map):
            if shown is not None:
                shown.view.fit_to_window()

    def _on_persona_changed(self) -> None:
        self.recompute()

    # ------------------------------------------------------------------ comparing

    def recompute(self) -> None:
        """Compare again (after an edit, or another target or persona)."""
        pair = self.chosen()
        self.tree.clear()
        if pair is None:
            self.comparison = None
            self.summary.clear()
            self.chart.set_rows(())
            return
        current, target = pair
        persona_id = self.persona_id()
        for shown in (self.current_map, self.target_map):
            if shown is not None:
                shown.view.set_persona(persona_id)
        project = self._document.project
        self.comparison = compare_journeys(project, current, target, persona_id)
        groups = DifferenceBuilder(project, current, target, self.comparison).groups()
        blocked = self.tree.blockSignals(True)
        try:
            for group in groups:
                item = self._item(group, top=True)
                self.tree.addTopLevelItem(item)
                # Short lists open; long ones show their count until clicked.
                item.setExpanded(0 < len(group.children) <= 8)
        finally:
            self.tree.blockSignals(blocked)
        self.summary.setText(self._summary_text(self.comparison))
        self.chart.set_rows(self.comparison.stage_emotions)

    def _item(self, row: Row, top: bool = False) -> QTreeWidgetItem:
        item = QTreeWidgetItem([row.text])
        item.setData(0, IDS_ROLE, (row.current, row.target))
        item.setToolTip(0, row.text)
        if top:
            font = QFont(item.font(0))
            font.setBold(True)
            item.setFont(0, font)
            item.setIcon(0, dot(_TONE_COLOURS[row.tone]))
        elif row.tone is not Tone.NEUTRAL:
            item.setForeground(0, QBrush(QColor(_TONE_COLOURS[row.tone])))
        for child in row.children:
            item.addChild(self._item(child))
        return item

    def _summary_text(self, c: JourneyComparison) -> str:
        def figure(label: str, before: object, after: object) -> str:
            return f"{label}&nbsp;<b>{before}&nbsp;→&nbsp;{after}</b>"

        parts = [figure(translate("Comparison", "Pain points"), c.irritants.before,
                        c.irritants.after),
                 figure(translate("Comparison", "Channel switches"), c.channel_switches.before,
                        c.channel_switches.after),
                 figure(translate("Comparison", "Hand-offs"), c.handoffs.before,
                        c.handoffs.after),
                 figure(translate("Comparison", "Mean emotion"), mean_text(c.emotion_before),
                        mean_text(c.emotion_after))]
        return " · ".join(parts)

    def differences(self) -> list[tuple[str, list[str]]]:
        """What the list shows: each group's line and its children's lines."""
        result = []
        for index in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(index)
            assert group is not None
            result.append((group.text(0), [_texts(group.child(i))
                                           for i in range(group.childCount())]))
        return [(title, [text for text in children if text]) for title, children in result]

    def select_row(self, item: QTreeWidgetItem) -> None:
        """Select in each map what the clicked line is about."""
        data = item.data(0, IDS_ROLE)
        if not data:
            return
        current_ids, target_ids = data
        if self.current_map is not None:
            self.current_map.select(current_ids)
        if self.target_map is not None:
            self.target_map.select(target_ids)


def _texts(item: QTreeWidgetItem | None) -> str:
    """The item's line, followed by its children's as ``line: child; child``."""
    if item is None:
        return ""
    children = [_texts(item.child(i)) for i in range(item.childCount())]
    return item.text(0) + (": " + "; ".join(children) if children else "")
