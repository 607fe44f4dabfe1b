"""Random projects and random edit scripts, for the property tests of diff and merge.

An edit script is a list of edits drawn as plain data (which edit, a few numbers that pick
what it applies to, a word); it is applied to whatever the project holds when it runs, the
way a consultant edits: rename, re-score, add, remove and move cards and stages, draw and
remove flows, add and remove channels and personas, attach verbatims, take a snapshot.
Every edit keeps the project sound, as the editor does (a removal clears what pointed to
what it removed).
"""

from __future__ import annotations

import datetime as dt
import itertools
from typing import Any

from hypothesis import strategies as st

from cxdesigner.model import (
    Action,
    Channel,
    Flow,
    FlowKind,
    Irritant,
    Journey,
    MomentOfTruth,
    Persona,
    Project,
    Stage,
    SurveyAnswer,
    SurveyIndicator,
    Touchpoint,
    Verbatim,
)
from cxdesigner.versions.snapshots import with_snapshot

WORDS = ["Accueil", "Appel", "Chat", "Colis", "Paiement", "Avis", "Relance", "Retour",
         "« Trop long ! »", "Livraison 📦", "Été"]
WORD = st.sampled_from(WORDS)


@st.composite
def projects(draw: Any, min_stages: int = 1) -> Project:
    """A small project: one or two journeys of a few stages (``min_stages`` at least) and
    cards, flows, channels, personas, verbatims, pain points, an action and a survey
    answer pointing in."""
    counter = itertools.count()

    def new_id(prefix: str) -> str:
        return f"{prefix}{next(counter)}"

    channels = [Channel(id=new_id("c"), name=f"Canal {n}") for n in range(draw(st.integers(0, 3)))]
    personas = [Persona(id=new_id("p"), name=f"Persona {n}")
                for n in range(draw(st.integers(0, 2)))]
    journeys = []
    for _ in range(draw(st.integers(1, 2))):
        stages = []
        for _ in range(draw(st.integers(min_stages, max(3, min_stages)))):
            touchpoints = []
            for _ in range(draw(st.integers(0, 3))):
                tp = Touchpoint(
                    id=new_id("t"), title=draw(WORD),
                    emotion=draw(st.none() | st.integers(-3, 3)),
                    channel_id=draw(st.none() | st.sampled_from([c.id for c in channels]))
                    if channels else None,
                    persona_emotions={p.id: draw(st.integers(-3, 3)) for p in personas
                                      if draw(st.booleans())},
                    verbatims=[Verbatim(id=new_id("v"), text=draw(WORD))
                               for _ in range(draw(st.integers(0, 1)))],
                    irritants=[Irritant(id=new_id("i"), text=draw(WORD))
                               for _ in range(draw(st.integers(0, 1)))])
                touchpoints.append(tp)
            stages.append(Stage(id=new_id("s"), name=draw(WORD), touchpoints=touchpoints))
        ids = [tp.id for stage in stages for tp in stage.touchpoints]
        flows = []
        if ids:
            for _ in range(draw(st.integers(0, 3))):
                flows.append(Flow(id=new_id("f"), source_id=draw(st.sampled_from(ids)),
                                  target_id=draw(st.sampled_from(ids)),
                                  kind=draw(st.sampled_from(FlowKind))))
        journeys.append(Journey(id=new_id("j"), name=draw(WORD), stages=stages, flows=flows,
                                persona_ids=[p.id for p in personas if draw(st.booleans())]))
    all_tps = [tp for j in journeys for _, tp in j.touchpoints()]
    actions = []
    answers = []
    if all_tps and draw(st.booleans()):
        tp = draw(st.sampled_from(all_tps))
        actions.append(Action(id=new_id("a"), description=draw(WORD), touchpoint_id=tp.id,
                              irritant_id=tp.irritants[0].id if tp.irritants else None))
        answers.append(SurveyAnswer(id=new_id("r"), scope_id=tp.id,
                                    indicator=SurveyIndicator.NPS, value=9.0))
    return Project(title=draw(WORD), channels=channels, personas=personas, journeys=journeys,
                   actions=actions, answers=answers)


Edit = tuple[str, tuple[int, ...], str]

EDIT_KINDS = ["title", "emotion", "channel", "moment", "add_tp", "remove_tp", "move_tp",
              "add_stage", "remove_stage", "move_stage", "rename_stage", "add_flow",
              "remove_flow", "add_channel", "remove_channel", "add_persona",
              "remove_persona", "add_verbatim", "irritant_text", "project_title",
              "journey_name", "snapshot"]

edits = st.tuples(st.sampled_from(EDIT_KINDS), st.tuples(*[st.integers(0, 7)] * 4), WORD)
scripts = st.lists(edits, max_size=8)

CLASHING_KINDS = ["move_tp", "move_tp", "move_tp", "title", "move_stage", "remove_stage",
                  "remove_tp", "add_tp", "channel", "remove_channel"]
clashing_scripts = st.lists(st.tuples(st.sampled_from(CLASHING_KINDS),
                                      st.tuples(*[st.integers(0, 3)] * 4), WORD),
                            min_size=1, max_size=6)
"""Edits that often touch the same cards on both sides: moves, renames and removals."""


class Editor:
    """Applies edits to a project's JSON data, keeping it sound; new ids start with
    ``prefix`` so that two sides never invent the same id."""

    def __init__(self, project: Project, prefix: str) -> None:
        self.data = project.model_dump(mode="json")
        self.prefix = prefix
        self.counter = itertools.count()
        self.snapshots = 0

    def new_id(self) -> str:
        return f"{self.prefix}{next(self.counter)}"

    def project(self) -> Project:
        return Project.model_validate(self.data)

    def apply(self, script: list[Edit]) -> Project:
        for kind, numbers, word in script:
            getattr(self, f"_{kind}")(numbers, word)
            self.data = self.project().model_dump(mode="json")  # each edit leaves it sound
        return self.project()

    # ------------------------------------------------------------------ look-ups

    def _touchpoints(self) -> list[tuple[dict[str, Any], dict[str, Any], dict[str, Any]]]:
        return [(j, s, tp) for j in self.data["journeys"] for s in j["stages"]
                for tp in s["touchpoints"]]

    def _stages(self) -> list[tuple[dict[str, Any], dict[str, Any]]]:
        return [(j, s) for j in self.data["journeys"] for s in j["stages"]]

    @staticmethod
    def _pick(items: list[Any], number: int) -> Any:
        return items[number % len(items)] if items else None

    def _remove_touchpoint_ids(self, ids: set[str]) -> None:
        irritants = {i["id"] for _, _, tp in self._touchpoints() if tp["id"] in ids
                     for i in tp["irritants"]}
        for journey in self.data["journeys"]:
            for stage in journey["stages"]:
                stage["touchpoints"] = [tp for tp in stage["touchpoints"] if tp["id"] not in ids]
            journey["flows"] = [f for f in journey["flows"]
                                if f["source_id"] not in ids and f["target_id"] not in ids]
        self.data["answers"] = [a for a in self.data["answers"] if a["scope_id"] not in ids]
        for action in self.data["actions"]:
            if action["touchpoint_id"] in ids:
                action["touchpoint_id"] = None
            if action["irritant_id"] in irritants:
                action["irritant_id"] = None

    # ------------------------------------------------------------------ the edits

    def _title(self, n: tuple[int, ...], word: str) -> None:
        found = self._pick(self._touchpoints(), n[0])
        if found:
            found[2]["title"] = f"{word} {n[1]}"

    def _emotion(self, n: tuple[int, ...], word: str) -> None:
        found = self._pick(self._touchpoints(), n[0])
        if found:
            found[2]["emotion"] = n[1] % 7 - 3 if n[2] % 5 else None

    def _channel(self, n: tuple[int, ...], word: str) -> None:
        found = self._pick(self._touchpoints(), n[0])
        channel = self._pick(self.data["channels"], n[1])
        if found:
            found[2]["channel_id"] = channel["id"] if channel and n[2] % 4 else None

    def _moment(self, n: tuple[int, ...], word: str) -> None:
        found = self._pick(self._touchpoints(), n[0])
        if found:
            found[2]["moment"] = list(MomentOfTruth)[n[1] % 4].value

    def _add_tp(self, n: tuple[int, ...], word: str) -> None:
        found = self._pick(self._stages(), n[0])
        if found:
            items = found[1]["touchpoints"]
            tp = Touchpoint(id=self.new_id(), title=word).model_dump(mode="json")
            items.insert(n[1] % (len(items) + 1), tp)

    def _remove_tp(self, n: tuple[int, ...], word: str) -> None:
        found = self._pick(self._touchpoints(), n[0])
        if found:
            self._remove_touchpoint_ids({found[2]["id"]})

    def _move_tp(self, n: tuple[int, ...], word: str) -> None:
        found = self._pick(self._touchpoints(), n[0])
        if not found:
            return
        journey, stage, tp = found
        stage["touchpoints"].remove(tp)
        target = self._pick(journey["stages"], n[1])
        target["touchpoints"].insert(n[2] % (len(target["touchpoints"]) + 1), tp)

    def _add_stage(self, n: tuple[int, ...], word: str) -> None:
        journey = self._pick(self.data["journeys"], n[0])
        stage = Stage(id=self.new_id(), name=word).model_dump(mode="json")
        journey["stages"].insert(n[1] % (len(journey["stages"]) + 1), stage)

    def _remove_stage(self, n: tuple[int, ...], word: str) -> None:
        found = self._pick(self._stages(), n[0])
        if found:
            journey, stage = found
            self._remove_touchpoint_ids({tp["id"] for tp in stage["touchpoints"]})
            journey["stages"].remove(stage)
            self.data["answers"] = [a for a in self.data["answers"] if a["scope_id"] != stage["id"]]
            for note in journey["notes"]:
                if note["stage_id"] == stage["id"]:
                    note["stage_id"] = None

    def _move_stage(self, n: tuple[int, ...], word: str) -> None:
        journey = self._pick(self.data["journeys"], n[0])
        stages = journey["stages"]
        if not stages:
            return
        stage = stages.pop(n[1] % len(stages))
        stages.insert(n[2] % (len(stages) + 1), stage)

    def _rename_stage(self, n: tuple[int, ...], word: str) -> None:
        found = self._pick(self._stages(), n[0])
        if found:
            found[1]["name"] = f"{word} {n[1]}"

    def _add_flow(self, n: tuple[int, ...], word: str) -> None:
        journey = self._pick(self.data["journeys"], n[0])
        ids = [tp["id"] for s in journey["stages"] for tp in s["touchpoints"]]
        if ids:
            journey["flows"].append(Flow(id=self.new_id(), source_id=self._pick(ids, n[1]),
                                         target_id=self._pick(ids, n[2]),
                                         label=word).model_dump(mode="json"))

    def _remove_flow(self, n: tuple[int, ...], word: str) -> None:
        journey = self._pick(self.data["journeys"], n[0])
        if journey["flows"]:
            del journey["flows"][n[1] % len(journey["flows"])]

    def _add_channel(self, n: tuple[int, ...], word: str) -> None:
        self.data["channels"].append({"id": self.new_id(), "name": word, "digital": False})

    def _remove_channel(self, n: tuple[int, ...], word: str) -> None:
        channel = self._pick(self.data["channels"], n[0])
        if channel:
            self.data["channels"].remove(channel)
            for _, _, tp in self._touchpoints():
                if tp["channel_id"] == channel["id"]:
                    tp["channel_id"] = None

    def _add_persona(self, n: tuple[int, ...], word: str) -> None:
        self.data["personas"].append(Persona(id=self.new_id(), name=word).model_dump(mode="json"))

    def _remove_persona(self, n: tuple[int, ...], word: str) -> None:
        persona = self._pick(self.data["personas"], n[0])
        if persona:
            gone = persona["id"]
            self.data["personas"].remove(persona)
            for journey in self.data["journeys"]:
                journey["persona_ids"] = [p for p in journey["persona_ids"] if p != gone]
            for _, _, tp in self._touchpoints():
                tp["persona_emotions"].pop(gone, None)
                for verbatim in tp["verbatims"]:
                    if verbatim["persona_id"] == gone:
                        verbatim["persona_id"] = None

    def _add_verbatim(self, n: tuple[int, ...], word: str) -> None:
        found = self._pick(self._touchpoints(), n[0])
        if found:
            found[2]["verbatims"].append(Verbatim(id=self.new_id(), text=word,
                                                  persona_id=None).model_dump(mode="json"))

    def _irritant_text(self, n: tuple[int, ...], word: str) -> None:
        irritants = [i for _, _, tp in self._touchpoints() for i in tp["irritants"]]
        irritant = self._pick(irritants, n[0])
        if irritant:
            irritant["text"] = f"{word} {n[1]}"

    def _project_title(self, n: tuple[int, ...], word: str) -> None:
        self.data["title"] = f"{word} {n[0] % 3}"

    def _journey_name(self, n: tuple[int, ...], word: str) -> None:
        journey = self._pick(self.data["journeys"], n[0])
        journey["name"] = f"{word} {n[1] % 3}"

    def _snapshot(self, n: tuple[int, ...], word: str) -> None:
        project = self.project()
        self.snapshots += 1
        taken = dt.datetime(2026, 11, 24, 9, tzinfo=dt.UTC) + dt.timedelta(minutes=n[0])
        history, _ = with_snapshot(project, f"{word} {self.prefix}{self.snapshots}",
                                   "Claire", taken, f"snap-{self.prefix}{self.snapshots}")
        self.data["history"] = history.model_dump(mode="json")


def edited(project: Project, script: list[Edit], prefix: str) -> Project:
    """``project`` after the edit script."""
    return Editor(project, prefix).apply(script)

