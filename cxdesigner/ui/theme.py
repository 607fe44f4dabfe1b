"""Light and dark window themes: Fusion style with a palette (the map keeps its own colours)."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

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


def apply_theme(app: QApplication, theme: str) -> None:
    """Use the Fusion style with the palette of ``theme`` for the whole application."""
    if app.style().name().lower() != "fusion":
        style = QStyleFactory.create("Fusion")
        if style is not None:
            app.setStyle(style)
    app.setPalette(theme_palette(theme))


def icon_colours(theme: str) -> tuple[str, str]:
    """The stroke colours of our icons on ``theme``: enabled, then disabled."""
    return ("#d5dae0", "#5b636d") if theme == "dark" else ("#3e4c59", "#b4bcc6")
