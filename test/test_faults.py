"""The fault matrix: every fault at the check step and at the download step, through the
same DownloadManager the dock uses, in real QGIS against the emulator.

For every case: a clear message that says what to do, no file under the final name, no
``.part``, no layer for a failure, retries within their bound, and the emulator's count of
delivered composites and credits exactly what the user approved (at most one)."""

from __future__ import annotations

import os
import socket
import subprocess

import pytest
from qgis.core import QgsProject, QgsRasterLayer

from clearsky_downloader.core import errors
from clearsky_downloader.core.api import ClearSkyClient, RetryPolicy
from clearsky_downloader.core.models import CompositeRequest
from clearsky_downloader.ui.downloads import DownloadManager

from conftest import AOI_WKT

P = "/api/satelliteimages/process/composite"
POLICY = RetryPolicy(attempts=4, base_delay=0.05, max_delay=2.0, total_time=15.0)
TIMEOUT = (3.0, 1.5)  # a short read timeout so a stalled body is noticed quickly


def make_client(url, key):
    return ClearSkyClient(url, key, retry=POLICY, timeout=TIMEOUT)


def request():
    return CompositeRequest(date="2024-05-03", wkt=AOI_WKT, epsg=32632, bandnames="B4,B3,B2")


@pytest.fixture
def flow(emulator, qgis_new_project, outdir):
    client = make_client(emulator.url, emulator.api_key)
    manager = DownloadManager(lambda: client)
    yield manager
    manager.cancel_all()
    client.close()


def rasters():
    return [lyr for lyr in QgsProject.instance().mapLayers().values() if isinstance(lyr, QgsRasterLayer)]


def run_check(qtbot, manager, req=None):
    got = {}
    manager.check_finished.connect(lambda r: got.setdefault("ok", r))
    manager.check_failed.connect(lambda e: got.setdefault("error", e))
    manager.check(req or request())
    qtbot.waitUntil(lambda: bool(got), timeout=30000)
    return got


def run_download(qtbot, manager, check, outdir):
    entry = manager.download(check, outdir, approval=check.approve())
    qtbot.waitUntil(lambda: entry.state != "running", timeout=30000)
    return entry


def dead_port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


# (id, fault kwargs for emulator.add_fault, expected outcome, words in the message, calls to the endpoint)
OK = None
CHECK_CASES = [
    ("429-retry-after", dict(kind="status", status=429, retry_after=1), OK, "", 2),
    ("429-no-retry-after", dict(kind="status", status=429), OK, "", 2),
    ("500", dict(kind="status", status=500), OK, "", 2),
    ("502-html", dict(kind="status", status=502, body="html"), OK, "", 2),
    ("503", dict(kind="status", status=503), OK, "", 2),
    ("504", dict(kind="status", status=504, body="empty"), OK, "", 2),
    ("503-persistent", dict(kind="status", status=503, times=50), errors.ServerError, "try again later", 4),
    ("reset-before-headers", dict(kind="drop"), OK, "", 2),
    ("reset-mid-body", dict(kind="reset_mid_body"), OK, "", 2),
    ("content-length-too-long", dict(kind="truncate"), OK, "", 2),
    ("stalled-body", dict(kind="stall", seconds=10), OK, "", 2),
    ("malformed-json", dict(kind="malformed_json"), errors.ServerError, "try again later", 1),
    ("html-page", dict(kind="html"), errors.ServerError, "not a valid response", 1),
    ("401", dict(kind="bad_key"), errors.AuthError, "Check the API key", 1),
    ("insufficient-credits", dict(kind="error_code", code=994), errors.InsufficientCreditsError, "Top up", 1),
    ("area-too-large", dict(kind="error_code", code=1004), errors.AreaTooLargeError, "Split the area", 1),
]

MAYBE = "may have been charged"
DOWNLOAD_CASES = [
    # (id, fault, outcome, words, calls to composite, delivered composites)
    # §3.3 (revised): re-sent at once only when the server provably did not process the request
    ("429-retry-after", dict(kind="status", status=429, retry_after=1), OK, "", 2, 1),
    ("429-no-retry-after", dict(kind="status", status=429), OK, "", 2, 1),
    ("1003-too-many-at-once", dict(kind="error_code", code=1003), OK, "", 2, 1),
    # 502/503: re-sent after the settle wait, because two balance reads equal the one before
    ("502-html", dict(kind="status", status=502, body="html"), OK, "", 2, 1),
    ("503", dict(kind="status", status=503), OK, "", 2, 1),
    ("503-persistent", dict(kind="status", status=503, times=50), errors.ServerError, "Nothing was charged", 4, 0),
    # 500, 504, a reset once sent: the server may still be processing: never re-sent, and said so
    ("500", dict(kind="status", status=500), errors.ChargedError, MAYBE, 1, 0),
    ("504", dict(kind="status", status=504, body="empty"), errors.ChargedError, MAYBE, 1, 0),
    ("reset-before-headers", dict(kind="drop"), errors.ChargedError, MAYBE, 1, 0),
    # charged first, then the server failed: never re-sent, and the user is told what it cost (§1.3, §3.3)
    ("charge-then-502", dict(kind="charge_then_status", status=502), errors.ChargedError, "charged 34.44", 1, 1),
    ("charge-then-503", dict(kind="charge_then_status", status=503), errors.ChargedError, "charged 34.44", 1, 1),
    ("charge-then-reset", dict(kind="charge_then_drop"), errors.ChargedError, "charged 34.44", 1, 1),
    # a top-up lands while the request fails: the balance rose, which proves nothing
    ("charge-then-503-topup", dict(kind="charge_then_status", status=503, topup=100), errors.ChargedError, MAYBE, 1, 1),
    ("reset-mid-body", dict(kind="reset_mid_body"), errors.TransferError, "broke off", 1, 1),
    ("content-length-too-long", dict(kind="truncate"), errors.TransferError, "broke off", 1, 1),
    ("stalled-body", dict(kind="stall", seconds=10), errors.TransferError, "before the file was complete", 1, 1),
    ("cut-at-99%", dict(kind="reset_mid_body", at=0.99), errors.TransferError, "broke off", 1, 1),
    ("malformed-json", dict(kind="malformed_json"), errors.ChargedError, MAYBE, 1, 0),
    ("html-page", dict(kind="html"), errors.TransferError, "not a GeoTIFF", 1, 0),
    ("not-a-geotiff", dict(kind="not_tiff"), errors.TransferError, "not a GeoTIFF", 1, 1),
    ("401", dict(kind="bad_key"), errors.AuthError, "Check the API key", 1, 0),
    ("insufficient-credits", dict(kind="error_code", code=994), errors.InsufficientCreditsError, "Top up", 1, 0),
    ("area-too-large", dict(kind="error_code", code=1004), errors.AreaTooLargeError, "Split the area", 1, 0),
    ("not-ordered", dict(kind="error_code", code=1006), errors.NotOrderedError, "order", 1, 0),
]


def assert_nothing_left(outdir):
    assert list(outdir.iterdir()) == [], "no file under the final name and no .part"
    assert rasters() == [], "no layer for a failed download"


@pytest.mark.parametrize("case, fault, outcome, words, calls", CHECK_CASES, ids=[c[0] for c in CHECK_CASES])
def test_check_step(qtbot, flow, emulator, outdir, case, fault, outcome, words, calls):
    fault = dict(fault)
    emulator.add_fault(fault.pop("kind"), path=P + "/available", **fault)
    got = run_check(qtbot, flow)
    assert len(emulator.calls(P + "/available")) == calls <= POLICY.attempts
    if outcome is OK:
        assert "ok" in got and got["ok"].availability.ready
    else:
        err = got["error"]
        assert isinstance(err, outcome), repr(err)
        assert words in err.user_message() and err.hint, err.user_message()
        assert emulator.api_key not in err.user_message()
    assert emulator.calls(P) == [] and emulator.delivered == [] and emulator.credits == 10000
    assert_nothing_left(outdir)


@pytest.mark.parametrize(
    "case, fault, outcome, words, calls, delivered", DOWNLOAD_CASES, ids=[c[0] for c in DOWNLOAD_CASES]
)
def test_download_step(qtbot, flow, emulator, outdir, case, fault, outcome, words, calls, delivered):
    check = run_check(qtbot, flow)["ok"]
    fault = dict(fault)
    topup = fault.get("topup", 0)
    emulator.add_fault(fault.pop("kind"), path=P, **fault)
    entry = run_download(qtbot, flow, check, outdir)
    assert len(emulator.calls(P)) == calls <= POLICY.attempts
    assert len(emulator.delivered) == delivered <= 1, "never a second paid composite"
    assert emulator.credits == pytest.approx(10000 + topup - delivered * check.estimate.credits)
    if outcome is OK:
        assert entry.state == "done", entry.message
        assert [p.suffix for p in outdir.iterdir() if p.suffix == ".tif"] == [".tif"]
        assert not [p for p in outdir.iterdir() if p.name.endswith(".part")]
        assert len(rasters()) == 1
    else:
        assert entry.state == "failed", entry.message
        assert words in entry.message and emulator.api_key not in entry.message
        assert_nothing_left(outdir)


def test_connection_refused_at_both_steps(qtbot, qgis_new_project, emulator, outdir):
    client = make_client(f"http://127.0.0.1:{dead_port()}", "some-key-123")
    manager = DownloadManager(lambda: client)
    err = run_check(qtbot, manager)["error"]
    assert isinstance(err, errors.TransferError) and "Could not reach" in str(err)
    assert "Gave up after 4 attempts" in str(err) and err.hint
    good = make_client(emulator.url, emulator.api_key)
    check = run_check(qtbot, DownloadManager(lambda: good))["ok"]
    entry = run_download(qtbot, manager, check, outdir)  # download from a server that went away
    assert entry.state == "failed" and "Could not reach" in entry.message
    assert emulator.calls(P) == [] and emulator.delivered == []
    assert_nothing_left(outdir)


def test_a_file_larger_than_estimated_is_kept(qtbot, flow, emulator, outdir):
    """The size estimate is a guess: a paid body is never cut off for exceeding it."""
    check = run_check(qtbot, flow)["ok"]
    emulator.add_fault("oversize", path=P, pad_to=3 * check.estimate.size_bytes)
    entry = run_download(qtbot, flow, check, outdir)
    assert entry.state == "done", entry.message
    assert len(emulator.delivered) == 1
    assert entry.path.stat().st_size >= 3 * check.estimate.size_bytes


@pytest.mark.parametrize("when", ["0%", "50%", "99%"])
def test_cancel(qtbot, flow, emulator, outdir, when):
    emulator.chunk_size = 8 * 1024
    emulator.chunk_delay = 0.01
    check = run_check(qtbot, flow, request().with_changes(bandnames="all"))["ok"]
    threshold = {"0%": None, "50%": 50, "99%": 99}[when]

    def on_change(e):
        if threshold is not None and e.state == "running" and e.progress >= threshold:
            flow.cancel(e)

    flow.entry_changed.connect(on_change)
    entry = flow.download(check, outdir, approval=check.approve())
    if threshold is None:
        flow.cancel(entry)
    qtbot.waitUntil(lambda: entry.state != "running", timeout=30000)
    assert entry.state == "cancelled"
    # at 0 % the request may or may not have left before the cancel landed; never more than the one approved
    assert len(emulator.delivered) == 1 if threshold else len(emulator.delivered) <= 1
    assert len(emulator.calls(P)) <= 1
    assert_nothing_left(outdir)


@pytest.fixture
def small_disk(tmp_path):
    if os.geteuid() != 0:
        pytest.skip("mounting a tmpfs needs root (CI runs as root)")
    mnt = tmp_path / "small-disk"
    mnt.mkdir()

    def mount(size_kb):
        subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size_kb}k", "tmpfs", str(mnt)], check=True)
        return mnt

    yield mount
    subprocess.run(["umount", str(mnt)], check=False)


def test_full_disk_before_and_during_the_download(qtbot, flow, emulator, small_disk):
    check = run_check(qtbot, flow)["ok"]
    estimate = check.estimate.size_bytes
    # too small for the estimate: refused before anything is spent
    disk = small_disk(max(4, estimate // 2048))
    entry = run_download(qtbot, flow, check, disk)
    assert entry.state == "failed" and "Not enough free disk space" in entry.message
    assert emulator.delivered == [] and list(disk.iterdir()) == []
    subprocess.run(["umount", str(disk)], check=True)
    # room for the estimate, but the server sends more than it said: ENOSPC mid-way
    disk = small_disk(int(estimate * 1.2) // 1024 + 8)
    emulator.add_fault("oversize", path=P, pad_to=int(estimate * 1.9))
    entry = run_download(qtbot, flow, check, disk)
    assert entry.state == "failed" and "Free some disk space" in entry.message, entry.message
    assert len(emulator.delivered) == 1 and list(disk.iterdir()) == []
    assert rasters() == []


def test_plugin_unloaded_while_a_download_runs(qtbot, qgis_iface, qgis_new_project, emulator, outdir, monkeypatch):
    from clearsky_downloader.plugin import ClearSkyPlugin

    monkeypatch.setenv("CLEARSKY_API_URL", emulator.url)
    monkeypatch.setenv("CLEARSKY_API_KEY", emulator.api_key)
    emulator.chunk_size = 8 * 1024
    emulator.chunk_delay = 0.02
    plugin = ClearSkyPlugin(qgis_iface)
    plugin.initGui()
    asked = []
    plugin.ask_unload = lambda running: asked.append(len(running)) or False  # "Cancel the downloads"
    manager = plugin._ensure_manager()
    check = run_check(qtbot, manager, request().with_changes(bandnames="all"))["ok"]
    entry = manager.download(check, outdir, approval=check.approve())
    qtbot.waitUntil(lambda: entry.progress > 10, timeout=20000)
    plugin.unload()
    assert asked == [1]
    qtbot.waitUntil(lambda: entry.state != "running", timeout=20000)
    assert entry.state == "cancelled"
    assert_nothing_left(outdir)
    assert len(emulator.delivered) == 1


def test_unloading_during_a_paid_download_can_wait_for_it(
    qtbot, qgis_iface, qgis_new_project, emulator, outdir, monkeypatch
):
    """Switching the plugin off while a paid download runs asks; *Wait* keeps it going to the end."""
    from clearsky_downloader.plugin import ClearSkyPlugin

    monkeypatch.setenv("CLEARSKY_API_URL", emulator.url)
    monkeypatch.setenv("CLEARSKY_API_KEY", emulator.api_key)
    emulator.chunk_size, emulator.chunk_delay = 16 * 1024, 0.01
    plugin = ClearSkyPlugin(qgis_iface)
    plugin.initGui()
    plugin.ask_unload = lambda running: True  # "Wait"
    manager = plugin._ensure_manager()
    check = run_check(qtbot, manager, request().with_changes(bandnames="all"))["ok"]
    entry = manager.download(check, outdir, approval=check.approve())
    qtbot.waitUntil(lambda: entry.progress > 10, timeout=20000)
    plugin.unload()
    assert entry.state == "done" and entry.path.exists() and entry.sha256 == emulator.delivered[0]["sha256"]


def test_a_cancel_answers_at_once_while_the_server_is_still_processing(qtbot, flow, emulator, outdir):
    """Before the first byte (the server processes for 30 s here), a cancel ends the download
    within a second, re-sends nothing and says what it may cost."""
    import time

    check = run_check(qtbot, flow, request())["ok"]
    emulator.add_fault("slow", P, seconds=30)  # the composite is processed for 30 s before any byte
    entry = flow.download(check, outdir, approval=check.approve())
    qtbot.waitUntil(lambda: len(emulator.calls(P)) == 1, timeout=10000)  # the paid request is out
    started = time.monotonic()
    flow.cancel(entry)
    qtbot.waitUntil(lambda: entry.state != "running", timeout=5000)
    took = time.monotonic() - started
    assert entry.state == "cancelled" and took < 1.5, took
    assert "still processing" in entry.message and "may still charge" in entry.message
    assert len(emulator.calls(P)) == 1, "not re-sent"
    assert_nothing_left(outdir)


# -- §3.3 (revised): a charge that lands after the error answer ------------------------------------
LATE_CASES = [
    # (id, late_charge params, words): the failure now, the charge a moment later
    ("504", dict(status=504, delay=0.3), "may have been charged"),
    ("reset-after-sending", dict(drop=True, delay=0.3), "may have been charged"),
    # a 503 is re-sent only after the settle wait, by which time the late charge shows in the balance
    ("503", dict(status=503, delay=0.1), "charged 34.44"),
]


@pytest.mark.parametrize("case, params, words", LATE_CASES, ids=[c[0] for c in LATE_CASES])
def test_a_late_charge_is_never_paid_twice(qtbot, flow, emulator, outdir, case, params, words):
    """The reviewer's case: one approval of 34.44 credits became 2 POSTs and 68.88 credits."""
    check = run_check(qtbot, flow)["ok"]
    emulator.add_fault("late_charge", path=P, **params)
    entry = run_download(qtbot, flow, check, outdir)
    qtbot.waitUntil(lambda: len(emulator.delivered) == 1, timeout=5000)  # the charge has landed
    assert len(emulator.calls(P)) == 1, "not re-sent"
    assert emulator.credits == pytest.approx(10000 - check.estimate.credits)
    assert entry.state == "failed" and words in entry.message, entry.message
    assert "balance" in entry.message and "new estimate" in entry.message
    assert_nothing_left(outdir)
