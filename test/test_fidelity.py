"""The client follows the vendor's documented shapes (``../shared/clearsky-api.md``), against
an emulator that answers as the docs show rather than as the client expects."""

from __future__ import annotations

import datetime as dt

import pytest

from clearsky_downloader.core import errors, tiles
from clearsky_downloader.core.models import CompositeRequest

from conftest import AOI_WKT


def test_minitile_search_takes_plain_guid_strings_and_fetches_their_geometry(client, emulator):
    """§2.7 flow 3 answers ``MiniTiles: ["guid", ...]``; geometries come from flow 2."""
    parent = client.search_tiles(wkt=AOI_WKT)[0]
    minis = client.search_tiles(tile_guid_for_minitiles=parent.guid)
    assert len(minis) == 16 and all(m.minitile and m.wkt.startswith("POLYGON") for m in minis)
    assert emulator.calls("/api/tasking/search/tiles")[-1].json == {"MiniTileGuids": [m.guid for m in minis]}
    assert tiles.search_cells(client, AOI_WKT, minitiles=True)


def test_a_tile_search_drops_minitiles_mixed_into_tiles(client, emulator):
    """§2.7: a tile batch must not pay for overlapping minitiles flagged ``MiniTile: true``."""
    emulator.mix_minitiles = True
    everything = client.search_tiles(wkt=AOI_WKT)
    cells = tiles.search_cells(client, AOI_WKT)
    assert any(r.minitile for r in everything) and cells and not any(r.minitile for r in cells)


@pytest.mark.parametrize("field", ["To", "Until"])
def test_date_search_sends_both_end_fields_and_trims_the_answer(client, emulator, field):
    """§2.2: whichever end field the server knows, no date after the user's end is returned."""
    emulator.date_end_field = field
    got = client.search_available_dates("2024-05-01", "2024-05-07", wkt=AOI_WKT).dates_for("Stratus2")
    body = emulator.calls("/search/available")[0].json
    assert body["To"] == body["Until"] == "2024-05-07"
    assert got and max(got) <= dt.date(2024, 5, 7)


def test_date_search_against_a_server_ignoring_the_end_is_trimmed(client, emulator):
    emulator.date_end_field = "missing"  # honours neither: answers a year from `From`
    got = client.search_available_dates("2024-05-01", "2024-05-07", wkt=AOI_WKT).dates_for("Stratus2")
    assert got and max(got) <= dt.date(2024, 5, 7)


def test_problem_details_field_messages_reach_the_user(client, emulator):
    """§1.1: a type error comes back as ProblemDetails (HTTP 400, no envelope)."""
    import requests

    resp = requests.post(
        emulator.url + "/api/satelliteimages/process/composite/estimate",
        json={"Wkt": AOI_WKT, "Date": "2024-05-03", "EpsgProjection": "x"},
        headers={"X-API-KEY": emulator.api_key},
        timeout=10,
    )
    assert resp.status_code == 400 and "errors" in resp.json()
    error = client._error_from(resp)
    assert isinstance(error, errors.InvalidRequestError)
    assert "EpsgProjection" in error.message and "could not be converted" in error.message
    assert "no usable answer" not in error.message


def test_composite_request_still_round_trips(client, emulator):
    req = CompositeRequest(date="2024-05-03", wkt=AOI_WKT, epsg=32632, bandnames="rgb")
    assert client.composite_estimate(req).credits > 0


# -- §2.8: tile orders have Wkt: null; their cells are their footprint ---------------------------------
def test_a_tile_order_covers_its_cells_and_the_area_downloads(client, emulator, outdir):
    from clearsky_downloader.core.models import TileRequest
    from clearsky_downloader.core.workflow import run_check

    from conftest import approve

    cells = tiles.search_cells(client, AOI_WKT)
    emulator.orders = []
    order = emulator.tile_order([c.guid for c in cells])
    assert order["Wkt"] is None and order["Tiles"]
    listed = client.orders()
    assert listed[0].is_tile_order and listed[0].area_wkt.startswith(("POLYGON", "MULTIPOLYGON"))
    req = CompositeRequest(date="2024-05-03", wkt=AOI_WKT, epsg=32632, bandnames="rgb", resolution=40)
    check = run_check(client, req)
    assert check.coverage.full and "outside every active order" not in check.summary()
    t = TileRequest(guid=cells[0].guid, date="2024-05-03", epsg=32632, bandnames="rgb", resolution=80)
    assert client.tile(t, outdir, approval=approve(emulator, t)).path.exists()


def test_a_cell_outside_every_tile_order_is_refused_as_not_ordered(client, emulator, outdir):
    from clearsky_downloader.core.models import TileRequest

    from conftest import approve

    cells = tiles.search_cells(client, AOI_WKT)
    emulator.orders = []
    emulator.tile_order([cells[0].guid])
    t = TileRequest(guid=cells[-1].guid, date="2024-05-03", epsg=32632, bandnames="rgb", resolution=80)
    with pytest.raises(errors.NotOrderedError):
        client.tile(t, outdir, approval=approve(emulator, t))
    assert emulator.delivered == [] and list(outdir.iterdir()) == []


# -- §2.5: tiles in UTM or 47000 only; the optional processing fields -----------------------------------
def test_tiles_refuse_a_non_utm_crs_before_anything_is_sent(client, emulator):
    from clearsky_downloader.core.models import TileRequest

    with pytest.raises(errors.InvalidRequestError, match="UTM"):
        TileRequest(guid="g", date="2024-05-03", epsg=4326)
    req = CompositeRequest(date="2024-05-03", wkt=AOI_WKT, epsg=3857)
    with pytest.raises(errors.InvalidRequestError, match="EPSG:3857 works for composites"):
        tiles.TileParams.from_request(req, per_cell_zone=False)
    assert tiles.TileParams.from_request(req).request(tiles.TileRef("g", 32632, AOI_WKT)).epsg == 32632
    # the emulator, reading §2.5 on its own, refuses the same on the wire
    import requests

    cell = tiles.search_cells(client, AOI_WKT)[0]
    resp = requests.post(
        emulator.url + "/api/satelliteimages/process/tile",
        json={"TileGuid": cell.guid, "Date": "2024-05-03", "Model": "Stratus2", "EpsgProjection": 4326},
        headers={"X-API-KEY": emulator.api_key},
        timeout=10,
    )
    assert resp.status_code == 400 and emulator.delivered == []


def test_exact_pixels_and_nimbus_options_are_sent_only_when_chosen(client, emulator):
    plain = CompositeRequest(date="2024-05-03", wkt=AOI_WKT, epsg=32632, bandnames="rgb")
    assert not {"UtmGridForcePixelResolutionSize", "Level", "Harmonize", "ClipReflectance"} & set(plain.payload())
    nimbus = plain.with_changes(model="Nimbus", constellations=("Sentinel2",), exact_pixels=True, level=1)
    nimbus = nimbus.with_changes(harmonize=False, clip_reflectance=True)
    client.composite_estimate(nimbus)
    sent = emulator.calls("/composite/estimate")[-1].json
    assert sent["UtmGridForcePixelResolutionSize"] is True
    assert (sent["Level"], sent["Harmonize"], sent["ClipReflectance"]) == (1, False, True)
    assert CompositeRequest.from_payload(sent) == nimbus
    with pytest.raises(errors.InvalidRequestError, match="Nimbus options"):
        plain.with_changes(level=2)
    params = tiles.TileParams.from_request(nimbus)
    assert params.request(tiles.TileRef("g", 32632, AOI_WKT)).payload()["Level"] == 1


@pytest.mark.parametrize("resolution", [0, 5, 1281, 2000])
def test_resolution_outside_10_to_1280_is_refused_with_the_range(resolution):
    with pytest.raises(errors.InvalidRequestError, match="from 10 to 1280"):
        CompositeRequest(date="2024-05-03", wkt=AOI_WKT, resolution=resolution)


def test_band_count_comes_from_the_model_and_the_account_limit(client, emulator):
    """§3.7: 'all' is 10 bands for Stratus, 12 for Nimbus (13 at Level 1); §1.4: MaxTotalBands."""
    from clearsky_downloader.core.models import band_list
    from clearsky_downloader.core.workflow import run_check

    assert len(band_list("all")) == 10 and len(band_list("all", "Nimbus")) == 12
    assert "B10" in band_list("all", "Nimbus", 1) and len(band_list("all", "Nimbus", 1)) == 13
    nimbus = CompositeRequest(
        date="2024-05-03", wkt=AOI_WKT, epsg=32632, model="Nimbus", constellations=("Sentinel2",), level=1
    )
    with pytest.raises(errors.TooManyBandsError, match="at most 10"):
        run_check(client, nimbus)
    with pytest.raises(errors.InvalidRequestError, match="does not deliver B10"):
        run_check(client, nimbus.with_changes(level=None, bandnames="B4,B10"))
    assert emulator.calls("/composite/available") == [] and emulator.calls("/composite/estimate") == []
    emulator.max_bands = 13
    client.account_info(refresh=True)
    assert run_check(client, nimbus).estimate.credits > 0
    assert len(run_check(client, nimbus.with_changes(bandnames="B8,[B8_B4]")).request.bands) == 2


# -- §1.1: both response casings, end to end ------------------------------------------------------------
@pytest.mark.parametrize("casing", ["camel", "pascal"])
def test_the_whole_free_and_paid_flow_in_either_response_casing(client, emulator, outdir, casing):
    from clearsky_downloader.core.workflow import run_check, run_download

    emulator.casing = casing
    emulator.date_end_field = "To" if casing == "camel" else "Until"
    assert client.tasking_models() and client.account_info(refresh=True).credits == 10000
    assert client.orders()[0].active
    dates = client.search_available_dates("2024-05-01", "2024-05-07", wkt=AOI_WKT).dates_for("Stratus2")
    assert dates and max(dates) <= dt.date(2024, 5, 7)
    cells = tiles.search_cells(client, AOI_WKT)
    assert cells and all(c.epsg == 32632 and c.wkt and not c.minitile for c in cells)
    assert len(tiles.search_cells(client, AOI_WKT, minitiles=True)) > len(cells)
    check = run_check(client, CompositeRequest(date=dates[0], wkt=AOI_WKT, epsg=32632, bandnames="rgb"))
    assert check.availability.ready and check.estimate.credits > 0 and check.balance == 10000
    product = run_download(client, check.request, check.approve(), outdir)
    assert product.result.path.exists() and emulator.credits == pytest.approx(10000 - check.estimate.credits)
    big = "POLYGON((9 55,11 55,11 57,9 57,9 55))"
    with pytest.raises(errors.AreaTooLargeError):  # an error envelope in this casing is still read
        client.composite_estimate(check.request.with_changes(wkt=big))
