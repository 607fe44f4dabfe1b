"""The outline panel: the journey in view as an indented list a screen reader reads aloud,
edited from the keyboard (F2 or typing; Enter shows the touchpoint on the map)."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QLabel,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from cxdesigner.ui.i18n import translate
from cxdesigner.ui.outline.model import (
    CHOICE_ROLE,
    COLUMNS,
    ID_ROLE,
    KIND_ROLE,
    OutlineModel,
    emotion_choices,
    moment_choices,
)
from cxdesigner.ui.panel_context import PanelContext

Index = QModelIndex | QPersistentModelIndex
_OWN_KEYS = (Qt.Key.Key_F2, Qt.Key.Key_Return, Qt.Key.Key_Enter)


class ChoiceDelegate(QStyledItemDelegate):
    """Edits a moment or an emotion with a list of its values (arrows, then Enter)."""

    @override
    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: Index) -> QWidget:
        column = COLUMNS[index.column()]
        if column not in ("moment", "emotion"):
            return super().createEditor(parent, option, index)
        combo = QComboBox(parent)
        choices = moment_choices() if column == "moment" else emotion_choices()
        for text, value in choices:
            combo.addItem(text, value)
        combo.setAccessibleName(index.model().headerData(
            index.column(), Qt.Orientation.Horizontal))
        return combo

    @override
    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, QComboBox):
            found = editor.findData(index.data(CHOICE_ROLE))
            editor.setCurrentIndex(max(0, found))
            return
        super().setEditorData(editor, index)

    @override
    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
            return
        super().setModelData(editor, model, index)


class OutlineTree(QTreeView):
    """The outline's tree; Enter on a touchpoint shows it on the map."""

    def __init__(self, context: PanelContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context

    @override
    def event(self, event: QEvent) -> bool:
        # F2 edits the cell and Enter shows the card: here, not the window's (the map's).
        if isinstance(event, QKeyEvent) and event.type() == QEvent.Type.ShortcutOverride \
                and event.key() in _OWN_KEYS:
            event.accept()
            return True
        return super().event(event)

    @override
    def keyPressEvent(self, event: QKeyEvent) -> None:
        index = self.currentIndex()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) \
                and self.state() != QAbstractItemView.State.EditingState and index.isValid() \
                and index.data(KIND_ROLE) == "touchpoint":
            journey_id = self._context.journey_id()
            if journey_id is not None:
                self._context.show_touchpoint(journey_id, str(index.data(ID_ROLE)))
            return
        super().keyPressEvent(event)


class OutlinePanel(QWidget):
    """The journey in view as text, kept up to date, edited in place."""

    def __init__(self, context: PanelContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("outlinePanel")
        self._context = context
        document = context.document
        self.model = OutlineModel(document, self)
        self.tree = OutlineTree(context, self)
        self.tree.setModel(self.model)
        self.tree.setItemDelegate(ChoiceDelegate(self.tree))
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.tree.setAccessibleName(translate("Outline", "Outline of the journey"))
        self.tree.setAccessibleDescription(translate(
            "Outline", "The journey as text, stage by stage, in order: each touchpoint with its "
                       "moment of truth, emotion, channel and interlocutor. F2 edits the "
                       "selected cell; Enter shows the touchpoint on the map."))
        self.refusal = QLabel(self)
        self.refusal.setObjectName("ruleMessage")
        self.refusal.setWordWrap(True)
        self.refusal.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.refusal)
        self._pending = QTimer(self)
        self._pending.setSingleShot(True)
        self._pending.setInterval(0)
        self._pending.timeout.connect(self.refresh)
        self.model.dataChanged.connect(self._show_refusal)
        # Bound methods, not lambdas: Qt drops them with the panel, the document lives on.
        for signal in (document.structure_changed, document.touchpoint_changed,
                       document.stage_changed, document.collection_changed):
            signal.connect(self._on_changed)
        document.project_replaced.connect(self.refresh)
        context.journey_changed.connect(self.refresh)
        self.refresh()

    def _on_changed(self, *_: object) -> None:
        self._pending.start()  # many changes of one edit: one rebuild

    def refresh(self) -> None:
        """Show the journey in view as it is, keeping the current row where it can."""
        current = self.tree.currentIndex()
        place = (current.data(ID_ROLE), current.column()) if current.isValid() else None
        self.model.rebuild(self._context.journey_id())
        self.tree.expandAll()
        for column in range(1, len(COLUMNS)):
            self.tree.resizeColumnToContents(column)
        if place is not None:
            self._select(str(place[0]), int(place[1]))
        self._show_refusal()

    def _select(self, item_id: str, column: int) -> None:
        for row in range(self.model.rowCount()):
            stage = self.model.index(row, 0)
            candidates = [stage] + [self.model.index(child, 0, stage)
                                    for child in range(self.model.rowCount(stage))]
            for index in candidates:
                if index.data(ID_ROLE) == item_id:
                    self.tree.setCurrentIndex(index.siblingAtColumn(column))
                    return

    def _show_refusal(self, *_: object) -> None:
        self.refusal.setText(self.model.refused)
        self.refusal.setVisible(bool(self.model.refused))
