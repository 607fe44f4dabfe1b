"""Pausing Python's cycle collector while a great many objects are made at once."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collection_paused() -> Iterator[None]:
    """No cyclic garbage collection inside the block.

    Reading a big project, building a map's items or printing a map makes hundreds of
    thousands of objects and no cycles worth collecting; each of the collector's full
    passes would walk all of them (and the whole project) again, many times over. It
    collects as usual once the block is left.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


class StartPause:
    """No cyclic garbage collection while a program starts; what the start made is then
    left out of every later collection.

    The editor's start makes about a hundred thousand objects that last as long as it runs
    (modules, classes, the models' validators, the first window) and a few hundred that
    form garbage cycles; the collector walked the lasting ones again and again, a tenth of
    the start. At :meth:`end` the objects made so far are frozen (``gc.freeze``): later
    collections skip them, objects freed by their last reference still go at once, and the
    start's few cycles are never collected.
    """

    def __init__(self) -> None:
        self._enabled = gc.isenabled()
        self._ended = False
        gc.disable()

    def end(self) -> None:
        """The start is over: freeze what it made and collect as usual from now on."""
        if not self._ended:
            gc.freeze()
        self.resume()

    def resume(self) -> None:
        """Collect as usual from now on; what was made is frozen only by :meth:`end` (a
        start that stops short, on a wrong argument, leaves nothing frozen)."""
        if self._ended:
            return
        self._ended = True
        if self._enabled:
            gc.enable()
