"""The warning of the commands that read a project whose journeys detail themselves."""

from __future__ import annotations

import sys

from cxdesigner.analysis.linked_journeys import LinkCycleError, check_no_link_cycle
from cxdesigner.model import Project


def warn_of_link_cycle(project: Project) -> None:
    """Say on standard error when linked journeys make a cycle: the file still opens, but
    the cards of the cycle have no figures to roll up (``validate`` refuses such a file)."""
    try:
        check_no_link_cycle(project)
    except LinkCycleError as error:
        print(f"warning: {error}", file=sys.stderr)
