"""``make live-check`` (run here against the emulator instead of the real API), the client's
free-only mode, and the diagnostics report."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from clearsky_downloader.core import diagnostics, errors
from clearsky_downloader.core.api import ClearSkyClient
from clearsky_downloader.core.models import CompositeRequest

from conftest import AOI_WKT, FAST_RETRY, ROOT, approve


def live_check(emulator) -> subprocess.CompletedProcess:
    env = {
        **os.environ,
        "CLEARSKY_API_URL": emulator.url,
        "CLEARSKY_API_KEY": emulator.api_key,
        "QT_QPA_PLATFORM": "offscreen",
    }
    return subprocess.run(
        [sys.executable, "-P", str(ROOT / "scripts" / "live_check.py")],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_live_check_against_an_unchanged_emulator_passes(emulator):
    proc = live_check(emulator)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "All answers match." in proc.stdout and proc.stdout.count("matches") == 8
    assert emulator.api_key not in proc.stdout + proc.stderr
    assert emulator.calls("/process/composite") == [] and emulator.delivered == []


def test_live_check_finds_a_changed_field_and_fails(emulator):
    emulator.estimate_override = {"AreaEstimateKm2": "12.5", "SurpriseField": 1}  # a string, and a new field
    proc = live_check(emulator)
    assert proc.returncode == 1, proc.stdout + proc.stderr
    line = next(x for x in proc.stdout.splitlines() if x.startswith("POST composite/estimate"))
    assert "differs" in line and "areaestimatekm2: str where the docs profile has number" in line
    assert "surprisefield not in the docs profile" in line
    assert "DIFFERENCES FOUND" in proc.stdout and emulator.api_key not in proc.stdout


def test_free_only_client_refuses_a_paid_request_before_any_byte_leaves(emulator, outdir):
    client = ClearSkyClient(emulator.url, emulator.api_key, retry=FAST_RETRY, free_only=True)
    request = CompositeRequest(date="2024-05-03", wkt=AOI_WKT, epsg=32632, bandnames="rgb")
    assert client.composite_estimate(request).credits > 0  # free calls work
    before = len(emulator.requests)
    with pytest.raises(errors.ApprovalError, match="free endpoints only"):
        client.composite(request, outdir, approval=approve(emulator, request))
    assert len(emulator.requests) == before, "not even the balance was read"
    assert list(outdir.iterdir()) == []


def test_the_diagnostics_report_carries_what_a_bug_report_needs_and_no_secret(emulator, outdir):
    from emulator import UploadSink

    sink = UploadSink()
    try:
        client = ClearSkyClient(emulator.url, emulator.api_key, retry=FAST_RETRY)
        request = CompositeRequest(
            date="2024-05-03", wkt=AOI_WKT, epsg=32632, bandnames="rgb", upload_url=sink.url("/b/o.tif?sig=SECRETSIG")
        )
        client.composite_estimate(request)
        client.composite(request, None, approval=approve(emulator, request))
        with pytest.raises(errors.InvalidRequestError) as exc:
            client.composite_estimate(request.with_changes(model="Cumulus9"))
        diagnostics.note_error(exc.value.user_message() + f" for {AOI_WKT}")
    finally:
        sink.close()
    text = diagnostics.report(client.base_url, emulator.api_key)
    for needed in ("ClearSKY plugin", "QGIS", "Qt", "GDAL", "PROJ", "shapely", "pyproj", "requests"):
        assert f"{needed}:" in text or f"{needed} " in text, needed
    assert f"API base URL: {emulator.url}" in text
    assert "POST /api/satelliteimages/process/composite/estimate → 200" in text
    assert "code 992" in text and "Unknown model" in text
    assert emulator.api_key not in text and "SECRETSIG" not in text and "sig=" not in text
    # (not "9.9" alone: PROJ 9.9.0 names its version so)
    assert "9.90" not in text and "56.3" not in text and "POLYGON" not in text, "no coordinates of the area"
    assert len([x for x in text.splitlines() if x.startswith("  20")]) <= 20


def test_live_check_runs_from_a_checkout_named_clearsky_downloader(emulator, tmp_path):
    """The README links a checkout named ``clearsky_downloader`` into QGIS's plugin folder: from
    such a clone ``make live-check`` (and the suite) found no ``clearsky_downloader`` module."""
    import shutil

    clone = tmp_path / "clearsky_downloader"
    shutil.copytree(  # the checkout's files (no git needed: the matrix chroots have none)
        ROOT,
        clone,
        symlinks=True,
        ignore=shutil.ignore_patterns(".git", ".venv*", "build", "dist", "__pycache__", ".*_cache"),
    )
    assert not (clone / "build").exists()
    env = {**os.environ, "CLEARSKY_API_URL": emulator.url, "CLEARSKY_API_KEY": emulator.api_key}
    proc = subprocess.run(
        [sys.executable, "-P", str(clone / "scripts" / "live_check.py")],
        env={**env, "QT_QPA_PLATFORM": "offscreen"},
        cwd=clone,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-2000:]
    assert "All answers match." in proc.stdout
