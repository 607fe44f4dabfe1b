"""The wall's codes, its geometry, and the change list applied item by item."""

from __future__ import annotations

import numpy as np
import pytest
from reportlab.graphics.barcode import qrencoder

from cxdesigner.analysis.wall.board import Board, PlacedPiece, Sighting, join_photos
from cxdesigner.analysis.wall.changes import ChangeKind, NewCard, apply_changes, wall_changes
from cxdesigner.analysis.wall.codes import KitCode, PieceKind, parse_code
from cxdesigner.analysis.wall.geometry import (
    CORNER_SIGNS,
    Symbol,
    apply_homography,
    fit_wall,
    rotation,
)
from cxdesigner.analysis.wall.pieces import BANNER, CARD, LEVEL
from cxdesigner.analysis.wall.placement import arrange
from cxdesigner.model import Journey, Project, Stage, Touchpoint


def test_codes_round_trip_and_fit_a_version_1_symbol() -> None:
    codes = [KitCode.touchpoint("j1", "tp1"), KitCode.stage("j1", "s1"), KitCode.blank("j1", 7),
             KitCode.level("j1", -3), KitCode.level("j1", 3), KitCode.level("j1", 0)]
    for code in codes:
        assert parse_code(code.payload) == code
        assert len(code.payload) <= 16
        encoder = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.Q)
        encoder.addData(code.payload)
        encoder.make()
        assert encoder.version == 1
    assert KitCode.blank("j1", 7).label == "N-007"
    assert KitCode.level("j1", -2).label == "E-2"
    assert KitCode.level("j1", -2).emotion == -2
    assert KitCode.touchpoint("j1", "tp1") != KitCode.touchpoint("j2", "tp1")


@pytest.mark.parametrize("text", ["", "https://example.org", "CX:7KQ2M:T4HJ2X", "CX:7KQ2:T4HJ2XA",
                                  "CX:7KQ2M:E+4", "CX:7KQ2M:N000", "CX:7KQ2M:Q4HJ2XA"])
def test_other_codes_are_not_the_kits(text: str) -> None:
    assert parse_code(text) is None


def test_the_fit_recovers_places_up_to_a_shift() -> None:
    rng = np.random.default_rng(3)
    places = np.array([[x, y] for x in range(0, 1400, 110) for y in range(0, 800, 95)], float)
    tilts = rng.normal(0, 0.05, len(places))
    angle = np.radians(25)
    axes = 2.4 * np.array([[np.cos(angle), -np.sin(angle)], [np.sin(angle), np.cos(angle)]])
    homography = np.array([[*axes[0], 500], [*axes[1], 300], [0.00015, 0.00008, 1]])
    symbols = []
    for place, tilt in zip(places, tilts, strict=True):
        corners = place + (rotation(np.array([tilt]))[0] @ (CORNER_SIGNS.T * 15)).T
        seen = apply_homography(homography, corners) + rng.normal(0, 0.7, (4, 2))
        symbols.append(Symbol(tuple(map(tuple, seen)), 30.0))
    fit = fit_wall(symbols, (4000, 3000))
    gaps = fit.centres - places
    gaps -= gaps.mean(axis=0)
    assert np.abs(gaps).max() < 3.0  # millimetres, across 1.4 m seen turned and leaning
    assert np.degrees(np.abs(fit.tilts - tilts)).max() < 2.5


def _journey() -> Journey:
    stages = [Stage(id=f"s{i}", name=f"Stage {i}",
                    touchpoints=[Touchpoint(id=f"t{i}{k}", title=f"T{i}{k}", emotion=0)
                                 for k in range(3)]) for i in range(2)]
    return Journey(id="j", name="J", stages=stages)


def _piece(code: KitCode, x: float, y: float) -> PlacedPiece:
    return PlacedPiece(code, (x, y), 0.0, (Sighting(code, 0, 0, (x, y), 0.0),))


def _card(journey: Journey, key: str, x: float, y: float = 150.0) -> PlacedPiece:
    """A card whose centre is at (x, y)."""
    code = KitCode.blank(journey.id, int(key[1:])) if key.startswith("n") \
        else KitCode.touchpoint(journey.id, key)
    dx, dy = CARD.centre_offset()
    return _piece(code, x - dx, y - dy)


def _board(journey: Journey) -> Board:
    """Stage 0 from x=0, stage 1 from x=400; the strip at the left, level 0 at y=500."""
    banner_dx = BANNER.qr_centre[0]
    pieces = [_piece(KitCode.stage("j", "s0"), banner_dx, 50),
              _piece(KitCode.stage("j", "s1"), 400 + banner_dx, 50)]
    pieces += [_piece(KitCode.level("j", level), -100, 500 - level * LEVEL.height)
               for level in range(-3, 4)]
    pieces += [_card(journey, "t02", 50), _card(journey, "t00", 150),  # t01 not found
               _card(journey, "t10", 250, 500 + 2 * LEVEL.height),  # moved, emotion -2
               _card(journey, "t12", 450), _card(journey, "n4", 550, 500 - LEVEL.height),
               _card(journey, "t11", 650)]
    return Board(pieces=pieces)


def test_changes_listed_and_applied_item_by_item() -> None:
    journey = _journey()
    project = Project(title="P", journeys=[journey])
    arrangement = arrange(_board(journey), journey)
    changes = {c.key: c for c in wall_changes(journey, arrangement)}
    assert {key: change.kind for key, change in changes.items()} == {
        "order:s0": ChangeKind.REORDERED, "move:t10": ChangeKind.MOVED,
        "emotion:t10": ChangeKind.EMOTION, "order:s1": ChangeKind.REORDERED,
        "new:004": ChangeKind.NEW, "missing:t01": ChangeKind.NOT_FOUND}
    assert changes["order:s0"].after == ("t02", "t00")
    assert changes["new:004"].emotion == 1
    cards = {"new:004": NewCard("Rappel")}

    def stages_after(accepted: set[str]) -> list[list[str]]:
        result = apply_changes(project, arrangement, list(changes.values()), accepted, cards)
        return [[tp.title for tp in stage.touchpoints] for stage in result.journeys[0].stages]

    everything = {key for key, change in changes.items() if change.actionable}
    assert stages_after(everything) == [["T02", "T01", "T00", "T10"],
                                        ["T12", "Rappel", "T11"]]
    # Only the move: t10 goes right after t00, the card before it on the wall.
    assert stages_after({"move:t10"}) == [["T00", "T10", "T01", "T02"], ["T11", "T12"]]
    # The new card without the new order of its stage: after T12, as on the wall.
    assert stages_after({"new:004"}) == [["T00", "T01", "T02"], ["T10", "T11", "T12", "Rappel"]]
    assert stages_after(set()) == [["T00", "T01", "T02"], ["T10", "T11", "T12"]]
    emotion = apply_changes(project, arrangement, list(changes.values()), {"emotion:t10"}, cards)
    assert emotion.journeys[0].touchpoint_index()["t10"].emotion == -2


def test_photos_join_by_shared_codes() -> None:
    codes = [KitCode.touchpoint("j", f"t{i}") for i in range(4)]
    first = [Sighting(codes[i], 0, i, (100.0 * i, 0.0), 0.0) for i in range(3)]
    # The second photo sees codes 1, 2, 3 shifted by (-150, 20) and 2 % larger.
    second = [Sighting(codes[i], 1, i, (1.02 * (100.0 * i - 150), 1.02 * 20), 0.0)
              for i in range(1, 4)]
    board = join_photos([first, second, []])
    assert board.lone_photos == []
    placed = {piece.code: piece.centre for piece in board.pieces}
    assert placed[codes[3]] == pytest.approx((300.0, 0.0), abs=0.5)
    assert len(board.pieces) == 4
    assert PieceKind.TOUCHPOINT is codes[0].kind
