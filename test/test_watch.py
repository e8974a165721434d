"""Watched areas (issue #31): free checks for new dates, one notice per area, *Check & download…*
leading to the usual cost dialog, the list in the dock, export/import and ``clearsky:newdates``."""

from __future__ import annotations

import datetime as dt

import pytest
from qgis.PyQt.QtWidgets import QPushButton
from test_gui import canvas, dock, draw_rectangle  # noqa: F401 (fixtures)
from test_processing import WKT_A, alg_env, layer, run  # noqa: F401 (fixture)

from clearsky_downloader.core.transport import P_COMPOSITE as PAID
from clearsky_downloader.core.transport import P_DATES
from clearsky_downloader.core.watch import WatchStore


@pytest.fixture
def recent(emulator):
    """A recent date that ClearSKY has not published yet (the test publishes it)."""
    day = dt.date.today() - dt.timedelta(days=3)
    emulator.dates = [d for d in emulator.dates if d != day]
    return day


def _notices(bar):
    """The message bar's watch notices (widgets with a *Check & download…* button)."""
    out = []
    item = bar.currentItem()
    while item is not None:
        button = item.findChild(QPushButton, "watch_check_download")
        if button is not None:
            out.append((item, button))
        bar.popWidget(item)
        item = bar.currentItem()
    return out


def _paid_calls(emulator):
    """Requests to the endpoints that can charge (composite, tile, minitile, orders)."""
    return [r for r in emulator.requests if "/process/" in r.path or r.path.rstrip("/").endswith("/orders")]


def test_a_new_date_gets_one_notice_and_its_button_opens_the_cost_dialog_before_anything_is_paid(
    qtbot,
    dock,  # noqa: F811
    canvas,  # noqa: F811
    emulator,
    qgis_iface,
    recent,
):
    bar = qgis_iface.messageBar()
    _notices(bar)
    draw_rectangle(dock, canvas)
    dock.watched.setCollapsed(False)
    with qtbot.waitSignal(dock.watch.areas_changed, timeout=15000, check_params_cb=lambda a: a[0].last_checked):
        area = dock.watched.watch_current(name="North fields")
    assert area is not None and dock.watched.rows()[0][0] == "North fields"
    assert not _notices(bar)  # the first check only learns what is there
    # nothing new: no notice, and only free calls
    with qtbot.waitSignal(dock.watch.areas_changed, timeout=15000):
        dock.watched.check_button.click()
    assert not _notices(bar)
    # ClearSKY publishes a date: one notice for the area
    emulator.dates = sorted([*emulator.dates, recent])
    with qtbot.waitSignal(dock.watch.notified, timeout=15000) as signal:
        dock.watched.check_button.click()
    result = signal.args[0]
    assert result.notice().startswith("1 new date for North fields since ") and recent.isoformat() in result.notice()
    assert dock.watched.rows()[0][1] == recent.isoformat()  # last new date, in the list
    notices = _notices(bar)
    assert len(notices) == 1
    assert not _paid_calls(emulator) and not emulator.delivered  # only free calls so far
    # its button: the usual cost dialog for that date; nothing is charged before its Download
    _item, button = notices[0]
    button.click()
    qtbot.waitUntil(lambda: dock.cost_dialog is not None, timeout=15000)
    assert dock.cost_dialog.check.request.date == recent
    assert dock.cost_dialog.check.request.model == area.model
    assert not emulator.calls(PAID) and not emulator.delivered
    dock.cost_dialog.reject()
    # and the next check has nothing new again
    with qtbot.waitSignal(dock.watch.areas_changed, timeout=15000):
        dock.watched.check_button.click()
    assert not _notices(bar)


def test_paused_areas_are_not_checked_and_the_list_exports_and_imports(
    qtbot,
    dock,  # noqa: F811
    canvas,  # noqa: F811
    emulator,
    tmp_path,
):
    draw_rectangle(dock, canvas)
    with qtbot.waitSignal(dock.watch.areas_changed, timeout=15000, check_params_cb=lambda a: a[0].last_checked):
        dock.watched.watch_current(name="South fields")
    dock.watched.table.setCurrentItem(dock.watched.table.topLevelItem(0))
    dock.watched.pause_button.click()
    assert dock.watched.rows()[0][0] == "South fields (paused)"
    calls = len(emulator.calls(P_DATES))
    with qtbot.waitSignal(dock.watch.areas_changed, timeout=15000):
        dock.watched.check_button.click()  # nothing to check: no call
    assert len(emulator.calls(P_DATES)) == calls
    path = tmp_path / "watched.gpkg"
    assert dock.watched.export(str(path)) == 1
    dock.watched.table.setCurrentItem(dock.watched.table.topLevelItem(0))
    dock.watched.remove_button.click()
    assert dock.watched.rows() == []
    assert dock.watched.import_(str(path)) == 1
    assert dock.watched.rows()[0][0] == "South fields (paused)"
    not_ours = tmp_path / "other.gpkg"
    not_ours.write_bytes(b"not a geopackage")
    assert dock.watched.import_(str(not_ours)) == 0  # said in the message bar, nothing lost
    assert len(WatchStore().load()) == 1


def test_newdates_for_a_watched_area_and_for_an_aoi(alg_env, recent):  # noqa: F811
    from clearsky_downloader.core.watch import WatchedArea

    emulator = alg_env
    WatchStore().put(WatchedArea("North fields", WKT_A, "Stratus2", ("sentinel-2",)))
    first = run("newdates", WATCHED="North fields", OUTPUT="memory:")
    assert first["COUNT"] == 0  # the first check learns the dates
    assert run("newdates", WATCHED="North fields", OUTPUT="memory:")["COUNT"] == 0
    emulator.dates = sorted([*emulator.dates, recent])
    out = run("newdates", WATCHED="North fields", OUTPUT="memory:")
    assert (out["COUNT"], out["NEWEST"]) == (1, recent.isoformat())
    since = (recent - dt.timedelta(days=1)).isoformat()
    out = run("newdates", AOI=layer(WKT_A), SINCE=since, MODEL="Stratus2", OUTPUT="memory:")
    assert out["NEWEST"] == max(d for d in emulator.dates if d <= dt.date.today()).isoformat()
    assert out["COUNT"] == len([d for d in emulator.dates if recent <= d <= dt.date.today()])
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException, match="No watched area is called"):
        run("newdates", WATCHED="Nowhere", OUTPUT="memory:")
    assert not emulator.calls(PAID)


def test_the_layer_menu_watches_a_polygon_layers_selection_under_the_name_typed(
    qtbot, qgis_iface, emulator, monkeypatch, qgis_new_project
):
    from qgis.PyQt.QtCore import QTimer
    from qgis.PyQt.QtWidgets import QApplication, QInputDialog
    from test_gui import polygon_layer

    from clearsky_downloader.plugin import ClearSkyPlugin

    monkeypatch.setenv("CLEARSKY_API_URL", emulator.url)
    monkeypatch.setenv("CLEARSKY_API_KEY", emulator.api_key)
    plugin = ClearSkyPlugin(qgis_iface)
    plugin.initGui()
    try:
        east = "POLYGON((10.00 56.30,10.02 56.30,10.02 56.31,10.00 56.31,10.00 56.30))"
        layer = polygon_layer([WKT_A, east], "EPSG:4326", "parcels")
        layer.selectByIds([2])
        qgis_iface.setActiveLayer(layer)

        def type_name():  # the user types a name in the question and presses OK
            dialog = QApplication.activeModalWidget()
            if not isinstance(dialog, QInputDialog):
                QTimer.singleShot(50, type_name)
                return
            dialog.setTextValue("Parcels east")
            dialog.accept()

        QTimer.singleShot(50, type_name)
        service = plugin._watch_service()
        with qtbot.waitSignal(service.areas_changed, timeout=15000, check_params_cb=lambda a: a and a[0].last_checked):
            plugin.layer_menu.watch_action.trigger()
        (area,) = service.areas()
        assert area.name == "Parcels east" and area.model == "Stratus2"
        from shapely import wkt as swkt

        assert swkt.loads(area.wkt).symmetric_difference(swkt.loads(east)).area < 1e-9  # the selection only
        assert plugin.dock.watched.rows()[0][0] == "Parcels east"
    finally:
        plugin.unload()
