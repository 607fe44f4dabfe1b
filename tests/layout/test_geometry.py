"""Points and rectangles: made by position or name, equal by value, never changed in place."""

from __future__ import annotations

import copy
import dataclasses
import pickle

import pytest

from cxdesigner.layout.geometry import Point, Rect


def test_points_and_rectangles_hold_what_they_were_made_with() -> None:
    rect = Rect(1.5, y=2.0, height=4.0, width=3.0)
    assert (rect.x, rect.y, rect.width, rect.height) == (1.5, 2.0, 3.0, 4.0)
    assert (rect.right, rect.bottom, rect.center) == (4.5, 6.0, Point(3.0, 4.0))
    assert Point(y=1.0, x=2.0) == Point(2.0, 1.0)
    assert {Point(2.0, 1.0), Point(2.0, 1.0)} == {Point(2.0, 1.0)}
    assert dataclasses.replace(rect, x=0.0) == Rect(0.0, 2.0, 3.0, 4.0)
    assert pickle.loads(pickle.dumps(rect)) == rect
    assert copy.deepcopy(Point(2.0, 1.0)) == Point(2.0, 1.0)


def test_points_and_rectangles_cannot_be_changed() -> None:
    point, rect = Point(1.0, 2.0), Rect(0.0, 0.0, 1.0, 1.0)
    with pytest.raises(dataclasses.FrozenInstanceError):
        point.x = 5.0  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        rect.width = 5.0  # type: ignore[misc]
    with pytest.raises(TypeError):
        Rect(0.0, 0.0, 1.0)  # type: ignore[call-arg]
    assert (point, rect) == (Point(1.0, 2.0), Rect(0.0, 0.0, 1.0, 1.0))
