"""The download history across processes, after corruption and across a real QGIS restart."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap

import pytest

from clearsky_downloader.core.history import History

from conftest import AOI_WKT, PLUGIN_PARENT

WRITER = textwrap.dedent(
    """
    import sys, types
    sys.path.insert(0, sys.argv[1])
    from clearsky_downloader.core.history import History
    from clearsky_downloader.core.models import CompositeRequest
    history = History(sys.argv[2])
    for i in range(int(sys.argv[3])):
        request = CompositeRequest(date="2024-05-03", wkt=sys.argv[4], resolution=10 + i % 10)
        result = types.SimpleNamespace(sha256=f"{sys.argv[5]}-{i}", size=1, upload_url=None)
        outcome = types.SimpleNamespace(request=request, credits=1.0, area_km2=1.0, path=None, result=result,
                                        notices=["n"])
        history.record(outcome, area=f"writer {sys.argv[5]}")
    """
)


def test_three_processes_writing_at_once_lose_no_row(tmp_path):
    path = tmp_path / "history.gpkg"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PROJ_DATA": "/usr/share/proj"}
    procs = [
        subprocess.Popen(
            [sys.executable, "-P", "-c", WRITER, str(PLUGIN_PARENT), str(path), "40", AOI_WKT, str(n)],
            env=env,
            stderr=subprocess.PIPE,
            text=True,
        )
        for n in range(3)
    ]
    errors = [p.communicate(timeout=120)[1] for p in procs]
    assert [p.returncode for p in procs] == [0, 0, 0], errors
    assert not any("Error" in e for e in errors), errors
    rows = History(path).entries()
    assert len(rows) == 120 and len({r.sha256 for r in rows}) == 120


def test_a_corrupt_history_is_set_aside_and_a_new_one_started(tmp_path):
    path = tmp_path / "history.gpkg"
    path.write_bytes(b"this is not a GeoPackage" * 100)
    history = History(path)
    assert history.delivered("abc") == []  # the "already downloaded?" question is never blocked
    assert history.set_aside is not None and history.set_aside.read_bytes().startswith(b"this is not")
    assert path.exists() and history.entries() == []


@pytest.mark.gui
def test_a_download_and_a_watched_area_survive_quitting_and_starting_qgis_again(tmp_path, emulator):
    """Also #31: the watched area is kept in the profile, and the check at the next start (after
    the interface is up) announces the date ClearSKY published meanwhile."""
    import datetime as dt

    from conftest import ROOT
    from qgis_app.runner import run_qgis

    emulator.external_client = True  # the QGIS process spends; it keeps its own approvals
    profiles = tmp_path / "profiles"
    env = {
        "CLEARSKY_API_URL": emulator.url,
        "CLEARSKY_API_KEY": emulator.api_key,
        "PROBE_FOLDER": str(tmp_path / "out"),
        "CLEARSKY_HISTORY": "",  # the history in the QGIS profile, as for a user
        "CLEARSKY_WATCH": "",  # the watched areas too
        "CLEARSKY_WATCH_START_S": "3",
    }
    probe = ROOT / "test" / "qgis_app" / "history_probe.py"
    results = []
    published = dt.date.today() - dt.timedelta(days=2)  # published while QGIS was closed
    emulator.dates = [d for d in emulator.dates if d != published]
    for phase in ("download", "read"):
        if phase == "read":
            emulator.dates = sorted([*emulator.dates, published])
        out = tmp_path / f"{phase}.json"
        run_env = {**env, "PROBE_PHASE": phase, "PROBE_OUT": str(out)}
        proc = run_qgis(probe, PLUGIN_PARENT, run_env, profiles=profiles)
        assert out.exists(), f"QGIS did not run the {phase} probe: rc={proc.returncode}\n{proc.stderr[-3000:]}"
        results.append(json.loads(out.read_text()))
    downloaded, read = results
    assert "error" not in downloaded and downloaded["state"] == "done", downloaded
    assert "error" not in read, read
    assert str(profiles) in read["history"]  # the profile's own history, not a test file
    assert read["rows"] == [{"area": "restart field", "date": "2024-05-03", "path": downloaded["path"]}]
    assert len(emulator.delivered) == 1
    assert str(profiles) in read["watch_file"]
    assert read["notice"].startswith("1 new date for North fields since ") and published.isoformat() in read["notice"]
    assert [row[:2] for row in read["watched"]] == [["North fields", published.isoformat()]]
