"""What changes behind the scenes from a current journey to a target journey: its service
blueprint and the evidence it rests on (beside :mod:`cxdesigner.analysis.comparison`, which
compares what the customer lives).

Definitions (see :mod:`cxdesigner.analysis.blueprint` and :mod:`cxdesigner.model.evidence`):

- **items behind the scenes**: back-stage and support items; **front stage**: front-stage
  items;
- **teams**: the owners of the items, compared without case, accents or extra spaces;
  those of the target only are added, those of the current journey only dropped;
- **hand-offs**, **failure points** and **touchpoints without back-stage support**: as the
  blueprint analysis counts them in each journey;
- **hypotheses**: touchpoints whose evidence (set by hand, else suggested) is a hypothesis;
  **to check**: the critical moments among them. A target journey is a design: most of it
  rests on hypotheses until it is tried.
"""

from __future__ import annotations

from dataclasses import dataclass

from cxdesigner.analysis.blueprint import BEHIND_THE_SCENES, BlueprintSummary, summarise_blueprint
from cxdesigner.analysis.comparison import CountChange
from cxdesigner.analysis.evidence import EvidenceIndex, evidence_counts, hypotheses_to_check
from cxdesigner.model import BlueprintLayer, Evidence, Journey, Project
from cxdesigner.model.text import fold


@dataclass(frozen=True)
class BackstageChange:
    """The blueprint and the evidence of a current and a target journey (module docstring)."""

    behind_the_scenes: CountChange
    front_stage: CountChange
    teams: CountChange
    teams_added: tuple[str, ...]
    teams_dropped: tuple[str, ...]
    handoffs: CountChange
    failure_points: CountChange
    unsupported: CountChange
    hypotheses: CountChange
    to_check: CountChange


def _behind(summary: BlueprintSummary) -> int:
    return sum(summary.count(layer) for layer in BEHIND_THE_SCENES)


def compare_backstage(project: Project, current: Journey, target: Journey) -> BackstageChange:
    """What changes behind the scenes from ``current`` to ``target``."""
    before, after = summarise_blueprint(current), summarise_blueprint(target)
    index = EvidenceIndex(project)
    old_teams = {fold(team): team for team in before.teams}
    new_teams = {fold(team): team for team in after.teams}

    return BackstageChange(
        behind_the_scenes=CountChange(_behind(before), _behind(after)),
        front_stage=CountChange(before.count(BlueprintLayer.FRONT_STAGE),
                            after.count(BlueprintLayer.FRONT_STAGE)),
        teams=CountChange(len(before.teams), len(after.teams)),
        teams_added=tuple(team for key, team in new_teams.items() if key not in old_teams),
        teams_dropped=tuple(team for key, team in old_teams.items() if key not in new_teams),
        handoffs=CountChange(len(before.handoffs), len(after.handoffs)),
        failure_points=CountChange(len(before.failure_points), len(after.failure_points)),
        unsupported=CountChange(len(before.unsupported), len(after.unsupported)),
        hypotheses=CountChange(evidence_counts(current, index)[Evidence.HYPOTHESIS],
                           evidence_counts(target, index)[Evidence.HYPOTHESIS]),
        to_check=CountChange(len(hypotheses_to_check(project, current, index)),
                         len(hypotheses_to_check(project, target, index))),
    )
