"""Persona photos: sane images are shrunk and embedded, everything else is refused clearly."""

from __future__ import annotations

import base64
import os
import struct
import zlib
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage, QImageReader, QImageWriter
from PySide6.QtWidgets import QApplication

from cxdesigner.document import persona_photo
from cxdesigner.document.persona_photo import PhotoError, load_persona_photo
from cxdesigner.model import Persona


def _image(path: Path, width: int, height: int, fmt: bytes = b"png") -> Path:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#3a6ea5"))
    assert QImageWriter(str(path), fmt).write(image)
    return path


def _decoded(text: str) -> QImage:
    image = QImage.fromData(base64.b64decode(text))
    assert not image.isNull()
    return image


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def _png_header(width: int, height: int) -> bytes:
    """A PNG signature and a valid IHDR chunk (8-bit RGB) declaring ``width`` x ``height``."""
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", header)


def test_a_large_photo_is_shrunk_keeping_its_shape(qapp: QApplication, tmp_path: Path) -> None:
    text = load_persona_photo(_image(tmp_path / "chloe.png", 800, 400))
    image = _decoded(text)
    # 800 x 400 fits in 512 x 512 as 512 x 256 (the long side at 512, ratio 2:1 kept).
    assert (image.width(), image.height()) == (512, 256)
    assert image.pixelColor(10, 10).name() == "#3a6ea5"
    Persona(name="Chloé", photo_png_base64=text)  # what the model holds


def test_a_small_photo_keeps_its_size(qapp: QApplication, tmp_path: Path) -> None:
    image = _decoded(load_persona_photo(str(_image(tmp_path / "small.png", 100, 50))))
    assert (image.width(), image.height()) == (100, 50)


def test_the_content_decides_the_format(qapp: QApplication, tmp_path: Path) -> None:
    jpeg = _image(tmp_path / "photo.jpg", 600, 900, b"jpeg")
    misnamed = tmp_path / "photo.png"
    misnamed.write_bytes(jpeg.read_bytes())
    image = _decoded(load_persona_photo(misnamed))
    # 600 x 900 -> the long side at 512: 512 x 600/900 = 341.33, rounded to 341.
    assert (image.width(), image.height()) == (341, 512)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(PhotoError, match=r"“absent\.png” was not found .* choose it again"):
        load_persona_photo(tmp_path / "absent.png")


def test_a_folder(tmp_path: Path) -> None:
    with pytest.raises(PhotoError, match="is a folder"):
        load_persona_photo(tmp_path)


def test_random_bytes_named_png(qapp: QApplication, tmp_path: Path) -> None:
    path = tmp_path / "noise.png"
    path.write_bytes(os.urandom(4096))
    with pytest.raises(PhotoError, match=r"not an image CX Designer can read\. Choose a PNG"):
        load_persona_photo(path)


def test_a_text_file(qapp: QApplication, tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("Chloé, 34 ans, cadre pressée\n", encoding="utf-8")
    with pytest.raises(PhotoError, match="not an image"):
        load_persona_photo(path)


def test_a_broken_png(qapp: QApplication, tmp_path: Path) -> None:
    # A sound header, then image data that is not zlib data at all.
    path = tmp_path / "broken.png"
    path.write_bytes(_png_header(64, 64) + _chunk(b"IDAT", b"not zlib" * 8)
                     + _chunk(b"IEND", b""))
    with pytest.raises(PhotoError, match=r"could not be read .* may be damaged"):
        load_persona_photo(path)


def test_a_huge_declared_size_is_refused_before_decoding(qapp: QApplication,
                                                         tmp_path: Path) -> None:
    # 50,000 x 50,000 = 2,500 megapixels declared in a 57-byte file with no image data:
    # refused for its size (decoding it would have failed differently, or used 10 GB).
    path = tmp_path / "bomb.png"
    path.write_bytes(_png_header(50_000, 50_000) + _chunk(b"IDAT", b"") + _chunk(b"IEND", b""))
    limit = QImageReader.allocationLimit()
    with pytest.raises(PhotoError,
                       match="50000 \u00d7 50000 pixels, more than the 16 megapixels a PNG"):
        load_persona_photo(path)
    assert QImageReader.allocationLimit() == limit


def test_a_file_too_big_is_refused_before_reading(monkeypatch: pytest.MonkeyPatch,
                                                  tmp_path: Path) -> None:
    path = tmp_path / "big.png"
    path.write_bytes(b"\0" * 2048)
    # The real cap is 30 MB; a 1 KB cap checks the same rule without writing 30 MB.
    monkeypatch.setattr(persona_photo, "MAX_FILE_BYTES", 1024)
    with pytest.raises(PhotoError, match="Save a smaller copy"):
        load_persona_photo(path)


def test_reading_leaves_the_allocation_limit_as_it_was(qapp: QApplication,
                                                      tmp_path: Path) -> None:
    limit = QImageReader.allocationLimit()
    load_persona_photo(_image(tmp_path / "ok.png", 20, 20))
    assert QImageReader.allocationLimit() == limit
