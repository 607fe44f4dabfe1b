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
