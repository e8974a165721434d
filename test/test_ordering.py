"""New orders (reference §2.8) through the client: estimate (both answer shapes), place once,
what happens after a 5xx or a reset, tile orders, details and cancel.  The emulator's order
ledger is compared with the confirmations after every test (``conftest._money_invariant``)."""

from __future__ import annotations

import datetime as dt

import pytest

from clearsky_downloader.core import errors
from clearsky_downloader.core.models import CompositeRequest
from clearsky_downloader.core.new_order import OrderRequest, run_order_estimate

from conftest import approve
from emulator import make_order

P_ORDERS = "/api/tasking/orders"
# a thin diagonal strip: its bounding box is far larger than the strip itself
STRIP = "POLYGON((9.80 56.30,9.82 56.30,10.02 56.50,10.00 56.50,9.80 56.30))"
SMALL = "POLYGON((9.90 56.40,9.905 56.40,9.905 56.403,9.90 56.403,9.90 56.40))"


def order_request(**kw) -> OrderRequest:
    base = dict(
        model="Stratus2",
        constellations=("Sentinel1", "Sentinel2", "Landsat89"),
        first_month=dt.date(2026, 12, 1),
        last_month=dt.date(2026, 12, 1),
        reference_date=dt.date(2026, 12, 1),
        image_frequency=2,
        wkt=STRIP,
    )
    base.update(kw)
    return OrderRequest(**base)


@pytest.fixture
def unordered(emulator):
    emulator.orders = []
    emulator.today = dt.date(2026, 12, 1)
    emulator.dates = [dt.date(2026, 12, 1) + dt.timedelta(days=i) for i in range(31)]
    return emulator


@pytest.mark.parametrize("shape", ["current", "older"])
def test_estimate_reads_both_answer_shapes_and_the_billed_boxes(client, unordered, shape):
    unordered.order_estimate_shape = shape
    check = run_order_estimate(client, order_request())
    est = check.estimate
    assert est.shape == shape and est.currency == "EUR"
    assert est.billed_area_km2 > 5 * est.area_km2, "a diagonal strip is billed on its bounding box"
    assert est.billed_differs and "bounding box" in est.billed_note()
    assert len(est.billed_wkt) == 1 and est.current_month_cost > 0
    if shape == "current":
        assert len(est.image_dates) == 16 and est.image_dates[0] == dt.date(2026, 12, 1)
        assert est.cancellation_date == dt.date(2026, 12, 31)
    body = unordered.calls(P_ORDERS + "/estimate")[0].json
    assert body["From"] == "2026-12-01" and body["To"] == "2026-12-31" and body["ImageFrequency"] == 2
    assert "TileDeduplication" not in body, "the estimate body is the order's terms only"
    assert not unordered.placed, "an estimate places nothing"


def test_a_tiny_polygon_is_billed_at_the_minimum_area(client, unordered):
    est = client.estimate_order(order_request(wkt=SMALL))
    assert est.area_km2 < 0.2 and est.billed_area_km2 == pytest.approx(0.5)


def test_one_confirmation_places_one_order_and_its_area_then_downloads(client, unordered, outdir):
    request = CompositeRequest(date="2026-12-03", wkt=SMALL, epsg=32632, bandnames="rgb")
    with pytest.raises(errors.NotOrderedError):
        client.composite(request, outdir, approval=approve(unordered, request))
    check = run_order_estimate(client, order_request(wkt=SMALL))
    approval = check.approve()
    order = client.place_order(check.request, approval)
    assert order.active and order.model == "Stratus2" and order.guid == unordered.placed[0]["guid"]
    assert unordered.placed[0]["cost"] == pytest.approx(check.estimate.current_month_cost)
    with pytest.raises(errors.ApprovalError):
        client.place_order(check.request, approval)
    assert len(unordered.calls(P_ORDERS)) == 1 + 2 + 0, "one list, one create, one list after; no second create"
    assert len(unordered.placed) == 1
    assert order.guid in {o.guid for o in client.orders()}, "the orders list is read again after placing"
    result = client.composite(request, outdir, approval=approve(unordered, request))
    assert result.path.exists()


def creates(emu) -> int:
    return sum(1 for r in emu.calls(P_ORDERS) if r.method == "POST")


def test_a_5xx_after_the_order_was_created_finds_it_and_creates_no_second(client, unordered):
    unordered.add_fault("charge_then_status", P_ORDERS, status=503, method="POST")
    check = run_order_estimate(client, order_request())
    order = client.place_order(check.request, check.approve())
    assert len(unordered.placed) == 1 and creates(unordered) == 1
    assert order.guid == unordered.placed[0]["guid"]


def test_a_reset_after_the_order_was_created_finds_it(client, unordered):
    unordered.add_fault("charge_then_drop", P_ORDERS, method="POST")
    check = run_order_estimate(client, order_request())
    order = client.place_order(check.request, check.approve())
    assert len(unordered.placed) == 1 and creates(unordered) == 1 and order.guid == unordered.placed[0]["guid"]


def test_a_5xx_that_created_nothing_is_not_sent_again_and_says_the_order_may_exist(client, unordered):
    """§3.3 (revised): an order create is never re-sent after a doubt, not even when the list
    (read at once and again after the settle wait) shows nothing."""
    unordered.add_fault("status", P_ORDERS, status=502, method="POST")
    check = run_order_estimate(client, order_request())
    with pytest.raises(errors.OrderUnknownError, match="may have been placed"):
        client.place_order(check.request, check.approve())
    assert creates(unordered) == 1 and len(unordered.placed) == 0


@pytest.mark.parametrize("fault", [dict(status=504), dict(drop=True)])
def test_an_order_recorded_after_a_504_or_reset_is_found_not_placed_twice(client, unordered, fault):
    """The reviewer's case: a 504, the order recorded a moment later; the list read at once
    found nothing and the create was sent again (2 POSTs, 2 orders)."""
    unordered.add_fault("late_charge", P_ORDERS, method="POST", delay=0.2, **fault)
    check = run_order_estimate(client, order_request())
    order = client.place_order(check.request, check.approve())
    assert creates(unordered) == 1 and len(unordered.placed) == 1 and order.guid == unordered.placed[0]["guid"]


@pytest.mark.parametrize(
    "body",
    [b"<html><body>OK</body></html>", b'{"Succeeded": true, "Data": {', b'{"TaskOrderGuid": "x"}'],
    ids=["html", "truncated-json", "no-envelope"],
)
def test_an_unreadable_2xx_to_the_create_is_never_taken_for_a_refusal(client, unordered, body):
    """The create was answered with something unreadable: the order may exist.  It is looked for
    (here it is not recorded: the emulator answered before creating), never re-sent."""
    unordered.add_fault(
        "raw", P_ORDERS, method="POST", body=body, ctype="text/html" if b"html" in body else "application/json"
    )
    check = run_order_estimate(client, order_request())
    with pytest.raises(errors.OrderUnknownError, match="may have been placed"):
        client.place_order(check.request, check.approve())
    assert creates(unordered) == 1


def test_the_new_order_is_recognised_by_its_terms_not_by_model_and_month_alone():
    """After a doubt, the order in the list must be ours: model in any case, months, constellations
    and area; another order of the same model and month is not (it was taken for ours before)."""
    from clearsky_downloader.core.account_orders import Order

    ours = order_request()
    assert ours.matches(Order.from_dict(make_order(STRIP, "2026-12-01", "2026-12-31", model="STRATUS2")))
    for other in (
        make_order(SMALL, "2026-12-01", "2026-12-31"),  # another area
        make_order(STRIP, "2026-12-01", None),  # recurring
        make_order(STRIP, "2026-12-01", "2027-01-31"),  # another last month
        {**make_order(STRIP, "2026-12-01", "2026-12-31"), "SatelliteConstellations": ["Sentinel2"]},
    ):
        assert not ours.matches(Order.from_dict(other)), other


def test_an_unreadable_list_after_a_5xx_stops_and_says_the_order_may_exist(client, unordered):
    check = run_order_estimate(client, order_request())
    unordered.add_fault("charge_then_status", P_ORDERS, status=500, method="POST")
    unordered.add_fault("status", P_ORDERS, status=503, times=50, method="GET", skip=1)  # the list before answers
    with pytest.raises(errors.OrderUnknownError) as info:
        client.place_order(check.request, check.approve())
    assert "may have been placed" in info.value.message and "not sent again" in info.value.message
    assert creates(unordered) == 1 and len(unordered.placed) == 1


def test_nothing_is_sent_without_a_readable_list_before(client, unordered):
    unordered.add_fault("status", P_ORDERS, status=503, times=20, method="GET")
    check = run_order_estimate(client, order_request())
    approval = check.approve()
    with pytest.raises(errors.ServerError):
        client.place_order(check.request, approval)
    assert creates(unordered) == 0 and not approval.used, "the confirmation is kept for a later try"


def test_a_tile_order_estimate_sends_the_cells_and_costs_a_fifth(client, unordered):
    cells = [t for t in client.search_tiles(wkt=STRIP) if not t.minitile][:2]
    from clearsky_downloader.core.new_order import cells_area_km2

    tiles = order_request(wkt=None, tile_guids=[c.guid for c in cells])
    est_tiles = client.estimate_order(tiles, drawn_km2=cells_area_km2(cells))
    body = unordered.calls(P_ORDERS + "/estimate")[-1].json
    assert body["TileGuids"] == [c.guid for c in cells] and "Wkt" not in body
    assert est_tiles.area_km2 == pytest.approx(200, rel=0.05)
    assert est_tiles.billed_area_km2 == pytest.approx(200, rel=0.01)
    assert not est_tiles.billed_differs
    per_km2_tiles = est_tiles.current_month_cost / est_tiles.billed_area_km2
    polygon = client.estimate_order(order_request())
    per_km2_polygon = polygon.current_month_cost / polygon.billed_area_km2
    assert per_km2_tiles == pytest.approx(0.2 * per_km2_polygon, rel=0.02)


def test_tile_deduplication_leaves_out_cells_already_ordered(client, unordered):
    cells = [t for t in client.search_tiles(wkt=STRIP) if not t.minitile][:2]
    unordered.tile_order([cells[0].guid])
    request = order_request(wkt=None, tile_guids=[c.guid for c in cells], tile_deduplication=True)
    check = run_order_estimate(client, request)
    order = client.place_order(request, check.approve())
    assert order.tiles == (cells[1].guid,)


def test_cancel_a_review_order_and_a_recurring_one_but_not_a_running_one_off(client, unordered):
    unordered.orders = [
        make_order("POLYGON((30 50,31 50,31 51,30 51,30 50))", "2026-12-01", None, status="Review"),
        make_order("POLYGON((20 50,21 50,21 51,20 51,20 50))", "2026-01-01", None),
        make_order("POLYGON((10 50,11 50,11 51,10 51,10 50))", "2026-11-01", "2026-12-01"),
    ]
    review, recurring, one_off = client.orders()
    assert review.cancellable and recurring.cancellable and not one_off.cancellable
    client.cancel_order(review.guid)
    client.cancel_order(recurring.guid)
    with pytest.raises(errors.InvalidRequestError):
        client.cancel_order(one_off.guid)
    now = {o.guid: o for o in client.orders()}
    assert now[review.guid].status == "Cancelled" and not now[review.guid].active
    assert now[recurring.guid].last_day == dt.date(2026, 12, 31), "it ends with this month"
    assert not now[recurring.guid].cancellable
    details = client.order_details(recurring.guid)
    assert details.guid == recurring.guid and "BillingCycle" in {k[:1].upper() + k[1:] for k in details.raw}


def test_order_request_refuses_bad_terms_before_anything_is_sent():
    with pytest.raises(errors.InvalidRequestError, match=r"1 .* to 7"):
        order_request(image_frequency=9)
    with pytest.raises(errors.InvalidRequestError, match="before the first"):
        order_request(last_month=dt.date(2026, 10, 1))
    with pytest.raises(errors.InvalidRequestError, match="either an area or grid cells"):
        order_request(tile_guids=["a"])
    assert order_request(last_month=None).payload()["To"] is None
