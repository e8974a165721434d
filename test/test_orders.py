"""Orders: layer, coverage before the availability check, the 1006 message, the Browser node."""

from __future__ import annotations

import pytest
from qgis.core import QgsErrorItem

from clearsky_downloader.core import errors
from clearsky_downloader.core.account_orders import orders_layer
from clearsky_downloader.core.models import CompositeRequest
from clearsky_downloader.core.workflow import run_check

from conftest import approve
from emulator import make_order

P = "/api/satelliteimages/process/composite"
ORDER_WKT = "POLYGON((9.0 56.0,10.0 56.0,10.0 57.0,9.0 57.0,9.0 56.0))"
# straddles the order's east edge (10.0) symmetrically: half inside
HALF_OUT = "POLYGON((9.95 56.40,10.05 56.40,10.05 56.45,9.95 56.45,9.95 56.40))"


@pytest.fixture
def ordered(emulator):
    emulator.orders = [
        make_order(ORDER_WKT, "2024-01-01", "2024-12-31", api_requests=2, storage_months=3),
        make_order("POLYGON((20 50,21 50,21 51,20 51,20 50))", "2023-01-01", "2023-06-30", status="Done"),
        make_order("POLYGON((30 50,31 50,31 51,30 51,30 50))", "2024-01-01", None, status="Review"),
    ]
    return emulator


def test_orders_layer_has_one_feature_per_order(client, ordered):
    orders = client.orders()
    layer = orders_layer(orders)
    assert layer.featureCount() == 3
    feats = {f["status"]: f for f in layer.getFeatures()}
    first = feats["Working"]
    assert first["model"] == "Stratus2" and first["date_from"] == "2024-01-01" and first["date_to"] == "2024-12-31"
    assert first["api_requests"] == 2 and first["storage_months"] == 3
    assert first["area_km2"] == pytest.approx(ordered.orders[0]["TaskOrderAreaKm2"])
    assert first["guid"] == ordered.orders[0]["TaskOrderGuid"]
    assert not feats["Review"]["date_to"]
    assert "recurring" in next(o for o in orders if o.status == "Review").period


def test_half_outside_the_only_order_is_reported_before_any_availability_call(client, ordered):
    request = CompositeRequest(date="2024-05-03", wkt=HALF_OUT, epsg=32632, bandnames="rgb")
    check = run_check(client, request)
    assert check.coverage.share == pytest.approx(0.5, abs=0.02)
    assert "Only 50 % of the area is covered by your orders" in check.summary()
    paths = [r.path for r in ordered.requests]
    assert paths.index("/api/tasking/orders") < paths.index(P + "/available")
    assert not check.availability.orders_cover_polygon
    outside_dates = run_check(client, request.with_changes(date="2025-02-01"))
    assert outside_dates.coverage.share == 0 and "outside every active order" in outside_dates.summary()
    assert len(ordered.calls("/api/tasking/orders")) == 1, "orders are cached for the session"


def test_composite_outside_every_order_names_the_orders_view(client, ordered, outdir):
    request = CompositeRequest(
        date="2024-05-03", wkt="POLYGON((12 56,12.05 56,12.05 56.03,12 56.03,12 56))", epsg=32633, bandnames="rgb"
    )
    with pytest.raises(errors.NotOrderedError) as info:
        client.composite(request, outdir, approval=approve(ordered, request))
    assert info.value.code == 1006
    assert "Orders section of the ClearSKY panel" in info.value.user_message()
    assert ordered.delivered == [] and list(outdir.iterdir()) == []


def test_browser_node_lists_the_orders(client, ordered):
    from clearsky_downloader.ui.browser import ClearSkyItemProvider, OrderItem

    provider = ClearSkyItemProvider(lambda: client)
    root = provider.createDataItem("", None)
    assert root.name() == "ClearSKY"
    (orders_item,) = root.createChildren()
    children = orders_item.createChildren()
    assert [type(c) for c in children] == [OrderItem] * 3
    assert {c.order.guid for c in children} == {o["TaskOrderGuid"] for o in ordered.orders}
    assert any("Stratus2 · Working · 2024-01-01 – 2024-12-31" in c.name() for c in children)
    from qgis.core import QgsProject

    children[0].handleDoubleClick()
    added = [lyr for lyr in QgsProject.instance().mapLayers().values() if lyr.name().startswith("ClearSKY order")]
    assert len(added) == 1 and added[0].featureCount() == 1
    QgsProject.instance().removeMapLayer(added[0].id())


def test_browser_node_shows_an_error_item_for_a_bad_key(emulator):
    from clearsky_downloader.core.api import ClearSkyClient
    from clearsky_downloader.ui.browser import ClearSkyItemProvider

    bad = ClearSkyClient(emulator.url, "wrong-key-000")
    (orders_item,) = ClearSkyItemProvider(lambda: bad).createDataItem("", None).createChildren()
    (error,) = orders_item.createChildren()
    assert isinstance(error, QgsErrorItem) and "API key" in error.name()
