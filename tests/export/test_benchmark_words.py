"""The benchmark and the value of actions in sentences, in French and English."""

from __future__ import annotations

from benchmark_support import sector, valued

from cxdesigner.analysis.action_value import action_values
from cxdesigner.analysis.benchmark import benchmark, client_readings, compare_waves
from cxdesigner.export.benchmark_words import BenchmarkWords

NB = "\u00a0"


def _sentences(language: str) -> tuple[list[str], list[str]]:
    project = sector()
    bench = benchmark(project, project.journeys[0], wave_id="w2")
    return BenchmarkWords(language).readings(bench, *client_readings(bench))


def test_strengths_and_points_to_watch_to_paste() -> None:
    strengths, watch = _sentences("fr")
    assert strengths == [
        f"Émotionnel{NB}: Brico Nord est en tête à égalité avec Leroy (8,5/10, n{NB}={NB}2), "
        f"2,5{NB}points devant Castor (6,0/10).",
        f"Fonctionnel{NB}: Brico Nord est en tête à égalité avec Castor (7,5/10, n{NB}={NB}2),"
        f" 1,5{NB}point devant Leroy (6,0/10)."]
    assert watch == [f"Sensoriel{NB}: Brico Nord est 3e sur 4 (5,5/10, n{NB}={NB}2), "
                     f"2,5{NB}points derrière Castor et Leroy (8,0/10)."]
    strengths, watch = _sentences("en")
    assert strengths[1] == (f"Fonctionnel: Brico Nord shares the lead with Castor (7.5/10, "
                            f"n{NB}={NB}2), 1.5{NB}points ahead of Leroy (6.0/10).")
    assert watch == [f"Sensoriel: Brico Nord ranks 3rd of 4 (5.5/10, n{NB}={NB}2), "
                     f"2.5{NB}points behind Castor and Leroy (8.0/10)."]


def test_a_lead_alone_and_a_client_leading_everywhere() -> None:
    project = sector()
    project.scorecards = [card for card in project.scorecards
                          if card.player_id in (None, "nord", "mrb")]
    bench = benchmark(project, project.journeys[0], wave_id="w2")
    strengths, watch = BenchmarkWords("en").readings(bench, *client_readings(bench))
    # Functional 7.5 against 5, Sensorial 5.5 against 4; Emotional: the client alone.
    assert strengths == [
        f"Fonctionnel: Brico Nord leads (7.5/10, n{NB}={NB}2), 2.5{NB}points ahead of Mr "
        "Bricolage (5.0/10).",
        f"Sensoriel: Brico Nord leads (5.5/10, n{NB}={NB}2), 1.5{NB}points ahead of Mr "
        "Bricolage (4.0/10)."]
    assert watch == ["Brico Nord leads on every criterion scored."]
    project.players[0].client = False
    bench = benchmark(project, project.journeys[0], wave_id="w2")
    assert BenchmarkWords("fr").readings(bench, *client_readings(bench))[0][0].startswith(
        "Aucun acteur n’est marqué comme la marque du client")


def test_each_player_between_two_waves() -> None:
    project = sector()
    comparison = compare_waves(project, project.journeys[0], "w1", "w2")
    first, second = comparison.first.wave, comparison.second.wave
    assert first is not None and second is not None
    words = BenchmarkWords("fr")
    lines = [words.evolution(comparison.second, change, first, second)
             for change in comparison.overall]
    # 6 -> 21.5 / 3 = 7.17: +1.17 shown +1,2; Castor 7 -> 7.17: +0.17 shown +0,2.
    assert lines == [
        f"Brico Nord{NB}: 6,0/10 → 7,2/10 de «{NB}Vague 1{NB}» à «{NB}Vague 2{NB}» "
        f"(+1,2{NB}point), rang 3 → 2.",
        f"Castor{NB}: 7,0/10 → 7,2/10 de «{NB}Vague 1{NB}» à «{NB}Vague 2{NB}» "
        f"(+0,2{NB}point), rang 1 → 2.",
        f"Leroy{NB}: 6,3/10 → 7,5/10 de «{NB}Vague 1{NB}» à «{NB}Vague 2{NB}» "
        f"(+1,2{NB}point), rang 2 → 1.",
        f"Mr Bricolage{NB}: non noté lors de «{NB}Vague 1{NB}»."]
    english = BenchmarkWords("en").evolution(comparison.second, comparison.overall[2],
                                             first, second)
    assert english == (f"Leroy: 6.3/10 → 7.5/10 from 'Vague 1' to 'Vague 2' "
                       f"(+1.2{NB}points), rank 2 → 1.")


def test_every_value_shows_how_it_is_worked_out() -> None:
    values = {value.action.id: value for value in action_values(valued())}
    french, english = BenchmarkWords("fr"), BenchmarkWords("en")
    thin = "\u202f"
    assert french.expected(values["rappel"]) == (
        f"(40 \u2212 32) = 8 \u00d7 120{thin}000{NB}€ / an = 960{thin}000{NB}€ / an")
    assert english.per_day(values["rappel"]) == (
        f"960,000{NB}€ / an ÷ 20 d = 48,000{NB}€ / an per person-day")
    assert english.obtained(values["livraison"]) == (
        f"(4 \u2212 5) \u00d7 \u22121 (lower is better) = 1 \u00d7 8,000{NB}€ / AN = "
        f"8,000{NB}€ / AN")
    assert english.obtained(values["pire"]).endswith(f"= -2 \u00d7 120,000{NB}€ / an = "
                                                     f"-240,000{NB}€ / an")
    # What is missing is said instead of a figure.
    assert french.expected(values["retour"]) == f"manque{NB}: le KPI avant l’action"
    assert english.per_day(values["formation"]) == "missing: the effort"
    assert english.expected(values["bot"]) == "missing: the value of a point of its KPI"
