"""Adding survey answers from a CSV file to a project."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from cxdesigner.analysis import survey_indicators
from cxdesigner.analysis.survey import survey_indicator
from cxdesigner.io.csv_answers import import_answers
from cxdesigner.io.csv_journeys import import_touchpoints
from cxdesigner.io.csv_reading import CsvImportError
from cxdesigner.model import (
    Journey,
    Project,
    ScoreScale,
    Segment,
    Stage,
    SurveyIndicator,
    Touchpoint,
)

DATA = Path(__file__).parent.parent / "data" / "csv"


def project() -> Project:
    # Two touchpoints share the title "Appel"; "Paiement" is unique.
    return Project(title="P", segments=[Segment(id="seg-young", name="Jeunes actifs")],
                   journeys=[Journey(id="J", name="Achat", stages=[
                       Stage(id="S1", name="Avant", touchpoints=[
                           Touchpoint(id="t1", title="Appel"),
                           Touchpoint(id="t2", title="Paiement")]),
                       Stage(id="S2", name="Après", touchpoints=[
                           Touchpoint(id="t3", title="appel")])])])


def write(folder: Path, text: str, encoding: str = "utf-8") -> Path:
    path = folder / "answers.csv"
    path.write_bytes(text.encode(encoding))
    return path


def test_answers_by_id_and_by_title(tmp_path: Path) -> None:
    text = ("\ufeffPoint de contact;Indicateur;Valeur;Échelle;Répondant;Date;Segment\n"
            "PAIEMENT;NPS;9;;R1;12/03/2024;jeunes ACTIFS\n"
            "t1;csat;4;1-5;R2;2024-03-13;Retraités\n"
            "t3;CES;5,5;1-7;;;\n"
            "S2;ces;2;1-7 inverse;;;Retraités\n")
    original = project()
    result = import_answers(write(tmp_path, text), original)
    assert original.answers == []  # the project given is not changed
    a, b, c, d = result.added
    assert (a.scope_id, a.indicator, a.value, a.scale) == ("t2", SurveyIndicator.NPS, 9, None)
    assert (a.respondent, a.date) == ("R1", dt.date(2024, 3, 12))
    assert a.segment_id == "seg-young"  # an existing segment, whatever its case
    assert (b.scope_id, b.scale, b.date) == ("t1", None, dt.date(2024, 3, 13))
    assert (c.value, c.scale) == (5.5, ScoreScale(low=1, high=7))
    assert (d.scope_id, d.scale) == ("S2", ScoreScale(low=1, high=7, higher_is_better=False))
    assert [s.name for s in result.new_segments] == ["Retraités"]  # created once
    assert b.segment_id == d.segment_id == result.new_segments[0].id
    assert result.project.answers == result.added
    assert [s.name for s in result.project.segments] == ["Jeunes actifs", "Retraités"]


def test_every_problem_at_once_and_nothing_added(tmp_path: Path) -> None:
    text = ("touchpoint,indicator,value,scale,date\n"
            "Appel,nps,9,,\n"              # row 2: two touchpoints are called "appel"
            "Nowhere,nps,9,,\n"            # row 3
            "t1,effort,3,,\n"              # row 4
            "t1,csat,6,,\n"                # row 5: outside 1-5
            "t1,nps,8,1-5,\n"              # row 6
            "t1,ces,,,31/02/2024\n"        # row 7
            ",ces,abc,,\n")                # row 8
    with pytest.raises(CsvImportError) as caught:
        import_answers(write(tmp_path, text), project())
    assert caught.value.problems == [
        "row 2, column 'touchpoint': the title 'Appel' is shared by 2 touchpoints (t1 in "
        "journey 'Achat', stage 'Avant'; t3 in journey 'Achat', stage 'Après'); write the id "
        "of the one meant",
        "row 3, column 'touchpoint': no touchpoint has the id or title 'Nowhere'",
        "row 4, column 'indicator': unknown indicator 'effort' (expected nps, csat or ces)",
        "row 5, column 'value': 6 is outside the CSAT scale 1-5",
        "row 6, column 'scale': an NPS answer is always on the 0-10 scale (found '1-5')",
        "row 7, column 'value': the value is missing",
        "row 7, column 'date': '31/02/2024' is not a date of the calendar",
        "row 8, column 'touchpoint': the touchpoint is missing",
        "row 8, column 'value': 'abc' is not a number",
    ]


def test_a_file_without_a_required_column(tmp_path: Path) -> None:
    with pytest.raises(CsvImportError) as caught:
        import_answers(write(tmp_path, "touchpoint;value\nt1;3\n"), project())
    assert caught.value.problems == ["the column 'indicator' is missing (row 1 should name it: "
                                     "'indicator', 'indicateur')"]


def test_a_windows_1252_file(tmp_path: Path) -> None:
    text = "Point de contact;Indicateur;Valeur;Répondant\r\nPaiement;nps;10;Hélène\r\n"
    result = import_answers(write(tmp_path, text, "cp1252"), project())
    assert result.added[0].respondent == "Hélène"


def test_the_example_survey_on_the_example_workshop() -> None:
    workshop = import_touchpoints(DATA / "atelier-parcours.csv").project
    result = import_answers(DATA / "reponses-enquete.csv", workshop)
    assert result.warnings == []
    assert len(result.added) == 35
    journey = result.project.journeys[0]
    found = {(item.scope.name, item.result.indicator.value): item.result
             for item in survey_indicators(result.project, journey)}
    # Indemnisation: 10 9 9 10 8 7 6 9 10 3 -> promoters 6, detractors 2 (6, 3), n 10:
    # (6 - 2) / 10 * 100 = 40
    assert (found["Indemnisation", "nps"].value, found["Indemnisation", "nps"].n) == (40.0, 10)
    # Déclaration de sinistre: 2 5 7 0 6 8 -> 0 promoters, 4 detractors, n 6: -66.67
    assert found["Déclaration de sinistre", "nps"].value == pytest.approx(-400 / 6)
    # Appel au service client, CSAT 1-5: 2 3 4 1 5 2 -> 4 and 5 satisfied: 2 / 6 = 33.33 %
    assert found["Appel au service client", "csat"].value == pytest.approx(100 / 3)
    # The journey's CES mixes the app's 1-10 answers and the phone's 1-7 ones: refused.
    journey_ces = found["Souscription assurance habitation", "ces"]
    assert journey_ces.value is None and journey_ces.n == 9
    assert "different scales" in journey_ces.reason


def test_a_csat_in_percent(tmp_path: Path) -> None:
    """80%, 80 % and 80 % (French spacing) are 80 on the 0-100 % scale, satisfied from 80."""
    text = ("Point de contact;Indicateur;Valeur;Échelle\n"
            "t1;CSAT;80%;\n"
            "t1;CSAT;80 %;0-100\n"
            "t2;csat;79,5\u00a0%;\n")
    result = import_answers(write(tmp_path, text), project())
    percent = ScoreScale(low=0, high=100, satisfied_from=80.0)
    assert [(a.value, a.scale) for a in result.added] == [(80, percent), (80, percent),
                                                          (79.5, percent)]
    csat = survey_indicator(SurveyIndicator.CSAT, result.added)
    assert (csat.value, csat.n) == (pytest.approx(200 / 3), 3)  # 79.5 % is not satisfied


def test_a_percentage_where_it_means_nothing(tmp_path: Path) -> None:
    text = ("touchpoint,indicator,value,scale\n"
            "t1,nps,80%,\n"
            "t1,ces,50 %,\n"
            "t1,csat,80%,1-5\n"
            "t1,csat,120%,\n")
    with pytest.raises(CsvImportError) as caught:
        import_answers(write(tmp_path, text), project())
    assert caught.value.problems == [
        "row 2, column 'value': '80%' is a percentage, but an NPS answer is a score from 0 to "
        "10 (the NPS itself is worked out from the answers); write the score given",
        "row 3, column 'value': '50 %' is a percentage, but a CES answer is a score on its "
        "effort scale (1-10 unless the scale column says another); write the score given",
        "row 4, column 'value': '80%' is a percentage, but the scale of the row is 1-5: write "
        "the score on that scale, or leave the scale empty (or write 0-100) for a CSAT in "
        "percent",
        "row 5, column 'value': 120 is outside the CSAT scale 0-100",
    ]
