"""Load: 50 composite downloads against an emulator that answers 20 % of requests with a
random transient fault.  Every file that exists is complete, every failure is reported."""

from __future__ import annotations

import datetime as dt

from osgeo import gdal

from clearsky_downloader.core.api import ClearSkyClient, RetryPolicy
from clearsky_downloader.core.models import CompositeRequest
from clearsky_downloader.ui.downloads import DownloadManager

from conftest import AOI_WKT

N = 50


def test_fifty_downloads_under_random_faults(qtbot, emulator, outdir, qgis_new_project):
    client = ClearSkyClient(
        emulator.url,
        emulator.api_key,
        retry=RetryPolicy(attempts=4, base_delay=0.02, max_delay=0.2, total_time=10),
        timeout=(3, 3),
    )
    manager = DownloadManager(lambda: client)
    dates = emulator.dates[:N]
    checks, check_errors = [], []
    manager.check_finished.connect(checks.append)
    manager.check_failed.connect(check_errors.append)
    for d in dates:  # the checks are free; run them without faults so all 50 downloads start
        manager.check(CompositeRequest(date=d, wkt=AOI_WKT, epsg=32632, bandnames="B4,B3,B2"))
    qtbot.waitUntil(lambda: len(checks) + len(check_errors) == N, timeout=60000)
    assert not check_errors

    emulator.set_chaos(0.2, seed=20261129)
    entries = [manager.download(c, outdir, approval=c.approve(), title=c.request.date.isoformat()) for c in checks]
    qtbot.waitUntil(lambda: all(e.state != "running" for e in entries), timeout=120000)

    done = [e for e in entries if e.state == "done"]
    failed = [e for e in entries if e.state == "failed"]
    assert len(done) + len(failed) == N and emulator.chaos_log, "faults were injected"
    print(f"load: {len(done)} done, {len(failed)} failed, {len(emulator.chaos_log)} faults injected")
    delivered = {d["sha256"] for d in emulator.delivered}
    for e in done:  # complete: the bytes are the emulator's, and GDAL reads every pixel
        assert e.sha256 in delivered and e.path.exists()
        ds = gdal.Open(str(e.path))
        assert ds.GetRasterBand(1).Checksum() >= 0 and ds.RasterCount == 3
        ds = None
    for e in failed:
        assert e.message and e.path is None
    files = sorted(p.name for p in outdir.iterdir() if p.suffix == ".tif")
    assert len(files) == len(done) and not [p for p in outdir.iterdir() if p.name.endswith(".part")]
    assert len(emulator.delivered) <= N, "no composite paid twice"
    per_date = [d["payload"]["Date"] for d in emulator.delivered]
    assert len(per_date) == len(set(per_date))
    assert dt.date.fromisoformat(per_date[0]) in dates
    manager.cancel_all()
    client.close()
