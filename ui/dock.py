"""The ClearSKY dock: area of interest, product, output, check & download, downloads list."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any, Callable, Optional

from qgis.core import (
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsGeometry,
    QgsMapLayerProxyModel,
    QgsProject,
    QgsVectorLayer,
)
from qgis.gui import QgsCollapsibleGroupBox, QgsFileWidget, QgsMapLayerComboBox, QgsProjectionSelectionWidget
from qgis.PyQt.QtCore import QDate, Qt
from qgis.PyQt.QtGui import QBrush, QColor, QIcon, QTextCharFormat
from qgis.PyQt.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDockWidget,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..core import aoi as aoi_mod
from ..core import resources_path
from ..core.errors import ClearSkyError, InvalidRequestError
from ..core.i18n import tr
from ..core.models import DEFAULT_MODEL, RESOLUTIONS, CompositeRequest, ModelInfo, is_nimbus
from ..core.settings import Settings
from ..core.tasks import CallTask
from .approval import ApprovalFlow, Target
from .downloads import DownloadEntry, DownloadManager
from .estimate_dialog import EstimateDialog
from .feedback import push_error
from .map_tools import PolygonTool, RectangleTool, make_band

BAND_PRESETS = ["all", "rgb", "B4,B3,B2", "B8,B4,B3", "B12,B8A,B4", "B4,B3,B2,B8", "[B8_B4]"]
WGS84 = QgsCoordinateReferenceSystem("EPSG:4326")
SHORT_NAMES = {"Sentinel1": "S1", "Sentinel2": "S2", "Landsat89": "L8/9"}


def icon(name: str) -> QIcon:
    return QIcon(str(resources_path("icons", name)))


class DownloadRow(QWidget):
    """One download: title, progress bar, state, cancel/zoom button."""

    def __init__(self, entry: DownloadEntry, manager: DownloadManager, parent=None) -> None:
        super().__init__(parent)
        self.entry = entry
        self.manager = manager
        layout = QHBoxLayout(self)
        layout.setContentsMargins(2, 1, 2, 1)
        self.title = QLabel(entry.title)
        self.bar = QProgressBar()
        self.bar.setRange(0, 100)
        self.bar.setMaximumHeight(14)
        self.state = QLabel("")
        self.button = QToolButton()
        self.button.setAutoRaise(True)
        self.button.clicked.connect(self._clicked)
        layout.addWidget(self.title, 2)
        layout.addWidget(self.bar, 2)
        layout.addWidget(self.state, 2)
        layout.addWidget(self.button)
        self.update_from(entry)

    def update_from(self, entry: DownloadEntry) -> None:
        self.bar.setValue(int(entry.progress))
        running = entry.state == "running"
        self.bar.setVisible(running)
        self.state.setVisible(not running)
        texts = {
            "done": "✔ " + (entry.message or tr("done")),
            "failed": "✖ " + tr("failed"),
            "cancelled": tr("cancelled"),
        }
        self.state.setText(texts.get(entry.state, ""))
        self.setToolTip(entry.message)
        self.button.setText("✕" if running else ("▸" if entry.layer_id else ""))
        self.button.setToolTip(tr("Cancel this download") if running else tr("Zoom to the layer"))
        self.button.setVisible(running or bool(entry.layer_id))

    def _clicked(self) -> None:
        if self.entry.state == "running":
            self.manager.cancel(self.entry)
        elif self.entry.layer_id:
            from qgis.utils import iface

            layer = QgsProject.instance().mapLayer(self.entry.layer_id)
            if layer is not None and iface is not None:
                iface.setActiveLayer(layer)
                iface.zoomToActiveLayer()


class ClearSkyDock(QDockWidget):
    def __init__(
        self,
        iface: Any,
        manager: DownloadManager,
        open_settings: Optional[Callable[[], None]] = None,
        parent=None,
    ) -> None:
        super().__init__(tr("ClearSKY"), parent)
        self.setObjectName("ClearSkyDock")
        self.iface = iface
        self.canvas = iface.mapCanvas()
        self.manager = manager
        self.open_settings = open_settings or (lambda: None)
        self.settings = Settings.load()
        self.aoi: Optional[aoi_mod.PreparedAoi] = None
        self.aoi_source = ""
        self.models: dict[str, ModelInfo] = {}
        self.account = None
        self._tasks: list[Any] = []
        self.flow = ApprovalFlow(
            manager,
            iface.messageBar(),
            self,
            budget=lambda: self.settings.budget_credits,
            open_settings=self.open_settings,
            ask=lambda question: self.ask(question),
        )
        self.flow.busy_changed.connect(self._update_buttons)
        self._rows: dict[int, tuple[QListWidgetItem, DownloadRow]] = {}
        self._watched_layer: Optional[QgsVectorLayer] = None
        self._restoring = False

        self.aoi_band = make_band(self.canvas)
        self.rect_tool = RectangleTool(self.canvas)
        self.poly_tool = PolygonTool(self.canvas)
        for tool in (self.rect_tool, self.poly_tool):
            tool.finished.connect(self._drawn)
            tool.cancelled.connect(self._draw_cancelled)
        self._previous_tool = None

        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget()
        scroll.setWidget(body)
        self.setWidget(scroll)
        root = QVBoxLayout(body)
        root.addWidget(self._build_aoi_box())
        root.addWidget(self._build_date_product_box())
        root.addWidget(self._build_output_box())
        root.addWidget(self._build_tiles_box())
        root.addWidget(self._build_orders_box())
        root.addWidget(self._build_history_box())
        buttons = QHBoxLayout()
        self.check_button = QPushButton(tr("Check availability && cost"))
        self.check_button.clicked.connect(self.check)
        self.download_button = QPushButton(tr("Download…"))
        self.download_button.clicked.connect(self.download)
        self.download_button.setDefault(True)
        buttons.addWidget(self.check_button)
        buttons.addWidget(self.download_button)
        root.addLayout(buttons)
        root.addWidget(self._build_downloads_box(), 1)
        account_row = QHBoxLayout()
        self.account_label = QLabel(tr("Account: not connected"))
        self.account_label.setWordWrap(True)
        settings_button = QToolButton()
        settings_button.setText(tr("⚙ Settings"))
        settings_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        settings_button.clicked.connect(self.open_settings)
        account_row.addWidget(self.account_label, 1)
        account_row.addWidget(settings_button)
        root.addLayout(account_row)

        self.manager.entry_changed.connect(self._entry_changed)
        self.manager.account_changed.connect(self.set_account)
        self.canvas.destinationCrsChanged.connect(self._show_aoi)
        self.restore_params()
        self._fill_models([ModelInfo(DEFAULT_MODEL, ("Sentinel1", "Sentinel2", "Landsat89"))])
        self._update_buttons()

    # -- building -----------------------------------------------------------------------------
    def _build_aoi_box(self) -> QGroupBox:
        box = QGroupBox(tr("Area of interest"))
        grid = QGridLayout(box)
        self.rect_button = QToolButton()
        self.rect_button.setText(tr("Rectangle"))
        self.rect_button.setIcon(icon("rectangle.svg"))
        self.poly_button = QToolButton()
        self.poly_button.setText(tr("Polygon"))
        self.poly_button.setIcon(icon("polygon.svg"))
        self.extent_button = QToolButton()
        self.extent_button.setText(tr("Extent"))
        self.extent_button.setToolTip(tr("Use the current map extent"))
        self.extent_button.setIcon(icon("extent.svg"))
        for b in (self.rect_button, self.poly_button, self.extent_button):
            b.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.rect_button.setCheckable(True)
        self.poly_button.setCheckable(True)
        self.rect_button.setToolTip(tr("Drag a rectangle on the map (Esc cancels)"))
        self.poly_button.setToolTip(tr("Click the vertices; right-click finishes, Backspace undoes, Esc cancels"))
        self.rect_button.clicked.connect(lambda: self.start_drawing(self.rect_tool))
        self.poly_button.clicked.connect(lambda: self.start_drawing(self.poly_tool))
        self.extent_button.clicked.connect(self.use_canvas_extent)
        row = QHBoxLayout()
        for b in (self.rect_button, self.poly_button, self.extent_button):
            row.addWidget(b)
        row.addStretch(1)
        grid.addLayout(row, 0, 0, 1, 3)
        grid.addWidget(QLabel(tr("Layer")), 1, 0)
        self.layer_combo = QgsMapLayerComboBox()
        self.layer_combo.setFilters(QgsMapLayerProxyModel.Filter.PolygonLayer)
        self.layer_combo.setAllowEmptyLayer(True)
        self.layer_combo.setLayer(None)
        self.layer_combo.layerChanged.connect(self._layer_chosen)
        grid.addWidget(self.layer_combo, 1, 1)
        self.selected_only = QCheckBox(tr("selected features only"))
        self.selected_only.toggled.connect(self._selected_only_toggled)
        grid.addWidget(self.selected_only, 1, 2)
        self.aoi_label = QLabel(tr("No area yet: draw one, or pick a polygon layer or the canvas extent."))
        self.aoi_label.setWordWrap(True)
        self.aoi_label.setObjectName("aoi_label")
        grid.addWidget(self.aoi_label, 2, 0, 1, 3)
        grid.setColumnStretch(1, 1)
        return box

    def _build_date_product_box(self) -> QGroupBox:
        box = QGroupBox(tr("Date and product"))
        form = QFormLayout(box)
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.date_edit.setDate(QDate.currentDate().addDays(-3))
        self.date_edit.dateChanged.connect(self._changed)
        self.prev_date = QToolButton()
        self.prev_date.setText("◀")
        self.prev_date.setToolTip(tr("Previous date with imagery for this area"))
        self.prev_date.clicked.connect(lambda: self.jump_to_available(-1))
        self.next_date = QToolButton()
        self.next_date.setText("▶")
        self.next_date.setToolTip(tr("Next date with imagery for this area"))
        self.next_date.clicked.connect(lambda: self.jump_to_available(1))
        self.dates_label = QLabel("")
        date_row = QHBoxLayout()
        date_row.addWidget(self.date_edit, 1)
        date_row.addWidget(self.prev_date)
        date_row.addWidget(self.next_date)
        date_row.addWidget(self.dates_label)
        form.addRow(tr("Date"), date_row)
        series_row = QHBoxLayout()
        self.series_check = QCheckBox(tr("series until"))
        self.series_check.setToolTip(tr("Download every date (or one a week / a month) up to this one"))
        self.until_edit = QDateEdit()
        self.until_edit.setCalendarPopup(True)
        self.until_edit.setDisplayFormat("yyyy-MM-dd")
        self.until_edit.setDate(self.date_edit.date())
        self.step_combo = QComboBox()
        for key, text in (("available", tr("every date")), ("weekly", tr("weekly")), ("monthly", tr("monthly"))):
            self.step_combo.addItem(text, key)
        for w in (self.until_edit, self.step_combo):
            w.setEnabled(False)
            self.series_check.toggled.connect(w.setEnabled)
        series_row.addWidget(self.series_check)
        series_row.addWidget(self.until_edit, 1)
        series_row.addWidget(self.step_combo)
        form.addRow("", series_row)
        self.ask: Callable[[str], bool] = self._ask
        self.available_dates: list = []
        self._dates_key: tuple = ()
        self.model_combo = QComboBox()
        self.model_combo.currentTextChanged.connect(self._model_changed)
        form.addRow(tr("Model"), self.model_combo)
        self.constellation_box = QWidget()
        self.constellation_layout = QHBoxLayout(self.constellation_box)
        self.constellation_layout.setContentsMargins(0, 0, 0, 0)
        self.constellation_checks: dict[str, QCheckBox] = {}
        form.addRow(tr("Satellites"), self.constellation_box)
        self.bands_combo = QComboBox()
        self.bands_combo.setEditable(True)
        self.bands_combo.addItems(BAND_PRESETS)
        self.bands_combo.setToolTip(tr("'all', 'rgb' or a comma list such as B4,B3,B2; [B8_B4] is an index"))
        self.bands_combo.currentTextChanged.connect(self._changed)
        form.addRow(tr("Bands"), self.bands_combo)
        self.resolution_combo = QComboBox()
        for r in RESOLUTIONS:
            self.resolution_combo.addItem(f"{r} m", r)
        self.resolution_combo.currentIndexChanged.connect(self._changed)
        self.exact_pixels_check = QCheckBox(tr("exact pixel size"))
        self.exact_pixels_check.setToolTip(
            tr(
                "Pixels exactly the chosen resolution on the UTM grid (UtmGridForcePixelResolutionSize). "
                "Off lets ClearSKY use e.g. 9.99 m pixels to avoid resampling."
            )
        )
        self.exact_pixels_check.toggled.connect(self._changed)
        res_row = QHBoxLayout()
        res_row.addWidget(self.resolution_combo, 1)
        res_row.addWidget(self.exact_pixels_check)
        form.addRow(tr("Resolution"), res_row)
        # Nimbus only (reference §2.5): processing level, harmonisation, reflectance clipping
        self.nimbus_box = QWidget()
        nimbus_row = QHBoxLayout(self.nimbus_box)
        nimbus_row.setContentsMargins(0, 0, 0, 0)
        self.level_combo = QComboBox()
        self.level_combo.addItem(tr("L2A (bottom of atmosphere)"), 2)
        self.level_combo.addItem(tr("L1C (top of atmosphere, adds B10)"), 1)
        self.harmonize_check = QCheckBox(tr("harmonised"))
        self.harmonize_check.setChecked(True)
        self.clip_check = QCheckBox(tr("clip reflectance"))
        for w in (self.level_combo, self.harmonize_check, self.clip_check):
            nimbus_row.addWidget(w)
        self.level_combo.currentIndexChanged.connect(self._changed)
        self.harmonize_check.toggled.connect(self._changed)
        self.clip_check.toggled.connect(self._changed)
        form.addRow(tr("Nimbus"), self.nimbus_box)
        self._product_form = form
        self.nimbus_box.setVisible(False)
        form.labelForField(self.nimbus_box).setVisible(False)
        crs_row = QHBoxLayout()
        self.suggested_crs = QCheckBox(tr("suggested UTM"))
        self.suggested_crs.setChecked(True)
        self.suggested_crs.toggled.connect(self._crs_mode_changed)
        self.crs_widget = QgsProjectionSelectionWidget()
        self.crs_widget.setCrs(QgsCoordinateReferenceSystem("EPSG:32632"))
        self.crs_widget.crsChanged.connect(self._changed)
        self.crs_widget.setEnabled(False)
        crs_row.addWidget(self.crs_widget, 1)
        crs_row.addWidget(self.suggested_crs)
        form.addRow(tr("Output CRS"), crs_row)
        return box

    def _build_output_box(self) -> QGroupBox:
        box = QGroupBox(tr("Output"))
        form = QFormLayout(box)
        self.folder_widget = QgsFileWidget()
        self.folder_widget.setStorageMode(QgsFileWidget.StorageMode.GetDirectory)
        self.folder_widget.setFilePath(self.settings.output_folder)
        self.folder_widget.fileChanged.connect(self._changed)
        form.addRow(tr("Folder"), self.folder_widget)
        self.to_folder = QRadioButton(tr("download here"))
        self.to_url = QRadioButton(tr("deliver to URL"))
        self.to_folder.setChecked(True)
        group = QButtonGroup(box)
        group.addButton(self.to_folder)
        group.addButton(self.to_url)
        self.upload_edit = QLineEdit()
        self.upload_edit.setPlaceholderText(tr("pre-signed PUT URL (UploadUrl)"))
        self.upload_edit.setEnabled(False)
        self.to_url.toggled.connect(self.upload_edit.setEnabled)
        self.to_url.toggled.connect(self._changed)
        self.upload_edit.textChanged.connect(self._changed)
        row = QHBoxLayout()
        row.addWidget(self.to_folder)
        row.addWidget(self.to_url)
        row.addWidget(self.upload_edit, 1)
        form.addRow(tr("Delivery"), row)
        return box

    def _build_tiles_box(self) -> QGroupBox:
        box = QgsCollapsibleGroupBox(tr("Large area (grid tiles)"))
        box.setObjectName("tiles_box")
        box.setCollapsed(True)
        layout = QVBoxLayout(box)
        row = QHBoxLayout()
        self.search_tiles_button = QPushButton(tr("Search grid cells"))
        self.search_tiles_button.setToolTip(tr("Show the ClearSKY grid cells covering the area (free)"))
        self.search_tiles_button.clicked.connect(self.search_tiles)
        self.minitiles_check = QCheckBox(tr("minitiles"))
        row.addWidget(self.search_tiles_button)
        row.addWidget(self.minitiles_check)
        row.addStretch(1)
        layout.addLayout(row)
        self.tiles_label = QLabel(tr("For areas too large for one composite: grid cells, downloaded in parallel."))
        self.tiles_label.setWordWrap(True)
        layout.addWidget(self.tiles_label)
        self.mosaic_check = QCheckBox(tr("also one mosaic in the output CRS"))
        layout.addWidget(self.mosaic_check)
        self.download_tiles_button = QPushButton(tr("Download cells…"))
        self.download_tiles_button.setToolTip(tr("The selected cells, or all of them when none is selected"))
        self.download_tiles_button.clicked.connect(self.download_tiles)
        self.download_tiles_button.setEnabled(False)
        layout.addWidget(self.download_tiles_button)
        self.tiles_layer = None
        return box

    def _build_orders_box(self) -> QGroupBox:
        box = QgsCollapsibleGroupBox(tr("Orders"))
        box.setObjectName("orders_box")
        box.setCollapsed(True)
        layout = QVBoxLayout(box)
        self.orders_list = QListWidget()
        self.orders_list.setMaximumHeight(90)
        layout.addWidget(self.orders_list)
        self.orders_map_button = QPushButton(tr("Show orders on the map"))
        self.orders_map_button.clicked.connect(self.show_orders_layer)
        note = QLabel(tr("Orders are placed and cancelled in the ClearSKY web app."))
        note.setWordWrap(True)
        layout.addWidget(self.orders_map_button)
        layout.addWidget(note)
        self.orders: list = []
        return box

    def set_orders(self, orders: list) -> None:
        self.orders = list(orders)
        self.orders_list.clear()
        for order in self.orders:
            item = QListWidgetItem(("● " if order.active else "○ ") + order.label())
            item.setToolTip(f"{order.guid}\n{', '.join(order.constellations)}")
            self.orders_list.addItem(item)
        if not self.orders:
            self.orders_list.addItem(tr("No orders: downloads need an order covering the area and date."))

    def show_orders_layer(self) -> None:
        from ..core.orders import orders_layer

        if self.orders:
            QgsProject.instance().addMapLayer(orders_layer(self.orders))

    def _build_history_box(self) -> QGroupBox:
        box = QgsCollapsibleGroupBox(tr("History"))
        box.setObjectName("history_box")
        box.setCollapsed(True)
        layout = QVBoxLayout(box)
        self.history_list = QListWidget()
        self.history_list.setMaximumHeight(110)
        self.history_list.itemDoubleClicked.connect(lambda item: self.reopen(item.data(Qt.ItemDataRole.UserRole)))
        layout.addWidget(self.history_list)
        row = QHBoxLayout()
        reuse = QPushButton(tr("Use its area and settings"))
        reuse.setToolTip(tr("Fill the form from the selected download (pick another date, then check)"))
        reuse.clicked.connect(lambda: self.reuse(self._history_entry()))
        attribution = QPushButton(tr("Copy attribution"))
        attribution.clicked.connect(self.copy_attribution)
        row.addWidget(reuse)
        row.addWidget(attribution)
        layout.addLayout(row)
        box.collapsedStateChanged.connect(lambda collapsed: None if collapsed else self.refresh_history())
        return box

    def refresh_history(self) -> None:
        history = self.manager.history
        self.history_list.clear()
        for entry in history.entries() if history is not None else []:
            item = QListWidgetItem(entry.label())
            item.setData(Qt.ItemDataRole.UserRole, entry)
            item.setToolTip(f"{entry.time}\n{entry.path or entry.upload_url}\n{entry.attribution}")
            self.history_list.addItem(item)

    def _history_entry(self) -> Any:
        item = self.history_list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def reopen(self, entry: Any) -> None:
        """Add a past download's layer again, as it was opened when it was downloaded."""
        from ..core.layers import open_history_entry

        if entry is None:
            return
        try:
            open_history_entry(entry)
        except ClearSkyError as exc:
            push_error(self.iface.messageBar(), exc)

    def reuse(self, entry: Any) -> None:
        if entry is None:
            return
        p = entry.payload
        self.use_wkt(entry.wkt, tr("from history"))
        if p.get("Bandnames"):
            self.bands_combo.setCurrentText(p["Bandnames"])
        idx = self.resolution_combo.findData(p.get("Resolution"))
        if idx >= 0:
            self.resolution_combo.setCurrentIndex(idx)
        if p.get("Model"):
            self.model_combo.setCurrentText(p["Model"])
        self.exact_pixels_check.setChecked(bool(p.get("UtmGridForcePixelResolutionSize")))
        idx = self.level_combo.findData(p.get("Level"))
        if idx >= 0:
            self.level_combo.setCurrentIndex(idx)
        if p.get("Harmonize") is not None:
            self.harmonize_check.setChecked(bool(p["Harmonize"]))
        if p.get("ClipReflectance") is not None:
            self.clip_check.setChecked(bool(p["ClipReflectance"]))

    def copy_attribution(self) -> None:
        from qgis.PyQt.QtWidgets import QApplication

        entry = self._history_entry()
        if entry is not None:
            QApplication.clipboard().setText(entry.attribution)

    def _build_downloads_box(self) -> QGroupBox:
        box = QGroupBox(tr("Downloads"))
        layout = QVBoxLayout(box)
        self.downloads_list = QListWidget()
        self.downloads_list.setMinimumHeight(70)
        layout.addWidget(self.downloads_list)
        return box

    # -- area of interest ---------------------------------------------------------------------
    def start_drawing(self, tool: Any) -> None:
        other = self.poly_button if tool is self.rect_tool else self.rect_button
        other.setChecked(False)
        (self.rect_button if tool is self.rect_tool else self.poly_button).setChecked(True)
        if self.canvas.mapTool() not in (self.rect_tool, self.poly_tool):
            self._previous_tool = self.canvas.mapTool()
        self.canvas.setMapTool(tool)
        self.canvas.setFocus()

    def _stop_drawing(self) -> None:
        self.rect_button.setChecked(False)
        self.poly_button.setChecked(False)
        if self.canvas.mapTool() in (self.rect_tool, self.poly_tool):
            if self._previous_tool is not None:
                self.canvas.setMapTool(self._previous_tool)
            else:
                self.canvas.unsetMapTool(self.canvas.mapTool())

    def _drawn(self, geometry: QgsGeometry) -> None:
        source = "rectangle" if self.sender() is self.rect_tool else "polygon"
        self._stop_drawing()
        self.layer_combo.setLayer(None)
        self.set_aoi(
            lambda: aoi_mod.from_qgs_geometry(
                geometry, self.canvas.mapSettings().destinationCrs(), name=tr("drawn area")
            ),
            source,
        )

    def _draw_cancelled(self) -> None:
        self._stop_drawing()

    def use_canvas_extent(self) -> None:
        self.layer_combo.setLayer(None)
        self.set_aoi(
            lambda: aoi_mod.from_rectangle(
                self.canvas.extent(), self.canvas.mapSettings().destinationCrs(), name=tr("map extent")
            ),
            "extent",
        )

    def use_layer(self, layer: Optional[QgsVectorLayer], selected_only: bool = False) -> None:
        """Prefill from a layer (also used by the layer context menu)."""
        self.selected_only.blockSignals(True)
        self.selected_only.setChecked(selected_only)
        self.selected_only.blockSignals(False)
        if self.layer_combo.currentLayer() is layer:
            self._layer_chosen(layer)
        else:
            self.layer_combo.setLayer(layer)

    def use_wkt(self, wkt: str, name: str = "") -> None:
        """An area given as EPSG:4326 WKT (e.g. an order's)."""
        self.layer_combo.setLayer(None)
        self.set_aoi(lambda: aoi_mod.prepare_aoi(aoi_mod.from_wkt(wkt), "EPSG:4326", name=name), "wkt")

    def _layer_chosen(self, layer: Any) -> None:
        self._watch_selection(layer if isinstance(layer, QgsVectorLayer) else None)
        if layer is None:
            return
        self.set_aoi(lambda: aoi_mod.from_layer(layer, self.selected_only.isChecked()), "layer")

    def _selected_only_toggled(self) -> None:
        layer = self.layer_combo.currentLayer()
        if layer is not None:
            self._layer_chosen(layer)

    def _watch_selection(self, layer: Optional[QgsVectorLayer]) -> None:
        if self._watched_layer is not None:
            try:
                self._watched_layer.selectionChanged.disconnect(self._layer_selection_changed)
            except (TypeError, RuntimeError):
                pass
        self._watched_layer = layer
        if layer is not None:
            layer.selectionChanged.connect(self._layer_selection_changed)

    def _layer_selection_changed(self, *args: Any) -> None:
        if self.aoi_source == "layer" and self.selected_only.isChecked():
            self._layer_chosen(self.layer_combo.currentLayer())

    def set_aoi(self, make: Callable[[], aoi_mod.PreparedAoi], source: str) -> None:
        try:
            prepared = make()
        except ClearSkyError as exc:
            self.aoi = None
            self.aoi_source = ""
            self.aoi_label.setText(f"⚠ {exc.user_message()}")
            self.aoi_label.setStyleSheet("color: #b3261e;")
            self._show_aoi()
            self._update_buttons()
            return
        self.aoi = prepared
        self.aoi_source = source
        self._update_aoi_label()
        if self.suggested_crs.isChecked():
            self.crs_widget.setCrs(QgsCoordinateReferenceSystem(f"EPSG:{prepared.utm_epsg}"))
        self._show_aoi()
        self._changed()

    def _update_aoi_label(self) -> None:
        if self.aoi is None:
            return
        text = self.aoi.summary()
        limit = self.account.max_area_km2 if self.account else None
        tooltip = "\n".join([*self.aoi.notes, self.aoi.utm_note])
        colour = ""
        if limit and self.aoi.area_km2 > limit:
            text += " · " + tr("⚠ above the account's limit of {limit:,.0f} km²").format(limit=limit)
            colour = "color: #b3261e;"
        elif self.aoi.crosses_utm:
            colour = "color: #9a6700;"
        self.aoi_label.setText(text)
        self.aoi_label.setStyleSheet(colour)
        self.aoi_label.setToolTip(tooltip.strip())

    def _show_aoi(self, *args: Any) -> None:
        self.aoi_band.reset()
        if self.aoi is None:
            return
        geom = QgsGeometry.fromWkt(self.aoi.wkt)
        dest = self.canvas.mapSettings().destinationCrs()
        if dest.isValid() and dest != WGS84:
            geom.transform(QgsCoordinateTransform(WGS84, dest, QgsProject.instance()))
        self.aoi_band.setToGeometry(geom, None)

    def clear_aoi(self) -> None:
        self.aoi = None
        self.aoi_band.reset()

    # -- product ----------------------------------------------------------------------------------
    def load_models(self) -> None:
        """Models (constellations) and account limits, in a task; cached by the client."""
        try:
            client = self.manager.client()
        except ClearSkyError as exc:
            self.account_label.setText(f"⚠ {exc.message}")
            return

        def fetch() -> tuple[list[ModelInfo], Any, Any]:
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

        task = CallTask(tr("ClearSKY: load models"), fetch)
        task.succeeded.connect(self._models_loaded)
        task.failed.connect(lambda err: self.account_label.setText(f"⚠ {err.user_message()}"))
        self._run(task)

    def _models_loaded(self, result: tuple[list[ModelInfo], Any, Any]) -> None:
        models, account, orders = result
        self._fill_models(models)
        if account is not None:
            self.set_account(account)
        if orders is not None:
            self.set_orders(orders)

    def set_account(self, account: Any) -> None:
        self.account = account
        parts = [account.name or account.email or tr("account")]
        if account.credits is not None:
            parts.append(tr("{credits:,.0f} credits").format(credits=account.credits))
        if account.max_area_km2:
            parts.append(tr("max {area:,.0f} km²").format(area=account.max_area_km2))
        self.account_label.setText(tr("Account: ") + " · ".join(parts))
        self._update_aoi_label()

    def _fill_models(self, models: list[ModelInfo]) -> None:
        wanted = self.settings.params().get("model") or self.model_combo.currentText() or DEFAULT_MODEL
        self.models = {m.name: m for m in models}
        self.model_combo.blockSignals(True)
        self.model_combo.clear()
        self.model_combo.addItems(list(self.models))
        idx = self.model_combo.findText(wanted)
        self.model_combo.setCurrentIndex(max(idx, 0))
        self.model_combo.blockSignals(False)
        self._model_changed(self.model_combo.currentText())

    def _model_changed(self, name: str) -> None:
        model = self.models.get(name)
        for cb in self.constellation_checks.values():
            self.constellation_layout.removeWidget(cb)
            cb.deleteLater()
        self.constellation_checks = {}
        if model is None:
            return
        nimbus = is_nimbus(name)
        self.nimbus_box.setVisible(nimbus)
        self._product_form.labelForField(self.nimbus_box).setVisible(nimbus)
        chosen = set(self.settings.params().get("optional_constellations") or [])
        for c in model.constellations:
            cb = QCheckBox(SHORT_NAMES.get(c, c))
            required = c in model.required
            cb.setChecked(required or c in chosen)
            cb.setEnabled(not required)
            why = tr("required by {model}").format(model=name) if required else tr("optional input")
            cb.setToolTip(f"{c}: {why}")
            cb.toggled.connect(self._changed)
            self.constellation_layout.addWidget(cb)
            self.constellation_checks[c] = cb
        self._changed()

    def _crs_mode_changed(self, suggested: bool) -> None:
        self.crs_widget.setEnabled(not suggested)
        if suggested and self.aoi is not None:
            self.crs_widget.setCrs(QgsCoordinateReferenceSystem(f"EPSG:{self.aoi.utm_epsg}"))
        self._changed()

    # -- request ----------------------------------------------------------------------------------
    def output_epsg(self) -> int:
        crs = self.crs_widget.crs()
        if not crs.isValid() or not crs.authid().upper().startswith("EPSG:"):
            raise InvalidRequestError(tr("Choose an output CRS with an EPSG code, e.g. a UTM zone."))
        return int(crs.authid().split(":")[1])

    def build_request(self, check_area: bool = True) -> CompositeRequest:
        if self.aoi is None:
            raise InvalidRequestError(tr("Choose an area of interest first: draw one, or pick a layer or the extent."))
        if self.account is not None and check_area:
            self.aoi.check_area(self.account.max_area_km2)
        upload = self.upload_edit.text().strip() if self.to_url.isChecked() else None
        if self.to_url.isChecked() and not upload:
            raise InvalidRequestError(tr("Enter the upload URL, or choose 'download here'."))
        return CompositeRequest(
            date=self.date_edit.date().toString("yyyy-MM-dd"),
            wkt=self.aoi.wkt,
            model=self.model_combo.currentText() or DEFAULT_MODEL,
            constellations=tuple(c for c, cb in self.constellation_checks.items() if cb.isChecked()),
            epsg=self.output_epsg(),
            resolution=int(self.resolution_combo.currentData() or 10),
            bandnames=self.bands_combo.currentText().strip() or "all",
            upload_url=upload,
            exact_pixels=self.exact_pixels_check.isChecked(),
            **self._nimbus_options(),
        )

    def _nimbus_options(self) -> dict[str, Any]:
        if not is_nimbus(self.model_combo.currentText()):
            return {}
        return {
            "level": int(self.level_combo.currentData()),
            "harmonize": self.harmonize_check.isChecked(),
            "clip_reflectance": self.clip_check.isChecked(),
        }

    def _bbox_area_km2(self) -> Optional[float]:
        if self.aoi is None:
            return None
        return aoi_mod.bbox_area_km2(self.aoi.geometry)

    def output_folder(self) -> Optional[Path]:
        if self.to_url.isChecked():
            return None
        text = self.folder_widget.filePath().strip()
        if not text:
            raise InvalidRequestError(tr("Choose an output folder."))
        return Path(text).expanduser()

    # -- actions -------------------------------------------------------------------------------------
    def check(self) -> None:
        """Check availability and cost of the form's request (one date or a series); the cost
        dialog follows, and only its *Download* spends anything."""
        try:
            request = self.build_request()
            target = Target(self.output_folder(), self.aoi.name if self.aoi else "")
        except ClearSkyError as exc:
            push_error(self.iface.messageBar(), exc, self.open_settings)
            return
        self.save_params()
        if self.series_check.isChecked() and not request.upload_url:
            until = self.until_edit.date().toPyDate()
            self.flow.check_series(request, until, self.step_combo.currentData(), target)
        else:
            self.flow.check(request, target, self._bbox_area_km2())

    def download(self) -> None:
        """*Download…*: every paid download goes through the cost dialog, so this checks first."""
        self.check()

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
        if entry.id not in self._rows or entry.state != "running":  # started or ended, not progress
            self._update_buttons()
        if entry.id not in self._rows:
            item = QListWidgetItem()
            row = DownloadRow(entry, self.manager)
            item.setSizeHint(row.sizeHint())
            self.downloads_list.insertItem(0, item)
            self.downloads_list.setItemWidget(item, row)
            self._rows[entry.id] = (item, row)
        else:
            self._rows[entry.id][1].update_from(entry)
        if entry.state == "done":
            self.refresh_history()
            cached = self.manager.client().cached_account()  # the client counts what was spent
            if cached is not None:
                self.set_account(cached)

    # -- available dates ------------------------------------------------------------------------------
    def load_available_dates(self) -> None:
        """The dates with imagery for the AOI and model (a year either side of the chosen date),
        highlighted on the calendar; dates without imagery are dimmed."""
        if self.aoi is None:
            return
        model = self.model_combo.currentText() or DEFAULT_MODEL
        key = (self.aoi.wkt, model)
        if key == self._dates_key:
            return
        self._dates_key = key
        try:
            client = self.manager.client()
        except ClearSkyError:
            return
        centre = self.date_edit.date().toPyDate()
        start, end = centre.replace(year=centre.year - 1), centre.replace(year=centre.year + 1)
        wkt = self.aoi.wkt
        task = CallTask(
            tr("ClearSKY: available dates"),
            lambda: client.search_available_dates(start, end, wkt=wkt, model=model).dates_for(model),
        )
        task.succeeded.connect(lambda dates, k=key: self._dates_loaded(dates, k, start, end))
        task.failed.connect(lambda err: self.dates_label.setText("⚠"))
        self._run(task)

    def _dates_loaded(self, dates: list, key: tuple, start: Any, end: Any) -> None:
        if key != self._dates_key:
            return  # the area or model changed meanwhile
        self.available_dates = sorted(dates)
        calendar = self.date_edit.calendarWidget()
        calendar.setDateTextFormat(QDate(), QTextCharFormat())  # reset
        dim = QTextCharFormat()
        dim.setForeground(QBrush(QColor(170, 170, 170)))
        bold = QTextCharFormat()
        bold.setFontWeight(75)
        bold.setBackground(QBrush(QColor(200, 230, 201)))
        have = set(self.available_dates)
        day = start
        while day <= end:
            calendar.setDateTextFormat(QDate(day.year, day.month, day.day), bold if day in have else dim)
            day += timedelta(days=1)
        self.dates_label.setText(tr("{n} dates").format(n=len(self.available_dates)))
        self.dates_label.setToolTip(tr("Dates with imagery for this area are highlighted on the calendar"))
        self._mark_date()

    def jump_to_available(self, direction: int) -> None:
        """Move to the previous (-1) or next (+1) date with imagery."""
        current = self.date_edit.date().toPyDate()
        candidates = [d for d in self.available_dates if (d < current if direction < 0 else d > current)]
        if candidates:
            target = candidates[-1] if direction < 0 else candidates[0]
            self.date_edit.setDate(QDate(target.year, target.month, target.day))

    def _mark_date(self) -> None:
        if not self.available_dates:
            return
        ok = self.date_edit.date().toPyDate() in set(self.available_dates)
        self.date_edit.setStyleSheet("" if ok else "color: #9a6700;")
        self.date_edit.setToolTip("" if ok else tr("No imagery on this date for this area: ◀ ▶ jump to one"))

    # -- grid tiles -----------------------------------------------------------------------------------
    def search_tiles(self) -> None:
        if self.aoi is None:
            push_error(self.iface.messageBar(), InvalidRequestError(tr("Choose an area of interest first.")))
            return
        try:
            client = self.manager.client()
        except ClearSkyError as exc:
            push_error(self.iface.messageBar(), exc, self.open_settings)
            return
        from ..core.tiles import search_cells

        wkt, minis = self.aoi.wkt, self.minitiles_check.isChecked()
        self.search_tiles_button.setEnabled(False)
        task = CallTask(tr("ClearSKY: search grid cells"), lambda: search_cells(client, wkt, minitiles=minis))
        task.succeeded.connect(self._tiles_found)
        task.failed.connect(
            lambda err: (
                self.search_tiles_button.setEnabled(True),
                push_error(self.iface.messageBar(), err, self.open_settings),
            )
        )
        self._run(task)

    def _tiles_found(self, refs: list) -> None:
        from ..core.tiles import footprints_layer

        self.search_tiles_button.setEnabled(True)
        if self.tiles_layer is not None and QgsProject.instance().mapLayer(self.tiles_layer.id()) is not None:
            QgsProject.instance().removeMapLayer(self.tiles_layer.id())
        layer = footprints_layer(refs, tr("ClearSKY grid cells"))
        symbol = layer.renderer().symbol()
        symbol.setColor(QColor(0, 0, 0, 0))
        symbol.symbolLayer(0).setStrokeColor(QColor(214, 120, 0))
        symbol.symbolLayer(0).setStrokeWidth(0.5)
        QgsProject.instance().addMapLayer(layer)
        layer.selectionChanged.connect(self._update_tiles_label)
        self.tiles_layer = layer
        self._update_tiles_label()

    def _update_tiles_label(self, *args: Any) -> None:
        layer = self.tiles_layer
        if layer is None:
            return
        try:
            zones = sorted({f["epsg"] for f in layer.getFeatures()})
            n, chosen = layer.featureCount(), layer.selectedFeatureCount()
        except RuntimeError:
            self.tiles_layer = None
            return
        which = tr("{s} selected").format(s=chosen) if chosen else tr("all will be downloaded (select cells to limit)")
        self.tiles_label.setText(
            tr("{n} cells in EPSG {zones} · {which}").format(n=n, zones=", ".join(map(str, zones)), which=which)
        )
        self.download_tiles_button.setEnabled(n > 0)
        self.download_tiles_button.setText(
            tr("Download {k} cells…").format(k=chosen or n) if n else tr("Download cells…")
        )

    def download_tiles(self) -> None:
        """Estimate the selected cells together, then ask before anything is spent."""
        from ..core.tiles import refs_from_features

        layer = self.tiles_layer
        if layer is None or not layer.featureCount():
            push_error(self.iface.messageBar(), InvalidRequestError(tr("Search the grid cells first.")))
            return
        feats = layer.getSelectedFeatures() if layer.selectedFeatureCount() else layer.getFeatures()
        refs = refs_from_features(feats)
        from ..core.tiles import TileParams, parallelism

        try:
            request = self.build_request(check_area=False).with_changes(upload_url=None)
            folder = self.output_folder()
            # tiles come in a UTM zone or 47000 only (reference §2.5): a typed error otherwise
            params = TileParams.from_request(request, per_cell_zone=self.suggested_crs.isChecked())
        except ClearSkyError as exc:
            push_error(self.iface.messageBar(), exc, self.open_settings)
            return
        workers = parallelism(self.account.max_concurrent if self.account else 1, self.settings.max_parallel)
        target = Target(
            folder,
            self.aoi.name if self.aoi else "",
            tiles={
                "params": params,
                "max_parallel": workers,
                "mosaic_crs": f"EPSG:{request.epsg}" if self.mosaic_check.isChecked() else None,
                "footprints": layer,
            },
        )
        self.flow.check_tiles(refs, request, target)

    # -- state ---------------------------------------------------------------------------------------
    def _changed(self, *args: Any) -> None:
        self._update_buttons()
        self._mark_date()
        if self.aoi is not None and self.isVisible():
            self.load_available_dates()
        if not self._restoring:
            self.save_params()

    def _paying_for_form(self) -> bool:
        """A download of exactly the form's request is running (Download stays disabled)."""
        running = {e.fingerprint for e in self.manager.running()}
        if not running or self.aoi is None:
            return False
        try:
            return self.build_request(check_area=False).fingerprint in running
        except ClearSkyError:
            return False

    def _update_buttons(self, *args: Any) -> None:
        busy = self.flow.busy or self._paying_for_form()
        self.check_button.setEnabled(self.aoi is not None and not busy)
        self.check_button.setText(tr("Checking…") if self.flow.checking else tr("Check availability && cost"))
        self.download_button.setEnabled(self.aoi is not None and not busy)

    def params(self) -> dict[str, Any]:
        return {
            "date": self.date_edit.date().toString("yyyy-MM-dd"),
            "model": self.model_combo.currentText(),
            "optional_constellations": [
                c for c, cb in self.constellation_checks.items() if cb.isChecked() and cb.isEnabled()
            ],
            "bands": self.bands_combo.currentText(),
            "resolution": self.resolution_combo.currentData(),
            "exact_pixels": self.exact_pixels_check.isChecked(),
            "suggested_crs": self.suggested_crs.isChecked(),
            "crs": self.crs_widget.crs().authid(),
            "folder": self.folder_widget.filePath(),
            "delivery": "url" if self.to_url.isChecked() else "folder",
        }

    def save_params(self) -> None:
        self.settings.set_params(self.params())
        self.settings.save()

    def restore_params(self) -> None:
        p = self.settings.params()
        if not p:
            return
        self._restoring = True
        try:
            if p.get("date"):
                self.date_edit.setDate(QDate.fromString(p["date"], "yyyy-MM-dd"))
            if p.get("bands"):
                self.bands_combo.setCurrentText(p["bands"])
            idx = self.resolution_combo.findData(p.get("resolution"))
            if idx >= 0:
                self.resolution_combo.setCurrentIndex(idx)
            self.exact_pixels_check.setChecked(bool(p.get("exact_pixels", False)))
            self.suggested_crs.setChecked(bool(p.get("suggested_crs", True)))
            if p.get("crs") and not p.get("suggested_crs", True):
                self.crs_widget.setCrs(QgsCoordinateReferenceSystem(p["crs"]))
            if p.get("folder"):
                self.folder_widget.setFilePath(p["folder"])
            self.to_url.setChecked(p.get("delivery") == "url")
        finally:
            self._restoring = False

    def _run(self, task: Any) -> None:
        self._tasks.append(task)
        task.taskCompleted.connect(lambda t=task: self._tasks.remove(t) if t in self._tasks else None)
        task.taskTerminated.connect(lambda t=task: self._tasks.remove(t) if t in self._tasks else None)
        QgsApplication.taskManager().addTask(task)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self.account and not self._tasks:
            self.load_models()

    def cleanup(self) -> None:
        """Called on unload: map tools, rubber bands, signals."""
        self._stop_drawing()
        self._watch_selection(None)
        for band in (self.aoi_band, self.rect_tool.band, self.poly_tool.band):
            self.canvas.scene().removeItem(band)
        try:
            self.canvas.destinationCrsChanged.disconnect(self._show_aoi)
        except (TypeError, RuntimeError):
            pass
        for signal, slot in (
            (self.manager.entry_changed, self._entry_changed),
            (self.manager.account_changed, self.set_account),
        ):
            try:
                signal.disconnect(slot)
            except (TypeError, RuntimeError):
                pass
        for task in list(self._tasks):
            try:
                task.cancel()
            except RuntimeError:
                pass
