"""Hand-made journeys for the analysis tests, described in a few words."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from cxdesigner.model import Flow, FlowKind, Journey, Stage, Touchpoint

JourneyOf = Callable[..., Journey]


def _journey_of(stages: dict[str, list[str]], flows: str = "",
                touchpoints: dict[str, dict[str, Any]] | None = None) -> Journey:
    """A journey from stage name -> touchpoint ids, and flows written ``"a>b b>c:back"``.

    A flow is a "next step" unless ``:kind`` follows it (``back``, ``transfer``,
    ``alternative``). Touchpoints are titled with their id unless ``touchpoints[id]`` says
    otherwise; it may set any touchpoint field (``{"ends_path": True}``…).
    """
    extra = touchpoints or {}
    built = [Stage(id=f"stage-{name}", name=name,
                   touchpoints=[Touchpoint(id=tp, **{"title": tp, **extra.get(tp, {})})
                                for tp in ids])
             for name, ids in stages.items()]
    written = [(*ends.split(">"), kind or "next")
               for ends, _, kind in (pair.partition(":") for pair in flows.split())]
    return Journey(id="journey", name="Journey", stages=built,
                   flows=[Flow(id=f"f{n}", source_id=a, target_id=b, kind=FlowKind(kind))
                          for n, (a, b, kind) in enumerate(written)])


@pytest.fixture
def journey_of() -> JourneyOf:
    """Build a journey: ``journey_of({"S1": ["a", "b"]}, "a>b", {"a": {"emotion": 2}})``."""
    return _journey_of
