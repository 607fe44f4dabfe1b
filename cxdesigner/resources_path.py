"""Where the bundled resources (fonts, translations, demo, icons…) are, from source or frozen."""

from __future__ import annotations

import sys
from pathlib import Path


def resources_root() -> Path:
    """The ``resources`` folder: beside the package in a checkout, inside the bundle when frozen.

    A PyInstaller bundle unpacks its data under ``sys._MEIPASS`` (``_internal/`` of the
    application folder, or ``Contents/Frameworks`` of a macOS ``.app``) and the build recipe
    puts the resources there under the same name.
    """
    bundle = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    """A path inside the resources folder, e.g. ``resource_path("fonts", "NotoSans-Regular.ttf")``.

    The path is not checked: callers say which resource is missing in their own terms.
    """
    return resources_root().joinpath(*parts)
