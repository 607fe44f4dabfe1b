"""Pictures and linked journeys for the tests: a screenshot, a photo, and the demo with both."""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw

from cxdesigner.io import load_project
from cxdesigner.io.pictures import picture_from_image
from cxdesigner.model import Journey, MapImage, MomentOfTruth, Project, Stage, Touchpoint

DEMO = Path(__file__).resolve().parents[1] / "resources" / "demo" / "parcours-demo.cxd"


def screenshot(width: int = 640, height: int = 400) -> MapImage:
    """A picture like a screenshot of a web page: a header bar, a picture, blocks of text
    and a button, in broad flat shapes."""
    page = Image.new("RGB", (width, height), (255, 255, 255))
    draw = ImageDraw.Draw(page)
    unit = width / 64
    draw.rectangle((0, 0, width, 6 * unit), fill=(29, 53, 87))
    draw.rectangle((4 * unit, 10 * unit, 28 * unit, 30 * unit), fill=(42, 157, 143))
    for row in range(4):
        top = (11 + row * 4) * unit
        draw.rectangle((32 * unit, top, 60 * unit, top + 2 * unit), fill=(154, 165, 177))
    draw.rectangle((32 * unit, 28 * unit, 46 * unit, 32 * unit), fill=(230, 126, 34))
    return picture_from_image(page, "capture-site.png")


def counter_photo() -> MapImage:
    """A picture like a photo of a shop counter, taller than wide."""
    photo = Image.new("RGB", (300, 400), (222, 203, 164))
    draw = ImageDraw.Draw(photo)
    draw.rectangle((0, 250, 300, 400), fill=(120, 72, 40))
    draw.ellipse((90, 60, 210, 180), fill=(58, 110, 165))
    return picture_from_image(photo, "comptoir.jpg")


def demo_with_pictures_and_links() -> Project:
    """The demo project with pictures on a card, a stage and a sticky note, and its call to
    the after-sales service detailed by a journey of its own."""
    project = load_project(DEMO)
    current = project.journeys[0]
    shot, counter = screenshot(), counter_photo()
    call = Journey(id="j-appel-sav", name="Appel au SAV", stages=[
        Stage(id="st-sav-svi", name="Serveur vocal", touchpoints=[
            Touchpoint(id="tp-sav-menu", title="Menu du SVI", emotion=-2,
                       moment=MomentOfTruth.CRITICAL),
            Touchpoint(id="tp-sav-attente", title="Attente", emotion=-3)]),
        Stage(id="st-sav-conseiller", name="Conseiller", touchpoints=[
            Touchpoint(id="tp-sav-diagnostic", title="Diagnostic", emotion=1,
                       moment=MomentOfTruth.WOW)])])
    for stage in current.stages:
        if stage.id == "st-choix":
            stage.image = counter
        for touchpoint in stage.touchpoints:
            if touchpoint.id == "tp-recherche-site":
                touchpoint.image = shot
            elif touchpoint.id == "tp-visite-magasin":
                touchpoint.image = counter
            elif touchpoint.id == "tp-appel-sav":
                touchpoint.details_journey_id = call.id
    current.notes[0].image = shot
    project.journeys.append(call)
    return Project.model_validate(project.model_dump())


