"""Processing algorithms through processing.run and through the real qgis_process binary."""

from __future__ import annotations

import json
import os
import subprocess

import pytest
from osgeo import gdal, ogr, osr
from qgis.core import QgsApplication, QgsProcessingException

from clearsky_downloader.core.attribution import TAG_ATTRIBUTION
from clearsky_downloader.processing.provider import ClearSkyProvider

from conftest import PLUGIN_PARENT, ROOT, memory_layer

P = "/api/satelliteimages/process/composite"
WKT_A = "POLYGON((9.90 56.30,9.95 56.30,9.95 56.33,9.90 56.33,9.90 56.30))"
WKT_B = "POLYGON((10.10 56.10,10.14 56.10,10.14 56.13,10.10 56.13,10.10 56.10))"


_KEEP: list = []


@pytest.fixture
def alg_env(qgis_processing, emulator, monkeypatch):
    monkeypatch.setenv("CLEARSKY_API_URL", emulator.url)
    monkeypatch.setenv("CLEARSKY_API_KEY", emulator.api_key)
    registry = QgsApplication.processingRegistry()
    provider = registry.providerById("clearsky")
    if provider is None:
        provider = ClearSkyProvider()
        registry.addProvider(provider)
        _KEEP.append(provider)  # a Python provider must outlive its registration
    yield emulator


def layer(*wkts, kind="Polygon"):
    return memory_layer(kind, "EPSG:4326", list(wkts))


def run(alg, **params):
    import processing

    return processing.run(f"clearsky:{alg}", params)


def test_provider_lists_the_algorithms(alg_env):
    ids = {a.id() for a in QgsApplication.processingRegistry().providerById("clearsky").algorithms()}
    assert ids == {
        "clearsky:availability",
        "clearsky:availabledates",
        "clearsky:estimate",
        "clearsky:downloadcomposite",
        "clearsky:searchtiles",
        "clearsky:proposecells",
        "clearsky:downloadtiles",
        "clearsky:estimateorder",
        "clearsky:placeorder",
        "clearsky:newdates",
    }
    alg = QgsApplication.processingRegistry().algorithmById("clearsky:downloadcomposite")
    assert "MAX_CREDITS" in alg.shortHelpString() and alg.parameterDefinition("MODEL").defaultValue() == "Stratus2"


def test_availability_dates_and_estimate(alg_env):
    aoi = layer(WKT_A)
    res = run("availability", AOI=aoi, DATE="2024-05-03")
    assert res["READY"] is True and res["STATE"] == "full"
    res = run("availability", AOI=aoi, DATE="2024-05-05")
    assert res["READY"] is False and "No imagery" in res["SUMMARY"]

    res = run("availabledates", AOI=aoi, FROM="2024-05-01", UNTIL="2024-05-31", OUTPUT="memory:")
    expected = [d.isoformat() for d in alg_env.dates if "2024-05-01" <= d.isoformat() <= "2024-05-31"]
    assert res["COUNT"] == len(expected)
    assert [f["date"] for f in res["OUTPUT"].getFeatures()] == expected

    res = run("estimate", AOI=aoi, DATE="2024-05-03", BANDS="B4,B3,B2", RESOLUTION=20)
    sent = alg_env.calls(P + "/estimate")[-1].json
    assert sent["Resolution"] == 20 and sent["EpsgProjection"] == 32632
    assert sent["SatelliteConstellations"] == ["Sentinel1", "Sentinel2", "Landsat89"]
    assert res["CREDITS"] == pytest.approx(alg_env.cost(res["AREA_KM2"], 20), rel=1e-3)
    assert res["BALANCE"] == 10000 and res["READY"] is True
    assert alg_env.calls(P) == []


def test_available_dates_written_to_csv_are_iso_dates(alg_env, tmp_path):
    out = tmp_path / "dates.csv"
    run("availabledates", AOI=layer(WKT_A), FROM="2024-05-01", UNTIL="2024-05-10", OUTPUT=str(out))
    lines = out.read_text().splitlines()
    assert lines[0].split(",")[0].strip('"') == "date"
    expected = [d.isoformat() for d in alg_env.dates if "2024-05-01" <= d.isoformat() <= "2024-05-10"]
    assert [x.split(",")[0].strip('"') for x in lines[1:]] == expected


def test_processing_options_and_resolution_range(alg_env):
    """Reference §2.4/§2.5: EXACT_PIXELS and the Nimbus options reach the payload; a resolution
    outside 10–1280 m is refused with the range, before any request."""
    aoi = layer(WKT_A)
    alg_env.max_bands = 13
    run("estimate", AOI=aoi, DATE="2024-05-03", MODEL="Nimbus", EXACT_PIXELS=True, LEVEL=2, HARMONIZE=2)
    sent = alg_env.calls(P + "/estimate")[-1].json
    assert sent["UtmGridForcePixelResolutionSize"] is True and sent["Level"] == 1 and sent["Harmonize"] is False
    assert "ClipReflectance" not in sent and sent["SatelliteConstellations"] == ["Sentinel2"]
    before = len(alg_env.requests)
    with pytest.raises(QgsProcessingException, match="from 10 to 1280"):
        run("estimate", AOI=aoi, DATE="2024-05-03", RESOLUTION=5)
    with pytest.raises(QgsProcessingException, match="Nimbus options"):
        run("estimate", AOI=aoi, DATE="2024-05-03", LEVEL=1)
    assert not [r for r in alg_env.requests[before:] if "/process/" in r.path]


def test_download_composite_writes_the_output_with_attribution(alg_env, tmp_path):
    out = tmp_path / "composite.tif"
    res = run(
        "downloadcomposite", AOI=layer(WKT_A), DATE="2024-05-03", BANDS="B4,B3,B2", CRS="EPSG:32632", OUTPUT=str(out)
    )
    assert res["OUTPUT"] == str(out) and out.exists()
    ds = gdal.Open(str(out))
    assert ds.RasterCount == 3 and "Copernicus" in ds.GetMetadata()[TAG_ATTRIBUTION]
    ds = None
    assert out.with_suffix(".qmd").exists()
    assert len(alg_env.delivered) == 1 and alg_env.credits == pytest.approx(10000 - res["CREDITS"])


def test_max_credits_below_the_estimate_sends_no_composite(alg_env, tmp_path):
    with pytest.raises(QgsProcessingException, match=r"above MAX_CREDITS=0\.5"):
        run("downloadcomposite", AOI=layer(WKT_A), DATE="2024-05-03", MAX_CREDITS=0.5, OUTPUT=str(tmp_path / "x.tif"))
    assert alg_env.calls(P) == [] and alg_env.delivered == []
    assert list(tmp_path.iterdir()) == []


def test_bad_inputs_give_clear_messages(alg_env, tmp_path):
    with pytest.raises(QgsProcessingException, match="YYYY-MM-DD"):
        run("estimate", AOI=layer(WKT_A), DATE="03/05/2024")
    with pytest.raises(QgsProcessingException, match=r"Unknown model .Cumulus.\. Available: Stratus2"):
        run("estimate", AOI=layer(WKT_A), DATE="2024-05-03", MODEL="Cumulus")


def test_batch_of_two_aois_and_dates_gives_two_files(alg_env, tmp_path):
    outs = []
    for i, (wkt, date) in enumerate(((WKT_A, "2024-05-03"), (WKT_B, "2024-05-04"))):
        out = tmp_path / f"batch_{i}.tif"
        run("downloadcomposite", AOI=layer(wkt), DATE=date, BANDS="rgb", OUTPUT=str(out))
        outs.append(out)
    assert all(o.exists() for o in outs) and outs[0].read_bytes() != outs[1].read_bytes()
    assert [d["payload"]["Date"] for d in alg_env.delivered] == ["2024-05-03", "2024-05-04"]


def write_gpkg(path, wkt):
    drv = ogr.GetDriverByName("GPKG")
    ds = drv.CreateDataSource(str(path))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4326)
    lyr = ds.CreateLayer("aoi", srs, ogr.wkbPolygon)
    feat = ogr.Feature(lyr.GetLayerDefn())
    feat.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
    lyr.CreateFeature(feat)
    ds = None


def qgis_process(args, env):
    return subprocess.run(["qgis_process.bin", *args], env=env, capture_output=True, text=True, timeout=180)


def qgis_process_env(emulator, tmp_path, **extra):
    """An AOI file and the environment of a headless qgis_process with the plugin enabled."""
    emulator.external_client = True  # approvals live in the qgis_process child: the test counts the charges
    aoi = tmp_path / "aoi.gpkg"
    write_gpkg(aoi, WKT_A)
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "QGIS_PLUGINPATH": str(PLUGIN_PARENT),
        "QGIS_CUSTOM_CONFIG_PATH": str(tmp_path / "qgis-config"),
        "CLEARSKY_API_URL": emulator.url,
        "CLEARSKY_API_KEY": emulator.api_key,
        **extra,
    }
    enable = qgis_process(["plugins", "enable", "clearsky_downloader"], env)
    assert enable.returncode == 0, enable.stderr
    return aoi, env


def test_qgis_process_upload_url_keeps_returned_bytes_and_no_signature(emulator, tmp_path):
    """design.md §1.2: a server that returns the file instead of uploading it has been paid: the
    bytes land in OUTPUT; env:NAME keeps the signature out of QGIS's Processing log and history."""
    emulator.upload_mode = "200_bytes"
    url = "https://bucket.example/put/out.tif?X-Amz-Signature=TOPSECRET"
    aoi, env = qgis_process_env(emulator, tmp_path, SIGNED_URL=url)
    out = tmp_path / "kept.tif"
    proc = qgis_process(
        ["run", "clearsky:downloadcomposite", "--", f"AOI={aoi}", "DATE=2024-05-03", "UPLOAD_URL=env:SIGNED_URL",
         f"OUTPUT={out}"],
        env,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-2000:]
    assert out.exists() and len(emulator.delivered) == 1
    ds = gdal.Open(str(out))  # the paid GeoTIFF (its tags then carry the attribution)
    assert ds.RasterCount == 10
    ds = None
    assert "instead of uploading" in proc.stdout + proc.stderr and str(out) in proc.stdout + proc.stderr
    assert emulator.calls(P)[0].json["UploadUrl"] == url, "the URL from the environment was sent"
    logged = [p for p in (tmp_path / "qgis-config").rglob("*") if p.is_file() and b"TOPSECRET" in p.read_bytes()]
    assert logged == [] and "TOPSECRET" not in proc.stdout + proc.stderr


def test_qgis_process_headless_download(emulator, tmp_path):
    aoi, env = qgis_process_env(emulator, tmp_path)
    out = tmp_path / "out.tif"
    proc = qgis_process(
        ["--json", "run", "clearsky:downloadcomposite", "--", f"AOI={aoi}", "DATE=2024-05-03", f"OUTPUT={out}"], env
    )
    assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-2000:]
    result = json.loads(proc.stdout[proc.stdout.index("{") :])
    assert result["results"]["OUTPUT"] == str(out) and result["results"]["CREDITS"] > 0
    ds = gdal.Open(str(out))
    tags = ds.GetMetadata()
    assert ds.RasterCount == 10 and "EPSG" in ds.GetProjection() and "32632" in ds.GetProjection()
    ds = None
    assert "Contains modified Copernicus Sentinel data 2024" in tags[TAG_ATTRIBUTION]
    assert "Landsat 8/9 data courtesy of the U.S. Geological Survey" in tags[TAG_ATTRIBUTION]
    assert emulator.api_key not in proc.stdout + proc.stderr
    assert len(emulator.delivered) == 1

    refused = qgis_process(
        [
            "run",
            "clearsky:downloadcomposite",
            "--",
            f"AOI={aoi}",
            "DATE=2024-05-03",
            "MAX_CREDITS=1",
            f"OUTPUT={tmp_path / 'no.tif'}",
        ],
        env,
    )
    assert refused.returncode != 0 and "MAX_CREDITS" in refused.stdout + refused.stderr
    assert len(emulator.delivered) == 1 and not (tmp_path / "no.tif").exists()

    # an order from a script: without CONFIRM nothing is ordered, and qgis_process says why
    unconfirmed = qgis_process(
        ["run", "clearsky:placeorder", "--", f"AOI={aoi}", "FROM_MONTH=2026-12", "MAX_COST=50"], env
    )
    assert unconfirmed.returncode != 0 and "CONFIRM is not set" in unconfirmed.stdout + unconfirmed.stderr
    placed = qgis_process(
        [
            "--json",
            "run",
            "clearsky:placeorder",
            "--",
            f"AOI={aoi}",
            "FROM_MONTH=2026-12",
            "MAX_COST=50",
            "CONFIRM=true",
        ],
        env,
    )
    assert placed.returncode == 0, placed.stdout[-2000:] + placed.stderr[-2000:]
    order = json.loads(placed.stdout[placed.stdout.index("{") :])["results"]
    assert [p["guid"] for p in emulator.placed] == [order["ORDER_GUID"]]


def test_search_and_download_selected_tiles(alg_env, tmp_path, qgis_new_project):
    from qgis.core import QgsProcessingFeatureSourceDefinition, QgsProject

    across = "POLYGON((11.95 55.0,12.05 55.0,12.05 55.18,11.95 55.18,11.95 55.0))"
    res = run("searchtiles", AOI=layer(across), OUTPUT="memory:cells")
    cells = res["OUTPUT"]
    assert res["COUNT"] == 12 and cells.fields().names() == ["guid", "minitile", "epsg", "status"]
    QgsProject.instance().addMapLayer(cells)
    cells.selectByIds([*[f.id() for f in cells.getFeatures() if f["epsg"] == 32633][:3], 1])
    out = tmp_path / "tiles"
    selected = {
        "TILES": QgsProcessingFeatureSourceDefinition(cells.id(), selectedFeaturesOnly=True),
        "DATE": "2024-05-03",
        "BANDS": "B8",
        "RESOLUTION": 80,
        "OUTPUT_FOLDER": str(out),
    }
    res = run("downloadtiles", **selected)
    assert res["DOWNLOADED"] == 4 and res["FAILED"] == 0 and len(res["VRTS"]) == 2
    assert all(os.path.exists(v) for v in res["VRTS"])
    again = run("downloadtiles", **selected)
    assert again["DOWNLOADED"] == 0 and again["SKIPPED"] == 4
    mini = run("searchtiles", AOI=layer(WKT_A), MINITILES=True, OUTPUT="memory:")
    assert mini["COUNT"] > 0 and all(f["minitile"] for f in mini["OUTPUT"].getFeatures())


def test_the_same_product_opens_the_same_way_from_every_path(alg_env, tmp_path, qgis_new_project, monkeypatch):
    """Dock download, History, Browser and Processing all go through ``core.layers``: the same
    style, metadata, temporal range and group."""
    import qgis.utils
    from qgis.core import QgsLayerTreeModel, QgsProcessingContext, QgsProcessingFeedback, QgsProject
    from qgis.gui import QgsLayerTreeView

    # QGIS 3.44's runAndLoadResults hands iface.layerTreeView() to C++: the test iface gets a real one
    view = QgsLayerTreeView()
    view.setModel(QgsLayerTreeModel(QgsProject.instance().layerTreeRoot()))
    if qgis.utils.iface is not None:
        monkeypatch.setattr(qgis.utils.iface, "layerTreeView", lambda: view)

    import processing
    from clearsky_downloader.core.history import History
    from clearsky_downloader.core.layers import GROUP, add_download_layer, open_history_entry
    from clearsky_downloader.ui.browser import DownloadItem

    out = tmp_path / "composite.tif"
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    processing.runAndLoadResults(
        "clearsky:downloadcomposite",
        {"AOI": layer(WKT_A), "DATE": "2024-05-03", "BANDS": "B4,B3,B2", "CRS": "EPSG:32632", "OUTPUT": str(out)},
        feedback=QgsProcessingFeedback(),
        context=context,
    )
    from_processing = [lyr for lyr in QgsProject.instance().mapLayers().values() if lyr.source() == str(out)]
    assert len(from_processing) == 1
    history = History(os.environ["CLEARSKY_HISTORY"])
    entry = history.entries()[0]
    from_history = open_history_entry(entry)
    DownloadItem(None, entry).handleDoubleClick()
    from_browser = next(
        lyr
        for lyr in QgsProject.instance().mapLayers().values()
        if lyr.source() == str(out) and lyr not in (from_processing[0], from_history)
    )
    from types import SimpleNamespace

    from clearsky_downloader.core.models import CompositeRequest

    outcome = SimpleNamespace(
        path=out,
        request=CompositeRequest.from_payload(entry.payload),
        notices=entry.attribution.split("; "),
        credits=entry.credits,
        area_km2=entry.area_km2,
    )
    from_dock = add_download_layer(outcome)
    root = QgsProject.instance().layerTreeRoot()

    def looks(lyr):
        r = lyr.renderer()
        t = lyr.temporalProperties().fixedTemporalRange()
        return (
            r.type(),
            r.redBand(),
            r.greenBand(),
            r.blueBand(),
            round(r.redContrastEnhancement().maximumValue(), 6),
            t.begin().toString("yyyy-MM-dd hh:mm"),
            t.end().toString("yyyy-MM-dd hh:mm"),
            lyr.temporalProperties().isActive(),
            root.findLayer(lyr.id()).parent().name(),
            "Copernicus" in lyr.metadata().rights()[0] if lyr.metadata().rights() else False,
        )

    expected = looks(from_dock)
    assert expected[0] == "multibandcolor"
    assert expected[5:] == ("2024-05-03 00:00", "2024-05-03 23:59", True, GROUP, True)
    assert looks(from_processing[0]) == looks(from_history) == looks(from_browser) == expected


def test_a_temporary_output_lands_in_the_clearsky_folder_not_in_the_system_temp(alg_env, tmp_path):
    """Processing's default output is a temporary file; a paid GeoTIFF belongs with the others."""
    from qgis.core import QgsProcessing

    from clearsky_downloader.core.settings import Settings

    settings = Settings.load()
    settings.output_folder = str(tmp_path / "ClearSKY")
    settings.save()
    res = run(
        "downloadcomposite", AOI=layer(WKT_A), DATE="2024-05-03", BANDS="rgb", OUTPUT=QgsProcessing.TEMPORARY_OUTPUT
    )
    assert os.path.dirname(res["OUTPUT"]) == str(tmp_path / "ClearSKY") and os.path.exists(res["OUTPUT"])


# -- orders (§2.8) ----------------------------------------------------------------------------
P_ORDERS = "/api/tasking/orders"


@pytest.fixture
def unordered(alg_env):
    alg_env.orders = []
    return alg_env


def test_estimateorder_gives_the_billed_area_and_costs_and_orders_nothing(unordered):
    strip = "POLYGON((9.80 56.30,9.82 56.30,10.02 56.50,10.00 56.50,9.80 56.30))"
    out = run("estimateorder", AOI=layer(strip), FROM_MONTH="2026-12", TO_MONTH="2027-01", IMAGE_FREQUENCY=2)
    assert out["BILLED_AREA_KM2"] > 5 * out["AREA_KM2"] > 0
    assert out["CURRENT_MONTH_COST"] > 0 and out["MONTHLY_COST"] > 0 and out["CURRENCY"] == "EUR"
    assert out["IMAGE_DATES"] == 31  # every other day of December and January
    body = unordered.calls(P_ORDERS + "/estimate")[0].json
    assert body["From"] == "2026-12-01" and body["To"] == "2027-01-31" and body["ImageFrequency"] == 2
    assert out["TOTAL_COST"] == pytest.approx(out["CURRENT_MONTH_COST"] + out["MONTHLY_COST"], abs=0.011)
    assert unordered.placed == []


def test_placeorder_without_confirm_or_above_max_cost_sends_nothing_paid(unordered):
    aoi_layer = layer(WKT_A)
    with pytest.raises(QgsProcessingException, match="CONFIRM is not set"):
        run("placeorder", AOI=aoi_layer, FROM_MONTH="2026-12", MAX_COST=1000)
    assert unordered.calls(P_ORDERS + "/estimate") == [], "without CONFIRM not even the estimate is asked"
    with pytest.raises(QgsProcessingException, match=r"above MAX_COST=0\.01\. Nothing was ordered"):
        run("placeorder", AOI=aoi_layer, FROM_MONTH="2026-12", MAX_COST=0.01, CONFIRM=True)
    assert [r.method for r in unordered.calls(P_ORDERS)] == [] and unordered.placed == []


def test_placeorder_with_confirm_places_one_order_within_max_cost(unordered):
    out = run("placeorder", AOI=layer(WKT_A), FROM_MONTH="2026-12", RECURRING=True, MAX_COST=1000, CONFIRM=True)
    assert len(unordered.placed) == 1 and out["ORDER_GUID"] == unordered.placed[0]["guid"]
    assert out["STATUS"] == "Working" and unordered.placed[0]["body"]["To"] is None and out["TOTAL_COST"] is None
    assert unordered.placed[0]["cost"] == pytest.approx(out["CURRENT_MONTH_COST"])


def test_estimateorder_of_grid_cells_sends_the_selected_ones(unordered, qgis_new_project):
    from qgis.core import QgsProcessingFeatureSourceDefinition, QgsProject

    cells = run("searchtiles", AOI=layer(WKT_A), OUTPUT="memory:cells")["OUTPUT"]
    QgsProject.instance().addMapLayer(cells)
    cells.selectByExpression('"minitile" = false')
    chosen = sorted(f["guid"] for f in cells.getSelectedFeatures())
    assert chosen
    source = QgsProcessingFeatureSourceDefinition(cells.id(), selectedFeaturesOnly=True)
    out = run("estimateorder", TILES=source, FROM_MONTH="2026-12")
    body = unordered.calls(P_ORDERS + "/estimate")[-1].json
    assert sorted(body["TileGuids"]) == chosen and "Wkt" not in body
    assert out["BILLED_AREA_KM2"] == pytest.approx(out["AREA_KM2"], rel=0.01)


@pytest.mark.parametrize(
    "override",
    [
        {"CurrentMonthCosts": {"TotalCost": None}},
        {"CurrentMonthCosts": {"TotalCost": float("nan")}},
        {"CurrentMonthCosts": {"TotalCost": "12.50"}},
        {"RecurringCostsEstimate": {"TotalCost": None}},
        {"CurrentMonthCosts": {"TotalCost": -1}},
    ],
    ids=["null", "nan", "string", "no-monthly", "negative"],
)
def test_placeorder_never_places_on_an_unknown_cost(unordered, override):
    """The reviewer's case: a null TotalCost read as 0.00 passed MAX_COST=0; a recurring order was
    placed and billed 16.02."""
    unordered.order_estimate_override = override
    with pytest.raises(QgsProcessingException, match="usable"):
        run("placeorder", AOI=layer(WKT_A), FROM_MONTH="2026-12", RECURRING=True, MAX_COST=1e9, CONFIRM=True)
    assert unordered.placed == [] and [r for r in unordered.calls(P_ORDERS) if r.method == "POST"] == []


def test_max_cost_bounds_every_month_of_a_recurring_order(unordered):
    est = run("estimateorder", AOI=layer(WKT_A), FROM_MONTH="2027-02", RECURRING=True, IMAGE_FREQUENCY=1)
    assert est["MONTHLY_COST"] > est["CURRENT_MONTH_COST"] > 0  # February has fewer image dates
    limit = (est["MONTHLY_COST"] + est["CURRENT_MONTH_COST"]) / 2  # this month passes, the next do not
    with pytest.raises(QgsProcessingException, match="Each following month"):
        run("placeorder", AOI=layer(WKT_A), FROM_MONTH="2027-02", RECURRING=True, MAX_COST=limit, CONFIRM=True)
    assert unordered.placed == []


def test_qgis_process_estimateorder_orders_the_period_the_user_said(emulator, tmp_path):
    """TO_MONTH left out or empty is the first month only, ending on its last day; RECURRING=true
    sends To: null.  Before, a left-out TO_MONTH stretched 2024-05 to this month."""
    aoi, env = qgis_process_env(emulator, tmp_path)
    for extra in ([], ["TO_MONTH="], ["RECURRING=true"]):
        proc = qgis_process(["run", "clearsky:estimateorder", "--", f"AOI={aoi}", "FROM_MONTH=2024-05", *extra], env)
        assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-2000:]
    bodies = [c.json for c in emulator.calls(P_ORDERS + "/estimate")]
    assert [(b["From"], b["To"]) for b in bodies] == [
        ("2024-05-01", "2024-05-31"),
        ("2024-05-01", "2024-05-31"),
        ("2024-05-01", None),
    ]
    assert emulator.placed == []


def test_qgis_process_proposecells_gives_a_layer_estimateorder_accepts(emulator, tmp_path):
    """§2.7 tile/optimize end to end, headless: the proposed cells (tiles and minitiles) as a GeoPackage
    layer, whose cells go unchanged into an order estimate."""
    aoi, env = qgis_process_env(emulator, tmp_path)
    cells = tmp_path / "cells.gpkg"
    proc = qgis_process(["--json", "run", "clearsky:proposecells", "--", f"AOI={aoi}", f"OUTPUT={cells}"], env)
    assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-2000:]
    assert json.loads(proc.stdout[proc.stdout.index("{") :])["results"]["COUNT"] > 0
    proposed = emulator.calls("/api/tasking/tile/optimize")[0].json["Wkt"]
    assert proposed.startswith("GEOMETRYCOLLECTION"), "sent as the vendor's example sends it"
    est = qgis_process(["run", "clearsky:estimateorder", "--", f"TILES={cells}", "FROM_MONTH=2026-12"], env)
    assert est.returncode == 0, est.stdout[-2000:] + est.stderr[-2000:]
    from osgeo import ogr

    ds = ogr.Open(str(cells))
    rows = [(f.GetField("guid"), bool(f.GetField("minitile"))) for f in ds.GetLayer(0)]
    ds = None
    body = emulator.calls(P_ORDERS + "/estimate")[-1].json
    assert "Wkt" not in body
    assert sorted(body.get("TileGuids", [])) == sorted(g for g, mini in rows if not mini)
    assert sorted(body.get("MiniTileGuids", [])) == sorted(g for g, mini in rows if mini)
    assert emulator.placed == []


@pytest.mark.gui
def test_the_processing_dialog_offers_a_date_picker_a_model_list_and_month_pickers(emulator, tmp_path):
    """#30: in QGIS's Processing dialog DATE is a date picker, MODEL a list of the models the API
    offers (still any text), and the order months are month pickers; the command line is unchanged."""
    from qgis_app.runner import run_qgis

    shots = tmp_path / "shots"
    shots.mkdir()
    env = {
        "CLEARSKY_API_URL": emulator.url,
        "CLEARSKY_API_KEY": emulator.api_key,
        "PROBE_OUT": str(tmp_path / "dialogs.json"),
        "PROBE_SHOTS": str(shots),
    }
    proc = run_qgis(ROOT / "test" / "qgis_app" / "processing_dialog_probe.py", PLUGIN_PARENT, env)
    out = tmp_path / "dialogs.json"
    assert out.exists(), f"QGIS did not run the probe: rc={proc.returncode}\n{proc.stderr[-3000:]}"
    result = json.loads(out.read_text())
    assert "error" not in result, result["error"]
    composite, order = result["downloadcomposite"], result["placeorder"]
    assert composite["models"] == ["Stratus2", "Stratus2Fast", "Stratus3", "Nimbus"], composite
    assert composite["model_editable"], "any model string is still accepted"
    assert len(composite["date_pickers"]) == 1, composite  # DATE
    assert order["date_pickers"].count("yyyy-MM") == 2, order
    assert (shots / "processing-downloadcomposite.png").stat().st_size > 10000


def test_qgis_process_runs_every_algorithm_with_the_readmes_arguments(emulator, tmp_path):
    """#30: native parameter types break no command line: the README's examples and a run of every
    other algorithm, headless, as a script would call them (downloadcomposite, placeorder and
    proposecells have tests of their own above)."""
    aoi, env = qgis_process_env(emulator, tmp_path)
    cells = tmp_path / "cells.gpkg"
    runs = [
        ["clearsky:availability", f"AOI={aoi}", "DATE=2024-05-03"],
        ["clearsky:availabledates", f"AOI={aoi}", "FROM=2024-05-01", "UNTIL=2024-05-10",
         f"OUTPUT={tmp_path / 'd.csv'}"],
        ["clearsky:estimate", f"AOI={aoi}", "DATE=2024-05-03", "BANDS=B4,B3,B2", "RESOLUTION=20"],
        ["clearsky:searchtiles", f"AOI={aoi}", f"OUTPUT={cells}"],
        ["clearsky:downloadtiles", f"TILES={cells}", "DATE=2024-05-03", "BANDS=B8", "RESOLUTION=80",
         f"OUTPUT_FOLDER={tmp_path / 'tiles'}"],
        ["clearsky:estimateorder", f"AOI={aoi}", "FROM_MONTH=2026-12", "TO_MONTH=2027-02", "IMAGE_FREQUENCY=3"],
    ]  # fmt: skip
    for alg, *args in runs:
        proc = qgis_process(["run", alg, "--", *args], env)
        assert proc.returncode == 0, (alg, proc.stdout[-1500:] + proc.stderr[-1500:])
    assert list((tmp_path / "tiles").glob("*.tif")), "the cells were downloaded"
    assert emulator.calls(P_ORDERS + "/estimate")[-1].json["To"] == "2027-02-28"
    assert emulator.placed == []
