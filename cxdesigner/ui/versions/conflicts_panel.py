"""The merge conflicts panel: each conflict with its base, our and their values side by side;
choosing a side is one step in Edit ▸ Undo."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from cxdesigner.document.checks import DocumentRuleError, Place, validated
from cxdesigner.document.commands import ReplaceProjectState
from cxdesigner.document.commands.base import QT_TRANSLATE_NOOP
from cxdesigner.interface_language import interface_label
from cxdesigner.model import ConflictKind, MergeConflict, Project, Side
from cxdesigner.ui.i18n import translate
from cxdesigner.ui.panel_context import PanelContext
from cxdesigner.ui.versions.highlight import marked
from cxdesigner.versions.report import conflict_summary, conflict_values, conflict_where
from cxdesigner.versions.resolve import ResolutionError, resolved_data
from cxdesigner.versions.tree import ROOT, FlatProject, flatten

ID_ROLE = Qt.ItemDataRole.UserRole
COLUMNS = ("base", "ours", "theirs")


class ConflictsPanel(QWidget):
    """Lists the conflicts a merge recorded in the project and settles them one by one."""

    def __init__(self, context: PanelContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflictsPanel")
        self._context = context
        self._document = context.document
        self._flat: FlatProject | None = None
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setWordWrap(True)
        self.list.currentItemChanged.connect(lambda _item, _old: self._show_current())
        self.where = QLabel(self)
        self.where.setWordWrap(True)
        self.where.setTextFormat(Qt.TextFormat.PlainText)
        bold = QFont(self.where.font())
        bold.setBold(True)
        self.where.setFont(bold)
        self.what = QLabel(self)
        self.what.setWordWrap(True)
        self.headers: dict[str, QLabel] = {}
        self.values: dict[str, QLabel] = {}
        self.buttons = {side: QPushButton(self) for side in Side}
        for side, button in self.buttons.items():
            button.setObjectName(f"settle{side.value.capitalize()}")
            button.clicked.connect(lambda _checked=False, s=side: self.choose(s))
        self.show_button = QPushButton(translate("Conflicts", "Show on the Map"), self)
        self.show_button.clicked.connect(self.show_on_map)
        self._build()
        self._document.project_replaced.connect(self.refresh)
        self.refresh()

    def _build(self) -> None:
        detail = QWidget(self)
        grid = QGridLayout()
        titles = {"base": translate("Conflicts", "Before both"),
                  "ours": interface_label(Side.OURS), "theirs": interface_label(Side.THEIRS)}
        for column, key in enumerate(COLUMNS):
            header = QLabel(titles[key], detail)
            header.setStyleSheet("font-weight: bold")
            value = QLabel(detail)
            value.setWordWrap(True)
            value.setTextFormat(Qt.TextFormat.RichText)
            value.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setMinimumWidth(160)
            value.setObjectName(f"conflictValue{key.capitalize()}")
            self.headers[key], self.values[key] = header, value
            grid.addWidget(header, 0, column)
            grid.addWidget(value, 1, column)
            grid.setColumnStretch(column, 1)
        buttons = QHBoxLayout()
        for button in self.buttons.values():
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.show_button)
        detail_layout = QVBoxLayout(detail)
        detail_layout.addWidget(self.where)
        detail_layout.addWidget(self.what)
        detail_layout.addLayout(grid)
        detail_layout.addStretch(1)
        detail_layout.addLayout(buttons)
        self.detail = detail
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.list)
        splitter.addWidget(detail)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)

    # ------------------------------------------------------------------ showing

    def conflicts(self) -> list[MergeConflict]:
        return list(self._document.project.conflicts)

    def refresh(self) -> None:
        """List the project's conflicts again, keeping the one shown when it is still there."""
        chosen = self.current_id()
        project = self._document.project
        self._flat = flatten(project)
        language = self._context.language
        blocked = self.list.blockSignals(True)
        try:
            self.list.clear()
            for conflict in project.conflicts:
                item = QListWidgetItem(conflict_summary(conflict, self._flat, language,
                                                        short=True))
                item.setData(ID_ROLE, conflict.id)
                item.setToolTip(conflict_summary(conflict, self._flat, language))
                self.list.addItem(item)
        finally:
            self.list.blockSignals(blocked)
        count = len(project.conflicts)
        if count:
            self.summary.setText(translate(
                "Conflicts", "Conflicts to settle: %1. Until you choose, the project keeps the "
                             "side marked “kept now” and counts as conflicted.").replace(
                "%1", str(count)))
        else:
            self.summary.setText(translate(
                "Conflicts", "No conflicts left: the project is merged."))
        # Nothing left to settle: the summary alone, no empty list or unlabelled buttons.
        self.list.setVisible(bool(count))
        self.detail.setVisible(bool(count))
        ids = [conflict.id for conflict in project.conflicts]
        row = ids.index(chosen) if chosen in ids else 0
        if ids:
            self.list.setCurrentRow(min(row, len(ids) - 1))
        self._show_current()

    def current_id(self) -> str | None:
        item = self.list.currentItem()
        return str(item.data(ID_ROLE)) if item is not None else None

    def current(self) -> MergeConflict | None:
        wanted = self.current_id()
        return next((c for c in self._document.project.conflicts if c.id == wanted), None)

    def select(self, conflict_id: str) -> None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item is not None and item.data(ID_ROLE) == conflict_id:
                self.list.setCurrentRow(row)

    def _show_current(self) -> None:
        conflict = self.current()
        self.detail.setEnabled(conflict is not None)
        if conflict is None or self._flat is None:
            self.where.clear()
            self.what.clear()
            for label in self.values.values():
                label.clear()
            for button in self.buttons.values():
                button.setText("")
            return
        language = self._context.language
        self.where.setText(conflict_where(conflict, self._flat, language))
        self.what.setText(interface_label(conflict.kind))
        texts = conflict_values(conflict, self._flat, language)
        kept = translate("Conflicts", "%1 (kept now)")
        for key in COLUMNS:
            shown = marked(texts["base"], texts[key]) if key != "base" and \
                conflict.kind is ConflictKind.CHANGED else html.escape(texts[key], quote=False)
            self.values[key].setText(shown)
            title = interface_label(Side(key)) if key != "base" else \
                translate("Conflicts", "Before both")
            self.headers[key].setText(kept.replace("%1", title) if key == conflict.chosen.value
                                      else title)
        for side, button in self.buttons.items():
            button.setText(self._button_text(conflict, side))
        entity = conflict.entity_id or ROOT
        self.show_button.setEnabled(entity != ROOT and self._journey_of(entity) is not None)

    @staticmethod
    def _button_text(conflict: MergeConflict, side: Side) -> str:
        label = interface_label(side).lower()
        if conflict.kind is ConflictKind.REMOVED:
            keep = side is conflict.chosen
            text = translate("Conflicts", "Keep It (%1)") if keep else \
                translate("Conflicts", "Remove It (%1)")
        else:
            text = translate("Conflicts", "Keep %1") if side is conflict.chosen else \
                translate("Conflicts", "Use %1")
        return text.replace("%1", label)

    def _journey_of(self, entity_id: str) -> str | None:
        flat = self._flat
        if flat is None or entity_id not in flat.nodes:
            return None
        for candidate in [entity_id, *flat.ancestors(entity_id)]:
            if flat.nodes[candidate].kind == "journeys":
                return candidate
        return None

    # ------------------------------------------------------------------ choosing

    def choose(self, side: Side) -> bool:
        """Settle the conflict shown on ``side``: one undoable edit. False when refused."""
        conflict = self.current()
        if conflict is None:
            return False
        try:
            data = resolved_data(self._document.project, conflict.id, side)
            after = validated(Project, data, Place())
        except (ResolutionError, DocumentRuleError) as error:
            details = error.message(self._context.language) \
                if isinstance(error, DocumentRuleError) else str(error)
            self._context.prompts.show_error(
                translate("Conflicts", "Settle the conflict"),
                translate("Conflicts", "This side cannot be taken: what it needs is no longer "
                                       "in the project. The conflict stays as it was."),
                details)
            return False
        index = self.list.currentRow()
        command = ReplaceProjectState(self._document, after,
                                      QT_TRANSLATE_NOOP("Commands", "Settle merge conflict"))
        self._document.undo_stack.push(command)
        if self.list.count():
            self.list.setCurrentRow(min(index, self.list.count() - 1))
        self._context.report(translate("Conflicts", "Conflict settled: %1.").replace(
            "%1", self._button_text(conflict, side).lower()))
        return True

    def show_on_map(self) -> None:
        """Bring the card (or the journey) the conflict is about into view."""
        conflict = self.current()
        if conflict is None or conflict.entity_id is None or self._flat is None:
            return
        journey_id = self._journey_of(conflict.entity_id)
        if journey_id is None:
            return
        if self._flat.nodes[conflict.entity_id].kind == "touchpoints":
            self._context.show_touchpoint(journey_id, conflict.entity_id)
        else:
            self._context.show_journey(journey_id)

