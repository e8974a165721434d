"""The *Area of interest* panel: drawn on the map (rectangle or polygon), a polygon layer or
its selected features, or the canvas extent; shown on the canvas as a rubber band."""

from __future__ import annotations

from typing import Any, Callable, Optional

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsGeometry,
    QgsMapLayerProxyModel,
    QgsProject,
    QgsVectorLayer,
)
from qgis.gui import QgsMapLayerComboBox
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QCheckBox, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QToolButton

from ..core import aoi as aoi_mod
from ..core import resources_path
from ..core.errors import ClearSkyError
from ..core.i18n import tr
from .form_state import FormState
from .map_tools import PolygonTool, RectangleTool, make_band

WGS84 = QgsCoordinateReferenceSystem("EPSG:4326")


def icon(name: str) -> QIcon:
    return QIcon(str(resources_path("icons", name)))


class AoiPanel(QGroupBox):
    def __init__(self, canvas: Any, state: FormState, parent=None) -> None:
        super().__init__(tr("Area of interest"), parent)
        self.canvas = canvas
        self.state = state
        self._watched_layer: Optional[QgsVectorLayer] = None
        self._previous_tool = None
        self._drawn_count = 0
        self.band = make_band(canvas)
        self.rect_tool = RectangleTool(canvas)
        self.poly_tool = PolygonTool(canvas)
        for tool in (self.rect_tool, self.poly_tool):
            tool.finished.connect(self._drawn)
            tool.cancelled.connect(self._stop_drawing)

        grid = QGridLayout(self)
        self.rect_button = self._tool_button(
            tr("Rectangle"), "rectangle.svg", tr("Drag a rectangle on the map (Esc cancels)")
        )
        self.poly_button = self._tool_button(
            tr("Polygon"), "polygon.svg", tr("Click the vertices; right-click finishes, Backspace undoes, Esc cancels")
        )
        self.extent_button = self._tool_button(tr("Extent"), "extent.svg", tr("Use the current map extent"))
        self.rect_button.setCheckable(True)
        self.poly_button.setCheckable(True)
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
        grid.addWidget(QLabel(tr("Name")), 3, 0)
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(tr("what the layers and the history call this area"))
        self.name_edit.setToolTip(tr("Layers, file groups and the history use this name"))
        self.name_edit.editingFinished.connect(self._renamed)
        grid.addWidget(self.name_edit, 3, 1, 1, 2)
        grid.setColumnStretch(1, 1)
        state.account_changed.connect(self._update_label)
        canvas.destinationCrsChanged.connect(self._show)

    def _tool_button(self, text: str, icon_name: str, tip: str) -> QToolButton:
        b = QToolButton()
        b.setText(text)
        b.setIcon(icon(icon_name))
        b.setToolTip(tip)
        b.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        return b

    @property
    def aoi(self) -> Optional[aoi_mod.PreparedAoi]:
        return self.state.aoi

    # -- where the area comes from ------------------------------------------------------------
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
        crs = self.canvas.mapSettings().destinationCrs()
        self._drawn_count += 1
        name = tr("drawn area {n}").format(n=self._drawn_count)
        self.set_aoi(lambda: aoi_mod.from_qgs_geometry(geometry, crs, name=name), source)

    def use_canvas_extent(self) -> None:
        self.layer_combo.setLayer(None)
        crs = self.canvas.mapSettings().destinationCrs()
        self.set_aoi(lambda: aoi_mod.from_rectangle(self.canvas.extent(), crs, name=tr("map extent")), "extent")

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
        """An area given as EPSG:4326 WKT (e.g. an order's or a past download's)."""
        self.layer_combo.setLayer(None)
        self.set_aoi(lambda: aoi_mod.prepare_aoi(aoi_mod.from_wkt(wkt), "EPSG:4326", name=name), "wkt")

    def _layer_chosen(self, layer: Any) -> None:
        self._watch_selection(layer if isinstance(layer, QgsVectorLayer) else None)
        if layer is not None:
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
        if self.state.aoi_source == "layer" and self.selected_only.isChecked():
            self._layer_chosen(self.layer_combo.currentLayer())

    # -- the prepared area --------------------------------------------------------------------
    def set_aoi(self, make: Callable[[], aoi_mod.PreparedAoi], source: str) -> None:
        try:
            prepared = make()
        except ClearSkyError as exc:
            self.aoi_label.setText(f"⚠ {exc.user_message()}")
            self.aoi_label.setStyleSheet("color: #b3261e;")
            self.state.set_aoi(None)
            self._show()
            return
        self.name_edit.setText(prepared.name)
        self.state.set_aoi(prepared, source)
        self._update_label()
        self._show()

    def _renamed(self) -> None:
        """The user named the area: layers, groups and the history use that name."""
        aoi, name = self.state.aoi, self.name_edit.text().strip()
        if aoi is not None and name and name != aoi.name:
            from dataclasses import replace

            self.state.set_aoi(replace(aoi, name=name), self.state.aoi_source)

    def clear(self) -> None:
        self.state.set_aoi(None)
        self.band.reset()

    def _update_label(self, *args: Any) -> None:
        aoi = self.state.aoi
        if aoi is None:
            return
        text = aoi.summary()
        limit = self.state.account.max_area_km2 if self.state.account else None
        colour = ""
        if limit and aoi.area_km2 > limit:
            text += " · " + tr("⚠ above the account's limit of {limit:,.0f} km²").format(limit=limit)
            colour = "color: #b3261e;"
        elif aoi.crosses_utm:
            colour = "color: #9a6700;"
        self.aoi_label.setText(text)
        self.aoi_label.setStyleSheet(colour)
        self.aoi_label.setToolTip("\n".join([*aoi.notes, aoi.utm_note]).strip())

    def _show(self, *args: Any) -> None:
        self.band.reset()
        if self.state.aoi is None:
            return
        geom = QgsGeometry.fromWkt(self.state.aoi.wkt)
        dest = self.canvas.mapSettings().destinationCrs()
        if dest.isValid() and dest != WGS84:
            geom.transform(QgsCoordinateTransform(WGS84, dest, QgsProject.instance()))
        self.band.setToGeometry(geom, None)

    def cleanup(self) -> None:
        """Unload: map tools, rubber bands, signals."""
        self._stop_drawing()
        self._watch_selection(None)
        for band in (self.band, self.rect_tool.band, self.poly_tool.band):
            self.canvas.scene().removeItem(band)
        try:
            self.canvas.destinationCrsChanged.disconnect(self._show)
        except (TypeError, RuntimeError):
            pass
