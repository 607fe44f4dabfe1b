"""The service blueprint's place on the map: rows, lines, items and the arrows between them."""

from __future__ import annotations

import itertools

import pytest

from cxdesigner.layout import LayoutMetrics, Point, Rect, layout_journey
from cxdesigner.layout.blueprint import BlueprintLine
from cxdesigner.model import BlueprintItem, BlueprintLayer, Journey, Stage, Touchpoint

METRICS = LayoutMetrics()
FRONT, BACK, SUPPORT = BlueprintLayer.FRONT_STAGE, BlueprintLayer.BACK_STAGE, \
    BlueprintLayer.SUPPORT
LEFT = METRICS.margin + METRICS.lane_label_width


def _item(item_id: str, layer: BlueprintLayer, stage_id: str, *serves: str,
          owner: str = "") -> BlueprintItem:
    return BlueprintItem(id=item_id, layer=layer, title=item_id, stage_id=stage_id,
                         owner=owner, serves_ids=list(serves))


def _journey(*items: BlueprintItem, shown: bool = True) -> Journey:
    """Two stages: "Achat" with one card, "Livraison" with three."""
    return Journey(id="j", name="J", show_blueprint=shown, blueprint=list(items), stages=[
        Stage(id="s1", name="Achat", touchpoints=[Touchpoint(id="t1", title="Commande")]),
        Stage(id="s2", name="Livraison", touchpoints=[
            Touchpoint(id="t2", title="SMS"), Touchpoint(id="t3", title="Livraison"),
            Touchpoint(id="t4", title="Installation")]),
    ])


def test_a_hidden_blueprint_takes_no_room() -> None:
    shown, hidden = layout_journey(_journey()), layout_journey(_journey(shown=False))
    assert hidden.blueprint is None
    assert hidden.height == layout_journey(_journey(_item("b", BACK, "s1"), shown=False)).height
    assert shown.blueprint is not None and shown.height > hidden.height


def test_rows_and_lines_below_the_customers_lanes_from_the_customer_down() -> None:
    layout = layout_journey(_journey())
    blueprint = layout.blueprint
    assert blueprint is not None
    assert [band.layer for band in blueprint.bands] == [FRONT, BACK, SUPPORT]
    assert [line.line for line in blueprint.lines] == [
        BlueprintLine.INTERACTION, BlueprintLine.VISIBILITY, BlueprintLine.INTERNAL]
    last_lane = layout.lanes[-1].band.bottom
    ys = [last_lane]
    for line, band in zip(blueprint.lines, blueprint.bands, strict=True):
        assert ys[-1] < line.y < band.band.y  # each line in the gap above its row
        assert (line.left, line.right) == (METRICS.margin, layout.width - METRICS.margin)
        ys.append(band.band.bottom)
    # An empty row keeps one line of items; the stage columns reach the last row.
    assert blueprint.bands[0].band.height == \
        METRICS.blueprint_item_height + 2 * METRICS.lane_padding
    assert layout.stages[0].column.bottom == blueprint.bands[-1].band.bottom + METRICS.lane_gap
    assert layout.height == blueprint.bands[-1].band.bottom + METRICS.margin


def test_items_fill_their_stage_columns_then_wrap() -> None:
    layout = layout_journey(_journey(
        _item("a", BACK, "s2"), _item("f", FRONT, "s2"), _item("b", BACK, "s2"),
        _item("c", BACK, "s2"), _item("d", BACK, "s2"), _item("e", BACK, "s1")))
    blueprint = layout.blueprint
    assert blueprint is not None
    slots = {item_id: box.slot for item_id, box in blueprint.items.items()}
    assert slots == {"a": 1, "b": 2, "c": 3, "d": 1, "f": 1, "e": 0}
    back = blueprint.band(BACK)
    a, d = blueprint.items["a"].rect, blueprint.items["d"].rect
    assert a.x == d.x == layout.touchpoints["t2"].card.x
    assert a.width == METRICS.card_width and a.height == METRICS.blueprint_item_height
    assert d.y == a.bottom + 2 * METRICS.lane_padding  # the second line of the row
    assert back.band.contains(Point(d.x, d.bottom))
    assert blueprint.layer_at(a.center.y) is BACK and blueprint.layer_at(0) is None


def test_an_item_right_below_what_it_serves_goes_straight_up() -> None:
    layout = layout_journey(_journey(_item("plan", BACK, "s2", "t2")))
    assert layout.blueprint is not None
    (route,) = layout.blueprint.routes
    card = layout.touchpoints["t2"].card
    item = layout.blueprint.items["plan"].rect
    assert route.to_touchpoint and not route.handoff
    assert route.points == (Point(card.center.x, item.y),
                            Point(card.center.x, layout.blueprint.lines[0].y))


def test_items_side_by_side_are_joined_straight_and_owners_make_a_handoff() -> None:
    layout = layout_journey(_journey(
        _item("plan", BACK, "s2", "stock", owner="Planification"),
        _item("stock", BACK, "s2", owner="Entrepôt")))
    assert layout.blueprint is not None
    (route,) = layout.blueprint.routes
    plan, stock = layout.blueprint.items["plan"].rect, layout.blueprint.items["stock"].rect
    assert route.points == (Point(plan.right, plan.center.y), Point(stock.x, plan.center.y))
    assert route.handoff and not route.to_touchpoint


def test_other_arrows_run_along_tracks_and_up_the_gaps_between_columns() -> None:
    layout = layout_journey(_journey(
        _item("oms", SUPPORT, "s2", "plan", "t4", "t1"),
        _item("plan", BACK, "s1")))
    blueprint = layout.blueprint
    assert blueprint is not None
    routes = {route.target_id: route for route in blueprint.routes}
    oms, plan = blueprint.items["oms"].rect, blueprint.items["plan"].rect
    # Along the support row: to the gap left of the order system (plan, t1) or right of it
    # (t4); the three spans meet at the item's column: three tracks.
    tracks = {band.layer: (band.items_top - band.band.y) / METRICS.flow_track_height
              for band in blueprint.bands}
    assert tracks == {SUPPORT: 3, BACK: 1, FRONT: 1}
    to_plan, to_t1, to_t4 = routes["plan"].points, routes["t1"].points, routes["t4"].points
    assert to_plan[0] == to_t1[0] == to_t4[0] == Point(oms.center.x, oms.y)
    # Into the planning from above, along the back stage's track.
    assert to_plan[-1] == Point(plan.center.x, plan.y)
    assert blueprint.band(BACK).band.y < to_plan[-2].y < blueprint.band(BACK).items_top
    # Up the gap between the first two columns, side by side with the arrow to t1.
    gap = LEFT + METRICS.slot_width
    assert to_plan[2].x == to_plan[3].x and to_t1[2].x == to_t1[3].x
    assert {to_plan[2].x, to_t1[2].x} == {gap - 1.5, gap + 1.5}
    assert to_t4[2].x == LEFT + 2 * METRICS.slot_width
    # Touchpoints are reached at the line of interaction, above the front stage's track.
    for route, tp_id in ((to_t1, "t1"), (to_t4, "t4")):
        assert route[-1] == Point(layout.touchpoints[tp_id].card.center.x,
                                  blueprint.lines[0].y)
        assert blueprint.band(FRONT).band.y < route[-2].y < blueprint.band(FRONT).items_top
    assert all(route.to_touchpoint == (route.target_id in ("t1", "t4"))
               for route in blueprint.routes)


def _crosses(points: tuple[Point, ...], rect: Rect) -> bool:
    """Whether a polyline of horizontal and vertical runs passes through ``rect``."""
    for a, b in itertools.pairwise(points):
        if a.x == b.x and rect.x < a.x < rect.right and \
                max(min(a.y, b.y), rect.y) < min(max(a.y, b.y), rect.bottom):
            return True
        if a.y == b.y and rect.y < a.y < rect.bottom and \
                max(min(a.x, b.x), rect.x) < min(max(a.x, b.x), rect.right):
            return True
    return False


def test_no_arrow_runs_through_an_item() -> None:
    # The back stage is full under the touchpoints the support serves: its arrows go up
    # the gaps, not through the items in between.
    layout = layout_journey(_journey(
        _item("b2", BACK, "s2", "t2"), _item("b3", BACK, "s2", "t3"),
        _item("b4", BACK, "s2", "t4"), _item("f2", FRONT, "s2"),
        _item("crm", SUPPORT, "s2", "t2", "t3", "f2"), _item("oms", SUPPORT, "s2", "b4")))
    blueprint = layout.blueprint
    assert blueprint is not None
    straight = [route.target_id for route in blueprint.routes if len(route.points) == 2]
    assert straight == ["t3", "t4"]  # b2 is under f2: its arrow to t2 goes round it
    for route in blueprint.routes:
        for item_id, box in blueprint.items.items():
            if item_id not in (route.source_id, route.target_id):
                assert not _crosses(route.points, box.rect), (route, item_id)


@pytest.mark.parametrize("hidden", [True, False])
def test_what_the_map_lacks_is_left_out(hidden: bool) -> None:
    journey = _journey(_item("lost", BACK, "nowhere", "t1"), _item("kept", BACK, "s1", "gone"),
                       shown=not hidden)
    layout = layout_journey(journey)
    if hidden:
        assert layout.blueprint is None
        return
    assert layout.blueprint is not None
    assert list(layout.blueprint.items) == ["kept"] and layout.blueprint.routes == ()


def test_an_arrow_keeps_off_the_gaps_where_items_are_joined() -> None:
    # Planning hands over to the warehouse, which hands over to the carrier: both gaps of
    # the back stage beside the CRM are taken; its arrow to the SMS climbs the next one.
    layout = layout_journey(_journey(
        _item("plan", BACK, "s2", "stock", owner="Planification"),
        _item("stock", BACK, "s2", "truck", owner="Entrepôt"),
        _item("truck", BACK, "s2", owner="Transporteur"),
        _item("oms", SUPPORT, "s2", "plan"), _item("crm", SUPPORT, "s2", "t2")))
    blueprint = layout.blueprint
    assert blueprint is not None
    routes = {(r.source_id, r.target_id): r for r in blueprint.routes}
    to_sms = routes["crm", "t2"].points
    assert to_sms[2].x == to_sms[3].x == LEFT + METRICS.slot_width  # the stage's left edge
    for joined in (routes["plan", "stock"], routes["stock", "truck"]):
        assert joined.handoff and len(joined.points) == 2
        assert not _crosses(to_sms, Rect(joined.points[0].x, joined.points[0].y - 7,
                                         joined.points[1].x - joined.points[0].x, 14))
