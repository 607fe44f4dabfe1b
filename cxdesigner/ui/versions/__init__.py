"""Versions of the open project: merging another copy, named snapshots, settling conflicts."""

from cxdesigner.ui.versions.install import Versions, install_versions

__all__ = ["Versions", "install_versions"]
