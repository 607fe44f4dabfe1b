"""A piece of the wall cut out of a photo and straightened: what a blank card says."""

from __future__ import annotations

import io
from collections.abc import Sequence

import numpy as np
from PIL import Image

CROP_PIXELS_PER_MM = 4.0
"""About 100 dots per inch: handwriting stays legible, a card takes a few kilobytes."""


def _perspective_coefficients(target: Sequence[tuple[float, float]],
                              source: Sequence[tuple[float, float]]) -> list[float]:
    """The eight numbers Pillow's perspective transform wants: from each ``target`` point
    (the straight crop) to its ``source`` point (on the photo)."""
    rows, values = [], []
    for (u, v), (x, y) in zip(target, source, strict=True):
        rows.append([u, v, 1, 0, 0, 0, -u * x, -v * x])
        rows.append([0, 0, 0, u, v, 1, -u * y, -v * y])
        values.extend([x, y])
    solved = np.linalg.solve(np.array(rows, dtype=np.float64), np.array(values))
    return [float(value) for value in solved]


def straighten(photo: Image.Image, corners: Sequence[tuple[float, float]],
               size_mm: tuple[float, float]) -> bytes:
    """The quadrilateral ``corners`` of ``photo`` (top-left, top-right, bottom-right,
    bottom-left, in pixels) as an upright PNG of a piece ``size_mm`` large."""
    width = max(1, round(size_mm[0] * CROP_PIXELS_PER_MM))
    height = max(1, round(size_mm[1] * CROP_PIXELS_PER_MM))
    target = [(0.0, 0.0), (float(width), 0.0), (float(width), float(height)),
              (0.0, float(height))]
    coefficients = _perspective_coefficients(target, corners)
    crop = photo.transform((width, height), Image.Transform.PERSPECTIVE, coefficients,
                           Image.Resampling.BICUBIC, fillcolor=255)
    buffer = io.BytesIO()
    crop.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()
