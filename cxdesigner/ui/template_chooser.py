"""A list of journey templates by sector, the consultant's own included, with a preview."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from cxdesigner.interface_language import interface_label, interface_language
from cxdesigner.io.templates import JourneyTemplate, bundled_templates, user_templates
from cxdesigner.ui.i18n import translate

EMPTY_KEY = ""
"""The key of the choice "no template": a journey without stages."""


class TemplateChooser(QWidget):
    """The templates grouped by sector, named in the interface language; the preview shows
    the description and the stages in the content language."""

    def __init__(self, language: str, user_folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self._user_folder = user_folder
        self._own: dict[str, JourneyTemplate] = {}
        self.tree = QTreeWidget(self)
        self.tree.setHeaderHidden(True)
        self.tree.setObjectName("templateTree")
        self.tree.setExpandsOnDoubleClick(False)  # a double click chooses a template
        self.preview = QLabel(self)
        self.preview.setWordWrap(True)
        self.preview.setObjectName("templatePreview")
        self.preview.setMinimumHeight(self.preview.fontMetrics().lineSpacing() * 4)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.preview)
        self.tree.currentItemChanged.connect(lambda _new, _old: self._show_preview())
        self.reload()

    def reload(self) -> None:
        """List the templates again (after one was saved or imported)."""
        self.tree.clear()
        groups: dict[str, QTreeWidgetItem] = {}
        for template in bundled_templates(interface_language()):
            assert template.sector is not None
            group = groups.get(template.sector.value)
            if group is None:
                group = self._group(interface_label(template.sector))
                groups[template.sector.value] = group
            self._entry(group, template.name, template.key)
        own, broken = user_templates(self._user_folder, interface_language())
        self._own = {template.key: template for template in own}
        if own or broken:
            group = self._group(translate("Templates", "My templates"))
            for template in own:
                self._entry(group, template.name, template.key)
            for error in broken:  # shown, so that the consultant knows what to fix
                name = error.path.name if error.path is not None else ""
                item = QTreeWidgetItem(group, [translate("Templates", "%1 (cannot be read)")
                                               .replace("%1", name)])
                item.setFlags(Qt.ItemFlag.NoItemFlags)
                item.setToolTip(0, error.message())
        empty = QTreeWidgetItem(self.tree, [translate("Templates", "Empty (no stages)")])
        empty.setData(0, Qt.ItemDataRole.UserRole, EMPTY_KEY)
        self.tree.expandAll()
        self.select("general/purchase")

    def _group(self, title: str) -> QTreeWidgetItem:
        item = QTreeWidgetItem(self.tree, [title])
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        return item

    @staticmethod
    def _entry(group: QTreeWidgetItem, name: str, key: str) -> None:
        item = QTreeWidgetItem(group, [name])
        item.setData(0, Qt.ItemDataRole.UserRole, key)

    def _items(self) -> list[QTreeWidgetItem]:
        found: list[QTreeWidgetItem] = []
        for index in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(index)
            if top is None:
                continue
            found.append(top)
            found.extend(child for row in range(top.childCount())
                         if (child := top.child(row)) is not None)
        return found

    def item_for(self, key: str) -> QTreeWidgetItem | None:
        """The entry of the template ``key`` (EMPTY_KEY: no template)."""
        return next((item for item in self._items()
                     if item.data(0, Qt.ItemDataRole.UserRole) == key), None)

    def select(self, key: str) -> None:
        item = self.item_for(key)
        if item is not None:
            self.tree.setCurrentItem(item)

    def key(self) -> str | None:
        """The key chosen: a template's, EMPTY_KEY, or None while a sector is selected."""
        item = self.tree.currentItem()
        value = item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None
        return str(value) if value is not None else None

    def template(self) -> JourneyTemplate | None:
        """The template chosen, in the content language (None: no template)."""
        key = self.key()
        if not key:
            return None
        if key in self._own:
            return self._own[key]
        return next(t for t in bundled_templates(self._language) if t.key == key)

    def set_language(self, language: str) -> None:
        self._language = language
        self._show_preview()

    def _show_preview(self) -> None:
        key = self.key()
        if key is None:
            self.preview.setText(translate("Templates", "Choose a template in this sector."))
            return
        template = self.template()
        if template is None:
            self.preview.setText(translate("Dialogs", "No stages yet: add them on the map."))
            return
        shown = self._own.get(key) or next(
            t for t in bundled_templates(interface_language()) if t.key == key)
        stages = translate("Dialogs", "Stages: %1").replace(
            "%1", " → ".join(template.stage_names()))
        people = ", ".join(person.name for person in template.project.interlocutors)
        channels = ", ".join(channel.name for channel in template.project.channels)
        lines = [shown.description, stages,
                 translate("Templates", "Channels: %1").replace("%1", channels) if channels
                 else "",
                 translate("Templates", "Interlocutors: %1").replace("%1", people) if people
                 else ""]
        lines = [line for line in lines if line]
        self.preview.setText("\n".join(lines))
