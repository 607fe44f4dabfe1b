"""``cxdesigner stats`` behind the scenes: the blueprint per stage and the evidence."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cxdesigner.cli import main
from cxdesigner.io import save_project
from cxdesigner.io.csv_journeys import import_touchpoints

SHEET = Path(__file__).parent.parent / "data" / "csv" / "blueprint-livraison.csv"


@pytest.fixture
def delivery(tmp_path: Path) -> Path:
    """The delivery sheet's project: five items behind four touchpoints."""
    path = tmp_path / "livraison.cxd"
    save_project(import_touchpoints(SHEET).project, path)
    return path


def test_text_report_behind_the_scenes(delivery: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["stats", str(delivery)]) == 0
    out = capsys.readouterr().out
    assert ("  Service blueprint: Front stage 1 · Back stage 3 · Support processes 2 · "
            "3 hand-offs · teams: Planification, Entrepôt, Transporteur, DSI, "
            "Relation client") in out
    assert "    Achat: nothing behind the scenes\n" \
           "      without back-stage support: Commande en ligne\n" in out
    assert ("    Livraison: behind the scenes: Planification des tournées, Préparation à "
            "l’entrepôt, Tournée du transporteur, Système de commandes, CRM : SMS au client"
            ) in out
    assert "      failure points: Planification des tournées, Tournée du transporteur\n" in out
    assert "  Evidence (touchpoints): Hypothesis 2 · Reported by staff 0 · Observed 1 · " \
           "Measured 1\n" in out


def test_json_behind_the_scenes(delivery: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["stats", str(delivery), "--json"]) == 0
    (journey,) = json.loads(capsys.readouterr().out)["journeys"]
    blueprint = journey["blueprint"]
    assert blueprint["items"] == {"front_stage": 1, "back_stage": 3, "support": 2}
    assert blueprint["handoffs"] == 3  # planning → warehouse → carrier; orders → planning
    assert blueprint["unsupported"] == ["Commande en ligne"]
    delivery_stage = blueprint["stages"]["Livraison"]
    assert delivery_stage["front_stage"] == ["Le livreur appelle avant de venir"]
    assert delivery_stage["handoffs"][0] == {"from": "Planification", "to": "Entrepôt"}
    assert journey["evidence"]["levels"] == {"hypothesis": 2, "reported": 0, "observed": 1,
                                             "measured": 1}
    assert journey["evidence"]["hypotheses_to_check"] == []  # no moment of truth marked
