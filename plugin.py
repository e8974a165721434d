"""Wiring only: actions, menu, toolbar, dock, Processing provider, context menu."""

from __future__ import annotations

from typing import Optional

from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QAction

from .core import log, resources_path
from .core.i18n import tr

MENU = "ClearSKY"


class ClearSkyPlugin:
    def __init__(self, iface) -> None:
        self.iface = iface
        self.actions: list[QAction] = []
        self.dock = None
        self.toggle_action: Optional[QAction] = None
        self.provider = None

    # -- QGIS entry points --------------------------------------------------------------
    def initProcessing(self) -> None:
        pass

    def initGui(self) -> None:
        log.install()
        self.initProcessing()
        if self.iface is None:
            return
        icon = QIcon(str(resources_path("icons", "clearsky.svg")))
        self.toggle_action = QAction(icon, tr("ClearSKY"), self.iface.mainWindow())
        self.toggle_action.setObjectName("clearsky_toggle_dock")
        self.toggle_action.setCheckable(True)
        self.toggle_action.setToolTip(tr("Show or hide the ClearSKY imagery panel"))
        self.toggle_action.toggled.connect(self._set_dock_visible)
        self.iface.addToolBarIcon(self.toggle_action)
        self.iface.addPluginToWebMenu(MENU, self.toggle_action)
        self.actions.append(self.toggle_action)

    def unload(self) -> None:
        if self.iface is not None:
            for action in self.actions:
                self.iface.removePluginWebMenu(MENU, action)
                self.iface.removeToolBarIcon(action)
                action.deleteLater()
            if self.dock is not None:
                self.iface.removeDockWidget(self.dock)
                self.dock.close()
                self.dock.setParent(None)
                self.dock.deleteLater()
        self.actions.clear()
        self.dock = None
        self.toggle_action = None
        log.uninstall()

    # -- dock ------------------------------------------------------------------------------
    def _ensure_dock(self):
        if self.dock is None:
            from .ui.dock import ClearSkyDock

            self.dock = ClearSkyDock(self.iface, self.iface.mainWindow())
            self.iface.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
            self.dock.visibilityChanged.connect(self._dock_visibility_changed)
        return self.dock

    def _set_dock_visible(self, visible: bool) -> None:
        if visible:
            self._ensure_dock().show()
            self.dock.raise_()
        elif self.dock is not None:
            self.dock.hide()

    def _dock_visibility_changed(self, visible: bool) -> None:
        if self.toggle_action is not None and self.toggle_action.isChecked() != visible:
            self.toggle_action.blockSignals(True)
            self.toggle_action.setChecked(visible)
            self.toggle_action.blockSignals(False)
