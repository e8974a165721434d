"""Time: a date series as a temporal layer group, the download history, and a warning before
an identical request is paid for again."""

from __future__ import annotations

import datetime as dt

import pytest
from qgis.core import Qgis, QgsProject
from qgis.PyQt.QtCore import QDate, Qt

from clearsky_downloader.core.api import ClearSkyClient
from clearsky_downloader.core.history import History
from clearsky_downloader.ui.dock import ClearSkyDock
from clearsky_downloader.ui.downloads import DownloadManager

from conftest import AOI_WKT, FAST_RETRY

P = "/api/satelliteimages/process/composite"
FIELD = "POLYGON((9.90 56.30,9.93 56.30,9.93 56.32,9.90 56.32,9.90 56.30))"


@pytest.fixture
def dock(qgis_iface, emulator, outdir, tmp_path, qgis_new_project):
    client = ClearSkyClient(emulator.url, emulator.api_key, retry=FAST_RETRY, timeout=(5, 20))
    manager = DownloadManager(
        lambda: client, qgis_iface.messageBar(), history=History(tmp_path / "profile" / "history.gpkg")
    )
    d = ClearSkyDock(qgis_iface, manager)
    d.output.folder_widget.setFilePath(str(outdir))
    d.product.bands_combo.setCurrentText("B4,B3,B2")
    d.use_wkt(FIELD, "field")
    yield d
    manager.cancel_all()
    d.cleanup()
    client.close()


def approve(qtbot, dock):
    qtbot.waitUntil(lambda: dock.cost_dialog is not None, timeout=20000)
    dialog = dock.cost_dialog
    dialog.download_button.click()
    return dialog


def wait_all(qtbot, dock, n):
    qtbot.waitUntil(
        lambda: len(dock.manager.entries) >= n and all(e.state != "running" for e in dock.manager.entries),
        timeout=40000,
    )


def test_three_date_series_one_estimate_three_temporal_layers(qtbot, dock, emulator):
    dock.product.date_edit.setDate(QDate(2024, 5, 1))
    dock.product.series_check.setChecked(True)
    dock.product.until_edit.setDate(QDate(2024, 5, 5))  # imagery on the 1st, 3rd and 4th
    dock.download_button.click()
    qtbot.waitUntil(lambda: dock.cost_dialog is not None, timeout=20000)
    dialog = dock.cost_dialog
    estimates = emulator.calls(P + "/estimate")
    assert [c.json["Date"] for c in estimates] == ["2024-05-01", "2024-05-03", "2024-05-04"]
    one = emulator.cost(dock.aoi.area_km2, 10)
    assert dialog.values["credits"].text() == f"{3 * one:,.2f} credits"
    each = f"{one:,.2f} credits"
    assert f"3 dates: 2024-05-01 ({each}), 2024-05-03 ({each}), 2024-05-04 ({each})" in dialog.values["series"].text()
    assert dialog.values["area"].text().startswith(f"{dock.aoi.area_km2:,.2f}"), "the area once, not times 3"
    assert "on each of the 3 dates" in dialog.availability_label.text(), "not 'on this date' for a series"
    assert emulator.calls(P) == []
    bar = dock.iface.messageBar()
    bar.clear_messages()
    dialog.download_button.click()
    wait_all(qtbot, dock, 3)
    assert [e.state for e in dock.manager.entries] == ["done"] * 3
    successes = bar.get_messages(Qgis.MessageLevel.Success)
    assert len(successes) == 1 and f"3 dates added to the map ({3 * one:,.2f} credits)" in successes[0], successes
    group = QgsProject.instance().layerTreeRoot().findGroup("ClearSKY series field")
    layers = [node.layer() for node in group.findLayers()]
    days = sorted(lyr.temporalProperties().fixedTemporalRange().begin().date().toPyDate() for lyr in layers)
    assert days == [dt.date(2024, 5, 1), dt.date(2024, 5, 3), dt.date(2024, 5, 4)]
    assert all(lyr.temporalProperties().isActive() for lyr in layers)
    assert len(emulator.delivered) == 3

    def order():
        return [n.layer().temporalProperties().fixedTemporalRange().begin().date().day() for n in group.findLayers()]

    assert order() == [4, 3, 1], "newest on top"
    # whatever order the dates finish in (in German the reviewer saw 10-12, 10-20, 10-02, 10-05)
    from clearsky_downloader.core.compat import set_fixed_temporal_range
    from clearsky_downloader.core.layers import place_in_group

    by_day = {lyr.temporalProperties().fixedTemporalRange().begin().date().day(): lyr for lyr in layers}
    for day in (3, 1, 4):
        layer = by_day[day].clone()
        set_fixed_temporal_range(layer, dt.date(2024, 5, day))
        QgsProject.instance().removeMapLayer(by_day[day].id())
        place_in_group(layer, "ClearSKY series field")
    assert order() == [4, 3, 1]


def test_history_rows_survive_a_restart_and_a_rerun_asks_first(qtbot, dock, emulator, tmp_path):
    dock.product.date_edit.setDate(QDate(2024, 5, 3))
    dock.check_button.click()
    approve(qtbot, dock)
    wait_all(qtbot, dock, 1)
    entry = dock.manager.entries[0]
    assert entry.state == "done"
    reopened = History(tmp_path / "profile" / "history.gpkg")  # a new session reads the same file
    (row,) = reopened.entries()
    assert row.sha256 == entry.sha256 == emulator.delivered[0]["sha256"]
    assert row.credits == pytest.approx(emulator.delivered[0]["credits"])
    assert row.path == str(entry.path) and "Copernicus" in row.attribution and row.date == "2024-05-03"
    assert "POLYGON" in row.wkt and not row.missing
    assert [r[:2] for r in dock.history.visible_rows()] == [["2024-05-03", "field"]]

    asked = []
    dock.ask = lambda question: asked.append(question) or False
    dock.check_button.click()
    approve(qtbot, dock)
    assert len(asked) == 1 and "already downloaded exactly this request" in asked[0]
    assert len(emulator.calls(P)) == 1 and len(dock.manager.entries) == 1, "nothing spent twice"

    from clearsky_downloader.ui.browser import ClearSkyItemProvider, DownloadItem

    root = ClearSkyItemProvider(dock.manager.client, history=lambda: reopened).createDataItem("", None)
    (downloads,) = [c for c in root.createChildren() if c.name() == "Downloads"]
    (item,) = downloads.createChildren()
    assert isinstance(item, DownloadItem) and "2024-05-03 Stratus2" in item.name()
    item.handleDoubleClick()
    assert any(lyr.source() == str(entry.path) for lyr in QgsProject.instance().mapLayers().values())

    entry.path.unlink()
    assert History(tmp_path / "profile" / "history.gpkg").entries()[0].missing


def test_a_series_over_a_five_field_layer_downloads_every_date_and_charges_the_estimate(qtbot, dock, emulator):
    """Issue: a series over a multi-feature polygon layer failed on every date and still charged."""
    from conftest import memory_layer

    fields = [
        f"POLYGON(({9.90 + i * 0.02} 56.30,{9.91 + i * 0.02} 56.30,{9.91 + i * 0.02} 56.31,"
        f"{9.90 + i * 0.02} 56.31,{9.90 + i * 0.02} 56.30))"
        for i in range(5)
    ]
    layer = memory_layer("Polygon", "EPSG:4326", fields, "farm_fields")
    QgsProject.instance().addMapLayer(layer)
    dock.use_layer(layer)
    assert dock.aoi is not None and dock.aoi.geometry.geom_type == "MultiPolygon"
    dock.product.date_edit.setDate(QDate(2024, 5, 1))
    dock.product.series_check.setChecked(True)
    dock.product.until_edit.setDate(QDate(2024, 5, 6))  # imagery on the 1st, 3rd, 4th and 6th
    dock.download_button.click()
    qtbot.waitUntil(lambda: dock.cost_dialog is not None, timeout=20000)
    shown = float(dock.cost_dialog.values["credits"].text().split()[0].replace(",", ""))
    before = emulator.credits
    dock.cost_dialog.download_button.click()
    wait_all(qtbot, dock, 4)
    assert [e.state for e in dock.manager.entries] == ["done"] * 4, [e.message for e in dock.manager.entries]
    assert len(emulator.delivered) == 4
    assert before - emulator.credits == pytest.approx(shown, abs=0.01)
    qtbot.waitUntil(lambda: f"{emulator.credits:,.2f} credits" in dock.account_label.text(), timeout=10000)


def test_series_frames_show_only_their_own_day_and_the_controller_steps_by_day(qtbot, qgis_iface, dock, emulator):
    """On 3.22 a layer beginning at midnight also showed on the previous day's frame; the
    Temporal Controller's full range stepped by the hour."""
    from qgis.core import QgsTemporalNavigationObject

    nav = QgsTemporalNavigationObject(qgis_iface.mapCanvas())  # owned by the canvas, which keeps using it
    qgis_iface.mapCanvas().setTemporalController(nav)
    dock.product.date_edit.setDate(QDate(2024, 5, 1))
    dock.product.series_check.setChecked(True)
    dock.product.until_edit.setDate(QDate(2024, 5, 4))  # imagery on the 1st, 3rd and 4th; none on the 2nd
    dock.download_button.click()
    approve(qtbot, dock)
    wait_all(qtbot, dock, 3)
    layers = [n.layer() for n in QgsProject.instance().layerTreeRoot().findGroup("ClearSKY series field").findLayers()]
    assert nav.totalFrameCount() == 4 and nav.frameDuration().days() == 1
    shown = []
    for frame in range(nav.totalFrameCount()):
        window = nav.dateTimeRangeForFrameNumber(frame)
        visible = [lyr for lyr in layers if lyr.temporalProperties().isVisibleInTemporalRange(window)]
        shown.append([lyr.temporalProperties().fixedTemporalRange().begin().date().day() for lyr in visible])
    assert shown == [[1], [], [3], [4]]


def test_history_lists_every_delivery_with_its_area_sortable_and_filterable(qtbot, dock, emulator):
    """A single date, a series and a grid cell batch all land in the history, with the area's name."""
    dock.product.date_edit.setDate(QDate(2024, 5, 3))
    dock.check_button.click()
    approve(qtbot, dock)
    wait_all(qtbot, dock, 1)
    dock.use_wkt("POLYGON((10.00 56.30,10.02 56.30,10.02 56.31,10.00 56.31,10.00 56.30))", "north meadow")
    dock.product.date_edit.setDate(QDate(2024, 5, 1))
    dock.product.series_check.setChecked(True)
    dock.product.until_edit.setDate(QDate(2024, 5, 3))
    dock.download_button.click()
    approve(qtbot, dock)
    wait_all(qtbot, dock, 3)
    dock.history.setCollapsed(False)
    rows = dock.history.visible_rows()
    assert sorted((r[0], r[1]) for r in rows) == [
        ("2024-05-01", "north meadow"),
        ("2024-05-03", "field"),
        ("2024-05-03", "north meadow"),
    ]
    assert all(float(r[3].replace(",", "")) > 0 and r[4].endswith(".tif") for r in rows)
    dock.history.table.sortByColumn(3, Qt.SortOrder.AscendingOrder)  # a click on the Credits header
    credits = [float(r[3].replace(",", "")) for r in dock.history.visible_rows()]
    assert credits == sorted(credits)
    dock.history.filter_edit.setText("meadow 05-01")
    assert [r[:2] for r in dock.history.visible_rows()] == [["2024-05-01", "north meadow"]]


@pytest.mark.gui
def test_a_weekly_series_in_a_new_project_animates_over_its_whole_range(emulator, tmp_path):
    """#29: in real QGIS, after a weekly series in a new project, the Temporal Controller covered
    the first date only (one frame): its panel takes the first temporal layer's range."""
    import json

    from conftest import PLUGIN_PARENT, ROOT
    from qgis_app.runner import run_qgis

    emulator.external_client = True  # the approvals live in the QGIS process: the test counts its charges
    env = {
        "CLEARSKY_API_URL": emulator.url,
        "CLEARSKY_API_KEY": emulator.api_key,
        "PROBE_FOLDER": str(tmp_path / "out"),
        "PROBE_OUT": str(tmp_path / "series.json"),
    }
    proc = run_qgis(ROOT / "test" / "qgis_app" / "series_probe.py", PLUGIN_PARENT, env)
    out = tmp_path / "series.json"
    assert out.exists(), f"QGIS did not run the probe: rc={proc.returncode}\n{proc.stderr[-3000:]}"
    result = json.loads(out.read_text())
    assert "error" not in result, result
    assert result["states"] and set(result["states"]) == {"done"}, result
    first, last = min(result["dates"]), max(result["dates"])
    days = (dt.date.fromisoformat(last) - dt.date.fromisoformat(first)).days + 1
    assert result["begin"] == f"{first} 00:00:00" and result["frame_days"] == 1, result
    assert result["frames"] == days > 7, result
    assert len(emulator.delivered) == len(result["dates"]), "one charge per date of the series"


def test_weekly_steps_are_at_least_seven_days_and_an_end_before_the_start_is_refused(client):
    """#29: "weekly" picked 10-02 and then 10-05 (3 days apart: two ISO weeks); an end before the
    start said "No imagery … between 2026-12-01 and 2026-11-05"."""
    from clearsky_downloader.core import errors
    from clearsky_downloader.core.models import CompositeRequest
    from clearsky_downloader.core.workflow import pick_dates, run_series_check

    days = [dt.date(2026, 10, d) for d in (2, 5, 8, 9, 12, 16, 20, 23, 30)]
    weekly = pick_dates(days, "weekly")
    assert weekly == [dt.date(2026, 10, d) for d in (2, 9, 16, 23, 30)]
    assert all((b - a).days >= 7 for a, b in zip(weekly, weekly[1:]))
    request = CompositeRequest(date="2026-12-01", wkt=AOI_WKT, epsg=32632, bandnames="rgb")
    with pytest.raises(errors.InvalidRequestError, match=r"ends \(2026-11-05\) before it starts \(2026-12-01\)"):
        run_series_check(client, request, "2026-11-05", "weekly")


def test_a_product_opened_again_from_the_history_keeps_its_name_and_download_time(qtbot, dock, emulator):
    """#29: no Open button (double-click only), the reopened layer lost its area name, its metadata
    said the time of the reopening, and "Use its area and settings" renamed the area."""
    dock.use_wkt("POLYGON((10.00 56.30,10.02 56.30,10.02 56.31,10.00 56.31,10.00 56.30))", "north meadow")
    dock.product.date_edit.setDate(QDate(2024, 5, 3))
    dock.check_button.click()
    approve(qtbot, dock)
    wait_all(qtbot, dock, 1)
    first = QgsProject.instance().mapLayer(dock.manager.entries[0].layer_id)
    assert first.name() == "Stratus2 2024-05-03 north meadow"
    QgsProject.instance().removeMapLayer(first.id())
    dock.history.setCollapsed(False)
    dock.history.refresh()
    dock.history.table.setCurrentItem(dock.history.table.topLevelItem(0))
    entry = dock.history.current()
    dock.history.open_button.click()
    again = QgsProject.instance().mapLayersByName("Stratus2 2024-05-03 north meadow")
    assert len(again) == 1, [lyr.name() for lyr in QgsProject.instance().mapLayers().values()]
    history = again[0].metadata().history()
    stamps = [h.split(": downloaded")[0] for h in history if ": downloaded from" in h]
    assert stamps and all(s[:16] == entry.time[:16] for s in stamps), (stamps, entry.time)  # not now
    dock.use_wkt("POLYGON((9.0 56.0,9.1 56.0,9.1 56.1,9.0 56.1,9.0 56.0))", "elsewhere")
    for button in dock.history.findChildren(type(dock.history.open_button)):
        if button.text() == "Use its area and settings":
            button.click()
    assert dock.aoi.name == "north meadow"
