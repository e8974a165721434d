"""Area of interest: any geometry in any CRS -> the API's EPSG:4326 polygon.

Plain shapely + pyproj (QGIS types are accepted through thin adapters at the
bottom, imported lazily so this module works without QGIS).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any, Optional, Union

import numpy as np
import shapely
from pyproj import CRS, Geod, Transformer
from pyproj.exceptions import CRSError
from shapely import wkb as _wkb
from shapely import wkt as _wkt
from shapely.geometry import GeometryCollection, LinearRing, MultiPolygon, Polygon, box, mapping
from shapely.geometry.base import BaseGeometry
from shapely.ops import transform as _ops_transform
from shapely.ops import unary_union
from shapely.validation import make_valid

from . import logger
from .errors import AreaTooLargeError, ClearSkyError, InvalidGeometryError
from .i18n import noop_tr, tr

log = logger.getChild("aoi")

#: Debian 12 / Ubuntu 22.04 ship shapely 1.8 with their QGIS; everything here works with 1.8 and 2.x.
#: Detected by feature, not version: Debian sid's shapely reports its version as "0+unknown".
SHAPELY2 = hasattr(shapely, "set_precision") and hasattr(shapely, "transform")

GEOD = Geod(ellps="WGS84")
WGS84 = CRS.from_epsg(4326)

#: simplification may change the area by at most this much (per cent)
AREA_TOLERANCE_PCT = 0.5
#: above this many vertices the AOI is simplified (within the area tolerance)
MAX_VERTICES = 5000
#: a part smaller than this share of the whole (and under 0.01 km²) is a sliver
SLIVER_SHARE = 1e-4
SLIVER_MAX_KM2 = 0.01
#: for area computations, lon/lat edges are split into pieces of at most this many degrees
EDGE_STEP_DEG = 0.05
#: coordinates are rounded to this many degrees (~1 cm)
PRECISION_DEG = 1e-7

UTM_MODE_NOTE = noop_tr(
    "The area crosses UTM zones {zones}. With UtmDataSelectionMode 'combined_utm' (the default) ClearSKY fills "
    "the output from the neighbouring zone by reprojection; 'single_utm' keeps only pixels stored in the "
    "requested zone (the rest becomes nodata); 'single_utm_fully_covered' fails unless that zone covers the "
    "whole area."
)

CrsLike = Union[str, int, CRS, None]


@dataclass(frozen=True)
class PreparedAoi:
    """The AOI as it will be sent, and what preparing it did."""

    geometry: BaseGeometry
    area_km2: float
    input_area_km2: float
    vertices: int
    input_vertices: int
    utm_epsg: int
    utm_epsgs: tuple[int, ...]
    dropped_parts: int = 0
    notes: tuple[str, ...] = field(default=())
    name: str = ""

    @property
    def wkt(self) -> str:
        return _wkt.dumps(self.geometry, rounding_precision=7, trim=True)

    @property
    def geojson(self) -> dict[str, Any]:
        return dict(mapping(self.geometry))

    @property
    def area_change_pct(self) -> float:
        if not self.input_area_km2:
            return 0.0
        return 100.0 * (self.area_km2 - self.input_area_km2) / self.input_area_km2

    @property
    def crosses_utm(self) -> bool:
        return len(self.utm_epsgs) > 1

    @property
    def utm_note(self) -> str:
        if not self.crosses_utm:
            return ""
        return tr(UTM_MODE_NOTE).format(zones=" / ".join(utm_label(e) for e in self.utm_epsgs))

    def check_area(self, max_km2: Optional[float]) -> None:
        """Raise :class:`AreaTooLargeError` when above the account's limit."""
        if max_km2 and self.area_km2 > max_km2:
            raise AreaTooLargeError(
                tr(
                    "The area is {area_km2:,.1f} km², above this account's limit of {max_km2:,.0f} km² for one "
                    "composite."
                ).format(area_km2=self.area_km2, max_km2=max_km2),
                hint=tr("Draw a smaller area, split it, or use the tile download for large areas."),
            )

    def summary(self) -> str:
        text = tr("{area_km2:,.2f} km² · {value2} suggested").format(
            area_km2=self.area_km2, value2=utm_label(self.utm_epsg)
        )
        if self.crosses_utm:
            text += tr(" · ⚠ crosses ") + "/".join(utm_label(e).replace("UTM ", "") for e in self.utm_epsgs)
        return text


def utm_label(epsg: int) -> str:
    zone = epsg % 100
    return f"UTM {zone}{'N' if epsg // 100 == 326 else 'S'}"


def utm_epsg_for(lon: float, lat: float) -> int:
    zone = math.floor((lon + 180.0) / 6.0) % 60 + 1
    return (32600 if lat >= 0 else 32700) + zone


def bbox_area_km2(geom: BaseGeometry) -> float:
    """Geodesic area of the geometry's lon/lat bounding box (download size estimates)."""
    return geodesic_area_km2(geom.envelope) if not geom.is_empty else 0.0


def from_wkt(text: str) -> BaseGeometry:
    return _wkt.loads(text)


def geodesic_area_km2(geom: BaseGeometry) -> float:
    """Area on the WGS84 ellipsoid of a lon/lat geometry whose edges are straight lines
    in lon/lat (as WKT is read by GIS and the API): long edges are densified first,
    so the result does not depend on how many vertices lie along an edge."""
    if geom.is_empty:
        return 0.0
    total = 0.0
    for poly in _polygons(geom):
        minx, miny, maxx, maxy = poly.bounds
        dense = max(maxx - minx, maxy - miny) > EDGE_STEP_DEG
        rings = [poly.exterior, *poly.interiors]
        areas = []
        for ring in rings:
            xy = np.asarray(ring.coords)[:, :2]
            if dense:
                xy = _densify_ring(xy, EDGE_STEP_DEG)
            areas.append(abs(GEOD.polygon_area_perimeter(xy[:, 0], xy[:, 1])[0]))
        # holes are subtracted whatever way their rings wind
        total += areas[0] - sum(areas[1:])
    return max(total, 0.0) / 1e6


def _polygons(geom: BaseGeometry) -> list[Polygon]:
    if isinstance(geom, Polygon):
        return [] if geom.is_empty else [geom]
    if isinstance(geom, (MultiPolygon, GeometryCollection)):
        out: list[Polygon] = []
        for g in geom.geoms:
            out.extend(_polygons(g))
        return out
    return []


def polygons(geom: BaseGeometry) -> list[Polygon]:
    """The polygons of a (multi)polygon or geometry collection, empty ones left out."""
    return _polygons(geom)


def as_geometry_collection_wkt(wkt: str) -> str:
    """A lon/lat (multi)polygon WKT as a GEOMETRYCOLLECTION of its polygons: what the vendor's
    examples send to ``tile/optimize`` and order endpoints (reference §2.7, §3.2)."""
    return GeometryCollection(polygons(from_wkt(wkt))).wkt


def _count_vertices(geom: BaseGeometry) -> int:
    return sum(len(p.exterior.coords) + sum(len(r.coords) for r in p.interiors) for p in _polygons(geom))


def _to_crs(crs: CrsLike) -> CRS:
    if crs is None or crs == "":
        raise InvalidGeometryError(tr("The area of interest has no coordinate reference system (unknown CRS)."))
    try:
        return crs if isinstance(crs, CRS) else CRS.from_user_input(crs)
    except CRSError:
        raise InvalidGeometryError(
            tr("The coordinate reference system '{crs}' is not known.").format(crs=crs)
        ) from None


def _polygonal(geom: BaseGeometry) -> BaseGeometry:
    polys = _polygons(geom)
    if not polys:
        return Polygon()
    return polys[0] if len(polys) == 1 else MultiPolygon(polys)


def _map_xy(geom: BaseGeometry, fn: Any) -> BaseGeometry:
    """Apply ``fn(x_array, y_array) -> (x, y)`` to every coordinate: in one array with
    shapely 2 (``shapely.ops.transform`` is deprecated there), ring by ring with 1.8."""
    if SHAPELY2:

        def on_array(coords: np.ndarray) -> np.ndarray:
            x, y = fn(coords[:, 0], coords[:, 1])
            return np.column_stack([x, y])

        return shapely.transform(geom, on_array)
    return _ops_transform(lambda x, y: fn(np.asarray(x), np.asarray(y)), geom)


def _transform(geom: BaseGeometry, transformer: Transformer) -> BaseGeometry:
    return _map_xy(geom, transformer.transform)


def _densify_ring(coords: np.ndarray, step: float) -> np.ndarray:
    seg = np.diff(coords, axis=0)
    pieces = np.maximum(1, np.ceil(np.hypot(seg[:, 0], seg[:, 1]) / step).astype(np.int64))
    if (pieces == 1).all():
        return coords
    idx = np.repeat(np.arange(len(seg)), pieces)
    k = np.arange(int(pieces.sum())) - np.repeat(np.cumsum(pieces) - pieces, pieces)
    points = coords[:-1][idx] + seg[idx] * (k / np.repeat(pieces, pieces))[:, None]
    return np.vstack([points, coords[-1:]])


def _densify(geom: BaseGeometry, step: float) -> BaseGeometry:
    """Extra vertices every ``step`` units along the edges (shapely 2's ``segmentize``)."""
    polys = []
    for p in _polygons(geom):
        shell = _densify_ring(np.asarray(p.exterior.coords)[:, :2], step)
        holes = [_densify_ring(np.asarray(r.coords)[:, :2], step) for r in p.interiors]
        polys.append(Polygon(shell, holes))
    return polys[0] if len(polys) == 1 else MultiPolygon(polys)


def _coords(geom: BaseGeometry) -> np.ndarray:
    rings: list[LinearRing] = []
    for p in _polygons(geom):
        rings.append(p.exterior)
        rings.extend(p.interiors)
    return np.vstack([np.asarray(r.coords)[:, :2] for r in rings]) if rings else np.zeros((0, 2))


def _repair(geom: BaseGeometry) -> BaseGeometry:
    """``make_valid`` with fallbacks: GEOS refuses some degenerate mixes (e.g. a
    zero-area part beside a real one) that part-by-part repair still handles."""
    try:
        return _polygonal(make_valid(geom))
    except Exception as exc:  # GEOSException (shapely 2) / TopologicalError / ValueError (1.8)
        log.debug("make_valid refused the whole geometry (%s); repairing part by part", exc)
    parts = []
    for p in _polygons(geom):
        try:
            parts.extend(_polygons(make_valid(p)))
        except Exception:
            try:
                parts.extend(_polygons(p.buffer(0)))
            except Exception as exc:  # a part GEOS cannot repair either way is left out, said in the log
                log.debug("A part of the area could not be repaired and is left out: %s", exc)
    parts = [p for p in parts if not p.is_empty and p.area > 0]
    if not parts:
        return Polygon()
    try:
        return _polygonal(unary_union(parts))
    except Exception:
        return _polygonal(MultiPolygon(parts).buffer(0))


def _round(geom: BaseGeometry, grid: float) -> BaseGeometry:
    """Snap coordinates to ``grid`` keeping the result valid."""
    if SHAPELY2:
        return shapely.set_precision(geom, grid)
    digits = max(0, round(-math.log10(grid)))
    rounded = _map_xy(geom, lambda x, y: (np.round(x, digits), np.round(y, digits)))
    return rounded if rounded.is_valid else make_valid(rounded)


def prepare_aoi(
    geom: Optional[BaseGeometry],
    crs: CrsLike = "EPSG:4326",
    **kwargs: Any,
) -> PreparedAoi:
    """Reproject, repair, drop slivers and simplify (within ``area_tolerance_pct``).

    Whatever the input, the result is a valid polygon or a :class:`ClearSkyError`."""
    try:
        return _prepare(geom, crs, **kwargs)
    except ClearSkyError:
        raise
    except Exception as exc:  # a GEOS/PROJ failure on a pathological input
        raise InvalidGeometryError(tr("The area of interest could not be processed ({exc}).").format(exc=exc)) from None


def _prepare(
    geom: Optional[BaseGeometry],
    crs: CrsLike = "EPSG:4326",
    *,
    name: str = "",
    area_tolerance_pct: float = AREA_TOLERANCE_PCT,
    max_vertices: int = MAX_VERTICES,
) -> PreparedAoi:
    if geom is None or geom.is_empty:
        raise InvalidGeometryError(tr("The area of interest is empty: draw an area or pick features with polygons."))
    source = _to_crs(crs)
    if not _polygons(geom):
        kind = geom.geom_type.replace("Multi", "").lower()
        raise InvalidGeometryError(
            tr("The area of interest must be a polygon; a {kind} has no area.").format(kind=kind),
            hint=tr("Use a polygon layer, or draw a rectangle or polygon."),
        )
    notes: list[str] = []
    input_vertices = _count_vertices(geom)
    fixed = geom if geom.is_valid else _repair(geom)
    if fixed is not geom:
        notes.append(tr("The geometry was invalid (e.g. self-intersecting) and was repaired."))
    fixed = _polygonal(fixed)
    if fixed.is_empty or fixed.area == 0:
        raise InvalidGeometryError(tr("The area of interest has no area (all its polygons are degenerate)."))

    if not source.equals(WGS84):
        if not source.is_geographic:
            # densify long edges so they follow the projection's curvature
            minx, miny, maxx, maxy = fixed.bounds
            step = max(maxx - minx, maxy - miny) / 64.0
            if step > 0 and input_vertices < 20000:
                fixed = _densify(fixed, step)
        try:
            transformer = Transformer.from_crs(source, WGS84, always_xy=True)
            out = _transform(fixed, transformer)
        except Exception as exc:
            raise InvalidGeometryError(
                tr("The area could not be converted to WGS 84: {exc}.").format(exc=exc)
            ) from None
        if not np.isfinite(_coords(out)).all():
            raise InvalidGeometryError(tr("The area lies outside the valid extent of its coordinate reference system."))
    else:
        out = fixed
    minx, miny, maxx, maxy = out.bounds
    if minx < -180.0001 or maxx > 180.0001 or miny < -90.0001 or maxy > 90.0001:
        raise InvalidGeometryError(
            tr("The area's coordinates are outside longitude -180..180 / latitude -90..90: is the layer's CRS right?")
        )
    if maxx - minx > 180:
        raise InvalidGeometryError(
            tr("The area spans more than 180° of longitude (it may cross the antimeridian)."),
            hint=tr("Split it into parts on either side of the 180° meridian."),
        )
    if not out.is_valid:
        out = _repair(out)
    input_area = geodesic_area_km2(out)

    parts = _polygons(out)
    dropped, dropped_area = 0, 0.0
    if len(parts) > 1:
        areas = [geodesic_area_km2(p) for p in parts]
        kept = [p for p, a in zip(parts, areas) if not _is_sliver(a, input_area)]
        dropped = len(parts) - len(kept)
        if dropped:
            dropped_area = sum(a for p, a in zip(parts, areas) if _is_sliver(a, input_area))
            out = kept[0] if len(kept) == 1 else MultiPolygon(kept)
            notes.append(
                tr("{dropped} sliver part{value2} dropped.").format(dropped=dropped, value2="s" if dropped > 1 else "")
            )

    # simplify first (fewer vertices for everything after), then snap to ~1 cm and drop the
    # collinear vertices that reprojected straight edges leave behind
    out = _simplify(out, input_area, 0.9 * area_tolerance_pct, max_vertices, notes)
    out = _round(out, PRECISION_DEG)
    out = _polygonal(out.simplify(PRECISION_DEG, preserve_topology=True))
    if not out.is_valid:  # parts simplified on their own can come to share an edge (found by the fuzz test)
        out = _repair(out)
    area = geodesic_area_km2(out)
    if out.is_empty or abs(area - input_area) > input_area * area_tolerance_pct / 100 + dropped_area:
        raise InvalidGeometryError(
            tr("The area of interest is degenerate: it is only centimetres wide, so it has practically no area.")
        )
    c = out.centroid
    utm = utm_epsg_for(c.x, c.y)
    epsgs = sorted({utm_epsg_for(x, y) for x in (minx, maxx) for y in (miny, maxy)} | _zones_between(minx, maxx, c.y))
    return PreparedAoi(
        geometry=out,
        area_km2=area,
        input_area_km2=input_area,
        vertices=_count_vertices(out),
        input_vertices=input_vertices,
        utm_epsg=utm,
        utm_epsgs=tuple(epsgs),
        dropped_parts=dropped,
        notes=tuple(notes),
        name=name,
    )


def _zones_between(minx: float, maxx: float, lat: float) -> set[int]:
    first, last = utm_epsg_for(minx, lat), utm_epsg_for(maxx, lat)
    base = 32600 if lat >= 0 else 32700
    return {base + z for z in range(first % 100, last % 100 + 1)}


def _is_sliver(area_km2: float, total_km2: float) -> bool:
    return area_km2 < SLIVER_MAX_KM2 and area_km2 < SLIVER_SHARE * total_km2


def _simplify(
    geom: BaseGeometry, area: float, tolerance_pct: float, max_vertices: int, notes: list[str]
) -> BaseGeometry:
    if _count_vertices(geom) <= max_vertices:
        return geom
    minx, miny, maxx, maxy = geom.bounds
    tol = max(maxx - minx, maxy - miny) / 1e5
    best = geom
    for _ in range(24):
        candidate = _polygonal(geom.simplify(tol, preserve_topology=False))  # Douglas-Peucker: fast
        if not candidate.is_valid:
            candidate = _polygonal(geom.simplify(tol, preserve_topology=True))
        if candidate.is_empty or not candidate.is_valid:
            break
        change = abs(geodesic_area_km2(candidate) - area) / area * 100 if area else 0
        if change > tolerance_pct:
            break
        best = candidate
        if _count_vertices(candidate) <= max_vertices:
            break
        tol *= 2
    if best is not geom:
        notes.append(
            tr(
                "Simplified from {value1:,} to {value2:,} vertices (area change {value3:+.3f} %, limit "
                "±{tolerance_pct} %)."
            ).format(
                value1=_count_vertices(geom),
                value2=_count_vertices(best),
                value3=100 * (geodesic_area_km2(best) - area) / area,
                tolerance_pct=tolerance_pct,
            )
        )
    return best


# -- QGIS adapters (lazy imports) ------------------------------------------------------------
def qgs_crs_to_pyproj(crs: Any) -> CRS:
    """A ``QgsCoordinateReferenceSystem`` as a pyproj CRS (typed error when invalid)."""
    if crs is None or not crs.isValid():
        raise InvalidGeometryError(tr("The layer or map has no valid coordinate reference system (unknown CRS)."))
    authid = crs.authid()
    try:
        return CRS.from_user_input(authid) if authid else CRS.from_wkt(crs.toWkt())
    except CRSError:
        raise InvalidGeometryError(
            tr("The coordinate reference system '{value1}' is not known.").format(value1=authid or crs.description())
        ) from None


def from_qgs_geometry(geometry: Any, crs: Any, name: str = "", **kwargs: Any) -> PreparedAoi:
    """``QgsGeometry`` (+ its ``QgsCoordinateReferenceSystem``) -> :class:`PreparedAoi`."""
    if geometry is None or geometry.isNull() or geometry.isEmpty():
        raise InvalidGeometryError(tr("The area of interest is empty: draw an area or pick features with polygons."))
    geom = _wkb.loads(bytes(geometry.asWkb()))
    return prepare_aoi(geom, qgs_crs_to_pyproj(crs), name=name, **kwargs)


def from_features(features: Any, crs: Any, name: str = "", **kwargs: Any) -> PreparedAoi:
    """The union of ``QgsFeature`` geometries (a layer's, or a Processing source's) in ``crs``."""
    geoms = []
    for f in features:
        if f.hasGeometry():
            g = _wkb.loads(bytes(f.geometry().asWkb()))
            if g is not None and not g.is_empty:
                geoms.append(g)
    if not geoms:
        raise InvalidGeometryError(
            tr("The chosen features of {name!r} have no geometry.").format(name=name)
            if name
            else tr("The chosen features have no geometry.")
        )
    polys = _polygonal(GeometryCollection(geoms))
    if polys.is_empty:
        kind = geoms[0].geom_type.replace("Multi", "").lower()
        raise InvalidGeometryError(
            tr("{value1} has {kind} geometries; the area of interest must be polygons.").format(
                value1=name or tr("The layer"), kind=kind
            ),
            hint=tr("Pick a polygon layer, or draw a rectangle or polygon."),
        )
    if not polys.is_valid:
        polys = _repair(polys)
    geom = unary_union(_polygons(polys)) if len(geoms) > 1 else polys
    return prepare_aoi(geom, qgs_crs_to_pyproj(crs), name=name, **kwargs)


def from_layer(layer: Any, selected_only: bool = False, **kwargs: Any) -> PreparedAoi:
    """The union of a vector layer's (selected) features."""
    from qgis.core import QgsVectorLayer, QgsWkbTypes

    if not isinstance(layer, QgsVectorLayer) or not layer.isValid():
        raise InvalidGeometryError(tr("Pick a valid polygon vector layer as the area of interest."))
    if layer.geometryType() != QgsWkbTypes.GeometryType.PolygonGeometry:
        kind = QgsWkbTypes.geometryDisplayString(layer.geometryType()).lower()
        raise InvalidGeometryError(
            tr("Layer '{value1}' has {kind} geometries; the area of interest must be polygons.").format(
                value1=layer.name(), kind=kind
            ),
            hint=tr("Pick a polygon layer, or draw a rectangle or polygon."),
        )
    if selected_only:
        feats = list(layer.getSelectedFeatures())
        if not feats:
            raise InvalidGeometryError(tr("No features are selected in layer '{value1}'.").format(value1=layer.name()))
        name = selection_name(layer, feats)
    else:
        feats = list(layer.getFeatures())
        if not feats:
            raise InvalidGeometryError(tr("Layer '{value1}' has no features.").format(value1=layer.name()))
        name = layer.name()
    return from_features(feats, layer.crs(), name=kwargs.pop("name", name), **kwargs)


def selection_name(layer: Any, feats: list) -> str:
    """``fields — Hansen's meadow``: the layer and which feature(s), by the layer's display
    expression (its label in the identify results) or the feature id."""
    from qgis.core import QgsExpression, QgsExpressionContext, QgsExpressionContextUtils

    expression = QgsExpression(layer.displayExpression() or "")
    context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(layer))

    def label(feature: Any) -> str:
        if expression.expression():
            context.setFeature(feature)
            value = expression.evaluate(context)
            if value not in (None, "") and not expression.hasEvalError():
                return str(value)
        return f"#{feature.id()}"

    feats = sorted(feats, key=lambda f: f.id())
    labels = [label(f) for f in feats[:3]]
    more = f" +{len(feats) - 3}" if len(feats) > 3 else ""
    return f"{layer.name()} — {', '.join(labels)}{more}"


def from_rectangle(rect: Any, crs: Any, name: str = "", **kwargs: Any) -> PreparedAoi:
    """A ``QgsRectangle`` (e.g. the canvas extent) in ``crs``."""
    if rect is None or rect.isEmpty():
        raise InvalidGeometryError(tr("The rectangle is empty."))
    geom = box(rect.xMinimum(), rect.yMinimum(), rect.xMaximum(), rect.yMaximum())
    return prepare_aoi(geom, qgs_crs_to_pyproj(crs), name=name, **kwargs)
