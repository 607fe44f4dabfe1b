"""Light and dark window themes: Fusion style with a palette (the map keeps its own colours),
and a focus that always shows."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QApplication,
    QProxyStyle,
    QStyle,
    QStyleFactory,
    QStyleOption,
    QStyleOptionComplex,
    QWidget,
)
from typing_extensions import override

_ROLES = QPalette.ColorRole

# Calm, neutral greys with one blue accent, readable on a projector in both themes.
_LIGHT = {
    _ROLES.Window: "#eef0f3",
    _ROLES.WindowText: "#1f2933",
    _ROLES.Base: "#ffffff",
    _ROLES.AlternateBase: "#f5f7fa",
    _ROLES.ToolTipBase: "#fffbe6",
    _ROLES.ToolTipText: "#1f2933",
    _ROLES.PlaceholderText: "#8a94a3",
    _ROLES.Text: "#1f2933",
    _ROLES.Button: "#f7f8fa",
    _ROLES.ButtonText: "#1f2933",
    _ROLES.BrightText: "#d1242f",
    _ROLES.Light: "#ffffff",
    _ROLES.Midlight: "#e4e7eb",
    _ROLES.Mid: "#c5cbd3",
    _ROLES.Dark: "#9aa5b1",
    _ROLES.Shadow: "#616e7c",
    _ROLES.Highlight: "#2f6fb5",
    _ROLES.HighlightedText: "#ffffff",
    _ROLES.Link: "#2160a8",
}

_DARK = {
    _ROLES.Window: "#24282e",
    _ROLES.WindowText: "#e6e9ed",
    _ROLES.Base: "#1b1e23",
    _ROLES.AlternateBase: "#2a2f36",
    _ROLES.ToolTipBase: "#31363d",
    _ROLES.ToolTipText: "#e6e9ed",
    _ROLES.PlaceholderText: "#7d8793",
    _ROLES.Text: "#e6e9ed",
    _ROLES.Button: "#30353c",
    _ROLES.ButtonText: "#e6e9ed",
    _ROLES.BrightText: "#ff7b72",
    _ROLES.Light: "#3d434b",
    _ROLES.Midlight: "#353a41",
    _ROLES.Mid: "#2b3036",
    _ROLES.Dark: "#16191d",
    _ROLES.Shadow: "#0b0d0f",
    _ROLES.Highlight: "#3d7fd0",
    _ROLES.HighlightedText: "#ffffff",
    _ROLES.Link: "#79b0f2",
}

_DISABLED_TEXT = {"light": "#9aa5b1", "dark": "#69727d"}


def theme_palette(theme: str) -> QPalette:
    """The palette of ``theme`` (``light`` or ``dark``)."""
    colours = _DARK if theme == "dark" else _LIGHT
    palette = QPalette()
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    disabled = QColor(_DISABLED_TEXT["dark" if theme == "dark" else "light"])
    for role in (_ROLES.WindowText, _ROLES.Text, _ROLES.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return palette


_PE = QStyle.PrimitiveElement
_FRAMED = frozenset({_PE.PE_PanelButtonCommand, _PE.PE_FrameLineEdit, _PE.PE_PanelLineEdit})
"""Controls that show their focus by a frame round them, beside Fusion's focus rectangles."""
_FRAMED_COMPLEX = frozenset({QStyle.ComplexControl.CC_ComboBox,
                             QStyle.ComplexControl.CC_SpinBox})


class FocusFrameStyle(QProxyStyle):
    """Fusion, with the keyboard's focus shown by a two-pixel frame in the highlight colour
    (Fusion's own is a faint line, lost on a projector or to tired eyes)."""

    @staticmethod
    def _frame(option: QStyleOption, painter: QPainter) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(option.palette.color(QPalette.ColorRole.Highlight), 2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(QRectF(option.rect).adjusted(1, 1, -1, -1), 3, 3)
        painter.restore()

    @override
    def drawPrimitive(self, element: QStyle.PrimitiveElement, option: QStyleOption,
                      painter: QPainter, widget: QWidget | None = None) -> None:
        if element == _PE.PE_FrameFocusRect:
            self._frame(option, painter)  # in place of the faint one
            return
        super().drawPrimitive(element, option, painter, widget)
        if element in _FRAMED and option.state & QStyle.StateFlag.State_HasFocus:
            self._frame(option, painter)

    @override
    def drawComplexControl(self, control: QStyle.ComplexControl, option: QStyleOptionComplex,
                           painter: QPainter, widget: QWidget | None = None) -> None:
        super().drawComplexControl(control, option, painter, widget)
        if control in _FRAMED_COMPLEX and option.state & QStyle.StateFlag.State_HasFocus:
            self._frame(option, painter)


def apply_theme(app: QApplication, theme: str) -> None:
    """Use the Fusion style, with a focus that shows, and the palette of ``theme`` for the
    whole application."""
    if not isinstance(app.style(), FocusFrameStyle):
        fusion = QStyleFactory.create("Fusion")
        if fusion is not None:
            app.setStyle(FocusFrameStyle(fusion))
    app.setPalette(theme_palette(theme))


def icon_colours(theme: str) -> tuple[str, str]:
    """The stroke colours of our icons on ``theme``: enabled, then disabled."""
    return ("#d5dae0", "#5b636d") if theme == "dark" else ("#3e4c59", "#b4bcc6")
