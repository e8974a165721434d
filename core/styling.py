"""Default raster styling for ClearSKY products (no widgets: used by the dock and Processing)."""

from __future__ import annotations

from typing import Any

from qgis.core import (
    QgsContrastEnhancement,
    QgsMultiBandColorRenderer,
    QgsSingleBandGrayRenderer,
)

from .i18n import tr

#: display stretch for reflectance DN (= reflectance x 10000), as the reference suggests
STRETCH = {"INT16": (0.0, 2000.0), "UINT8": (0.0, 125.0)}
#: a raster wider or taller than this gets overviews (a full-extent redraw then reads ~1/64 of it)
OVERVIEW_MIN_SIZE = 2048
#: pixels QGIS samples for a single band's stretch when GDAL has no statistics for it
STATS_SAMPLE = 250_000


def prepare_display(path: Any) -> list[str]:
    """In the download's background task, before the layer exists: overviews (an external
    ``.ovr``) when the file has none and is large, and, for a single band, approximate
    statistics (kept by GDAL in ``.aux.xml``), so that neither styling nor the first
    zoomed-out redraw reads the full resolution on QGIS's main thread.  The paid file itself
    is not changed; what fails is returned as warnings."""
    from osgeo import gdal

    from .compat import gdal_errors

    warnings: list[str] = []
    with gdal_errors():
        try:
            ds = gdal.Open(str(path))  # read-only: overviews go to path.ovr
            band = ds.GetRasterBand(1)
            size = max(ds.RasterXSize, ds.RasterYSize)
            if size > OVERVIEW_MIN_SIZE and band.GetOverviewCount() == 0:
                factors, factor = [], 2
                while size / factor >= 256:
                    factors.append(factor)
                    factor *= 2
                gdal.SetThreadLocalConfigOption("COMPRESS_OVERVIEW", "DEFLATE")
                try:
                    ds.BuildOverviews("AVERAGE", factors)
                finally:
                    gdal.SetThreadLocalConfigOption("COMPRESS_OVERVIEW", None)
            if ds.RasterCount == 1 and band.GetMetadataItem("STATISTICS_MINIMUM") is None:
                band.ComputeStatistics(True)  # approximate: from the overviews
            ds = None
        except RuntimeError as exc:
            warnings.append(
                tr("Overviews or statistics could not be prepared ({exc}); the map may redraw slowly.").format(exc=exc)
            )
    return warnings


def _band_min_max(layer: Any) -> tuple[float, float]:
    """A single band's range: GDAL's (prepared in the task), else a QGIS sample, never a full read."""
    from osgeo import gdal
    from qgis.core import QgsRectangle

    ds = gdal.Open(layer.source())
    if ds is not None:
        band = ds.GetRasterBand(1)
        lo, hi = band.GetMetadataItem("STATISTICS_MINIMUM"), band.GetMetadataItem("STATISTICS_MAXIMUM")
        ds = None
        if lo is not None and hi is not None:
            provider = layer.dataProvider()
            return float(lo) * provider.bandScale(1) + provider.bandOffset(1), float(hi) * provider.bandScale(
                1
            ) + provider.bandOffset(1)
    # a sampled histogram (bandStatistics with explicit flags is deprecated from QGIS 3.40)
    lo, hi = layer.dataProvider().cumulativeCut(1, 0.0, 1.0, QgsRectangle(), STATS_SAMPLE)
    return lo, hi


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
            lo, hi = _band_min_max(layer)
            ce.setMinimumValue(lo)
            ce.setMaximumValue(hi)
        renderer.setContrastEnhancement(ce)
        layer.setRenderer(renderer)
    layer.triggerRepaint()
