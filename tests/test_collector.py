"""Pausing the cycle collector: off inside the block, as it was after, errors included."""

from __future__ import annotations

import gc
import weakref
from pathlib import Path

import pytest

from cxdesigner.cli import main
from cxdesigner.collector import StartPause, collection_paused


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


class _Cycle:
    def __init__(self) -> None:
        self.me = self


def test_a_start_pause_freezes_what_the_start_made_and_collects_as_usual_after() -> None:
    assert gc.isenabled()
    before = gc.get_freeze_count()
    try:
        start = StartPause()
        assert not gc.isenabled()
        kept = [object(), _Cycle()]
        start.end()
        assert gc.isenabled()
        frozen = gc.get_freeze_count()
        assert frozen >= before + len(kept)
        start.end()  # a second end, or a resume after it, changes nothing
        start.resume()
        assert gc.get_freeze_count() == frozen and gc.isenabled()
        # What is made after the start is collected as before.
        made_after = weakref.ref(_Cycle())
        gc.collect()
        assert made_after() is None
    finally:
        gc.unfreeze()


def test_a_start_that_stops_short_freezes_nothing() -> None:
    before = gc.get_freeze_count()
    start = StartPause()
    made = _Cycle()
    start.resume()
    assert gc.isenabled() and gc.get_freeze_count() == before
    start.end()  # too late: the pause is over
    assert gc.get_freeze_count() == before
    assert made.me is made


def test_a_start_pause_leaves_a_collector_already_off_off() -> None:
    gc.disable()
    try:
        StartPause().end()
        assert not gc.isenabled()
    finally:
        gc.unfreeze()
        gc.enable()


def test_an_editor_start_refused_on_its_argument_leaves_the_collector_as_it_was(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = gc.get_freeze_count()
    assert main([str(tmp_path / "missing.cxd")]) == 1
    assert "missing.cxd" in capsys.readouterr().err
    assert gc.isenabled() and gc.get_freeze_count() == before
