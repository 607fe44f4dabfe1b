"""The voice-of-the-customer panel: verbatims listed, filtered, added and put on the map."""

from cxdesigner.ui.voice.dock import VoiceDock, install_voice

__all__ = ["VoiceDock", "install_voice"]
