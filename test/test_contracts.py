"""Contract fixtures: answers shaped as the vendor's docs show them (``../shared/clearsky-api.md``,
written as our own JSON under ``test/contracts/``), served over real loopback HTTP by a server
that knows nothing but the fixture files, and read by the client's own code.

The emulator is our second reading of the docs; these files are the third, and the plainest:
if the client parses them, it parses what the docs say the API answers."""

from __future__ import annotations

import datetime as dt
import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from clearsky_downloader.core import errors
from clearsky_downloader.core.api import ClearSkyClient
from clearsky_downloader.core.models import CompositeRequest

from conftest import AOI_WKT, FAST_RETRY

FIXTURES = Path(__file__).parent / "contracts"
KEY = "contract-secret-key"


def fixture(name: str) -> dict:
    return json.loads((FIXTURES / name).read_text(encoding="utf-8"))


class FixtureServer:
    """Answers each path (suffix) with a fixture file; a list of names answers in turn."""

    def __init__(self) -> None:
        self.answers: dict[str, list[str]] = {}
        self.requests: list[tuple[str, str, bytes]] = []
        outer = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *a) -> None:
                pass

            def _answer(self) -> None:
                n = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(n) if n else b""
                path = self.path.split("?")[0]
                outer.requests.append((self.command, path, body))
                for suffix, names in outer.answers.items():
                    if path.endswith(suffix) and names:
                        fx = fixture(names.pop(0) if len(names) > 1 else names[0])
                        data = json.dumps(fx["body"]).encode()
                        self.send_response(fx["status"])
                        self.send_header("Content-Type", "application/json")
                        self.send_header("Content-Length", str(len(data)))
                        self.end_headers()
                        self.wfile.write(data)
                        return
                self.send_response(404)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def do_GET(self) -> None:
                self._answer()

            def do_POST(self) -> None:
                self._answer()

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        threading.Thread(target=self._server.serve_forever, daemon=True).start()

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()


@pytest.fixture
def server():
    s = FixtureServer()
    yield s
    s.close()


@pytest.fixture
def fclient(server):
    c = ClearSkyClient(server.url, KEY, retry=FAST_RETRY, timeout=(5, 10))
    yield c
    c.close()


REQUEST = CompositeRequest(date="2025-04-03", wkt=AOI_WKT, epsg=32632, bandnames="B4,B3,B2")


def test_every_fixture_names_its_section_and_is_used():
    names = {p.name for p in FIXTURES.glob("*.json")}
    text = Path(__file__).read_text(encoding="utf-8")
    for name in names:
        assert fixture(name)["section"].startswith("§"), name
        assert f'"{name}"' in text, f"{name} is not read by any test"


def test_availability_flags(server, fclient):
    server.answers["/composite/available"] = ["composite_available.json"]
    got = fclient.composite_available(REQUEST)
    assert got.ready and got.state == "full"


def test_availability_flags_in_camel_case(server, fclient):
    server.answers["/composite/available"] = ["composite_available_camel.json"]
    got = fclient.composite_available(REQUEST)
    assert got.state == "partial" and not got.ready and got.downloadable


def test_estimate(server, fclient):
    server.answers["/composite/estimate"] = ["composite_estimate.json"]
    got = fclient.composite_estimate(REQUEST)
    assert (got.area_km2, got.credits) == (41.7, 41.7)


def test_date_search_keeps_dates_present_in_every_part_and_within_the_range(server, fclient):
    server.answers["/search/available"] = ["search_available.json"]
    got = fclient.search_available_dates("2025-04-01", "2025-04-30", wkt=AOI_WKT).dates_for("Stratus2")
    assert got == [dt.date(2025, 4, 3), dt.date(2025, 4, 5)]  # 04-01 in one part only; 05-02 after the end


def test_models_required_and_optional_constellations(server, fclient):
    server.answers["/api/tasking/models"] = ["tasking_models.json"]
    models = {m.name: m for m in fclient.tasking_models()}
    assert models["Stratus2"].required == ("Sentinel1", "Sentinel2", "Landsat89")
    assert models["Stratus2Fast"].optional == ("Landsat89",)


def test_account_limits_come_from_account_info_and_the_balance_from_apikey_info(server, fclient):
    server.answers["/api/account/info"] = ["account_info.json"]
    server.answers["/api/apikey/info"] = ["apikey_info.json"]
    info = fclient.account_info()
    assert (info.max_concurrent, info.max_area_km2, info.max_bands, info.credits) == (2, 2500, 10, 1234.5)
    assert KEY not in json.dumps(dict(info.raw))  # apikey/info echoes the key; it is never kept


def test_validation_error_shows_the_field_messages(server, fclient):
    server.answers["/composite/estimate"] = ["error_992.json"]
    with pytest.raises(errors.InvalidRequestError) as exc:
        fclient.composite_estimate(REQUEST)
    assert exc.value.code == 992 and "Provide either Wkt or GeoJson" in exc.value.message


def test_not_ordered_error_without_data(server, fclient):
    server.answers["/composite/available"] = ["error_1006.json"]
    with pytest.raises(errors.NotOrderedError):
        fclient.composite_available(REQUEST)


def test_problem_details_without_an_envelope(server, fclient):
    server.answers["/composite/estimate"] = ["problem_details.json"]
    with pytest.raises(errors.InvalidRequestError) as exc:
        fclient.composite_estimate(REQUEST)
    assert "Resolution: The value 'x' is not valid." in exc.value.message


def test_tile_search_as_the_docs_example_in_camel_case(server, fclient):
    server.answers["/api/tasking/search/tiles"] = ["search_tiles_camel.json"]
    refs = fclient.search_tiles(wkt=AOI_WKT)
    assert [(r.guid[-1], r.epsg, r.minitile) for r in refs] == [("1", 32632, False), ("2", 32632, True)]
    assert refs[0].wkt.startswith("POLYGON")


def test_minitile_guid_strings_are_looked_up_by_guid(server, fclient):
    server.answers["/api/tasking/search/tiles"] = ["search_minitiles_flow3.json", "search_tiles_pascal.json"]
    refs = fclient.search_tiles(tile_guid_for_minitiles="7c6c1a2e-0000-4000-8000-000000000001")
    assert [(r.epsg, r.minitile) for r in refs] == [(32633, True)] and refs[0].wkt.startswith("POLYGON")
    assert json.loads(server.requests[-1][2]) == {"MiniTileGuids": ["7c6c1a2e-0000-4000-8000-000000000003"]}


def test_orders_including_a_tile_order_with_a_null_wkt(server, fclient):
    from clearsky_downloader.core import aoi as aoi_mod
    from clearsky_downloader.core.account_orders import coverage

    server.answers["/api/tasking/orders"] = ["orders.json"]
    server.answers["/api/tasking/search/tiles"] = ["search_tiles_pascal.json"]
    orders = {o.guid: o for o in fclient.orders()}
    assert orders["o-2"].date_to is None and orders["o-2"].status == "Review" and not orders["o-2"].active
    tile_order = orders["o-3"]
    assert tile_order.is_tile_order and tile_order.minitiles == ("7c6c1a2e-0000-4000-8000-000000000003",)
    assert tile_order.area_wkt.startswith("POLYGON")  # its footprint came from a search by GUID
    inside = aoi_mod.from_wkt("POLYGON((12.005 56.002,12.01 56.002,12.01 56.005,12.005 56.005,12.005 56.002))")
    got = coverage(inside, list(orders.values()), dt.date(2025, 6, 1))
    assert got.full and "outside every active order" not in got.summary()
