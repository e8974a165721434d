"""*New order for this area…*: the order's terms, its estimate (with the billed boxes on the
map), and *Place order* once, after an explicit confirmation (reference §2.8).

Nothing is placed by *Estimate*; *Place order* is enabled only when the shown estimate is for
exactly the form's terms and the confirmation box is ticked, and it spends its confirmation
once: the dialog closes on success and never sends a second order."""

from __future__ import annotations

import datetime as _dt
import time
from dataclasses import dataclass
from typing import Any, Callable, Optional

from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsGeometry, QgsProject
from qgis.PyQt.QtCore import QDate, Qt, pyqtSignal
from qgis.PyQt.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..core.errors import ClearSkyError
from ..core.i18n import tr
from ..core.new_order import (
    OrderCheck,
    OrderRequest,
    cells_area_km2,
    first_month_words,
    overlap_note,
    run_order_estimate,
)
from .feedback import push_error, push_success

WGS84 = QgsCoordinateReferenceSystem("EPSG:4326")
#: billed boxes: orange, dashed, so they read as "billed", not as the drawn area (blue)
BILLED = (214, 120, 0)


@dataclass
class OrderArea:
    """What is ordered: an area (lon/lat WKT) or grid cells (``TileRef``s)."""

    name: str
    wkt: str = ""
    cells: tuple = ()
    #: the month to order first (the date the analyst is looking at); None = this month
    month: Optional[_dt.date] = None

    @property
    def is_cells(self) -> bool:
        return bool(self.cells)

    def drawn_km2(self) -> Optional[float]:
        if not self.cells:
            return None
        return cells_area_km2(self.cells)


def _qdate(day: _dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(value: QDate) -> _dt.date:
    return _dt.date(value.year(), value.month(), value.day())


class OrderDialog(QDialog):
    #: the order that was placed (``account_orders.Order``)
    placed = pyqtSignal(object)
    #: ClearSKY's proposed cells for the area (``TileRef``s): the dock shows them on the map, selected
    cells_proposed = pyqtSignal(object)

    def __init__(
        self,
        manager: Any,
        area: OrderArea,
        models: dict,
        canvas: Any = None,
        message_bar: Any = None,
        model: str = "",
        parent: Optional[QWidget] = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("clearsky_order_dialog")
        self.setWindowTitle(tr("ClearSKY · new order"))
        self.manager = manager
        self.area = area
        self.models = models
        self.canvas = canvas
        self.message_bar = message_bar
        self.check: Optional[OrderCheck] = None
        self._approval: Any = None
        self._band: Any = None
        self._estimated_at = 0.0
        self._placing = False
        # the current month: "this month" means now; a month in the past is an explicit choice
        start = _dt.date.today().replace(day=1)
        looked_at = area.month.replace(day=1) if area.month else None

        self.setMinimumWidth(480)
        self.setMaximumWidth(660)
        root = QVBoxLayout(self)
        what = tr("{n} grid cells").format(n=len(area.cells)) if area.is_cells else area.name or tr("the area")
        intro = QLabel(
            tr(
                "Order imagery for <b>{what}</b>: ClearSKY makes cloud-free images of it downloadable and bills "
                "the order monthly. Nothing is ordered until you confirm below."
            ).format(what=what)
        )
        intro.setWordWrap(True)
        root.addWidget(intro)

        form = QFormLayout()
        self.model_combo = QComboBox()
        self.model_combo.setObjectName("order_model")
        for name in models or {"Stratus2": None}:
            self.model_combo.addItem(name)
        if model and self.model_combo.findText(model) >= 0:
            self.model_combo.setCurrentText(model)
        self.constellation_row = QHBoxLayout()
        self.constellation_boxes: dict[str, QCheckBox] = {}
        self.constellation_row.setContentsMargins(0, 0, 0, 0)
        product = QHBoxLayout()
        product.addWidget(self.model_combo)
        product.addLayout(self.constellation_row, 1)
        form.addRow(tr("Model"), product)

        period = QHBoxLayout()
        self.one_off = QRadioButton(tr("One-off"))
        self.one_off.setObjectName("order_one_off")
        self.recurring = QRadioButton(tr("Recurring"))
        self.recurring.setObjectName("order_recurring")
        self.recurring.setToolTip(tr("Billed every month until you cancel it"))
        self.one_off.setChecked(True)
        self.first_month = self._month_edit(start, "order_first_month")
        self.last_month = self._month_edit(start, "order_last_month")
        self.last_label = QLabel(tr("to"))
        for widget in (self.one_off, self.recurring, QLabel(tr("from")), self.first_month, self.last_label):
            period.addWidget(widget)
        period.addWidget(self.last_month)
        period.addStretch(1)
        form.addRow(tr("Period"), period)
        self.past_note = QLabel()
        self.past_note.setObjectName("order_past_month")
        self.past_note.setWordWrap(True)
        self.past_note.setStyleSheet("color: #8a4b00;")
        form.addRow("", self.past_note)
        self.include_past = None
        if looked_at is not None and looked_at < start:
            self.include_past = QPushButton(
                tr("Start with {month}, the month of the date you are looking at (in the past)").format(
                    month=looked_at.strftime("%Y-%m")
                )
            )
            self.include_past.setObjectName("order_include_past_month")
            self.include_past.clicked.connect(lambda: self.first_month.setDate(_qdate(looked_at)))
            form.addRow("", self.include_past)

        images = QHBoxLayout()
        self.frequency = QSpinBox()
        self.frequency.setObjectName("order_frequency")
        self.frequency.setRange(1, 7)
        self.frequency.setValue(1)
        self.frequency.setPrefix(tr("every "))
        self.frequency.setSuffix(tr(" day(s)"))
        self.frequency.setToolTip(tr("1 = an image every day … 7 = one image a week"))
        self.reference = QDateEdit(_qdate(start.replace(day=1)))
        self.reference.setObjectName("order_reference_date")
        self.reference.setCalendarPopup(True)
        self.reference.setDisplayFormat("yyyy-MM-dd")
        self.reference.setToolTip(tr("Image dates are counted from this reference date"))
        images.addWidget(self.frequency)
        images.addWidget(QLabel(tr("counted from")))
        images.addWidget(self.reference)
        images.addStretch(1)
        form.addRow(tr("Images"), images)

        keep = QHBoxLayout()
        self.storage = QSpinBox()
        self.storage.setObjectName("order_storage_months")
        self.storage.setRange(1, 120)
        self.storage.setSuffix(tr(" month(s) stored"))
        self.storage.setToolTip(tr("How long ClearSKY keeps the imagery for download (after the current month)"))
        self.api_requests = QSpinBox()
        self.api_requests.setObjectName("order_api_requests")
        self.api_requests.setRange(1, 1000)
        self.api_requests.setSuffix(tr(" download(s) per image"))
        self.api_requests.setToolTip(
            tr("How many times each image can be downloaded (1: once; another band set or CRS is a second download)")
        )
        keep.addWidget(self.storage)
        keep.addWidget(self.api_requests)
        keep.addStretch(1)
        form.addRow(tr("Terms"), keep)
        self.dedup = QCheckBox(tr("leave out cells I have already ordered"))
        self.dedup.setObjectName("order_tile_deduplication")
        self.dedup.setChecked(True)
        if area.is_cells:  # a polygon order has no cells to leave out
            form.addRow(tr("Tile deduplication"), self.dedup)
        root.addLayout(form)

        self.estimate_button = QPushButton(tr("Estimate cost"))
        self.estimate_button.setObjectName("order_estimate")
        self.estimate_button.clicked.connect(self.estimate)
        buttons = QHBoxLayout()
        buttons.addWidget(self.estimate_button, 1)
        #: §2.7 tile/optimize: what the same terms cost as ClearSKY's proposed cells (polygon orders)
        self.propose_button = QPushButton(tr("Propose cells"))
        self.propose_button.setObjectName("order_propose_cells")
        self.propose_button.setToolTip(
            tr("Estimate the same order as ClearSKY's proposed tiles and minitiles, beside this area's (free)")
        )
        self.propose_button.clicked.connect(self.propose)
        self.propose_button.setVisible(not area.is_cells)
        buttons.addWidget(self.propose_button)
        root.addLayout(buttons)
        self.proposal_label = QLabel()
        self.proposal_label.setObjectName("order_proposal")
        self.proposal_label.setWordWrap(True)
        self.proposal_label.setVisible(False)
        root.addWidget(self.proposal_label)

        self.result_box = QGroupBox(tr("Estimate"))
        result = QVBoxLayout(self.result_box)
        self.result_label = QLabel(tr("Not estimated yet: press Estimate cost (free)."))
        self.result_label.setObjectName("order_estimate_text")
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.rows_form = QFormLayout()
        result.addLayout(self.rows_form)
        result.addWidget(self.result_label)
        self.bill_label = QLabel()
        self.bill_label.setObjectName("order_bill")
        self.bill_label.setWordWrap(True)
        self.bill_label.setStyleSheet("font-weight: bold; color: #8a4b00;")
        self.bill_label.setVisible(False)
        result.addWidget(self.bill_label)
        self.confirm = QCheckBox()
        self.confirm.setObjectName("order_confirm")
        self.confirm.setEnabled(False)
        self.confirm.toggled.connect(self._update_buttons)
        #: past the monthly order budget, placing needs this second, explicit confirmation
        self.over_budget = QCheckBox(tr("Go over this month's order budget for this order"))
        self.over_budget.setObjectName("over_budget")
        self.over_budget.setVisible(False)
        self.over_budget.toggled.connect(self._update_buttons)
        self._over = False
        result.addWidget(self.confirm)
        result.addWidget(self.over_budget)
        root.addWidget(self.result_box)

        self.buttons = QDialogButtonBox()
        self.place_button = self.buttons.addButton(tr("Place order"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.place_button.setObjectName("order_place")
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.place_button.clicked.connect(self.place)
        self.close_button.clicked.connect(self.reject)
        root.addWidget(self.buttons)

        self.model_combo.currentTextChanged.connect(self._model_changed)
        for signal in (
            self.one_off.toggled,
            self.first_month.dateChanged,
            self.last_month.dateChanged,
            self.frequency.valueChanged,
            self.reference.dateChanged,
            self.storage.valueChanged,
            self.api_requests.valueChanged,
            self.dedup.toggled,
        ):
            signal.connect(self._terms_changed)
        self._model_changed(self.model_combo.currentText())
        self._update_buttons()

    def _month_edit(self, day: _dt.date, name: str) -> QDateEdit:
        edit = QDateEdit(_qdate(day.replace(day=1)))
        edit.setObjectName(name)
        edit.setDisplayFormat("yyyy-MM")
        edit.setCalendarPopup(True)
        return edit

    # -- the form -------------------------------------------------------------------------
    def _model_changed(self, name: str) -> None:
        while self.constellation_row.count():
            item = self.constellation_row.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        self.constellation_boxes = {}
        info = self.models.get(name) if self.models else None
        required = info.required if info else ("Sentinel1", "Sentinel2", "Landsat89")
        optional = info.optional if info else ()
        from .product_panel import SHORT_NAMES

        for cons in (*required, *optional):
            box = QCheckBox(SHORT_NAMES.get(cons, cons))
            box.setChecked(True)
            box.setToolTip(cons)
            if cons in required:  # §2.6: the model requires it: always sent
                box.setEnabled(False)
                box.setToolTip(tr("{name}: required by {model}").format(name=cons, model=name))
            box.toggled.connect(self._terms_changed)
            self.constellation_row.addWidget(box)
            self.constellation_boxes[cons] = box
        self._terms_changed()

    def request(self) -> OrderRequest:
        """The form's terms (a typed error when they do not make an order)."""
        last = None if self.recurring.isChecked() else _pydate(self.last_month.date())
        tiles = tuple(c.guid for c in self.area.cells if not c.minitile)
        minis = tuple(c.guid for c in self.area.cells if c.minitile)
        return OrderRequest(
            model=self.model_combo.currentText(),
            constellations=tuple(c for c, box in self.constellation_boxes.items() if box.isChecked()),
            first_month=_pydate(self.first_month.date()),
            last_month=last,
            reference_date=_pydate(self.reference.date()),
            image_frequency=self.frequency.value(),
            storage_months=self.storage.value(),
            api_requests=self.api_requests.value(),
            wkt=None if self.area.is_cells else self.area.wkt,
            tile_guids=tiles,
            minitile_guids=minis,
            tile_deduplication=self.dedup.isChecked() if self.area.is_cells else False,
        )

    def _show_past_note(self) -> None:
        first = _pydate(self.first_month.date()).replace(day=1)
        past = first < _dt.date.today().replace(day=1)
        self.past_note.setText(
            tr("⚠ The first month, {month}, is in the past: it is ordered (and billed) all the same.").format(
                month=first.strftime("%Y-%m")
            )
            if past
            else ""
        )
        self.past_note.setVisible(past)

    def _terms_changed(self, *args: Any) -> None:
        """Any change: the shown estimate no longer fits the terms (estimate again)."""
        self._show_past_note()
        self.last_month.setEnabled(self.one_off.isChecked())
        self.last_label.setEnabled(self.one_off.isChecked())
        if self.check is not None and self._approval is None:
            self._forget_estimate(tr("The terms changed: estimate again (free)."))
        self._update_buttons()

    def _forget_estimate(self, why: str) -> None:
        """The shown estimate no longer counts: no figures, no billed boxes, ``why`` instead."""
        self.check = None
        self._show_rows([])
        self._clear_band()
        self.result_label.setText(why)

    def _update_buttons(self, *args: Any) -> None:
        estimated = self.check is not None
        self.confirm.setEnabled(estimated and self._approval is None)
        if not estimated:
            self.confirm.setChecked(False)
            self.confirm.setText(tr("I confirm this order (estimate first)"))
            self.bill_label.setVisible(False)
        if not estimated:
            self._over = False
            self.over_budget.setVisible(False)
        within_budget = not self._over or self.over_budget.isChecked()
        self.place_button.setEnabled(
            estimated and self.confirm.isChecked() and within_budget and self._approval is None
        )
        self.estimate_button.setEnabled(self._approval is None)

    # -- estimate -----------------------------------------------------------------------
    def estimate(self) -> None:
        try:
            request = self.request()
        except ClearSkyError as exc:
            self.result_label.setText(f"⚠ {exc.user_message()}")
            return
        self.estimate_button.setEnabled(False)
        self.result_label.setText(tr("Estimating…"))
        area = self.area
        self.manager.call(  # the cells' areas are measured in the task too, not on the UI thread
            tr("ClearSKY: estimate order"),
            lambda client: run_order_estimate(client, request, drawn_km2=area.drawn_km2()),
            lambda check: self._estimated(request, check),
            self._estimate_failed,
        )

    def propose(self) -> None:
        """ClearSKY's proposed cover of the area, estimated with the form's terms; the cells are
        shown on the map, selected (``cells_proposed``), ready for *Order these cells…*."""
        from dataclasses import replace

        from ..core.tiles import propose_cells

        try:
            request = self.request()
        except ClearSkyError as exc:
            self.proposal_label.setText(f"⚠ {exc.user_message()}")
            self.proposal_label.setVisible(True)
            return
        self.propose_button.setEnabled(False)
        self.proposal_label.setText(tr("Asking ClearSKY for its proposed cells…"))
        self.proposal_label.setVisible(True)

        def work(client: Any) -> tuple:
            refs = propose_cells(client, request.wkt)
            cells = replace(
                request,
                wkt=None,
                tile_guids=tuple(r.guid for r in refs if not r.minitile),
                minitile_guids=tuple(r.guid for r in refs if r.minitile),
                tile_deduplication=True,
            )
            return refs, run_order_estimate(client, cells, drawn_km2=cells_area_km2(refs))

        def failed(error: ClearSkyError) -> None:
            self.propose_button.setEnabled(True)
            self.proposal_label.setText(f"⚠ {error.user_message()}")

        self.manager.call(tr("ClearSKY: propose grid cells"), work, self._proposed, failed)

    def _proposed(self, result: tuple) -> None:
        refs, check = result
        self.propose_button.setEnabled(True)
        est, req = check.estimate, check.request
        text = tr(
            "As ClearSKY's proposed cells ({tiles} tiles, {minis} minitiles, {billed:,.2f} km² billed): {cost} {when}"
        ).format(
            tiles=len(req.tile_guids),
            minis=len(req.minitile_guids),
            billed=est.billed_area_km2,
            cost=est.money(est.current_month_cost),
            when=first_month_words(req),
        )
        if self.check is not None:
            text += " " + tr("— as this area: {cost}.").format(
                cost=self.check.estimate.money(self.check.estimate.current_month_cost)
            )
        text += " " + tr("The cells are selected on the map: Large area → Order these cells… orders them.")
        self.proposal_label.setText(text)
        self.cells_proposed.emit(refs)

    def _estimate_failed(self, error: ClearSkyError) -> None:
        self.estimate_button.setEnabled(True)
        self.result_label.setText(f"⚠ {error.user_message()}")

    def _estimated(self, request: OrderRequest, check: OrderCheck) -> None:
        self.estimate_button.setEnabled(True)
        try:
            current = self.request()
        except ClearSkyError:
            current = None
        if current != request:  # the form changed while it was estimated
            self.result_label.setText(tr("The terms changed: estimate again (free)."))
            return
        self.check = check
        self._estimated_at = time.monotonic()
        est = check.estimate
        notes = [n for n in (est.billed_note(), overlap_note()) if n]
        self._show_rows(est.lines(request))
        self.result_label.setText("\n\n".join(notes))
        when = first_month_words(request)
        if request.recurring:
            text = tr("Placing it bills {now} {when} and about {monthly} every month until you cancel it.").format(
                now=est.money(est.current_month_cost), when=when, monthly=est.money(est.monthly_cost)
            )
        elif request.last_month and request.last_month > request.first_month:
            text = tr("Placing it bills {now} {when} and about {monthly} in each following month up to {last}.").format(
                now=est.money(est.current_month_cost),
                when=when,
                monthly=est.money(est.monthly_cost),
                last=request.last_month.strftime("%Y-%m"),
            )
        else:
            text = tr("Placing it bills {now} {when}.").format(now=est.money(est.current_month_cost), when=when)
        month = self._budget(est)
        if month is not None:
            text += "\n" + tr("Orders: {line}").format(line=month.text())
            if month.over:
                text += "\n⚠ " + tr("This order would take this month past its order budget (ClearSKY settings).")
        self._over = month is not None and month.over
        self.over_budget.setChecked(False)
        self.over_budget.setVisible(self._over)
        self.bill_label.setText(text)
        self.bill_label.setVisible(True)
        self.confirm.setChecked(False)  # a confirmation is for the figures shown: each estimate asks again
        self.confirm.setText(tr("I confirm: place this order and pay for it"))
        self._draw_band(est.billed_wkt)
        self._update_buttons()
        self._fit()

    def _budget(self, est: Any) -> Any:
        """This month's order bills against the monthly order budget (None: no budget set)."""
        from ..core.settings import Settings
        from ..core.spending import budget_check

        budget = Settings.load().month_budget_money
        if not budget:
            return None
        history = getattr(self.manager, "history", None)
        return budget_check(history, est.current_month_cost, budget, est.currency or "EUR")

    def _fit(self) -> None:
        """Grow to show every row and note of the estimate, once the new rows are laid out (not
        ``adjustSize``: it stops a window at 2/3 of the screen), within the screen."""
        from qgis.PyQt.QtCore import QTimer

        def grow() -> None:
            screen = self.screen().availableGeometry() if hasattr(self, "screen") else None
            height = self.sizeHint().height()
            if screen is not None:
                height = min(height, screen.height() - 40)
            self.resize(self.width(), max(height, self.height()))

        QTimer.singleShot(0, grow)

    def _show_rows(self, lines: list) -> None:
        """The estimate's figures, one form row each (empty: no estimate shown)."""
        while self.rows_form.rowCount():
            self.rows_form.removeRow(0)
        for label, value in lines:
            shown = QLabel(value)
            shown.setWordWrap(True)
            shown.setStyleSheet("font-weight: bold;")
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.rows_form.addRow(label, shown)

    def estimate_text(self) -> str:
        """Everything the estimate box shows, as plain text (figures, notes, what is billed)."""
        parts = []
        for row in range(self.rows_form.rowCount()):
            for role in (QFormLayout.ItemRole.LabelRole, QFormLayout.ItemRole.FieldRole):
                item = self.rows_form.itemAt(row, role)
                if item is not None and item.widget() is not None:
                    parts.append(item.widget().text())
        parts += [self.result_label.text(), self.bill_label.text() if self.bill_label.isVisible() else ""]
        return "\n".join(p for p in parts if p)

    def _draw_band(self, wkts: tuple) -> None:
        self._clear_band()
        if self.canvas is None or not wkts:
            return
        from qgis.PyQt.QtGui import QColor

        from .map_tools import make_band

        band = make_band(self.canvas, dashed=True)
        band.setStrokeColor(QColor(*BILLED))
        band.setFillColor(QColor(*BILLED, 30))
        dest = self.canvas.mapSettings().destinationCrs()
        for wkt in wkts:
            geom = QgsGeometry.fromWkt(wkt)
            if dest.isValid() and dest != WGS84:
                geom.transform(QgsCoordinateTransform(WGS84, dest, QgsProject.instance()))
            band.addGeometry(geom, None)
        self._band = band

    def _clear_band(self) -> None:
        if self._band is not None and self.canvas is not None:
            self.canvas.scene().removeItem(self._band)
        self._band = None

    @property
    def billed_boxes_on_map(self) -> int:
        """How many billed boxes are outlined on the map canvas now."""
        return self._band.size() if self._band is not None else 0

    # -- place --------------------------------------------------------------------------
    def place(self) -> None:
        """The confirmation: one order, at most (the approval is spent by the client)."""
        if self.check is None or not self.confirm.isChecked() or self._approval is not None:
            return
        from ..core.approval import MAX_AGE_S

        if time.monotonic() - self._estimated_at > MAX_AGE_S:  # prices move: confirm a fresh estimate
            self._forget_estimate(tr("The estimate is more than 5 minutes old: estimate again (free)."))
            self._update_buttons()
            return
        try:
            approval = self.check.approve()
        except ClearSkyError as exc:
            push_error(self.message_bar, exc)
            return
        self._approval = approval
        self._placing = True  # the dialog stays until ClearSKY answers: the user sees what was placed
        self.close_button.setEnabled(False)
        self._update_buttons()
        self.place_button.setText(tr("Placing…"))
        self.manager.place_order(
            self.check.request, approval, self._placed, self._place_failed, estimate=self.check.estimate
        )

    def reject(self) -> None:
        if not getattr(self, "_placing", False):  # Esc and Close wait while the order is being placed
            super().reject()

    def _placed(self, order: Any) -> None:
        self._placing = False
        push_success(
            self.message_bar,
            tr(
                "Order placed: {model}, {period} ({status}). It is listed under Orders; its imagery downloads "
                "once it is active."
            ).format(model=order.model, period=order.period, status=order.status_label),
        )
        self.placed.emit(order)
        self.accept()

    def _place_failed(self, error: ClearSkyError) -> None:
        self._placing = False
        self.close_button.setEnabled(True)
        self.place_button.setText(tr("Place order"))
        push_error(self.message_bar, error)
        from ..core.errors import OrderUnknownError

        if self._approval is not None and not self._approval.used:  # nothing was sent: it may be tried again
            self._approval = None
        elif not isinstance(error, OrderUnknownError):
            # sent and refused (nothing was placed): a new try needs a new estimate and confirmation;
            # an order that may exist keeps the dialog closed to a second one (look at the list first)
            self._approval = None
            self._forget_estimate(self.result_label.text())
        self._update_buttons()
        self.result_label.setText(self.result_label.text() + f"\n\n⚠ {error.user_message()}")

    def done(self, code: int) -> None:
        self._clear_band()
        super().done(code)


def open_order_dialog(
    manager: Any,
    area: OrderArea,
    models: dict,
    iface: Any,
    on_placed: Optional[Callable[[Any], None]] = None,
    model: str = "",
) -> OrderDialog:
    """Show the order dialog (not modal: the map stays usable to look at the billed boxes)."""
    dialog = OrderDialog(
        manager, area, models, iface.mapCanvas(), iface.messageBar(), model=model, parent=iface.mainWindow()
    )
    if on_placed is not None:
        dialog.placed.connect(on_placed)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
