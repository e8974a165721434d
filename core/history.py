"""The download history: a GeoPackage catalog in the user's QGIS profile.

One row per delivered download: AOI geometry, payload, fingerprint, estimate, credits
spent, file path, checksum, time and attribution.  Written with OGR (GDAL), so it is a
plain GeoPackage any GIS can open, and it survives QGIS restarts."""

from __future__ import annotations

import datetime as _dt
import json
import os
import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator, Optional

from . import logger
from .compat import gdal_errors
from .i18n import number, tr

LAYER = "downloads"
FIELDS = [
    ("time", "string"),
    ("model", "string"),
    ("date", "string"),
    ("fingerprint", "string"),
    ("payload", "string"),
    ("credits", "real"),
    ("area_km2", "real"),
    ("path", "string"),
    ("sha256", "string"),
    ("size", "integer64"),
    ("attribution", "string"),
    ("upload_url", "string"),
    ("area", "string"),  # the area's name as the user knows it (layer, feature, drawn area); added in 0.2
]
#: failures that cost (or may have) and orders: what a budget counts besides deliveries (0.3)
CHARGES = "charges"
CHARGE_FIELDS = [
    ("time", "string"),
    ("kind", "string"),  # composite | tiles | order
    ("credits", "real"),  # measured (credits, or the order's currency); NULL = unknown
    ("estimate", "real"),  # what was approved for it (counted when the charge is unknown)
    ("currency", "string"),  # "credits", or an order's currency
    ("area", "string"),
    ("note", "string"),
    ("guid", "string"),  # an order's GUID
    ("monthly", "real"),  # an order's cost for each month after its first
    ("first_month", "string"),  # YYYY-MM an order is first billed (the month it was placed)
    ("last_month", "string"),  # YYYY-MM it is billed last; "" = recurring and not cancelled
]
_LOCK = threading.Lock()
log = logger.getChild("history")


def _without_secrets(payload: dict) -> dict:
    """The payload as stored: an ``UploadUrl`` loses its query string (a pre-signed URL's
    signature is a credential)."""
    out = dict(payload)
    if out.get("UploadUrl"):
        out["UploadUrl"] = str(out["UploadUrl"]).split("?")[0]
    return out


def profile_file(name: str, env: str) -> Path:
    """``<QGIS profile>/clearsky/<name>``, or the path in the environment variable ``env``."""
    override = os.environ.get(env)
    if override:
        return Path(override)
    from qgis.core import QgsApplication

    return Path(QgsApplication.qgisSettingsDirPath()) / "clearsky" / name


def default_path() -> Path:
    """``<QGIS profile>/clearsky/history.gpkg`` (``CLEARSKY_HISTORY`` overrides it)."""
    return profile_file("history.gpkg", "CLEARSKY_HISTORY")


@dataclass(frozen=True)
class Entry:
    fid: int
    time: str
    model: str
    date: str
    fingerprint: str
    payload: dict
    credits: Optional[float]
    area_km2: Optional[float]
    path: str
    sha256: str
    size: int
    attribution: str
    upload_url: str
    wkt: str
    area: str = ""

    @property
    def missing(self) -> bool:
        """The file was moved or deleted since."""
        return bool(self.path) and not Path(self.path).exists()

    @property
    def kind(self) -> str:
        """``composite``, ``tile`` or ``minitile``."""
        if "MiniTileGuid" in self.payload:
            return "minitile"
        return "tile" if "TileGuid" in self.payload else "composite"

    @property
    def where(self) -> str:
        return tr("delivered to URL") if self.upload_url else Path(self.path).name

    def label(self) -> str:
        gone = tr(" · ⚠ file missing") if self.missing else ""
        cost = f" · {number(self.credits)} credits" if self.credits is not None else ""
        area = f" · {self.area}" if self.area else ""
        return f"{self.date} {self.model}{area}{cost} · {self.where}{gone}"


@contextmanager
def _process_lock(path: Path, timeout_s: float = 30.0) -> Iterator[None]:
    """An exclusive lock shared by every QGIS (and ``qgis_process``) on this machine: the
    GeoPackage is one SQLite file, and two processes creating or writing it at once lose rows."""
    path.parent.mkdir(parents=True, exist_ok=True)
    deadline = time.monotonic() + timeout_s
    with open(path.with_name(path.name + ".lock"), "a+b") as fh:
        if os.name == "nt":  # pragma: no cover - Windows
            import msvcrt

            while True:
                try:
                    msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)
                    break
                except OSError:
                    if time.monotonic() > deadline:
                        raise
                    time.sleep(0.05)
            try:
                yield
            finally:
                fh.seek(0)
                msvcrt.locking(fh.fileno(), msvcrt.LK_UNLCK, 1)
        else:
            import fcntl

            while True:
                try:
                    fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
                    break
                except BlockingIOError:
                    if time.monotonic() > deadline:
                        raise TimeoutError(
                            tr("{path} stayed locked for {timeout_s:.0f} s").format(path=path, timeout_s=timeout_s)
                        ) from None
                    time.sleep(0.02)
            try:
                yield
            finally:
                fcntl.flock(fh.fileno(), fcntl.LOCK_UN)


class History:
    def __init__(self, path: Optional[Path] = None) -> None:
        self.path = Path(path) if path else default_path()
        #: where an unreadable history was moved to (the UI says so once), else None
        self.set_aside: Optional[Path] = None

    def _put_aside(self, why: str) -> None:
        stamp = _dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        target = self.path.with_name(f"{self.path.stem}.unreadable-{stamp}{self.path.suffix}")
        os.replace(self.path, target)
        self.set_aside = target
        log.warning(
            "The download history %s could not be read (%s); it was moved to %s and a new one started.",
            self.path,
            why,
            target,
        )

    def _open(self, update: bool = True) -> Any:
        from osgeo import ogr, osr

        ds = None
        if self.path.exists():
            try:
                ds = ogr.Open(str(self.path), 1 if update else 0)
                if ds is None or (ds.GetLayerByName(LAYER) is None and ds.GetLayerCount()):
                    raise RuntimeError("not a ClearSKY history GeoPackage")
            except RuntimeError as exc:  # corrupt or foreign: keep it aside, never block a download
                ds = None
                self._put_aside(str(exc))
        if ds is None:
            ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(self.path))
        if ds.GetLayerByName(LAYER) is None:
            srs = osr.SpatialReference()
            srs.ImportFromEPSG(4326)
            lyr = ds.CreateLayer(LAYER, srs, ogr.wkbMultiPolygon)
            kinds = {"string": ogr.OFTString, "real": ogr.OFTReal, "integer64": ogr.OFTInteger64}
            for name, kind in FIELDS:
                lyr.CreateField(ogr.FieldDefn(name, kinds[kind]))
        elif update:  # a history written by an older version: add the fields it lacks
            lyr = ds.GetLayerByName(LAYER)
            kinds = {"string": ogr.OFTString, "real": ogr.OFTReal, "integer64": ogr.OFTInteger64}
            for name, kind in FIELDS:
                if lyr.GetLayerDefn().GetFieldIndex(name) < 0:
                    lyr.CreateField(ogr.FieldDefn(name, kinds[kind]))
        return ds

    @gdal_errors()
    def record(self, outcome: Any, when: Optional[_dt.datetime] = None, area: str = "") -> int:
        """Add a delivered download (a ``workflow.DownloadOutcome``) of the area called ``area``;
        returns its row id."""
        from osgeo import ogr

        req = outcome.request
        when = when or _dt.datetime.now(_dt.timezone.utc)
        with _LOCK, _process_lock(self.path):
            ds = self._open()
            lyr = ds.GetLayerByName(LAYER)
            feat = ogr.Feature(lyr.GetLayerDefn())
            geom = (
                ogr.CreateGeometryFromWkt(req.wkt) if req.wkt else ogr.CreateGeometryFromJson(json.dumps(req.geojson))
            )
            feat.SetGeometry(ogr.ForceToMultiPolygon(geom))
            values = {
                "time": when.isoformat(timespec="seconds"),
                "model": req.model,
                "date": req.date.isoformat(),
                "fingerprint": req.fingerprint,
                "payload": json.dumps(_without_secrets(req.payload()), sort_keys=True),
                "credits": outcome.credits,
                "area_km2": outcome.area_km2,
                "path": str(outcome.path) if outcome.path else "",
                "sha256": outcome.result.sha256,
                "size": int(outcome.result.size),
                "attribution": "; ".join(outcome.notices),
                "upload_url": (outcome.result.upload_url or "").split("?")[0],  # never a signature
                "area": area,
            }
            for name, value in values.items():
                if value is not None:
                    feat.SetField(name, value)
            lyr.CreateFeature(feat)
            fid = feat.GetFID()
            ds = None
        return fid

    @gdal_errors()
    def entries(self) -> list[Entry]:
        if not self.path.exists():
            return []
        with _LOCK, _process_lock(self.path):
            ds = self._open(update=False)
            out = []
            for f in ds.GetLayerByName(LAYER):
                geom = f.GetGeometryRef()
                out.append(
                    Entry(
                        fid=f.GetFID(),
                        time=f.GetField("time") or "",
                        model=f.GetField("model") or "",
                        date=f.GetField("date") or "",
                        fingerprint=f.GetField("fingerprint") or "",
                        payload=json.loads(f.GetField("payload") or "{}"),
                        credits=f.GetField("credits"),
                        area_km2=f.GetField("area_km2"),
                        path=f.GetField("path") or "",
                        sha256=f.GetField("sha256") or "",
                        size=f.GetField("size") or 0,
                        attribution=f.GetField("attribution") or "",
                        upload_url=f.GetField("upload_url") or "",
                        wkt=geom.ExportToWkt() if geom is not None else "",
                        area=(f.GetField("area") or "") if f.GetFieldIndex("area") >= 0 else "",
                    )
                )
            ds = None
        return sorted(out, key=lambda e: e.time, reverse=True)

    # -- charges that are not deliveries: failures that cost, and orders ------------------------
    @gdal_errors()
    def record_charge(self, charge: Any) -> int:
        """Add a :class:`~.spending.Charge` (a failure that cost or may have cost, an order placed
        or one that may have been placed); returns its row id."""
        from osgeo import ogr

        with _LOCK, _process_lock(self.path):
            ds = self._open()
            lyr = ds.GetLayerByName(CHARGES)
            if lyr is None:
                lyr = ds.CreateLayer(CHARGES, None, ogr.wkbNone)
                kinds = {"string": ogr.OFTString, "real": ogr.OFTReal}
                for name, kind in CHARGE_FIELDS:
                    lyr.CreateField(ogr.FieldDefn(name, kinds[kind]))
            feat = ogr.Feature(lyr.GetLayerDefn())
            for name, _kind in CHARGE_FIELDS:
                value = getattr(charge, name)
                if name == "time":
                    value = value.isoformat(timespec="seconds")
                if value is not None and value == value:  # NaN (unknown) stays NULL
                    feat.SetField(name, value)
            lyr.CreateFeature(feat)
            fid = feat.GetFID()
            ds = None
        return fid

    @gdal_errors()
    def end_order(self, guid: str, last_month: str) -> None:
        """An order placed from this plugin was cancelled: it is billed up to ``last_month`` (YYYY-MM)."""
        if not self.path.exists():
            return
        with _LOCK, _process_lock(self.path):
            ds = self._open()
            lyr = ds.GetLayerByName(CHARGES)
            if lyr is not None:
                for f in lyr:
                    if f.GetField("guid") == guid and not f.GetField("last_month"):
                        f.SetField("last_month", last_month)
                        lyr.SetFeature(f)
            ds = None

    @gdal_errors()
    def charges(self) -> list:
        """Every recorded :class:`~.spending.Charge`, oldest first."""
        from .spending import Charge

        if not self.path.exists():
            return []
        with _LOCK, _process_lock(self.path):
            ds = self._open(update=False)
            lyr = ds.GetLayerByName(CHARGES)
            out = []
            for f in lyr or []:
                values = {name: f.GetField(name) for name, _kind in CHARGE_FIELDS}
                values["time"] = _dt.datetime.fromisoformat(values["time"])
                for name, kind in CHARGE_FIELDS:
                    if kind == "string" and values[name] is None:
                        values[name] = ""
                out.append(Charge(**values))
            ds = None
        return sorted(out, key=lambda c: c.time)

    def delivered(self, fingerprint: str) -> list[Entry]:
        """Earlier deliveries of exactly this payload (re-running it would spend credits again)."""
        return [e for e in self.entries() if e.fingerprint == fingerprint]
