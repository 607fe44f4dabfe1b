"""Every control says what it is to a screen reader: an accessible name and a description.

Qt gives a button its text as its name and a control its tooltip as its description; many
controls have neither (a field beside its form label, a list in a panel, an icon button).
:class:`AccessibleNames` watches every widget as it is first shown and, where Qt finds no
name or no description, gives it one from what a sighted user reads around it: its form
label or the label before it, its placeholder, its group or panel, its kind.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAccessible, QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QBoxLayout,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDockWidget,
    QFormLayout,
    QGraphicsView,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QScrollBar,
    QTabBar,
    QTextEdit,
    QToolButton,
    QTreeView,
    QWidget,
)
from typing_extensions import override

from cxdesigner.ui.i18n import translate

CONTROLS = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView,
            QTextEdit, QPlainTextEdit, QAbstractSlider, QTabBar, QGraphicsView)
"""What a user acts on; labels, frames and layouts are not controls."""
_DONE = "cxdesignerAccessibleNamed"


def is_control(widget: QWidget) -> bool:
    """Whether ``widget`` is a control a user reaches on its own (not the inner line of a
    combo or a spin box, a header or a scroll bar)."""
    if not isinstance(widget, CONTROLS) or isinstance(widget, QHeaderView | QScrollBar):
        return False
    parent = widget.parentWidget()
    if isinstance(widget, QLineEdit) and isinstance(parent, QComboBox | QAbstractSpinBox):
        return False
    return not (isinstance(widget, QAbstractItemView) and widget.isWindow())  # a popup list


def accessible_text(widget: QWidget, kind: QAccessible.Text) -> str:
    """What a screen reader is told of ``widget`` (its name, its description…)."""
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(kind).strip() if interface is not None else ""


def _plain(text: str) -> str:
    """A label's text as words: no mnemonic ampersand, no colon at the end."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip().rstrip(":").strip()


def _label_before(widget: QWidget) -> str:
    """The text of the label laid out just before ``widget`` (a form's, or a row's)."""
    parent = widget.parentWidget()
    if parent is None:
        return ""
    for layout in [parent.layout(), *parent.findChildren(QBoxLayout),
                   *parent.findChildren(QFormLayout)]:
        if isinstance(layout, QFormLayout):
            label = layout.labelForField(widget)
            if isinstance(label, QLabel) and _plain(label.text()):
                return _plain(label.text())
        if isinstance(layout, QBoxLayout):
            index = layout.indexOf(widget)
            item = layout.itemAt(index - 1) if index > 0 else None
            if item is not None:
                before = item.widget()
                if isinstance(before, QLabel) and _plain(before.text()):
                    return _plain(before.text())
    return ""


def _container(widget: QWidget) -> str:
    """The title of the group, panel or window ``widget`` is in."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QGroupBox) and _plain(parent.title()):
            return _plain(parent.title())
        if isinstance(parent, QDockWidget) and parent.windowTitle():
            return _plain(parent.windowTitle())
        if parent.isWindow() and parent.windowTitle():
            return _plain(parent.windowTitle().replace("[*]", ""))
        parent = parent.parentWidget()
    return ""


def kind_word(widget: QWidget) -> str:
    """What sort of control ``widget`` is, in the interface's words."""
    kinds: tuple[tuple[type, str], ...] = (
        (QCheckBox, translate("Accessibility", "Check box")),
        (QRadioButton, translate("Accessibility", "Option")),
        (QAbstractButton, translate("Accessibility", "Button")),
        (QComboBox, translate("Accessibility", "List of choices")),
        (QDateEdit, translate("Accessibility", "Date")),
        (QAbstractSpinBox, translate("Accessibility", "Number")),
        (QLineEdit, translate("Accessibility", "Text field")),
        (QTextEdit, translate("Accessibility", "Text")),
        (QPlainTextEdit, translate("Accessibility", "Text")),
        (QTreeView, translate("Accessibility", "Tree")),
        (QAbstractItemView, translate("Accessibility", "List")),
        (QAbstractSlider, translate("Accessibility", "Slider")),
        (QTabBar, translate("Accessibility", "Tabs")),
        (QGraphicsView, translate("Accessibility", "Drawing")),
    )
    return next((word for cls, word in kinds if isinstance(widget, cls)),
                translate("Accessibility", "Control"))


def derived_name(widget: QWidget) -> str:
    """A name for ``widget`` from what is read around it."""
    if isinstance(widget, QToolButton) and widget.defaultAction() is not None:
        text = _plain(widget.defaultAction().text())
        if text:
            return text
    for text in (_label_before(widget),
                 widget.placeholderText() if isinstance(widget, QLineEdit) else "",
                 widget.placeholderText() if isinstance(widget, QPlainTextEdit) else "",
                 _plain(widget.toolTip()), _container(widget)):
        if text.strip():
            return _plain(text)
    return kind_word(widget)


def derived_description(widget: QWidget, name: str) -> str:
    """A description for ``widget``: its tip, else what it is and where."""
    for tip in (widget.toolTip(), widget.statusTip(), widget.whatsThis()):
        if tip.strip() and tip.strip() != name:
            return tip.strip()
    if isinstance(widget, QToolButton) and widget.defaultAction() is not None:
        action = widget.defaultAction()
        for tip in (action.statusTip(), action.toolTip()):
            if tip.strip() and _plain(tip) != name:
                return tip.strip()
    where = _container(widget)
    if where and where != name:
        return translate("Accessibility", "%1 “%2”, in %3").replace(
            "%1", kind_word(widget)).replace("%2", name).replace("%3", where)
    return translate("Accessibility", "%1 “%2”").replace("%1", kind_word(widget)).replace(
        "%2", name)


def describe_tabs(bar: QTabBar) -> None:
    """A screen reader describes a tab bar by its current tab's tip: each tab without one
    gets its place among the others."""
    for index in range(bar.count()):
        if not bar.tabToolTip(index):
            bar.setTabToolTip(index, translate("Accessibility", "Tab %1 of %2: %3").replace(
                "%1", str(index + 1)).replace("%2", str(bar.count())).replace(
                "%3", _plain(bar.tabText(index))))


def name_control(widget: QWidget) -> None:
    """Give ``widget`` the name and the description Qt finds none for."""
    if isinstance(widget, QTabBar):
        describe_tabs(widget)
        widget.currentChanged.connect(lambda _index, bar=widget: describe_tabs(bar))
    name = accessible_text(widget, QAccessible.Text.Name)
    if not name:
        name = derived_name(widget)
        widget.setAccessibleName(name)
    if not accessible_text(widget, QAccessible.Text.Description):
        widget.setAccessibleDescription(derived_description(widget, name))


def name_controls(root: QWidget) -> None:
    """Name every control of ``root`` (and ``root`` itself) that has no name yet."""
    for widget in [root, *root.findChildren(QWidget)]:
        if is_control(widget):
            name_control(widget)


def _name_once(widget: QWidget) -> None:
    if is_control(widget) and not widget.property(_DONE):
        widget.setProperty(_DONE, True)  # each control is named once, when first shown
        name_control(widget)


class AccessibleNames(QObject):
    """Names every control as it is first shown, for the whole application (each widget
    is told it is shown, a window's children with it)."""

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(event, QShowEvent) and isinstance(watched, QWidget):
            _name_once(watched)
        return False


def name_shown_controls(window: QWidget) -> None:
    """Name the controls ``window`` shows now, as the watcher would have when they were
    shown (a window shows its children before it is told it is shown itself)."""
    for widget in [window, *window.findChildren(QWidget)]:
        if widget.isVisible():
            _name_once(widget)


def watch_accessible_names(app: QApplication) -> None:
    """Name every control of ``app`` from now on (once per application)."""
    if app.findChild(AccessibleNames) is None:
        watcher = AccessibleNames(app)
        app.installEventFilter(watcher)
