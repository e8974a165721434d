"""Bad AOIs, generated: either a valid API geometry whose area matches the input's, or a
typed error; never another exception, never a hang."""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from shapely.geometry import LineString, MultiPolygon, Point, Polygon, box

from clearsky_downloader.core import aoi
from clearsky_downloader.core.errors import ClearSkyError

FUZZ = settings(max_examples=150, deadline=5000, suppress_health_check=[HealthCheck.too_slow])

lon = st.floats(-179.0, 179.0, allow_nan=False)
lat = st.floats(-85.0, 85.0, allow_nan=False)
ring = st.lists(st.tuples(lon, lat), min_size=3, max_size=12)


def check(geom, crs="EPSG:4326"):
    """The contract: a valid polygonal result with the input's area, or a ClearSkyError."""
    try:
        prepared = aoi.prepare_aoi(geom, crs)
    except ClearSkyError as exc:
        assert str(exc) and exc.hint is not None
        return None
    out = aoi.from_wkt(prepared.wkt)
    assert out.is_valid and not out.is_empty and out.geom_type in ("Polygon", "MultiPolygon")
    assert prepared.area_km2 > 0 and math.isfinite(prepared.area_km2)
    if crs == "EPSG:4326":
        reference = aoi.geodesic_area_km2(aoi._repair(geom))
        dropped = aoi.SLIVER_MAX_KM2 * max(1, len(aoi._polygons(geom)))
        assert abs(prepared.area_km2 - reference) <= reference * 0.005 + dropped + 1e-6
    assert 32601 <= prepared.utm_epsg <= 32760
    return prepared


@FUZZ
@given(ring)
def test_random_rings_self_intersecting_or_degenerate(points):
    check(Polygon(points))


@FUZZ
@given(st.lists(ring, min_size=1, max_size=6))
def test_random_multipolygons(rings):
    check(MultiPolygon([Polygon(r) for r in rings]))


@FUZZ
@given(lon, lat, st.floats(1e-9, 40.0), st.floats(1e-9, 40.0))
def test_boxes_from_tiny_to_enormous(x, y, w, h):
    check(box(x, y, min(x + w, 180), min(y + h, 89.9)))


@FUZZ
@given(st.floats(-20026376, 20026376), st.floats(-20000000, 20000000), st.floats(1, 5e6))
def test_web_mercator_boxes(x, y, size):
    check(box(x, y, x + size, y + size), "EPSG:3857")


@pytest.mark.parametrize(
    "geom, crs",
    [
        (Polygon(), "EPSG:4326"),
        (Point(1, 2), "EPSG:4326"),
        (LineString([(0, 0), (1, 1)]), "EPSG:4326"),
        (box(179.5, 10, 180.5, 11), "EPSG:4326"),  # beyond the antimeridian
        (Polygon([(179.5, 10), (-179.5, 10), (-179.5, 11), (179.5, 11)]), "EPSG:4326"),  # wraps the long way
        (box(-10, 89.0, 10, 90.0), "EPSG:4326"),  # at the pole
        (box(-180, -90, 180, 90), "EPSG:4326"),  # the whole world
        (box(0, 0, 1, 1), None),
        (box(0, 0, 1, 1), "EPSG:0"),
        (box(0, 0, 1, 1), "not a crs"),
        (box(1e7, 1e7, 2e7, 2e7), "EPSG:32632"),  # outside the zone's valid area
        # found on GEOS 3.13 / shapely 2.1 (QGIS 3.40 on trixie): set_precision and make_valid raised
        (MultiPolygon([Polygon([(0, 0), (0, 1), (1, 1)]), Polygon([(1, -1.4e-45), (0, 1), (1, 0)])]), "EPSG:4326"),
        (MultiPolygon([Polygon([(0, 0), (0, 0), (0, 0)]), Polygon([(0, 1), (0, 2), (1, 0)])]), "EPSG:4326"),
    ],
)
def test_named_bad_inputs(geom, crs):
    check(geom, crs)


def test_thousands_of_parts():
    parts = [
        box(10 + (i % 60) * 0.01, 50 + (i // 60) * 0.01, 10 + (i % 60) * 0.01 + 0.005, 50 + (i // 60) * 0.01 + 0.005)
        for i in range(3000)
    ]
    prepared = check(MultiPolygon(parts))
    assert prepared is not None and len(prepared.geometry.geoms) == 3000


def test_a_million_vertices():
    t = np.linspace(0, 2 * np.pi, 1_000_000, endpoint=False)
    ring_xy = np.column_stack([10 + 0.2 * np.cos(t) * (1 + 0.05 * np.sin(300 * t)), 50 + 0.2 * np.sin(t)])
    prepared = check(Polygon(ring_xy))
    assert prepared is not None and prepared.vertices <= aoi.MAX_VERTICES
