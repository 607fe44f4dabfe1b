"""The sector benchmark: means, n, spreads, ranks, gaps and waves, worked out by hand."""

from __future__ import annotations

import pytest
from benchmark_support import E, F, S, sector, two_waves_one_criterion_short

from cxdesigner.analysis.benchmark import (
    CriterionRow,
    PlayerFigure,
    benchmark,
    client_readings,
    compare_waves,
    default_waves,
    scored_waves,
)
from cxdesigner.analysis.benchmark_json import journey_benchmark_json
from cxdesigner.export.benchmark_words import BenchmarkWords

NB = "\u00a0"


def _figures(row: CriterionRow) -> list[tuple[float | None, int, int | None, float | None]]:
    return [(f.mean, f.n, f.rank, f.gap) for f in row.figures]


def test_a_wave_side_by_side() -> None:
    project = sector()
    bench = benchmark(project, project.journeys[0], wave_id="w2")
    assert (bench.scope_kind, bench.scope_name, bench.wave and bench.wave.name) == (
        "journey", "Achat en magasin", "Vague 2")
    assert bench.scorecards == 7 and bench.client_id == "nord"
    assert [row.criterion for row in bench.criteria] == [F, E, S]
    functional, emotional, sensorial = bench.criteria
    # F: Brico Nord (7 + 8) / 2 = 7.5, Castor 7.5, Leroy 6, Mr Bricolage 5: two share rank
    # 1, the next rank is 3; gaps to the best 7.5.
    assert _figures(functional) == [(7.5, 2, 1, 0.0), (7.5, 1, 1, 0.0), (6.0, 1, 3, -1.5),
                                     (5.0, 1, 4, -2.5)]
    assert functional.best == 7.5
    assert functional.figure("nord").spread == 1.0  # 8 - 7
    # E: Brico Nord (8 + 9) / 2 = 8.5, Castor 6, Leroy 8.5, Mr Bricolage not scored.
    assert _figures(emotional) == [(8.5, 2, 1, 0.0), (6.0, 1, 3, -2.5), (8.5, 1, 1, 0.0),
                                   (None, 0, None, None)]
    # S: Brico Nord (5 + 6) / 2 = 5.5 (its own card, in English), Castor 8, Leroy
    # (7 + 9) / 2 = 8 with a spread of 2, Mr Bricolage 4.
    assert _figures(sensorial) == [(5.5, 2, 3, -2.5), (8.0, 1, 1, 0.0), (8.0, 2, 1, 0.0),
                                   (4.0, 1, 4, -4.0)]
    assert (sensorial.figure("leroy").low, sensorial.figure("leroy").high) == (7.0, 9.0)
    # Overall: Brico Nord (7.5 + 8.5 + 5.5) / 3 = 21.5 / 3, Castor (7.5 + 6 + 8) / 3 = the
    # same, Leroy (6 + 8.5 + 8) / 3 = 7.5, Mr Bricolage (5 + 4) / 2 = 4.5 over 2 criteria.
    overall = bench.overall
    assert [(f.rank, f.n) for f in overall.figures] == [(2, 3), (2, 3), (1, 3), (4, 2)]
    assert overall.figure("nord").mean == pytest.approx(21.5 / 3)
    assert overall.figure("nord").gap == pytest.approx(21.5 / 3 - 7.5)
    assert overall.figure("nord").spread == 3.0  # 8.5 - 5.5
    assert overall.figure("mrb").mean == 4.5


def test_the_clients_strengths_and_points_to_watch() -> None:
    project = sector()
    strengths, watch = client_readings(benchmark(project, project.journeys[0], wave_id="w2"))
    # Emotional: first with Leroy, 8.5 - 6 (Castor) = 2.5 ahead; Functional: first with
    # Castor, 7.5 - 6 (Leroy) = 1.5 ahead. The widest lead first.
    assert [(r.criterion, r.tied, r.runner_up, r.other_mean, r.margin) for r in strengths] == [
        (E, ("leroy",), "castor", 6.0, 2.5), (F, ("castor",), "leroy", 6.0, 1.5)]
    # Sensorial: third of four, 8 - 5.5 = 2.5 behind Castor and Leroy.
    assert [(r.criterion, r.client.rank, r.ranked, r.leaders, r.other_mean, r.margin)
            for r in watch] == [(S, 3, 4, ("castor", "leroy"), 8.0, 2.5)]


def test_no_strength_is_read_where_the_client_alone_is_scored() -> None:
    project = sector()
    magasin = benchmark(project, project.journeys[0], "sM", "w2")
    assert (magasin.scope_kind, magasin.scorecards) == ("stage", 1)
    assert _figures(magasin.criteria[0]) == [(8.0, 1, 1, 0.0), (None, 0, None, None),
                                             (None, 0, None, None), (None, 0, None, None)]
    assert client_readings(magasin) == ([], [])
    project.players[0].client = False  # no client: its own card is left out, nothing read
    bench = benchmark(project, project.journeys[0], "sC", "w2")
    assert [f.mean for f in bench.criteria[0].figures] == [None, None, 9.0, None]
    assert client_readings(bench) == ([], [])


def test_every_wave_together() -> None:
    project = sector()
    bench = benchmark(project, project.journeys[0])
    assert bench.wave is None and bench.scorecards == 10
    # Functional, both waves: Brico Nord (7 + 8 + 6) / 3 = 7, Castor (7.5 + 8) / 2 = 7.75.
    assert _figures(bench.criteria[0])[:2] == [(7.0, 3, 2, -0.75), (7.75, 2, 1, 0.0)]


def test_waves_in_date_order_and_the_default_ones() -> None:
    project = sector()
    journey = project.journeys[0]
    assert [w.id for w in scored_waves(project, journey)] == ["w1", "w2"]
    assert [w.id for w in scored_waves(project, journey, "sM")] == ["w2"]
    latest, earlier = default_waves(project, journey)
    assert (latest and latest.id, earlier and earlier.id) == ("w2", "w1")
    assert default_waves(project, journey, "sM")[1] is None


def test_evolution_between_two_waves() -> None:
    project = sector()
    # Given in either order, the earlier wave comes first.
    comparison = compare_waves(project, project.journeys[0], "w2", "w1")
    assert (comparison.first.wave and comparison.first.wave.id,
            comparison.second.wave and comparison.second.wave.id) == ("w1", "w2")
    assert comparison.criteria == (F, E, S)
    # Overall: Brico Nord (6 + 7 + 5) / 3 = 6 -> 21.5 / 3, rank 3 -> 2; Castor 7 -> 21.5 / 3,
    # rank 1 -> 2; Leroy 19 / 3 -> 7.5, rank 2 -> 1; Mr Bricolage unscored -> 4.5.
    nord, castor, leroy, mrb = comparison.overall
    assert nord.change == pytest.approx(21.5 / 3 - 6)
    assert (nord.before.rank, nord.after.rank) == (3, 2)
    assert castor.change == pytest.approx(21.5 / 3 - 7)
    assert (castor.before.rank, castor.after.rank) == (1, 2)
    assert leroy.change == pytest.approx(7.5 - 19 / 3)
    assert (leroy.before.rank, leroy.after.rank) == (2, 1)
    assert mrb.before == PlayerFigure("mrb", None, 0, None, None) and mrb.change is None
    # Per criterion: Brico Nord's Functional 6 -> 7.5 (+1.5), Sensorial 5 -> 5.5 (+0.5).
    functional, _, sensorial = comparison.changes
    assert [change.change for change in functional] == [1.5, -0.5, 0.0, None]
    assert sensorial[0].change == 0.5


def test_a_players_evolution_rests_on_the_criteria_scored_in_both_waves() -> None:
    project = two_waves_one_criterion_short()
    comparison = compare_waves(project, project.journeys[0], "w1", "w2")
    brunel, darty = comparison.overall
    # Brunel: Sociétal scored in wave 2 only is left out of both means: 32 / 5 = 6.4 ->
    # 36 / 5 = 7.2, +0.8 on 5 criteria (its overall means, 6.4 -> 7.0, say +0.6).
    assert (brunel.before.mean, brunel.after.mean) == (pytest.approx(6.4), pytest.approx(7.2))
    assert brunel.change == pytest.approx(0.8)
    assert (brunel.before.n, brunel.after.n, brunel.left_out) == (5, 5, ("Sociétal",))
    assert (brunel.before.low, brunel.before.high) == (5.0, 8.0)
    assert (brunel.before.rank, brunel.after.rank) == (2, 1)  # each wave's overall rank
    assert comparison.second.overall.figure("brunel").mean == pytest.approx(7.0)
    # Darty, scored on all six both times: 39 / 6 -> 40 / 6, nothing left out.
    assert darty.change == pytest.approx(1 / 6) and darty.left_out == ()
    assert (darty.before.n, darty.before.rank, darty.after.rank) == (6, 1, 2)
    # Sociétal itself: no change for Brunel, 0 for Darty.
    assert [change.change for change in comparison.changes[5]] == [None, 0.0]
    # The sentence pasted from the panel or the PDF says what the figures rest on.
    words = BenchmarkWords("fr")
    first, second = project.waves
    said = [words.evolution(comparison.second, change, first, second).replace(NB, " ")
            for change in comparison.overall]
    assert said == [
        "Brunel : 6,4/10 → 7,2/10 de « Vague 1 » à « Vague 2 » sur les 5 critères notés aux "
        "deux vagues, hors Sociétal (+0,8 point), rang 2 → 1.",
        "Darty : 6,5/10 → 6,7/10 de « Vague 1 » à « Vague 2 » (+0,2 point), rang 1 → 2."]
    assert BenchmarkWords("en").evolution(comparison.second, brunel, first, second) == (
        f"Brunel: 6.4/10 → 7.2/10 from 'Vague 1' to 'Vague 2' on the 5 criteria scored in "
        f"both waves, Sociétal left out (+0.8{NB}points), rank 2 → 1.")


def test_no_evolution_is_read_without_a_criterion_in_common() -> None:
    project = two_waves_one_criterion_short()
    first_card = project.scorecards[0]
    project.scorecards[0] = first_card.model_copy(update={"scores": [
        score.model_copy(update={"criterion": f"Autre {index}"})
        for index, score in enumerate(first_card.scores)]})
    comparison = compare_waves(project, project.journeys[0], "w1", "w2")
    brunel = comparison.overall[0]
    assert brunel.change is None and (brunel.before.n, brunel.after.n) == (5, 6)
    assert len(brunel.left_out) == 11
    first, second = project.waves
    assert BenchmarkWords("en").evolution(comparison.second, brunel, first, second) == (
        "Brunel: no criterion scored in both 'Vague 1' and 'Vague 2': no evolution to read.")


def test_the_json_evolution_names_what_it_compares() -> None:
    project = two_waves_one_criterion_short()
    evolution = journey_benchmark_json(project, project.journeys[0])["evolution"]
    brunel, darty = evolution["players"]
    assert brunel["change"] == pytest.approx(0.8) and brunel["criteria_compared"] == 5
    assert brunel["left_out"] == ["Sociétal"] and darty["left_out"] == []
