"""Secrets never leak; hostile responses cannot escape the output folder or become layers."""

from __future__ import annotations

import logging
import zipfile

import pytest
from osgeo import gdal
from qgis.core import QgsApplication, QgsProject, QgsSettings

from clearsky_downloader.core import errors
from clearsky_downloader.core.api import ClearSkyClient
from clearsky_downloader.core.models import CompositeRequest
from clearsky_downloader.core.settings import Settings, make_client, store_api_key
from clearsky_downloader.ui.downloads import DownloadManager

from conftest import AOI_WKT, FAST_RETRY, approve

P = "/api/satelliteimages/process/composite"
SECRET = "csk-SECRET-7f3a9c1e5b2d4a6c8e0f"


def request(**kw):
    base = dict(date="2024-05-03", wkt=AOI_WKT, epsg=32632, bandnames="B4,B3,B2")
    base.update(kw)
    return CompositeRequest(**base)


@pytest.mark.parametrize(
    "disposition, expected",
    [
        ('attachment; filename="../../etc/evil.tif"', "evil.tif"),
        ('attachment; filename="/etc/passwd"', "passwd.tif"),
        ('attachment; filename="C:\\\\Windows\\\\system32\\\\x.tif"', "x.tif"),
        ('attachment; filename="CON.tif"', "_CON.tif"),
        ('attachment; filename="a\x07b\x1bc.tif"', "abc.tif"),
        ("attachment; filename*=UTF-8''%2E%2E%2Fn%C3%A4me%0A.tif", "näme.tif"),
        ('attachment; filename=".."', None),
    ],
)
def test_hostile_file_names_land_inside_the_folder(client, emulator, outdir, disposition, expected):
    emulator.add_fault("disposition", path=P, disposition=disposition)
    res = client.composite(request(), outdir, approval=approve(emulator, request()))
    assert res.path.parent == outdir and res.path.exists()
    if expected:
        assert res.path.name == expected
    else:
        assert res.path.name.startswith("Stratus2_2024-05-03")
    assert [p for p in outdir.parent.rglob("*") if p.is_file() and outdir not in p.parents] == []


def test_existing_file_is_never_overwritten(client, emulator, outdir):
    emulator.add_fault("disposition", path=P, times=2, disposition='attachment; filename="same.tif"')
    first = client.composite(request(), outdir, approval=approve(emulator, request()))
    second = client.composite(
        request(date="2024-05-04"), outdir, approval=approve(emulator, request(date="2024-05-04"))
    )
    assert (first.path.name, second.path.name) == ("same.tif", "same_1.tif")


def test_non_loopback_http_is_refused_and_tls_is_verified():
    for url in ("http://api.clearsky.vision", "http://192.0.2.10"):
        with pytest.raises(errors.ConfigurationError, match="clear text"):
            ClearSkyClient(url, "k")
    client = ClearSkyClient("https://api.clearsky.vision", "k")
    assert client.session.verify is True


def test_a_whole_session_leaks_the_key_nowhere(qtbot, emulator, outdir, tmp_path, qgis_new_project, caplog):
    emulator.api_key = SECRET
    am = QgsApplication.authManager()
    if not am.masterPasswordIsSet():
        assert am.setMasterPassword("test-master-password", True)
    settings = Settings.load()
    settings.base_url = emulator.url
    settings.authcfg = store_api_key(SECRET)
    settings.save()
    messages: list[str] = []
    QgsApplication.messageLog().messageReceived.connect(lambda msg, tag, level: messages.append(f"{tag}: {msg}"))
    caplog.set_level(logging.DEBUG)
    from clearsky_downloader.core import log

    log.install()
    client = make_client(retry=FAST_RETRY)
    manager = DownloadManager(lambda: client)
    texts: list[str] = [repr(client), repr(settings)]

    def check(req):
        got = {}
        manager.check_finished.connect(lambda r: got.setdefault("ok", r))
        manager.check_failed.connect(lambda e: got.setdefault("error", e))
        manager.check(req)
        qtbot.waitUntil(lambda: bool(got), timeout=20000)
        return got

    # a good download
    ok = check(request())["ok"]
    entry = manager.download(ok, outdir, approval=ok.approve())
    qtbot.waitUntil(lambda: entry.state != "running", timeout=20000)
    assert entry.state == "done"
    # and failures of every kind
    emulator.add_fault("status", path=P + "/estimate", status=503, times=10)
    texts.append(check(request())["error"].user_message())
    emulator.add_fault("bad_key", path=P + "/available")
    texts.append(check(request())["error"].user_message())
    emulator.add_fault("error_code", path=P, code=994)
    failed = manager.download(ok, outdir, approval=ok.approve())
    qtbot.waitUntil(lambda: failed.state != "running", timeout=20000)
    texts.append(failed.message)
    emulator.add_fault("reset_mid_body", path=P)
    broken = manager.download(ok, outdir, approval=ok.approve())
    qtbot.waitUntil(lambda: broken.state != "running", timeout=20000)
    texts.append(broken.message)
    with pytest.raises(errors.ClearSkyError) as info:
        client.composite_estimate(request(model="Nope"))
    texts += [str(info.value), repr(info.value)]

    project_file = tmp_path / "session.qgz"
    assert QgsProject.instance().write(str(project_file))
    with zipfile.ZipFile(project_file) as z:
        texts += [z.read(n).decode("utf-8", "replace") for n in z.namelist()]
    for path in outdir.iterdir():
        texts.append(path.read_bytes().decode("latin-1"))
    ds = gdal.Open(str(entry.path))
    texts.append(str(ds.GetMetadata()))
    ds = None
    qs = QgsSettings()
    texts += [f"{k}={qs.value(k)}" for k in qs.allKeys()]
    texts += messages
    texts.append(caplog.text)
    log.uninstall()
    leaks = [t[:200] for t in texts if SECRET in t]
    assert leaks == []
    assert len(texts) > 20 and any("ClearSKY" in m for m in messages)


@pytest.mark.parametrize(
    "body, why",
    [
        (b"[" * 100000 + b"]" * 100000, "not a valid response"),  # nests deeper than Python follows
        (b'{"Succeeded": true, "Data": {"TaskingModels": "not a list"}}', "shape the plugin cannot read"),
        (b'{"Succeeded": true, "Data": {"TaskingModels": [{"SupportedSatelliteConstellations": 5}]}}', "shape"),
    ],
)
def test_hostile_json_answers_are_typed_errors(emulator, body, why):
    from clearsky_downloader.core import errors

    client = ClearSkyClient(emulator.url, emulator.api_key, retry=FAST_RETRY)
    emulator.add_fault("raw", "/api/tasking/models", times=10, body=body)
    with pytest.raises(errors.ServerError, match=why):
        client.tasking_models()


def test_a_huge_json_answer_is_not_read_into_memory(emulator):
    from clearsky_downloader.core import errors
    from clearsky_downloader.core.transport import MAX_JSON_BYTES

    client = ClearSkyClient(emulator.url, emulator.api_key, retry=FAST_RETRY)
    huge = b'{"Succeeded": true, "Data": {"Tiles": [' + b'{"Guid": "x"},' * (MAX_JSON_BYTES // 14) + b"{}]}}"
    emulator.add_fault("raw", "/api/tasking/search/tiles", body=huge)
    with pytest.raises(errors.ServerError, match="larger than 32 MiB"):
        client.search_tiles(wkt="POLYGON((9.9 56.3,10 56.3,10 56.35,9.9 56.35,9.9 56.3))")


def test_an_account_asking_for_5000_workers_gets_16():
    from clearsky_downloader.core.tiles import MAX_WORKERS, parallelism

    assert parallelism(5000, 0) == MAX_WORKERS == 16
