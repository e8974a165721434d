"""Grid (tile/minitile) retrieval: parallel, bounded, resumable, joined into VRTs per UTM zone."""

from __future__ import annotations

import pytest
from osgeo import gdal
from qgis.core import QgsProject, QgsRasterLayer

from clearsky_downloader.core import tiles
from clearsky_downloader.core.api import RetryPolicy
from clearsky_downloader.core.attribution import TAG_ATTRIBUTION
from clearsky_downloader.core.tasks import TileBatchTask

from conftest import approve

ACROSS_32_33 = "POLYGON((11.95 55.0,12.05 55.0,12.05 55.18,11.95 55.18,11.95 55.0))"
FAST_CELLS = RetryPolicy(attempts=3, base_delay=0.05, max_delay=0.2, total_time=10)
PARAMS = tiles.TileParams(date="2024-05-03", bandnames="B4,B3,B2", resolution=40)


def approved(emulator, refs, params=PARAMS):
    """What the user approves in the cost dialog for these cells (each paid once)."""
    return approve(emulator, *[params.request(r) for r in refs])


def extent(path):
    ds = gdal.Open(str(path))
    x0, px, _, y1, _, py = ds.GetGeoTransform()
    out = (x0, y1 + py * ds.RasterYSize, x0 + px * ds.RasterXSize, y1)
    ds = None
    return out


def test_twelve_cells_in_two_zones_give_two_vrts_covering_them_exactly(client, emulator, outdir):
    refs = tiles.search_cells(client, ACROSS_32_33)
    assert len(refs) == 12 and {r.epsg for r in refs} == {32632, 32633}
    result = tiles.download_cells(
        client, refs, PARAMS, outdir, approval=approved(emulator, refs), max_parallel=2, retry=FAST_CELLS
    )
    assert len(result.downloaded) == 12 and not result.failed
    vrts = tiles.build_vrts(result, outdir, "batch")
    assert set(vrts) == {32632, 32633}
    for epsg, vrt in vrts.items():
        bounds = [emulator.grid.get(r.guid).bounds for r in refs if r.epsg == epsg]
        expected = (
            min(b[0] for b in bounds),
            min(b[1] for b in bounds),
            max(b[2] for b in bounds),
            max(b[3] for b in bounds),
        )
        assert extent(vrt) == pytest.approx(expected, abs=1e-6)
        ds = gdal.Open(str(vrt))
        assert "Copernicus" in ds.GetMetadataItem("CLEARSKY_ATTRIBUTION")
        assert [ds.GetRasterBand(i).GetDescription() for i in (1, 2, 3)] == ["B4", "B3", "B2"]
        ds = None
    for cell in result.cells:  # the attribution on every cell
        ds = gdal.Open(str(cell.path))
        assert (
            "Landsat" in ds.GetMetadata()[TAG_ATTRIBUTION] and ds.GetMetadata()["CLEARSKY_TILE_GUID"] == cell.ref.guid
        )
        ds = None


def test_never_more_than_the_account_limit_at_once(client, emulator, outdir):
    emulator.max_concurrent = 3
    emulator.latency = 0.3
    refs = tiles.search_cells(client, ACROSS_32_33)
    workers = tiles.parallelism(client.account_info().max_concurrent, user_max=8)
    assert workers == 3 and tiles.parallelism(3, user_max=2) == 2
    tiles.download_cells(
        client, refs[:9], PARAMS, outdir, approval=approved(emulator, refs[:9]), max_parallel=workers, retry=FAST_CELLS
    )
    assert emulator.max_inflight["tile"] == 3


def test_an_interrupted_batch_resumes_with_only_the_missing_cells(client, emulator, outdir):
    refs = tiles.search_cells(client, ACROSS_32_33)
    seen = []
    first = tiles.download_cells(
        client,
        refs,
        PARAMS,
        outdir,
        approval=approved(emulator, refs),
        max_parallel=1,
        retry=FAST_CELLS,
        on_cell=seen.append,
        is_canceled=lambda: len(seen) >= 6,
    )
    assert len(first.downloaded) == 6 and len(first.failed) == 6
    assert not [p for p in outdir.iterdir() if p.name.endswith(".part")]
    calls_before = len(emulator.calls("/process/tile"))
    second = tiles.download_cells(
        client, refs, PARAMS, outdir, approval=approved(emulator, refs), max_parallel=2, retry=FAST_CELLS
    )
    assert len(second.resumed) == 6 and len(second.downloaded) == 6 and not second.failed
    fetched = [c.json["TileGuid"] for c in emulator.calls("/process/tile")[calls_before:]]
    assert sorted(fetched) == sorted(c.ref.guid for c in first.failed)
    assert "6 already complete from an earlier run" in second.summary()
    third = tiles.download_cells(client, refs, PARAMS, outdir, approval=approved(emulator, refs), retry=FAST_CELLS)
    assert len(third.resumed) == 12 and len(emulator.calls("/process/tile")) == calls_before + 6


def test_a_cell_failing_three_times_is_reported_by_guid(client, emulator, outdir):
    """One cell at a time, the balance shows that a 503 charged nothing: it is re-sent."""
    refs = tiles.search_cells(client, ACROSS_32_33)[:5]
    bad = refs[2].guid
    emulator.add_fault("status", path="/process/tile", times=3, status=503, guid=bad)
    result = tiles.download_cells(
        client, refs, PARAMS, outdir, approval=approved(emulator, refs), max_parallel=1, retry=FAST_CELLS
    )
    assert [c.ref.guid for c in result.failed] == [bad] and len(result.downloaded) == 4
    assert bad in result.summary() and "try again later" in result.failed[0].error.user_message()
    assert len([c for c in emulator.calls("/process/tile") if c.json["TileGuid"] == bad]) == 3


def test_in_a_parallel_batch_a_5xx_is_never_re_sent_and_may_have_charged(client, emulator, outdir):
    """Cells in parallel: another cell's charge hides in the balance, so a 503 cannot be proven
    free; the cell is not re-sent and the user is told it may have been charged."""
    emulator.latency = 0.2  # keep the cells overlapping
    client.account_info(refresh=True)  # MaxConcurrentConnections 2 (unknown: one at a time, §3.4)
    refs = tiles.search_cells(client, ACROSS_32_33)[:4]
    bad = refs[1].guid
    emulator.add_fault("status", path="/process/tile", times=3, status=503, guid=bad)
    result = tiles.download_cells(
        client, refs, PARAMS, outdir, approval=approved(emulator, refs), max_parallel=2, retry=FAST_CELLS
    )
    assert [c.ref.guid for c in result.failed] == [bad]
    assert len([c for c in emulator.calls("/process/tile") if c.json["TileGuid"] == bad]) == 1
    message = result.failed[0].error.user_message()
    assert "Other downloads were running" in message and "not sent again" in message
    assert "may have been charged (amount unknown)" in result.summary()


def test_batch_task_and_layers_in_a_group(qtbot, client, emulator, outdir, qgis_new_project):
    from clearsky_downloader.core.layers import add_batch_layers

    refs = tiles.search_cells(client, ACROSS_32_33)
    footprints = tiles.footprints_layer(refs)
    assert footprints.featureCount() == 12 and footprints.fields().names() == ["guid", "minitile", "epsg", "status"]
    footprints.selectByIds([1, 2, 3, 7, 8, 9])
    chosen = tiles.refs_from_features(footprints.getSelectedFeatures())
    task = TileBatchTask(
        client, chosen, PARAMS, outdir, approved(emulator, chosen), max_parallel=2, stem="sel", mosaic_crs="EPSG:32632"
    )
    with qtbot.waitSignal(task.succeeded, timeout=60000) as sig:
        from qgis.core import QgsApplication

        QgsApplication.taskManager().addTask(task)
    result = sig.args[0]
    assert len(result.downloaded) == 6 and result.mosaic is not None and result.mosaic.exists()
    layers = add_batch_layers(result, PARAMS, "selection")
    group = QgsProject.instance().layerTreeRoot().findGroup("ClearSKY tiles 2024-05-03 selection")
    assert group is not None and len(group.findLayers()) == len(layers) == len(result.vrts) + 1
    for layer in layers:
        assert isinstance(layer, QgsRasterLayer) and layer.isValid()
        assert any("Copernicus" in r for r in layer.metadata().rights())


@pytest.mark.parametrize("case", ["no-epsg", "tile-and-its-minitiles"])
def test_a_grid_estimate_is_never_below_the_charge(client, emulator, outdir, case):
    """design.md: cells of two zones without an ``epsg`` (a Processing TILES layer without the
    field) were estimated as one union (119.57 estimated, 200.00 charged), and so were a tile and
    its own minitiles (25.00 vs 49.96): MAX_CREDITS set to the estimate let both through."""
    from dataclasses import replace

    from clearsky_downloader.core.models import CompositeRequest
    from clearsky_downloader.core.workflow import run_tiles_check

    refs = tiles.search_cells(client, ACROSS_32_33)
    if case == "no-epsg":
        refs = [replace(r, epsg=0) for r in refs]
    else:
        parent = next(r for r in refs if not r.minitile)
        minis = [r for r in client.search_tiles(tile_guid_for_minitiles=parent.guid)][:4]
        refs = [parent, *minis]
    request = CompositeRequest(date="2024-05-03", wkt=ACROSS_32_33, epsg=32632, bandnames="B4,B3,B2", resolution=40)
    check = run_tiles_check(client, refs, request, PARAMS)
    result = tiles.download_cells(client, refs, PARAMS, outdir, approval=check.approve(), retry=FAST_CELLS)
    assert not result.failed
    charged = sum(d["credits"] for d in emulator.delivered)
    assert len(emulator.delivered) == len(refs) and charged <= check.estimate.credits + 0.01, (
        charged,
        check.estimate.credits,
    )
