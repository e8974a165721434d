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
