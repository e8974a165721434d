"""Default raster styling for ClearSKY products (no widgets: used by the dock and Processing)."""

from __future__ import annotations

from typing import Any

from qgis.core import (
    QgsContrastEnhancement,
    QgsMultiBandColorRenderer,
    QgsSingleBandGrayRenderer,
)

#: display stretch for reflectance DN (= reflectance x 10000), as the reference suggests
STRETCH = {"INT16": (0.0, 2000.0), "UINT8": (0.0, 125.0)}


def product_title(req: Any, aoi_name: str = "") -> str:
    """``Stratus2 2024-05-03 fields``: model, date and the area's name."""
    parts = [req.model, req.date.isoformat()]
    if aoi_name:
        parts.append(aoi_name)
    return " ".join(parts)


def _descriptions(layer: Any) -> list[str]:
    from osgeo import gdal

    ds = gdal.Open(layer.source())
    try:
        return [ds.GetRasterBand(i).GetDescription() for i in range(1, ds.RasterCount + 1)] if ds else []
    finally:
        ds = None


def apply_default_style(layer: Any, data_type: str = "INT16") -> None:
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
            ce.setContrastEnhancementAlgorithm(
                QgsContrastEnhancement.ContrastEnhancementAlgorithm.StretchToMinimumMaximum
            )
            ce.setMinimumValue(scaled(band, lo))
            ce.setMaximumValue(scaled(band, hi))
            setter(ce)
        layer.setRenderer(renderer)
    else:
        renderer = QgsSingleBandGrayRenderer(provider, 1)
        ce = QgsContrastEnhancement(provider.dataType(1))
        ce.setContrastEnhancementAlgorithm(QgsContrastEnhancement.ContrastEnhancementAlgorithm.StretchToMinimumMaximum)
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
