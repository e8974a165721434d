"""Fixtures: the plugin importable as ``clearsky_downloader`` whatever the checkout
is called, a fresh loopback emulator per test, and a client bound to it."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BUILD = ROOT / "build"


def _qgis_processing_first() -> None:
    """``import processing`` must be QGIS's Processing plugin, not this repository's
    ``processing/`` package (pytest may put the checkout itself on ``sys.path``)."""
    for base in ("/usr/share/qgis/python/plugins", "/usr/lib/qgis/python/plugins"):
        if (Path(base) / "processing" / "core").is_dir():
            sys.path.insert(0, base)
            sys.modules.pop("processing", None)
            import processing

            assert Path(processing.__file__).parent.parent == Path(base)
            return


sys.path.insert(0, str(ROOT / "scripts"))
from pluginpath import plugin_parent  # noqa: E402

PLUGIN_PARENT = plugin_parent(ROOT)
sys.path.insert(0, str(PLUGIN_PARENT))
_qgis_processing_first()
os.environ.setdefault("PROJ_DATA", "/usr/share/proj")
# headless use must not read a developer's real key or URL
os.environ.pop("CLEARSKY_API_KEY", None)
os.environ.pop("CLEARSKY_API_URL", None)
# §3.3: the settle wait after a paid 502/503 is 10 s for users; short here (the emulator's late
# charges land within it), read by every RetryPolicy made from now on
os.environ["CLEARSKY_SETTLE_SECONDS"] = "0.6"

from clearsky_downloader.core.api import ClearSkyClient, RetryPolicy  # noqa: E402

from emulator import ClearSkyEmulator  # noqa: E402

FAST_RETRY = RetryPolicy(attempts=4, base_delay=0.05, max_delay=2.0, total_time=10.0)

# a small field near Aarhus, Denmark (UTM 32N), about 6 km x 5.5 km
AOI_WKT = "POLYGON((9.90 56.30,10.00 56.30,10.00 56.35,9.90 56.35,9.90 56.30))"


def memory_layer(kind: str, crs: str, wkts: list, name: str = "fields"):
    """A memory layer of ``kind`` (Polygon, LineString…) with one feature per WKT."""
    from qgis.core import QgsFeature, QgsGeometry, QgsVectorLayer

    layer = QgsVectorLayer(f"{kind}?crs={crs}", name, "memory")
    feats = []
    for w in wkts:
        f = QgsFeature()
        f.setGeometry(QgsGeometry.fromWkt(w))
        feats.append(f)
    layer.dataProvider().addFeatures(feats)
    layer.updateExtents()
    return layer


@pytest.fixture
def emulator():
    with ClearSkyEmulator() as emu:
        yield emu


@pytest.fixture
def client(emulator):
    c = ClearSkyClient(emulator.url, emulator.api_key, retry=FAST_RETRY, timeout=(5, 20))
    yield c
    c.close()


@pytest.fixture
def outdir(tmp_path):
    d = tmp_path / "out"
    d.mkdir()
    return d


@pytest.fixture(autouse=True)
def _strict_deprecations():
    """In the compatibility matrix (CLEARSKY_STRICT_DEPRECATIONS=1), a deprecated QGIS/Qt API
    used by the plugin's own modules fails the test, so QGIS 4 finds nothing to remove."""
    import warnings

    if os.environ.get("CLEARSKY_STRICT_DEPRECATIONS"):
        for category in (DeprecationWarning, PendingDeprecationWarning):
            warnings.filterwarnings("error", category=category, module=r"clearsky_downloader(\.|$)")
    yield


@pytest.fixture(autouse=True)
def _fresh_plugin_settings():
    """Each test starts without the plugin's stored settings (the dock remembers its form)."""
    from qgis.core import QgsSettings

    QgsSettings().remove("clearsky_downloader")
    yield
    QgsSettings().remove("clearsky_downloader")


@pytest.fixture(autouse=True)
def _own_history(tmp_path, monkeypatch):
    """Each test has its own download history (the "already delivered?" rules read it)."""
    monkeypatch.setenv("CLEARSKY_HISTORY", str(tmp_path / "history.gpkg"))
    monkeypatch.setenv("CLEARSKY_WATCH", str(tmp_path / "watch.gpkg"))  # and its own watched areas
    yield


@pytest.fixture(autouse=True)
def _money_invariant():
    """After every test (``../shared/design.md``, money rules): the emulators charged no more
    requests and no more credits than the approvals the test made, each paid request was sent
    under an approval, and every charge is a file the client saved (same SHA-256 as the
    emulator sent), an upload the server confirmed, or a charge the client reported."""
    from clearsky_downloader.core.approval import LEDGER

    LEDGER.reset()
    ClearSkyEmulator.instances.clear()
    yield
    charges = [d for emu in ClearSkyEmulator.instances if not emu.external_client for d in emu.delivered]
    placed = [o for emu in ClearSkyEmulator.instances if not emu.external_client for o in emu.placed]
    ClearSkyEmulator.instances.clear()
    # orders: one confirmation creates at most one order, and costs no more than was shown
    assert len(placed) <= LEDGER.order_spends, f"{len(placed)} orders created for {LEDGER.order_spends} confirmed"
    placed_cost = sum(o["cost"] for o in placed)
    assert placed_cost <= LEDGER.approved_order_cost * 1.001 + 0.01, (
        f"orders cost {placed_cost:.2f} this month, {LEDGER.approved_order_cost:.2f} confirmed"
    )
    if not charges:
        return
    charged = sum(d["credits"] for d in charges)
    assert len(charges) <= LEDGER.payload_spends <= LEDGER.approved_payloads, (
        f"{len(charges)} charges for {LEDGER.payload_spends} approved sends ({LEDGER.approved_payloads} approved)"
    )
    assert charged <= LEDGER.approved_credits * 1.001 + 0.01, (
        f"{charged:.2f} credits charged, {LEDGER.approved_credits:.2f} approved"
    )
    unmatched = [
        d
        for d in charges
        if not (d.get("upload") and d["upload"].split("?")[0] in LEDGER.uploads)
        and d["sha256"] not in LEDGER.deliveries
    ]
    assert len(unmatched) <= len(LEDGER.reported), (
        f"{len(unmatched)} charged deliveries neither saved nor reported to the user: {unmatched}"
    )


def approve(emulator, *requests, kind: str = "test"):
    """The test's own approval for ``requests`` (composite or tile), priced as the emulator
    charges them: what a user's click in the cost dialog would grant."""
    from shapely import wkt as swkt

    from clearsky_downloader.core.approval import grant
    from clearsky_downloader.core.models import TileRequest

    from emulator import geodesic_km2

    credits = 0.0
    for r in requests:
        tile = isinstance(r, TileRequest)
        area = emulator.grid.get(r.guid).area_km2 if tile else geodesic_km2(swkt.loads(r.wkt))
        credits += emulator.cost(area, r.resolution)
    return grant(kind, [r.fingerprint for r in requests], credits)
