"""Ordering from QGIS, as the analyst clicks it (real widgets, offscreen, the emulator): a new
order for the drawn area, estimated then confirmed once, and its area downloads; cancelling
updates the Orders list, the orders layer and the Browser; "Order this area…" from the cost
dialog; a tile order of the selected cells."""

from __future__ import annotations

import datetime as dt

import pytest
import test_gui
from qgis.core import Qgis, QgsProject
from qgis.PyQt.QtCore import QPoint
from qgis.PyQt.QtWidgets import QApplication

from emulator import make_order

# the GUI suite's fixtures: a real map canvas and dock against the emulator
canvas = test_gui.canvas
dock = test_gui.dock
draw_rectangle = test_gui.draw_rectangle
polygon_layer = test_gui.polygon_layer

P_ORDERS = "/api/tasking/orders"


@pytest.fixture
def unordered(emulator):
    emulator.orders = []
    emulator.today = dt.date.today()
    return emulator


def open_new_order(qtbot, dock):
    dock.orders.setCollapsed(False)
    dock.orders.new_order_button.click()
    qtbot.waitUntil(lambda: dock.order_actions.dialog is not None and dock.order_actions.dialog.isVisible())
    return dock.order_actions.dialog


def estimate(qtbot, dialog):
    dialog.estimate_button.click()
    qtbot.waitUntil(lambda: dialog.check is not None, timeout=10000)


def test_estimate_then_confirm_places_one_order_and_the_area_then_downloads(qtbot, dock, canvas, unordered):
    draw_rectangle(dock, canvas, QPoint(250, 150), QPoint(300, 200))
    dock.product.bands_combo.setCurrentText("B4,B3,B2")
    dialog = open_new_order(qtbot, dock)
    assert not dialog.place_button.isEnabled(), "nothing can be placed before an estimate"
    dialog.frequency.setValue(3)
    dialog.recurring.setChecked(True)
    estimate(qtbot, dialog)
    text = dialog.estimate_text()
    est = dialog.check.estimate
    assert f"{est.current_month_cost:,.2f} EUR this month, then about {est.monthly_cost:,.2f} EUR a month" in text
    assert "overlaps none of your existing orders" in text
    assert dialog.billed_boxes_on_map == 1
    assert not dialog.place_button.isEnabled(), "the confirmation box must be ticked"
    assert "every month until you cancel it" in dialog.bill_label.text()
    dialog.storage.setValue(2)  # a change after the estimate: estimate again
    assert dialog.check is None and not dialog.confirm.isEnabled()
    estimate(qtbot, dialog)
    dialog.confirm.setChecked(True)
    assert dialog.place_button.isEnabled()
    assert unordered.placed == []
    dialog.place_button.click()
    assert not dialog.place_button.isEnabled(), "one click, one order"
    qtbot.waitUntil(lambda: dock.order_actions.dialog is None, timeout=10000)
    assert len(unordered.placed) == 1 and unordered.placed[0]["body"]["StorageMonths"] == 2
    assert unordered.placed[0]["body"]["To"] is None and unordered.placed[0]["body"]["ImageFrequency"] == 3
    qtbot.waitUntil(lambda: dock.orders.orders_list.count() == 1 and "●" in dock.orders.orders_list.item(0).text())
    # the area downloads now (it was not covered before)
    dock.download_button.click()
    qtbot.waitUntil(lambda: dock.cost_dialog is not None, timeout=15000)
    assert dock.cost_dialog.download_button.isEnabled(), (dock.product.date_edit.date(), dock.cost_dialog.warnings)
    dock.cost_dialog.download_button.click()
    qtbot.waitUntil(lambda: bool(dock.manager.entries) and dock.manager.entries[0].state != "running", timeout=20000)
    assert dock.manager.entries[0].state == "done", dock.manager.entries[0].message


def test_order_this_area_from_the_cost_dialog_of_an_unordered_area(qtbot, dock, canvas, unordered):
    draw_rectangle(dock, canvas, QPoint(250, 150), QPoint(300, 200))
    dock.check_button.click()
    qtbot.waitUntil(lambda: dock.cost_dialog is not None, timeout=15000)
    cost = dock.cost_dialog
    assert not cost.download_button.isEnabled()
    assert cost.order_button is not None
    cost.order_button.click()
    qtbot.waitUntil(lambda: dock.order_actions.dialog is not None and dock.order_actions.dialog.isVisible())
    assert dock.order_actions.dialog.area.wkt == dock.aoi.wkt
    dock.order_actions.dialog.close()
    assert unordered.placed == []


def test_order_this_area_after_error_1006_in_the_message_bar(qtbot, qgis_iface, dock, unordered):
    from clearsky_downloader.core.errors import NotOrderedError
    from clearsky_downloader.ui.feedback import push_error

    dock.use_wkt("POLYGON((9.9 56.4,9.95 56.4,9.95 56.43,9.9 56.43,9.9 56.4))", "field 7")
    push_error(qgis_iface.messageBar(), NotOrderedError("not covered", code=1006), None, dock.manager.order_area)
    button = next(
        b
        for b in qgis_iface.messageBar().currentItem().findChildren(type(dock.check_button))
        if b.objectName() == "order_this_area"
    )
    button.click()
    qtbot.waitUntil(lambda: dock.order_actions.dialog is not None and dock.order_actions.dialog.isVisible())
    assert "field 7" in dock.order_actions.dialog.findChild(type(dock.account_label)).text()
    dock.order_actions.dialog.close()
    qgis_iface.messageBar().clearWidgets()


def test_cancel_updates_the_list_the_orders_layer_and_the_browser(qtbot, dock, emulator):
    from clearsky_downloader.ui.browser import ClearSkyItemProvider

    emulator.today = dt.date(2026, 12, 1)
    review = make_order("POLYGON((30 50,31 50,31 51,30 51,30 50))", "2026-12-01", None, status="Review")
    one_off = make_order("POLYGON((10 50,11 50,11 51,10 51,10 50))", "2026-11-01", "2026-12-01")
    emulator.orders = [review, one_off]
    dock.load_models()
    qtbot.waitUntil(lambda: dock.orders.orders_list.count() == 2, timeout=10000)
    dock.orders.orders_map_button.click()
    layer = QgsProject.instance().mapLayersByName("ClearSKY orders")[0]
    root = ClearSkyItemProvider(dock.manager.client, order_actions=lambda: dock.order_actions).createDataItem("", None)
    (orders_item,) = root.createChildren()
    orders_item.createChildren()
    browser = {c.order.guid: c for c in orders_item.order_items}
    assert [a.text() for a in browser[review["TaskOrderGuid"]].actions(None)][-1] == "Cancel order…"
    assert "Cancel order…" not in [a.text() for a in browser[one_off["TaskOrderGuid"]].actions(None)]

    dock.orders.select(one_off["TaskOrderGuid"])
    assert not dock.orders.cancel_button.isEnabled(), "a running one-off order cannot be cancelled"
    dock.orders.select(review["TaskOrderGuid"])
    asked = []
    dock.ask = lambda question: asked.append(question) or True
    dock.orders.cancel_button.click()
    assert "What stops" in asked[0] and "What stays: imagery already stored" in asked[0]
    qtbot.waitUntil(lambda: "Cancelled" in dock.orders.orders_list.item(0).text(), timeout=10000)
    assert emulator.orders[0]["OrderingProcessStatus"] == "Cancelled"
    statuses = {f["guid"]: f["status"] for f in layer.getFeatures()}
    assert statuses[review["TaskOrderGuid"]] == "Cancelled" and statuses[one_off["TaskOrderGuid"]] == "Working"
    assert "Cancelled" in browser[review["TaskOrderGuid"]].name()
    QgsProject.instance().removeMapLayer(layer.id())


def test_declining_the_cancel_question_sends_nothing(qtbot, dock, emulator):
    emulator.orders = [make_order("POLYGON((30 50,31 50,31 51,30 51,30 50))", "2026-12-01", None, status="Review")]
    dock.load_models()
    qtbot.waitUntil(lambda: dock.orders.orders_list.count() == 1, timeout=10000)
    dock.orders.orders_list.setCurrentRow(0)
    dock.ask = lambda question: False
    dock.orders.cancel_button.click()
    QApplication.processEvents()
    assert emulator.calls(P_ORDERS + "/cancel") == []


def test_a_tile_order_estimate_uses_the_selected_cells(qtbot, dock, unordered):
    unordered.max_area_km2 = 250
    layer = polygon_layer(["POLYGON((11.95 55.0,12.05 55.0,12.05 55.18,11.95 55.18,11.95 55.0))"], "EPSG:4326", "big")
    dock.use_layer(layer)
    dock.tiles.search_tiles_button.click()
    qtbot.waitUntil(lambda: dock.tiles.tiles_layer is not None, timeout=10000)
    cells = dock.tiles.tiles_layer
    cells.selectByIds([1, 2, 3])
    chosen = sorted(f["guid"] for f in cells.getSelectedFeatures())
    dock.tiles.order_cells_button.click()
    qtbot.waitUntil(lambda: dock.order_actions.dialog is not None and dock.order_actions.dialog.isVisible())
    dialog = dock.order_actions.dialog
    assert dialog.dedup.isVisible()
    estimate(qtbot, dialog)
    body = unordered.calls(P_ORDERS + "/estimate")[-1].json
    assert sorted(body["TileGuids"]) == chosen and "Wkt" not in body
    assert not dialog.check.estimate.billed_differs
    dialog.close()
    assert unordered.placed == []


def test_a_refused_order_asks_for_a_new_estimate_and_an_order_that_may_exist_allows_no_second(
    qtbot, dock, canvas, unordered
):
    draw_rectangle(dock, canvas, QPoint(250, 150), QPoint(300, 200))
    dialog = open_new_order(qtbot, dock)
    estimate(qtbot, dialog)
    dialog.confirm.setChecked(True)
    unordered.add_fault("error_code", P_ORDERS, code=992, message="StorageMonths too long", method="POST")
    dialog.place_button.click()
    qtbot.waitUntil(lambda: "StorageMonths too long" in dialog.estimate_text(), timeout=10000)
    assert unordered.placed == [] and dialog.check is None, "refused: nothing placed, estimate again"
    assert dialog.estimate_button.isEnabled() and not dialog.place_button.isEnabled()

    estimate(qtbot, dialog)
    dialog.confirm.setChecked(True)
    unordered.add_fault("charge_then_status", P_ORDERS, status=500, method="POST")
    unordered.add_fault("status", P_ORDERS, status=503, times=50, method="GET", skip=1)
    dialog.place_button.click()
    qtbot.waitUntil(lambda: "may have been placed" in dialog.estimate_text(), timeout=20000)
    assert len(unordered.placed) == 1
    assert not dialog.place_button.isEnabled() and not dialog.estimate_button.isEnabled(), "no second order"
    unordered.clear_faults()
    dialog.close()


def test_a_placed_order_appears_in_the_browser(qtbot, dock, canvas, unordered):
    from qgis.core import Qgis

    from clearsky_downloader.ui.browser import ClearSkyItemProvider

    root = ClearSkyItemProvider(dock.manager.client, order_actions=lambda: dock.order_actions).createDataItem("", None)
    (orders_item,) = root.createChildren()
    orders_item.populate(True)  # what expanding the node in the Browser does
    qtbot.waitUntil(lambda: orders_item.state() == Qgis.BrowserItemState.Populated, timeout=10000)
    assert orders_item.rowCount() == 0
    draw_rectangle(dock, canvas, QPoint(250, 150), QPoint(300, 200))
    dialog = open_new_order(qtbot, dock)
    estimate(qtbot, dialog)
    dialog.confirm.setChecked(True)
    dialog.place_button.click()
    qtbot.waitUntil(lambda: orders_item.rowCount() == 1, timeout=10000)
    assert [c.order.guid for c in orders_item.order_items] == [unordered.placed[0]["guid"]]


@pytest.mark.parametrize("how", ["task-manager", "downloads-list", "esc"])
def test_cancelling_a_placing_cannot_hide_the_order(qtbot, dock, canvas, unordered, how):
    """The reviewer cancelled the "place order" task: "Cancelled." was shown although the order was
    placed, Estimate and Place came back on, and a second confirm placed a second order."""
    from qgis.core import QgsApplication

    draw_rectangle(dock, canvas, QPoint(250, 150), QPoint(300, 200))
    dialog = open_new_order(qtbot, dock)
    estimate(qtbot, dialog)
    dialog.confirm.setChecked(True)
    unordered.latency = 0.5  # the create is on its way when the user cancels
    dialog.place_button.click()
    qtbot.waitUntil(lambda: any(r.method == "POST" for r in unordered.calls(P_ORDERS)), timeout=10000)
    if how == "task-manager":
        QgsApplication.taskManager().cancelAll()
    elif how == "downloads-list":
        entry = next(e for e in dock.manager.entries if e.state == "running")
        dock.manager.cancel(entry)
    else:
        dialog.reject()
        assert dialog.isVisible(), "Esc waits while the order is being placed"
    qtbot.waitUntil(lambda: dock.order_actions.dialog is None, timeout=15000)
    assert len(unordered.placed) == 1
    entry = dock.manager.entries[-1]
    assert entry.state == "done" and "Order placed" in entry.message, entry.message
    unordered.latency = 0.0


def test_an_estimate_without_a_cost_cannot_be_placed(qtbot, dock, canvas, unordered):
    draw_rectangle(dock, canvas, QPoint(250, 150), QPoint(300, 200))
    dialog = open_new_order(qtbot, dock)
    unordered.order_estimate_override = {"CurrentMonthCosts": {"TotalCost": None}}
    dialog.estimate_button.click()
    qtbot.waitUntil(lambda: "usable cost this month" in dialog.estimate_text(), timeout=10000)
    assert dialog.check is None and not dialog.confirm.isEnabled() and not dialog.place_button.isEnabled()
    dialog.close()
    assert unordered.placed == []


def test_the_order_dialog_shows_the_days_it_sends(qtbot, dock, canvas, unordered):
    draw_rectangle(dock, canvas, QPoint(250, 150), QPoint(300, 200))
    dialog = open_new_order(qtbot, dock)
    estimate(qtbot, dialog)
    request = dialog.check.request
    first, last = request.first_month.isoformat(), request.last_day.isoformat()
    assert f"{first} – {last}" in dialog.estimate_text() + dialog.bill_label.text()
    assert unordered.calls(P_ORDERS + "/estimate")[-1].json["To"] == last
    dialog.close()


def test_unloading_during_a_placing_asks_and_the_order_stands(qtbot, qgis_iface, unordered, monkeypatch):
    """Unload counts an order being placed as paid work: it asks; "cancel" cannot unplace it."""
    from clearsky_downloader.core.new_order import OrderRequest, run_order_estimate
    from clearsky_downloader.plugin import ClearSkyPlugin

    monkeypatch.setenv("CLEARSKY_API_URL", unordered.url)
    monkeypatch.setenv("CLEARSKY_API_KEY", unordered.api_key)
    plugin = ClearSkyPlugin(qgis_iface)
    plugin.initGui()
    asked = []
    plugin.ask_unload = lambda running: asked.append(len(running)) or False  # "Cancel the downloads"
    manager = plugin._ensure_manager()
    month = dt.date.today().replace(day=1)
    request = OrderRequest(
        model="Stratus2",
        constellations=("Sentinel1", "Sentinel2", "Landsat89"),
        first_month=month,
        last_month=month,
        reference_date=month,
        wkt="POLYGON((9.90 56.40,9.93 56.40,9.93 56.42,9.90 56.42,9.90 56.40))",
    )
    check = run_order_estimate(manager.client(), request)
    unordered.latency = 0.5
    got = {}
    entry = manager.place_order(check.request, check.approve(), lambda o: got.update(order=o), got.update)
    qtbot.waitUntil(lambda: any(r.method == "POST" for r in unordered.calls(P_ORDERS)), timeout=10000)
    plugin.unload()
    assert asked == [1]
    qtbot.waitUntil(lambda: entry.state != "running", timeout=15000)
    assert entry.state == "done" and len(unordered.placed) == 1, entry.message
    assert got["order"].guid == unordered.placed[0]["guid"]
    unordered.latency = 0.0


def test_propose_cells_selects_the_cover_and_its_order_is_estimated(qtbot, dock, unordered):
    """§2.7 tile/optimize in the dock: Propose cells → the proposed tiles and minitiles on the map,
    selected → Order these cells… → one estimate of exactly those cells (tiles and minitiles)."""
    field = "POLYGON((11.95 55.0,12.05 55.0,12.05 55.18,11.95 55.18,11.95 55.0))"  # across UTM 32/33
    dock.use_layer(polygon_layer([field], "EPSG:4326", "big"))
    dock.tiles.setCollapsed(False)
    dock.tiles.propose_button.click()
    qtbot.waitUntil(lambda: dock.tiles.tiles_layer is not None, timeout=10000)
    cells = dock.tiles.tiles_layer
    assert cells.featureCount() > 0 and cells.selectedFeatureCount() == cells.featureCount()
    kinds = {bool(f["minitile"]) for f in cells.getFeatures()}
    assert kinds == {True, False}, "whole tiles where they are cheaper, minitiles at the edges"
    assert "selected" in dock.tiles.tiles_label.text()
    dock.tiles.order_cells_button.click()
    qtbot.waitUntil(lambda: dock.order_actions.dialog is not None and dock.order_actions.dialog.isVisible())
    dialog = dock.order_actions.dialog
    estimate(qtbot, dialog)
    body = unordered.calls(P_ORDERS + "/estimate")[-1].json
    tiles = sorted(f["guid"] for f in cells.getFeatures() if not f["minitile"])
    minis = sorted(f["guid"] for f in cells.getFeatures() if f["minitile"])
    assert sorted(body["TileGuids"]) == tiles and sorted(body["MiniTileGuids"]) == minis and "Wkt" not in body
    assert dialog.check.estimate.current_month_cost > 0
    dialog.close()
    assert unordered.placed == []


def test_a_cancelled_recurring_order_reads_as_ending_everywhere(qtbot, dock, emulator):
    """#29: after Cancel order… the message said "… Working … recurring" and the list still read
    "2026-10-01 – 2026-12-01"; nothing said the order now ends."""
    from clearsky_downloader.ui.browser import ClearSkyItemProvider

    emulator.today = dt.date(2026, 12, 4)
    recurring = make_order("POLYGON((30 50,31 50,31 51,30 51,30 50))", "2026-10-01", None)
    emulator.orders = [recurring]
    dock.load_models()
    qtbot.waitUntil(lambda: dock.orders.orders_list.count() == 1, timeout=10000)
    assert "from 2026-10-01, recurring" in dock.orders.orders_list.item(0).text()
    dock.orders.orders_map_button.click()
    layer = QgsProject.instance().mapLayersByName("ClearSKY orders")[0]
    root = ClearSkyItemProvider(dock.manager.client, order_actions=lambda: dock.order_actions).createDataItem("", None)
    (orders_item,) = root.createChildren()
    orders_item.createChildren()
    dock.orders.select(recurring["TaskOrderGuid"])
    dock.ask = lambda question: True
    bar = dock.iface.messageBar()
    dock.orders.cancel_button.click()
    ending = "2026-10-01 – 2026-12-31"
    qtbot.waitUntil(lambda: ending in dock.orders.orders_list.item(0).text(), timeout=10000)
    success = Qgis.MessageLevel.Success
    qtbot.waitUntil(lambda: any("no further months are billed" in m for m in bar.get_messages(success)), timeout=5000)
    assert any(ending in m for m in bar.get_messages(success))
    qtbot.waitUntil(lambda: ending in orders_item.order_items[0].name(), timeout=10000)
    qtbot.waitUntil(lambda: [f["date_to"] for f in layer.getFeatures()] == ["2026-12-31"], timeout=5000)
    QgsProject.instance().removeMapLayer(layer.id())


def test_the_order_dialog_starts_now_and_a_past_month_is_a_said_choice(qtbot, dock, canvas, unordered):
    """#29: the dialog started at the dock's month (October) and called it "this month" on 4 December."""
    from qgis.PyQt.QtCore import QDate

    today = dt.date.today()
    past = (today.replace(day=1) - dt.timedelta(days=40)).replace(day=1)
    dock.product.date_edit.setDate(QDate(past.year, past.month, 5))
    draw_rectangle(dock, canvas, QPoint(250, 150), QPoint(300, 200))
    dialog = open_new_order(qtbot, dock)
    assert dialog.first_month.date().toPyDate().replace(day=1) == today.replace(day=1)
    assert not dialog.past_note.isVisible()
    estimate(qtbot, dialog)
    assert "this month" in dialog.estimate_text()
    dialog.include_past.click()  # the explicit choice of the month the analyst is looking at
    assert dialog.check is None, "a change of terms: estimate again"
    assert dialog.past_note.isVisible() and past.strftime("%Y-%m") in dialog.past_note.text()
    estimate(qtbot, dialog)
    text = dialog.estimate_text()
    assert f"for {past:%Y-%m}" in text and "this month" not in text, text
    dialog.close()
    assert unordered.placed == []


def test_the_order_dialog_compares_the_area_with_clearskys_proposed_cells(qtbot, dock, unordered):
    """#32: in the order dialog, Propose cells estimates the same terms as ClearSKY's proposed
    cover, beside the area's own estimate, and selects the cells on the map."""
    field = "POLYGON((11.95 55.0,12.05 55.0,12.05 55.18,11.95 55.18,11.95 55.0))"
    dock.use_layer(polygon_layer([field], "EPSG:4326", "big"))
    dialog = open_new_order(qtbot, dock)
    estimate(qtbot, dialog)
    dialog.propose_button.click()
    qtbot.waitUntil(lambda: "As ClearSKY's proposed cells" in dialog.proposal_label.text(), timeout=10000)
    text = dialog.proposal_label.text()
    assert "as this area:" in text and "EUR" in text, text
    body = unordered.calls(P_ORDERS + "/estimate")[-1].json
    assert body.get("TileGuids") or body.get("MiniTileGuids")
    cells = dock.tiles.tiles_layer
    assert cells is not None and cells.selectedFeatureCount() == cells.featureCount() > 0
    assert dialog.check is not None, "the area's own estimate still stands"
    dialog.close()
    assert unordered.placed == []
