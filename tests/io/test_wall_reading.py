"""Reading photos of the wall: the kit printed, cut out, stuck on a synthetic wall in a new
order, photographed in perspective, turned, unevenly lit, blurred and noisy, and read back."""

from __future__ import annotations

import struct
import time
import zlib
from pathlib import Path

import pytest
from wall_support import DEMO, Scenario, scenario

from cxdesigner.analysis.wall.changes import ChangeKind, apply_changes
from cxdesigner.io import load_project
from cxdesigner.io.wall.new_cards import keep_handwriting
from cxdesigner.io.wall.photo import PhotoError, open_photo
from cxdesigner.io.wall.reading import WallError, WallReading, read_wall

pytestmark = pytest.mark.slow


def _found_order(reading: WallReading, stage_id: str) -> list[str]:
    return [card.touchpoint_id or f"new:{card.blank:03d}"
            for card in reading.arrangement.columns[stage_id]]


def _check_recovered(case: Scenario, reading: WallReading, tmp_path: Path) -> None:
    wall = case.wall
    # Stages and order: every card read is under its banner, in the wall's order.
    assert list(reading.arrangement.columns) == list(wall.order)
    for stage_id, order in wall.order.items():
        assert _found_order(reading, stage_id) == [k for k in order if k not in wall.hidden]
    # The cards whose code was covered are listed, never guessed.
    not_found = {c.touchpoint_id for c in reading.changes if c.kind is ChangeKind.NOT_FOUND}
    assert not_found == wall.hidden
    # Emotions: exactly the cards put in the band, at their level.
    emotions = {card.touchpoint_id: card.emotion for cards in reading.arrangement.columns.values()
                for card in cards if card.touchpoint_id is not None and card.emotion is not None}
    assert emotions == wall.emotions
    # Applied whole, the project holds the wall.
    changes = reading.changes
    cards = keep_handwriting(changes, tmp_path / "wall", "fr")
    after = apply_changes(case.project, reading.arrangement, changes,
                          {c.key for c in changes if c.actionable}, cards)
    journey = after.journey(case.journey.id)
    new = {tp.id for _, tp in journey.touchpoints()} - set(case.journey.touchpoint_index())
    assert len(new) == 1
    (new_id,) = new
    for stage in journey.stages:
        if stage.id not in wall.order:
            continue
        expected = [new_id if k == "new:002" else k for k in wall.order[stage.id]
                    if k not in wall.hidden]
        assert [tp.id for tp in stage.touchpoints if tp.id not in wall.hidden] == expected
    index = journey.touchpoint_index()
    for tp_id, level in wall.emotions.items():
        assert index[tp_id].emotion == level
    created = index[new_id]
    assert created.emotion == -1
    assert created.title == "Carte du mur N-002"
    assert "wall/N-002.png" in created.notes
    image = (tmp_path / "wall" / "N-002.png")
    with open_photo(image) as crop:
        assert crop.size == (360, 256)  # the whole card, straightened, at 4 px/mm


def test_one_photo_turned_in_perspective(tmp_path: Path) -> None:
    case = scenario(tmp_path, 3, [{"turn": 22.0, "blur": 1.0}])
    started = time.perf_counter()
    reading = read_wall(case.project, case.photos)
    seconds = time.perf_counter() - started
    assert reading.photos[0].size == (4000, 3000)  # 12 megapixels
    assert seconds < 15  # a few seconds alone; generous for a busy test machine
    _check_recovered(case, reading, tmp_path)


def test_a_long_wall_in_overlapping_photos(tmp_path: Path) -> None:
    """Three photos joined by the codes they share; an emotion strip at each end, as the
    guide asks for a wall this long (2.9 m)."""
    case = scenario(tmp_path, 6, [
        {"start": 0.0, "end": 0.42, "turn": -14.0},
        {"start": 0.3, "end": 0.72, "turn": 9.0, "tilt": (-0.0001, 0.00008)},
        {"start": 0.6, "end": 1.0, "turn": 28.0, "blur": 1.3},
    ], strips=2)
    reading = read_wall(case.project, case.photos)
    assert reading.notes == []
    _check_recovered(case, reading, tmp_path)


def test_a_photo_of_another_project_is_refused(tmp_path: Path) -> None:
    case = scenario(tmp_path, 3, [{"turn": 5.0}])
    other = case.project.model_copy(update={"journeys": []})
    with pytest.raises(WallError, match="another project"):
        read_wall(other, case.photos)


def test_a_photo_without_codes(tmp_path: Path) -> None:
    from PIL import Image

    plain = tmp_path / "mur.png"
    Image.new("L", (800, 600), 200).save(plain)
    with pytest.raises(WallError, match="no code"):
        read_wall(load_project(DEMO), [plain])


def _png_claiming(path: Path, width: int, height: int) -> Path:
    """A tiny PNG whose header claims ``width`` x ``height`` pixels."""
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    chunk = b"IHDR" + header
    ihdr = struct.pack(">I", len(header)) + chunk + struct.pack(">I", zlib.crc32(chunk))
    data = zlib.compress(b"\0" * 10)
    idat = struct.pack(">I", len(data)) + b"IDAT" + data + \
        struct.pack(">I", zlib.crc32(b"IDAT" + data))
    end = struct.pack(">I", 0) + b"IEND" + struct.pack(">I", zlib.crc32(b"IEND"))
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + ihdr + idat + end)
    return path


def test_a_huge_photo_is_refused_before_decoding(tmp_path: Path) -> None:
    large = _png_claiming(tmp_path / "large.png", 11_000, 11_000)
    # Pillow's own cap (set for persona photos, export/photos.py) may refuse it first, before
    # its size is known: the message then says the limit without the size.
    with pytest.raises(PhotoError, match=r"more than the 100 megapixels a photo of the wall"):
        open_photo(large)
    huge = _png_claiming(tmp_path / "huge.png", 20_000, 20_000)
    with pytest.raises(PhotoError, match="more than the 100 megapixels"):
        open_photo(huge)


def test_files_that_are_not_photos(tmp_path: Path) -> None:
    text = tmp_path / "notes.jpg"
    text.write_text("not a photo")
    with pytest.raises(PhotoError, match="not an image"):
        open_photo(text)
    with pytest.raises(PhotoError, match="does not exist"):
        open_photo(tmp_path / "missing.jpg")
