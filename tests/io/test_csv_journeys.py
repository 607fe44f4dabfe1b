"""Creating a project from a workshop spreadsheet of touchpoints."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cxdesigner.analysis import analyse_flows
from cxdesigner.io.csv_journeys import import_touchpoints, path_for
from cxdesigner.io.csv_reading import CsvImportError
from cxdesigner.io.csv_wording import worded
from cxdesigner.model import (
    Criticality,
    FlowKind,
    Journey,
    MomentOfTruth,
    Project,
    Stage,
    Touchpoint,
    journey_links,
)

DATA = Path(__file__).parent.parent / "data" / "csv"


def write(folder: Path, text: str, encoding: str = "utf-8",
          name: str = "atelier.csv") -> Path:
    path = folder / name
    path.write_bytes(text.encode(encoding))
    return path


def flows_by_title(journey: Journey) -> list[tuple[str, str, str]]:
    titles = {tp.id: tp.title for _, tp in journey.touchpoints()}
    return [(titles[f.source_id], titles[f.target_id], f.kind.value) for f in journey.flows]


def links_by_title(journey: Journey) -> list[tuple[str, str, str]]:
    """Every link of the path: ``(from, to, kind)``, the kind "implied" for implied links."""
    titles = {tp.id: tp.title for _, tp in journey.touchpoints()}
    return [(titles[link.source_id], titles[link.target_id],
             "implied" if link.implied else link.kind.value) for link in journey_links(journey)]


def test_the_least_a_sheet_can_hold(tmp_path: Path) -> None:
    path = write(tmp_path, "stage,title\nAware,Sees an ad\nAct,Buys\nAware,Asks a friend\n")
    result = import_touchpoints(path, language="en")
    project = result.project
    assert project.title == "atelier"  # the file name
    assert project.language == "en"
    (journey,) = project.journeys
    assert journey.name == "Customer journey"
    # Stages by first appearance; touchpoints in row order within their stage.
    assert [(s.name, [tp.title for tp in s.touchpoints]) for s in journey.stages] == [
        ("Aware", ["Sees an ad", "Asks a friend"]), ("Act", ["Buys"])]
    # No row has a next: each row leads to the row below. "Asks a friend" comes right
    # after "Sees an ad" on the map, but not in the sheet: "next step" is drawn over it,
    # and a flow back from "Buys"; "Asks a friend", the sheet's last row, ends the path.
    assert flows_by_title(journey) == [("Sees an ad", "Buys", "next"),
                                       ("Buys", "Asks a friend", "back")]
    assert links_by_title(journey) == flows_by_title(journey)
    assert [tp.ends_path for _, tp in journey.touchpoints()] == [False, True, False]
    assert result.warnings == []


FRENCH = (
    "Parcours;Persona;ÉTAPE;Point de contact;Canal;Interlocuteur;émotion;Moment de vérité;"
    "Criticité;Verbatim;Irritant;Opportunité;Id;Suivant\n"
    "Achat;Léa|Marc;Découverte;Voit une publicité;réseau SOCIAL;;1;;Neutre;;;;A;B\n"
    "Achat;Léa;Découverte;Compare les prix;Site web;;-1;Critique;Très sensible;"
    "\"C'est long, trop long\";Lenteur|Pubs;Filtre prix;B;C\n"
    "Achat;Marc;Achat;Passe en magasin;Agence;Conseillère;2;Waouh;Sensible;;;;C;B|D\n"
    "Achat;Léa|Marc;Achat;Paie;téléphone;conseillère;;essentiel;;;;;D;\n"
)


def check_french(project: Project) -> None:
    (journey,) = project.journeys
    assert journey.name == "Achat"
    assert [p.name for p in project.personas] == ["Léa", "Marc"]
    assert journey.persona_ids == [p.id for p in project.personas]
    lea, marc = (p.id for p in project.personas)
    a, b, c, d = (tp for _, tp in journey.touchpoints())
    assert [tp.id for tp in (a, b, c, d)] == ["A", "B", "C", "D"]  # the sheet's ids are kept
    # The usual channels are reused whatever the case; "Agence" is new.
    assert a.channel_id == "ch-social" and b.channel_id == "ch-website"
    assert d.channel_id == "ch-phone"
    assert [ch.name for ch in project.channels if not ch.id.startswith("ch-")] == ["Agence"]
    # One interlocutor, however written.
    assert [i.name for i in project.interlocutors] == ["Conseillère"]
    assert c.interlocutor_id == d.interlocutor_id
    # A row for both personas sets the general values; a row for one persona its own.
    assert (a.emotion, a.criticality, a.persona_emotions) == (1, Criticality.LOW, {})
    assert (b.emotion, b.persona_emotions, b.persona_criticality) == (
        None, {lea: -1}, {lea: Criticality.VERY_SENSITIVE})
    assert c.persona_emotions == {marc: 2}
    assert [m.moment for m in (a, b, c, d)] == [MomentOfTruth.NONE, MomentOfTruth.CRITICAL,
                                                MomentOfTruth.WOW, MomentOfTruth.ESSENTIAL]
    # Several values in a cell; a verbatim of one persona is that persona's.
    assert [i.text for i in b.irritants] == ["Lenteur", "Pubs"]
    assert [(v.text, v.persona_id) for v in b.verbatims] == [("C'est long, trop long", lea)]
    assert [o.text for o in b.opportunities] == ["Filtre prix"]
    # The sheet's nexts: A>B, B>C and C>D are the cards that follow on the map (implied
    # links); C>B goes back on the map: the one flow drawn.
    assert flows_by_title(journey) == [("Passe en magasin", "Compare les prix", "back")]
    assert links_by_title(journey) == [
        ("Voit une publicité", "Compare les prix", "implied"),
        ("Compare les prix", "Passe en magasin", "implied"),
        ("Passe en magasin", "Compare les prix", "back"),
        ("Passe en magasin", "Paie", "implied")]
    assert not any(tp.ends_path for tp in (a, b, c, d))


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1252"])
def test_a_french_sheet_in_every_encoding(tmp_path: Path, encoding: str) -> None:
    result = import_touchpoints(write(tmp_path, FRENCH, encoding), title="Atelier")
    assert result.project.title == "Atelier"
    assert result.delimiter == ";"
    check_french(result.project)
    assert [ch.name for ch in result.project.channels][:2] == ["Magasin", "Catalogue"]


def test_english_channel_names_in_a_french_project(tmp_path: Path) -> None:
    path = write(tmp_path, "stage,title,channel\nA,One,Phone\nA,Two,Mobile app\n")
    project = import_touchpoints(path, language="fr").project
    names = project.channel_names()
    assert [names[tp.channel_id or ""] for _, tp in project.journeys[0].touchpoints()] == [
        "Téléphone", "Application mobile"]


def test_a_single_persona_journey_keeps_general_values(tmp_path: Path) -> None:
    path = write(tmp_path, "stage,title,persona,emotion\nA,One,Léa,2\nA,Two,Léa,-1\n")
    (journey,) = import_touchpoints(path).project.journeys
    assert [(tp.emotion, tp.persona_emotions) for _, tp in journey.touchpoints()] == [
        (2, {}), (-1, {})]


def test_journeys_and_merged_stage_cells(tmp_path: Path) -> None:
    text = ("journey,stage,title,id,next\n"
            "Buy,Before,Search,s1,s2\n"
            ",,Compare,s2,\n"  # same journey, same stage (merged cells)
            "Support,Seek help,Calls,,\n"
            ",Resolve,Is helped,,\n")
    project = import_touchpoints(write(tmp_path, text)).project
    buy, support = project.journeys
    assert [(s.name, len(s.touchpoints)) for s in buy.stages] == [("Before", 2)]
    assert [s.name for s in support.stages] == ["Seek help", "Resolve"]
    # Links are decided per journey: Buy has nexts, Support follows its rows; both lead
    # to the card that follows on the map, without a flow drawn.
    assert buy.flows == support.flows == []
    assert links_by_title(buy) == [("Search", "Compare", "implied")]
    assert links_by_title(support) == [("Calls", "Is helped", "implied")]


def test_every_problem_is_reported_at_once(tmp_path: Path) -> None:
    text = ("id;Étape;Titre;Émotion;Moment;Criticité;Canal;Suivant\n"
            "T1;Achat;Paie;7;top;brûlant;Chat|Mail;T9\n"   # row 2
            "T1;Achat;;0;;;;\n"                            # row 3
            "T 3;;Rappelle;;;;;T1\n")                      # row 4
    path = write(tmp_path, text)
    with pytest.raises(CsvImportError) as caught:
        import_touchpoints(path)
    assert caught.value.problems == [
        "row 2, column 'Canal': a touchpoint has one channel; '|' separates several values",
        "row 2, column 'Émotion': an emotion is a whole number from -3 to +3 (found '7')",
        "row 2, column 'Moment': unknown moment of truth 'top' (expected none, essential, "
        "critical, wow, in English or French)",
        "row 2, column 'Criticité': unknown criticality 'brûlant' (expected very sensitive, "
        "sensitive, low, in English or French)",
        "row 2, column 'Suivant': 'T9' is not the id of any row",
        "row 3, column 'Titre': the title is missing",
        "row 3, column 'id': the id 'T1' is already used on row 2",
        "row 4, column 'id': the id 'T 3' may only hold letters, digits and _ . : - "
        "(no spaces or accents)",
        # Row 4 takes its stage from row 3 (merged cells) and its next, T1, is row 2.
    ]
    assert not list(tmp_path.glob("*.cxd"))


def test_next_problems(tmp_path: Path) -> None:
    text = ("id,journey,stage,title,next\n"
            "a,Buy,S,One,b|zz\n"          # row 2: zz is nobody
            "b,Buy,S,Two,c\n"             # row 3: c is in another journey
            "c,Use,S,Three,\n")
    with pytest.raises(CsvImportError) as caught:
        import_touchpoints(write(tmp_path, text))
    assert caught.value.problems == [
        "row 2, column 'next': 'zz' is not the id of any row",
        "row 3, column 'next': 'c' (row 4) is in another journey, 'Use'",
    ]


def test_next_needs_an_id_column(tmp_path: Path) -> None:
    with pytest.raises(CsvImportError) as caught:
        import_touchpoints(write(tmp_path, "stage,title,suivant\nS,One,2\nS,Two,\n"))
    assert caught.value.problems == ["row 2, column 'suivant': lists ids, but the file has no "
                                     "'id' column"]


def test_a_first_row_without_a_stage(tmp_path: Path) -> None:
    with pytest.raises(CsvImportError) as caught:
        import_touchpoints(write(tmp_path, "stage,title\n,One\n"))
    assert caught.value.problems == ["row 2, column 'stage': the stage is empty (and the row "
                                     "above is not in the same journey to take it from)"]


def test_headers_only(tmp_path: Path) -> None:
    with pytest.raises(CsvImportError, match="no touchpoint rows"):
        import_touchpoints(write(tmp_path, "stage,title\n"))


def test_unknown_columns_are_warned_about(tmp_path: Path) -> None:
    result = import_touchpoints(write(tmp_path, "stage,title,Budget\nS,One,Ann\n"))
    assert worded(result.warnings) == ["unknown column 'Budget' was ignored"]


def test_too_long_a_title(tmp_path: Path) -> None:
    with pytest.raises(CsvImportError, match=r"row 2, column 'title': longer than 500"):
        import_touchpoints(write(tmp_path, f"stage,title\nS,{'x' * 501}\n"))


def test_the_workshop_example_file() -> None:
    result = import_touchpoints(DATA / "atelier-parcours.csv")
    assert (result.encoding, result.delimiter, result.warnings) == ("UTF-8", ";", [])
    project = result.project
    (journey,) = project.journeys
    assert journey.name == "Souscription assurance habitation"
    assert [p.name for p in project.personas] == ["Léa", "Marc"]
    assert [s.name for s in journey.stages] == [
        "Apparition du besoin", "Avant l'achat", "Pendant l'achat", "Après l'achat", "Usage"]
    # The sheet's 17 links: 8 lead to the card that follows on the map, 9 are drawn.
    analysis = analyse_flows(journey)
    assert (analysis.touchpoints, analysis.flows, analysis.implied_links) == (15, 9, 8)
    assert analysis.loops.loops == (("T04", "T05"),)  # the chat sends back to the form
    assert analysis.repeated_steps == (("T04", "T08"),)  # the form, then again by phone
    assert analysis.dead_ends == () and analysis.unreachable == ()
    back = [flow for flow in journey.flows if flow.kind is FlowKind.BACK]
    assert [(f.source_id, f.target_id) for f in back] == [("T05", "T04")]
    with (DATA / "atelier-parcours.csv").open(encoding="utf-8-sig") as sheet:
        nexts = {(row["Id"], after) for row in csv.DictReader(sheet, delimiter=";")
                 for after in row["Suivant"].split("|") if after}
    links = [(link.source_id, link.target_id) for link in journey_links(journey)]
    assert sorted(links) == sorted(nexts)


@given(st.integers(min_value=0, max_value=9).flatmap(lambda size: st.tuples(
    st.just(size),
    st.lists(st.lists(st.integers(min_value=0, max_value=max(size - 1, 0)), max_size=3,
                      unique=True), min_size=size, max_size=size))))
def test_the_path_drawn_is_exactly_the_one_wanted(case: tuple[int, list[list[int]]]) -> None:
    size, targets = case
    touchpoints = [Touchpoint(id=f"t{n}", title=f"T{n}") for n in range(size)]
    wanted = {f"t{n}": [f"t{m}" for m in after] for n, after in enumerate(targets)}
    flows, ends = path_for(touchpoints, wanted)
    for touchpoint in touchpoints:
        touchpoint.ends_path = touchpoint.id in ends
    journey = Journey(name="J", stages=[Stage(name="S", touchpoints=touchpoints)],
                      flows=flows)
    links = [(link.source_id, link.target_id) for link in journey_links(journey)]
    assert sorted(links) == sorted((source, target) for source, after in wanted.items()
                                   for target in after)
    # No more drawn than needed: a flow to the card that follows only when it must be.
    following = {f"t{n}": f"t{n + 1}" for n in range(size - 1)}
    for flow in flows:
        if following.get(flow.source_id) == flow.target_id:
            assert any(other.source_id == flow.source_id and other.kind is FlowKind.NEXT
                       and int(other.target_id[1:]) > int(flow.target_id[1:])
                       for other in flows), flow


# --------------------------------------------------------------------------- service blueprint


def test_a_sheet_with_the_service_blueprint_of_its_delivery() -> None:
    result = import_touchpoints(DATA / "blueprint-livraison.csv")
    assert result.warnings == []
    (journey,) = result.project.journeys
    assert journey.show_blueprint
    assert [(s.name, [tp.title for tp in s.touchpoints]) for s in journey.stages] == [
        ("Achat", ["Commande en ligne"]),
        ("Livraison", ["SMS de créneau", "Livraison reportée", "Livraison et installation"])]
    items = {item.id: item for item in journey.blueprint}
    assert [(item.id, item.layer.value, item.owner) for item in journey.blueprint] == [
        ("B1", "back_stage", "Planification"), ("B2", "back_stage", "Entrepôt"),
        ("B3", "back_stage", "Transporteur"), ("S1", "support", "DSI"),
        ("S2", "support", "Relation client"), ("F1", "front_stage", "Transporteur")]
    livraison = journey.stages[1].id
    assert all(item.stage_id == livraison for item in journey.blueprint)
    assert items["B1"].serves_ids == ["B2"] and items["S1"].serves_ids == ["B1"]
    assert items["B3"].serves_ids == ["T4"] and items["S2"].serves_ids == ["T2", "T3"]
    assert items["B1"].description == "Tournées calculées la veille à 20 h"
    (delayed,) = journey.stages[1].touchpoints[1].irritants
    assert delayed.cause_ids == ["B1", "B3"]  # both name it, whatever its case and accents
    evidence = [tp.evidence for _, tp in journey.touchpoints()]
    assert [level.value if level else None for level in evidence] == [
        "measured", None, "observed", "hypothesis"]
    # The blueprint rows are no steps of the customer's path: each touchpoint row leads to
    # the touchpoint row below it.
    assert links_by_title(journey) == [
        ("Commande en ligne", "SMS de créneau", "implied"),
        ("SMS de créneau", "Livraison reportée", "implied"),
        ("Livraison reportée", "Livraison et installation", "implied")]


def test_english_headers_for_the_blueprint(tmp_path: Path) -> None:
    text = ("id,stage,title,layer,owner,serves,causes,irritant,evidence\n"
            "t1,Deliver,Delivery,,,,,Late,Observed\n"
            "b1,Deliver,Route planning,Back stage,Planning,t1,late,,\n")
    (journey,) = import_touchpoints(write(tmp_path, text), language="en").project.journeys
    (item,) = journey.blueprint
    assert (item.layer.value, item.title, item.owner, item.serves_ids) == (
        "back_stage", "Route planning", "Planning", ["t1"])
    touchpoint = journey.stages[0].touchpoints[0]
    assert touchpoint.irritants[0].cause_ids == ["b1"]
    assert touchpoint.evidence is not None and touchpoint.evidence.value == "observed"


def test_blueprint_problems_are_reported_at_once(tmp_path: Path) -> None:
    text = ("id;Parcours;Étape;Titre;Couche;Responsable;Sert;Causes;Canal;Irritant;"
            "Suivant;Niveau de preuve\n"
            "T1;Achat;S;Commande;;DSI;;;Site;Lent;B1;certain\n"         # row 2
            "B1;Achat;S;Stock;Coulisses;Entrepôt;T1|B1|U1|zz;Cher;Site;;;\n"  # row 3
            "B2;Achat;S;Autre;sous-sol;;;;;;;\n"                           # row 4
            "U1;Usage;S;Usage;;;;;;;;\n"                                   # row 5
            "B3;Achat;S;Sans ids;support;;;lent;;;;\n")                    # row 6: fine
    with pytest.raises(CsvImportError) as caught:
        import_touchpoints(write(tmp_path, text))
    assert caught.value.problems == [
        "row 2, column 'Responsable': only a row of the service blueprint (a 'layer' of front "
        "stage, back stage or support) has this",
        "row 2, column 'Niveau de preuve': unknown evidence level 'certain' (expected "
        "hypothesis, reported, observed, measured, in English or French)",
        "row 2, column 'Suivant': 'B1' (row 3) is an item of the service blueprint, not a "
        "touchpoint",
        "row 3, column 'Canal': a row of the service blueprint has no such cell; it is for "
        "touchpoints",
        "row 3, column 'Sert': an item cannot serve itself",
        "row 3, column 'Sert': 'U1' (row 5) is in another journey, 'Usage'",
        "row 3, column 'Sert': 'zz' is not the id of any row",
        "row 3, column 'Causes': no pain point of journey 'Achat' reads 'Cher'",
        "row 4, column 'Couche': unknown layer 'sous-sol' (expected customer, front stage, "
        "back stage or support, in English or French)",
    ]


def test_serves_needs_an_id_column(tmp_path: Path) -> None:
    with pytest.raises(CsvImportError) as caught:
        import_touchpoints(write(tmp_path, "stage,title,layer,serves\nS,One,,\n"
                                           "S,Two,back stage,1\n"))
    assert caught.value.problems == ["row 3, column 'serves': lists ids, but the file has no "
                                     "'id' column"]
