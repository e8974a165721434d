"""Runs inside real QGIS with a fresh profile: installs the plugin zip ($PROBE_ZIP) through
QGIS's own plugin installer (Plugins → Manage and Install Plugins → Install from ZIP, i.e.
``pyplugin_installer.instance().installFromZipFile``), then records what got installed and
loaded into $PROBE_OUT (JSON)."""

import json
import os
import traceback
from pathlib import Path

import qgis.utils
from qgis.PyQt.QtCore import QTimer

out = {}


def install():
    try:
        import pyplugin_installer
        from qgis.core import QgsApplication

        out["before"] = "clearsky_downloader" in qgis.utils.active_plugins
        pyplugin_installer.instance().installFromZipFile(os.environ["PROBE_ZIP"])
        # the profile's plugin folder: home_plugin_path in QGIS 3.22, HOME_PLUGIN_PATH since 3.3x
        home_path = getattr(qgis.utils, "HOME_PLUGIN_PATH", None) or qgis.utils.home_plugin_path
        home = Path(home_path) / "clearsky_downloader"
        out["installed_at"] = str(home)
        out["files"] = sorted(  # what the zip brought (not the bytecode Python writes on loading)
            p.relative_to(home).as_posix() for p in home.rglob("*") if p.is_file() and "__pycache__" not in p.parts
        )
        out["active"] = "clearsky_downloader" in qgis.utils.active_plugins
        plugin = qgis.utils.plugins.get("clearsky_downloader")
        out["module"] = type(plugin).__module__ if plugin else None
        provider = QgsApplication.processingRegistry().providerById("clearsky")
        out["algorithms"] = len(provider.algorithms()) if provider else 0
        dock = plugin.show_dock() if plugin else None
        out["dock"] = dock.windowTitle() if dock else None
        out["from"] = str(Path(qgis.utils.sys.modules["clearsky_downloader"].__file__).parent)
    except Exception:
        out["error"] = traceback.format_exc()
    with open(os.environ["PROBE_OUT"], "w") as fh:
        json.dump(out, fh, indent=1)
    os._exit(0)


QTimer.singleShot(1500, install)
