"""The map editor: the scene, its items and the view a consultant types into."""

from cxdesigner.canvas.fonts import ensure_fonts_loaded
from cxdesigner.canvas.scene import JourneyScene
from cxdesigner.canvas.view import JourneyView

__all__ = ["JourneyScene", "JourneyView", "ensure_fonts_loaded"]
