"""A ClearSKY node in QGIS's Browser panel: Orders (one item per order), Watched areas and Downloads
(the history)."""

from __future__ import annotations

import weakref
from typing import Any, Callable, Optional

from qgis.core import (
    Qgis,
    QgsDataCollectionItem,
    QgsDataItem,
    QgsDataItemProvider,
    QgsDataProvider,
    QgsErrorItem,
    QgsProject,
)
from qgis.PyQt.QtGui import QIcon

try:  # Qt 6 (QGIS 4) moved QAction to QtGui
    from qgis.PyQt.QtGui import QAction
except ImportError:  # Qt 5
    from qgis.PyQt.QtWidgets import QAction

from ..core import resources_path
from ..core.errors import ClearSkyError
from ..core.i18n import tr

ROOT_PATH = "/ClearSKY"
PROVIDER_KEY = "clearsky"


def _icon() -> QIcon:
    return QIcon(str(resources_path("icons", "clearsky.svg")))


#: the Orders items alive in the Browser (their children follow the orders list)
_ORDERS_ITEMS: weakref.WeakSet[Any] = weakref.WeakSet()


def update_order_items(orders: list) -> int:
    """A fresh orders list: every order shown in the Browser gets its new status and label, and
    an Orders node that lacks a new order (one just placed) is read again."""
    by_guid = {o.guid: o for o in orders}
    changed = 0
    for parent in list(_ORDERS_ITEMS):
        shown = {child.order.guid for child in getattr(parent, "order_items", ())}
        try:
            populated = parent.state() == Qgis.BrowserItemState.Populated
            if populated and set(by_guid) - shown:
                parent.refresh()  # on the Browser's worker thread, from the client's fresh list
                continue
        except RuntimeError:  # the Browser deleted it
            continue
        for child in list(getattr(parent, "order_items", ())):
            order = by_guid.get(child.order.guid)
            if order is None or order == child.order:
                continue
            try:
                child.set_order(order)
            except RuntimeError:  # the Browser deleted it (collapsed, refreshed)
                continue
            changed += 1
    return changed


class OrderItem(QgsDataItem):
    def __init__(
        self,
        parent: QgsDataItem,
        order: Any,
        open_in_dock: Optional[Callable[[str, str], None]],
        order_actions: Optional[Callable[[], Any]] = None,
    ) -> None:
        super().__init__(
            Qgis.BrowserItemType.Custom, parent, order.label(), f"{ROOT_PATH}/orders/{order.guid}", PROVIDER_KEY
        )
        self.open_in_dock = open_in_dock
        self.order_actions = order_actions
        self.set_order(order)
        self.setState(Qgis.BrowserItemState.Populated)

    def set_order(self, order: Any) -> None:
        self.order = order
        self.setName(order.label())
        self.setIcon(QgsDataCollectionItem.iconDir() if not order.active else _icon())
        self.setToolTip(f"{order.guid}\n{order.label()}\n{', '.join(order.constellations)}")

    def hasDragEnabled(self) -> bool:
        return False

    def handleDoubleClick(self) -> bool:
        self.add_to_map()
        return True

    def add_to_map(self) -> None:
        from ..core.account_orders import orders_layer

        QgsProject.instance().addMapLayer(
            orders_layer(
                [self.order],
                tr("ClearSKY order {model} {period}").format(model=self.order.model, period=self.order.period),
            )
        )

    def actions(self, parent: Any) -> list:
        add = QAction(tr("Add order area to map"), parent)
        add.triggered.connect(self.add_to_map)
        out = [add]
        if self.open_in_dock is not None:
            use = QAction(tr("Download imagery for this order's area…"), parent)
            use.triggered.connect(lambda: self.open_in_dock(self.order.area_wkt, f"order {self.order.model}"))
            out.append(use)
        actions = self.order_actions() if self.order_actions is not None else None
        if actions is not None:
            details = QAction(tr("Order details…"), parent)
            details.triggered.connect(lambda: actions.details(self.order))
            out.append(details)
            if self.order.cancellable:
                cancel = QAction(tr("Cancel order…"), parent)
                cancel.triggered.connect(lambda: actions.cancel(self.order))
                out.append(cancel)
        return out


class OrdersItem(QgsDataCollectionItem):
    def __init__(
        self,
        parent: QgsDataItem,
        client_factory: Callable[[], Any],
        open_in_dock: Optional[Callable[[str, str], None]],
        order_actions: Optional[Callable[[], Any]] = None,
    ) -> None:
        super().__init__(parent, tr("Orders"), f"{ROOT_PATH}/orders", PROVIDER_KEY)
        self.client_factory = client_factory
        self.open_in_dock = open_in_dock
        self.order_actions = order_actions
        #: the Python items of the orders shown (the Browser hands back plain QgsDataItems)
        self.order_items: list = []
        self.setIcon(_icon())
        _ORDERS_ITEMS.add(self)

    def createChildren(self) -> list:  # runs on a worker thread of the Browser
        try:
            orders = self.client_factory().orders(max_age=60)
        except ClearSkyError as exc:
            return [QgsErrorItem(self, exc.user_message(), f"{ROOT_PATH}/orders/error")]
        items = []
        for order in orders:
            item = OrderItem(self, order, self.open_in_dock, self.order_actions)
            items.append(item)
        self.order_items = list(items)
        return items


class DownloadItem(QgsDataItem):
    """A past download: double-click adds its layer (with the metadata from its .qmd)."""

    def __init__(self, parent: QgsDataItem, entry: Any) -> None:
        super().__init__(
            Qgis.BrowserItemType.Custom, parent, entry.label(), f"{ROOT_PATH}/downloads/{entry.fid}", PROVIDER_KEY
        )
        self.entry = entry
        self.setIcon(_icon())
        self.setToolTip(f"{entry.time}\n{entry.path or entry.upload_url}\n{entry.attribution}")
        self.setState(Qgis.BrowserItemState.Populated)

    def handleDoubleClick(self) -> bool:
        from ..core.layers import open_history_entry

        try:
            open_history_entry(self.entry)
        except ClearSkyError as exc:
            from qgis.utils import iface

            if iface is not None:
                iface.messageBar().pushWarning("ClearSKY", exc.user_message())
        return True


class DownloadsItem(QgsDataCollectionItem):
    def __init__(self, parent: QgsDataItem, history: Callable[[], Any]) -> None:
        super().__init__(parent, tr("Downloads"), f"{ROOT_PATH}/downloads", PROVIDER_KEY)
        self.history = history
        self.setIcon(_icon())

    def createChildren(self) -> list:
        # the order of the History panel: the newest image date first
        entries = sorted(self.history().entries(), key=lambda e: (e.date, e.time), reverse=True)
        return [DownloadItem(self, e) for e in entries]


class WatchedItem(QgsDataItem):
    """A watched area: double-click checks its newest new date (the cost dialog follows)."""

    def __init__(self, parent: QgsDataItem, area: Any, watch: Optional[Callable[[], Any]]) -> None:
        label = tr("{name} · last new date {new} · checked {checked}").format(
            name=area.name, new=area.last_new or "—", checked=area.checked_label()
        ) + (tr(" (paused)") if area.paused else "")
        super().__init__(Qgis.BrowserItemType.Custom, parent, label, f"{ROOT_PATH}/watched/{area.id}", PROVIDER_KEY)
        self.area = area
        self.watch = watch
        self.setIcon(_icon())
        self.setToolTip(f"{area.model} · {', '.join(area.constellations)}")
        self.setState(Qgis.BrowserItemState.Populated)

    def _service(self) -> Any:
        return self.watch() if self.watch is not None else None

    def handleDoubleClick(self) -> bool:
        self.check_and_download()
        return True

    def check_and_download(self) -> None:
        service = self._service()
        if service is not None:
            service.check_and_download(self.area)

    def actions(self, parent: Any) -> list:
        service = self._service()
        if service is None:
            return []
        check = QAction(tr("Check && download…"), parent)
        check.triggered.connect(self.check_and_download)
        pause = QAction(tr("Resume") if self.area.paused else tr("Pause"), parent)
        pause.triggered.connect(lambda: (service.set_paused(self.area.id, not self.area.paused), self._refresh()))
        remove = QAction(tr("Remove"), parent)
        remove.triggered.connect(lambda: (service.remove(self.area.id), self._refresh()))
        return [check, pause, remove]

    def _refresh(self) -> None:
        parent = self.parent()
        if parent is not None:
            parent.refresh()


class WatchedAreasItem(QgsDataCollectionItem):
    def __init__(self, parent: QgsDataItem, watch: Optional[Callable[[], Any]]) -> None:
        super().__init__(parent, tr("Watched areas"), f"{ROOT_PATH}/watched", PROVIDER_KEY)
        self.watch = watch
        self.setIcon(_icon())

    def createChildren(self) -> list:  # a worker thread: reads the GeoPackage, makes no QObject
        from ..core.watch import WatchStore

        areas = sorted(WatchStore().load(), key=lambda a: a.name.lower())
        return [WatchedItem(self, a, self.watch) for a in areas]


class RootItem(QgsDataCollectionItem):
    def __init__(
        self,
        client_factory: Callable[[], Any],
        open_in_dock: Optional[Callable[[str, str], None]],
        history: Optional[Callable[[], Any]] = None,
        order_actions: Optional[Callable[[], Any]] = None,
        watch: Optional[Callable[[], Any]] = None,
    ) -> None:
        super().__init__(None, "ClearSKY", ROOT_PATH, PROVIDER_KEY)
        self.client_factory = client_factory
        self.open_in_dock = open_in_dock
        self.history = history
        self.order_actions = order_actions
        self.watch = watch
        self.setIcon(_icon())

    def createChildren(self) -> list:
        items = [OrdersItem(self, self.client_factory, self.open_in_dock, self.order_actions)]
        if self.watch is not None:
            items.append(WatchedAreasItem(self, self.watch))
        if self.history is not None:
            items.append(DownloadsItem(self, self.history))
        return items


class ClearSkyItemProvider(QgsDataItemProvider):
    def __init__(
        self,
        client_factory: Callable[[], Any],
        open_in_dock: Optional[Callable[[str, str], None]] = None,
        history: Optional[Callable[[], Any]] = None,
        order_actions: Optional[Callable[[], Any]] = None,
        watch: Optional[Callable[[], Any]] = None,
    ):
        super().__init__()
        self.client_factory = client_factory
        self.open_in_dock = open_in_dock
        self.history = history
        #: ``() -> WatchService`` (check & download, pause, remove) or None
        self.watch = watch
        #: ``() -> OrderActions`` (details, cancel) or None
        self.order_actions = order_actions

    def name(self) -> str:
        return "ClearSKY"

    def dataProviderKey(self) -> str:
        return PROVIDER_KEY

    def capabilities(self) -> int:
        return QgsDataProvider.DataCapability.Net

    def createDataItem(self, path: str, parent: Any) -> Optional[QgsDataItem]:
        if not path:
            return RootItem(self.client_factory, self.open_in_dock, self.history, self.order_actions, self.watch)
        return None
