"""A loopback HTTP server that speaks the ClearSKY API (reference §2, §5).

It checks the key and payloads as the reference describes, answers with
envelopes, delivers real GeoTIFFs made with GDAL, keeps an account whose
credits go down per delivered composite, and can be switched into faults.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import math
import os
import socket
import struct
import tempfile
import threading
import time
import urllib.request
import uuid
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, Optional
from urllib.parse import parse_qs, urlsplit

from pyproj import Geod, Transformer
from shapely.geometry import MultiPolygon, Polygon, box, shape
from shapely.geometry.base import BaseGeometry

from .geotiff import aoi_geometry, target_grid, utm_epsg, write_geotiff

GEOD = Geod(ellps="WGS84")
#: §1.1/§5c: the vendor's own clients read PascalCase only (the real server's most likely casing):
#: the default.  The docs' examples are camelCase: ``make test`` keeps that as its second leg.
CASING = os.environ.get("CLEARSKY_EMULATOR_CASING", "pascal").lower()
#: §2.4 [client]: the documented resolutions run from 10 to 1280 m
RESOLUTION_RANGE = (10, 1280)
CHAOS_KINDS = ["status", "status", "drop", "reset_mid_body", "truncate", "malformed_json"]
#: §3.7: Stratus delivers B2…B12 (10 bands); Nimbus adds B1 and B9, and B10 at top of atmosphere (Level 1)
STRATUS_BANDS = ["B2", "B3", "B4", "B5", "B6", "B7", "B8", "B8A", "B11", "B12"]
NIMBUS_BANDS = ["B1", "B2", "B3", "B4", "B5", "B6", "B7", "B8", "B8A", "B9", "B11", "B12"]
#: §2.6/§3.6; the Nimbus constellations are not documented ([?]): Sentinel-2 only here
DEFAULT_MODELS = {
    "Stratus2": {"Sentinel1": False, "Sentinel2": False, "Landsat89": False},
    "Stratus2Fast": {"Sentinel1": False, "Sentinel2": False, "Landsat89": True},
    "Stratus3": {"Sentinel1": False, "Sentinel2": False, "Landsat89": False},
    "Nimbus": {"Sentinel2": False},
}


def is_tile_epsg(epsg: Any) -> bool:
    """§2.5: tile and minitile processing takes an explicit UTM zone or 47000 (auto-UTM) only."""
    return (
        isinstance(epsg, int)
        and not isinstance(epsg, bool)
        and (epsg == 47000 or 32601 <= epsg <= 32660 or 32701 <= epsg <= 32760)
    )


def cased(value: Any, casing: str) -> Any:
    """§1.1: the same answer with every key in ``casing`` ("camel" or "pascal"); values unchanged."""
    if isinstance(value, dict):
        out = {}
        for k, v in value.items():
            k = str(k)
            k = (k[:1].lower() if casing == "camel" else k[:1].upper()) + k[1:]
            out[k] = cased(v, casing)
        return out
    if isinstance(value, list):
        return [cased(v, casing) for v in value]
    return value


def geodesic_km2(geom: BaseGeometry) -> float:
    return abs(GEOD.geometry_area_perimeter(geom)[0]) / 1e6


@dataclass
class Recorded:
    method: str
    path: str
    headers: dict
    body: bytes
    query: dict = field(default_factory=dict)

    @property
    def json(self) -> Any:
        try:
            return json.loads(self.body or b"null")
        except ValueError:
            return None


@dataclass
class Fault:
    kind: str
    path: str = ""  # the request path ends with this; "" = every path
    times: int = 1
    params: dict = field(default_factory=dict)


class ClearSkyEmulator:
    """``with ClearSkyEmulator() as emu: emu.url`` -> ``http://127.0.0.1:<port>``.

    Its ledger is ``delivered``: one entry per charge (what it was for, the credits, the
    SHA-256 of the file, where it went).  The test suite compares it with the plugin's own
    approvals after every test (``test/conftest.py``)."""

    #: every emulator made in this process since the last ``instances.clear()`` (the money check)
    instances: list = []

    def __init__(
        self,
        api_key: str = "emu-secret-key-0123456789",
        *,
        credits: float = 10000.0,
        max_area_km2: float = 2500.0,
        max_bands: int = 10,
        max_concurrent: int = 2,
        dates: Optional[list[dt.date]] = None,
        data_area: Optional[BaseGeometry] = None,
        orders: Optional[list[dict]] = None,
        attribution: str = "none",  # none | header | tag | both
        host: str = "127.0.0.1",
        port: int = 0,
        workdir: Optional[Path] = None,
    ) -> None:
        self.api_key = api_key
        self.credits = float(credits)
        self.max_area_km2 = max_area_km2
        self.max_bands = max_bands
        self.max_concurrent = max_concurrent
        start = dt.date(2024, 1, 1)
        self.dates = (
            sorted(dates) if dates is not None else [start + dt.timedelta(days=i) for i in range(1096) if i % 3 != 2]
        )
        self.data_area = data_area if data_area is not None else box(-180, -60, 180, 75)
        #: None = one recurring order over the whole data area (every download is covered)
        self.orders = orders if orders is not None else [make_order(self.data_area.wkt, "2024-01-01", None)]
        self.attribution = attribution
        self.models = {k: dict(v) for k, v in DEFAULT_MODELS.items()}
        self.grid = UtmGrid()
        self.faults: list[Fault] = []
        self.requests: list[Recorded] = []
        self.delivered: list[dict] = []  # one entry per composite/tile whose body began to be sent
        self.uploads: list[dict] = []
        self.chaos_log: list[str] = []
        self.fixed_file: Optional[Path] = None
        self.latency = 0.0  # seconds before answering each request
        self.chunk_delay = 0.0  # seconds between body chunks of a download
        self.chunk_size = 64 * 1024
        self.inflight: dict[str, int] = {}
        self.max_inflight: dict[str, int] = {}
        self._lock = threading.Lock()
        self._stall = threading.Event()
        self._tmp = tempfile.TemporaryDirectory(prefix="clearsky-emu-", dir=workdir)
        self.workdir = Path(self._tmp.name)
        self._server = ThreadingHTTPServer((host, port), _make_handler(self))
        self._server.daemon_threads = True
        self._thread: Optional[threading.Thread] = None
        #: §1.2: how an UploadUrl download answers: "201" (uploads, then 201 Created, as the vendor client
        #: requires) or "200_bytes" (the server returns the file instead: paid bytes the client must keep)
        self.upload_mode = "201"
        #: §1.1: "camel" (the docs' examples) or "pascal" (the clients): the keys of every JSON answer
        self.casing = CASING
        #: §2.2/§5c: "both" (either end field, as the reference asks of an emulator), or "To" / "Until"
        #: (honour only that one and ignore the other, as a server that knows only one of them would)
        self.date_end_field = "both"
        #: §2.7: MiniTile-flagged entries come mixed into the Tiles of an area search
        self.mix_minitiles = True
        #: §5b: 401 and 404 answer "envelope" (the documented `Error.Code`) or "empty" (no body)
        self.auth_body = "envelope"
        #: what ``apikey/info`` answers as the balance instead of the real one (NaN, inf, a string…)
        self.balance_answer: Any = None
        #: fields merged into every estimate answer (a hostile server: NaN, negative, a bogus size)
        self.estimate_override: dict = {}
        #: a client outside this process (qgis_process) spends here: the suite's money check skips it
        self.external_client = False
        #: §2.8: the order estimate's answer: "current" (the newer client's ``CurrentMonthCosts`` /
        #: ``RecurringCostsEstimate`` / ``ImageDates``) or "older" (the repo's ``CurrentMonthCost`` /
        #: ``NextMonthCost`` / ``Costs`` / ``AreasOfInterestWkt``)
        self.order_estimate_shape = "current"
        #: merged into the order estimate's answer (its cost objects key by key): a hostile server
        self.order_estimate_override: dict = {}
        #: the status a created order starts in: "Working" (active: its area downloads at once) or "Review"
        self.new_order_status = "Working"
        #: the order ledger: one entry per order created (guid, this month's cost, the body it came from)
        self.placed: list[dict] = []
        #: "today" for orders (the month a recurring cancel stops after)
        self.today = dt.date.today()
        ClearSkyEmulator.instances.append(self)

    # -- lifecycle ------------------------------------------------------------------
    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    def start(self) -> ClearSkyEmulator:
        self._thread = threading.Thread(target=self._server.serve_forever, name="clearsky-emulator", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stall.set()
        self._server.shutdown()
        self._server.server_close()
        self._tmp.cleanup()

    def __enter__(self) -> ClearSkyEmulator:
        return self.start()

    def __exit__(self, *exc: Any) -> None:
        self.stop()

    # -- test helpers ---------------------------------------------------------------
    def add_fault(self, kind: str, path: str = "", times: int = 1, **params: Any) -> None:
        """Queue a fault: ``status`` (status=, retry_after=, body=envelope|html|empty),
        ``charge_then_status`` (status=, topup=) / ``charge_then_drop``: charged, then a failure;
        ``late_charge`` (status=504 or drop=True, delay=): the failure now, the charge ``delay`` s later;
        ``drop`` (reset before headers), ``reset_mid_body``, ``truncate``,
        ``stall`` (headers and part of the body, then silence), ``malformed_json``,
        ``html``, ``error_code`` (code=, message=); for downloads also ``not_tiff``,
        ``oversize`` (pad_to=) and ``disposition`` (disposition=); ``guid=`` limits a
        fault to one tile or minitile, ``method=`` to GET, POST or DELETE; ``skip=`` lets
        that many pass first.  Body faults break off at ``at`` (0..1) of the body."""
        with self._lock:
            self.faults.append(Fault(kind, path, times, params))

    def clear_faults(self) -> None:
        with self._lock:
            self.faults.clear()

    def calls(self, path_part: str) -> list[Recorded]:
        return [r for r in self.requests if r.path.endswith(path_part)]

    def _take_fault(self, path: str, body: bytes = b"", method: str = "") -> Optional[Fault]:
        guid = None
        if b"Guid" in body:
            try:
                data = json.loads(body)
                guid = data.get("TileGuid") or data.get("MiniTileGuid")
            except ValueError:
                pass
        with self._lock:
            for f in self.faults:
                if f.params.get("guid") and f.params["guid"] != guid:
                    continue
                if f.params.get("method") and method and f.params["method"] != method:
                    continue
                if path.endswith(f.path) and f.params.get("skip", 0) > 0:  # let the first ``skip`` pass
                    f.params["skip"] -= 1
                    continue
                if path.endswith(f.path) and f.times > 0:
                    f.times -= 1
                    if f.times == 0:
                        self.faults.remove(f)
                    return f
        return None

    def set_chaos(self, probability: float, seed: int = 1) -> None:
        """Answer a random share of requests with a random transient fault."""
        import random

        self._chaos = (probability, random.Random(seed))

    def _chaos_fault(self) -> Optional[Fault]:
        chaos = getattr(self, "_chaos", None)
        if not chaos or chaos[0] <= 0:
            return None
        probability, rng = chaos
        with self._lock:
            if rng.random() >= probability:
                return None
            kind = rng.choice(CHAOS_KINDS)
            self.chaos_log.append(kind)
        params = {"status": {"status": rng.choice([429, 500, 502, 503, 504])}}.get(kind, {})
        return Fault(kind, "", 1, params)

    def cost(self, area_km2: float, resolution: int) -> float:
        factor = (10.0 / max(1, resolution)) ** 2
        return round(max(area_km2, 0.01) * max(factor, 0.01), 2)

    def order_footprint(self, order: dict) -> Optional[BaseGeometry]:
        """§2.8: a polygon order's `Wkt`; a tile order has `Wkt: null` and covers its cells."""
        from shapely import wkt as swkt
        from shapely.ops import unary_union

        if order.get("Wkt"):
            geom = swkt.loads(order["Wkt"])  # §3.2: an order AOI may be a GEOMETRYCOLLECTION of polygons
            return (
                unary_union([g for g in getattr(geom, "geoms", [geom]) if g.area > 0])
                if geom.geom_type == "GeometryCollection"
                else geom
            )
        cells = [self.grid.get(g) for g in list(order.get("Tiles") or []) + list(order.get("MiniTiles") or [])]
        shapes = [c.geographic for c in cells if c is not None]
        return unary_union(shapes) if shapes else None

    def tile_order(self, guids: list, date_from: str = "2024-01-01", date_to: Optional[str] = None, **kw: Any) -> dict:
        """Add a tile order (§2.8: `Wkt: null`, footprint = its `Tiles`/`MiniTiles`) and return it."""
        tiles = [g for g in guids if (c := self.grid.get(g)) is not None and not c.minitile]
        minis = [g for g in guids if (c := self.grid.get(g)) is not None and c.minitile]
        order = make_order(None, date_from, date_to, tiles=tiles, minitiles=minis, **kw)
        order["TaskOrderAreaKm2"] = round(sum(self.grid.get(g).area_km2 for g in guids), 2)
        self.orders.append(order)
        return order

    def order_coverage(self, geom: BaseGeometry, date: Optional[dt.date] = None) -> float:
        covered = None
        for o in self.orders:
            if o.get("OrderingProcessStatus") not in ("Working", "Done"):
                continue
            if date is not None:
                start = dt.date.fromisoformat(str(o["From"])[:10]) if o.get("From") else None
                end = dt.date.fromisoformat(str(o["To"])[:10]) if o.get("To") else None
                if end is not None and end.day == 1:  # §2.8: From/To are months (YYYY-MM-01): To covers its month
                    end = _month_end(end)
                if (start and date < start) or (end and date > end):
                    continue
            g = self.order_footprint(o)
            if g is None:
                continue
            covered = g if covered is None else covered.union(g)
        if covered is None:
            return 0.0
        return geodesic_km2(geom.intersection(covered)) / max(geodesic_km2(geom), 1e-12)


@dataclass
class Cell:
    guid: str
    epsg: int
    bounds: tuple  # in the cell's UTM CRS
    minitile: bool = False
    parent: str = ""

    @property
    def geographic(self) -> BaseGeometry:
        tr = Transformer.from_crs(self.epsg, 4326, always_xy=True)
        x0, y0, x1, y1 = self.bounds
        ring = [(x0 + (x1 - x0) * i / 8, y0) for i in range(8)] + [(x1, y0 + (y1 - y0) * i / 8) for i in range(8)]
        ring += [(x1 - (x1 - x0) * i / 8, y1) for i in range(8)] + [(x0, y1 - (y1 - y0) * i / 8) for i in range(8)]
        return Polygon([tr.transform(x, y) for x, y in ring])

    @property
    def area_km2(self) -> float:
        x0, y0, x1, y1 = self.bounds
        return (x1 - x0) * (y1 - y0) / 1e6

    def as_api(self, casing: str = "pascal") -> dict:
        """§2.7: the docs' example names the GUID `tileGuid` with an int `epsg`; the repo's model
        says `Guid` and a string `Epsg`."""
        return {
            ("TileGuid" if casing == "camel" else "Guid"): self.guid,
            "MiniTile": self.minitile,
            "Epsg": self.epsg if casing == "camel" else str(self.epsg),
            "DataGeogWkt": self.geographic.wkt,
        }


class UtmGrid:
    """Tiles of ``size`` m aligned on the UTM grid of each zone; minitiles split a tile 4 x 4."""

    def __init__(self, size: float = 10000.0) -> None:
        self.size = size
        self.cells: dict[str, Cell] = {}

    def _cell(self, epsg: int, i: int, j: int) -> Cell:
        guid = str(uuid.uuid5(uuid.NAMESPACE_URL, f"clearsky-emulator/tile/{epsg}/{i}/{j}"))
        if guid not in self.cells:
            s = self.size
            self.cells[guid] = Cell(guid, epsg, (i * s, j * s, (i + 1) * s, (j + 1) * s))
        return self.cells[guid]

    def get(self, guid: str) -> Optional[Cell]:
        return self.cells.get(guid)

    def cells_for(self, geom: BaseGeometry) -> list[Cell]:
        out: list[Cell] = []
        minx, _miny, maxx, _maxy = geom.bounds
        for zone in range(int((minx + 180) // 6) + 1, int((maxx + 180) // 6) + 2):
            lon0 = -180 + (zone - 1) * 6
            part = geom.intersection(box(lon0, -80, lon0 + 6, 84))
            if part.is_empty or part.area == 0:
                continue
            epsg = (32600 if part.centroid.y >= 0 else 32700) + zone
            tr = Transformer.from_crs(4326, epsg, always_xy=True)
            from shapely.ops import transform as shp_transform

            local = shp_transform(tr.transform, part)
            bx0, by0, bx1, by1 = local.bounds
            for i in range(math.floor(bx0 / self.size), math.ceil(bx1 / self.size)):
                for j in range(math.floor(by0 / self.size), math.ceil(by1 / self.size)):
                    cell_box = box(i * self.size, j * self.size, (i + 1) * self.size, (j + 1) * self.size)
                    if cell_box.intersects(local):
                        out.append(self._cell(epsg, i, j))
        return out

    def minitiles(self, parent: Cell) -> list[Cell]:
        out = []
        x0, y0, x1, _y1 = parent.bounds
        step = (x1 - x0) / 4
        for a in range(4):
            for b in range(4):
                guid = str(uuid.uuid5(uuid.NAMESPACE_URL, f"clearsky-emulator/minitile/{parent.guid}/{a}/{b}"))
                cell = self.cells.setdefault(
                    guid,
                    Cell(
                        guid,
                        parent.epsg,
                        (x0 + a * step, y0 + b * step, x0 + (a + 1) * step, y0 + (b + 1) * step),
                        minitile=True,
                        parent=parent.guid,
                    ),
                )
                out.append(cell)
        return out


def make_order(
    wkt: Optional[str],
    date_from: str,
    date_to: Optional[str],
    *,
    status: str = "Working",
    model: str = "Stratus2",
    api_requests: int = 1,
    storage_months: int = 1,
    tiles: Optional[list] = None,
    minitiles: Optional[list] = None,
) -> dict:
    """An order as ``/api/tasking/orders`` lists it (reference §2.8); ``wkt=None`` with
    ``tiles``/``minitiles`` is a tile order."""
    from shapely import wkt as swkt

    geom = swkt.loads(wkt) if wkt else None
    key = wkt or ",".join(list(tiles or []) + list(minitiles or []))
    return {
        "TaskOrderGuid": str(uuid.uuid5(uuid.NAMESPACE_URL, f"order/{key}/{date_from}/{date_to}")),
        "BillingCycle": "Monthly",
        "OrderingProcessStatus": status,
        "StorageMonths": storage_months,
        "ApiRequests": api_requests,
        "ImageFrequency": 1,
        "TaskOrderAreaKm2": round(geodesic_km2(geom) or geom.area * 12364.0, 2) if geom else 0.0,  # ~km²/deg²
        "Model": model,
        "ReferenceDate": date_from,
        "From": date_from,
        "To": date_to,
        "SatelliteConstellations": ["Sentinel1", "Sentinel2", "Landsat89"],
        "Tiles": list(tiles or []),
        "MiniTiles": list(minitiles or []),
        "Wkt": wkt,
    }


class ProblemDetailsError(Exception):
    """§1.1: ASP.NET's validation answer (HTTP 400, ``title`` + ``errors``, no envelope)."""

    def __init__(self, errors: dict) -> None:
        super().__init__("One or more validation errors occurred.")
        self.errors = errors


class ApiError(Exception):
    def __init__(self, code: int, message: str, data: Any = None, status: int = 400) -> None:
        super().__init__(message)
        self.code, self.message, self.data, self.status = code, message, data, status


def _make_handler(emu: ClearSkyEmulator):
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        server_version = "ClearSkyEmulator/1.0"

        def log_message(self, *args: Any) -> None:  # quiet
            pass

        # -- plumbing ---------------------------------------------------------------
        def _read(self) -> bytes:
            n = int(self.headers.get("Content-Length") or 0)
            return self.rfile.read(n) if n else b""

        def _send(
            self, status: int, body: bytes = b"", ctype: str = "application/json", headers: Optional[dict] = None
        ) -> None:
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            for k, v in (headers or {}).items():
                self.send_header(k, v)
            self.end_headers()
            fault = self.__dict__.pop("_body_fault", None) if status == 200 else None
            if body:
                self._write_body(io.BytesIO(body), len(body), fault, delay=0.0)

        def _write_body(self, source: Any, size: int, fault: Optional[Fault], delay: float) -> None:
            """Send ``size`` bytes of ``source``, or break off as a body fault says."""
            cut = None
            if fault and fault.kind in ("reset_mid_body", "truncate", "stall"):
                cut = int(size * float(fault.params.get("at", 0.5)))
            sent = 0
            while True:
                n = emu.chunk_size if cut is None else min(emu.chunk_size, cut - sent)
                chunk = source.read(n) if n > 0 else b""
                if not chunk:
                    break
                self.wfile.write(chunk)
                sent += len(chunk)
                if delay:
                    time.sleep(delay)
            if cut is None:
                return
            if fault.kind == "reset_mid_body":
                self._reset()
            elif fault.kind == "truncate":  # Content-Length promised more than this
                self.wfile.flush()
                self.close_connection = True
            else:  # stall until the test ends or the client gives up
                self.wfile.flush()
                emu._stall.wait(float(fault.params.get("seconds", 30)))
                self.close_connection = True

        def _ok(self, data: Any) -> None:
            env = {"Succeeded": True, "Error": None, "Data": data}
            self._send(200, json.dumps(cased(env, emu.casing)).encode())

        def _err(self, e: ApiError) -> None:
            env = {"Succeeded": False, "Error": {"Message": e.message, "Code": e.code}, "Data": e.data}
            self._send(e.status, json.dumps(cased(env, emu.casing)).encode())

        def _unauthorized(self) -> None:
            """§5b/§5c: 401 with the documented envelope (``emu.auth_body = "empty"``: no body, as
            the reference says a real server may also answer)."""
            if emu.auth_body == "empty":
                self._send(401, b"")
            else:
                self._err(ApiError(401, "The API key is missing, invalid or revoked.", status=401))

        def _not_found(self, what: str = "No such endpoint.") -> None:
            """§5c: 404 with the documented envelope (``emu.auth_body = "empty"``: no body)."""
            if emu.auth_body == "empty":
                self._send(404, b"")
            else:
                self._err(ApiError(404, what, status=404))

        def _reset(self) -> None:
            """Close with RST (a dropped connection)."""
            try:
                self.wfile.flush()
            except OSError:
                pass
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            self.connection.close()
            self.close_connection = True

        def do_GET(self) -> None:
            self._handle("GET")

        def do_POST(self) -> None:
            self._handle("POST")

        def do_DELETE(self) -> None:
            self._handle("DELETE")

        def _handle(self, method: str) -> None:
            parts = urlsplit(self.path)
            path = parts.path.rstrip("/")
            body = self._read()
            rec = Recorded(method, path, dict(self.headers.items()), body, parse_qs(parts.query))
            group = "tile" if path.endswith(("/tile", "/minitile")) else path
            with emu._lock:
                emu.requests.append(rec)
                emu.inflight[group] = emu.inflight.get(group, 0) + 1
                emu.max_inflight[group] = max(emu.max_inflight.get(group, 0), emu.inflight[group])
            try:
                if emu.latency:
                    time.sleep(emu.latency)
                fault = emu._take_fault(path, body, method) or emu._chaos_fault()
                if fault and self._apply_fault(fault):
                    return
                key = self.headers.get("X-API-KEY") or ""
                if not key:
                    auth = self.headers.get("Authorization") or ""
                    key = auth[7:] if auth.lower().startswith("bearer ") else ""
                if key != emu.api_key:
                    self._unauthorized()
                    return
                try:
                    self._route(method, path, rec)
                except ApiError as e:
                    self._err(e)
                except ProblemDetailsError as e:
                    body = {
                        "type": "https://tools.ietf.org/html/rfc9110#section-15.5.1",
                        "title": str(e),
                        "status": 400,
                        "errors": e.errors,
                        "traceId": f"00-{uuid.uuid4().hex}-{uuid.uuid4().hex[:16]}-00",
                    }
                    self._send(400, json.dumps(body).encode(), "application/problem+json")
            except (BrokenPipeError, ConnectionResetError):
                pass
            finally:
                with emu._lock:
                    emu.inflight[group] -= 1

        def _apply_fault(self, f: Fault) -> bool:
            p = f.params
            if f.kind == "status":
                headers = {}
                if p.get("retry_after") is not None:
                    headers["Retry-After"] = str(p["retry_after"])
                kind = p.get("body", "envelope")
                if kind == "html":
                    self._send(p["status"], b"<html><body><h1>Bad Gateway</h1></body></html>", "text/html", headers)
                elif kind == "empty":
                    self._send(p["status"], b"", "text/plain", headers)
                else:
                    env = {
                        "Succeeded": False,
                        "Error": {"Message": p.get("message", "Service unavailable"), "Code": p.get("code", 0)},
                        "Data": None,
                    }
                    self._send(p["status"], json.dumps(cased(env, emu.casing)).encode(), headers=headers)
                return True
            if f.kind == "drop":
                self._reset()
                return True
            if f.kind == "malformed_json":
                self._send(200, b'{"Succeeded": true, "Data": {', "application/json")
                return True
            if f.kind == "html":
                self._send(200, b"<!DOCTYPE html><html><body>Maintenance</body></html>", "text/html")
                return True
            if f.kind == "raw":  # a hostile server: any body (body=bytes) with status 200
                self._send(int(p.get("status", 200)), p["body"], p.get("ctype", "application/json"))
                return True
            if f.kind == "huge_body":  # a hostile server: an error body of ``size`` bytes, streamed
                size = int(p.get("size", 64 * 2**20))
                self.send_response(int(p.get("status", 400)))
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(size))
                self.end_headers()
                block = b" " * 2**20
                for _ in range(size // len(block)):
                    self.wfile.write(block)
                self.close_connection = True
                return True
            if f.kind == "error_code":
                self._err(ApiError(p["code"], p.get("message", f"Error {p['code']}"), p.get("data")))
                return True
            if f.kind == "bad_key":
                self._unauthorized()
                return True
            if f.kind == "slow":  # §1.2: the server processes for a long time before the first byte
                emu._stall.wait(float(p.get("seconds", 30)))
                return False
            if f.kind.startswith("charge_then_") or f.kind == "late_charge":
                # §1.3/§3.3: the server processes and charges first, then fails (5xx or a reset)
                self._charge_fault = f
                return False
            # body faults (reset_mid_body, truncate, stall, not_tiff) apply when the file is sent
            self._body_fault = f
            return False

        # -- routes -----------------------------------------------------------------
        def _route(self, method: str, path: str, rec: Recorded) -> None:
            p = path.lower()
            if method == "GET" and p.endswith("/api/tasking/models"):
                self._ok(
                    {
                        "TaskingModels": [
                            {
                                "Model": m,
                                "SupportedSatelliteConstellations": [
                                    {"SatelliteConstellation": c, "Optional": opt} for c, opt in cons.items()
                                ],
                            }
                            for m, cons in emu.models.items()
                        ]
                    }
                )
            elif method == "GET" and p.endswith("/api/account/info"):
                self._ok(
                    {
                        "TenantId": "emulated-tenant",
                        "MaxConcurrentConnections": emu.max_concurrent,
                        "MaxCompositeAreaKm2": _int(emu.max_area_km2),  # §5c: an integer, as documented
                        "MaxTotalBands": emu.max_bands,
                        "EuroOverdraftLimit": 0,
                        "EuroBalanceCap": 0,
                    }
                )
            elif method == "GET" and p.endswith("/api/apikey/info"):
                self._ok(
                    {
                        "Key": emu.api_key,
                        "CreditAmount": round(emu.credits, 2) if emu.balance_answer is None else emu.balance_answer,
                        "EuroCreditAmount": 0,
                        "CreditLimit": 0,
                        "EuroCreditLimit": 0,
                        "ContactInfo": "Emulated Analyst",
                        "Email": "analyst@example.org",
                        "MaxConcurrentConnections": emu.max_concurrent,
                        "MaxCompositeAreaKm2": _int(emu.max_area_km2),
                        "MaxTotalBands": emu.max_bands,
                        "CurrentMonthCosts": 0,
                        "NextMonthCosts": 0,
                    }
                )
            elif method == "GET" and p.endswith("/api/tasking/orders"):
                self._ok({"TaskOrders": list(emu.orders)})
            elif method == "POST" and p.endswith("/api/tasking/orders/estimate"):
                self._order_estimate(self._order_terms(rec.json))
            elif method == "POST" and p.endswith("/api/tasking/orders"):
                self._order_create(self._order_terms(rec.json), rec.json)
            elif method in ("GET", "POST") and p.endswith("/api/tasking/orders/details"):
                self._order_details(rec)
            elif method == "DELETE" and p.endswith("/api/tasking/orders/cancel"):
                self._order_cancel(rec)
            elif method == "POST" and p.endswith("/process/composite/available"):
                self._available(self._payload(rec))
            elif method == "POST" and p.endswith("/process/composite/estimate"):
                req = self._payload(rec, estimate=True)
                area = self._check_area(req)
                answer = {"AreaEstimateKm2": round(area, 3), "CreditEstimate": emu.cost(area, req["Resolution"])}
                self._ok({**answer, **emu.estimate_override})  # §2.3; tests can make it hostile
            elif method == "POST" and p.endswith("/process/composite"):
                self._composite(self._payload(rec))
            elif method == "POST" and p.endswith("/search/available"):
                self._dates(rec.json or {})
            elif method == "POST" and p.endswith("/api/tasking/search/tiles"):
                self._tiles(rec.json or {})
            elif method == "POST" and p.endswith("/api/tasking/tile/optimize"):
                self._optimize(rec.json or {})
            elif method == "POST" and p.endswith(("/process/tile", "/process/minitile")):
                self._tile(rec.json or {}, minitile=p.endswith("/minitile"))
            else:
                self._not_found()

        def _payload(self, rec: Recorded, estimate: bool = False) -> dict:
            """A composite body (§2.1, §2.4); ``estimate``: §2.3/§5c, the older vendor client's
            estimate body has no `Date` and no `Model`, and the docs do not list them as required."""
            data = rec.json
            if not isinstance(data, dict):
                raise ApiError(993, "The request body is not valid JSON.")
            if estimate:
                data = {"Date": emu.dates[0].isoformat() if emu.dates else "2024-01-01", **data}
                if "Model" not in data:  # no model: priced as the default one, with its constellations
                    data["Model"] = "Stratus2"
                    data.setdefault("SatelliteConstellations", list(emu.models["Stratus2"]))
            # §1.1: a field of the wrong JSON type fails model binding: ProblemDetailsError, no envelope
            wrong = {
                k: [f"The JSON value could not be converted to {t.__name__}."]
                for k, t in (("EpsgProjection", int), ("Resolution", int))
                if k in data and (isinstance(data[k], bool) or not isinstance(data[k], t))
            }
            if wrong:
                raise ProblemDetailsError(wrong)
            errors: dict[str, list[str]] = {}
            has_wkt, has_gj = data.get("Wkt") is not None, data.get("GeoJson") is not None
            if has_wkt == has_gj:
                errors["Wkt"] = ["Provide either Wkt or GeoJson, not both."]
            try:
                date = dt.date.fromisoformat(str(data.get("Date", ""))[:10])
            except ValueError:
                errors["Date"] = ["Date must be an ISO-8601 date."]
                date = None
            model = data.get("Model")
            if model not in emu.models:
                errors["Model"] = [f"Unknown model '{model}'."]
            cons = data.get("SatelliteConstellations") or []
            if model in emu.models:
                known = emu.models[model]
                missing = [c for c, opt in known.items() if not opt and c not in cons]
                unknown = [c for c in cons if c not in known]
                if missing or unknown:
                    errors["SatelliteConstellations"] = [f"Missing {missing}, unknown {unknown}."]
            epsg = data.get("EpsgProjection")
            if not isinstance(epsg, int):
                errors["EpsgProjection"] = ["EpsgProjection must be an integer."]
            errors.update(self._check_resolution(data))
            geom = None
            if not errors:
                try:
                    geom = aoi_geometry(data)
                    if not isinstance(geom, (Polygon, MultiPolygon)) or geom.is_empty or not geom.is_valid:
                        raise ValueError
                except Exception:
                    errors["Wkt"] = ["The geometry must be a valid Polygon or MultiPolygon."]
            if errors:
                raise ApiError(992, "One or more validation errors occurred.", errors)
            bands = self._check_bands(data)
            return {
                **data,
                "_geom": geom,
                "_date": date,
                "_bands": bands,
                "Resolution": int(data.get("Resolution") or 10),
            }

        def _check_resolution(self, data: dict) -> dict:
            """§2.4: `Resolution` in metres, 10 to 1280 [client]."""
            res = data.get("Resolution", 10)
            lo, hi = RESOLUTION_RANGE
            if not isinstance(res, int) or isinstance(res, bool) or not lo <= res <= hi:
                return {"Resolution": [f"Resolution must be a whole number of metres from {lo} to {hi}."]}
            return {}

        def _check_bands(self, data: dict) -> list[str]:
            """§3.7: band IDs the model delivers (Nimbus: B10 only at Level 1), index expressions in
            brackets over those; §1.4: more than `MaxTotalBands` is error 1005."""
            model = str(data.get("Model", ""))
            level = data.get("Level", 2)
            known = list(NIMBUS_BANDS) if model.startswith("Nimbus") else list(STRATUS_BANDS)
            if model.startswith("Nimbus") and level == 1:
                known.insert(known.index("B11"), "B10")
            bands = _bands(data.get("Bandnames", "all"), known)
            unknown = [b for b in bands if not set(b.strip("[]").split("_")) <= set(known)]
            if unknown:
                raise ApiError(
                    992, "One or more validation errors occurred.", {"Bandnames": [f"Unknown bands: {unknown}."]}
                )
            if len(bands) > emu.max_bands:
                raise ApiError(1005, f"Too many bands: {len(bands)} > {emu.max_bands}.")
            return bands

        def _check_area(self, req: dict) -> float:
            area = geodesic_km2(req["_geom"])
            if area > emu.max_area_km2:
                raise ApiError(1004, f"Area {area:.1f} km² is above the limit of {emu.max_area_km2:.0f} km².")
            return area

        def _flags(self, req: dict) -> dict:
            geom = req["_geom"]
            in_area = emu.data_area.contains(geom)
            intersects = emu.data_area.intersects(geom)
            has_date = req["_date"] in emu.dates
            coverage = emu.order_coverage(geom, req["_date"])
            full = in_area and has_date
            return {
                "IntersectedActiveZones": intersects,
                "IntersectedActiveZonesUtmEpsg": intersects,
                "FullyAvailable": full,
                "UncertaintyAvailable": False,
                "PartiallyAvailable": intersects and has_date and not in_area,
                "PartiallyUncertaintyAvailable": False,
                "PolygonInDataArea": intersects,
                "DataAvailableForUser": coverage > 0,
                "DataOnZoneDataFrequencyDate": has_date,
                "AllImagesPredicted": has_date,
                "AnyImageWithinStorageMonths": True,
                "OrdersCoverPolygon": coverage >= 0.999,
            }

        def _available(self, req: dict) -> None:
            self._ok(self._flags(req))

        def _dates(self, data: dict) -> None:
            try:
                geom = aoi_geometry(data)
                start = dt.date.fromisoformat(str(data["From"])[:10])
                # §2.2: the docs' `To` or the repo's `Until`; `date_end_field` makes the emulator honour one
                # and ignore the other, as a server that knows only one of them would
                end_s = {"To": data.get("To"), "Until": data.get("Until")}.get(
                    emu.date_end_field, data.get("Until") or data.get("To")
                )
                end = dt.date.fromisoformat(str(end_s)[:10]) if end_s else start + dt.timedelta(days=366)
            except Exception:
                raise ApiError(
                    992, "One or more validation errors occurred.", {"From": ["Give Wkt/GeoJson and From."]}
                ) from None
            dates = [d.isoformat() for d in emu.dates if start <= d <= end] if emu.data_area.intersects(geom) else []
            wanted = data.get("Model")
            self._ok(
                {
                    "ModelImageDates": [
                        {
                            "Model": m,
                            "SatelliteConstellations": [c for c, opt in cons.items() if not opt],
                            "DatesByGeog": [{"Wkt": geom.wkt, "Dates": dates}],
                        }
                        for m, cons in emu.models.items()
                        if not wanted or wanted == m
                    ]
                }
            )

        def _composite(self, req: dict) -> None:
            area = self._check_area(req)
            flags = self._flags(req)
            if not flags["PolygonInDataArea"]:
                raise ApiError(1002, "No imagery is available for this area.")
            if not flags["DataOnZoneDataFrequencyDate"]:
                raise ApiError(1002, f"No imagery is available on {req['_date']}.")
            if not flags["OrdersCoverPolygon"]:
                raise ApiError(1006, "The area and date are not covered by an active order.")
            if not flags["FullyAvailable"] and not req.get("AllowPartialImage"):
                raise ApiError(1002, "Imagery is only partially available; set AllowPartialImage to accept it.")
            cost = emu.cost(area, req["Resolution"])
            if cost > emu.credits:
                raise ApiError(994, f"Not enough processing units: {cost:.2f} needed, {emu.credits:.2f} left.")
            tif = self._make_tif(req)
            self._deliver(tif, req, cost)

        def _deliver(self, tif: Path, req: dict, cost: float, name: Optional[str] = None) -> None:
            """§1.2: the file as the body (200), or with an UploadUrl: PUT it there and answer
            201 Created with no body; a failed PUT after processing is charged and answers 502
            (§1.3).  ``upload_mode = "200_bytes"`` returns the file instead of uploading it."""
            upload = req.get("UploadUrl")
            if not upload or emu.upload_mode == "200_bytes":
                self._send_file(tif, req, cost, name=name)
                return
            self._charge(req, cost, tif, upload=upload)
            if self._fail_after_charge():
                return
            try:
                with open(tif, "rb") as fh:
                    put = urllib.request.Request(
                        upload, data=fh.read(), method="PUT", headers={"Content-Type": "image/tiff"}
                    )
                    urllib.request.urlopen(put, timeout=30).close()
            except Exception as exc:
                raise ApiError(1000, f"Uploading to the UploadUrl failed: {exc}", status=502) from None
            emu.uploads.append({"url": upload, "size": tif.stat().st_size})
            self._send(201, b"")

        def _tiles(self, data: dict) -> None:
            keys = [k for k in ("Wkt", "GeoJson", "TileGuids", "MiniTileGuids", "TileGuidForMiniTiles") if data.get(k)]
            if len(keys) != 1:
                raise ApiError(
                    992,
                    "One or more validation errors occurred.",
                    {"Wkt": ["Give exactly one of Wkt, GeoJson, TileGuids, MiniTileGuids, TileGuidForMiniTiles."]},
                )
            key = keys[0]
            if key in ("Wkt", "GeoJson"):
                cells = emu.grid.cells_for(aoi_geometry(data))
                if emu.mix_minitiles:  # §2.7: entries flagged MiniTile may come mixed into Tiles
                    cells = cells + [m for c in cells for m in emu.grid.minitiles(c)[:2]]
                self._ok({"Tiles": [c.as_api(emu.casing) for c in cells]})
            elif key == "TileGuidForMiniTiles":
                parent = emu.grid.get(data[key])
                if parent is None:
                    raise ApiError(404, "Unknown tile GUID.", status=404)
                # §2.7 flow 3: MiniTiles is a list of plain GUID strings, no geometry
                self._ok({"MiniTiles": [c.guid for c in emu.grid.minitiles(parent)]})
            else:
                cells = [emu.grid.get(g) for g in data[key]]
                self._ok({"Tiles": [c.as_api(emu.casing) for c in cells if c is not None]})

        def _optimize(self, data: dict) -> None:
            """§2.7 [client]: ``tile/optimize`` proposes tile and minitile GUIDs that cover a
            GEOMETRYCOLLECTION (or polygon) ``Wkt`` at the least cost; the vendor's rule is not
            published.  Ours: a tile costs 20 % and a minitile 50 % of the polygon rate per km², and a
            tile has 16 minitiles, so the whole tile is proposed when more than 6 of its minitiles
            touch the area (7 × 0.5/16 > 0.2), otherwise just those minitiles.  Cells of two UTM
            zones that overlap the same ground are both proposed (each zone stores its own data)."""
            try:
                geom = aoi_geometry(data)
                if geom.is_empty:
                    raise ValueError
            except Exception:
                raise ApiError(
                    992, "One or more validation errors occurred.", {"Wkt": ["A GEOMETRYCOLLECTION of polygons."]}
                ) from None
            tiles, minis = [], []
            for cell in emu.grid.cells_for(geom):
                touching = [m for m in emu.grid.minitiles(cell) if m.geographic.intersects(geom)]
                if len(touching) > 6:
                    tiles.append(cell.guid)
                else:
                    minis += [m.guid for m in touching]
            self._ok({"Tiles": tiles, "MiniTiles": minis})  # §2.7: plain GUID strings

        # -- orders (§2.8) ------------------------------------------------------------
        def _order_terms(self, data: Any) -> dict:
            """§2.8: validate an order estimate/create body; the billed area and prices.

            Billing (§3.2): each polygon is billed on its bounding box, at least 0.5 km² for Stratus2
            (the models page) and 1 km² otherwise (the older answer's ``…Minimum1Km2PerAoi``); tile
            orders are billed on their cells at 20 % and minitiles at 50 % of the polygon rate (the
            ordering docs' ratios; the rate itself is our own number)."""
            if not isinstance(data, dict):
                raise ApiError(993, "The request body is not valid JSON.")
            errors: dict[str, list[str]] = {}
            # §2.8 [client]: an area (Wkt or GeoJson) or cells — TileGuids and/or MiniTileGuids together
            # (the vendor's optimize example orders the proposed tiles and minitiles in one order)
            modes = [k for k in ("Wkt", "GeoJson", "TileGuids", "MiniTileGuids") if data.get(k)]
            if len(modes) == 2 and set(modes) == {"TileGuids", "MiniTileGuids"}:
                modes = ["Cells"]
            if len(modes) != 1:
                errors["Wkt"] = ["Give Wkt, GeoJson, or TileGuids and/or MiniTileGuids."]
            model = data.get("Model")
            if model not in emu.models:
                errors["Model"] = [f"Unknown model '{model}'."]
            else:
                cons = data.get("SatelliteConstellations") or []
                missing = [c for c, opt in emu.models[model].items() if not opt and c not in cons]
                unknown = [c for c in cons if c not in emu.models[model]]
                if missing or unknown:
                    errors["SatelliteConstellations"] = [f"Missing {missing}, unknown {unknown}."]
            for name, low, high in (("ImageFrequency", 1, 7), ("StorageMonths", 1, 120), ("ApiRequests", 1, 1000)):
                value = data.get(name)
                if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
                    errors[name] = [f"{name} must be a whole number from {low} to {high}."]

            def month(name: str, required: bool) -> Optional[dt.date]:
                """§2.8/§5c: `From` is the first month (YYYY-MM-01); `To` may be any day of the last
                month (every vendor example sends its last day, e.g. 2025-06-30): the order runs
                through the whole month that contains it."""
                value = data.get(name)
                if value is None and not required:
                    return None
                try:
                    day = dt.date.fromisoformat(str(value)[:10])
                except ValueError:
                    errors[name] = [f"{name} must be a date (YYYY-MM-DD)."]
                    return None
                if name == "From" and day.day != 1:
                    errors[name] = [f"{name} must be the first day of a month (YYYY-MM-01)."]
                return day.replace(day=1)

            first, last = month("From", True), month("To", False)
            try:
                reference = dt.date.fromisoformat(str(data.get("ReferenceDate"))[:10])
            except ValueError:
                errors["ReferenceDate"] = ["ReferenceDate must be a date (YYYY-MM-DD)."]
                reference = None
            if first and last and last < first:
                errors["To"] = ["To is before From."]
            if errors:
                raise ApiError(992, "One or more validation errors occurred.", errors)
            mode = modes[0]
            boxes: list = []
            cells: list = []
            if mode in ("Wkt", "GeoJson"):
                try:
                    geom = aoi_geometry(data)
                    parts = [g for g in getattr(geom, "geoms", [geom]) if isinstance(g, (Polygon, MultiPolygon))]
                    polys = [q for g in parts for q in getattr(g, "geoms", [g])]
                    if not polys or any(not q.is_valid or q.is_empty for q in polys):
                        raise ValueError
                except Exception:
                    raise ApiError(
                        992, "One or more validation errors occurred.", {mode: ["Invalid polygon."]}
                    ) from None
                boxes = [box(*q.bounds) for q in polys]
                minimum = 0.5 if model == "Stratus2" else 1.0
                before_min = sum(geodesic_km2(b) for b in boxes)
                billed = sum(max(geodesic_km2(b), minimum) for b in boxes)
                factor, kind = 1.0, "polygon"
            else:
                tiles = [emu.grid.get(str(g)) for g in data.get("TileGuids") or []]
                minis = [emu.grid.get(str(g)) for g in data.get("MiniTileGuids") or []]
                if any(c is None or c.minitile for c in tiles) or any(c is None or not c.minitile for c in minis):
                    raise ApiError(992, "One or more validation errors occurred.", {mode: ["Unknown GUID."]})
                cells = tiles + minis
                before_min = billed = sum(c.area_km2 for c in cells)
                # tiles at 20 %, minitiles at 50 % of the polygon rate: one factor for the mix, by area
                factor = (0.2 * sum(c.area_km2 for c in tiles) + 0.5 * sum(c.area_km2 for c in minis)) / max(
                    billed, 1e-9
                )
                kind = "minitiles" if not tiles else "tiles"
            end = _month_end(last) if last else _month_end(first)
            dates = _image_dates(reference, data["ImageFrequency"], first, end)
            first_month_dates = [d for d in dates if d <= _month_end(first)]
            unit = 0.05 * factor * (1 + 0.1 * (data["StorageMonths"] - 1)) * (1 + 0.25 * (data["ApiRequests"] - 1))
            current = round(billed * unit * len(first_month_dates), 2)
            if last is None:  # recurring: a following month of images
                monthly = round(billed * unit * (30 // data["ImageFrequency"] + 1), 2)
            elif last > first:
                second = _month_end(first) + dt.timedelta(days=1)
                monthly = round(billed * unit * len([d for d in dates if second <= d <= _month_end(second)]), 2)
            else:
                monthly = 0.0
            return {
                "mode": mode,
                "kind": kind,
                "cells": cells,
                "boxes": boxes,
                "billed": round(billed, 3),
                "before_min": round(before_min, 3),
                "current": current,
                "monthly": monthly,
                "dates": dates if last else first_month_dates,
                "first": first,
                "last": last,
                "cancel_by": _month_end(max(first, emu.today)),
            }

        def _order_estimate(self, t: dict) -> None:
            """§2.8: both documented shapes of the estimate's answer (``emu.order_estimate_shape``)."""
            if emu.order_estimate_shape == "older":
                self._ok(
                    {
                        "AreaKm2": t["billed"],
                        "AreaKm2BeforeMinimum1Km2PerAoi": t["before_min"],
                        "AreasOfInterestWkt": [b.wkt for b in t["boxes"]],
                        "CurrentMonthCost": t["current"],
                        "NextMonthCost": t["monthly"],
                        "Costs": {"CurrencyCode": "EUR", "ImageCosts": t["current"]},
                    }
                )
                return
            self._ok(
                {
                    **emu.order_estimate_override,  # a hostile answer: costs null, missing, NaN…
                    "AreaKm2": t["billed"],
                    "CancellationDate": t["cancel_by"].isoformat(),
                    "CurrentMonthCosts": {
                        "ImageCosts": t["current"],
                        "TotalCost": t["current"],
                        "CurrencyCode": "EUR",
                        **emu.order_estimate_override.get("CurrentMonthCosts", {}),
                    },
                    "RecurringCostsEstimate": {
                        "TotalCost": t["monthly"],
                        "CurrencyCode": "EUR",
                        **emu.order_estimate_override.get("RecurringCostsEstimate", {}),
                    },
                    "ImageDates": [d.isoformat() for d in t["dates"]],
                }
            )

        def _order_create(self, t: dict, data: dict) -> None:
            """§2.8: create returns the TaskOrder; ``TileDeduplication`` leaves out cells already ordered.
            A created order is charged (the ledger ``emu.placed``) before any fault after it (§1.3)."""
            tiles = [c.guid for c in t["cells"] if not c.minitile]
            minis = [c.guid for c in t["cells"] if c.minitile]
            if t["cells"] and data.get("TileDeduplication"):
                ordered = {
                    g
                    for o in emu.orders
                    if o.get("OrderingProcessStatus") in ("Working", "Done", "Review")
                    for g in list(o.get("Tiles") or []) + list(o.get("MiniTiles") or [])
                }
                tiles = [g for g in tiles if g not in ordered]
                minis = [g for g in minis if g not in ordered]
                if not tiles and not minis:
                    raise ApiError(
                        992,
                        "One or more validation errors occurred.",
                        {"TileGuids": ["Every cell is already ordered."]},
                    )
            wkt = (
                data.get("Wkt")
                if t["mode"] == "Wkt"
                else (shape(data["GeoJson"]).wkt if t["mode"] == "GeoJson" else None)
            )
            order = make_order(
                wkt,
                t["first"].isoformat(),
                t["last"].isoformat() if t["last"] else None,
                status=emu.new_order_status,
                model=data["Model"],
                api_requests=data["ApiRequests"],
                storage_months=data["StorageMonths"],
                tiles=tiles,
                minitiles=minis,
            )
            order.update(
                TaskOrderGuid=str(uuid.uuid4()),
                ImageFrequency=data["ImageFrequency"],
                ReferenceDate=str(data["ReferenceDate"])[:10],
                SatelliteConstellations=list(data["SatelliteConstellations"]),
                TaskOrderAreaKm2=t["billed"],
            )

            def record() -> None:
                with emu._lock:
                    emu.orders.append(order)
                    emu.placed.append({"guid": order["TaskOrderGuid"], "cost": t["current"], "body": data})

            fault: Optional[Fault] = self.__dict__.get("_charge_fault")
            if fault is not None and fault.kind == "late_charge":  # §3.3: recorded after the answer
                timer = threading.Timer(float(fault.params.get("delay", 0.3)), record)
                timer.daemon = True
                timer.start()
            else:
                record()
            if self._fail_after_charge():
                return
            self._ok(order)

        def _order_guids(self, rec: Recorded) -> list:
            guids = list(rec.query.get("taskOrderGuid") or rec.query.get("taskOrderGuids") or [])
            if not guids and isinstance(rec.json, dict):  # the client's POST {Guids: [...]}
                guids = [str(g) for g in rec.json.get("Guids") or []]
            return guids

        def _order_details(self, rec: Recorded) -> None:
            """§2.8 ``orders/details`` (GET per the docs, POST ``{Guids}`` per the client)."""
            found = [o for o in emu.orders if o["TaskOrderGuid"] in self._order_guids(rec)]
            if not found:
                self._not_found("Unknown order GUID.")
                return
            self._ok({"TaskOrders": [{**o, "BillingCycle": o.get("BillingCycle", "Monthly")} for o in found]})

        def _order_cancel(self, rec: Recorded) -> None:
            """§2.8: cancellable are orders in Review (they are not placed then; "Cancelled" is our
            status name [?]) and recurring ones (future billing stops: ``To`` becomes this month)."""
            guids = self._order_guids(rec)
            order = next((o for o in emu.orders if guids and o["TaskOrderGuid"] == guids[0]), None)
            if order is None:
                self._not_found("Unknown order GUID.")
                return
            if order.get("OrderingProcessStatus") == "Review":
                order["OrderingProcessStatus"] = "Cancelled"
            elif order.get("To") is None:
                order["To"] = _month_end(emu.today).isoformat()  # §2.8: the last day of its last month
            else:
                raise ApiError(992, "Only orders in Review and recurring orders can be cancelled.")
            self._ok(None)

        def _tile(self, data: dict, minitile: bool) -> None:
            guid = data.get("MiniTileGuid" if minitile else "TileGuid")
            cell = emu.grid.get(str(guid)) if guid else None
            if cell is None or cell.minitile != minitile:
                raise ApiError(992, "One or more validation errors occurred.", {"TileGuid": ["Unknown GUID."]})
            req = self._payload_common(data)
            # §3.3/§2.8: a download needs an order over the cell on that date (a tile order lists it)
            if emu.order_coverage(cell.geographic, req["_date"]) < 0.999:
                raise ApiError(1006, "The tile and date are not covered by an active order.")
            area = cell.area_km2
            cost = emu.cost(area, req["Resolution"])
            if cost > emu.credits:
                raise ApiError(994, f"Not enough processing units: {cost:.2f} needed, {emu.credits:.2f} left.")
            res = req["Resolution"]
            name = f"{'minitile' if minitile else 'tile'}_{cell.guid}_{req['_date'].isoformat()}.tif"
            path = emu.workdir / f"{uuid.uuid4().hex[:6]}_{name}"
            md = {
                "MODEL": req["Model"],
                "DATE": req["_date"].isoformat(),
                "TILE_GUID": cell.guid,
                "SATELLITE_CONSTELLATIONS": ",".join(req["SatelliteConstellations"]),
            }
            from osgeo import osr

            srs = osr.SpatialReference()
            srs.ImportFromEPSG(cell.epsg)
            x0, y0, x1, y1 = cell.bounds
            write_geotiff(
                path,
                srs,
                x0,
                y1,
                round((x1 - x0) / res),
                round((y1 - y0) / res),
                float(res),
                req["_bands"],
                req.get("DataType", "INT16"),
                md,
                seed=int(x0 / res) % 1000,
            )
            self._deliver(path, req, cost, name=name)

        def _payload_common(self, data: dict) -> dict:
            """§2.5/§5c: the vendor's tile bodies send no `EpsgProjection`, `Resolution` or `Bandnames`:
            they default to the cell's own UTM zone (47000), 10 m and all bands; sent, they are checked."""
            data = {"EpsgProjection": 47000, "Resolution": 10, "Bandnames": "all", **data}
            errors: dict[str, list[str]] = {}
            try:
                date = dt.date.fromisoformat(str(data.get("Date", ""))[:10])
            except ValueError:
                errors["Date"] = ["Date must be an ISO-8601 date."]
                date = None
            if data.get("Model") not in emu.models:
                errors["Model"] = [f"Unknown model '{data.get('Model')}'."]
            # §2.5: the tile docs list EpsgProjection as required, an explicit UTM zone or 47000 only
            if not is_tile_epsg(data.get("EpsgProjection")):
                errors["EpsgProjection"] = [
                    "Tile and minitile processing needs a UTM projection (326xx/327xx) or 47000 (automatic UTM)."
                ]
            errors.update(self._check_resolution(data))
            if errors:
                raise ApiError(992, "One or more validation errors occurred.", errors)
            if date not in emu.dates:
                raise ApiError(1002, f"No imagery is available on {date}.")
            bands = self._check_bands(data)
            return {**data, "_date": date, "_bands": bands, "Resolution": int(data.get("Resolution") or 10)}

        def _make_tif(self, req: dict) -> Path:
            if emu.fixed_file is not None:  # benchmarks: serve one prepared file
                return emu.fixed_file
            geom = req["_geom"]
            srs, epsg, x0, y1, w, h, pixel = target_grid(geom, req["EpsgProjection"], req["Resolution"])
            name = f"{req['Model']}_{req['_date'].isoformat()}_{epsg}_{uuid.uuid4().hex[:8]}.tif"
            path = emu.workdir / name
            md = {
                "MODEL": req["Model"],
                "DATE": req["_date"].isoformat(),
                "SATELLITE_CONSTELLATIONS": ",".join(req["SatelliteConstellations"]),
            }
            if emu.attribution in ("tag", "both"):
                md["SOURCE_ATTRIBUTION"] = (
                    f"Contains modified Copernicus Sentinel data {req['_date'].year} (emulator tag)"
                )
            write_geotiff(
                path,
                srs,
                x0,
                y1,
                w,
                h,
                pixel,
                req["_bands"],
                req.get("DataType", "INT16"),
                md,
                seed=int(abs(x0) / pixel) % 1000,
            )
            return path

        def _charge(self, req: dict, cost: float, tif: Path, upload: Optional[str] = None) -> None:
            fault: Optional[Fault] = self.__dict__.get("_charge_fault")
            if fault is not None and fault.kind == "late_charge":
                # §3.3: a gateway answers (504) or the connection breaks now, while ClearSKY goes on
                # processing and records the charge a moment later
                timer = threading.Timer(
                    float(fault.params.get("delay", 0.3)), self._record_charge, (req, cost, tif, upload)
                )
                timer.daemon = True
                timer.start()
                return
            self._record_charge(req, cost, tif, upload)
            if fault is not None and fault.params.get("topup"):  # a top-up lands while the request fails
                with emu._lock:
                    emu.credits += float(fault.params["topup"])

        def _record_charge(self, req: dict, cost: float, tif: Path, upload: Optional[str] = None) -> None:
            with emu._lock:
                emu.credits -= cost
                emu.delivered.append(
                    {
                        "payload": {k: v for k, v in req.items() if not k.startswith("_")},
                        "credits": cost,
                        "file": tif.name,
                        "size": tif.stat().st_size,
                        "sha256": _sha256(tif),
                        "upload": upload,
                    }
                )

        def _fail_after_charge(self) -> bool:
            """A queued ``charge_then_status`` / ``charge_then_drop`` fault, applied once the
            request was charged (§3.3: a paid request can fail after its charge)."""
            fault: Optional[Fault] = self.__dict__.pop("_charge_fault", None)
            if fault is None:
                return False
            if fault.kind == "charge_then_drop" or (fault.kind == "late_charge" and fault.params.get("drop")):
                self._reset()
            else:
                status = int(fault.params.get("status", 504 if fault.kind == "late_charge" else 502))
                self._err(ApiError(0, fault.params.get("message", "Bad gateway"), status=status))
            return True

        def _send_file(self, tif: Path, req: dict, cost: float, name: Optional[str] = None) -> None:
            fault: Optional[Fault] = self.__dict__.pop("_body_fault", None)
            kind = fault.kind if fault else ""
            size = tif.stat().st_size
            total = max(size, int(fault.params.get("pad_to", 0))) if kind == "oversize" else size
            self._charge(req, cost, tif)
            if total > size:  # the ledger holds the checksum of what is really sent
                digest = hashlib.sha256(tif.read_bytes() + b"\0" * (total - size))
                with emu._lock:
                    emu.delivered[-1]["sha256"] = digest.hexdigest()
            if self._fail_after_charge():
                return
            self.send_response(200)
            # §1.2: binary; ``content_type`` (ctype=) labels the file wrongly, as a hostile proxy might
            self.send_header("Content-Type", fault.params["ctype"] if kind == "content_type" else "image/tiff")
            self.send_header("Content-Length", str(total))
            disposition = f'attachment; filename="{name or tif.name}"'
            if kind == "disposition":
                disposition = fault.params["disposition"]
            self.send_header("Content-Disposition", disposition)
            if emu.attribution in ("header", "both"):
                self.send_header(
                    "X-ClearSKY-Attribution",
                    "ClearSKY Vision; contains modified Copernicus Sentinel data (emulator header)",
                )
            self.end_headers()
            if kind == "not_tiff":
                self._write_body(io.BytesIO(b"<html>" + b" " * (size - 6)), size, None, emu.chunk_delay)
                return
            with open(tif, "rb") as fh:
                self._write_body(fh, size, fault, emu.chunk_delay)
            if total > size:
                padding = io.BytesIO(b"\0" * (total - size))
                self._write_body(padding, total - size, None, emu.chunk_delay)

    return Handler


_HASHES: dict[tuple, str] = {}


def _int(value: float) -> Any:
    """A whole number as an int (§5c: the vendor types limits as integers)."""
    return int(value) if float(value).is_integer() else value


def _month_end(day: dt.date) -> dt.date:
    import calendar

    return day.replace(day=calendar.monthrange(day.year, day.month)[1])


def _image_dates(reference: dt.date, every: int, start: dt.date, end: dt.date) -> list[dt.date]:
    """§2.8: an image every ``every`` days, in step with ``reference``, from ``start`` to ``end``."""
    offset = (start - reference).days % every
    first = start + dt.timedelta(days=(every - offset) % every)
    return [first + dt.timedelta(days=i) for i in range(0, (end - first).days + 1, every)]


def _sha256(path: Path) -> str:
    """Streamed (a benchmark file is 1 GiB), and cached for a file that does not change."""
    st = path.stat()
    key = (str(path), st.st_size, st.st_mtime_ns)
    if key not in _HASHES:
        digest = hashlib.sha256()
        with open(path, "rb") as fh:
            for block in iter(lambda: fh.read(1 << 20), b""):
                digest.update(block)
        _HASHES[key] = digest.hexdigest()
    return _HASHES[key]


def _bands(spec: str, every: Optional[list] = None) -> list[str]:
    text = (spec or "all").strip()
    if text.lower() == "all":
        return list(every or STRATUS_BANDS)
    if text.lower() == "rgb":
        return ["B4", "B3", "B2"]
    return [b.strip() for b in text.split(",") if b.strip()]


class UploadSink:
    """A loopback PUT target that keeps what it receives (an UploadUrl stand-in)."""

    def __init__(self) -> None:
        sink = self
        self.received: list[tuple[str, bytes]] = []

        class H(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *a: Any) -> None:
                pass

            def do_PUT(self) -> None:
                n = int(self.headers.get("Content-Length") or 0)
                sink.received.append((self.path, self.rfile.read(n)))
                self.send_response(200)
                self.send_header("Content-Length", "0")
                self.end_headers()

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), H)
        self._server.daemon_threads = True
        threading.Thread(target=self._server.serve_forever, daemon=True).start()

    def url(self, path: str = "/bucket/out.tif?sig=abc") -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}{path}"

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()


__all__ = ["ClearSkyEmulator", "Fault", "UploadSink", "geodesic_km2", "utm_epsg"]
