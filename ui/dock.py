"""The ClearSKY dock: a shell that stacks the panels (area, product, output, grid tiles,
orders, history, downloads), the *Check* and *Download…* buttons and the account line.

The panels share one :class:`~.form_state.FormState`; the check → approve → download flow
is :class:`~.approval.ApprovalFlow`'s; every task goes through the :class:`DownloadManager`."""

from __future__ import annotations

from typing import Any, Callable, Optional

from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import (
    QDockWidget,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..core.answers import AccountInfo, ModelInfo
from ..core.errors import ClearSkyError, InvalidRequestError
from ..core.i18n import tr
from ..core.models import DEFAULT_MODEL, CompositeRequest
from ..core.settings import Settings, key_configured
from .aoi_panel import AoiPanel
from .approval import ApprovalFlow, Target
from .download_list import DownloadList
from .downloads import DownloadEntry, DownloadManager
from .estimate_dialog import EstimateDialog
from .feedback import push_error
from .form_state import FormState
from .history_panel import HistoryPanel
from .map_placement import SeriesDays, place_beside_area
from .order_actions import OrderActions
from .order_dialog import OrderArea
from .orders_panel import OrdersPanel
from .output_panel import OutputPanel
from .product_panel import ProductPanel
from .tiles_panel import TilesPanel


class ClearSkyDock(QDockWidget):
    def __init__(
        self,
        iface: Any,
        manager: DownloadManager,
        open_settings: Optional[Callable[[], None]] = None,
        parent=None,
        watch: Any = None,
    ) -> None:
        super().__init__(tr("ClearSKY"), parent)
        self.setObjectName("ClearSkyDock")
        self.iface = iface
        self.manager = manager
        self.open_settings = open_settings or (lambda: None)
        self.settings = Settings.load()
        self.state = FormState(self)
        self._restoring = False
        self._loading = False
        bar = iface.messageBar()
        self.flow = ApprovalFlow(
            manager,
            bar,
            self,
            budget=lambda: self.settings.budget_credits,
            month_budget=lambda: self.settings.month_budget_credits,
            open_settings=self.open_settings,
            ask=lambda question: self.ask(question),
        )
        self.flow.busy_changed.connect(self._update_buttons)
        self.series_days = SeriesDays(iface, manager, self)
        self.flow.series_started.connect(self.series_days.start)
        self.flow.dialog_opened.connect(lambda dialog: place_beside_area(dialog, iface, self.state.aoi))
        self.ask: Callable[[str], bool] = self._ask

        self.area = AoiPanel(iface.mapCanvas(), self.state)
        self.product = ProductPanel(self.state, manager, lambda: self.settings.params())
        self.output = OutputPanel(self.state, self.settings.output_folder)
        self.tiles = TilesPanel(self.state, manager, bar)
        self.tiles.download_requested.connect(self.download_tiles)
        self.flow.date_suggested.connect(self.product.date_row.set_date)
        self.order_actions = OrderActions(
            manager,
            iface,
            models=lambda: self.state.models,
            ask=lambda question: self.ask(question),
            model=lambda: self.product.params().get("model", ""),
            parent=self,
        )
        self.orders = OrdersPanel(self.order_actions)
        self.orders.new_order_requested.connect(self.new_order)
        self.tiles.order_requested.connect(self.order_cells)
        # "not covered by an order" (error 1006, the cost dialog) offers "Order this area…"
        manager.order_area = self.new_order
        self.history = HistoryPanel(manager, bar)
        self.history.reuse_requested.connect(self.reuse)
        self.downloads = DownloadList(manager, lambda question: self.ask(question))
        from .watch import WatchPanel, WatchService, watched_area

        #: the plugin's watched-areas service (one of the dock's own, not scheduled, when none is given)
        self.watch = watch or WatchService(manager.client, bar, parent=self)
        self.watch.open_check = self.check_watched
        self.watched = WatchPanel(self.watch, lambda: watched_area(self.state.aoi, self.product), bar)

        # the sections scroll (vertically only); the action bar — Check, Download, the balance —
        # stays at the bottom, visible whatever is open and at any screen height
        scroll = QScrollArea()
        scroll.setObjectName("clearsky_sections")
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        scroll.setWidget(body)
        outer = QWidget()
        outer_layout = QVBoxLayout(outer)
        outer_layout.setContentsMargins(0, 0, 0, 0)
        outer_layout.addWidget(scroll, 1)
        action_bar = QWidget()
        action_bar.setObjectName("clearsky_action_bar")
        outer_layout.addWidget(action_bar)
        self.setWidget(outer)
        root = QVBoxLayout(body)
        root.addWidget(self._build_key_notice())
        for panel in (self.area, self.product, self.output, self.tiles, self.orders, self.watched, self.history):
            root.addWidget(panel)
        root.addWidget(self.downloads, 1)
        bar_layout = QVBoxLayout(action_bar)
        buttons = QHBoxLayout()
        self.check_button = QPushButton(tr("Check availability && cost"))
        self.check_button.clicked.connect(self.check)
        self.download_button = QPushButton(tr("Download…"))
        self.download_button.clicked.connect(self.download)
        self.download_button.setDefault(True)
        buttons.addWidget(self.check_button)
        buttons.addWidget(self.download_button)
        bar_layout.addLayout(buttons)
        account_row = QHBoxLayout()
        self.account_label = QLabel(tr("Account: not connected"))
        self.account_label.setWordWrap(True)
        settings_button = QToolButton()
        settings_button.setText(tr("⚙ Settings"))
        settings_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        settings_button.clicked.connect(self.open_settings)
        help_button = QToolButton()
        help_button.setText(tr("Help"))
        help_button.setObjectName("help_button")
        help_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        help_menu = QMenu(help_button)
        self.diagnostics_action = help_menu.addAction(tr("Copy diagnostics"))
        self.diagnostics_action.setToolTip(tr("Versions and the last API calls, for a bug report (no key)"))
        self.diagnostics_action.triggered.connect(self.copy_diagnostics)
        help_button.setMenu(help_menu)
        self.refresh_balance_button = QToolButton()
        self.refresh_balance_button.setObjectName("refresh_balance")
        self.refresh_balance_button.setText("↻")
        self.refresh_balance_button.setToolTip(tr("Read the balance again (free)"))
        self.refresh_balance_button.clicked.connect(self.manager.refresh_balance)
        account_row.addWidget(self.account_label, 1)
        account_row.addWidget(self.refresh_balance_button)
        account_row.addWidget(help_button)
        account_row.addWidget(settings_button)
        bar_layout.addLayout(account_row)

        self.sections = scroll
        for panel in (self.tiles, self.orders, self.history):  # the sections that open and close
            panel.collapsedStateChanged.connect(lambda *_: self.fit_width())
        self.fit_width()
        self.state.changed.connect(self._changed)
        self.state.account_changed.connect(self._show_account)
        self.manager.entry_changed.connect(self._entry_changed)
        self.manager.account_changed.connect(self.state.set_account)
        self.restore_params()
        self.state.set_models([ModelInfo(DEFAULT_MODEL, ("Sentinel1", "Sentinel2", "Landsat89"))])
        self._update_buttons()

    def fit_width(self) -> None:
        """The panel is never narrower than its widest section (in any language): it scrolls
        vertically, and never cuts a row off on the right nor shifts it sideways."""
        body = self.sections.widget()
        body.adjustSize()
        bar = self.sections.verticalScrollBar().sizeHint().width()
        self.sections.setMinimumWidth(body.minimumSizeHint().width() + bar + 2)

    def _build_key_notice(self) -> QFrame:
        """First start: the first thing in the dock says that a key is needed, with the way to it."""
        self.key_notice = QFrame()
        self.key_notice.setObjectName("key_notice")
        self.key_notice.setFrameShape(QFrame.Shape.StyledPanel)
        self.key_notice.setStyleSheet("#key_notice { background: #fff4ce; }")
        row = QHBoxLayout(self.key_notice)
        row.setContentsMargins(6, 4, 6, 4)
        text = QLabel(tr("No ClearSKY API key yet."))
        text.setWordWrap(True)
        self.key_button = QPushButton(tr("Set up key…"))
        self.key_button.clicked.connect(self.open_settings)
        row.addWidget(text, 1)
        row.addWidget(self.key_button)
        self.key_notice.setVisible(not key_configured(self.settings))
        return self.key_notice

    # -- what the plugin, the Browser and the layer menu use ------------------------------------
    @property
    def aoi(self) -> Any:
        return self.state.aoi

    @property
    def account(self) -> Optional[AccountInfo]:
        return self.state.account

    def use_layer(self, layer: Any, selected_only: bool = False) -> None:
        self.area.use_layer(layer, selected_only)

    def use_wkt(self, wkt: str, name: str = "") -> None:
        self.area.use_wkt(wkt, name)

    def settings_changed(self, settings: Settings) -> None:
        """The settings dialog saved: use its settings and read models and account again."""
        self.settings = settings
        self.key_notice.setVisible(not key_configured(settings))
        self.load_models()

    def load_models(self) -> None:
        """Models (constellations), account limits and orders, in a task; cached by the client."""

        def fetch(client: Any) -> tuple[list[ModelInfo], Any, Any]:
            models = client.tasking_models()
            try:
                account = client.account_info()
            except ClearSkyError:
                account = None
            try:
                orders = client.orders()
            except ClearSkyError:
                orders = None
            return models, account, orders

        def failed(err: ClearSkyError) -> None:
            self._loading = False
            self.account_label.setText(f"⚠ {err.user_message()}")

        self._loading = True
        self.manager.call(tr("ClearSKY: load models"), fetch, self._models_loaded, failed)

    def _models_loaded(self, result: tuple[list[ModelInfo], Any, Any]) -> None:
        self._loading = False
        models, account, orders = result
        self.state.set_models(models)
        if account is not None:
            self.state.set_account(account)
        if orders is not None:
            self.order_actions.set_orders(orders)

    def _show_account(self, account: AccountInfo) -> None:
        parts = [account.name or account.email or tr("account")]
        if account.credits is not None:
            parts.append(tr("{credits:,.2f} credits").format(credits=account.credits))
        if account.max_area_km2:
            parts.append(tr("max {area:,.0f} km²").format(area=account.max_area_km2))
        self.account_label.setText(tr("Account: ") + " · ".join(parts))

    # -- check and download ---------------------------------------------------------------------
    def build_request(self, check_area: bool = True) -> CompositeRequest:
        aoi = self.state.aoi
        if aoi is None:
            raise InvalidRequestError(tr("Choose an area of interest first: draw one, or pick a layer or the extent."))
        if self.state.account is not None and check_area:
            aoi.check_area(self.state.account.max_area_km2)
        return self.product.request(aoi, self.output.upload_url())

    def check(self) -> None:
        """Check availability and cost of the form's request (one date or a series); the cost
        dialog follows, and only its *Download* spends anything."""
        from ..core import aoi as aoi_mod

        try:
            request = self.build_request()
            target = Target(self.output.folder(), self.state.aoi.name)
        except ClearSkyError as exc:
            push_error(self.iface.messageBar(), exc, self.open_settings)
            return
        self.save_params()
        series = self.product.series()
        if series and not request.upload_url:
            self.flow.check_series(request, series[0], series[1], target)
        else:
            self.flow.check(request, target, aoi_mod.bbox_area_km2(self.state.aoi.geometry))

    def check_watched(self, area: Any, dates: list) -> None:
        """*Check & download…* for a watched area: its area, product and newest new date in the
        form, then the usual check and cost dialog (nothing is paid before its *Download*)."""
        self.show()
        self.raise_()
        self.area.use_wkt(area.wkt, area.name)
        self.settings.set_params({**self.settings.params(), "model": area.model})
        if dates:
            self.product.date_row.set_date(max(dates))

        def go(*_args: Any) -> None:
            try:
                self.state.models_changed.disconnect(go)
            except (TypeError, RuntimeError):
                pass
            self.product.use_product(area.model, area.constellations)
            self.check()

        if self.state.models:
            go()
        else:  # the models are still loading: check once they are in
            self.state.models_changed.connect(go)
            if not self._loading:
                self.load_models()

    def download(self) -> None:
        """*Download…*: every paid download goes through the cost dialog, so this checks first."""
        self.check()

    def download_tiles(self, refs: list, layer: Any, mosaic: bool) -> None:
        """Estimate the chosen grid cells together, then ask before anything is spent."""
        from ..core.tiles import TileParams, parallelism

        try:
            request = self.build_request(check_area=False).with_changes(upload_url=None)
            folder = self.output.folder()
            # tiles come in a UTM zone or 47000 only (reference §2.5): a typed error otherwise
            params = TileParams.from_request(request, per_cell_zone=self.product.per_cell_zone)
        except ClearSkyError as exc:
            push_error(self.iface.messageBar(), exc, self.open_settings)
            return
        account = self.state.account
        workers = parallelism(account.max_concurrent if account else 1, self.settings.max_parallel)
        tiles = {
            "params": params,
            "max_parallel": workers,
            "mosaic_crs": tr("EPSG:{epsg}").format(epsg=request.epsg) if mosaic else None,
            "footprints": layer,
        }
        self.flow.check_tiles(refs, request, Target(folder, self.state.aoi.name if self.state.aoi else "", tiles=tiles))

    def new_order(self) -> Any:
        """*New order for this area…* (also *Order this area…* after error 1006): the order
        dialog for the area of interest; nothing is ordered before its confirmation."""
        aoi = self.state.aoi
        if aoi is None:
            push_error(
                self.iface.messageBar(),
                InvalidRequestError(tr("Choose the area to order first: draw one, or pick a layer or the extent.")),
            )
            return None
        dialog = self.order_actions.new_order(OrderArea(aoi.name, wkt=aoi.wkt, month=self.product.date_row.date()))
        dialog.cells_proposed.connect(lambda refs: self.tiles.show_cells(refs, select_all=True))
        return dialog

    def order_cells(self, refs: list) -> Any:
        """*Order these cells…* (grid cells mode): a tile or minitile order of the chosen cells."""
        name = tr("{n} grid cells").format(n=len(refs))
        return self.order_actions.new_order(OrderArea(name, cells=tuple(refs), month=self.product.date_row.date()))

    def copy_diagnostics(self) -> str:
        from .feedback import copy_diagnostics

        return copy_diagnostics(self.iface.messageBar(), self.settings.effective_url())

    @property
    def cost_dialog(self) -> Optional[EstimateDialog]:
        """The cost dialog being shown, if any."""
        return self.flow.dialog

    @property
    def busy(self) -> bool:
        """A check runs or its cost dialog is open."""
        return self.flow.busy

    def _ask(self, question: str) -> bool:
        from qgis.PyQt.QtWidgets import QMessageBox

        answer = QMessageBox.question(
            self,
            tr("ClearSKY"),
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _entry_changed(self, entry: DownloadEntry) -> None:
        new = self.downloads.show_entry(entry)
        if new or entry.state != "running":  # started or ended, not progress
            self._update_buttons()
        if entry.state == "done":
            self.history.refresh()
            cached = self.manager.client().cached_account()  # the client counts what was spent
            if cached is not None:
                self.state.set_account(cached)

    def reuse(self, entry: Any) -> None:
        """Fill the form from a past download (its area and settings)."""
        self.area.use_wkt(entry.wkt, entry.area or tr("from history"))  # the area keeps its name
        self.product.apply_payload(entry.payload)

    # -- state ------------------------------------------------------------------------------------
    def _changed(self) -> None:
        self._update_buttons()
        if self.state.aoi is not None and self.isVisible():
            self.product.load_available_dates()
        if not self._restoring:
            self.save_params()

    def _paying_for_form(self) -> bool:
        """A download of exactly the form's request is running (Download stays disabled)."""
        running = {e.fingerprint for e in self.manager.running()}
        if not running or self.state.aoi is None:
            return False
        try:
            return self.build_request(check_area=False).fingerprint in running
        except ClearSkyError:
            return False

    def _update_buttons(self, *args: Any) -> None:
        busy = self.flow.busy or self._paying_for_form()
        ready = self.state.aoi is not None and not busy
        self.check_button.setEnabled(ready)
        self.check_button.setText(tr("Checking…") if self.flow.checking else tr("Check availability && cost"))
        self.download_button.setEnabled(ready)

    def params(self) -> dict[str, Any]:
        return {**self.product.params(), **self.output.params()}

    def save_params(self) -> None:
        self.settings.set_params(self.params())
        self.settings.save()

    def restore_params(self) -> None:
        p = self.settings.params()
        if not p:
            return
        self._restoring = True
        try:
            self.product.restore(p)
            self.output.restore(p)
        finally:
            self._restoring = False

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self.state.account and not self._loading:
            self.load_models()

    def cleanup(self) -> None:
        """Called on unload: map tools, rubber bands, signals."""
        self.area.cleanup()
        if getattr(self.manager, "order_area", None) == self.new_order:
            self.manager.order_area = None
        for signal, slot in (
            (self.manager.entry_changed, self._entry_changed),
            (self.manager.layer_added, self.series_days.layer_added),
            (self.manager.account_changed, self.state.set_account),
        ):
            try:
                signal.disconnect(slot)
            except (TypeError, RuntimeError):
                pass
