"""From the corners of QR symbols on a photo to their places on the wall, in millimetres.

Every symbol of the kit is a square of known side, stuck roughly upright on a flat wall. A
photo of that wall is a perspective view of it (a homography ``H``: wall → photo), so the
symbols' corners tell both ``H`` and where each symbol is: the fit below finds ``H`` and,
for each symbol, its centre and its tilt on the wall, by least squares on the corners
(Levenberg–Marquardt). The tilt of each symbol is free but pulled towards upright, so that
the wall's "up" is the mean up of its pieces whatever the photo's own rotation; the sizes
of the symbols across the photo give its perspective. Corners that disagree (a symbol read
askew) weigh less at each round (Huber weights).

The wall frame has x to the right and y downwards, in millimetres; its origin is the wall
point seen at the centre of the photo. Two photos' frames differ by a shift (and, from
small errors, a slight scale and turn), which :mod:`cxdesigner.analysis.wall.board`
finds from the codes they share.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

Array = npt.NDArray[np.float64]

CORNER_SIGNS = np.array([[-1.0, -1.0], [1.0, -1.0], [1.0, 1.0], [-1.0, 1.0]])
"""The corners of a symbol from its centre, in half sides: top-left, top-right,
bottom-right, bottom-left (the order a decoder gives them in, in the symbol's own axes)."""

TILT_SPREAD = 0.12
"""How far (in radians, about 7°) a piece is expected to lean on the wall."""
CORNER_NOISE = 1.0
"""How far (in pixels) a decoder's corner is expected to be off."""
HUBER_PIXELS = 3.0
_ROUNDS = 40


class FitError(ValueError):
    """The symbols do not tell a wall (none, or a degenerate view)."""


@dataclass(frozen=True)
class Symbol:
    """A symbol seen on a photo: its corners in pixels (top-left, top-right, bottom-right,
    bottom-left, in the symbol's own axes) and its printed side in millimetres."""

    corners: tuple[tuple[float, float], ...]
    side: float


@dataclass(frozen=True)
class WallFit:
    """Where the symbols of one photo are on the wall.

    Attributes:
        homography: wall millimetres → photo pixels (3 x 3).
        centres: each symbol's centre on the wall, in millimetres (N x 2).
        tilts: each symbol's lean on the wall, in radians, clockwise.
        errors: each symbol's root-mean-square corner error, in pixels.
    """

    homography: Array
    centres: Array
    tilts: Array
    errors: Array

    def to_photo(self, points: Array) -> Array:
        """Wall millimetres (N x 2) → photo pixels (N x 2)."""
        return apply_homography(self.homography, points)


def apply_homography(matrix: Array, points: Array) -> Array:
    """``points`` (N x 2) through the 3 x 3 ``matrix``."""
    ones = np.ones((points.shape[0], 1))
    mapped = np.hstack([points, ones]) @ matrix.T
    return np.asarray(mapped[:, :2] / mapped[:, 2:3], dtype=np.float64)


def rotation(angles: Array) -> Array:
    """Rotation matrices (N x 2 x 2) for ``angles`` (clockwise with y downwards)."""
    cos, sin = np.cos(angles), np.sin(angles)
    return np.stack([np.stack([cos, -sin], axis=-1), np.stack([sin, cos], axis=-1)], axis=-2)


class _Problem:
    """The least-squares problem of one photo, in normalised units: photo pixels divided by
    the photo's larger side around its centre, wall lengths in metres."""

    def __init__(self, symbols: Sequence[Symbol], size: tuple[int, int]) -> None:
        self.origin = np.array([size[0] / 2, size[1] / 2])
        self.scale = float(max(size))
        corners = np.array([s.corners for s in symbols], dtype=np.float64)
        self.corners = (corners - self.origin) / self.scale  # N x 4 x 2
        self.half = np.array([s.side for s in symbols]) / 2000.0  # half sides, metres
        self.count = len(symbols)
        noise = CORNER_NOISE / self.scale
        self.tilt_weight = noise / TILT_SPREAD
        self.perspective_weight = noise / 2.0  # keeps g, h near 0 when nothing says otherwise
        self.weights = np.ones(self.count)

    def project(self, glob: Array, local: Array) -> Array:
        """The symbols' corners on the photo (N x 4 x 2) for the parameters."""
        a, b, c, d, g, h = glob
        centres, tilts = local[:, :2], local[:, 2]
        offsets = (rotation(tilts) @ (CORNER_SIGNS.T[None] * self.half[:, None, None]))
        wall = centres[:, None, :] + offsets.transpose(0, 2, 1)  # N x 4 x 2
        x, y = wall[..., 0], wall[..., 1]
        w = g * x + h * y + 1.0
        return np.stack([(a * x + b * y) / w, (c * x + d * y) / w], axis=-1)

    def residuals(self, glob: Array, local: Array) -> tuple[Array, Array]:
        """Each symbol's residuals (N x 9: its corners, weighted, and its tilt) and the
        perspective's (2)."""
        corner = (self.project(glob, local) - self.corners).reshape(self.count, 8)
        corner = corner * np.sqrt(self.weights)[:, None]
        own = np.column_stack([corner, local[:, 2] * self.tilt_weight])
        return own, glob[4:] * self.perspective_weight

    def cost(self, glob: Array, local: Array) -> float:
        own, prior = self.residuals(glob, local)
        return float(np.sum(own ** 2) + np.sum(prior ** 2))

    def jacobians(self, glob: Array, local: Array) -> tuple[Array, Array]:
        """Finite differences of each symbol's residuals: by the global parameters
        (N x 9 x 6) and by its own (N x 9 x 3). A local parameter moves only its own
        symbol's residuals, so one step per local parameter serves every symbol."""
        base, _ = self.residuals(glob, local)
        step = 1e-7
        by_global = np.empty((self.count, 9, 6))
        for index in range(6):
            moved = glob.copy()
            moved[index] += step
            by_global[:, :, index] = (self.residuals(moved, local)[0] - base) / step
        by_local = np.empty((self.count, 9, 3))
        for index in range(3):
            moved = local.copy()
            moved[:, index] += step
            by_local[:, :, index] = (self.residuals(glob, moved)[0] - base) / step
        return by_global, by_local

    def start(self) -> tuple[Array, Array]:
        """An affine first guess: the median axes of the symbols, every symbol upright."""
        c = self.corners
        across = ((c[:, 1] - c[:, 0]) + (c[:, 2] - c[:, 3])) / (4 * self.half[:, None])
        down = ((c[:, 3] - c[:, 0]) + (c[:, 2] - c[:, 1])) / (4 * self.half[:, None])
        axes = np.column_stack([np.median(across, axis=0), np.median(down, axis=0)])
        if abs(np.linalg.det(axes)) < 1e-9:
            raise FitError("the codes on this photo are seen edge-on")
        inverse = np.linalg.inv(axes)
        centres = (c.mean(axis=1)) @ inverse.T
        main = np.arctan2(axes[1, 0], axes[0, 0])
        tilts = np.arctan2(across[:, 1], across[:, 0]) - main
        tilts = (tilts + np.pi) % (2 * np.pi) - np.pi
        glob = np.array([axes[0, 0], axes[0, 1], axes[1, 0], axes[1, 1], 0.0, 0.0])
        return glob, np.column_stack([centres, tilts])


def fit_wall(symbols: Sequence[Symbol], size: tuple[int, int]) -> WallFit:
    """Fit the wall seen on a photo of ``size`` (width, height) from its ``symbols``.

    Raises:
        FitError: no symbol, or a view from which no wall can be made out.
    """
    if not symbols:
        raise FitError("no code was read on this photo")
    problem = _Problem(symbols, size)
    glob, local = problem.start()
    damping = 1e-3
    for _ in range(_ROUNDS):
        glob, local, damping, settled = _step(problem, glob, local, damping)
        rms = _corner_errors(problem, glob, local)
        limit = HUBER_PIXELS / problem.scale
        problem.weights = np.where(rms <= limit, 1.0, limit / np.maximum(rms, 1e-12))
        if settled:
            break
    return _result(problem, glob, local, _corner_errors(problem, glob, local) * problem.scale)


def _corner_errors(problem: _Problem, glob: Array, local: Array) -> Array:
    """Each symbol's root-mean-square corner error, unweighted, in normalised units."""
    gap = problem.project(glob, local) - problem.corners
    return np.asarray(np.sqrt(np.mean(np.sum(gap ** 2, axis=2), axis=1)), dtype=np.float64)


def _step(problem: _Problem, glob: Array, local: Array,
          damping: float) -> tuple[Array, Array, float, bool]:
    """One Levenberg–Marquardt step; True when it no longer changes anything.

    The normal equations are solved by blocks: the six global parameters first (the Schur
    complement of the symbols' own 3 x 3 blocks), then each symbol's three.
    """
    own, prior = problem.residuals(glob, local)
    cost = float(np.sum(own ** 2) + np.sum(prior ** 2))
    by_global, by_local = problem.jacobians(glob, local)
    u = np.einsum("kri,krj->ij", by_global, by_global)
    u[4:, 4:] += np.eye(2) * problem.perspective_weight ** 2
    w = np.einsum("kri,krj->kij", by_global, by_local)  # N x 6 x 3
    v = np.einsum("kri,krj->kij", by_local, by_local)  # N x 3 x 3
    grad_global = np.einsum("kri,kr->i", by_global, own)
    grad_global[4:] += prior * problem.perspective_weight
    grad_local = np.einsum("kri,kr->ki", by_local, own)
    for _ in range(12):
        u_damped = u + damping * np.diag(np.maximum(np.diag(u), 1e-12))
        v_diag = np.maximum(np.einsum("kii->ki", v), 1e-12)
        v_damped = v + damping * v_diag[:, :, None] * np.eye(3)[None]
        try:
            v_inverse = np.linalg.inv(v_damped)
            w_vi = np.einsum("kij,kjl->kil", w, v_inverse)
            reduced = u_damped - np.einsum("kil,kml->im", w_vi, w)
            rhs = -(grad_global - np.einsum("kil,kl->i", w_vi, grad_local))
            delta_global = np.linalg.solve(reduced, rhs)
        except np.linalg.LinAlgError:
            damping *= 10
            continue
        delta_local = -np.einsum(
            "kij,kj->ki", v_inverse, grad_local + np.einsum("kil,i->kl", w, delta_global))
        new_glob, new_local = glob + delta_global, local + delta_local
        new_cost = problem.cost(new_glob, new_local)
        if np.isfinite(new_cost) and new_cost <= cost:
            biggest = max(float(np.max(np.abs(delta_global))),
                          float(np.max(np.abs(delta_local))))
            settled = cost - new_cost <= 1e-10 * max(cost, 1e-30) or biggest < 1e-9
            return new_glob, new_local, max(damping / 10, 1e-9), settled
        damping *= 10
    return glob, local, damping, True


def _result(problem: _Problem, glob: Array, local: Array, errors: Array) -> WallFit:
    a, b, c, d, g, h = glob
    # Normalised: wall metres → normalised photo units; back to millimetres and pixels.
    normalised = np.array([[a, b, 0.0], [c, d, 0.0], [g, h, 1.0]])
    to_pixels = np.array([[problem.scale, 0.0, problem.origin[0]],
                          [0.0, problem.scale, problem.origin[1]], [0.0, 0.0, 1.0]])
    from_mm = np.diag([1e-3, 1e-3, 1.0])
    homography = to_pixels @ normalised @ from_mm
    return WallFit(homography / homography[2, 2], local[:, :2] * 1000.0, local[:, 2].copy(),
                   errors)
