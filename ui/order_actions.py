"""What can be done with orders, in one place for the dock's Orders section, the orders map
layer's context menu and Browser → ClearSKY → Orders: read them, place a new one (the order
dialog), see one's details, cancel one.  After any change every view is updated from one
fresh orders list (``orders_changed``)."""

from __future__ import annotations

from typing import Any, Callable, Optional

from qgis.core import QgsProject
from qgis.PyQt.QtCore import QObject, pyqtSignal
from qgis.PyQt.QtWidgets import QMessageBox

from ..core import logger
from ..core.errors import ClearSkyError
from ..core.i18n import tr
from .feedback import push_error, push_success, push_warning
from .order_dialog import OrderArea, OrderDialog, open_order_dialog


class OrderActions(QObject):
    #: a fresh list of the account's orders (``account_orders.Order``)
    orders_changed = pyqtSignal(object)

    def __init__(
        self,
        manager: Any,
        iface: Any,
        models: Callable[[], dict],
        ask: Callable[[str], bool],
        model: Callable[[], str] = lambda: "",
        parent: Optional[QObject] = None,
    ) -> None:
        super().__init__(parent)
        self.manager = manager
        self.iface = iface
        self.models = models
        self.ask = ask
        self.model = model
        self.orders: list = []
        self.dialog: Optional[OrderDialog] = None

    @property
    def bar(self) -> Any:
        return self.iface.messageBar()

    def _error(self, error: ClearSkyError) -> None:
        push_error(self.bar, error, self.manager.open_settings)

    def refresh(self) -> None:
        """Read the orders again (free) and update every view."""
        self.manager.call(tr("ClearSKY: read orders"), lambda c: c.orders(max_age=0), self.set_orders, self._error)

    def set_orders(self, orders: list) -> None:
        from ..core.account_orders import refresh_orders_layer

        self.orders = list(orders)
        for layer in QgsProject.instance().mapLayers().values():
            refresh_orders_layer(layer, self.orders)
        from .browser import update_order_items

        update_order_items(self.orders)
        self.orders_changed.emit(self.orders)

    # -- new order ------------------------------------------------------------------------
    def new_order(self, area: OrderArea) -> OrderDialog:
        """The order dialog for ``area``: estimate, then place once after the confirmation."""
        self.dialog = open_order_dialog(
            self.manager, area, self.models(), self.iface, on_placed=lambda _order: self.refresh(), model=self.model()
        )
        self.dialog.finished.connect(self._dialog_closed)
        return self.dialog

    def _dialog_closed(self, *args: Any) -> None:
        self.dialog = None

    # -- one order ------------------------------------------------------------------------
    def find(self, guid: str) -> Any:
        return next((o for o in self.orders if o.guid == guid), None)

    def details(self, order: Any) -> None:
        """``orders/details`` (free) in a window: every field ClearSKY gives."""
        self.manager.call(
            tr("ClearSKY: order details"), lambda c: c.order_details(order.guid), self._show_details, self._error
        )

    def _show_details(self, order: Any) -> QMessageBox:
        lines = [f"{tr('Order')}: {order.guid}", order.label(), ", ".join(order.constellations)]
        lines.append(tr("Cancellable: yes") if order.cancellable else tr("Cancellable: no"))
        box = QMessageBox(
            QMessageBox.Icon.Information,
            tr("ClearSKY · order details"),
            "\n".join(lines),
            QMessageBox.StandardButton.Close,
            self.iface.mainWindow(),
        )
        box.setObjectName("clearsky_order_details")
        skip = {"wkt"}
        box.setDetailedText(
            "\n".join(
                f"{k}: {v}" for k, v in sorted(order.raw.items(), key=lambda kv: kv[0].lower()) if k.lower() not in skip
            )
        )
        box.open()  # not modal; the main window keeps it
        return box

    def cancel_question(self, order: Any) -> str:
        if order.status == "Review":
            stops = tr("the order is withdrawn before it is placed; it is not billed")
        else:
            stops = tr("future billing: no new months are ordered after this one")
        return tr(
            "Cancel the order {label}?\n\nWhat stops: {stops}.\nWhat stays: imagery already stored can still "
            "be downloaded until its storage ends, and what was billed is not refunded."
        ).format(label=order.label(), stops=stops)

    def _end_billing(self, order: Any, now: Any) -> None:
        """The month's spending stops counting a cancelled order after its last billed month (an
        order withdrawn in Review was never billed)."""
        from ..core.spending import month_of, now_local

        history = getattr(self.manager, "history", None)
        if history is None:
            return
        withdrawn = now is None or now.status == "Cancelled" or order.status == "Review"  # as the message says
        last = (now or order).last_day
        month = "0000-00" if withdrawn else (last.strftime("%Y-%m") if last else month_of(now_local()))
        try:
            history.end_order(order.guid, month)
        except Exception as exc:  # the spending view is a help, never a reason to fail a cancel
            logger.warning("The cancelled order could not be marked in the history: %s", exc)

    def cancel(self, order: Any) -> None:
        """*Cancel order…*: orders in Review, and recurring ones (§2.8), after a confirmation."""
        if not order.cancellable:
            push_warning(
                self.bar,
                tr(
                    "This order cannot be cancelled: only orders in Review and recurring orders can be "
                    "(it is {status}, {period})."
                ).format(status=order.status_label, period=order.period),
            )
            return
        if not self.ask(self.cancel_question(order)):
            return

        def cancel_and_read(client: Any) -> Any:
            client.cancel_order(order.guid)
            try:  # the order as it is now: what the message (and the list) say
                return client.order_details(order.guid)
            except ClearSkyError:
                return None

        def done(now: Any) -> None:
            if now is None or now.status == "Cancelled" or order.status == "Review":
                text = tr("Order cancelled: {label}. It is withdrawn and not billed.")
            else:
                text = tr("Order cancelled: {label}. It ends on its last billed month; no further months are billed.")
            push_success(self.bar, text.format(label=(now or order).label()))
            self._end_billing(order, now)
            self.refresh()

        self.manager.call(tr("ClearSKY: cancel order"), cancel_and_read, done, self._error)
