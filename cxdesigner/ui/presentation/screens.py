"""Which screen the presentation goes to: the projector when there are two, else the only one."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

Screen = TypeVar("Screen")


def presentation_screen(screens: Sequence[Screen],
                        editor: Screen | None) -> tuple[Screen | None, bool]:
    """The screen to present on, and whether the editor stays in sight on its own screen.

    With two screens or more the map goes to the first one the editor is not on (the
    projector, as laptops list their own panel first) and the editor stays where it is; with
    one screen the presentation covers it.
    """
    if not screens:
        return None, False
    others = [screen for screen in screens if screen != editor]
    if editor in screens and others:
        return others[0], True
    if editor is None and len(screens) > 1:
        return screens[1], True
    return (editor if editor in screens else screens[0]), False
