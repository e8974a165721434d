"""Runs inside real QGIS (``qgis --code``): PROBE_PHASE=download checks and downloads one
composite through the plugin's own manager (as the dock would), watches its area, and quits;
PROBE_PHASE=read reports the history rows the plugin sees after a new start, the watched areas
in the dock, and the notice the start-up check shows.  Results in $PROBE_OUT (JSON)."""

import json
import os
import traceback

import qgis.utils
from qgis.PyQt.QtCore import QTimer

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
def download():
    from clearsky_downloader.core.models import CompositeRequest

    manager = qgis.utils.plugins[NAME]._ensure_manager()
    wkt = "POLYGON((9.90 56.30,9.92 56.30,9.92 56.31,9.90 56.31,9.90 56.30))"
    request = CompositeRequest(date="2024-05-03", wkt=wkt, epsg=32632, bandnames="rgb")

    @guard
    def checked(check):
        entry = manager.download(check, os.environ["PROBE_FOLDER"], approval=check.approve(), aoi_name="restart field")
        wait(entry)

    manager.check_finished.connect(checked)
    manager.check_failed.connect(guard(lambda err: (out.update(error=str(err)), done(False))))
    manager.check(request)


def wait(entry, left=[300]):  # noqa: B006 - a countdown shared by the polls
    if entry.state != "running":
        out["state"], out["message"], out["path"] = entry.state, entry.message, str(entry.path)
        QTimer.singleShot(500, watch)  # the history row is written before the entry ends
        return
    left[0] -= 1
    if left[0] <= 0:
        out["error"] = "timed out"
        done(False)
        return
    QTimer.singleShot(100, lambda: wait(entry))


@guard
def watch():
    from clearsky_downloader.core.watch import WatchedArea

    service = qgis.utils.plugins[NAME]._watch_service()
    wkt = "POLYGON((9.90 56.30,9.92 56.30,9.92 56.31,9.90 56.31,9.90 56.30))"
    service.areas_changed.connect(guard(lambda areas: all(a.last_checked for a in areas) and done()))
    service.watch(WatchedArea("North fields", wkt, "Stratus2", ("sentinel-2",)))


@guard
def read():
    plugin = qgis.utils.plugins[NAME]
    manager = plugin._ensure_manager()
    out["rows"] = [{"area": e.area, "date": e.date, "path": e.path} for e in manager.history.entries()]
    out["history"] = str(manager.history.path)
    out["watch_file"] = str(plugin._watch_service().store.path)

    @guard
    def notified(result, widget):
        out["notice"] = result.notice()
        out["watched"] = plugin.show_dock().watched.rows()
        done()

    # the start-up check (CLEARSKY_WATCH_START_S after the interface is up) finds the new date
    plugin._watch_service().notified.connect(notified)
    QTimer.singleShot(60000, guard(lambda: (out.update(error="no notice"), done(False))))


QTimer.singleShot(1000, download if os.environ.get("PROBE_PHASE") == "download" else read)
