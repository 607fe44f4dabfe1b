"""Helpers for the map editor tests: small projects and real mouse gestures on the view."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from cxdesigner.canvas import JourneyView
from cxdesigner.io import load_project
from cxdesigner.model import (
    BlueprintItem,
    BlueprintLayer,
    Channel,
    Flow,
    Interlocutor,
    Journey,
    Persona,
    Project,
    Stage,
    Touchpoint,
)


def small_project() -> Project:
    """Three stages of two touchpoints, one flow, three channels, a persona."""
    stages = [
        Stage(id="s1", name="Découverte", touchpoints=[
            Touchpoint(id="t1", title="Publicité", channel_id="ch-web", emotion=1),
            Touchpoint(id="t2", title="Site web", channel_id="ch-web")]),
        Stage(id="s2", name="Achat", touchpoints=[
            Touchpoint(id="t3", title="Panier", channel_id="ch-shop", emotion=-1),
            Touchpoint(id="t4", title="Paiement", interlocutor_id="i1")]),
        Stage(id="s3", name="Livraison", touchpoints=[
            Touchpoint(id="t5", title="Colis", channel_id="ch-chat"),
            Touchpoint(id="t6", title="Avis")]),
    ]
    journey = Journey(id="j1", name="Parcours", stages=stages,
                      flows=[Flow(id="f1", source_id="t1", target_id="t2"),
                             Flow(id="f2", source_id="t2", target_id="t5")])
    return Project(title="Test", language="fr", journeys=[journey],
                   personas=[Persona(id="p1", name="Camille")],
                   channels=[Channel(id="ch-web", name="Site web"),
                             Channel(id="ch-shop", name="Magasin"),
                             Channel(id="ch-chat", name="Chat")],
                   interlocutors=[Interlocutor(id="i1", name="Conseiller")])


def empty_project() -> Project:
    return Project(title="Vide", language="fr", journeys=[Journey(id="j1", name="Parcours")],
                   channels=[Channel(id="ch-web", name="Site web")])


def delivery_blueprint(journey: Journey) -> Journey:
    """The demo's current journey with the blueprint of its delivery stage, shown: planning,
    warehouse and carrier behind the delivery, the order system and the CRM under them; the
    planning causes the postponed delivery's pain point."""
    back, support = BlueprintLayer.BACK_STAGE, BlueprintLayer.SUPPORT

    def item(item_id: str, layer: BlueprintLayer, title: str, owner: str,
             *serves: str) -> BlueprintItem:
        return BlueprintItem(id=item_id, layer=layer, title=title, stage_id="st-livraison",
                             owner=owner, serves_ids=list(serves))

    copy = journey.model_copy(deep=True)
    copy.show_blueprint = True
    copy.blueprint = [
        item("bp-planning", back, "Planification des tournées", "Planification", "bp-entrepot"),
        item("bp-entrepot", back, "Préparation à l’entrepôt", "Entrepôt", "bp-transport"),
        item("bp-transport", back, "Tournée du transporteur", "Transporteur", "tp-livraison"),
        item("bp-commandes", support, "Système de commandes", "DSI", "bp-planning"),
        item("bp-crm", support, "CRM : SMS au client", "Relation client",
             "tp-report-livraison"),
    ]
    for stage in copy.stages:
        for touchpoint in stage.touchpoints:
            for irritant in touchpoint.irritants:
                if irritant.id == "ir-report-veille":
                    irritant.cause_ids = ["bp-planning"]
    return copy


DEMO = Path(__file__).resolve().parents[2] / "resources" / "demo" / "parcours-demo.cxd"


def demo_with_blueprint() -> Project:
    """The demo project, its current journey with the blueprint of its delivery stage."""
    project = load_project(DEMO)
    project.journeys[0] = delivery_blueprint(project.journeys[0])
    return Project.model_validate(project.model_dump())


ViewFactory = Callable[[Project], JourneyView]


def card_point(view: JourneyView, tp_id: str, dx: float = 0.0, dy: float = 0.0) -> QPoint:
    """The viewport point at the centre of a card (plus an offset in scene units)."""
    layout = view.map_scene.map_layout
    assert layout is not None
    centre = layout.touchpoints[tp_id].card.center
    return view.mapFromScene(QPointF(centre.x + dx, centre.y + dy))


def click(qtbot: QtBot, view: JourneyView, point: QPoint,
          modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, modifiers, point)


def drag(qtbot: QtBot, view: JourneyView, start: QPoint, end: QPoint,
         modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """Press, move in steps, release: a real drag on the viewport."""
    viewport = view.viewport()
    qtbot.mouseMove(viewport, start)
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, modifiers, start)
    steps = 6
    for step in range(1, steps + 1):
        point = start + (end - start) * step / steps
        qtbot.mouseMove(viewport, point)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, modifiers, end)


def type_text(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Type ``text`` as key events; QTest cannot name non-ASCII keys, so those are sent as
    the text a keyboard layout would give."""
    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier,
                                                     char))
