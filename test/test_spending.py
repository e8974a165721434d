"""Monthly spending and budgets (issue #31): what the plugin knows was spent, the budget's
boundary in the cost dialog (second confirmation) and in Processing (ALLOW_OVER_BUDGET)."""

from __future__ import annotations

import datetime as dt
import os
import time

import pytest
from test_gui import canvas, draw_rectangle  # noqa: F401 (fixture)
from test_processing import WKT_A, alg_env, layer, run  # noqa: F401 (fixture)

from clearsky_downloader.core.history import History
from clearsky_downloader.core.settings import Settings
from clearsky_downloader.core.spending import Charge, Spending, budget_check, month_of
from clearsky_downloader.ui.dock import ClearSkyDock
from clearsky_downloader.ui.downloads import DownloadManager

from conftest import FAST_RETRY

P = "/api/satelliteimages/process/composite"
UTC = dt.timezone.utc


@pytest.fixture
def berlin():
    """The user's time zone is Europe/Berlin for the test."""
    old = os.environ.get("TZ")
    os.environ["TZ"] = "Europe/Berlin"
    time.tzset()
    yield
    if old is None:
        os.environ.pop("TZ", None)
    else:
        os.environ["TZ"] = old
    time.tzset()


def test_a_month_is_a_calendar_month_in_the_users_time_zone(berlin):
    late = dt.datetime(2026, 11, 30, 23, 30, tzinfo=UTC)  # 00:30 on 1 December in Berlin
    assert month_of(late) == "2026-12"
    assert month_of(dt.datetime(2026, 11, 30, 22, 30, tzinfo=UTC)) == "2026-11"


def test_spending_counts_failures_at_their_charge_or_estimate_and_orders_each_month(tmp_path, berlin):
    history = History(tmp_path / "h.gpkg")
    now = dt.datetime(2026, 12, 4, 12, tzinfo=UTC)
    history.record_charge(Charge(dt.datetime(2026, 12, 1, tzinfo=UTC), "composite", 12.5, estimate=20.0, area="A"))
    history.record_charge(Charge(dt.datetime(2026, 12, 2, tzinfo=UTC), "tiles", None, estimate=7.0, area="B"))
    history.record_charge(
        Charge(
            dt.datetime(2026, 10, 10, tzinfo=UTC),
            "order",
            30.0,
            estimate=30.0,
            currency="EUR",
            guid="g1",
            monthly=10.0,
            first_month="2026-10",
        )
    )
    spending = Spending.of(history, now)
    assert spending.credits("2026-12") == 19.5  # the measured 12.5, and 7.0 that may have been charged
    assert spending.possible("2026-12") == 1
    assert spending.split("2026-12", "area") == {"A": 12.5, "B": 7.0}
    assert [spending.money(m) for m in ("2026-10", "2026-11", "2026-12")] == [
        (30.0, "EUR"),
        (10.0, "EUR"),
        (10.0, "EUR"),
    ]
    lines = spending.csv().splitlines()
    assert lines[0] == "month,composite_credits,tiles_credits,credits,orders,currency"
    assert "2026-12,12.50,7.00,19.50,10.00,EUR" in lines
    history.end_order("g1", "2026-11")  # cancelled: billed up to November
    assert Spending.of(history, now).money("2026-12") == (0.0, "")
    check = budget_check(history, 0.5, 20.0, now=now)
    assert (check.spent, check.after, check.over) == (19.5, 20.0, False)  # exactly at the budget passes
    assert budget_check(history, 0.51, 20.0, now=now).over
    assert budget_check(history, None, 20.0, now=now).over  # an unknown cost never passes
    assert not budget_check(history, 1e9, 0.0, now=now).over  # no budget: nothing to pass


@pytest.fixture
def paying_dock(qgis_iface, canvas, emulator, outdir, qgis_new_project):  # noqa: F811
    from clearsky_downloader.core.api import ClearSkyClient

    client = ClearSkyClient(emulator.url, emulator.api_key, retry=FAST_RETRY, timeout=(5, 20))
    manager = DownloadManager(lambda: client, qgis_iface.messageBar(), history=History())
    d = ClearSkyDock(qgis_iface, manager)
    d.output.folder_widget.setFilePath(str(outdir))
    d.resize(420, 800)
    yield d
    manager.cancel_all()
    d.cleanup()
    d.deleteLater()
    client.close()


def _cost_dialog(qtbot, dock):
    dock.check_button.click()
    qtbot.waitUntil(lambda: dock.cost_dialog is not None, timeout=15000)
    return dock.cost_dialog


def test_the_budget_counts_a_charge_reported_after_a_failure_and_blocks_exactly_past_it(
    qtbot,
    paying_dock,
    canvas,  # noqa: F811
    emulator,
):
    dock = paying_dock
    draw_rectangle(dock, canvas)
    # a download that is charged, then answered 500: the charge is reported to the user (never re-sent)
    emulator.add_fault("charge_then_status", path=P, status=500)
    dialog = _cost_dialog(qtbot, dock)
    cost = float(dialog.check.estimate.credits)
    dialog.download_button.click()
    qtbot.waitUntil(lambda: dock.manager.entries and dock.manager.entries[-1].state != "running", timeout=20000)
    assert dock.manager.entries[-1].state == "failed"
    assert len(emulator.calls(P)) == 1
    charged = sum(d["credits"] for d in emulator.delivered)
    assert charged == pytest.approx(cost)

    # budget = what was charged + the next download, to the cent: no second confirmation
    dock.settings.month_budget_credits = round(charged + cost, 2)
    dialog = _cost_dialog(qtbot, dock)
    assert "spent this month" in dialog.values["month"].text()
    assert dialog.over_budget_check is None and dialog.download_button.isEnabled()
    dialog.reject()
    qtbot.waitUntil(lambda: not dock.busy, timeout=5000)

    # one cent less: Download waits for the explicit second confirmation
    dock.settings.month_budget_credits = round(charged + cost - 0.01, 2)
    dialog = _cost_dialog(qtbot, dock)
    assert "past its budget" in dialog.warning_label.text()
    assert not dialog.download_button.isEnabled()
    dialog.over_budget_check.click()
    assert dialog.download_button.isEnabled()
    dialog.reject()
    assert len(emulator.calls(P)) == 1  # nothing else was sent


def test_processing_refuses_past_the_budget_unless_allowed(alg_env, tmp_path):  # noqa: F811
    from qgis.core import QgsProcessingException

    emulator = alg_env
    estimate = run("estimate", AOI=layer(WKT_A), DATE="2024-05-03")["CREDITS"]
    History().record_charge(Charge(dt.datetime.now(UTC), "composite", 5.0, estimate=5.0))  # reported earlier
    settings = Settings.load()
    settings.month_budget_credits = round(5.0 + estimate - 0.01, 2)
    settings.save()
    params = dict(AOI=layer(WKT_A), DATE="2024-05-03", OUTPUT=str(tmp_path / "a.tif"))
    with pytest.raises(QgsProcessingException, match="ALLOW_OVER_BUDGET=true"):
        run("downloadcomposite", **params)
    assert not emulator.calls(P)  # refused before anything was sent
    settings.month_budget_credits = round(5.0 + estimate, 2)  # exactly at the boundary: allowed
    settings.save()
    assert run("downloadcomposite", **params)["CREDITS"] == pytest.approx(estimate)
    # the month is now at its budget: a further download only with ALLOW_OVER_BUDGET=true
    params.update(OUTPUT=str(tmp_path / "b.tif"), ALLOW_REPEAT=True)
    with pytest.raises(QgsProcessingException, match="ALLOW_OVER_BUDGET=true"):
        run("downloadcomposite", **params)
    assert len(emulator.calls(P)) == 1
    run("downloadcomposite", **params, ALLOW_OVER_BUDGET=True)
    assert len(emulator.calls(P)) == 2
    assert sum(d["credits"] for d in emulator.delivered) == pytest.approx(2 * estimate)


def _delivered(history, when, credits, area, kind="composite"):
    """A delivery in the history at ``when`` (what a download records)."""
    from types import SimpleNamespace

    from clearsky_downloader.core.models import CompositeRequest

    request = CompositeRequest(
        date=dt.date(2026, 11, 1),
        model="nimbus",
        wkt="POLYGON((9.9 56.3,9.95 56.3,9.95 56.33,9.9 56.33,9.9 56.3))",
        constellations=("sentinel-2",),
    )
    outcome = SimpleNamespace(
        request=request,
        credits=credits,
        area_km2=1.0,
        path=None,
        result=SimpleNamespace(sha256="x", size=1, upload_url="https://example.org/u"),
        notices=(),
    )
    history.record(outcome, when=when, area=area)


def test_the_spending_chart_shows_the_historys_sums_by_month_and_this_month_by_area(
    qtbot, paying_dock, tmp_path, berlin
):
    from qgis.PyQt.QtCore import QPoint, Qt
    from qgis.PyQt.QtTest import QTest

    history = paying_dock.manager.history
    now = dt.datetime.now(UTC)
    this_month = month_of(now)
    earlier = now.replace(day=1) - dt.timedelta(days=40)
    _delivered(history, earlier, 120.0, "North fields")
    _delivered(history, now, 30.5, "North fields")
    _delivered(history, now, 12.25, "South fields")
    history.record_charge(Charge(now, "composite", 4.0, estimate=6.0, area="South fields"))
    # the user opens History, then Spending…
    paying_dock.history.setCollapsed(False)
    button = paying_dock.history.spending_button
    QTest.mouseClick(button, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(5, 5))
    dialog = paying_dock.history.spending_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.split_combo.setCurrentIndex(dialog.split_combo.findData("area"))
    # what the history says, summed here independently of the plugin
    sums = {}
    for e in history.entries():
        month = month_of(dt.datetime.fromisoformat(e.time))
        sums[month] = sums.get(month, 0) + e.credits
    sums[this_month] += 4.0  # the charge reported after a failure
    bars = {month: value for month, value, _height in dialog.chart.bars()}
    bars = {month: value for month, value in bars.items() if value}  # months without spending show no bar
    assert bars == pytest.approx(sums)
    assert bars == pytest.approx({month_of(earlier): 120.0, this_month: 46.75})
    heights = {month: height for month, _v, height in dialog.chart.bars()}
    assert heights[this_month] / heights[month_of(earlier)] == pytest.approx(46.75 / 120.0)
    rows = dialog.rows()
    assert rows[0][:2] == [this_month, "46.75"]
    assert ["  South fields", "16.25", ""] in rows and ["  North fields", "30.50", ""] in rows
    out = dialog.export(str(tmp_path / "spending.csv"))
    assert f"{this_month},46.75,0.00,46.75,0.00," in out.read_text()
    qtbot.waitExposed(dialog)
    dialog.grab().save(str(tmp_path / "spending.png"))
    if os.environ.get("CLEARSKY_SCREENSHOTS"):
        dialog.grab().save(os.path.join(os.environ["CLEARSKY_SCREENSHOTS"], "spending.png"))
    dialog.close()


@pytest.fixture
def unordered(alg_env):  # noqa: F811
    alg_env.orders = []
    return alg_env


def test_placeorder_counts_an_order_that_may_have_been_placed_and_refuses_past_the_order_budget(unordered, tmp_path):
    from qgis.core import QgsProcessingException

    from clearsky_downloader.core.transport import P_ORDERS

    terms = dict(AOI=layer(WKT_A), FROM_MONTH=dt.date.today().strftime("%Y-%m"), MAX_COST=1000)
    cost = run("estimateorder", **{k: v for k, v in terms.items() if k != "MAX_COST"})["CURRENT_MONTH_COST"]
    # an earlier order "may have been placed" (the answer was lost): counted at its cost this month
    History().record_charge(Charge(dt.datetime.now(UTC), "order", None, estimate=7.5, currency="EUR"))
    settings = Settings.load()
    settings.month_budget_money = round(7.5 + cost - 0.01, 2)
    settings.save()
    with pytest.raises(QgsProcessingException, match="ALLOW_OVER_BUDGET=true"):
        run("placeorder", **terms, CONFIRM=True)
    assert [r for r in unordered.calls(P_ORDERS) if r.method == "POST"] == [] and unordered.placed == []
    settings.month_budget_money = round(7.5 + cost, 2)  # exactly at the budget: placed
    settings.save()
    out = run("placeorder", **terms, CONFIRM=True)
    assert len(unordered.placed) == 1 and out["ORDER_GUID"] == unordered.placed[0]["guid"]
    # the order is now part of this month's spending: a second one needs ALLOW_OVER_BUDGET
    spent = budget_check(History(), 0.0, 1.0, "EUR").spent
    assert spent == pytest.approx(7.5 + cost)
    with pytest.raises(QgsProcessingException, match="ALLOW_OVER_BUDGET=true"):
        run("placeorder", **terms, CONFIRM=True)
    assert len(unordered.placed) == 1


def test_the_order_dialog_needs_a_second_confirmation_past_the_order_budget(
    qtbot,
    paying_dock,
    unordered,
    canvas,  # noqa: F811
):
    dock = paying_dock
    draw_rectangle(dock, canvas)
    dialog = dock.new_order()
    dialog.estimate_button.click()
    qtbot.waitUntil(lambda: dialog.check is not None, timeout=15000)
    cost = dialog.check.estimate.current_month_cost
    settings = Settings.load()
    settings.month_budget_money = round(cost - 0.01, 2)
    settings.save()
    first = dialog.check
    dialog.estimate_button.click()  # estimated again with the budget set
    qtbot.waitUntil(lambda: dialog.check is not first, timeout=15000)
    assert "spent this month" in dialog.bill_label.text()
    dialog.confirm.click()
    assert "past its order budget" in dialog.bill_label.text()
    assert not dialog.place_button.isEnabled()  # the order's own confirmation is not enough
    assert dialog.isAncestorOf(dialog.over_budget) and dialog.over_budget.isVisible()  # in the dialog, not a window
    if os.environ.get("CLEARSKY_SCREENSHOTS"):
        dialog.grab().save(os.path.join(os.environ["CLEARSKY_SCREENSHOTS"], "order-over-budget.png"))
    dialog.over_budget.click()
    assert dialog.place_button.isEnabled()
    dialog.over_budget.click()
    settings.month_budget_money = round(cost, 2)  # exactly at the budget: no second confirmation
    settings.save()
    second = dialog.check
    dialog.estimate_button.click()
    qtbot.waitUntil(lambda: dialog.check is not second, timeout=15000)
    dialog.confirm.click()
    assert not dialog.over_budget.isVisible() and dialog.place_button.isEnabled()
    dialog.close()
    assert unordered.placed == []


def test_downloadtiles_refuses_past_the_budget_unless_allowed(alg_env, tmp_path):  # noqa: F811
    from qgis.core import QgsProcessingException

    cells = run(
        "searchtiles",
        AOI=layer("POLYGON((11.95 55.0,12.05 55.0,12.05 55.18,11.95 55.18,11.95 55.0))"),
        OUTPUT="memory:cells",
    )["OUTPUT"]
    args = dict(TILES=cells, DATE="2024-05-03", BANDS="B8", RESOLUTION=80, OUTPUT_FOLDER=str(tmp_path / "t"))
    settings = Settings.load()
    settings.month_budget_credits = 0.01
    settings.save()
    with pytest.raises(QgsProcessingException, match="ALLOW_OVER_BUDGET=true"):
        run("downloadtiles", **args)
    assert alg_env.calls("/process/tile") == []
    res = run("downloadtiles", **args, ALLOW_OVER_BUDGET=True)
    assert res["DOWNLOADED"] == 12
    spent = budget_check(History(), 0.0, 1.0).spent  # the cells are in this month's spending
    assert spent == pytest.approx(res["CREDITS"], rel=1e-6)
