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
    from qgis.core import QgsApplication

    provider = QgsApplication.processingRegistry().providerById("clearsky")
    out["steps"].append(
        {
            "label": label,
            "provider": len(provider.algorithms()) if provider else 0,
            "loaded": NAME in qgis.utils.active_plugins,
            "web_submenus": len(sub),
            "web_entries": entries,
            "toolbar": toolbar,
            "docks": docks,
            "visible_docks": visible,
        }
    )


def context_menu(layer):
    view = iface.layerTreeView()
    view.setCurrentLayer(layer)
    menu = view.menuProvider().createContextMenu()
    entries = []
    for action in menu.actions():
        if action.menu() and action.text().replace("&", "") == "ClearSKY":
            entries += [a.text() for a in action.menu().actions()]
    menu.deleteLater()
    return entries


def context_menus():
    from osgeo import gdal
    from qgis.core import QgsFeature, QgsGeometry, QgsProject, QgsRasterLayer, QgsVectorLayer

    poly = QgsVectorLayer("Polygon?crs=EPSG:4326", "parcels", "memory")
    feats = []
    for wkt in ("POLYGON((10 56,10.1 56,10.1 56.1,10 56))", "POLYGON((10.2 56,10.3 56,10.3 56.1,10.2 56))"):
        f = QgsFeature()
        f.setGeometry(QgsGeometry.fromWkt(wkt))
        feats.append(f)
    poly.dataProvider().addFeatures(feats)
    lines = QgsVectorLayer("LineString?crs=EPSG:4326", "roads", "memory")
    path = os.path.join(os.path.dirname(os.environ["PROBE_OUT"]), "tiny.tif")
    ds = gdal.GetDriverByName("GTiff").Create(path, 4, 4, 1)
    ds.SetGeoTransform((10, 0.01, 0, 56, 0, -0.01))
    ds = None
    raster = QgsRasterLayer(path, "tiny")
    QgsProject.instance().addMapLayers([poly, lines, raster])
    out["context"] = {"polygon": context_menu(poly), "line": context_menu(lines), "raster": context_menu(raster)}
    poly.selectByIds([1])
    out["context"]["polygon with selection"] = context_menu(poly)
    qgis.utils.plugins[NAME].layer_menu.layer_action.trigger()  # iface.activeLayer() is the polygon layer
    QApplication.processEvents()
    dock = qgis.utils.plugins[NAME].dock
    out["prefilled"] = {
        "source": dock.state.aoi_source,
        "layer": dock.area.layer_combo.currentLayer().name(),
        "area": dock.area.aoi_label.text(),
    }
    # the layers the plugin makes: grid cells (order them) and orders (details, cancel)
    from clearsky_downloader.core.account_orders import Order, orders_layer
    from clearsky_downloader.core.answers import TileRef
    from clearsky_downloader.core.tiles import footprints_layer

    cell = TileRef("cell-1", 32632, "POLYGON((10 56,10.1 56,10.1 56.1,10 56.1,10 56))")
    cells = footprints_layer([cell])
    order = Order.from_dict(
        {
            "TaskOrderGuid": "o-1",
            "OrderingProcessStatus": "Review",
            "Model": "Stratus2",
            "From": "2026-12-01",
            "Wkt": "POLYGON((10 56,10.1 56,10.1 56.1,10 56.1,10 56))",
        }
    )
    orders = orders_layer([order])
    QgsProject.instance().addMapLayers([cells, orders])
    out["context"]["cells"] = context_menu(cells)
    out["context"]["orders"] = context_menu(orders)
    QgsProject.instance().removeAllMapLayers()


def run():
    try:
        if NAME not in qgis.utils.active_plugins:
            qgis.utils.loadPlugin(NAME)
            qgis.utils.startPlugin(NAME)
        snapshot("loaded")
        context_menus()
        qgis.utils.plugins[NAME].toggle_action.setChecked(False)
        QApplication.processEvents()
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


def watchdog():
    from qgis.PyQt.QtWidgets import QApplication, QLabel

    modal = QApplication.activeModalWidget()
    text = "\n".join(lbl.text() for lbl in modal.findChildren(QLabel)) if modal else ""
    out["error"] = f"probe did not finish; modal dialog: {modal.windowTitle() if modal else None}\n{text}"
    with open(os.environ["PROBE_OUT"], "w") as fh:
        json.dump(out, fh)
    os._exit(1)


QTimer.singleShot(500, run)
QTimer.singleShot(60000, watchdog)
