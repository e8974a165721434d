"""Orders: what the account has ordered, and how much of an AOI and date they cover.

A download needs an active order covering the area and date (error 1006 otherwise), and an
order's imagery may be downloadable only ``ApiRequests`` times and for ``StorageMonths``."""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field
from typing import Any, Mapping, Optional, Sequence

from . import logger
from .i18n import noop_tr, number, tr
from .models import ci_get, parse_date

log = logger.getChild("orders")

ACTIVE = ("Working", "Done")
#: §2.8's OrderingProcessStatus values (and the emulator's "Cancelled" [?]) as the user reads them
STATUS_LABELS = {
    "Review": noop_tr("Review"),
    "Initialize": noop_tr("Initialize"),
    "Working": noop_tr("Working"),
    "Done": noop_tr("Done"),
    "Failure": noop_tr("Failure"),
    "Cancelled": noop_tr("Cancelled"),
}
#: marks a layer made by :func:`orders_layer` (its statuses follow the orders list)
LAYER_PROPERTY = "clearsky/orders"
#: where the plugin shows orders (named in messages so users can find them)
ORDERS_VIEW = noop_tr("the Orders section of the ClearSKY panel, or Browser → ClearSKY → Orders")


@dataclass(frozen=True)
class Order:
    guid: str
    status: str
    model: str
    constellations: tuple[str, ...]
    date_from: Optional[_dt.date]
    date_to: Optional[_dt.date]  # None = recurring
    area_km2: float
    api_requests: Optional[int]
    storage_months: Optional[int]
    wkt: str
    raw: Mapping[str, Any] = field(default_factory=dict, compare=False, repr=False)
    #: a tile order (reference §2.8) has ``Wkt: null`` and covers these grid cells
    tiles: tuple[str, ...] = ()
    minitiles: tuple[str, ...] = ()
    #: a tile order's footprint, the union of its cells (filled by the client from a tile search)
    footprint_wkt: str = ""

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Order:
        def date(name: str) -> Optional[_dt.date]:
            value = ci_get(data, name)
            return parse_date(value) if value else None

        def integer(name: str) -> Optional[int]:
            value = ci_get(data, name)
            return int(value) if value not in (None, "") else None

        return cls(
            guid=str(ci_get(data, "TaskOrderGuid", "Guid", default="")),
            status=str(ci_get(data, "OrderingProcessStatus", "Status", default="")),
            model=str(ci_get(data, "Model", default="")),
            constellations=tuple(ci_get(data, "SatelliteConstellations", default=()) or ()),
            date_from=date("From"),
            date_to=date("To"),
            area_km2=float(ci_get(data, "TaskOrderAreaKm2", "AreaKm2", default=0) or 0),
            api_requests=integer("ApiRequests"),
            storage_months=integer("StorageMonths"),
            wkt=str(ci_get(data, "Wkt", default="") or ""),
            raw=dict(data),
            tiles=_guids(ci_get(data, "Tiles", default=())),
            minitiles=_guids(ci_get(data, "MiniTiles", default=())),
        )

    @property
    def is_tile_order(self) -> bool:
        return not self.wkt and bool(self.tiles or self.minitiles)

    @property
    def area_wkt(self) -> str:
        """Where the order is: its ``Wkt``, or a tile order's cells ("" while they are unknown)."""
        return self.wkt or self.footprint_wkt

    @property
    def active(self) -> bool:
        return self.status in ACTIVE

    @property
    def last_day(self) -> Optional[_dt.date]:
        """The order's last day: ``To`` is a month (§2.8, ``YYYY-MM-01``) and covers all of it."""
        if self.date_to is None or self.date_to.day != 1:
            return self.date_to
        import calendar

        return self.date_to.replace(day=calendar.monthrange(self.date_to.year, self.date_to.month)[1])

    @property
    def cancellable(self) -> bool:
        """§2.8: an order in Review (not placed yet), or a recurring one (stops future billing)."""
        return self.status == "Review" or (self.date_to is None and self.status not in ("Cancelled", "Failure"))

    def covers_date(self, date: _dt.date) -> bool:
        end = self.last_day
        return (self.date_from is None or date >= self.date_from) and (end is None or date <= end)

    @property
    def period(self) -> str:
        """When the order runs: "from 2026-10-01, recurring", or "2026-10-01 – 2026-12-31" (its
        last billed month, also once a recurring order was cancelled)."""
        start = self.date_from.isoformat() if self.date_from else "…"
        if self.last_day is None:
            return tr("from {start}, recurring").format(start=start)
        return f"{start} – {self.last_day.isoformat()}"

    def label(self) -> str:
        left = (
            tr(" · {api_requests} download(s) per image").format(api_requests=self.api_requests)
            if self.api_requests is not None
            else ""
        )
        return f"{self.model} · {self.status_label} · {self.period} · {number(self.area_km2, 0)} km²{left}"

    @property
    def status_label(self) -> str:
        """The status as the user reads it (the API's word, translated)."""
        return tr(STATUS_LABELS.get(self.status, self.status)) if self.status else ""

    @property
    def short_guid(self) -> str:
        return self.guid[:8]


@dataclass(frozen=True)
class Coverage:
    """How much of an AOI (on a date) the active orders cover."""

    share: float  # 0..1 of the AOI's area
    overlapping: tuple[tuple[Order, float], ...]  # (order, share of the AOI it covers)
    #: active tile orders whose cells could not be looked up: they may cover the AOI
    unknown: tuple[Order, ...] = ()

    @property
    def full(self) -> bool:
        return self.share >= 0.999

    def summary(self) -> str:
        pct = f"{100 * self.share:.0f} %"
        if self.unknown and not self.full:
            return tr(
                "{n} tile order(s) could not be placed on the map (their cells were not found), so the plugin "
                "cannot tell whether they cover this area; the server decides at download."
            ).format(n=len(self.unknown))
        if not self.overlapping:
            return tr(
                "The area and date are outside every active order: nothing can be downloaded until it is "
                "ordered (see {ORDERS_VIEW})."
            ).format(ORDERS_VIEW=tr(ORDERS_VIEW))
        names = "; ".join(f"{o.model} {o.period} ({100 * s:.0f} %)" for o, s in self.overlapping)
        if self.full:
            return tr("Your orders cover the whole area on this date ({names}).").format(names=names)
        return tr(
            "Only {pct} of the area is covered by your orders on this date ({names}); the rest cannot be "
            "downloaded (a download may fail with 'not covered by an order', or be partial)."
        ).format(pct=pct, names=names)


def _guids(items: Any) -> tuple[str, ...]:
    """A tile order's ``Tiles``/``MiniTiles``: GUID strings, or objects carrying one."""
    out = []
    for item in items or ():
        guid = ci_get(item, "Guid", "TileGuid", "MiniTileGuid") if isinstance(item, Mapping) else item
        if guid:
            out.append(str(guid))
    return tuple(out)


def parse_orders(items: Sequence[Mapping[str, Any]]) -> list[Order]:
    return [Order.from_dict(o) for o in items]


def with_footprints(orders: Sequence[Order], cells: Mapping[str, str]) -> list[Order]:
    """Tile orders get the union of their cells (GUID → lon/lat WKT) as their footprint."""
    from dataclasses import replace

    from . import aoi as aoi_mod

    out = []
    for order in orders:
        shapes = [cells[g] for g in order.tiles + order.minitiles if g in cells]
        if order.is_tile_order and shapes:
            union = aoi_mod.unary_union([aoi_mod.from_wkt(w) for w in shapes])
            order = replace(order, footprint_wkt=union.wkt)
        out.append(order)
    return out


def coverage(aoi_geometry: Any, orders: Sequence[Order], date: _dt.date) -> Coverage:
    """Share of the AOI (lon/lat shapely geometry) covered by active orders on ``date``."""
    from . import aoi as aoi_mod

    total = aoi_mod.geodesic_area_km2(aoi_geometry)
    if total <= 0:
        return Coverage(0.0, ())
    overlapping = []
    shapes = []
    unknown = []
    for order in orders:
        if not order.active or not order.covers_date(date):
            continue
        if not order.area_wkt:
            if order.is_tile_order:
                unknown.append(order)
            continue
        try:
            shape = aoi_mod.from_wkt(order.area_wkt)
            part = aoi_geometry.intersection(shape)
        except Exception as exc:  # an order geometry we cannot read does not cover anything
            log.debug("The area of order %s could not be read: %s", order.guid, exc)
            continue
        if part.is_empty:
            continue
        overlapping.append((order, aoi_mod.geodesic_area_km2(part) / total))
        shapes.append(shape)
    if not shapes:
        return Coverage(0.0, (), tuple(unknown))
    covered = aoi_geometry.intersection(aoi_mod.unary_union(shapes))
    share = min(1.0, aoi_mod.geodesic_area_km2(covered) / total)
    return Coverage(share, tuple(overlapping), tuple(unknown))


def orders_layer(orders: Sequence[Order], name: str = "") -> Any:
    """A temporary polygon layer, one feature per order AOI, attributes as fields."""
    from qgis.core import QgsFeature, QgsGeometry, QgsVectorLayer

    from .compat import make_field

    layer = QgsVectorLayer("Polygon?crs=EPSG:4326", name or tr("ClearSKY orders"), "memory")
    fields = [
        ("guid", "string"),
        ("status", "string"),
        ("model", "string"),
        ("constellations", "string"),
        ("date_from", "string"),
        ("date_to", "string"),
        ("area_km2", "double"),
        ("api_requests", "int"),
        ("storage_months", "int"),
    ]
    layer.dataProvider().addAttributes([make_field(n, k) for n, k in fields])
    layer.updateFields()
    feats = []
    for o in orders:
        f = QgsFeature(layer.fields())
        f.setGeometry(QgsGeometry.fromWkt(o.area_wkt))
        f.setAttributes(
            [
                o.guid,
                o.status,
                o.model,
                ",".join(o.constellations),
                o.date_from.isoformat() if o.date_from else None,
                o.date_to.isoformat() if o.date_to else None,
                o.area_km2,
                o.api_requests,
                o.storage_months,
            ]
        )
        feats.append(f)
    layer.dataProvider().addFeatures(feats)
    layer.updateExtents()
    from qgis.core import QgsFillSymbol

    # outlines only: the orders are shown over the map and the imagery, never hiding them
    symbol = QgsFillSymbol.createSimple({"style": "no", "outline_color": "30,110,200", "outline_width": "0.6"})
    layer.renderer().setSymbol(symbol)
    layer.setCustomProperty(LAYER_PROPERTY, True)
    return layer


def refresh_orders_layer(layer: Any, orders: Sequence[Order]) -> int:
    """Update an orders layer (made by :func:`orders_layer`) from a fresh list: status and end
    of each order it shows.  Returns the number of features changed; other layers are left alone."""
    if not getattr(layer, "customProperty", None) or not layer.customProperty(LAYER_PROPERTY):
        return 0
    by_guid = {o.guid: o for o in orders}
    fields = layer.fields()
    status_i, to_i = fields.indexOf("status"), fields.indexOf("date_to")
    changes = {}
    for feature in layer.getFeatures():
        order = by_guid.get(feature["guid"])
        if order is None:
            continue
        to = order.date_to.isoformat() if order.date_to else None
        if feature["status"] != order.status or (feature["date_to"] or None) != to:
            changes[feature.id()] = {status_i: order.status, to_i: to}
    if changes:
        layer.dataProvider().changeAttributeValues(changes)
        layer.triggerRepaint()
    return len(changes)
