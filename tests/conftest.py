"""Shared pytest configuration: headless Qt and isolated user settings."""

import os

# Must be set before any QApplication exists; a real display is never needed.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator

import pytest
from hypothesis import settings
from PySide6.QtCore import QStandardPaths

# The suite gives the same verdict on every run: property tests draw the same examples each
# time. HYPOTHESIS_PROFILE=explore draws new ones, to look for failures on purpose.
settings.register_profile("suite", derandomize=True)
settings.register_profile("explore", derandomize=False)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "suite"))


@pytest.fixture(autouse=True, scope="session")
def _isolated_standard_paths() -> Iterator[None]:
    """Point QSettings and QStandardPaths at throw-away test locations.

    Keeps the user's real settings and recovery files untouched by tests.
    """
    QStandardPaths.setTestModeEnabled(True)
    yield
    QStandardPaths.setTestModeEnabled(False)


@pytest.fixture(autouse=True)
def _empty_clipboard() -> Iterator[None]:
    """Leave no copied cards on the clipboard after each test, as the editor does at exit
    (see release_clipboard: otherwise the process crashes after its last test)."""
    yield
    from cxdesigner.canvas.clipboard import release_clipboard

    release_clipboard()
