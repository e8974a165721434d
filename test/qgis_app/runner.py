"""Run the real QGIS desktop application under Xvfb with a ``--code`` script."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import Optional


def run_qgis(
    script: Path,
    plugin_parent: Path,
    env: Optional[dict] = None,
    timeout: int = 150,
    profiles: Optional[Path] = None,
) -> subprocess.CompletedProcess:
    """Start ``qgis`` with a fresh profile in which clearsky_downloader is enabled, or with
    ``profiles`` (kept: the same user starting QGIS again)."""
    keep = profiles is not None
    profiles = profiles or Path(tempfile.mkdtemp(prefix="qgis-profile-"))
    ini = profiles / "profiles" / "default" / "QGIS"
    if not (ini / "QGIS3.ini").exists():
        ini.mkdir(parents=True, exist_ok=True)
        (ini / "QGIS3.ini").write_text(
            "[PythonPlugins]\nclearsky_downloader=true\n[qgis]\ncheckVersion=false\nshowTips=false\n"
            "[UI]\nUI%5Ccheck_version=false\n"
        )
    runtime = tempfile.mkdtemp(prefix="xdg-")
    os.chmod(runtime, 0o700)
    full_env = {
        **os.environ,
        "QGIS_PLUGINPATH": str(plugin_parent),
        "XDG_RUNTIME_DIR": runtime,
        "PROJ_DATA": "/usr/share/proj",
        **(env or {}),
    }
    full_env.pop("QT_QPA_PLATFORM", None)  # the desktop needs a (virtual) X display
    cmd = [
        "qgis",
        "--nologo",
        "--noversioncheck",
        "--nocustomization",
        "--profiles-path",
        str(profiles),
        "--code",
        str(script),
    ]
    if not os.environ.get("DISPLAY") or os.environ.get("CI"):
        xvfb = shutil.which("xvfb-run")
        if not xvfb:
            raise RuntimeError("xvfb-run is missing: run `make setup` (installs xvfb)")
        cmd = [xvfb, "-a", "-s", "-screen 0 1600x1000x24", *cmd]
    try:
        return subprocess.run(cmd, env=full_env, capture_output=True, text=True, timeout=timeout)
    finally:
        if not keep:
            shutil.rmtree(profiles, ignore_errors=True)
        shutil.rmtree(runtime, ignore_errors=True)
