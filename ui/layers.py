"""Loading a downloaded GeoTIFF as a styled layer in the ``ClearSKY`` group."""

from __future__ import annotations

from typing import Optional

from qgis.core import (
    QgsContrastEnhancement,
    QgsMultiBandColorRenderer,
    QgsProject,
    QgsRasterLayer,
    QgsSingleBandGrayRenderer,
)

from ..core.attribution import apply_layer_metadata
from ..core.errors import TransferError
from ..core.tasks import DownloadOutcome

GROUP = "ClearSKY"
#: display stretch for reflectance DN (= reflectance x 10000), as the reference suggests
STRETCH = {"INT16": (0.0, 2000.0), "UINT8": (0.0, 125.0)}


def layer_title(outcome: DownloadOutcome, aoi_name: str = "") -> str:
    req = outcome.request
    parts = [req.model, req.date.isoformat()]
    if aoi_name:
        parts.append(aoi_name)
    return " ".join(parts)


def _descriptions(layer: QgsRasterLayer) -> list[str]:
    from osgeo import gdal

    ds = gdal.Open(layer.source())
    try:
        return [ds.GetRasterBand(i).GetDescription() for i in range(1, ds.RasterCount + 1)] if ds else []
    finally:
        ds = None


def apply_default_style(layer: QgsRasterLayer, data_type: str = "INT16") -> None:
    """True colour from B4/B3/B2 when present, else the first band in grey; a fixed
    reflectance stretch so neighbouring dates look alike."""
    lo, hi = STRETCH.get(data_type.upper(), STRETCH["INT16"])
    names = [d.upper() for d in _descriptions(layer)]
    provider = layer.dataProvider()

    def scaled(band: int, value: float) -> float:
        # QGIS applies the band's scale/offset (e.g. 1/10000 -> reflectance) before rendering
        return value * provider.bandScale(band) + provider.bandOffset(band)

    if all(b in names for b in ("B4", "B3", "B2")):
        red, green, blue = (names.index(b) + 1 for b in ("B4", "B3", "B2"))
        renderer = QgsMultiBandColorRenderer(provider, red, green, blue)
        for band, setter in (
            (red, renderer.setRedContrastEnhancement),
            (green, renderer.setGreenContrastEnhancement),
            (blue, renderer.setBlueContrastEnhancement),
        ):
            ce = QgsContrastEnhancement(provider.dataType(band))
            ce.setContrastEnhancementAlgorithm(QgsContrastEnhancement.StretchToMinimumMaximum)
            ce.setMinimumValue(scaled(band, lo))
            ce.setMaximumValue(scaled(band, hi))
            setter(ce)
        layer.setRenderer(renderer)
    else:
        renderer = QgsSingleBandGrayRenderer(provider, 1)
        ce = QgsContrastEnhancement(provider.dataType(1))
        ce.setContrastEnhancementAlgorithm(QgsContrastEnhancement.StretchToMinimumMaximum)
        index = bool(names) and names[0].startswith("[")
        if index:  # normalised-difference index stored as value x 32767
            ce.setMinimumValue(scaled(1, -32767))
            ce.setMaximumValue(scaled(1, 32767))
        else:
            stats = provider.bandStatistics(1)
            ce.setMinimumValue(stats.minimumValue)
            ce.setMaximumValue(stats.maximumValue)
        renderer.setContrastEnhancement(ce)
        layer.setRenderer(renderer)
    layer.triggerRepaint()


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
    title = layer_title(outcome, aoi_name)
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
