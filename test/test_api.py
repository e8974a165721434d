"""ClearSkyClient against the loopback emulator over real HTTP."""

from __future__ import annotations

import datetime as dt
import json
import logging

import pytest
from osgeo import gdal

from clearsky_downloader.core import errors
from clearsky_downloader.core.api import ClearSkyClient, RetryPolicy, validate_base_url
from clearsky_downloader.core.models import STRATUS_BANDS, CompositeRequest, TileRequest

from conftest import AOI_WKT, FAST_RETRY, approve

P = "/api/satelliteimages/process/composite"


def request(**kw):
    base = dict(date="2024-05-03", wkt=AOI_WKT, epsg=32632, bandnames="B4,B3,B2")
    base.update(kw)
    return CompositeRequest(**base)


def test_headers_key_and_user_agent(client, emulator):
    client.tasking_models()
    rec = emulator.calls("/api/tasking/models")[0]
    assert rec.headers["X-API-KEY"] == emulator.api_key
    from clearsky_downloader.core import plugin_version

    assert rec.headers["User-Agent"].startswith(f"clearsky_downloader/{plugin_version()} QGIS/3.")


def test_models_and_account(client, emulator):
    models = {m.name: m for m in client.tasking_models()}
    assert models["Stratus2"].required == ("Sentinel1", "Sentinel2", "Landsat89")
    assert models["Stratus2Fast"].optional == ("Landsat89",)
    client.tasking_models()
    assert len(emulator.calls("/api/tasking/models")) == 1, "models are cached for the session"
    acc = client.account_info()
    assert acc.credits == 10000 and acc.max_area_km2 == 2500 and acc.max_concurrent == 2
    assert "Key" not in acc.raw and emulator.api_key not in repr(acc)
    assert [r.path for r in emulator.requests[-2:]] == ["/api/account/info", "/api/apikey/info"]


def test_available_estimate_composite_send_identical_payload(client, emulator, outdir):
    req = request()
    avail = client.composite_available(req)
    assert avail.ready and avail.state == "full"
    est = client.composite_estimate(req)
    assert 25 < est.area_km2 < 40 and est.credits == pytest.approx(est.area_km2, rel=0.01)
    res = client.composite(req, outdir, approval=approve(emulator, req))
    bodies = [emulator.calls(p)[0].body for p in (P + "/available", P + "/estimate", P)]
    assert bodies[0] == bodies[1] == bodies[2] == req.body()
    sent = json.loads(bodies[2])
    assert sent["Wkt"] == AOI_WKT and sent["Date"] == "2024-05-03" and sent["EpsgProjection"] == 32632
    assert res.path.parent == outdir and res.path.suffix == ".tif" and res.size == res.path.stat().st_size
    ds = gdal.Open(str(res.path))
    assert ds.RasterCount == 3 and ds.GetGeoTransform()[1] == 10
    assert [ds.GetRasterBand(i + 1).GetDescription() for i in range(3)] == ["B4", "B3", "B2"]
    assert "32632" in ds.GetSpatialRef().GetAuthorityCode(None)
    ds = None
    assert emulator.credits == pytest.approx(10000 - est.credits)


def test_upload_url_delivery_transfers_no_bytes(client, emulator, outdir):
    from emulator import UploadSink

    sink = UploadSink()
    try:
        up = request(upload_url=sink.url())
        res = client.composite(up, None, approval=approve(emulator, up))
    finally:
        sink.close()
    assert res.uploaded and res.status == 201 and res.size == 0
    assert len(sink.received) == 1 and sink.received[0][1][:4] == b"II*\x00"
    assert list(outdir.iterdir()) == []


def test_search_dates_tiles_minitiles_and_tile_download(client, emulator, outdir):
    dates = client.search_available_dates("2024-05-01", "2024-05-07", wkt=AOI_WKT, model="Stratus2")
    got = dates.dates_for("Stratus2")
    assert got == [d for d in emulator.dates if dt.date(2024, 5, 1) <= d <= dt.date(2024, 5, 7)]
    assert emulator.calls("/search/available")[0].json == {
        "Wkt": AOI_WKT,
        "From": "2024-05-01",
        "To": "2024-05-07",
        "Until": "2024-05-07",
        "Model": "Stratus2",
    }
    found = client.search_tiles(wkt=AOI_WKT)
    assert found and all(t.epsg == 32632 for t in found)
    tiles = [t for t in found if not t.minitile]  # §2.7: MiniTile entries come mixed in, flagged
    assert tiles and len(tiles) < len(found)
    minis = [t for t in client.search_tiles(tile_guid_for_minitiles=tiles[0].guid) if t.minitile]
    assert len(minis) == 16
    t = TileRequest(guid=tiles[0].guid, date="2024-05-03", epsg=32632, bandnames="rgb")
    res = client.tile(t, outdir, approval=approve(emulator, t))
    ds = gdal.Open(str(res.path))
    assert (ds.RasterXSize, ds.RasterYSize, ds.RasterCount) == (1000, 1000, 3)
    ds = None
    m = TileRequest(guid=minis[0].guid, date="2024-05-03", epsg=32632, bandnames="B8", minitile=True)
    res = client.minitile(m, outdir, approval=approve(emulator, m))
    assert emulator.calls("/process/minitile")[0].json["MiniTileGuid"] == minis[0].guid
    assert res.path.exists()


def test_429_with_retry_after_then_success(client, emulator):
    emulator.add_fault("status", path="/estimate", status=429, retry_after=1)
    est = client.composite_estimate(request())
    assert est.credits > 0
    calls = emulator.calls("/estimate")
    assert len(calls) == 2


def test_503_twice_then_success(client, emulator):
    emulator.add_fault("status", path="/available", status=503, times=2)
    assert client.composite_available(request()).ready
    assert len(emulator.calls("/available")) == 3


def test_retries_give_up_after_the_bound(emulator):
    policy = RetryPolicy(attempts=3, base_delay=0.01, max_delay=0.05, total_time=5)
    c = ClearSkyClient(emulator.url, emulator.api_key, retry=policy)
    emulator.add_fault("status", path="/estimate", status=503, times=10)
    with pytest.raises(errors.ServerError, match="Gave up after 3 attempts"):
        c.composite_estimate(request())
    assert len(emulator.calls("/estimate")) == 3


def test_retry_after_beyond_the_time_budget_is_not_waited_for(emulator):
    c = ClearSkyClient(emulator.url, emulator.api_key, retry=RetryPolicy(total_time=5, max_delay=60))
    emulator.add_fault("status", path="/estimate", status=429, retry_after=3600, times=5)
    with pytest.raises(errors.RateLimitError, match="Gave up after 1 attempt"):
        c.composite_estimate(request())


def test_bad_key_gives_auth_error_without_the_key(emulator, caplog):
    secret = "my-very-secret-key-42"
    c = ClearSkyClient(emulator.url, secret, retry=FAST_RETRY)
    caplog.set_level(logging.DEBUG)
    with pytest.raises(errors.AuthError) as info:
        c.account_info()
    err = info.value
    for text in (str(err), repr(err), err.user_message(), repr(c), caplog.text):
        assert secret not in text
    assert "API key" in err.user_message()


def test_both_geometries_refused_before_any_request(emulator):
    with pytest.raises(errors.InvalidRequestError, match="not both"):
        CompositeRequest(date="2024-05-03", wkt=AOI_WKT, geojson={"type": "Polygon", "coordinates": []})
    assert emulator.requests == []


@pytest.mark.parametrize(
    "code, cls",
    [
        (992, errors.InvalidRequestError),
        (993, errors.InvalidRequestError),
        (994, errors.InsufficientCreditsError),
        (1002, errors.NotAvailableError),
        (1003, errors.RateLimitError),
        (1004, errors.AreaTooLargeError),
        (1005, errors.TooManyBandsError),
        (1006, errors.NotOrderedError),
    ],
)
def test_error_codes_become_typed_errors(client, emulator, code, cls):
    message = f"Server says {code}"
    emulator.add_fault("error_code", path="/estimate", code=code, message=message, times=10)
    with pytest.raises(cls) as info:
        client.composite_estimate(request())
    assert message in str(info.value) and info.value.code == code
    expected_calls = FAST_RETRY.attempts if code == 1003 else 1
    assert len(emulator.calls("/estimate")) == expected_calls


def test_real_validation_errors_from_the_emulator(client, emulator, outdir):
    with pytest.raises(errors.InvalidRequestError, match="Unknown model"):
        client.composite_estimate(request(model="Cumulus9"))
    with pytest.raises(errors.TooManyBandsError):
        client.composite_estimate(request(bandnames=",".join(STRATUS_BANDS) + ",[B8_B4]"))
    big = "POLYGON((9 55,11 55,11 57,9 57,9 55))"
    with pytest.raises(errors.AreaTooLargeError):
        client.composite_estimate(request(wkt=big))
    with pytest.raises(errors.NotAvailableError):
        client.composite(request(date="2024-05-05"), outdir, approval=approve(emulator, request(date="2024-05-05")))
    emulator.credits = 1
    with pytest.raises(errors.InsufficientCreditsError):
        client.composite(request(), outdir, approval=approve(emulator, request()))
    assert list(outdir.iterdir()) == [] and emulator.delivered == []


def test_non_https_url_is_refused_unless_loopback():
    bad = ("http://api.clearsky.vision", "http://10.0.0.5:8080", "ftp://x", "https://u:p@host", "http://[::1]@evil.com")
    for url in bad:  # the last one makes urllib raise a bare ValueError: typed here
        with pytest.raises(errors.ConfigurationError):
            validate_base_url(url)
    for url in ("https://api.clearsky.vision/", "http://127.0.0.1:9", "http://localhost:1", "http://[::1]:80"):
        assert validate_base_url(url).startswith(("https://", "http://"))


def test_a_stored_payload_comes_back_as_the_same_request():
    """History rows keep the payload that was sent; reopening one rebuilds exactly that request."""
    from clearsky_downloader.core.models import request_from_payload

    composite = request(exact_pixels=True, upload_url="https://bucket.example/put")
    assert CompositeRequest.from_payload(composite.payload()) == composite
    for tile in (
        TileRequest(guid="g-1", date="2024-05-03", epsg=32632, allow_partial=True, bandnames="rgb"),
        TileRequest(guid="g-2", date="2024-05-03", epsg=47000, minitile=True, resolution=40),
    ):
        assert request_from_payload(tile.payload()) == tile
    without_area = {k: v for k, v in composite.payload().items() if k != "Wkt"}
    assert request_from_payload(without_area, wkt=AOI_WKT) == composite
