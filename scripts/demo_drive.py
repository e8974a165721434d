"""Runs inside QGIS for `make demo`: a guided tour of one download, with screenshots.

Draws an AOI with real mouse events on the canvas, checks availability and cost,
approves the download in the cost dialog and waits for the layer."""

import json
import os
import traceback

import qgis.utils
from qgis.core import QgsCoordinateReferenceSystem, QgsFeature, QgsGeometry, QgsProject, QgsRectangle, QgsVectorLayer
from qgis.gui import QgsCollapsibleGroupBox
from qgis.PyQt.QtCore import QPoint, Qt, QTimer
from qgis.PyQt.QtTest import QTest
from qgis.PyQt.QtWidgets import QApplication

iface = qgis.utils.iface
OUT = os.environ.get("DEMO_OUT", "build")
state = {"log": []}
ctx = {}
FIELDS = [  # EPSG:32632, near Aarhus
    "POLYGON((558800 6240300,559900 6240300,559900 6241100,558800 6241100,558800 6240300))",
    "POLYGON((560200 6240100,561300 6240400,561100 6241500,560300 6241300,560200 6240100))",
    "POLYGON((558600 6241500,559800 6241500,559700 6242300,558700 6242400,558600 6241500))",
]


def shot(name):
    QApplication.processEvents()
    path = os.path.join(OUT, f"demo-{name}.png")
    QApplication.primaryScreen().grabWindow(0).save(path)
    state["log"].append(f"screenshot {path}")


def finish(ok=True):
    state["ok"] = ok
    with open(os.path.join(OUT, "demo.json"), "w") as fh:
        json.dump(state, fh, indent=1)
    if os.environ.get("DEMO_EXIT"):
        QgsProject.instance().removeAllMapLayers()
        os._exit(0 if ok else 1)


def wait_for(cond, then, timeout_ms=60000, step=200):
    left = [timeout_ms]

    def poll():
        try:
            if cond():
                then()
                return
        except Exception:
            state["error"] = traceback.format_exc()
            finish(False)
            return
        left[0] -= step
        if left[0] <= 0:
            state["error"] = f"timed out waiting in {then.__name__}"
            shot("timeout")
            finish(False)
            return
        QTimer.singleShot(step, poll)

    QTimer.singleShot(step, poll)


def start():
    win = iface.mainWindow()
    screen = QApplication.primaryScreen().geometry()
    win.setGeometry(screen)
    win.move(0, 0)
    win.resize(screen.width(), screen.height())
    add_fields()
    canvas = iface.mapCanvas()
    canvas.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:32632"))
    plugin = qgis.utils.plugins["clearsky_downloader"]
    ctx["dock"] = plugin.show_dock()
    QApplication.processEvents()

    def zoom():
        canvas.setExtent(substitute_extent())
        canvas.refresh()

    QTimer.singleShot(300, zoom)
    wait_for(lambda: "credits" in ctx["dock"].account_label.text(), draw)


def add_fields(name="Demo fields", label="Field"):
    """Three fields near Aarhus (UTM 32N), outlined in green."""
    fields = QgsVectorLayer("Polygon?crs=EPSG:32632&field=name:string", name, "memory")
    feats = []
    for i, wkt in enumerate(FIELDS):
        f = QgsFeature(fields.fields())
        f.setGeometry(QgsGeometry.fromWkt(wkt))
        f["name"] = f"{label} {i + 1}"
        feats.append(f)
    fields.dataProvider().addFeatures(feats)
    fields.renderer().symbol().setColor(Qt.GlobalColor.transparent)
    fields.renderer().symbol().symbolLayer(0).setStrokeColor(Qt.GlobalColor.darkGreen)
    fields.renderer().symbol().symbolLayer(0).setStrokeWidth(0.6)
    QgsProject.instance().addMapLayer(fields)
    return fields


def substitute_extent():
    # around the demo fields, in UTM 32N
    return QgsRectangle(557500, 6239000, 562500, 6243200)


def draw():
    dock = ctx["dock"]
    canvas = iface.mapCanvas()
    dock.area.rect_button.click()
    view = canvas.viewport()
    w, h = view.width(), view.height()
    a, b = QPoint(int(w * 0.30), int(h * 0.28)), QPoint(int(w * 0.72), int(h * 0.70))
    QTest.mousePress(view, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, a)
    QTest.mouseMove(view, QPoint((a.x() + b.x()) // 2, (a.y() + b.y()) // 2))
    QTest.mouseMove(view, b)
    QTest.mouseRelease(view, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, b)
    dock.product.bands_combo.setCurrentText("B4,B3,B2,B8")
    state["aoi"] = dock.area.aoi_label.text()
    QTimer.singleShot(1500, check)


def check():
    shot("dock")
    dock = ctx["dock"]
    dock.check_button.click()
    wait_for(lambda: dock.cost_dialog is not None and dock.cost_dialog.isVisible(), dialog_shown)


def dialog_shown():
    QTimer.singleShot(500, approve)


def approve():
    dock = ctx["dock"]
    shot("cost-dialog")
    d = dock.cost_dialog
    state["dialog"] = {k: v.text() for k, v in d.values.items()}
    d.download_button.click()
    wait_for(lambda: dock.manager.entries and dock.manager.entries[0].state != "running", downloaded)


def downloaded():
    dock = ctx["dock"]
    entry = dock.manager.entries[0]
    state["entry"] = {"state": entry.state, "message": entry.message, "path": str(entry.path)}
    layer = QgsProject.instance().mapLayer(entry.layer_id) if entry.layer_id else None
    if layer is not None:
        state["layer"] = {
            "name": layer.name(),
            "crs": layer.crs().authid(),
            "bands": layer.bandCount(),
            "rights": layer.metadata().rights(),
        }
        iface.mapCanvas().setExtent(iface.mapCanvas().mapSettings().layerExtentToOutputExtent(layer, layer.extent()))
        iface.mapCanvas().zoomByFactor(1.15)
        iface.mapCanvas().refreshAllLayers()
    QTimer.singleShot(3000, final_shot)


def final_shot():
    shot("layer")
    dock = ctx["dock"]
    dock.findChild(QgsCollapsibleGroupBox, "orders_box").setCollapsed(False)
    dock.findChild(QgsCollapsibleGroupBox, "tiles_box").setCollapsed(False)
    dock.tiles.search_tiles_button.click()
    wait_for(lambda: dock.tiles.tiles_layer is not None, sections_shot)


def sections_shot():
    QTimer.singleShot(2000, lambda: (shot("large-area-and-orders"), series()))


def series():
    """A week as a date series, then the Temporal Controller on its second date."""
    dock = ctx["dock"]
    dock.findChild(QgsCollapsibleGroupBox, "orders_box").setCollapsed(True)
    dock.findChild(QgsCollapsibleGroupBox, "tiles_box").setCollapsed(True)
    for layer in QgsProject.instance().mapLayersByName("ClearSKY grid cells"):
        QgsProject.instance().removeMapLayer(layer.id())
    start_date = dock.product.date_edit.date().addDays(-7)
    dock.product.date_edit.setDate(start_date)
    dock.product.series_check.setChecked(True)
    dock.product.until_edit.setDate(start_date.addDays(6))
    ctx["before_series"] = len(dock.manager.entries)
    dock.download_button.click()
    wait_for(lambda: dock.cost_dialog is not None and dock.cost_dialog.isVisible(), approve_series)


def approve_series():
    dock = ctx["dock"]
    state["series_dialog"] = {k: v.text() for k, v in dock.cost_dialog.values.items()}
    dock.cost_dialog.download_button.click()
    wait_for(
        lambda: (
            len(dock.manager.entries) > ctx["before_series"] and all(e.state != "running" for e in dock.manager.entries)
        ),
        series_frame,
        timeout_ms=120000,
    )


def series_frame():
    from qgis.PyQt.QtWidgets import QDockWidget

    dock = ctx["dock"]
    state["series"] = [e.state for e in dock.manager.entries[ctx["before_series"] :]]
    for widget in iface.mainWindow().findChildren(QDockWidget):
        if type(widget).__name__ == "QgsTemporalControllerDockWidget" or "emporal" in widget.objectName():
            widget.show()
    controller = iface.mapCanvas().temporalController()
    if hasattr(controller, "setCurrentFrameNumber"):
        group = QgsProject.instance().layerTreeRoot().findGroup(f"ClearSKY series {dock.aoi.name}")
        layers = [n.layer() for n in group.findLayers()] if group else []

        def shows_one(frame):
            window = controller.dateTimeRangeForFrameNumber(frame)
            return any(lyr.temporalProperties().isVisibleInTemporalRange(window) for lyr in layers)

        frames = [f for f in range(1, controller.totalFrameCount()) if shows_one(f)]
        controller.setCurrentFrameNumber(frames[0] if frames else 0)  # a later date of the series, with imagery
        state["temporal"] = {"frames": controller.totalFrameCount(), "frame": controller.currentFrameNumber()}
    iface.mapCanvas().refreshAllLayers()
    QTimer.singleShot(3000, lambda: (shot("series-frame"), order()))


def guarded(step):
    """A tour step that ends the tour (with the traceback in demo.json) when it fails."""

    def run():
        try:
            step()
        except Exception:
            state["error"] = traceback.format_exc()
            shot("error")
            finish(False)

    run.__name__ = step.__name__
    return run


@guarded
def order():
    """An order for two of the fields: estimate (the billed boxes on the map), confirm, place."""
    from qgis.PyQt.QtWidgets import QDockWidget

    dock = ctx["dock"]
    for widget in iface.mainWindow().findChildren(QDockWidget):
        if "emporal" in widget.objectName():
            widget.hide()
    fields = QgsProject.instance().mapLayersByName("Demo fields")[0]
    fields.selectByIds([2, 3])
    dock.use_layer(fields, True)
    dock.product.series_check.setChecked(False)
    # the fields in the right part of the map, beside the dialog (the billed boxes stay in sight)
    iface.mapCanvas().setExtent(QgsRectangle(553700, 6237800, 561900, 6244800))
    iface.mapCanvas().refresh()
    dialog = dock.new_order()
    ctx["order_dialog"] = dialog
    dialog.recurring.setChecked(True)
    dialog.frequency.setValue(3)
    canvas_left = iface.mapCanvas().mapToGlobal(QPoint(0, 0))
    dialog.move(canvas_left.x() + 10, canvas_left.y() + 10)
    dialog.estimate_button.click()
    wait_for(lambda: dialog.check is not None, order_estimated)


@guarded
def order_estimated():
    dialog = ctx["order_dialog"]
    dialog.confirm.setChecked(True)
    est = dialog.check.estimate
    state["order_estimate"] = {
        "drawn_km2": est.area_km2,
        "billed_km2": est.billed_area_km2,
        "this_month": est.money(est.current_month_cost),
        "monthly": est.money(est.monthly_cost),
        "boxes_on_map": dialog.billed_boxes_on_map,
    }
    QTimer.singleShot(1500, lambda: (shot("order-dialog"), place_order()))


@guarded
def place_order():
    dock = ctx["dock"]
    ctx["order_dialog"].place_button.click()
    dock.findChild(QgsCollapsibleGroupBox, "orders_box").setCollapsed(False)
    wait_for(lambda: dock.order_actions.dialog is None and dock.orders.orders_list.count() == 2, order_placed)


def order_placed():
    dock = ctx["dock"]
    state["orders"] = [dock.orders.orders_list.item(i).text() for i in range(dock.orders.orders_list.count())]
    QTimer.singleShot(1500, lambda: (shot("orders"), watch()))


@guarded
def watch():
    """Watch the ordered fields; ClearSKY publishes yesterday's date; the check's notice."""
    dock = ctx["dock"]
    dock.findChild(QgsCollapsibleGroupBox, "orders_box").setCollapsed(True)
    dock.watched.watch_current(name="North fields")
    wait_for(lambda: any(a.last_checked for a in dock.watch.areas()), published)


@guarded
def published():
    dock = ctx["dock"]
    open(os.path.join(OUT, "publish"), "w").close()  # the emulator adds yesterday's date
    dock.watch.notified.connect(lambda result, widget: state.update(notice=result.notice()))
    QTimer.singleShot(500, lambda: dock.watch.check_now())  # what the 4-hourly timer does
    wait_for(lambda: "notice" in state, lambda: QTimer.singleShot(1500, watch_shot))


@guarded
def watch_shot():
    dock = ctx["dock"]
    state["watched"] = dock.watched.rows()
    shot("watch-notice")
    dock.findChild(QgsCollapsibleGroupBox, "history_box").setCollapsed(False)
    dock.history.spending_button.click()
    dialog = dock.history.spending_dialog
    dialog.split_combo.setCurrentIndex(dialog.split_combo.findData("area"))
    dialog.move(iface.mapCanvas().mapToGlobal(QPoint(20, 20)))
    state["spending"] = dialog.rows()
    QTimer.singleShot(1500, lambda: (shot("spending"), finish(state["entry"]["state"] == "done")))


def first_start():
    """`make demo`'s first QGIS: a new user without a key opens the panel."""
    win = iface.mainWindow()
    screen = QApplication.primaryScreen().geometry()
    win.setGeometry(screen)
    qgis.utils.plugins["clearsky_downloader"].show_dock()
    QTimer.singleShot(2500, lambda: (shot("first-start"), finish(True)))


@guarded
def german():
    """`make demo`'s third QGIS, in German: the dock and the cost dialog of a drawn field."""
    win = iface.mainWindow()
    screen = QApplication.primaryScreen().geometry()
    win.setGeometry(screen)
    win.move(0, 0)
    fields = add_fields("Felder", "Feld")
    canvas = iface.mapCanvas()
    canvas.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:32632"))
    dock = qgis.utils.plugins["clearsky_downloader"].show_dock()
    ctx["dock"] = dock
    ctx["fields"] = fields
    QTimer.singleShot(300, lambda: (canvas.setExtent(substitute_extent()), canvas.refresh()))
    wait_for(lambda: "Credits" in dock.account_label.text(), german_area)


@guarded
def german_area():
    dock = ctx["dock"]
    ctx["fields"].selectByIds([2])
    dock.use_layer(ctx["fields"], True)
    dock.product.date_row.set_date("2024-05-03")
    dock.findChild(QgsCollapsibleGroupBox, "orders_box").setCollapsed(False)
    dock.watched.setCollapsed(False)  # the watched areas' buttons, in German
    dock.check_button.click()
    wait_for(lambda: dock.cost_dialog is not None and dock.cost_dialog.isVisible(), german_shot)


def german_shot():
    QTimer.singleShot(1500, lambda: (shot("de-dock"), finish(True)))


PHASES = {"first-start": first_start, "german": german}
QTimer.singleShot(1500, PHASES.get(os.environ.get("DEMO_PHASE", ""), start))
