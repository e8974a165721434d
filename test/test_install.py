"""The plugin zip, as `make package` builds it, installs through QGIS's own plugin installer
(Install from ZIP) into a fresh profile and loads: on the host's QGIS and in each matrix leg."""

from __future__ import annotations

import json
import sys
import zipfile

import pytest

from conftest import ROOT
from qgis_app.runner import run_qgis

sys.path.insert(0, str(ROOT / "scripts"))
from lint_plugin import shipped_files


@pytest.mark.gui
def test_the_plugin_zip_installs_through_qgis_plugin_installer_and_loads(tmp_path):
    package = tmp_path / "clearsky_downloader-test.zip"
    files = shipped_files()
    with zipfile.ZipFile(package, "w", zipfile.ZIP_DEFLATED) as zf:
        for name in files:
            zf.write(ROOT / name, f"clearsky_downloader/{name}")
    assert "LICENSE" in files and "i18n/clearsky_downloader_de.qm" in files and "metadata.txt" in files
    assert not [n for n in files if n.startswith(("test/", "scripts/", "docs/", "bench/"))]
    out = tmp_path / "probe.json"
    empty = tmp_path / "no-plugins"  # QGIS_PLUGINPATH without the checkout: only the installed copy exists
    empty.mkdir()
    profiles = tmp_path / "profiles"
    ini = profiles / "profiles" / "default" / "QGIS"
    ini.mkdir(parents=True)
    (ini / "QGIS3.ini").write_text(
        "[qgis]\ncheckVersion=false\nshowTips=false\n[app]\nplugin_installer\\\\checkOnStart=false\n"
        "[plugin-manager]\nautomatically-check-for-updates=false\n"
    )
    proc = run_qgis(
        ROOT / "test" / "qgis_app" / "install_probe.py",
        empty,
        {"PROBE_OUT": str(out), "PROBE_ZIP": str(package)},
        profiles=profiles,
    )
    assert out.exists(), f"QGIS did not run the probe: rc={proc.returncode}\n{proc.stderr[-3000:]}"
    result = json.loads(out.read_text())
    assert "error" not in result, result["error"]
    assert not result["before"] and result["active"], result
    assert result["from"] == result["installed_at"], "the installed copy is the one that runs"
    assert set(result["files"]) == set(files)
    assert result["algorithms"] == 10 and result["dock"] == "ClearSKY"
