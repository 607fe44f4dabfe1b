"""The voice-of-the-customer panel: verbatims listed, filtered, added and put on the map."""

from cxdesigner.ui.voice.install import install_voice

__all__ = ["install_voice"]
