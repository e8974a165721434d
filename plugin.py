"""Wiring only: actions, menu, toolbar, dock, Processing provider, layer context menu."""

from __future__ import annotations

from typing import Optional

from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QIcon

try:  # Qt 6 (QGIS 4) moved QAction to QtGui
    from qgis.PyQt.QtGui import QAction
except ImportError:  # Qt 5
    from qgis.PyQt.QtWidgets import QAction

from .core import log, logger, resources_path
from .core.i18n import install_translator, remove_translator, tr

MENU = "ClearSKY"


def _watch_client():
    """A client for the watched areas' free checks, made in their worker thread.  It never asks for
    QGIS's master password: with the key in an auth database that is still locked, the check waits
    for a later round (after the user unlocked it for something else)."""
    import os

    from .core.errors import ConfigurationError
    from .core.settings import ENV_KEY, Settings, make_client

    settings = Settings.load()
    if not os.environ.get(ENV_KEY) and settings.authcfg:
        from qgis.core import QgsApplication

        auth = QgsApplication.authManager()
        if auth.masterPasswordHashInDatabase() and not auth.masterPasswordIsSet():
            locked = "QGIS's authentication database is locked; watched areas wait for it."  # no-i18n (logged)
            raise ConfigurationError(locked)
    return make_client(settings)


class ClearSkyPlugin:
    def __init__(self, iface) -> None:
        install_translator()  # before any string is made: QGIS's interface language
        self.iface = iface
        self.actions: list[QAction] = []
        self.dock = None
        self.manager = None
        self.toggle_action: Optional[QAction] = None
        self.settings_action: Optional[QAction] = None
        self.layer_menu = None
        self.options_factory = None
        self.provider = None
        self.browser_provider = None
        self._browser_client = None
        self.watch = None

    # -- QGIS entry points --------------------------------------------------------------
    def initProcessing(self) -> None:
        from qgis.core import QgsApplication

        from .processing.provider import ClearSkyProvider

        if self.provider is None:
            provider = ClearSkyProvider()
            # a provider whose id is taken (another copy of the plugin) is refused and deleted by
            # the registry: it must not be kept, or unload() would remove a deleted object
            if QgsApplication.processingRegistry().addProvider(provider):
                self.provider = provider
            else:
                logger.warning("The ClearSKY Processing provider could not be registered (id 'clearsky' is taken).")

    def initGui(self) -> None:
        log.install()
        self.initProcessing()
        if self.iface is None:
            return
        win = self.iface.mainWindow()
        icon = QIcon(str(resources_path("icons", "clearsky.svg")))
        self.toggle_action = QAction(icon, tr("ClearSKY"), win)
        self.toggle_action.setObjectName("clearsky_toggle_dock")
        self.toggle_action.setCheckable(True)
        self.toggle_action.setToolTip(tr("Show or hide the ClearSKY imagery panel"))
        self.toggle_action.toggled.connect(self._set_dock_visible)
        self.iface.addToolBarIcon(self.toggle_action)
        self.iface.addPluginToWebMenu(MENU, self.toggle_action)
        self.settings_action = QAction(tr("ClearSKY Settings…"), win)
        self.settings_action.setObjectName("clearsky_settings")
        self.settings_action.triggered.connect(self.open_settings)
        self.iface.addPluginToWebMenu(MENU, self.settings_action)
        self.actions += [self.toggle_action, self.settings_action]

        from qgis.core import QgsApplication

        from .ui.browser import ClearSkyItemProvider
        from .ui.layer_menu import LayerMenu

        # the Browser calls these from its worker threads: no QObject may be created there
        self.browser_provider = ClearSkyItemProvider(
            self._client,
            self.prefill_from_wkt,
            self._history,
            order_actions=self._order_actions,
            watch=self._watch_service,
        )
        QgsApplication.dataItemProviderRegistry().addProvider(self.browser_provider)
        self.layer_menu = LayerMenu(
            self.iface,
            icon,
            self.prefill_from_layer,
            order_actions=self._order_actions,
            order_cells=self.order_cells,
            watch_for=self.watch_layer,
        )
        # watched areas: checked once the interface is up (a timer; nothing is read before), then
        # every few hours
        if win.isVisible() or not hasattr(self.iface, "initializationCompleted"):
            self._start_watch()
        else:
            self.iface.initializationCompleted.connect(self._start_watch)
        from .ui.options_page import ClearSkyOptionsFactory

        # Settings → Options → ClearSKY: the same form as the plugin's settings dialog
        self.options_factory = ClearSkyOptionsFactory(icon, self._settings_saved)
        self.iface.registerOptionsWidgetFactory(self.options_factory)

    def _watch_service(self):
        if self.watch is None:
            from .core.settings import Settings
            from .ui.watch import WatchService

            self.watch = WatchService(
                _watch_client,
                self.iface.messageBar(),
                lambda area, dates: self.show_dock().check_watched(area, dates),
                hours=lambda: Settings.load().watch_hours,
            )
        return self.watch

    def _start_watch(self) -> None:
        try:
            self.iface.initializationCompleted.disconnect(self._start_watch)
        except (TypeError, RuntimeError):
            pass
        self._watch_service().start()

    def watch_layer(self, layer) -> None:
        """The layer menu's *Watch this area…*: the layer (or its selection) in the dock, then named."""
        dock = self.show_dock()
        dock.use_layer(layer, bool(layer.selectedFeatureCount()))
        dock.watched.watch_current()

    def unload(self) -> None:
        if self.watch is not None:
            self.watch.stop()
            try:
                self.iface.initializationCompleted.disconnect(self._start_watch)
            except (TypeError, RuntimeError):
                pass
        if self.manager is not None:
            running = self.manager.running()
            if running and self.iface is not None and self.ask_unload(running):
                self._wait_for(running)
            self.manager.cancel_all()
        from qgis.core import QgsApplication

        if self.provider is not None:
            try:
                QgsApplication.processingRegistry().removeProvider(self.provider)
            except RuntimeError:  # already deleted by QGIS: nothing left to remove
                pass
            self.provider = None
        if self.browser_provider is not None:
            QgsApplication.dataItemProviderRegistry().removeProvider(self.browser_provider)
            self.browser_provider = None
        if self.iface is not None:
            if self.layer_menu is not None:
                self.layer_menu.unload()
                self.layer_menu = None
            if self.options_factory is not None:
                self.iface.unregisterOptionsWidgetFactory(self.options_factory)
                self.options_factory = None
            for action in self.actions:
                self.iface.removePluginWebMenu(MENU, action)
                self.iface.removeToolBarIcon(action)
                action.deleteLater()
            if self.dock is not None:
                self.dock.cleanup()
                self.iface.removeDockWidget(self.dock)
                self.dock.close()
                self.dock.setParent(None)
                self.dock.deleteLater()
        self.actions.clear()
        self.dock = None
        self.watch = None
        self.toggle_action = self.settings_action = None
        log.uninstall()
        remove_translator()

    def ask_unload(self, running: list) -> bool:
        """Paid downloads are running while the plugin is switched off or reloaded: True = wait for
        them (their files are kept), False = cancel them (their credits stay spent)."""
        from qgis.PyQt.QtWidgets import QMessageBox

        credits = sum(e.credits or 0 for e in running)
        box = QMessageBox(
            QMessageBox.Icon.Question,
            tr("ClearSKY"),
            tr(
                "{n} ClearSKY download(s) or order placing(s) are still running ({c:,.2f} credits). Wait for them "
                "to finish, or cancel them? Cancelled downloads are not refunded, and an order that was already "
                "sent is placed either way."
            ).format(n=len(running), c=credits),
            parent=self.iface.mainWindow(),
        )
        wait = box.addButton(tr("Wait"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(tr("Cancel the downloads"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(wait)
        box.exec()
        return box.clickedButton() is wait

    def _wait_for(self, running: list, timeout_s: float = 3600.0) -> None:
        """Keep QGIS responsive until ``running`` downloads end (their layers are added)."""
        import time

        from qgis.PyQt.QtCore import QEventLoop
        from qgis.PyQt.QtWidgets import QApplication

        deadline = time.monotonic() + timeout_s
        while any(e.state == "running" for e in running) and time.monotonic() < deadline:
            QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 100)
            time.sleep(0.01)

    # -- dock -------------------------------------------------------------------------------
    def _ensure_manager(self):
        if self.manager is None:
            from .core.history import History
            from .core.settings import make_client
            from .ui.downloads import DownloadManager

            self.manager = DownloadManager(
                make_client, self.iface.messageBar(), history=History(), open_settings=self.open_settings
            )
        return self.manager

    def _ensure_dock(self):
        if self.dock is None:
            from .ui.dock import ClearSkyDock

            self.dock = ClearSkyDock(
                self.iface,
                self._ensure_manager(),
                self.open_settings,
                self.iface.mainWindow(),
                watch=self._watch_service(),
            )
            self.iface.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
            self.iface.mainWindow().resizeDocks([self.dock], [430], Qt.Orientation.Horizontal)
            self.dock.visibilityChanged.connect(self._dock_visibility_changed)
        return self.dock

    def _order_actions(self):
        """Details, cancel and new orders (the dock's; the Browser and the layer menu use them too)."""
        return self._ensure_dock().order_actions

    def show_dock(self):
        if self.toggle_action is not None and not self.toggle_action.isChecked():
            self.toggle_action.setChecked(True)
        dock = self._ensure_dock()
        dock.show()
        dock.raise_()
        return dock

    def _deps_ok(self) -> bool:
        from .core import deps

        lacking = deps.missing()
        if lacking:
            from qgis.core import Qgis

            self.iface.messageBar().pushMessage("ClearSKY", deps.install_hint(lacking), Qgis.MessageLevel.Critical, 0)
        return not lacking

    def _set_dock_visible(self, visible: bool) -> None:
        if visible:
            if not self._deps_ok():
                self.toggle_action.blockSignals(True)
                self.toggle_action.setChecked(False)
                self.toggle_action.blockSignals(False)
                return
            self._ensure_dock().show()
            self.dock.raise_()
        elif self.dock is not None:
            self.dock.hide()

    def _dock_visibility_changed(self, visible: bool) -> None:
        if self.toggle_action is not None and self.toggle_action.isChecked() != visible:
            self.toggle_action.blockSignals(True)
            self.toggle_action.setChecked(visible)
            self.toggle_action.blockSignals(False)

    def open_settings(self) -> None:
        from .ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.iface.mainWindow())
        if dialog.exec():
            self._settings_saved(dialog.settings)

    def _settings_saved(self, settings) -> None:
        """The settings dialog or the Options page saved: new client, the dock reads again."""
        self._browser_client = None
        if self.manager is not None:
            self.manager.reset_client()
        if self.dock is not None:
            self.dock.settings_changed(settings)

    def _client(self):
        """The dock's client once it exists; before that, one of the Browser's own."""
        if self.manager is not None:
            return self.manager.client()
        if self._browser_client is None:
            from .core.settings import make_client

            self._browser_client = make_client()
        return self._browser_client

    def _history(self):
        if self.manager is not None:
            return self.manager.history
        from .core.history import History

        return History()

    def prefill_from_wkt(self, wkt: str, name: str) -> None:
        """Open the dock with an area given as EPSG:4326 WKT (Browser → ClearSKY → Orders)."""
        self.show_dock().use_wkt(wkt, name)

    def order_cells(self, layer) -> None:
        """The grid cells layer's *Order these cells…*: its selected cells (or all) in the order dialog."""
        from .core.tiles import refs_from_features

        feats = layer.getSelectedFeatures() if layer.selectedFeatureCount() else layer.getFeatures()
        self.show_dock().order_cells(refs_from_features(feats))

    def prefill_from_layer(self, layer, selected_only: bool) -> None:
        """The layer context menu: the dock with ``layer`` (or its selection) as the area."""
        dock = self.show_dock()
        dock.use_layer(layer, selected_only)
