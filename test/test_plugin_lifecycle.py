"""The plugin in the real QGIS desktop application (under Xvfb)."""

from __future__ import annotations

import json

import pytest

from conftest import PLUGIN_PARENT, ROOT
from qgis_app.runner import run_qgis


@pytest.mark.gui
def test_load_unload_load_in_real_qgis(tmp_path):
    out = tmp_path / "probe.json"
    proc = run_qgis(ROOT / "test" / "qgis_app" / "lifecycle_probe.py", PLUGIN_PARENT, {"PROBE_OUT": str(out)})
    assert out.exists(), f"QGIS did not run the probe: rc={proc.returncode}\n{proc.stderr[-3000:]}"
    result = json.loads(out.read_text())
    assert "error" not in result, result["error"]
    steps = {s["label"]: s for s in result["steps"]}
    loaded = steps["loaded"]
    assert loaded["loaded"] and loaded["web_submenus"] == 1 and loaded["web_entries"][0] == "ClearSKY"
    assert loaded["toolbar"] == ["clearsky_toggle_dock"]
    assert loaded["web_entries"] == ["ClearSKY", "ClearSKY Settings…"] and loaded["provider"] == 10
    menus = result["context"]
    assert menus["polygon"] == ["Download imagery for this layer…", "Watch this area…"]
    assert menus["polygon with selection"] == [
        "Download imagery for this layer…",
        "Watch this area…",
        "Download imagery for selected features…",
    ]
    assert menus["raster"] == [] and menus["line"] == []
    assert sorted(menus["cells"]) == ["Download imagery for this layer…", "Order these cells…", "Watch this area…"]
    assert sorted(menus["orders"]) == [
        "Cancel order…",
        "Download imagery for this layer…",
        "Order details…",
        "Watch this area…",
    ]
    prefilled = result["prefilled"]
    assert prefilled["source"] == "layer" and prefilled["layer"] == "parcels" and "km²" in prefilled["area"]
    assert steps["dock shown"]["visible_docks"] == ["ClearSkyDock"]
    assert steps["dock hidden"]["visible_docks"] == []
    gone = steps["unloaded"]
    assert gone["provider"] == 0
    assert not gone["loaded"] and gone["web_submenus"] == 0 and gone["toolbar"] == [] and gone["docks"] == []
    again = steps["reloaded, dock shown"]
    assert again["web_submenus"] == 1 and again["web_entries"] == loaded["web_entries"]
    assert again["toolbar"] == ["clearsky_toggle_dock"] and again["docks"] == ["ClearSkyDock"]
    assert again["provider"] == loaded["provider"]
    assert again["visible_docks"] == ["ClearSkyDock"]
