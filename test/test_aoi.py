"""AOI preparation with real QGIS layers and geometries."""

from __future__ import annotations

import pytest
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsDistanceArea,
    QgsGeometry,
    QgsProject,
    QgsRectangle,
    QgsVectorLayer,
)
from shapely.geometry import MultiPolygon, Point, Polygon, box

from clearsky_downloader.core import aoi
from clearsky_downloader.core.errors import AreaTooLargeError, InvalidGeometryError

from conftest import memory_layer


def qgis_geodesic_km2(layer: QgsVectorLayer, feats) -> float:
    da = QgsDistanceArea()
    da.setSourceCrs(layer.crs(), QgsProject.instance().transformContext())
    da.setEllipsoid("WGS84")
    return sum(da.measureArea(f.geometry()) for f in feats) / 1e6


def test_selected_features_in_3857_become_a_4326_payload_with_the_same_area():
    layer = memory_layer(
        "Polygon",
        "EPSG:3857",
        [
            "POLYGON((1100000 7600000,1108000 7600000,1108000 7606000,1100000 7606000,1100000 7600000))",
            "POLYGON((1112000 7601000,1118000 7603000,1115000 7609000,1110000 7606000,1112000 7601000))",
            "POLYGON((1200000 7700000,1201000 7700000,1201000 7701000,1200000 7700000))",
        ],
    )
    layer.selectByIds([1, 2])
    prepared = aoi.from_layer(layer, selected_only=True)
    expected = qgis_geodesic_km2(layer, layer.getSelectedFeatures())
    assert prepared.area_km2 == pytest.approx(expected, rel=0.005)
    geom = aoi.from_wkt(prepared.wkt)
    assert geom.geom_type == "MultiPolygon" and len(geom.geoms) == 2
    minx, miny, maxx, maxy = geom.bounds
    assert 9.8 < minx < maxx < 10.1 and 56.0 < miny < maxy < 56.5  # lon/lat, not metres
    assert prepared.utm_epsg == 32632 and not prepared.crosses_utm
    assert prepared.name == "fields — #1, #2"  # the layer and which features (no label field: their ids)


def test_aoi_across_utm_32_and_33_is_flagged():
    prepared = aoi.prepare_aoi(box(11.6, 55.0, 12.4, 55.4))
    assert prepared.utm_epsgs == (32632, 32633) and prepared.crosses_utm
    assert "combined_utm" in prepared.utm_note and "UTM 32N / UTM 33N" in prepared.utm_note
    assert "crosses" in prepared.summary()


def test_bow_tie_is_repaired():
    bow = QgsGeometry.fromWkt("POLYGON((10 56,10.1 56.1,10.1 56,10 56.1,10 56))")
    assert not bow.isGeosValid()
    prepared = aoi.from_qgs_geometry(bow, QgsCoordinateReferenceSystem("EPSG:4326"))
    assert aoi.from_wkt(prepared.wkt).is_valid and prepared.area_km2 > 1
    assert any("repaired" in n for n in prepared.notes)


def test_holes_and_multipart_are_kept_and_slivers_dropped():
    outer = Polygon([(10, 56), (10.2, 56), (10.2, 56.2), (10, 56.2)], [[(10.05, 56.05), (10.1, 56.05), (10.1, 56.1)]])
    sliver = box(10.3, 56, 10.3 + 1e-6, 56 + 1e-6)
    second = box(10.4, 56, 10.5, 56.1)
    prepared = aoi.prepare_aoi(MultiPolygon([outer, sliver, second]))
    geom = prepared.geometry
    assert len(geom.geoms) == 2 and len(geom.geoms[0].interiors) == 1
    assert prepared.dropped_parts == 1


def test_large_polygon_is_simplified_within_the_tolerance():
    import numpy as np

    t = np.linspace(0, 2 * np.pi, 50000, endpoint=False)
    ring = np.column_stack([1.1e6 + 20000 * np.cos(t) * (1 + 0.05 * np.sin(50 * t)), 7.6e6 + 20000 * np.sin(t)])
    prepared = aoi.prepare_aoi(Polygon(ring), "EPSG:3857")
    assert prepared.vertices <= aoi.MAX_VERTICES
    assert abs(prepared.area_change_pct) <= aoi.AREA_TOLERANCE_PCT
    assert any("Simplified" in n for n in prepared.notes)


def test_line_layer_is_refused_with_a_clear_message():
    layer = memory_layer("LineString", "EPSG:4326", ["LINESTRING(10 56,10.1 56.1)"], name="roads")
    with pytest.raises(InvalidGeometryError) as info:
        aoi.from_layer(layer)
    assert "roads" in str(info.value) and "polygons" in str(info.value)


@pytest.mark.parametrize(
    "geom, crs, words",
    [
        (None, "EPSG:4326", "empty"),
        (Polygon(), "EPSG:4326", "empty"),
        (Point(10, 56), "EPSG:4326", "polygon"),
        (box(10, 56, 10.1, 56.1), None, "unknown CRS"),
        (box(10, 56, 10.1, 56.1), "EPSG:999999", "not known"),
        (box(500000, 6200000, 510000, 6210000), "EPSG:4326", "outside longitude"),
        (Polygon([(0, 0), (1, 1), (2, 2), (0, 0)]), "EPSG:4326", "no area"),
    ],
)
def test_bad_input_gives_typed_errors(geom, crs, words):
    with pytest.raises(InvalidGeometryError, match=words):
        aoi.prepare_aoi(geom, crs)


def test_canvas_extent_and_unknown_layer_crs():
    prepared = aoi.from_rectangle(
        QgsRectangle(1100000, 7600000, 1110000, 7610000), QgsCoordinateReferenceSystem("EPSG:3857")
    )
    assert 30 < prepared.area_km2 < 40
    with pytest.raises(InvalidGeometryError, match="unknown CRS"):
        aoi.from_rectangle(QgsRectangle(0, 0, 1, 1), QgsCoordinateReferenceSystem())


def test_area_is_checked_against_the_account_limit():
    prepared = aoi.prepare_aoi(box(9, 55, 11, 57))
    with pytest.raises(AreaTooLargeError, match="2,500 km²"):
        prepared.check_area(2500)
    prepared.check_area(None)


def test_a_hole_wound_like_its_shell_is_still_subtracted():
    # found by the fuzzer: pyproj sums signed ring areas, so ring orientation matters
    wkt = "POLYGON((10 56,10.2 56,10.2 56.2,10 56.2,10 56),(10.05 56.05,10.1 56.05,10.1 56.1,10.05 56.05))"
    da = QgsDistanceArea()
    da.setEllipsoid("WGS84")
    da.setSourceCrs(QgsCoordinateReferenceSystem("EPSG:4326"), QgsProject.instance().transformContext())
    expected = da.measureArea(QgsGeometry.fromWkt(wkt)) / 1e6
    assert aoi.geodesic_area_km2(aoi.from_wkt(wkt)) == pytest.approx(expected, rel=0.002)
