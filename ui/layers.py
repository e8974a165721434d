"""Loading a downloaded GeoTIFF as a styled layer in the ``ClearSKY`` group."""

from __future__ import annotations

from typing import Optional

from qgis.core import QgsProject, QgsRasterLayer

from ..core.attribution import apply_layer_metadata
from ..core.compat import set_fixed_temporal_range
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


def _add_raster(path, title: str, notices, request, group_name: str, project: QgsProject, **history):
    layer = QgsRasterLayer(str(path), title, "gdal")
    if not layer.isValid():
        raise TransferError(f"{path.name} could not be opened as a raster layer.")
    apply_default_style(layer, request.data_type)
    apply_layer_metadata(layer, notices, request, title=title, **history)
    set_fixed_temporal_range(layer, request.date)
    root = project.layerTreeRoot()
    group = root.findGroup(group_name) or root.insertGroup(_group_position(root), group_name)
    project.addMapLayer(layer, False)
    group.insertLayer(0, layer)
    return layer


def add_download_layer(
    outcome: DownloadOutcome, aoi_name: str = "", project: Optional[QgsProject] = None, group: str = GROUP
) -> QgsRasterLayer:
    """Open the GeoTIFF, style it, attach the attribution metadata (+ ``.qmd``) and
    add it to the ``ClearSKY`` group.  Raises when the file is not a valid raster."""
    if outcome.path is None:
        raise TransferError("The image was delivered to the upload URL; there is no local file to add.")
    title = product_title(outcome.request, aoi_name)
    return _add_raster(
        outcome.path,
        title,
        outcome.notices,
        outcome.request,
        group,
        project or QgsProject.instance(),
        credits=outcome.credits,
        area_km2=outcome.area_km2,
    )


def add_batch_layers(result, params, name: str = "", project: Optional[QgsProject] = None) -> list:
    """The VRT of each UTM zone (and the mosaic) of a tile batch, in a group of their own."""
    project = project or QgsProject.instance()
    good = [c for c in result.cells if c.ok]
    if not good:
        return []
    request = params.request(good[0].ref)
    group = f"ClearSKY tiles {request.date.isoformat()} {name}".strip()
    layers = []
    for epsg, vrt in sorted(result.vrts.items()):
        title = f"{request.model} {request.date.isoformat()} {name} EPSG:{epsg}".replace("  ", " ")
        layers.append(_add_raster(vrt, title, result.notices, request, group, project))
    if result.mosaic is not None:
        title = f"{request.model} {request.date.isoformat()} {name} mosaic".replace("  ", " ")
        layers.append(_add_raster(result.mosaic, title, result.notices, request, group, project))
    return layers
