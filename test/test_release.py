"""Release hygiene: ``make package`` refuses metadata that the plugin repository would reject or
that disagrees with the changelog, and ships the licence."""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile

import pytest

from conftest import ROOT

CHECK = ROOT / "scripts" / "check_metadata.py"


def check(root) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(CHECK), str(root)], capture_output=True, text=True, timeout=60)


def test_the_checkout_passes_and_a_version_drift_is_refused(tmp_path):
    assert check(ROOT).returncode == 0
    copy = tmp_path / "clearsky_downloader"
    copy.mkdir()
    for name in ("metadata.txt", "CHANGELOG.md", "LICENSE"):
        shutil.copy(ROOT / name, copy / name)
    meta = copy / "metadata.txt"
    meta.write_text(meta.read_text(encoding="utf-8").replace("version=", "version=9.9.9\nold_version="), "utf-8")
    proc = check(copy)
    assert proc.returncode == 1 and "newest CHANGELOG.md entry is" in proc.stderr
    (copy / "LICENSE").unlink()
    assert "LICENSE is missing" in check(copy).stderr


@pytest.mark.skipif(not (shutil.which("git") and shutil.which("make")), reason="needs git and make (the checkout)")
def test_make_package_builds_a_zip_with_the_licence_and_without_tests():
    proc = subprocess.run(["make", "package"], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    zips = sorted((ROOT / "dist").glob("clearsky_downloader-*.zip"))
    names = zipfile.ZipFile(zips[-1]).namelist()
    assert "clearsky_downloader/LICENSE" in names and "clearsky_downloader/metadata.txt" in names
    assert "clearsky_downloader/CHANGELOG.md" in names
    assert not any(n.startswith("clearsky_downloader/test/") for n in names)
