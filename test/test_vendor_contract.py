"""The emulator from the vendor's side (reference §5c): the request bodies of the vendor's
published examples (``test/contracts/vendor/requests.json``, written down as data) are sent as
they are, and each answer must carry every field the vendor's clients read, with the type they
read it as, in the casing they read (PascalCase).  A vendor client is outside the plugin, so
these charges are not the plugin's: the suite's money check skips this emulator."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import requests
from shapely import wkt as shapely_wkt

REQUESTS = json.loads((Path(__file__).parent / "contracts" / "vendor" / "requests.json").read_text(encoding="utf-8"))
POLYGON = (
    "POLYGON ((9.877893206725581 56.47856668238974, 10.196496722350581 56.47856668238974, "
    "10.196496722350581 56.27782087776097, 9.877893206725581 56.27782087776097, 9.877893206725581 56.47856668238974))"
)
AOI = f"GEOMETRYCOLLECTION ({POLYGON})"
TYPES = {
    "int": lambda v: isinstance(v, int) and not isinstance(v, bool),
    "number": lambda v: isinstance(v, (int, float)) and not isinstance(v, bool),
    "str": lambda v: isinstance(v, str),
    "bool": lambda v: isinstance(v, bool),
    "list": lambda v: isinstance(v, list),
    "dict": lambda v: isinstance(v, dict),
    "list[str]": lambda v: isinstance(v, list) and all(isinstance(x, str) for x in v),
}


@pytest.fixture
def vendor(emulator):
    """The emulator as the vendor's clients meet it: its default PascalCase answers."""
    emulator.external_client = True
    emulator.casing = "pascal"
    cells = emulator.grid.cells_for(shapely_wkt.loads(POLYGON))
    emulator.placeholders = {
        "{AOI}": AOI,
        "{POLYGON}": POLYGON,
        "{TILE}": cells[0].guid,
        "{MINITILE}": emulator.grid.minitiles(cells[1])[0].guid,
    }
    return emulator


def fill(value, placeholders):
    if isinstance(value, str):
        return placeholders.get(value, value)
    if isinstance(value, list):
        return [fill(v, placeholders) for v in value]
    if isinstance(value, dict):
        return {k: fill(v, placeholders) for k, v in value.items()}
    return value


@pytest.mark.parametrize("case", REQUESTS, ids=[c["name"] for c in REQUESTS])
def test_the_vendors_example_requests_are_accepted_and_answered_as_they_read(vendor, case):
    key = vendor.api_key if case.get("key") != "wrong" else "not-the-key"
    resp = requests.request(
        case["method"],
        vendor.url + case["path"],
        json=fill(case.get("body"), vendor.placeholders) if "body" in case else None,
        headers={"X-API-KEY": key},
        timeout=30,
    )
    assert resp.status_code == case.get("status", 200), (resp.status_code, resp.text[:500], case["source"])
    if case.get("binary"):
        assert resp.content[:4] in (b"II*\x00", b"MM\x00*"), "a GeoTIFF, as the vendor's downloader writes it"
        return
    payload = resp.json()
    assert "Succeeded" in payload, "the vendor's clients read the PascalCase envelope"
    if case.get("error_envelope"):
        assert payload["Succeeded"] is False and TYPES["int"](payload["Error"]["Code"]), payload
        return
    assert payload["Succeeded"] is True, payload
    data = payload["Data"]
    for name, kind in case.get("reads", {}).items():
        assert name in data and TYPES[kind](data[name]), (name, kind, data.get(name), case["source"])
    for name, fields in case.get("each", {}).items():
        for entry in data[name]:
            for field, kind in fields.items():
                assert TYPES[kind](entry.get(field)), (name, field, entry, case["source"])
    if "dates_until" in case:  # `Until` alone is honoured (§2.2)
        dates = [d for m in data["ModelImageDates"] for g in m["DatesByGeog"] for d in g["Dates"]]
        assert dates and max(dates) <= case["dates_until"]
