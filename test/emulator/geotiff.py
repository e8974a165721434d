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

# surface reflectance x 10000 per land-cover class, Stratus band order (+ B1, B9, B10 at the end)
BAND_ORDER = ["B2", "B3", "B4", "B5", "B6", "B7", "B8", "B8A", "B11", "B12", "B1", "B9", "B10"]
CLASSES = np.array(
    [
        [650, 560, 330, 260, 210, 190, 160, 150, 90, 60, 700, 100, 10],  # water
        [260, 470, 260, 820, 2500, 2950, 3150, 3250, 1450, 620, 300, 900, 15],  # forest
        [420, 820, 520, 1350, 3000, 3550, 3800, 3900, 1950, 920, 450, 1100, 20],  # crop
        [900, 1200, 1500, 1700, 1900, 2000, 2100, 2200, 2800, 2300, 950, 800, 30],  # bare soil
        [1150, 1250, 1350, 1450, 1550, 1650, 1700, 1750, 1900, 1700, 1200, 700, 40],  # built-up
        [380, 700, 450, 1200, 2600, 3000, 3300, 3400, 1800, 850, 400, 1000, 20],  # grassland
    ],
    dtype=np.float32,
)


def landscape(col0: int, row0: int, width: int, height: int) -> np.ndarray:
    """Land-cover class per pixel from absolute grid indices, so neighbouring tiles join up."""
    yy, xx = np.mgrid[row0 : row0 + height, col0 : col0 + width]
    bx, by = (xx // 23).astype(np.int64), (yy // 17).astype(np.int64)
    cls = ((bx * 73856093) ^ (by * 19349663)) % 5 + 1
    cls = np.where(cls == 5, 5, cls)  # grassland/forest/crop/soil/built-up patchwork
    cls = np.where(cls == 4, np.where((bx + by) % 3 == 0, 4, 2), cls)  # less built-up
    river = np.abs(yy - 60.0 * np.sin(xx / 97.0) - (row0 // 400) * 400 - 200) < 6
    return np.where(river, 0, np.where(cls == 5, 5, cls)).astype(np.int64)


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
    col0 = round(x0 / pixel)
    row0 = round(-y1 / pixel)
    for yoff in range(0, height, block):
        rows = min(block, height - yoff)
        cls = landscape(col0, row0 + yoff, width, rows)
        rng = np.random.default_rng(seed + yoff)
        noise = 1.0 + 0.08 * rng.standard_normal(cls.shape).astype(np.float32)
        for bi, name in enumerate(bands, start=1):
            band = ds.GetRasterBand(bi)
            if yoff == 0:
                band.SetDescription(name)
                band.SetNoDataValue(nodata)
                if not uint8:
                    band.SetScale(1 / 10000)
                    band.SetOffset(0.0)
            if name.upper() in BAND_ORDER:
                arr = CLASSES[cls, BAND_ORDER.index(name.upper())] * noise
            else:  # an index such as [B8_B4]: (a - b) / (a + b) scaled by 32767
                a, b = ([*name.strip("[]").split("_"), "B4"])[:2]
                va = CLASSES[cls, BAND_ORDER.index(a.upper()) if a.upper() in BAND_ORDER else 6]
                vb = CLASSES[cls, BAND_ORDER.index(b.upper()) if b.upper() in BAND_ORDER else 2]
                arr = (va - vb) / np.maximum(va + vb, 1) * (255 / 2 if uint8 else 32767)
            if uint8:
                arr = np.clip(arr / 16.0 if name.upper() in BAND_ORDER else arr + 127, 1, 255).astype(np.uint8)
            else:
                arr = np.clip(arr, -32767, 32767).astype(np.int16)
            band.WriteArray(arr, 0, yoff)
    ds.FlushCache()
    ds = None
    return path
