"""Real GeoTIFFs for the emulator, made with GDAL, shaped by the request."""

from __future__ import annotations

import math
from pathlib import Path
from typing import Sequence

import numpy as np
from osgeo import gdal, osr
from shapely import wkt as shapely_wkt
from shapely.geometry import shape

gdal.UseExceptions()

# per band: a plausible surface reflectance (DN = reflectance * 10000)
BAND_LEVEL = {
    "B2": 500,
    "B3": 800,
    "B4": 700,
    "B5": 1400,
    "B6": 2300,
    "B7": 2600,
    "B8": 2900,
    "B8A": 3000,
    "B11": 2000,
    "B12": 1200,
    "B1": 450,
    "B9": 800,
    "B10": 50,
}


def utm_epsg(lon: float, lat: float) -> int:
    zone = math.floor((lon + 180) / 6) % 60 + 1
    return (32600 if lat >= 0 else 32700) + zone


def aoi_geometry(payload: dict):
    if payload.get("Wkt") is not None:
        return shapely_wkt.loads(payload["Wkt"])
    return shape(payload["GeoJson"])


def target_grid(geom, epsg: int, resolution: float):
    """(srs, x0, y1, width, height, pixel) for the AOI's bounds in ``epsg``."""
    if epsg == 47000:
        c = geom.centroid
        epsg = utm_epsg(c.x, c.y)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(int(epsg))
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    src = osr.SpatialReference()
    src.ImportFromEPSG(4326)
    src.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    tr = osr.CoordinateTransformation(src, srs)
    minx, miny, maxx, maxy = geom.bounds
    xs, ys = [], []
    for i in range(21):  # densified bounds
        for x, y in (
            (minx + (maxx - minx) * i / 20, miny),
            (minx + (maxx - minx) * i / 20, maxy),
            (minx, miny + (maxy - miny) * i / 20),
            (maxx, miny + (maxy - miny) * i / 20),
        ):
            px, py, _ = tr.TransformPoint(x, y)
            xs.append(px)
            ys.append(py)
    pixel = float(resolution)
    if srs.IsGeographic():
        pixel = resolution / 111320.0
    x0 = math.floor(min(xs) / pixel) * pixel
    y1 = math.ceil(max(ys) / pixel) * pixel
    width = max(1, math.ceil((max(xs) - x0) / pixel))
    height = max(1, math.ceil((y1 - min(ys)) / pixel))
    return srs, int(epsg), x0, y1, width, height, pixel


def write_geotiff(
    path: Path,
    srs,
    x0: float,
    y1: float,
    width: int,
    height: int,
    pixel: float,
    bands: Sequence[str],
    data_type: str = "INT16",
    metadata: dict | None = None,
    seed: int = 0,
) -> Path:
    """A tiled, deflate-compressed GeoTIFF with a synthetic landscape."""
    uint8 = data_type.upper() == "UINT8"
    gtype = gdal.GDT_Byte if uint8 else gdal.GDT_Int16
    nodata = 0 if uint8 else -32768
    drv = gdal.GetDriverByName("GTiff")
    opts = ["TILED=YES", "COMPRESS=DEFLATE", "BIGTIFF=IF_SAFER"]
    ds = drv.Create(str(path), width, height, len(bands), gtype, options=opts)
    ds.SetGeoTransform((x0, pixel, 0.0, y1, 0.0, -pixel))
    ds.SetProjection(srs.ExportToWkt())
    md = {"QUANTIFICATION_VALUE": "10000", "ADD_OFFSET": "0", "NODATA": str(nodata)}
    md.update(metadata or {})
    ds.SetMetadata(md)
    block = 512
    for bi, name in enumerate(bands, start=1):
        band = ds.GetRasterBand(bi)
        band.SetDescription(name)
        band.SetNoDataValue(nodata)
        if not uint8:
            band.SetScale(1 / 10000)
            band.SetOffset(0.0)
        level = BAND_LEVEL.get(name, 1500)
        for yoff in range(0, height, block):
            rows = min(block, height - yoff)
            yy, xx = np.mgrid[yoff : yoff + rows, 0:width].astype(np.float32)
            wave = np.sin((xx + seed) / 37.0) * np.cos((yy - seed) / 53.0) + 0.5 * np.sin((xx + yy) / 91.0)
            arr = level * (1.0 + 0.35 * wave)
            arr = np.clip(arr / 16.0, 1, 255).astype(np.uint8) if uint8 else arr.astype(np.int16)
            band.WriteArray(arr, 0, yoff)
    ds.FlushCache()
    ds = None
    return path
