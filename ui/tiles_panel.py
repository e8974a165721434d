"""The *Large area (grid tiles)* panel: the ClearSKY grid cells over the area, shown as an
outline layer; the selected cells (or all) are estimated together before anything is paid."""

from __future__ import annotations

from typing import Any, Optional

from qgis.core import QgsProject, QgsVectorLayer
from qgis.gui import QgsCollapsibleGroupBox
from qgis.PyQt.QtCore import pyqtSignal
from qgis.PyQt.QtGui import QColor
from qgis.PyQt.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from ..core.errors import ClearSkyError, InvalidRequestError
from ..core.i18n import tr
from .feedback import push_error
from .form_state import FormState


class TilesPanel(QgsCollapsibleGroupBox):
    #: (cell refs, the cells layer, one mosaic wanted): the dock checks them through the approval flow
    download_requested = pyqtSignal(object, object, bool)
    #: the chosen cells' refs: *Order these cells…*
    order_requested = pyqtSignal(object)

    def __init__(self, state: FormState, manager: Any, message_bar: Any, parent=None) -> None:
        super().__init__(tr("Large area (grid tiles)"), parent)
        self.setObjectName("tiles_box")
        self.setCollapsed(True)
        self.state = state
        self.manager = manager
        self.message_bar = message_bar
        self.tiles_layer: Optional[QgsVectorLayer] = None
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.search_tiles_button = QPushButton(tr("Search grid cells"))
        self.search_tiles_button.setToolTip(tr("Show the ClearSKY grid cells covering the area (free)"))
        self.search_tiles_button.clicked.connect(self.search)
        self.minitiles_check = QCheckBox(tr("minitiles"))
        self.propose_button = QPushButton(tr("Propose cells"))
        self.propose_button.setObjectName("propose_cells_button")
        self.propose_button.setToolTip(
            tr(
                "ClearSKY's cheapest cover of the area for a tile order: whole tiles where they are cheaper, "
                "minitiles elsewhere (free; nothing is ordered)"
            )
        )
        self.propose_button.clicked.connect(self.propose)
        row.addWidget(self.search_tiles_button)
        row.addWidget(self.minitiles_check)
        row.addWidget(self.propose_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.tiles_label = QLabel(tr("For areas too large for one composite: grid cells, downloaded in parallel."))
        self.tiles_label.setWordWrap(True)
        layout.addWidget(self.tiles_label)
        self.mosaic_check = QCheckBox(tr("also one mosaic in the output CRS"))
        layout.addWidget(self.mosaic_check)
        self.download_tiles_button = QPushButton(tr("Download cells…"))
        self.download_tiles_button.setToolTip(tr("The selected cells, or all of them when none is selected"))
        self.download_tiles_button.clicked.connect(self.download)
        self.download_tiles_button.setEnabled(False)
        self.order_cells_button = QPushButton(tr("Order these cells…"))
        self.order_cells_button.setObjectName("order_cells_button")
        self.order_cells_button.setToolTip(
            tr("A tile order of the selected cells (or all): estimated first, nothing is ordered before you confirm")
        )
        self.order_cells_button.clicked.connect(self.order)
        self.order_cells_button.setEnabled(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.download_tiles_button)
        buttons.addWidget(self.order_cells_button)
        layout.addLayout(buttons)

    def search(self) -> None:
        if self.state.aoi is None:
            push_error(self.message_bar, InvalidRequestError(tr("Choose an area of interest first.")))
            return
        from ..core.tiles import search_cells

        wkt, minis = self.state.aoi.wkt, self.minitiles_check.isChecked()
        self.search_tiles_button.setEnabled(False)

        def failed(err: ClearSkyError) -> None:
            self.search_tiles_button.setEnabled(True)
            push_error(self.message_bar, err, self.manager.open_settings)

        self.manager.call(
            tr("ClearSKY: search grid cells"),
            lambda client: search_cells(client, wkt, minitiles=minis),
            self.show_cells,
            failed,
        )

    def propose(self) -> None:
        """§2.7 ``tile/optimize``: the proposed tiles and minitiles, shown and selected."""
        if self.state.aoi is None:
            push_error(self.message_bar, InvalidRequestError(tr("Choose an area of interest first.")))
            return
        from ..core.tiles import propose_cells

        wkt = self.state.aoi.wkt
        self.propose_button.setEnabled(False)

        def failed(err: ClearSkyError) -> None:
            self.propose_button.setEnabled(True)
            push_error(self.message_bar, err, self.manager.open_settings)

        self.manager.call(
            tr("ClearSKY: propose grid cells"),
            lambda client: propose_cells(client, wkt),
            lambda refs: self.show_cells(refs, select_all=True),
            failed,
        )

    def show_cells(self, refs: list, select_all: bool = False) -> None:
        """Grid cells on the map as the cells layer (all selected when ``select_all``: a proposal)."""
        from ..core.tiles import footprints_layer

        self.search_tiles_button.setEnabled(True)
        self.propose_button.setEnabled(True)
        if self.tiles_layer is not None and QgsProject.instance().mapLayer(self.tiles_layer.id()) is not None:
            QgsProject.instance().removeMapLayer(self.tiles_layer.id())
        layer = footprints_layer(refs, tr("ClearSKY grid cells"))
        symbol = layer.renderer().symbol()
        symbol.setColor(QColor(0, 0, 0, 0))
        symbol.symbolLayer(0).setStrokeColor(QColor(214, 120, 0))
        symbol.symbolLayer(0).setStrokeWidth(0.5)
        QgsProject.instance().addMapLayer(layer)
        layer.selectionChanged.connect(self._update_label)
        self.tiles_layer = layer
        if select_all:  # a proposal is a choice: its cells are selected, ready to order or download
            layer.selectAll()
        self._update_label()

    def _update_label(self, *args: Any) -> None:
        layer = self.tiles_layer
        if layer is None:
            return
        try:
            zones = sorted({f["epsg"] for f in layer.getFeatures()})
            n, chosen = layer.featureCount(), layer.selectedFeatureCount()
        except RuntimeError:  # the layer was removed from the project
            self.tiles_layer = None
            return
        which = tr("{s} selected").format(s=chosen) if chosen else tr("all will be downloaded (select cells to limit)")
        self.tiles_label.setText(
            tr("{n} cells in EPSG {zones} · {which}").format(n=n, zones=", ".join(map(str, zones)), which=which)
        )
        self.download_tiles_button.setEnabled(n > 0)
        self.order_cells_button.setEnabled(n > 0)
        self.download_tiles_button.setText(
            tr("Download {k} cells…").format(k=chosen or n) if n else tr("Download cells…")
        )

    def chosen_refs(self) -> Optional[list]:
        """The selected cells, or all when none is selected (None, with a message, before a search)."""
        from ..core.tiles import refs_from_features

        layer = self.tiles_layer
        if layer is None or not layer.featureCount():
            push_error(self.message_bar, InvalidRequestError(tr("Search the grid cells first.")))
            return None
        feats = layer.getSelectedFeatures() if layer.selectedFeatureCount() else layer.getFeatures()
        return refs_from_features(feats)

    def download(self) -> None:
        """The selected cells (or all): the dock estimates them together, then asks."""
        refs = self.chosen_refs()
        if refs is not None:
            self.download_requested.emit(refs, self.tiles_layer, self.mosaic_check.isChecked())

    def order(self) -> None:
        refs = self.chosen_refs()
        if refs is not None:
            self.order_requested.emit(refs)
