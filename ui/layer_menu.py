"""The layer context menu: *Download imagery for this layer…* on every polygon layer, and
*…for selected features…* on a layer while it has a selection.  Both open the dock with the
layer as the area of interest."""

from __future__ import annotations

from functools import partial
from typing import Any, Callable, Optional

from qgis.core import QgsProject, QgsVectorLayer, QgsWkbTypes
from qgis.PyQt.QtGui import QIcon

try:  # Qt 6 (QGIS 4) moved QAction to QtGui
    from qgis.PyQt.QtGui import QAction
except ImportError:  # Qt 5
    from qgis.PyQt.QtWidgets import QAction

from ..core.compat import vector_layer_type
from ..core.i18n import tr

CONTEXT_MENU = "ClearSKY"


def is_polygon_layer(layer: Any) -> bool:
    return isinstance(layer, QgsVectorLayer) and layer.geometryType() == QgsWkbTypes.GeometryType.PolygonGeometry


def is_orders_layer(layer: Any) -> bool:
    from ..core.account_orders import LAYER_PROPERTY

    return isinstance(layer, QgsVectorLayer) and bool(layer.customProperty(LAYER_PROPERTY))


def is_cells_layer(layer: Any) -> bool:
    from ..core.tiles import CELLS_PROPERTY

    return isinstance(layer, QgsVectorLayer) and bool(layer.customProperty(CELLS_PROPERTY))


class LayerMenu:
    def __init__(
        self,
        iface: Any,
        icon: QIcon,
        open_for: Callable[[QgsVectorLayer, bool], None],
        order_actions: Optional[Callable[[], Any]] = None,
        order_cells: Optional[Callable[[QgsVectorLayer], None]] = None,
        watch_for: Optional[Callable[[QgsVectorLayer], None]] = None,
    ) -> None:
        """``open_for(layer, selected_only)`` shows the dock with ``layer`` as the area;
        ``order_actions()`` gives the :class:`~.order_actions.OrderActions` for orders layers."""
        self.iface = iface
        self.open_for = open_for
        self.order_actions = order_actions
        self.order_layer_actions: list[QAction] = []
        self.cells_action: Optional[QAction] = None
        if order_cells is not None:
            self.cells_action = QAction(icon, tr("Order these cells…"), iface.mainWindow())
            self.cells_action.setObjectName("clearsky_order_cells")
            self.cells_action.setToolTip(tr("A tile order of the selected cells (or all of them), estimated first"))
            self.cells_action.triggered.connect(lambda: self._order_cells(iface.activeLayer(), order_cells))
            iface.addCustomActionForLayerType(self.cells_action, CONTEXT_MENU, vector_layer_type(), False)
        if order_actions is not None:
            for name, text, what in (
                ("clearsky_order_details", tr("Order details…"), "details"),
                ("clearsky_order_cancel", tr("Cancel order…"), "cancel"),
            ):
                action = QAction(icon, text, iface.mainWindow())
                action.setObjectName(name)
                action.triggered.connect(lambda _=False, w=what: self.order_action(iface.activeLayer(), w))
                iface.addCustomActionForLayerType(action, CONTEXT_MENU, vector_layer_type(), False)
                self.order_layer_actions.append(action)
        self.selection_actions: dict[str, QAction] = {}
        self._slots: dict[str, Any] = {}
        self.layer_action: Optional[QAction] = QAction(icon, tr("Download imagery for this layer…"), iface.mainWindow())
        self.layer_action.setObjectName("clearsky_layer_download")
        self.layer_action.triggered.connect(lambda: self._open(iface.activeLayer(), False))
        iface.addCustomActionForLayerType(self.layer_action, CONTEXT_MENU, vector_layer_type(), False)
        self.watch_action: Optional[QAction] = None
        if watch_for is not None:  # the layer (or its selection) as a watched area
            self.watch_action = QAction(icon, tr("Watch this area…"), iface.mainWindow())
            self.watch_action.setObjectName("clearsky_layer_watch")
            self.watch_action.setToolTip(
                tr("Be told when ClearSKY publishes new dates for this layer (or its selection)")
            )
            self.watch_action.triggered.connect(
                lambda: is_polygon_layer(iface.activeLayer()) and watch_for(iface.activeLayer())
            )
            iface.addCustomActionForLayerType(self.watch_action, CONTEXT_MENU, vector_layer_type(), False)
        project = QgsProject.instance()
        project.layersAdded.connect(self._layers_added)
        self._layers_added(list(project.mapLayers().values()))

    def _open(self, layer: Any, selected_only: bool) -> None:
        if is_polygon_layer(layer):
            self.open_for(layer, selected_only)

    @staticmethod
    def _order_cells(layer: Any, order_cells: Callable[[QgsVectorLayer], None]) -> None:
        from ..core.tiles import CELLS_PROPERTY

        if isinstance(layer, QgsVectorLayer) and layer.customProperty(CELLS_PROPERTY):
            order_cells(layer)

    def order_action(self, layer: Any, what: str) -> None:
        """*Order details…* / *Cancel order…* on an orders layer: its selected order (or its only one)."""
        if not is_orders_layer(layer) or self.order_actions is None:
            return
        feats = list(layer.getSelectedFeatures()) or list(layer.getFeatures())
        if len(feats) != 1:
            from .feedback import push_warning

            push_warning(self.iface.messageBar(), tr("Select one order on the orders layer first."))
            return
        actions = self.order_actions()
        order = actions.find(feats[0]["guid"])
        if order is None:
            from ..core.account_orders import Order

            order = Order.from_dict(
                {
                    "TaskOrderGuid": feats[0]["guid"],
                    "OrderingProcessStatus": feats[0]["status"],
                    "Model": feats[0]["model"],
                    "From": feats[0]["date_from"],
                    "To": feats[0]["date_to"],
                }
            )
        getattr(actions, what)(order)

    def _layers_added(self, layers: list) -> None:
        for layer in layers:
            if is_orders_layer(layer):
                for action in self.order_layer_actions:
                    self.iface.addCustomActionForLayer(action, layer)
            if self.cells_action is not None and is_cells_layer(layer):
                self.iface.addCustomActionForLayer(self.cells_action, layer)
            if is_polygon_layer(layer):
                self.iface.addCustomActionForLayer(self.layer_action, layer)
                if self.watch_action is not None:
                    self.iface.addCustomActionForLayer(self.watch_action, layer)
                slot = partial(self._selection_changed, layer)
                self._slots[layer.id()] = slot
                layer.selectionChanged.connect(slot)
                slot()

    def _unwatch(self, layer: Any) -> None:
        slot = self._slots.pop(layer.id(), None)
        if slot is not None:
            try:
                layer.selectionChanged.disconnect(slot)
            except (TypeError, RuntimeError):
                pass

    def _selection_changed(self, sender: Any, *args: Any) -> None:
        action = self.selection_actions.get(sender.id())
        if sender.selectedFeatureCount() and action is None:
            action = QAction(tr("Download imagery for selected features…"), self.iface.mainWindow())
            action.setObjectName("clearsky_selection_download")
            action.triggered.connect(lambda _=False, lyr=sender: self._open(lyr, True))
            self.iface.addCustomActionForLayerType(action, CONTEXT_MENU, vector_layer_type(), False)
            self.iface.addCustomActionForLayer(action, sender)
            self.selection_actions[sender.id()] = action
        elif not sender.selectedFeatureCount() and action is not None:
            self.iface.removeCustomActionForLayerType(action)
            action.deleteLater()
            del self.selection_actions[sender.id()]

    def unload(self) -> None:
        try:
            QgsProject.instance().layersAdded.disconnect(self._layers_added)
        except (TypeError, RuntimeError):
            pass
        for action in [
            self.layer_action,
            self.watch_action,
            *self.selection_actions.values(),
            *self.order_layer_actions,
            self.cells_action,
        ]:
            if action is not None:
                self.iface.removeCustomActionForLayerType(action)
                action.deleteLater()
        for layer in QgsProject.instance().mapLayers().values():
            self._unwatch(layer)
        self.selection_actions.clear()
        self.order_layer_actions = []
        self.cells_action = None
        self.layer_action = None
        self.watch_action = None
