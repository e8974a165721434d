"""Runs inside real QGIS (``qgis --code``): load, unload and load the plugin again,
recording what the main window shows at each step into $PROBE_OUT (JSON)."""

import json
import os
import traceback

import qgis.utils
from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtWidgets import QApplication, QDockWidget, QToolBar

iface = qgis.utils.iface
NAME = "clearsky_downloader"
out = {"steps": []}


def snapshot(label):
    win = iface.mainWindow()
    web = iface.webMenu()
    sub = [a for a in web.actions() if a.menu() and a.text().replace("&", "") == "ClearSKY"]
    entries = [x.text() for a in sub for x in a.menu().actions()]
    toolbar = [
        a.objectName()
        for tb in win.findChildren(QToolBar)
        for a in tb.actions()
        if a.objectName().startswith("clearsky")
    ]
    docks = [d.objectName() for d in win.findChildren(QDockWidget) if d.objectName().startswith("ClearSky")]
    visible = [
        d.objectName() for d in win.findChildren(QDockWidget) if d.objectName().startswith("ClearSky") and d.isVisible()
    ]
    out["steps"].append(
        {
            "label": label,
            "loaded": NAME in qgis.utils.active_plugins,
            "web_submenus": len(sub),
            "web_entries": entries,
            "toolbar": toolbar,
            "docks": docks,
            "visible_docks": visible,
        }
    )


def run():
    try:
        if NAME not in qgis.utils.active_plugins:
            qgis.utils.loadPlugin(NAME)
            qgis.utils.startPlugin(NAME)
        snapshot("loaded")
        plugin = qgis.utils.plugins[NAME]
        plugin.toggle_action.trigger()
        QApplication.processEvents()
        snapshot("dock shown")
        plugin.toggle_action.trigger()
        QApplication.processEvents()
        snapshot("dock hidden")
        qgis.utils.unloadPlugin(NAME)
        QApplication.processEvents()
        snapshot("unloaded")
        qgis.utils.loadPlugin(NAME)
        qgis.utils.startPlugin(NAME)
        qgis.utils.plugins[NAME].toggle_action.trigger()
        QApplication.processEvents()
        snapshot("reloaded, dock shown")
    except Exception:
        out["error"] = traceback.format_exc()
    with open(os.environ["PROBE_OUT"], "w") as fh:
        json.dump(out, fh)
    os._exit(0)


QTimer.singleShot(500, run)
