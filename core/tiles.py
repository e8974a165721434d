"""Large areas: grid cells (tiles / minitiles) downloaded in parallel, resumable, and
joined into one VRT per UTM zone (optionally warped into a single mosaic).

Plain Python + GDAL; the QgsTask wrapper is in ``tasks.py``."""

from __future__ import annotations

import hashlib
import json
import os
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Optional, Sequence

from . import logger
from .answers import TileRef
from .api import ClearSkyClient
from .attribution import compose_notices, read_tags, server_attribution, write_tags
from .compat import gdal_errors
from .errors import CancelledError, ClearSkyError, InvalidRequestError
from .i18n import tr
from .models import AUTO_UTM_EPSG, TILE_EPSG_MESSAGE, TileRequest, is_tile_epsg
from .transport import RetryPolicy

log = logger.getChild("tiles")
MANIFEST = "clearsky_tiles.json"
#: never more cells at once than this, whatever the account says (a hostile 5000 stays 16)
MAX_WORKERS = 16
#: a cell is tried this often (429/5xx/unreachable) before it is reported as failed
CELL_RETRY = RetryPolicy(attempts=3, base_delay=1.0, max_delay=20.0, total_time=120.0)


@dataclass(frozen=True)
class TileParams:
    """What every cell of a batch is downloaded with."""

    date: str
    model: str = "Stratus2"
    constellations: tuple[str, ...] = ("Sentinel1", "Sentinel2", "Landsat89")
    resolution: int = 10
    bandnames: str = "all"
    data_type: str = "INT16"
    epsg: int = 0  # 0 = each cell in its own UTM zone
    allow_partial: bool = False
    exact_pixels: bool = False
    level: Optional[int] = None
    harmonize: Optional[bool] = None
    clip_reflectance: Optional[bool] = None

    def __post_init__(self) -> None:
        if self.epsg and not is_tile_epsg(self.epsg):
            raise InvalidRequestError(tr(TILE_EPSG_MESSAGE).format(epsg=self.epsg))

    @classmethod
    def from_request(cls, request: Any, *, per_cell_zone: bool = True) -> TileParams:
        """The batch settings of a composite request (the dock's form, Processing's inputs).
        ``per_cell_zone`` keeps each cell in its own UTM zone instead of the request's EPSG."""
        return cls(
            date=request.date.isoformat(),
            model=request.model,
            constellations=tuple(request.constellations),
            resolution=request.resolution,
            bandnames=request.bandnames,
            data_type=request.data_type,
            epsg=0 if per_cell_zone else int(request.epsg),
            allow_partial=bool(request.allow_partial),
            exact_pixels=bool(request.exact_pixels),
            level=request.level,
            harmonize=request.harmonize,
            clip_reflectance=request.clip_reflectance,
        )

    def request(self, ref: TileRef) -> TileRequest:
        return TileRequest(
            guid=ref.guid,
            date=self.date,
            minitile=ref.minitile,
            model=self.model,
            constellations=tuple(self.constellations),
            epsg=self.epsg or ref.epsg or AUTO_UTM_EPSG,
            resolution=self.resolution,
            bandnames=self.bandnames,
            data_type=self.data_type,
            allow_partial=self.allow_partial,
            exact_pixels=self.exact_pixels,
            level=self.level,
            harmonize=self.harmonize,
            clip_reflectance=self.clip_reflectance,
        )

    def filename(self, ref: TileRef) -> str:
        """Deterministic, so a second run of the same batch finds what the first one saved."""
        req = self.request(ref)
        digest = hashlib.sha256(req.body()).hexdigest()[:8]
        kind = "minitile" if ref.minitile else "tile"
        return f"{kind}_{ref.guid}_{req.date.isoformat()}_{self.model}_{self.resolution}m_{digest}.tif"


@dataclass
class CellResult:
    ref: TileRef
    path: Optional[Path] = None
    sha256: str = ""
    error: Optional[ClearSkyError] = None
    resumed: bool = False  # already complete from an earlier run
    #: the paid file is kept, but something after it failed (tags); shown per GUID
    warning: str = ""

    @property
    def ok(self) -> bool:
        return self.path is not None and self.error is None


@dataclass
class BatchResult:
    cells: list[CellResult] = field(default_factory=list)
    vrts: dict[int, Path] = field(default_factory=dict)
    mosaic: Optional[Path] = None
    notices: tuple[str, ...] = ()

    @property
    def downloaded(self) -> list[CellResult]:
        return [c for c in self.cells if c.ok and not c.resumed]

    @property
    def resumed(self) -> list[CellResult]:
        return [c for c in self.cells if c.resumed]

    @property
    def failed(self) -> list[CellResult]:
        return [c for c in self.cells if c.error is not None]

    def summary(self) -> str:
        parts = [tr("{n} cell(s) downloaded").format(n=len(self.downloaded))]
        if self.resumed:
            parts.append(tr("{n} already complete from an earlier run (skipped)").format(n=len(self.resumed)))
        if self.failed:
            guids = ", ".join(c.ref.guid for c in self.failed)
            parts.append(tr("{n} failed: {guids}").format(n=len(self.failed), guids=guids))
        warned = [c for c in self.cells if c.warning]
        if warned:
            parts.append(
                tr("{n} kept with a warning: ").format(n=len(warned))
                + "; ".join(f"{c.ref.guid}: {c.warning}" for c in warned)
            )
        charged = self.charged_text()
        if charged:
            parts.append(charged.rstrip("."))
        return "; ".join(parts) + "."

    def charged_failed(self) -> Optional[float]:
        """What the failed (or cancelled) cells cost: None = nothing, NaN = maybe, unknown how much."""
        charged = [c.error.charged for c in self.failed if c.error is not None and c.error.spent_something]
        if not charged:
            return None
        return sum(charged) if all(x == x for x in charged) else float("nan")

    def charged_text(self) -> str:
        """A sentence on what the failed cells cost ("" when nothing)."""
        charged = self.charged_failed()
        if charged is None:
            return ""
        if charged != charged:
            return tr("The failed or cancelled cells may have been charged (amount unknown).")
        return tr("The failed or cancelled cells were charged {value1:,.2f} credits.").format(value1=charged)


class Manifest:
    """``clearsky_tiles.json`` in the output folder: which cell files are complete."""

    def __init__(self, folder: Path) -> None:
        self.path = Path(folder) / MANIFEST
        self._lock = threading.Lock()
        try:
            self.entries: dict[str, dict] = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            self.entries = {}

    def complete(self, filename: str) -> bool:
        entry = self.entries.get(filename)
        target = self.path.parent / filename
        return bool(entry) and target.exists() and target.stat().st_size == entry.get("size")

    def record(self, filename: str, guid: str, sha256: str, warning: str = "") -> None:
        """``filename`` was delivered (paid for): a rerun of the batch does not pay for it again."""
        with self._lock:
            size = (self.path.parent / filename).stat().st_size
            self.entries[filename] = {"guid": guid, "sha256": sha256, "size": size}
            if warning:
                self.entries[filename]["warning"] = warning
            tmp = self.path.with_suffix(".json.part")
            tmp.write_text(json.dumps(self.entries, indent=1, sort_keys=True), encoding="utf-8")
            os.replace(tmp, self.path)


def download_cells(
    client: ClearSkyClient,
    refs: Sequence[TileRef],
    params: TileParams,
    folder: Path,
    *,
    approval: Any = None,
    max_parallel: int = 1,
    retry: RetryPolicy = CELL_RETRY,
    on_cell: Optional[Callable[[CellResult], None]] = None,
    on_progress: Optional[Callable[[str, float], None]] = None,
    is_canceled: Optional[Callable[[], bool]] = None,
) -> BatchResult:
    """Download the cells not yet complete in ``folder``, at most ``max_parallel`` at once.

    ``approval`` (:class:`~.approval.Approval`) must cover every cell's request; each cell
    spends its part once.  A cell that fails is reported with its GUID and never stops the
    others; a cell whose bytes arrived is recorded in the manifest even when writing its
    tags fails, so running the batch again does not pay for it twice."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    manifest = Manifest(folder)
    result = BatchResult()
    todo: list[TileRef] = []
    for ref in refs:
        name = params.filename(ref)
        if manifest.complete(name):
            cell = CellResult(ref, folder / name, manifest.entries[name]["sha256"], resumed=True)
            result.cells.append(cell)
            if on_cell:
                on_cell(cell)
        else:
            todo.append(ref)
    if result.resumed:
        log.info(
            "%d of %d cells are already complete; downloading the other %d", len(result.resumed), len(refs), len(todo)
        )

    def one(ref: TileRef) -> CellResult:
        name = params.filename(ref)
        request = params.request(ref)
        cell = CellResult(ref)
        try:
            if is_canceled and is_canceled():
                raise CancelledError(tr("Cancelled before this cell started."))
            res = client.tile(
                request,
                folder,
                approval=approval,
                filename=name,
                overwrite=True,
                retry=retry,
                is_canceled=is_canceled,
                progress=(lambda done, total: on_progress(ref.guid, done / total) if total else None)
                if on_progress
                else None,
            )
            if res.path is None:  # not reached: a cell without an UploadUrl is saved or raises
                raise ClearSkyError(tr("The cell was not saved."))
            cell.path, cell.sha256 = res.path, res.sha256
            try:
                notices = compose_notices(
                    request.constellations,
                    request.model,
                    [request.date.year],
                    server_attribution(res.headers, read_tags(res.path)),
                )
                write_tags(res.path, notices, request, {"CLEARSKY_TILE_GUID": ref.guid})
            except Exception as exc:  # the paid file stays; it is only missing its tags
                cell.warning = tr("the file was kept, but its attribution tags could not be written ({exc})").format(
                    exc=exc
                )
                log.warning("Cell %s: %s", ref.guid, cell.warning)
            manifest.record(name, ref.guid, res.sha256, cell.warning)
        except ClearSkyError as exc:
            cell.error = exc
            log.warning("Cell %s failed: %s", ref.guid, exc.user_message())
        except Exception as exc:  # never let one cell stop the batch
            cell.error = ClearSkyError(
                tr("Unexpected error: {exc}").format(exc=exc), hint=tr("See the ClearSKY log for details.")
            )
            log.warning("Cell %s failed: %s", ref.guid, exc)
        if on_cell:
            on_cell(cell)
        return cell

    # the whole batch is "in flight" from its start: another click, menu or Processing run cannot
    # pay for these cells again while it runs (and each finished cell goes to the history at once)
    from .approval import IN_FLIGHT

    claimed = IN_FLIGHT.claim([params.request(ref).fingerprint for ref in todo], approval) if approval else []
    workers = max(1, int(max_parallel))
    try:
        with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="clearsky-tile") as pool:
            result.cells.extend(pool.map(one, todo))
    finally:
        IN_FLIGHT.release(claimed)
    request = params.request(refs[0]) if refs else None
    if request is not None:
        result.notices = tuple(compose_notices(request.constellations, request.model, [request.date.year]))
    return result


def cell_epsg(path: Path) -> int:
    from osgeo import gdal

    ds = gdal.Open(str(path))
    try:
        srs = ds.GetSpatialRef()
        code = srs.GetAuthorityCode(None) if srs is not None else None
        return int(code) if code else 0
    finally:
        ds = None


@gdal_errors()
def build_vrts(result: BatchResult, folder: Path, stem: str) -> dict[int, Path]:
    """One VRT per EPSG over the complete cells, carrying the attribution."""
    from osgeo import gdal

    groups: dict[int, list[str]] = {}
    for cell in result.cells:
        if cell.ok and cell.path is not None:
            groups.setdefault(cell_epsg(cell.path), []).append(str(cell.path))
    vrts: dict[int, Path] = {}
    for epsg, files in sorted(groups.items()):
        path = Path(folder) / f"{stem}_EPSG{epsg}.vrt"
        ds = gdal.BuildVRT(str(path), sorted(files))
        if result.notices:
            ds.SetMetadataItem("CLEARSKY_ATTRIBUTION", "; ".join(result.notices))
        first = gdal.Open(sorted(files)[0])
        for i in range(1, ds.RasterCount + 1):
            ds.GetRasterBand(i).SetDescription(first.GetRasterBand(i).GetDescription())
        first = None
        ds.FlushCache()
        ds = None
        vrts[epsg] = path
    result.vrts = vrts
    return vrts


@gdal_errors()
def build_mosaic(result: BatchResult, target: Path, crs: str, resolution: Optional[float] = None) -> Path:
    """Warp every VRT into one GeoTIFF in ``crs`` (e.g. ``EPSG:32632``)."""
    from osgeo import gdal

    part = target.with_name(target.name + ".part")
    opts = gdal.WarpOptions(
        format="GTiff",
        dstSRS=crs,
        xRes=resolution,
        yRes=resolution,
        resampleAlg="bilinear",
        creationOptions=["TILED=YES", "COMPRESS=DEFLATE", "BIGTIFF=IF_SAFER"],
    )
    started = time.monotonic()
    ds = gdal.Warp(str(part), [str(p) for p in result.vrts.values()], options=opts)
    if result.notices:
        ds.SetMetadataItem("CLEARSKY_ATTRIBUTION", "; ".join(result.notices))
    ds = None
    os.replace(part, target)
    log.info("Mosaic %s written in %.1f s", target.name, time.monotonic() - started)
    result.mosaic = target
    return target


#: marks a layer of grid cells made by :func:`footprints_layer` (its context menu orders them)
CELLS_PROPERTY = "clearsky/cells"


def footprints_layer(refs: Sequence[TileRef], name: str = "") -> object:
    """A temporary polygon layer of the cells (EPSG:4326) with guid, minitile, epsg, status."""
    from qgis.core import QgsFeature, QgsGeometry, QgsVectorLayer

    from .compat import make_field

    layer = QgsVectorLayer("Polygon?crs=EPSG:4326", name or tr("ClearSKY grid cells"), "memory")
    layer.setCustomProperty(CELLS_PROPERTY, True)
    provider = layer.dataProvider()
    provider.addAttributes(
        [
            make_field("guid", "string"),
            make_field("minitile", "bool"),
            make_field("epsg", "int"),
            make_field("status", "string"),
        ]
    )
    layer.updateFields()
    feats = []
    for ref in refs:
        f = QgsFeature(layer.fields())
        f.setGeometry(QgsGeometry.fromWkt(ref.wkt))
        status = "not downloaded"  # no-i18n (a status value, read back by the plugin)
        f.setAttributes([ref.guid, bool(ref.minitile), int(ref.epsg), status])
        feats.append(f)
    provider.addFeatures(feats)
    layer.updateExtents()
    return layer


def refs_from_features(features: object) -> list[TileRef]:
    """Cells from a footprints layer's (selected) features, as searchtiles writes them."""
    out = []
    for f in features:
        names = f.fields().names()
        if "guid" not in names:
            raise ClearSkyError(
                tr("The layer has no 'guid' field: use the grid cells from 'Search tiles'."),
                hint=tr("Run clearsky:searchtiles (or Search tiles in the dock) first."),
            )
        minitile = bool(f["minitile"]) if "minitile" in names else False
        try:  # NULL, empty or not a number: unknown (the estimate looks it up by GUID)
            epsg = int(f["epsg"]) if "epsg" in names else 0
        except (TypeError, ValueError):
            epsg = 0
        out.append(TileRef(guid=str(f["guid"]), epsg=epsg, wkt=f.geometry().asWkt(), minitile=minitile))
    return out


def parallelism(account_max: Optional[int], user_max: int = 0) -> int:
    """How many cells at once: the account's MaxConcurrentConnections, or a smaller user setting."""
    limit = min(MAX_WORKERS, max(1, int(account_max or 1)))
    return min(limit, int(user_max)) if user_max and user_max > 0 else limit


def search_cells(
    client: ClearSkyClient,
    wkt: str,
    *,
    minitiles: bool = False,
    is_canceled: Optional[Callable[[], bool]] = None,
    on_progress: Optional[Callable[[float], None]] = None,
) -> list[TileRef]:
    """The tiles covering ``wkt``, or with ``minitiles`` the minitiles of those tiles that
    touch the area (one extra search per tile)."""
    from . import aoi as aoi_mod

    refs = client.search_tiles(wkt=wkt, is_canceled=is_canceled)
    if not minitiles:
        # §2.7: entries flagged MiniTile may come mixed into Tiles; a tile batch must not pay for them
        return [r for r in refs if not r.minitile]
    shape = aoi_mod.from_wkt(wkt)
    parents = [r for r in refs if not r.minitile]
    out: list[TileRef] = []
    for i, ref in enumerate(parents):
        if is_canceled and is_canceled():
            break
        found = client.search_tiles(tile_guid_for_minitiles=ref.guid, is_canceled=is_canceled)
        out += [m for m in found if m.minitile and aoi_mod.from_wkt(m.wkt).intersects(shape)]
        if on_progress:
            on_progress(100.0 * (i + 1) / len(parents))
    return out


def propose_cells(client: ClearSkyClient, wkt: str, is_canceled: Optional[Callable[[], bool]] = None) -> list[TileRef]:
    """ClearSKY's proposed cover of the area (``tile/optimize``, §2.7, free): tiles where a whole
    tile is cheaper, minitiles elsewhere, each with its geometry and UTM zone (a tile search by
    GUID, flow 2).  A proposal is for ordering (or downloading) these cells; nothing is paid here."""
    tile_guids, minitile_guids = client.tile_optimize(wkt, is_canceled=is_canceled)
    out: list[TileRef] = []
    for kind, guids, minitile in (("tile_guids", tile_guids, False), ("minitile_guids", minitile_guids, True)):
        for i in range(0, len(guids), 500):
            found = client.search_tiles(**{kind: guids[i : i + 500]}, is_canceled=is_canceled)
            out += [TileRef(r.guid, r.epsg, r.wkt, minitile=minitile) for r in found]
    return out


def cells_request(request: Any, refs: Sequence[TileRef]) -> Any:
    """``request`` over the union of the cells: what a tile check shows (never sent as is)."""
    from . import aoi as aoi_mod

    union = aoi_mod.prepare_aoi(aoi_mod.unary_union([aoi_mod.from_wkt(r.wkt) for r in refs]))
    return request.with_changes(wkt=union.wkt, upload_url=None)


class _CellRecord:
    """A cell's request with the cell's footprint, as the history stores a delivery."""

    def __init__(self, request: TileRequest, wkt: str) -> None:
        self._request = request
        self.wkt = wkt
        self.geojson = None

    def __getattr__(self, name: str) -> Any:
        return getattr(self._request, name)


def record_cell(
    history: Any, cell: CellResult, params: TileParams, check: Any = None, area: str = "", notices: Sequence[str] = ()
) -> bool:
    """One delivered cell as a history row, as soon as it is on disk (so that the "already
    downloaded?" question knows it while its batch still runs); False when not written.  A cell
    that failed after it may have cost goes to the history's charges instead."""
    from types import SimpleNamespace

    share = check.estimate.credits / max(1, len(check.payloads or [cell])) if check is not None else None
    if cell.error is not None:  # a failure that cost (or may have) counts in the month's spending
        from .spending import note_failure

        note_failure(history, cell.error, kind="tiles", estimate=share, area=area)
        return False
    if history is None or not cell.ok or cell.resumed or cell.path is None:
        return False
    request = params.request(cell.ref)
    if not notices:
        notices = compose_notices(request.constellations, request.model, [request.date.year])
    outcome = SimpleNamespace(
        request=_CellRecord(request, cell.ref.wkt),
        credits=share,
        area_km2=None,
        path=cell.path,
        result=SimpleNamespace(sha256=cell.sha256, size=cell.path.stat().st_size, upload_url=None),
        notices=tuple(notices),
    )
    try:
        history.record(outcome, area=area)
    except Exception as exc:
        log.warning("The download history could not be written: %s", exc)
        return False
    return True
