"""Watched areas: an area with its product settings, checked for new imagery dates with free
calls only (``composite/searchAvailableDates``, reference §2.2).

A check asks for the dates of the last :data:`WINDOW_DAYS` days and compares them with the dates
known at the previous check: a date ClearSKY published since (also one for an earlier day) is
new.  The first check of an area only learns what is there.  Nothing here spends anything.

Areas are kept in ``<QGIS profile>/clearsky/watch.gpkg`` (``CLEARSKY_WATCH`` overrides it), a
plain GeoPackage layer that is also the export/import format.  Plain Python and OGR; no Qt."""

from __future__ import annotations

import datetime as _dt
import json
import os
import threading
import uuid
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Optional

from . import logger
from .compat import gdal_errors
from .errors import InvalidRequestError
from .history import _process_lock, profile_file
from .i18n import tr

log = logger.getChild("watch")

LAYER = "watched_areas"
#: how far back a check looks for dates published since the last one
WINDOW_DAYS = 60
FIELDS = [
    ("id", "string"),
    ("name", "string"),
    ("model", "string"),
    ("constellations", "string"),  # JSON list
    ("known", "string"),  # JSON list of ISO dates seen at the last check (within the window)
    ("new_dates", "string"),  # JSON list of the dates the last notice was about
    ("last_new", "string"),  # the newest new date found
    ("last_checked", "string"),  # ISO time of the last check
    ("paused", "integer"),
]
_LOCK = threading.Lock()


def default_path() -> Path:
    """``<QGIS profile>/clearsky/watch.gpkg`` (``CLEARSKY_WATCH`` overrides it)."""
    return profile_file("watch.gpkg", "CLEARSKY_WATCH")


@dataclass(frozen=True)
class WatchedArea:
    name: str
    wkt: str  # EPSG:4326
    model: str
    constellations: tuple[str, ...] = ()
    id: str = field(default_factory=lambda: uuid.uuid4().hex)
    known: tuple[str, ...] = ()
    new_dates: tuple[str, ...] = ()
    last_new: str = ""
    last_checked: str = ""
    paused: bool = False

    @property
    def checked_once(self) -> bool:
        return bool(self.last_checked)

    def checked_label(self) -> str:
        """When it was last checked, in the user's time zone ("not yet" before the first check)."""
        if not self.last_checked:
            return tr("not yet")
        return _dt.datetime.fromisoformat(self.last_checked).astimezone().isoformat(sep=" ", timespec="minutes")[:16]

    def dates_to_check(self) -> list[_dt.date]:
        """What *Check & download…* checks: the dates the last notice was about, else the newest known."""
        return [_dt.date.fromisoformat(d) for d in (self.new_dates or self.known[-1:])]


@dataclass(frozen=True)
class WatchResult:
    """One check of one area: the area as it is now, and the dates new since the last check."""

    area: WatchedArea
    new: tuple[_dt.date, ...]
    since: str  # when the area was checked before (ISO time; "" = never)

    def notice(self) -> str:
        """ "3 new dates for North fields since 2 Dec"."""
        since = _short_day(self.since)
        if len(self.new) == 1:
            text = tr("1 new date for {name} since {since}: {date}")
            return text.format(name=self.area.name, since=since, date=self.new[0].isoformat())
        return tr("{n} new dates for {name} since {since} (newest {date})").format(
            n=len(self.new), name=self.area.name, since=since, date=self.new[-1].isoformat()
        )


def _short_day(iso_time: str) -> str:
    if not iso_time:
        return "?"
    day = _dt.datetime.fromisoformat(iso_time).astimezone()
    from .i18n import _locale

    locale = _locale()
    if locale is None:
        return f"{day.day} {day.strftime('%b')}"
    from qgis.PyQt.QtCore import QDate

    return locale.toString(QDate(day.year, day.month, day.day), tr("d MMM"))  # a short day; German writes "4. Dez."


def check_area(
    client: Any, area: WatchedArea, *, today: Optional[_dt.date] = None, is_canceled: Any = None
) -> WatchResult:
    """Free: the dates with imagery for ``area`` in the last :data:`WINDOW_DAYS` days; those not
    known at the previous check are new (none at the first check)."""
    today = today or _dt.date.today()
    found = client.search_available_dates(
        today - _dt.timedelta(days=WINDOW_DAYS),
        today,
        wkt=area.wkt,
        model=area.model,
        constellations=list(area.constellations) or None,
        is_canceled=is_canceled,
    ).dates_for(area.model)
    dates = sorted(set(found))
    known = set(area.known)
    new = tuple(d for d in dates if d.isoformat() not in known) if area.checked_once else ()
    now = _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds")
    updated = replace(area, known=tuple(d.isoformat() for d in dates), last_checked=now)
    if new:
        updated = replace(
            updated,
            new_dates=tuple(d.isoformat() for d in new),
            last_new=max(new[-1].isoformat(), area.last_new),
        )
    return WatchResult(updated, new, area.last_checked)


class WatchStore:
    """The watched areas in a GeoPackage (one feature per area)."""

    def __init__(self, path: Optional[Path] = None) -> None:
        self.path = Path(path) if path else default_path()

    @gdal_errors()
    def load(self) -> list[WatchedArea]:
        if not self.path.exists():
            return []
        with _LOCK, _process_lock(self.path):
            return read_areas(self.path)

    @gdal_errors()
    def save_all(self, areas: list[WatchedArea]) -> None:
        with _LOCK, _process_lock(self.path):
            write_areas(self.path, areas)

    def put(self, area: WatchedArea) -> list[WatchedArea]:
        """Add ``area``, or replace the one with its id; returns the list as stored."""
        areas = [a for a in self.load() if a.id != area.id]
        areas.append(area)
        self.save_all(areas)
        return areas

    def update(self, area: WatchedArea) -> list[WatchedArea]:
        """Replace the stored area with ``area``'s id (gone meanwhile: nothing)."""
        areas = self.load()
        if not any(a.id == area.id for a in areas):
            return areas
        areas = [area if a.id == area.id else a for a in areas]
        self.save_all(areas)
        return areas

    @gdal_errors()
    def merge_checked(self, checked: list[WatchedArea]) -> list[WatchedArea]:
        """Store what checks found (known and new dates, times) into the areas as they are now: a
        pause, rename or removal made while the check ran is kept."""
        found = {a.id: a for a in checked}
        with _LOCK, _process_lock(self.path):
            areas = read_areas(self.path) if self.path.exists() else []
            merged = [
                replace(
                    a,
                    known=found[a.id].known,
                    new_dates=found[a.id].new_dates,
                    last_new=found[a.id].last_new,
                    last_checked=found[a.id].last_checked,
                )
                if a.id in found
                else a
                for a in areas
            ]
            write_areas(self.path, merged)
        return merged

    def remove(self, area_id: str) -> list[WatchedArea]:
        areas = [a for a in self.load() if a.id != area_id]
        self.save_all(areas)
        return areas

    def export(self, path: Path) -> int:
        """Write every watched area to the GeoPackage ``path``; returns how many."""
        areas = self.load()
        write_areas(Path(path), areas)
        return len(areas)

    def import_(self, path: Path) -> int:
        """Add the areas of a GeoPackage written by :meth:`export` (same id: replaced); returns how many."""
        try:
            incoming = read_areas(Path(path))
        except Exception as exc:
            raise InvalidRequestError(
                tr("{path} is not a ClearSKY watched-areas GeoPackage ({why}).").format(path=path, why=exc)
            ) from None
        ids = {a.id for a in incoming}
        self.save_all([a for a in self.load() if a.id not in ids] + incoming)
        return len(incoming)


@gdal_errors()
def read_areas(path: Path) -> list[WatchedArea]:
    from osgeo import ogr

    ds = ogr.Open(str(path), 0)
    if ds is None:
        raise RuntimeError("not readable")
    lyr = ds.GetLayerByName(LAYER)
    if lyr is None:
        raise RuntimeError(f"no layer '{LAYER}'")
    out = []
    for f in lyr:
        geom = f.GetGeometryRef()

        def text(name: str, f: Any = f) -> str:
            return (f.GetField(name) or "") if f.GetFieldIndex(name) >= 0 else ""

        def listed(name: str) -> tuple[str, ...]:
            try:
                return tuple(json.loads(text(name) or "[]"))
            except ValueError:
                return ()

        out.append(
            WatchedArea(
                name=text("name"),
                wkt=geom.ExportToWkt() if geom is not None else "",
                model=text("model"),
                constellations=listed("constellations"),
                id=text("id") or uuid.uuid4().hex,
                known=listed("known"),
                new_dates=listed("new_dates"),
                last_new=text("last_new"),
                last_checked=text("last_checked"),
                paused=bool(f.GetField("paused")) if f.GetFieldIndex("paused") >= 0 else False,
            )
        )
    ds = None
    return out


@gdal_errors()
def write_areas(path: Path, areas: list[WatchedArea]) -> None:
    """Write ``areas`` to ``path`` as a whole (a temporary file, then renamed: never half-written)."""
    from osgeo import ogr, osr

    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f"{path.stem}.part.gpkg")  # the GPKG driver wants its own extension
    if tmp.exists():
        tmp.unlink()
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(tmp))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4326)
    lyr = ds.CreateLayer(LAYER, srs, ogr.wkbMultiPolygon)
    kinds = {"string": ogr.OFTString, "integer": ogr.OFTInteger}
    for name, kind in FIELDS:
        lyr.CreateField(ogr.FieldDefn(name, kinds[kind]))
    for a in areas:
        feat = ogr.Feature(lyr.GetLayerDefn())
        geom = ogr.CreateGeometryFromWkt(a.wkt)
        if geom is not None:
            feat.SetGeometry(ogr.ForceToMultiPolygon(geom))
        values = {
            "id": a.id,
            "name": a.name,
            "model": a.model,
            "constellations": json.dumps(list(a.constellations)),
            "known": json.dumps(list(a.known)),
            "new_dates": json.dumps(list(a.new_dates)),
            "last_new": a.last_new,
            "last_checked": a.last_checked,
            "paused": int(a.paused),
        }
        for name, value in values.items():
            feat.SetField(name, value)
        lyr.CreateFeature(feat)
    ds = None
    os.replace(tmp, path)
