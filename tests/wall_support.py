"""Synthetic photos of a workshop wall, made from the kit's own printed pages.

The kit is rendered to images (pypdfium2), each piece is cut out of its sheet where the kit
says it is, the pieces are stuck on a flat wall in millimetres (banners in a row, the
emotion strip at the left, cards under their banners, some down in the emotion band, blank
cards written on), and the wall is photographed: turned, seen in perspective, lit unevenly,
blurred, with sensor noise, saved as a JPEG.
"""

from __future__ import annotations

import io
import math
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from cxdesigner.analysis.wall.codes import KitCode, PieceKind, item_code
from cxdesigner.analysis.wall.pieces import BANNER, CARD, LEVEL, QR_SIZE
from cxdesigner.export.kit import KitOptions, KitResult, render_kit
from cxdesigner.model import Journey, Project

RENDER_PX_PER_MM = 6.0
WALL_PX_PER_MM = 5.0
CARD_PITCH = 98.0
"""Millimetres between the left edges of two cards side by side."""
BAND_TOP = 330.0
"""Where the +3 band of the emotion strip starts, mm from the top of the wall."""
CARD_ROW = 90.0
"""Where the cards that sit outside the emotion band are, mm from the top."""


def render_pieces(project: Project, options: KitOptions) -> tuple[KitResult,
                                                                   dict[KitCode, Image.Image]]:
    """The kit of ``project`` and each of its pieces as an image, cut out of its sheet."""
    data, result = render_kit(project, options)
    document = pdfium.PdfDocument(data)
    pages = [document[index].render(scale=RENDER_PX_PER_MM * 25.4 / 72).to_pil().convert("L")
             for index in range(len(document))]
    document.close()
    images = {}
    for piece in result.pieces:
        s = RENDER_PX_PER_MM
        box = (round(piece.x * s), round(piece.y * s), round((piece.x + piece.width) * s),
               round((piece.y + piece.height) * s))
        images[piece.code] = pages[piece.page].crop(box)
    return result, images


@dataclass
class Stuck:
    """A piece on the wall: its code, its top-left corner (mm) and its lean (degrees)."""

    code: KitCode
    x: float
    y: float
    tilt: float = 0.0


@dataclass
class Wall:
    """A wall being laid out, and what the reader should find on it."""

    width: float
    height: float
    stuck: list[Stuck] = field(default_factory=list)
    order: dict[str, list[str]] = field(default_factory=dict)
    """Each stage's cards, left to right: touchpoint ids, or ``new:007`` for blank cards."""
    emotions: dict[str, int] = field(default_factory=dict)
    hidden: set[str] = field(default_factory=set)
    """Touchpoints whose code is covered."""
    handwriting: dict[int, str] = field(default_factory=dict)


def lay_out(journey: Journey, stage_ids: list[str], new_order: dict[str, list[str]],
            emotions: dict[str, int], blanks: dict[str, list[tuple[int, int]]],
            rng: np.random.Generator, strips: int = 1) -> Wall:
    """Banners in a row, the strip at the left (and at the right with ``strips`` 2), each
    stage's cards in ``new_order`` (ids; ``new:N`` for blank card N), a card with an
    emotion in ``emotions`` (or a blank card with a level in ``blanks``) down in the band at
    that level."""
    left = 110.0
    x = left
    wall = Wall(0, 0)
    blank_levels = {f"new:{n:03d}": level for items in blanks.values() for n, level in items}
    for stage_id in stage_ids:
        cards = new_order[stage_id]
        wall.stuck.append(Stuck(KitCode.stage(journey.id, stage_id), x, 15.0,
                                float(rng.uniform(-2, 2))))
        wall.order[stage_id] = list(cards)
        for index, key in enumerate(cards):
            level = emotions.get(key, blank_levels.get(key))
            if level is None:
                y = CARD_ROW
            else:
                centre = BAND_TOP + (3 - level) * LEVEL.height + LEVEL.height / 2
                y = centre - CARD.height / 2 + float(rng.uniform(-8, 8))
                if key in emotions:
                    wall.emotions[key] = level
            code = KitCode.blank(journey.id, int(key[4:])) if key.startswith("new:") \
                else KitCode.touchpoint(journey.id, key)
            wall.stuck.append(Stuck(code, x + 4 + index * CARD_PITCH + float(rng.uniform(-3, 3)),
                                    y, float(rng.uniform(-6, 6))))
        x += max(BANNER.width + 8, len(cards) * CARD_PITCH + 12)
    for strip_x in [15.0, x + 10][:strips]:
        for index, level in enumerate(range(3, -4, -1)):
            wall.stuck.append(Stuck(KitCode.level(journey.id, level), strip_x,
                                    BAND_TOP + index * LEVEL.height))
    wall.width = x + 20 + (LEVEL.width + 10 if strips > 1 else 0)
    wall.height = BAND_TOP + 7 * LEVEL.height + 40
    return wall


def _handwrite(card: Image.Image, text: str) -> Image.Image:
    written = card.copy()
    draw = ImageDraw.Draw(written)
    font = ImageFont.load_default(size=int(7 * RENDER_PX_PER_MM))
    draw.text((5 * RENDER_PX_PER_MM, 12 * RENDER_PX_PER_MM), text, fill=40, font=font)
    return written


def paint_wall(wall: Wall, pieces: dict[KitCode, Image.Image]) -> Image.Image:
    """The flat wall at :data:`WALL_PX_PER_MM`, pale paper with the pieces stuck on it."""
    s = WALL_PX_PER_MM
    image = Image.new("L", (round(wall.width * s), round(wall.height * s)), 222)
    scale = s / RENDER_PX_PER_MM
    for stuck in wall.stuck:
        piece = pieces[stuck.code]
        if stuck.code.kind is PieceKind.BLANK and stuck.code.blank_number in wall.handwriting:
            piece = _handwrite(piece, wall.handwriting[stuck.code.blank_number])
        piece = piece.resize((round(piece.width * scale), round(piece.height * scale)),
                             Image.Resampling.LANCZOS)
        mask = Image.new("L", piece.size, 255)
        if stuck.tilt:
            centre = (piece.width / 2, piece.height / 2)
            piece = piece.rotate(-stuck.tilt, Image.Resampling.BICUBIC, expand=True,
                                 fillcolor=0)
            mask = mask.rotate(-stuck.tilt, Image.Resampling.BICUBIC, expand=True)
            shift = ((piece.width / 2 - centre[0]), (piece.height / 2 - centre[1]))
        else:
            shift = (0.0, 0.0)
        image.paste(piece, (round(stuck.x * s - shift[0]), round(stuck.y * s - shift[1])), mask)
    draw = ImageDraw.Draw(image)
    for stuck in wall.stuck:
        if stuck.code.kind is PieceKind.TOUCHPOINT and _touchpoint_of(stuck, wall) in wall.hidden:
            # A sticky note over most of the code: its finder patterns and data are gone.
            qx, qy = (stuck.x + CARD.qr_x - 2) * s, (stuck.y + CARD.qr_y + 4) * s
            draw.rectangle((qx, qy, qx + (QR_SIZE + 4) * s, qy + QR_SIZE * 0.8 * s), fill=235)
    return image


def _touchpoint_of(stuck: Stuck, wall: Wall) -> str | None:
    for ids in wall.order.values():
        for key in ids:
            if not key.startswith("new:") and item_code(key) == stuck.code.item:
                return key
    return None


def photograph(flat: Image.Image, wall_mm: tuple[float, float], window: tuple[float, float],
               size: tuple[int, int] = (4000, 3000), turn: float = 20.0,
               tilt: tuple[float, float] = (0.00012, 0.00005), blur: float = 1.0,
               noise: float = 6.0, seed: int = 1) -> Image.Image:
    """A phone photo of the part of the wall from ``window[0]`` to ``window[1]`` mm across:
    turned by ``turn`` degrees, in perspective (``tilt``: the homography's bottom row, per
    mm), lit from one side, blurred and noisy."""
    s = WALL_PX_PER_MM
    span = window[1] - window[0]
    angle = math.radians(turn)
    cos, sin = math.cos(angle), math.sin(angle)
    # Photo px per wall mm: the turned window fits the frame with a little room to spare.
    across = span * abs(cos) + wall_mm[1] * abs(sin)
    down = span * abs(sin) + wall_mm[1] * abs(cos)
    scale = min(size[0] * 0.85 / across, size[1] * 0.85 / down)
    centre = ((window[0] + window[1]) / 2, wall_mm[1] / 2)
    # wall mm -> photo px: move the window's centre to the origin, lean, turn and scale,
    # then to the photo's centre.
    to_origin = np.array([[1, 0, -centre[0]], [0, 1, -centre[1]], [0, 0, 1]], dtype=float)
    lean = np.array([[1, 0, 0], [0, 1, 0], [tilt[0], tilt[1], 1]], dtype=float)
    turn_scale = np.array([[scale * cos, -scale * sin, 0], [scale * sin, scale * cos, 0],
                           [0, 0, 1]], dtype=float)
    to_photo = np.array([[1, 0, size[0] / 2], [0, 1, size[1] / 2], [0, 0, 1]], dtype=float)
    wall_to_photo = to_photo @ turn_scale @ lean @ to_origin
    flat_to_wall = np.diag([1 / s, 1 / s, 1.0])
    photo_to_flat = np.linalg.inv(wall_to_photo @ flat_to_wall)
    photo_to_flat /= photo_to_flat[2, 2]
    photo = flat.transform(size, Image.Transform.PERSPECTIVE,
                           tuple(photo_to_flat.ravel()[:8]), Image.Resampling.BILINEAR,
                           fillcolor=150)
    rng = np.random.default_rng(seed)
    pixels = np.asarray(photo, dtype=np.float32)
    light_across = np.linspace(0.55, 1.0, size[0], dtype=np.float32)[None, :]
    light_down = np.linspace(1.0, 0.85, size[1], dtype=np.float32)[:, None]
    grain = rng.normal(0, noise, pixels.shape).astype(np.float32)
    pixels = pixels * light_across * light_down + grain
    photo = Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8))
    return photo.filter(ImageFilter.GaussianBlur(blur)) if blur else photo


def save_jpeg(photo: Image.Image, path: Path) -> Path:
    """As a phone would: colour JPEG, quality 88."""
    buffer = io.BytesIO()
    photo.convert("RGB").save(buffer, format="JPEG", quality=88)
    path.write_bytes(buffer.getvalue())
    return path


DEMO = Path(__file__).parent.parent / "resources" / "demo" / "parcours-demo.cxd"


@dataclass
class Scenario:
    """A project, photos of its wall, and what reading them must find."""

    project: Project
    journey: Journey
    wall: Wall
    photos: list[Path]


def scenario(folder: Path, stage_count: int, shots: list[dict[str, object]],
             seed: int = 5, strips: int = 1) -> Scenario:
    """The demo project's first ``stage_count`` stages on a wall, their cards shuffled across
    them, three given an emotion, a blank card written on and put in the band, two cards'
    codes covered; photographed as each of ``shots`` says (``photograph``'s arguments, and
    ``start``/``end`` of the window as shares of the wall's width)."""
    from cxdesigner.io import load_project

    project = load_project(DEMO)
    journey = project.journeys[0]
    rng = np.random.default_rng(seed)
    _, pieces = render_pieces(project, KitOptions(blank_cards=3))
    stages = journey.stages[:stage_count]
    ids = [tp.id for stage in stages for tp in stage.touchpoints]
    rng.shuffle(ids)
    order: dict[str, list[str]] = {stage.id: [] for stage in stages}
    for index, tp_id in enumerate(ids):
        order[stages[index % len(stages)].id].append(tp_id)
    order[stages[1].id].insert(1, "new:002")
    emotions = {ids[0]: 3, ids[3]: -2, ids[5]: -3}
    wall = lay_out(journey, [s.id for s in stages], order, emotions,
                   {stages[1].id: [(2, -1)]}, rng, strips)
    wall.hidden = {ids[1], ids[7]}
    wall.handwriting = {2: "RAPPEL CLIENT"}
    flat = paint_wall(wall, pieces)
    photos = []
    for number, shot in enumerate(shots, start=1):
        settings = dict(shot)
        window = (float(settings.pop("start", 0.0)) * wall.width,  # type: ignore[arg-type]
                  float(settings.pop("end", 1.0)) * wall.width)  # type: ignore[arg-type]
        photo = photograph(flat, (wall.width, wall.height), window, seed=number,
                           **settings)  # type: ignore[arg-type]
        photos.append(save_jpeg(photo, folder / f"mur-{number}.jpg"))
    return Scenario(project, journey, wall, photos)
