"""Money rules (``../shared/design.md``): one approval pays at most once, a paid request is
re-sent only when nothing can have been charged, paid bytes are never thrown away, and the
user always sees what was charged.  Every test here also passes the suite's ledger check
(``conftest._money_invariant``): charges never exceed the approvals the test made."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from qgis.core import Qgis, QgsProcessingException
from test_gui import canvas, dock, draw_rectangle  # noqa: F401  (fixtures)
from test_processing import alg_env, layer, run  # noqa: F401  (fixture)

from clearsky_downloader.core import errors
from clearsky_downloader.core.approval import LEDGER, grant
from clearsky_downloader.core.history import History
from clearsky_downloader.core.models import CompositeRequest
from clearsky_downloader.core.workflow import run_check, run_download

from conftest import AOI_WKT, approve

P = "/api/satelliteimages/process/composite"


def request(**kw):
    base = dict(date="2024-05-03", wkt=AOI_WKT, epsg=32632, bandnames="B4,B3,B2")
    base.update(kw)
    return CompositeRequest(**base)


def test_an_approval_pays_once_and_only_for_what_it_priced(client, emulator, outdir):
    req = request()
    approval = approve(emulator, req)
    client.composite(req, outdir, approval=approval)
    with pytest.raises(errors.ApprovalError, match="already paid"):
        client.composite(req, outdir, approval=approval)
    with pytest.raises(errors.ApprovalError, match="not approved"):
        client.composite(request(resolution=20), outdir, approval=grant("test", [req.fingerprint], 1))
    with pytest.raises(errors.ApprovalError):
        client.composite(req, outdir)
    assert len(emulator.calls(P)) == 1 and len(emulator.delivered) == 1


def test_upload_that_fails_after_the_charge_is_not_re_sent_and_says_what_it_cost(client, emulator, outdir):
    """The reviewer's case: UploadUrl PUT fails server-side, 502 after the charge (§1.3)."""
    req = request(upload_url="http://127.0.0.1:9/bucket/out.tif?sig=SECRETSIG")  # nothing listens there
    with pytest.raises(errors.ChargedError) as info:
        client.composite(req, outdir, approval=approve(emulator, req))
    assert len(emulator.calls(P)) == 1 and len(emulator.delivered) == 1
    cost = emulator.delivered[0]["credits"]
    assert f"charged {cost:,.2f} credits" in info.value.message and info.value.charged == pytest.approx(cost)
    assert "SECRETSIG" not in info.value.user_message()


def test_a_200_with_bytes_instead_of_the_upload_is_saved_and_said(client, emulator, outdir):
    emulator.upload_mode = "200_bytes"
    req = request(upload_url="http://127.0.0.1:9/bucket/out.tif?sig=x")
    outcome = run_download(client, req, approve(emulator, req), outdir)
    assert outcome.path is not None and outcome.path.exists() and outcome.path.parent == outdir
    assert outcome.result.returned_instead_of_upload and "instead of uploading" in outcome.warnings[0]


@pytest.mark.parametrize(
    "override",
    [{"SizeEstimateBytes": -1}, {"CreditEstimate": -5}, {"CreditEstimate": "NaN"}, {"CreditEstimate": None}],
)
def test_an_unusable_estimate_is_refused_before_anything_is_paid(client, emulator, override):
    emulator.estimate_override = dict(override)
    with pytest.raises(errors.ServerError, match="unusable"):
        run_check(client, request())
    assert emulator.calls(P) == []


def test_a_tiny_server_size_estimate_does_not_cut_off_the_paid_file(client, emulator, outdir):
    emulator.estimate_override = {"SizeEstimateBytes": 10}
    check = run_check(client, request())
    outcome = run_download(client, check.request, check.approve(), outdir, expected_size=check.estimate.size_bytes)
    assert outcome.path.stat().st_size > 1000


def test_an_unusable_folder_fails_before_the_charge(client, emulator, tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    with pytest.raises(errors.DiskError, match="nothing was downloaded"):
        client.composite(request(), blocker / "out", approval=approve(emulator, request()))
    assert emulator.calls(P) == []


def test_a_very_long_server_name_of_4_byte_characters_is_shortened_not_lost(client, emulator, outdir):
    emulator.add_fault("disposition", path=P, disposition="attachment; filename*=UTF-8''" + "%F0%9D%94%B8" * 200)
    res = client.composite(request(), outdir, approval=approve(emulator, request()))
    assert res.path.exists() and len(res.path.name.encode("utf-8")) <= 180


def test_a_file_taking_the_name_mid_download_does_not_cost_the_paid_bytes(client, emulator, outdir):
    """Someone else writes ``same.tif`` while ours streams: ours takes ``same_1.tif``, theirs is untouched."""
    emulator.add_fault("disposition", path=P, disposition='attachment; filename="same.tif"')

    def intruder(done, total):
        if not (outdir / "same.tif").exists():
            (outdir / "same.tif").write_text("theirs")

    res = client.composite(request(), outdir, approval=approve(emulator, request()), progress=intruder)
    assert res.path == outdir / "same_1.tif" and res.path.stat().st_size == emulator.delivered[0]["size"]
    assert (outdir / "same.tif").read_text() == "theirs"


def test_a_part_symlink_planted_in_the_folder_is_not_followed(client, emulator, outdir, tmp_path):
    victim = tmp_path / "victim.txt"
    victim.write_text("precious")
    (outdir / "composite.tif.part").symlink_to(victim)
    client.composite(request(), outdir, filename="composite.tif", overwrite=True, approval=approve(emulator, request()))
    assert victim.read_text() == "precious" and (outdir / "composite.tif").stat().st_size > 1000


def test_history_keeps_no_upload_signature(client, emulator, outdir, tmp_path):
    from emulator import UploadSink

    sink = UploadSink()
    try:
        req = request(upload_url=sink.url("/bucket/x.tif?X-Amz-Signature=TOPSECRET"))
        outcome = run_download(client, req, approve(emulator, req), None)
    finally:
        sink.close()
    history = History(tmp_path / "h.gpkg")
    history.record(outcome)
    row = history.entries()[0]
    assert "TOPSECRET" not in json.dumps(row.payload) + row.upload_url
    assert row.payload["UploadUrl"].endswith("/bucket/x.tif")


# -- the dock -------------------------------------------------------------------------------------
def test_download_twice_asks_twice_and_is_disabled_while_it_runs(qtbot, dock, canvas, emulator):
    """The reviewer clicked Download three times and paid three times: now each click shows the
    cost dialog, the button is disabled while the request is paid for, and a refusal spends nothing."""
    emulator.chunk_delay = 0.02
    emulator.chunk_size = 16 * 1024
    draw_rectangle(dock, canvas)
    dock.download_button.click()
    qtbot.waitUntil(lambda: dock.cost_dialog is not None, timeout=15000)
    assert not dock.download_button.isEnabled()  # the dialog is open
    assert not dock.check_button.isEnabled() and dock.check_button.text() != "Checking…"  # done checking
    dock.cost_dialog.download_button.click()
    qtbot.waitUntil(lambda: len(emulator.delivered) == 1, timeout=15000)
    assert not dock.download_button.isEnabled(), "disabled while this request is being paid for and downloaded"
    qtbot.waitUntil(lambda: dock.download_button.isEnabled(), timeout=30000)
    dock.download_button.click()  # a second click: a new estimate and a new question, never a silent spend
    qtbot.waitUntil(lambda: dock.cost_dialog is not None, timeout=15000)
    assert len(emulator.calls(P + "/estimate")) == 2
    dock.cost_dialog.reject()
    qtbot.waitUntil(lambda: dock.download_button.isEnabled(), timeout=5000)
    assert len(emulator.calls(P)) == 1 and len(emulator.delivered) == 1
    assert LEDGER.approved_payloads == 1


def test_an_old_approval_is_estimated_again_not_spent(qtbot, dock, canvas, emulator):
    dock.flow.max_age_s = 0.0  # every estimate is "too old" by the time it is approved
    draw_rectangle(dock, canvas)
    dock.check_button.click()
    qtbot.waitUntil(lambda: dock.cost_dialog is not None, timeout=15000)
    first = dock.cost_dialog
    first.download_button.click()
    qtbot.waitUntil(lambda: dock.cost_dialog is not None and dock.cost_dialog is not first, timeout=15000)
    assert len(emulator.calls(P + "/estimate")) == 2 and emulator.calls(P) == []
    dock.cost_dialog.reject()


def test_grid_cells_already_delivered_ask_before_paying_again(qtbot, qgis_iface, canvas, emulator, outdir, tmp_path):
    """A tile batch goes through the "already downloaded?" question too (another folder, same cells)."""
    from test_gui import polygon_layer

    from clearsky_downloader.core.api import ClearSkyClient
    from clearsky_downloader.ui.dock import ClearSkyDock
    from clearsky_downloader.ui.downloads import DownloadManager

    from conftest import FAST_RETRY

    client = ClearSkyClient(emulator.url, emulator.api_key, retry=FAST_RETRY, timeout=(5, 20))
    manager = DownloadManager(
        lambda: client, qgis_iface.messageBar(), history=History(tmp_path / "profile" / "history.gpkg")
    )
    dock = ClearSkyDock(qgis_iface, manager)
    asked: list[str] = []
    dock.ask = lambda question: asked.append(question) or False
    dock.use_layer(polygon_layer([AOI_WKT], "EPSG:4326", "field"))
    dock.product.resolution_combo.setCurrentIndex(dock.product.resolution_combo.findData(80))
    dock.product.bands_combo.setCurrentText("B8")
    try:
        dock.tiles.search_tiles_button.click()
        qtbot.waitUntil(lambda: dock.tiles.tiles_layer is not None, timeout=10000)
        for folder in (outdir / "first", outdir / "second"):
            dock.output.folder_widget.setFilePath(str(folder))
            dock.tiles.download_tiles_button.click()
            qtbot.waitUntil(lambda: dock.cost_dialog is not None, timeout=15000)
            dock.cost_dialog.download_button.click()
            qtbot.waitUntil(lambda: not dock.busy and all(e.state != "running" for e in manager.entries), timeout=60000)
        n = dock.tiles.tiles_layer.featureCount()
        assert len(emulator.delivered) == n, "the second batch was declined"
        assert len(asked) == 1 and f"{n} of these {n} grid cells were already downloaded" in asked[0]
    finally:
        manager.cancel_all()
        dock.cleanup()
        client.close()


# -- Processing ------------------------------------------------------------------------------------
def test_processing_refuses_an_identical_delivered_request_unless_allowed(alg_env, tmp_path):
    args = dict(AOI=layer(AOI_WKT), DATE="2024-05-03", BANDS="B4,B3,B2", CRS="EPSG:32632")
    run("downloadcomposite", **args, OUTPUT=str(tmp_path / "a.tif"))
    with pytest.raises(QgsProcessingException, match="ALLOW_REPEAT"):
        run("downloadcomposite", **args, OUTPUT=str(tmp_path / "b.tif"))
    assert len(alg_env.delivered) == 1 and not (tmp_path / "b.tif").exists()
    run("downloadcomposite", **args, ALLOW_REPEAT=True, OUTPUT=str(tmp_path / "c.tif"))
    assert len(alg_env.delivered) == 2


def test_processing_negative_estimate_never_passes_max_credits(alg_env, tmp_path):
    alg_env.estimate_override = {"CreditEstimate": -5}
    with pytest.raises(QgsProcessingException, match="unusable"):
        run("downloadcomposite", AOI=layer(AOI_WKT), DATE="2024-05-03", MAX_CREDITS=0.5, OUTPUT=str(tmp_path / "x.tif"))
    assert alg_env.calls(P) == []


def _cells(alg_env, tmp_path):
    res = run(
        "searchtiles",
        AOI=layer("POLYGON((11.95 55.0,12.05 55.0,12.05 55.18,11.95 55.18,11.95 55.0))"),
        OUTPUT="memory:cells",
    )
    return res["OUTPUT"]


def test_processing_downloadtiles_estimates_first_and_honours_max_credits(alg_env, tmp_path):
    cells = _cells(alg_env, tmp_path)
    args = dict(TILES=cells, DATE="2024-05-03", BANDS="B8", RESOLUTION=80, OUTPUT_FOLDER=str(tmp_path / "t"))
    with pytest.raises(QgsProcessingException, match=r"MAX_CREDITS=0\.01"):
        run("downloadtiles", **args, MAX_CREDITS=0.01)
    assert alg_env.calls("/process/tile") == [] and len(alg_env.calls(P + "/estimate")) >= 2  # per UTM zone
    res = run("downloadtiles", **args)
    assert res["DOWNLOADED"] == 12 and res["CREDITS"] > 0
    charged = sum(d["credits"] for d in alg_env.delivered)
    assert charged <= res["CREDITS"] * 1.001 + 0.01, "the estimate shown is never below what is charged"


def test_processing_a_corrupt_cell_is_reported_by_guid_and_never_paid_twice(alg_env, tmp_path):
    cells = _cells(alg_env, tmp_path)
    bad = next(iter(cells.getFeatures()))["guid"]
    alg_env.add_fault("not_tiff", path="/process/tile", guid=bad)
    args = dict(TILES=cells, DATE="2024-05-03", BANDS="B8", RESOLUTION=80, OUTPUT_FOLDER=str(tmp_path / "t"))
    res = run("downloadtiles", **args)
    assert res["FAILED"] == 1 and res["FAILED_GUIDS"] == bad and res["DOWNLOADED"] == 11
    again = run("downloadtiles", **args)  # only the missing cell is paid for; it was never delivered
    assert again["DOWNLOADED"] == 1 and again["SKIPPED"] == 11
    assert len([c for c in alg_env.calls("/process/tile") if c.json["TileGuid"] != bad]) == 11


def test_error_details_are_redacted_like_the_message(client, emulator, outdir):
    url = "https://bucket.example/x.tif?X-Amz-Signature=TOPSECRET"
    emulator.add_fault("error_code", path=P, code=992, data={"UploadUrl": [f"{url} is not writable"]})
    req = request(upload_url=url)
    with pytest.raises(errors.InvalidRequestError) as info:
        client.composite(req, outdir, approval=approve(emulator, req))
    assert "TOPSECRET" not in info.value.user_message() + json.dumps(info.value.details)
    assert "bucket.example/x.tif" in info.value.user_message()


# -- numbers that are not numbers (design.md: unknown never proves that nothing was charged) -----
@pytest.mark.parametrize("balance", [float("nan"), float("inf"), "10000", -5, True, None])
def test_a_balance_that_is_not_a_usable_number_never_allows_a_re_send(client, emulator, outdir, balance):
    emulator.balance_answer = balance if balance is not None else {"Credits": 1}  # null-like: an object
    emulator.add_fault("charge_then_status", path=P, status=503)
    req = request()
    with pytest.raises(errors.ChargedError) as info:
        client.composite(req, outdir, approval=approve(emulator, req))
    assert len(emulator.calls(P)) == 1 and len(emulator.delivered) == 1
    message = info.value.user_message()
    assert "may have been charged" in message and "balance before: unknown" in message, message
    assert info.value.spent_something


def test_a_rising_balance_is_not_taken_for_nothing_charged(client, emulator, outdir):
    emulator.add_fault("charge_then_status", path=P, status=503, topup=500)
    req = request()
    with pytest.raises(errors.ChargedError, match="may have been charged"):
        client.composite(req, outdir, approval=approve(emulator, req))
    assert len(emulator.calls(P)) == 1


def test_a_503_with_an_unchanged_balance_is_re_sent_once_settled(client, emulator, outdir):
    emulator.add_fault("status", path=P, status=503)
    req = request()
    res = client.composite(req, outdir, approval=approve(emulator, req))
    assert res.path.exists() and len(emulator.calls(P)) == 2 and len(emulator.delivered) == 1
    # the settle: two balance reads after the 503, both equal to the one before the request
    reads = [r for r in emulator.requests if r.path.endswith("/apikey/info")]
    assert len(reads) >= 3


# -- paid bytes are judged by their bytes ---------------------------------------------------------
def test_a_geotiff_labelled_json_is_kept(client, emulator, outdir):
    emulator.add_fault("content_type", path=P, ctype="application/json")
    req = request()
    res = client.composite(req, outdir, approval=approve(emulator, req))
    assert res.path.exists() and res.path.read_bytes()[:4] in (b"II*\x00", b"MM\x00*")
    assert res.sha256 == emulator.delivered[0]["sha256"]


@pytest.mark.parametrize(
    "disposition, name",
    [
        ("attachment; filename*=x-unknown''fields%20north.tif", "fields north.tif"),
        ("attachment; filename*=unicode-1-1-utf-8''caf%C3%A9.tif", "café.tif"),
        ("attachment; filename*=''%FF%FE.tif", None),
    ],
)
def test_an_odd_filename_charset_costs_the_name_not_the_file(client, emulator, outdir, disposition, name):
    emulator.add_fault("disposition", path=P, disposition=disposition)
    req = request()
    res = client.composite(req, outdir, approval=approve(emulator, req))
    assert res.path.exists() and res.path.suffix == ".tif" and res.sha256 == emulator.delivered[0]["sha256"]
    if name:
        assert res.path.name == name


# -- hostile answers on paid calls get the free calls' caps ----------------------------------------
def test_a_huge_error_body_on_a_paid_call_is_not_read_into_memory(client, emulator, outdir):
    import tracemalloc

    emulator.add_fault("huge_body", path=P, status=400, size=96 * 2**20)
    req = request()
    tracemalloc.start()
    try:
        with pytest.raises(errors.InvalidRequestError):
            client.composite(req, outdir, approval=approve(emulator, req))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 48 * 2**20, f"{peak / 2**20:.0f} MiB held for a 96 MiB error body"
    assert emulator.delivered == []


def test_a_deeply_nested_error_body_is_a_typed_error(client, emulator, outdir):
    nested: dict = {"x": ["deep"]}
    for _ in range(600):
        nested = {"a": nested}
    emulator.add_fault("error_code", path=P, code=992, data=nested)
    req = request()
    with pytest.raises(errors.InvalidRequestError) as info:
        client.composite(req, outdir, approval=approve(emulator, req))
    assert "…" in json.dumps(info.value.details, ensure_ascii=False)


def test_the_snippet_of_a_bad_answer_is_redacted_before_it_is_cut(client, emulator):
    body = ("x" * 70 + emulator.api_key).encode()
    emulator.add_fault("raw", path="/api/tasking/models", body=body, ctype="text/plain")
    with pytest.raises(errors.ServerError) as info:
        client.tasking_models()
    assert emulator.api_key[:6] not in info.value.user_message()


def test_an_expired_approval_is_not_spent(client, emulator, outdir, monkeypatch):
    from clearsky_downloader.core import approval as approval_mod

    req = request()
    granted = approve(emulator, req)
    monkeypatch.setattr(approval_mod, "MAX_AGE_S", -1.0)
    with pytest.raises(errors.ApprovalError, match="minutes ago"):
        client.composite(req, outdir, approval=granted)
    assert emulator.calls(P) == []


# -- no second payment while the first is still running --------------------------------------------
@pytest.fixture
def cells_dock(qtbot, qgis_iface, canvas, emulator, outdir, tmp_path):
    """A dock over a field whose grid cells are searched, downloading slowly (B8 at 80 m)."""
    from test_gui import polygon_layer

    from clearsky_downloader.core.api import ClearSkyClient
    from clearsky_downloader.ui.dock import ClearSkyDock
    from clearsky_downloader.ui.downloads import DownloadManager

    from conftest import FAST_RETRY

    client = ClearSkyClient(emulator.url, emulator.api_key, retry=FAST_RETRY, timeout=(5, 20))
    history = History(tmp_path / "profile" / "history.gpkg")
    manager = DownloadManager(lambda: client, qgis_iface.messageBar(), history=history)
    dock = ClearSkyDock(qgis_iface, manager)
    dock.asked = []
    dock.ask = lambda question: dock.asked.append(question) or False
    dock.use_layer(polygon_layer([AOI_WKT], "EPSG:4326", "field"))
    dock.product.resolution_combo.setCurrentIndex(dock.product.resolution_combo.findData(80))
    dock.product.bands_combo.setCurrentText("B8")
    dock.output.folder_widget.setFilePath(str(outdir))
    dock.tiles.search_tiles_button.click()
    qtbot.waitUntil(lambda: dock.tiles.tiles_layer is not None, timeout=10000)
    emulator.chunk_delay, emulator.chunk_size = 0.05, 4 * 1024  # each cell takes a while to arrive
    yield dock, manager, history
    manager.cancel_all()
    qtbot.waitUntil(lambda: not manager.running(), timeout=30000)
    dock.cleanup()
    client.close()


def _start_cells(qtbot, dock, before=None):
    """Download cells… and Download in its cost dialog; returns that dialog."""
    dock.tiles.download_tiles_button.click()
    qtbot.waitUntil(lambda: dock.cost_dialog is not None and dock.cost_dialog is not before, timeout=15000)
    dialog = dock.cost_dialog
    dialog.download_button.click()
    return dialog


def test_download_cells_clicked_again_during_the_batch_pays_once(qtbot, cells_dock, emulator, qgis_iface):
    dock, manager, history = cells_dock
    n = dock.tiles.tiles_layer.featureCount()
    first = _start_cells(qtbot, dock)
    qtbot.waitUntil(lambda: len(emulator.delivered) >= 1, timeout=15000)
    assert manager.running(), "the batch is still running"
    bar = qgis_iface.messageBar()
    _start_cells(qtbot, dock, before=first)  # the reviewer's second click, while the batch runs
    info = Qgis.MessageLevel.Info
    qtbot.waitUntil(lambda: any("being downloaded right now" in m for m in bar.get_messages(info)), timeout=5000)
    qtbot.waitUntil(lambda: not manager.running(), timeout=60000)
    assert len(manager.entries) == 1, "no second batch was started"
    assert len(emulator.calls("/process/tile")) == n == len(emulator.delivered), "each cell paid for once"
    assert len(history.entries()) == n


def test_a_cancelled_batch_keeps_its_paid_cells_in_the_history(qtbot, cells_dock, emulator):
    dock, manager, history = cells_dock
    _start_cells(qtbot, dock)
    qtbot.waitUntil(lambda: len(emulator.delivered) >= 2, timeout=20000)
    entry = next(e for e in manager.entries if e.state == "running")
    manager.cancel(entry)  # the ✕ of its row (its question is about a file already arriving)
    qtbot.waitUntil(lambda: entry.state != "running", timeout=30000)
    assert entry.state == "cancelled"
    saved = {p.name for p in Path(dock.output.folder_widget.filePath()).rglob("*.tif")}
    recorded = {Path(e.path).name for e in history.entries()}
    assert saved and saved <= recorded, (saved, recorded)
    charged = len(emulator.delivered)
    assert charged >= len(saved)
    if charged > len(saved):  # a cell in flight was charged but not kept: the message says so
        assert "charged" in entry.message, entry.message


def test_server_text_in_the_message_bar_is_shown_not_followed(qgis_iface):
    """A planted link in a server's message must not become a working link in QGIS."""
    from clearsky_downloader.ui.feedback import push_error

    bar = qgis_iface.messageBar()
    push_error(bar, errors.InvalidRequestError('ClearSKY: <a href="https://evil.example">Click to fix</a>'))
    text = bar.currentItem().text()
    assert "<a href" not in text and "&lt;a href" in text
    bar.clearWidgets()


def test_paid_requests_never_exceed_max_concurrent_connections(client, emulator, outdir):
    """A date series started two downloads at once with MaxConcurrentConnections=1 (§3.4)."""
    from concurrent.futures import ThreadPoolExecutor

    emulator.max_concurrent = 1
    emulator.latency, emulator.chunk_delay, emulator.chunk_size = 0.1, 0.01, 16 * 1024
    client.account_info(refresh=True)
    reqs = [request(date=d) for d in ("2024-05-03", "2024-05-04", "2024-05-06")]
    approval = approve(emulator, *reqs)
    with ThreadPoolExecutor(3) as pool:
        results = list(pool.map(lambda r: client.composite(r, outdir, approval=approval), reqs))
    assert all(r.path.exists() for r in results) and len(emulator.delivered) == 3
    assert emulator.max_inflight[P] == 1


def test_a_complete_paid_file_that_cannot_take_its_name_is_kept_and_said(client, emulator, outdir, monkeypatch):
    """design.md: paid bytes are never thrown away because of a local failure after the 200."""
    from clearsky_downloader.core import download

    def refuse(part, target, overwrite):
        raise OSError(30, "Read-only file system")

    monkeypatch.setattr(download, "_move_into_place", refuse)  # a local failure, after the last byte
    req = request()
    with pytest.raises(errors.ChargedError) as info:
        client.composite(req, outdir, approval=approve(emulator, req))
    kept = [p for p in outdir.iterdir() if p.name.endswith(".kept.tif")]
    assert len(kept) == 1 and kept[0].stat().st_size == emulator.delivered[0]["size"]
    assert str(kept[0]) in info.value.message and "charged" in info.value.message
