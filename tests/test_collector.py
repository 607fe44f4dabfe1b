"""Pausing the cycle collector: off inside the block, as it was after, errors included."""

from __future__ import annotations

import gc

import pytest

from cxdesigner.collector import collection_paused


def test_the_collector_is_off_inside_and_on_again_after_even_on_error() -> None:
    assert gc.isenabled()
    with pytest.raises(ValueError), collection_paused():
        assert not gc.isenabled()
        raise ValueError("stop")
    assert gc.isenabled()


def test_a_collector_already_off_stays_off() -> None:
    gc.disable()
    try:
        with collection_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    finally:
        gc.enable()
