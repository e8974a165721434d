"""Loading a downloaded GeoTIFF as a styled layer in the ``ClearSKY`` group."""

from __future__ import annotations

from typing import Optional

from qgis.core import QgsProject, QgsRasterLayer

from ..core.attribution import apply_layer_metadata
from ..core.errors import TransferError
from ..core.styling import apply_default_style, product_title
from ..core.tasks import DownloadOutcome

GROUP = "ClearSKY"


def _group_position(root) -> int:
    """Imagery goes below the vector layers but above existing rasters (e.g. a basemap)."""
    from qgis.core import QgsLayerTreeLayer

    children = root.children()
    for i, node in enumerate(children):
        if isinstance(node, QgsLayerTreeLayer) and isinstance(node.layer(), QgsRasterLayer):
            return i
    return len(children)


def add_download_layer(
    outcome: DownloadOutcome, aoi_name: str = "", project: Optional[QgsProject] = None
) -> QgsRasterLayer:
    """Open the GeoTIFF, style it, attach the attribution metadata (+ ``.qmd``) and
    add it to the ``ClearSKY`` group.  Raises when the file is not a valid raster."""
    project = project or QgsProject.instance()
    path = outcome.path
    if path is None:
        raise TransferError("The image was delivered to the upload URL; there is no local file to add.")
    title = product_title(outcome.request, aoi_name)
    layer = QgsRasterLayer(str(path), title, "gdal")
    if not layer.isValid():
        raise TransferError(f"{path.name} could not be opened as a raster layer.")
    apply_default_style(layer, outcome.request.data_type)
    apply_layer_metadata(
        layer, outcome.notices, outcome.request, title=title, credits=outcome.credits, area_km2=outcome.area_km2
    )
    root = project.layerTreeRoot()
    group = root.findGroup(GROUP) or root.insertGroup(_group_position(root), GROUP)
    project.addMapLayer(layer, False)
    group.insertLayer(0, layer)
    return layer
