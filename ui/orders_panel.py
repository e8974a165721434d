"""The *Orders* panel: the account's orders (● active), and a map layer of their areas."""

from __future__ import annotations

from qgis.core import QgsProject
from qgis.gui import QgsCollapsibleGroupBox
from qgis.PyQt.QtWidgets import QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout

from ..core.i18n import tr


class OrdersPanel(QgsCollapsibleGroupBox):
    def __init__(self, parent=None) -> None:
        super().__init__(tr("Orders"), parent)
        self.setObjectName("orders_box")
        self.setCollapsed(True)
        layout = QVBoxLayout(self)
        self.orders_list = QListWidget()
        self.orders_list.setMaximumHeight(90)
        layout.addWidget(self.orders_list)
        self.orders_map_button = QPushButton(tr("Show orders on the map"))
        self.orders_map_button.clicked.connect(self.show_layer)
        note = QLabel(tr("Orders are placed and cancelled in the ClearSKY web app."))
        note.setWordWrap(True)
        layout.addWidget(self.orders_map_button)
        layout.addWidget(note)
        self.orders: list = []

    def set_orders(self, orders: list) -> None:
        self.orders = list(orders)
        self.orders_list.clear()
        for order in self.orders:
            item = QListWidgetItem(("● " if order.active else "○ ") + order.label())
            item.setToolTip(f"{order.guid}\n{', '.join(order.constellations)}")
            self.orders_list.addItem(item)
        if not self.orders:
            self.orders_list.addItem(tr("No orders: downloads need an order covering the area and date."))

    def show_layer(self) -> None:
        from ..core.orders import orders_layer

        if self.orders:
            QgsProject.instance().addMapLayer(orders_layer(self.orders))
