"""Texts and symbols: made by position or name, equal by value, never changed in place."""

from __future__ import annotations

import dataclasses

import pytest

from cxdesigner.drawing.primitives import Box, Run, Symbol, Text
from cxdesigner.layout.geometry import Rect


def _label(**changes: object) -> Text:
    text = Text(("Canal", "web"), (1.0, 2.0), 10.0, 12.0, "Noto Sans", 8.5, "#123456")
    return dataclasses.replace(text, **changes)


def test_a_text_holds_what_it_was_made_with_and_compares_by_value() -> None:
    text = _label()
    assert (text.lines, text.starts, text.baseline, text.leading, text.font, text.size,
            text.colour, text.runs) == (("Canal", "web"), (1.0, 2.0), 10.0, 12.0,
                                        "Noto Sans", 8.5, "#123456", None)
    runs = ((Run(0.0, "Canal", "Noto Sans"),), (Run(0.0, "web", "Noto Sans"),))
    with_runs = Text(lines=text.lines, starts=text.starts, baseline=10.0, leading=12.0,
                     font="Noto Sans", size=8.5, colour="#123456", runs=runs)
    assert with_runs.runs == runs and with_runs != text == _label()
    assert hash(text) == hash(_label()) and _label(size=9.0).size == 9.0
    with pytest.raises(dataclasses.FrozenInstanceError):
        text.size = 4.0  # type: ignore[misc]


def test_a_symbol_holds_its_key_box_and_parts() -> None:
    parts = (Box(Rect(0.0, 0.0, 4.0, 4.0), "#ffffff"),)
    symbol = Symbol(("rect", 4.0, 4.0), Rect(10.0, 20.0, 4.0, 4.0), parts)
    assert (symbol.key, symbol.box, symbol.parts) == (("rect", 4.0, 4.0),
                                                      Rect(10.0, 20.0, 4.0, 4.0), parts)
    assert symbol == Symbol(key=("rect", 4.0, 4.0), box=Rect(10.0, 20.0, 4.0, 4.0),
                            parts=parts)
    with pytest.raises(dataclasses.FrozenInstanceError):
        symbol.parts = ()  # type: ignore[misc]
