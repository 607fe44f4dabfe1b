"""Fixtures giving the small projects of export_support."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from export_support import build_tiny_project

from cxdesigner.model import Project


@pytest.fixture
def tiny_project() -> Project:
    return build_tiny_project()


@pytest.fixture
def make_project() -> Callable[..., Project]:
    return build_tiny_project
