"""Pictures for the map: shrunk, encoded and kept in the project; bombs refused in words."""

from __future__ import annotations

import base64
import io
import os
import sys
from pathlib import Path

import pytest
from PIL import Image

from cxdesigner.io.pictures import (
    MAX_FILE_BYTES,
    STORED_SIDE,
    PictureError,
    PictureProblem,
    decoded_picture,
    picture_bytes,
    picture_from_bytes,
    picture_from_file,
    printed_ppi,
)
from cxdesigner.model import MapImage

TOOLS = Path(__file__).resolve().parents[2] / "tools"
sys.path.insert(0, str(TOOLS))

from fuzz_inputs import bomb_png  # noqa: E402


def _image_bytes(kind: str, size: tuple[int, int], noisy: bool = False,
                 mode: str = "RGB") -> bytes:
    image = Image.new(mode, size, (58, 110, 165) if mode == "RGB" else (58, 110, 165, 128))
    if noisy:  # a photo: every pixel its own colour, which PNG cannot squeeze
        image = Image.effect_noise(size, 64).convert("RGB")
    buffer = io.BytesIO()
    image.save(buffer, kind)
    return buffer.getvalue()


def test_a_screenshot_is_kept_as_png_at_its_size() -> None:
    picture = picture_from_bytes(_image_bytes("PNG", (800, 500)), "capture.png")
    assert (picture.format, picture.width, picture.height, picture.name) == \
        ("png", 800, 500, "capture.png")
    with Image.open(io.BytesIO(picture_bytes(picture))) as reread:
        assert (reread.format, reread.size) == ("PNG", (800, 500))


def test_a_large_picture_is_shrunk_to_the_stored_side() -> None:
    picture = picture_from_bytes(_image_bytes("PNG", (4000, 1000)))
    assert (picture.width, picture.height) == (STORED_SIDE, 400)


def test_a_photo_is_kept_as_the_smaller_jpeg() -> None:
    data = _image_bytes("PNG", (1200, 900), noisy=True)
    picture = picture_from_bytes(data, "comptoir.png")
    assert picture.format == "jpeg"
    assert len(picture_bytes(picture)) < len(data) / 2


def test_transparency_stays_png() -> None:
    picture = picture_from_bytes(_image_bytes("PNG", (64, 32), mode="RGBA"))
    assert picture.format == "png"
    assert decoded_picture(picture).mode == "RGBA"


def test_a_photo_taken_sideways_is_stored_upright() -> None:
    image = Image.new("RGB", (60, 40), (200, 0, 0))
    exif = Image.Exif()
    exif[0x0112] = 6  # "rotate 90° clockwise to view"
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", exif=exif)
    picture = picture_from_bytes(buffer.getvalue())
    assert (picture.width, picture.height) == (40, 60)


@pytest.mark.parametrize("kind", ["JPEG", "GIF", "BMP", "WEBP"])
def test_other_formats_are_read(kind: str) -> None:
    picture = picture_from_bytes(_image_bytes(kind, (30, 20)))
    assert (picture.width, picture.height) == (30, 20)
    assert picture.format in ("png", "jpeg")


def test_a_decompression_bomb_is_refused_before_it_is_decoded() -> None:
    with pytest.raises(PictureError) as refused:
        picture_from_bytes(bomb_png(20_000, 20_000), "affiche.png")
    assert refused.value.problem is PictureProblem.TOO_MANY_PIXELS
    # Its size is said: the header declares it, only the pixels are never decoded.
    assert str(refused.value).startswith(
        "“affiche.png” is 20000 \u00d7 20000 pixels, more than the 16 megapixels a PNG image may "
        "have (a JPEG photo may have 50)")
    assert refused.value.pixels is not None and refused.value.pixels.width == 20_000


def test_a_png_too_large_to_decode_whole_is_refused_in_words() -> None:
    with pytest.raises(PictureError) as refused:
        picture_from_bytes(bomb_png(6000, 4000, rows=1))
    assert str(refused.value).startswith(
        "The picture is 6000 \u00d7 4000 pixels, more than the 16 megapixels a PNG image may "
        "have (a JPEG photo may have 50).")
    assert refused.value.pixels is not None and refused.value.pixels.width == 6000


@pytest.mark.parametrize(("data", "problem"), [
    (b"", PictureProblem.NOT_AN_IMAGE), (b"not a picture at all", PictureProblem.NOT_AN_IMAGE),
])
def test_what_is_not_a_picture_is_named_so(data: bytes, problem: PictureProblem) -> None:
    with pytest.raises(PictureError) as refused:
        picture_from_bytes(data, "note.txt")
    assert refused.value.problem is problem
    assert str(refused.value).startswith("“note.txt” is not an image CX Designer can read.")


def test_a_damaged_picture_is_named_so() -> None:
    data = _image_bytes("PNG", (400, 300), noisy=True)
    with pytest.raises(PictureError) as refused:
        picture_from_bytes(data[: len(data) // 2], "coupée.png")
    assert refused.value.problem is PictureProblem.DAMAGED
    assert "could not be read: the file may be damaged" in str(refused.value)


def test_a_file_is_read_within_its_cap(tmp_path: Path) -> None:
    path = tmp_path / "écran.png"
    path.write_bytes(_image_bytes("PNG", (90, 60)))
    assert picture_from_file(path).name == "écran.png"
    with pytest.raises(PictureError, match=r"“absent\.png” was not found") as missing:
        picture_from_file(tmp_path / "absent.png")
    assert missing.value.problem is PictureProblem.MISSING
    with pytest.raises(PictureError, match="is a folder, not an image"):
        picture_from_file(tmp_path)
    huge = tmp_path / "énorme.png"
    with huge.open("wb") as stream:  # sparse: no disk space used
        stream.truncate(MAX_FILE_BYTES + 1)
    with pytest.raises(PictureError, match="pictures up to 30 MB can be used") as large:
        picture_from_file(huge)
    assert large.value.problem is PictureProblem.TOO_LARGE_FILE


def test_a_fifo_is_not_waited_for(tmp_path: Path) -> None:
    path = tmp_path / "tube.png"
    os.mkfifo(path)
    with pytest.raises(PictureError, match=r"is not a file \(a device or a pipe\?\)"):
        picture_from_file(path)


def test_a_bomb_inside_a_project_is_refused_when_printed() -> None:
    """A project may come from anywhere: its pictures meet the smaller cap of a picture
    inside a project, whatever they say of themselves."""
    data = base64.b64encode(bomb_png(3000, 3000, rows=1)).decode("ascii")
    picture = MapImage(format="png", width=10, height=10, data=data)
    with pytest.raises(PictureError) as refused:
        decoded_picture(picture)
    assert "more than the 4 megapixels a photo inside a project may have" in str(refused.value)


def test_a_picture_decoded_again_fits_the_side_asked_for() -> None:
    picture = picture_from_bytes(_image_bytes("PNG", (1000, 500)))
    assert decoded_picture(picture, 200).size == (200, 100)


def test_printed_resolution() -> None:
    assert printed_ppi(300, 72.0) == 300.0
    assert printed_ppi(100, 144.0) == 50.0
    assert printed_ppi(10, 0.0) == float("inf")


@pytest.mark.parametrize(("width", "height"), [(9000, 9000), (5000, 4000)])
def test_a_png_too_large_is_told_of_the_png_limit_however_large(width: int, height: int) -> None:
    # 81 megapixels used to be told of the 50 a JPEG photo may have; 20 of the PNG's 16.
    with pytest.raises(PictureError) as refused:
        picture_from_bytes(bomb_png(width, height), "grand.png")
    assert str(refused.value).startswith(
        f"“grand.png” is {width} \u00d7 {height} pixels, more than the 16 megapixels a PNG "
        "image may have (a JPEG photo may have 50)")
