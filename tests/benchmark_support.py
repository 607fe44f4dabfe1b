"""Two hand-worked projects: a sector benchmarked in two waves, and actions with a value."""

from __future__ import annotations

import datetime as dt

from cxdesigner.layout.palette import player_colour
from cxdesigner.model import (
    Action,
    ActionStatus,
    CriterionScore,
    Journey,
    Player,
    PointValue,
    Project,
    Scorecard,
    Stage,
    Wave,
)

F, E, S = "Fonctionnel", "Émotionnel", "Sensoriel"


def _card(scope: str, player: str | None, wave: str | None, **scores: float | None) -> Scorecard:
    names = {"f": F, "e": E, "s": S, "sens_en": "Sensorial"}
    return Scorecard(scope_id=scope, player_id=player, wave_id=wave,
                     scores=[CriterionScore(criterion=names[key], score=value)
                             for key, value in scores.items()])


def sector() -> Project:
    """Brico Nord (the client) and three competitors, scored in two waves.

    Wave 2 (September), per player and criterion, every score:
    - Brico Nord: journey card F 7, E 8, S 5; stage "Magasin" card F 8, E 9; its own card
      (no player) on stage "Caisse": Sensorial 6 (the English name of Sensoriel).
    - Castor: F 7.5, E 6, S 8.
    - Leroy: F 6, E 8.5, S 7; on "Caisse": S 9.
    - Mr Bricolage: F 5, E unset, S 4.
    Wave 1 (March): Brico Nord F 6, E 7, S 5; Castor F 8, E 6, S 7; Leroy F 6, E 7, S 6;
    Mr Bricolage not scored.
    """
    journey = Journey(id="J", name="Achat en magasin",
                      stages=[Stage(id="sM", name="Magasin"), Stage(id="sC", name="Caisse")])
    other = Journey(id="K", name="Autre parcours", stages=[Stage(id="sK", name="Ailleurs")])
    return Project(
        title="Baromètre du bricolage", journeys=[journey, other],
        players=[Player(id=pid, name=name, colour=player_colour(index), client=index == 0)
                 for index, (pid, name) in enumerate((
                     ("nord", "Brico Nord"), ("castor", "Castor"), ("leroy", "Leroy"),
                     ("mrb", "Mr Bricolage")))],
        waves=[Wave(id="w2", name="Vague 2", date=dt.date(2024, 9, 1)),
               Wave(id="w1", name="Vague 1", date=dt.date(2024, 3, 1))],
        scorecards=[
            _card("J", "nord", "w2", f=7, e=8, s=5),
            _card("sM", "nord", "w2", f=8, e=9),
            _card("sC", None, "w2", sens_en=6),
            _card("J", "castor", "w2", f=7.5, e=6, s=8),
            _card("J", "leroy", "w2", f=6, e=8.5, s=7),
            _card("sC", "leroy", "w2", s=9),
            _card("J", "mrb", "w2", f=5, e=None, s=4),
            _card("J", "nord", "w1", f=6, e=7, s=5),
            _card("J", "castor", "w1", f=8, e=6, s=7),
            _card("J", "leroy", "w1", f=6, e=7, s=6),
            _card("sK", "castor", "w2", f=1),  # another journey: never counted here
        ])


EUROS = "€ / an"


def _action(action_id: str, kpi: str, baseline: float | None, target: float | None,
            effort: float | None, measured: float | None = None,
            status: ActionStatus = ActionStatus.PLANNED) -> Action:
    return Action(id=action_id, description=action_id, kpi=kpi, kpi_baseline=baseline,
                  kpi_target=target, effort_days=effort, measured_value=measured,
                  status=status)


def valued() -> Project:
    """Three values of a point and ten actions, each figure worked out in the tests."""
    return Project(
        title="Valeur des actions",
        point_values=[
            PointValue(id="pv-nps", indicator="NPS", amount=120_000, unit=EUROS,
                       effect="0,4 % de réachat", source="Étude fidélité 2024"),
            PointValue(id="pv-delai", indicator="Délai (jours)", amount=8_000, unit="€ / AN",
                       higher_is_better=False),
            PointValue(id="pv-ces", indicator="CES", amount=1_500, unit="appels / an"),
        ],
        actions=[
            _action("rappel", "nps", 32, 40, 20),
            _action("dedie", "NPS ", 32, 35, 5, 36, ActionStatus.DONE),
            _action("livraison", "Délai (jours)", 5, 3, 40, 4, ActionStatus.IN_PROGRESS),
            _action("retour", "NPS", None, 45, 10),
            _action("sms", "NPS", 30, 50, 1, status=ActionStatus.DROPPED),
            _action("bot", "Taux de rappel", 12, 8, 3),
            _action("formation", "NPS", 32, 34, None, status=ActionStatus.IDEA),
            _action("chat", "ces", 5, 7, 6),
            _action("pire", "NPS", 32, 36, 8, 30, ActionStatus.DONE),
            _action("vitrine", "NPS", 40, 42, 5),
        ])


SIX = ("Fonctionnel", "Cognitif", "Émotionnel", "Sensoriel", "Relationnel", "Sociétal")


def two_waves_one_criterion_short() -> Project:
    """Brunel (the client) not scored on Sociétal in wave 1; Darty scored on all six.

    Brunel: wave 1 F 7, C 6, E 6, S 5, R 8 (mean 32 / 5 = 6.4); wave 2 F 8, C 7, E 7, S 6,
    R 8, Sociétal 6 (mean 42 / 6 = 7.0). On the five criteria of both: 6.4 -> 36 / 5 = 7.2,
    +0.8 (not +0.6). Darty: wave 1 8, 7, 6, 6, 7, 5 (39 / 6 = 6.5); wave 2 8, 8, 6, 7, 6, 5
    (40 / 6), +1 / 6 on all six. Ranks: wave 1 Darty 1, Brunel 2; wave 2 Brunel 1, Darty 2.
    """
    def card(player: str, wave: str, *scores: float) -> Scorecard:
        return Scorecard(scope_id="J", player_id=player, wave_id=wave,
                         scores=[CriterionScore(criterion=name, score=score)
                                 for name, score in zip(SIX, scores, strict=False)])

    return Project(
        title="Électroménager", language="fr",
        journeys=[Journey(id="J", name="Achat d’un lave-linge")],
        players=[Player(id="brunel", name="Brunel", client=True),
                 Player(id="darty", name="Darty", colour=player_colour(1))],
        waves=[Wave(id="w1", name="Vague 1", date=dt.date(2026, 3, 15)),
               Wave(id="w2", name="Vague 2", date=dt.date(2026, 10, 15))],
        scorecards=[card("brunel", "w1", 7, 6, 6, 5, 8), card("darty", "w1", 8, 7, 6, 6, 7, 5),
                    card("brunel", "w2", 8, 7, 7, 6, 8, 6),
                    card("darty", "w2", 8, 8, 6, 7, 6, 5)])
