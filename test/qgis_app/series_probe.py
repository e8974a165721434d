"""Runs inside real QGIS (``qgis --code``), in a new project: a weekly date series through the
dock, as the analyst clicks it; reports the Temporal Controller's range and frames once every
date is on the map.  Results in $PROBE_OUT (JSON)."""

import datetime as dt
import json
import os
import traceback

import qgis.utils
from qgis.PyQt.QtCore import QDate, QTimer

NAME = "clearsky_downloader"
out = {}


def done(ok=True):
    with open(os.environ["PROBE_OUT"], "w") as fh:
        json.dump(out, fh)
    os._exit(0 if ok else 1)  # quit QGIS (no "save the project?" question)


def guard(fn):
    def run(*args):
        try:
            fn(*args)
        except Exception:
            out["error"] = traceback.format_exc()
            done(False)

    return run


@guard
def start():
    plugin = qgis.utils.plugins[NAME]
    dock = plugin._ensure_dock()
    dock.show()
    dock.output.folder_widget.setFilePath(os.environ["PROBE_FOLDER"])
    dock.use_wkt("POLYGON((9.90 56.30,9.92 56.30,9.92 56.31,9.90 56.31,9.90 56.30))", "weekly field")
    dock.product.date_edit.setDate(QDate(2024, 5, 1))
    dock.product.series_check.setChecked(True)
    dock.product.until_edit.setDate(QDate(2024, 5, 31))
    dock.product.step_combo.setCurrentIndex(dock.product.step_combo.findData("weekly"))
    dock.download_button.click()
    QTimer.singleShot(200, lambda: approve(dock, 0))


@guard
def approve(dock, tries):
    if dock.cost_dialog is None:
        if tries > 300:
            raise RuntimeError("no cost dialog")
        QTimer.singleShot(100, lambda: approve(dock, tries + 1))
        return
    dock.cost_dialog.download_button.click()
    QTimer.singleShot(200, lambda: wait(dock, 0))


@guard
def wait(dock, tries):
    entries = dock.manager.entries
    if not entries or any(e.state == "running" for e in entries):
        if tries > 600:
            raise RuntimeError("the series did not finish")
        QTimer.singleShot(100, lambda: wait(dock, tries + 1))
        return
    QTimer.singleShot(500, lambda: report(dock))  # let QGIS's own panels handle the last layer


@guard
def report(dock):
    nav = qgis.utils.iface.mapCanvas().temporalController()
    extent = nav.temporalExtents()
    out.update(
        states=[e.state for e in dock.manager.entries],
        frames=nav.totalFrameCount(),
        frame_days=nav.frameDuration().days(),
        begin=extent.begin().toString("yyyy-MM-dd HH:mm:ss"),
        end=extent.end().toString("yyyy-MM-dd HH:mm:ss"),
        dates=sorted(e.title.split()[0] for e in dock.manager.entries),
        today=dt.date.today().isoformat(),
    )
    done(True)


QTimer.singleShot(1500, start)
