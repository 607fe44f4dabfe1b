"""``stats --json`` holds the sector benchmark and the value of the actions."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from benchmark_support import sector, valued

from cxdesigner.cli import main
from cxdesigner.io import save_project


def _stats(project_path: Path, capsys: pytest.CaptureFixture[str],
           *extra: str) -> dict[str, Any]:
    assert main(["stats", str(project_path), "--json", *extra]) == 0
    data: dict[str, Any] = json.loads(capsys.readouterr().out)
    return data


def test_the_benchmark_in_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "bricolage.cxd"
    save_project(sector(), path)
    data = _stats(path, capsys)["benchmark"]
    assert [p["name"] for p in data["players"]] == ["Brico Nord", "Castor", "Leroy",
                                                    "Mr Bricolage"]
    shop, other = data["journeys"]
    assert (shop["journey"], shop["wave"]["name"], shop["scorecards"]) == (
        "Achat en magasin", "Vague 2", 7)
    functional = shop["criteria"][0]
    assert functional["criterion"] == "Fonctionnel" and functional["best"] == 7.5
    nord = functional["players"][0]
    # Brico Nord on Fonctionnel, wave 2: (7 + 8) / 2 = 7.5, n 2, 7 to 8, rank 1, gap 0.
    assert nord == {"player_id": "nord", "mean": 7.5, "n": 2, "low": 7.0, "high": 8.0,
                    "spread": 1.0, "rank": 1, "gap_to_best": 0.0}
    leroy = next(p for p in shop["overall"]["players"] if p["player_id"] == "leroy")
    assert (leroy["mean"], leroy["rank"]) == (7.5, 1)
    assert shop["strengths"] == ["Émotionnel", "Fonctionnel"]
    assert shop["points_to_watch"] == ["Sensoriel"]
    evolution = {p["player_id"]: p for p in shop["evolution"]["players"]}
    assert (shop["evolution"]["from"]["name"], shop["evolution"]["to"]["name"]) == (
        "Vague 1", "Vague 2")
    assert evolution["nord"]["before"] == 6.0 and evolution["nord"]["rank_after"] == 2
    assert evolution["mrb"]["before"] is None and evolution["mrb"]["change"] is None
    assert other["journey"] == "Autre parcours" and other["evolution"] is None
    # Only the journeys asked for.
    only = _stats(path, capsys, "--journey", "Autre parcours")["benchmark"]
    assert [j["journey"] for j in only["journeys"]] == ["Autre parcours"]


def test_the_value_of_actions_in_json(tmp_path: Path,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "valeur.cxd"
    save_project(valued(), path)
    data = _stats(path, capsys)["action_values"]
    assert data["point_values"][0] == {
        "indicator": "NPS", "amount": 120000.0, "unit": "€ / an", "higher_is_better": True,
        "effect": "0,4 % de réachat", "source": "Étude fidélité 2024"}
    first = data["actions"][0]
    assert (first["id"], first["rank"], first["expected_value"], first["value_per_day"]) == (
        "dedie", 1, 360000.0, 72000.0)
    retour = next(a for a in data["actions"] if a["id"] == "retour")
    assert retour["expected_value"] is None and retour["missing"] == ["baseline", "measured"]
    euros = data["totals"][0]
    assert (euros["expected"], euros["obtained"], euros["still_open"]) == (
        2296000.0, 248000.0, 1440000.0)
