"""The voice-of-the-customer panel: verbatims listed, filtered, added and put on the map."""

from cxdesigner.ui.voice.install import install_voice
from cxdesigner.ui.voice.panel import VoicePanel

__all__ = ["VoicePanel", "install_voice"]
