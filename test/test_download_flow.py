"""AOI -> check task -> approved download task -> layer with attribution, in real QGIS."""

from __future__ import annotations

import json

import pytest
from osgeo import gdal
from qgis.core import QgsProject, QgsRasterLayer

from clearsky_downloader.core import aoi
from clearsky_downloader.core.api import ClearSkyClient
from clearsky_downloader.core.attribution import TAG_ATTRIBUTION
from clearsky_downloader.core.errors import CancelledError, PayloadChangedError
from clearsky_downloader.core.models import CompositeRequest
from clearsky_downloader.ui.downloads import DownloadManager

from conftest import AOI_WKT, FAST_RETRY, approve

P = "/api/satelliteimages/process/composite"


@pytest.fixture
def manager(emulator, qgis_new_project):
    client = ClearSkyClient(emulator.url, emulator.api_key, retry=FAST_RETRY, timeout=(5, 20))
    m = DownloadManager(lambda: client)
    yield m
    m.cancel_all()
    client.close()


def make_request(**kw):
    prepared = aoi.prepare_aoi(aoi.from_wkt(AOI_WKT), name="Aarhus fields")
    base = dict(date="2024-05-03", wkt=prepared.wkt, epsg=prepared.utm_epsg, bandnames="B4,B3,B2,B8")
    base.update(kw)
    return CompositeRequest(**base)


def run_check(qtbot, manager, request):
    with qtbot.waitSignal(manager.check_finished, timeout=20000) as sig:
        manager.check(request)
    return sig.args[0]


def wait_entry(qtbot, entry):
    qtbot.waitUntil(lambda: entry.state != "running", timeout=30000)
    return entry


def clearsky_layers():
    return [lyr for lyr in QgsProject.instance().mapLayers().values() if isinstance(lyr, QgsRasterLayer)]


def test_full_flow_identical_payloads_layer_and_attribution(qtbot, manager, emulator, outdir):
    request = make_request()
    check = run_check(qtbot, manager, request)
    assert check.availability.ready and check.fingerprint == request.fingerprint
    assert check.balance == 10000 and check.affordable
    assert "fully available" in check.summary() and "credits" in check.summary()
    assert emulator.calls(P) == [], "nothing is spent before approval"

    entry = wait_entry(
        qtbot, manager.download(check, outdir, approval=check.approve(), title="test", aoi_name="Aarhus fields")
    )
    assert entry.state == "done", entry.message
    bodies = [emulator.calls(p)[0].body for p in (P + "/available", P + "/estimate", P)]
    assert bodies[0] == bodies[1] == bodies[2] == request.body()
    assert len(emulator.delivered) == 1
    assert emulator.credits == pytest.approx(10000 - check.estimate.credits)

    layer = QgsProject.instance().mapLayer(entry.layer_id)
    assert layer.name() == "Stratus2 2024-05-03 Aarhus fields"
    assert layer.crs().authid() == "EPSG:32632"
    assert layer.rasterUnitsPerPixelX() == 10 and layer.bandCount() == 4
    assert layer.renderer().type() == "multibandcolor"
    group = QgsProject.instance().layerTreeRoot().findGroup("ClearSKY")
    assert group is not None and group.findLayer(layer.id()) is not None

    notices = [
        "Contains modified Copernicus Sentinel data 2024",
        "Landsat 8/9 data courtesy of the U.S. Geological Survey",
        "Cloud-free reconstruction by ClearSKY Vision (model Stratus2)",
    ]
    md = layer.metadata()
    assert md.rights() == notices
    assert any("Copernicus" in lic for lic in md.licenses())
    assert any(request.fingerprint[:16] in h for h in md.history())
    qmd = entry.path.with_suffix(".qmd")
    assert qmd.exists() and all(n in qmd.read_text() for n in notices)
    ds = gdal.Open(str(entry.path))
    tags = ds.GetMetadata()
    ds = None
    assert all(n in tags[TAG_ATTRIBUTION] for n in notices)
    assert json.loads(tags["CLEARSKY_REQUEST"]) == request.payload()
    assert tags["MODEL"] == "Stratus2", "the server's own tags are kept"
    side = entry.path.with_name(entry.path.name + ".attribution.txt")
    assert notices[0] in side.read_text()
    reopened = QgsRasterLayer(str(entry.path), "again", "gdal")
    reopened.loadDefaultMetadata()
    assert reopened.metadata().rights() == notices


def test_server_attribution_is_kept_verbatim(qtbot, manager, emulator, outdir):
    emulator.attribution = "both"
    check = run_check(qtbot, manager, make_request())
    entry = wait_entry(qtbot, manager.download(check, outdir, approval=check.approve()))
    rights = QgsProject.instance().mapLayer(entry.layer_id).metadata().rights()
    assert "ClearSKY Vision; contains modified Copernicus Sentinel data (emulator header)" in rights
    assert "Contains modified Copernicus Sentinel data 2024 (emulator tag)" in rights


def test_changed_payload_is_refused_without_spending(qtbot, manager, emulator, outdir):
    check = run_check(qtbot, manager, make_request())
    entry = wait_entry(
        qtbot, manager.download(check, outdir, approval=check.approve(), request=make_request(resolution=20))
    )
    assert entry.state == "failed" and "changed after its cost was approved" in entry.message
    assert emulator.calls(P) == [] and emulator.delivered == [] and list(outdir.iterdir()) == []


def test_cancel_half_way_leaves_no_file_and_no_layer(qtbot, manager, emulator, outdir):
    emulator.chunk_size = 16 * 1024
    emulator.chunk_delay = 0.02
    check = run_check(qtbot, manager, make_request(bandnames="all"))
    seen = []

    def on_change(e):
        seen.append(e.progress)
        if e.state == "running" and e.progress >= 50:
            manager.cancel(e)

    manager.entry_changed.connect(on_change)
    entry = wait_entry(qtbot, manager.download(check, outdir, approval=check.approve()))
    assert entry.state == "cancelled"
    assert 50 <= max(seen) < 100
    assert list(outdir.iterdir()) == [], "no file and no .part"
    assert clearsky_layers() == []


def test_upload_url_mode_transfers_no_image_bytes(qtbot, manager, emulator, outdir):
    from emulator import UploadSink

    sink = UploadSink()
    try:
        request = make_request(upload_url=sink.url("/bucket/scene.tif?sig=xyz"))
        check = run_check(qtbot, manager, request)
        entry = wait_entry(qtbot, manager.download(check, outdir, approval=check.approve()))
    finally:
        sink.close()
    assert entry.state == "done" and "upload URL" in entry.message
    assert len(sink.received) == 1 and sink.received[0][0] == "/bucket/scene.tif?sig=xyz"
    ds_bytes = sink.received[0][1]
    assert ds_bytes[:4] == b"II*\x00" and len(ds_bytes) == emulator.uploads[0]["size"]
    assert list(outdir.iterdir()) == [] and clearsky_layers() == []
    assert len(emulator.delivered) == 1


def test_credits_go_down_once_per_delivered_composite(qtbot, manager, emulator, outdir):
    spent = 0.0
    for date in ("2024-05-03", "2024-05-04"):
        check = run_check(qtbot, manager, make_request(date=date))
        entry = wait_entry(qtbot, manager.download(check, outdir, approval=check.approve()))
        assert entry.state == "done"
        spent += check.estimate.credits
    assert len(emulator.delivered) == 2 and len(emulator.calls(P)) == 2
    assert emulator.credits == pytest.approx(10000 - spent)
    assert len(clearsky_layers()) == 2


def test_cancel_before_the_request_spends_nothing(emulator, outdir):
    from clearsky_downloader.core.workflow import run_download

    client = ClearSkyClient(emulator.url, emulator.api_key, retry=FAST_RETRY)
    request = make_request()
    with pytest.raises(CancelledError):
        run_download(client, request, approve(emulator, request), outdir, is_canceled=lambda: True)
    with pytest.raises(PayloadChangedError):
        run_download(client, request, approve(emulator, make_request(resolution=20)), outdir)
    assert emulator.calls(P) == []


def test_gdal_and_ogr_error_modes_are_left_as_other_plugins_set_them(qtbot, emulator, outdir, tmp_path):
    """GDAL's exception mode is process-wide: the plugin switches it on only around its own calls."""
    from osgeo import gdal, ogr, osr

    from clearsky_downloader.core.history import History

    modules = (gdal, ogr, osr)
    before = [m.GetUseExceptions() for m in modules]
    for module in reversed(modules):  # the bindings keep their error handlers as a stack
        if module.GetUseExceptions():
            module.DontUseExceptions()
    try:
        client = ClearSkyClient(emulator.url, emulator.api_key, retry=FAST_RETRY, timeout=(5, 20))
        m = DownloadManager(lambda: client, history=History(tmp_path / "h.gpkg"))
        check = run_check(qtbot, m, make_request())
        entry = wait_entry(qtbot, m.download(check, outdir, approval=check.approve()))
        assert entry.state == "done" and len(m.history.entries()) == 1  # tags, sidecar and history written
        modes = [m.GetUseExceptions() for m in modules]
        client.close()
    finally:
        for module, was in zip(modules, before):
            if was:
                module.UseExceptions()
    assert modes == [0, 0, 0]


def test_a_large_product_gets_overviews_and_statistics_before_its_layer_is_styled(qtbot, manager, emulator, tmp_path):
    """Styling and the first zoomed-out redraw must not read the full resolution on QGIS's main
    thread: the download task builds overviews and a single band's statistics first."""
    import numpy as np
    from osgeo import gdal, osr

    from clearsky_downloader.core.compat import gdal_errors

    big = tmp_path / "big.tif"
    with gdal_errors():
        ds = gdal.GetDriverByName("GTiff").Create(str(big), 4096, 4096, 1, gdal.GDT_Int16, ["SPARSE_OK=TRUE"])
        srs = osr.SpatialReference()
        srs.ImportFromEPSG(32632)
        ds.SetProjection(srs.ExportToWkt())
        ds.SetGeoTransform([560000, 10, 0, 6250000, 0, -10])
        band = ds.GetRasterBand(1)
        band.SetDescription("B8")
        band.WriteArray(np.full((64, 4096), 1500, dtype="int16"), 0, 100)
        ds = None
    emulator.fixed_file = big
    check = run_check(qtbot, manager, make_request(bandnames="B8"))
    entry = wait_entry(qtbot, manager.download(check, tmp_path / "out", approval=check.approve()))
    assert entry.state == "done", entry.message
    path = entry.path
    assert path.with_name(path.name + ".ovr").exists(), "overviews built in the task"
    ds = gdal.Open(str(path))
    assert ds.GetRasterBand(1).GetOverviewCount() >= 4
    top = float(ds.GetRasterBand(1).GetMetadataItem("STATISTICS_MAXIMUM"))
    ds = None
    layer = QgsProject.instance().mapLayer(entry.layer_id)
    assert layer.renderer().contrastEnhancement().maximumValue() == pytest.approx(top)
