"""The *Orders* panel: the account's orders (● active), a new order for the area, an order's
details and cancellation, and a map layer of their areas.  The actions themselves are
:class:`~.order_actions.OrderActions`' (shared with the layer menu and the Browser)."""

from __future__ import annotations

from typing import Any, Optional

from qgis.core import QgsProject
from qgis.gui import QgsCollapsibleGroupBox
from qgis.PyQt.QtCore import Qt, pyqtSignal
from qgis.PyQt.QtWidgets import QHBoxLayout, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout

from ..core.i18n import tr


class OrdersPanel(QgsCollapsibleGroupBox):
    #: *New order for this area…*
    new_order_requested = pyqtSignal()

    def __init__(self, actions: Any = None, parent=None) -> None:
        super().__init__(tr("Orders"), parent)
        self.setObjectName("orders_box")
        self.setCollapsed(True)
        self.actions = actions
        layout = QVBoxLayout(self)
        self.new_order_button = QPushButton(tr("New order for this area…"))
        self.new_order_button.setObjectName("new_order_button")
        self.new_order_button.setToolTip(
            tr("Estimate an order for the area of interest; nothing is ordered before you confirm")
        )
        self.new_order_button.clicked.connect(self.new_order_requested.emit)
        layout.addWidget(self.new_order_button)
        self.orders_list = QListWidget()
        self.orders_list.setMaximumHeight(110)
        # long order rows wrap: the list never needs sideways scrolling (the full text is its tooltip)
        self.orders_list.setWordWrap(True)
        self.orders_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.orders_list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.orders_list.currentItemChanged.connect(self._update_buttons)
        layout.addWidget(self.orders_list)
        row = QHBoxLayout()
        self.details_button = QPushButton(tr("Details…"))
        self.details_button.clicked.connect(lambda: self._act("details"))
        self.cancel_button = QPushButton(tr("Cancel order…"))
        self.cancel_button.setToolTip(tr("Orders in Review, and recurring orders (stops future billing)"))
        self.cancel_button.clicked.connect(lambda: self._act("cancel"))
        self.refresh_button = QPushButton(tr("Refresh"))
        self.refresh_button.clicked.connect(lambda: self.actions and self.actions.refresh())
        for button in (self.details_button, self.cancel_button, self.refresh_button):
            row.addWidget(button)
        layout.addLayout(row)
        self.orders_map_button = QPushButton(tr("Show orders on the map"))
        self.orders_map_button.clicked.connect(self.show_layer)
        layout.addWidget(self.orders_map_button)
        self.orders: list = []
        if actions is not None:
            actions.orders_changed.connect(self.set_orders)
        self._update_buttons()

    def set_orders(self, orders: list) -> None:
        selected = self.selected_order()
        self.orders = list(orders)
        self.orders_list.clear()
        for order in self.orders:
            item = QListWidgetItem(("● " if order.active else "○ ") + order.label())
            item.setData(Qt.ItemDataRole.UserRole, order.guid)
            item.setToolTip(f"{order.guid}\n{', '.join(order.constellations)}")
            self.orders_list.addItem(item)
            if selected is not None and order.guid == selected.guid:
                self.orders_list.setCurrentItem(item)
        if not self.orders:
            self.orders_list.addItem(tr("No orders: downloads need an order covering the area and date."))
        self._update_buttons()

    def selected_order(self) -> Optional[Any]:
        item = self.orders_list.currentItem()
        guid = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return next((o for o in self.orders if o.guid == guid), None)

    def select(self, guid: str) -> None:
        for i in range(self.orders_list.count()):
            if self.orders_list.item(i).data(Qt.ItemDataRole.UserRole) == guid:
                self.orders_list.setCurrentRow(i)

    def _update_buttons(self, *args: Any) -> None:
        order = self.selected_order()
        self.details_button.setEnabled(order is not None)
        self.cancel_button.setEnabled(order is not None and order.cancellable)

    def _act(self, what: str) -> None:
        order = self.selected_order()
        if order is not None and self.actions is not None:
            getattr(self.actions, what)(order)

    def show_layer(self) -> None:
        from ..core.account_orders import orders_layer

        if self.orders:
            QgsProject.instance().addMapLayer(orders_layer(self.orders))
