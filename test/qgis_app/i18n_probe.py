"""Runs inside real QGIS started in German (``locale/userLocale=de``): opens the ClearSKY dock
against the emulator, checks a drawn area (the cost dialog) and provokes one error message, and
records what the user reads into $PROBE_OUT (JSON); $PROBE_SHOT gets a screenshot of the dock."""

import json
import os
import traceback

import qgis.utils
from qgis.core import QgsApplication, QgsCoordinateReferenceSystem, QgsRectangle
from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtWidgets import QApplication, QPushButton

iface = qgis.utils.iface
out = {"locale": QgsApplication.locale()}
ctx = {}


def done(error=None):
    if error:
        out["error"] = error
    with open(os.environ["PROBE_OUT"], "w") as fh:
        json.dump(out, fh, ensure_ascii=False, indent=1)
    os._exit(0)


def guarded(step):
    def run():
        try:
            step()
        except Exception:
            done(traceback.format_exc())

    return run


def wait(cond, then, left=150):
    if cond():
        QTimer.singleShot(0, then)
    elif left <= 0:
        done(f"timed out before {then.__name__}")
    else:
        QTimer.singleShot(200, lambda: wait(cond, then, left - 1))


@guarded
def start():
    win = iface.mainWindow()
    win.resize(1600, 1000)
    canvas = iface.mapCanvas()
    canvas.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:32632"))
    canvas.setExtent(QgsRectangle(557500, 6239000, 562500, 6243200))
    dock = qgis.utils.plugins["clearsky_downloader"].show_dock()
    ctx["dock"] = dock
    # an error first: a check without an area of interest
    dock.check()
    bar = iface.messageBar().currentItem()
    out["error_message"] = (bar.title(), bar.text()) if bar is not None else None
    iface.messageBar().clearWidgets()
    wait(lambda: "Credits" in dock.account_label.text(), area)


@guarded
def area():
    dock = ctx["dock"]
    dock.use_wkt("POLYGON((9.90 56.30,9.95 56.30,9.95 56.33,9.90 56.33,9.90 56.30))", "Feld 7")
    dock.product.date_row.set_date("2024-05-03")  # a date with imagery in the emulator
    dock.orders.setCollapsed(False)
    out["dock"] = {
        "title": dock.windowTitle(),
        "buttons": [b.text() for b in dock.findChildren(QPushButton) if b.isVisible()],
        "check": dock.check_button.text(),
        "account": dock.account_label.text(),
    }
    QTimer.singleShot(800, shoot)


@guarded
def shoot():
    if os.environ.get("PROBE_SHOT"):
        QApplication.processEvents()
        QApplication.primaryScreen().grabWindow(0).save(os.environ["PROBE_SHOT"])
    dock = ctx["dock"]
    dock.check_button.click()
    wait(lambda: dock.cost_dialog is not None and dock.cost_dialog.isVisible(), cost)


@guarded
def cost():
    d = ctx["dock"].cost_dialog
    out["cost_dialog"] = {
        "title": d.windowTitle(),
        "download": d.download_button.text(),
        "cancel": d.cancel_button.text(),
        "availability": d.availability_label.text(),
        "balance": d.values["balance"].text(),
    }
    d.cancel_button.click()
    done()


QTimer.singleShot(1500, start)
