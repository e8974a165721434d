"""Typed requests to the ClearSKY API (reference §2): a composite or a tile/minitile, each
built once into the exact bytes that are sent (and fingerprinted), with every rule the
client checks before sending (resolution, bands per model, tile EPSG, Nimbus options).

Plain Python: no QGIS, no Qt.  The API's answers are in ``answers.py``."""

from __future__ import annotations

import datetime as _dt
import hashlib
import json
from dataclasses import dataclass, replace
from typing import Any, Mapping, Optional

from .errors import InvalidRequestError, TooManyBandsError
from .i18n import noop_tr, tr

DEFAULT_MODEL = "Stratus2"
#: §3.7: Stratus delivers these 10 bands; Nimbus adds B1 and B9, and B10 at top of atmosphere (Level 1)
STRATUS_BANDS = ("B2", "B3", "B4", "B5", "B6", "B7", "B8", "B8A", "B11", "B12")
NIMBUS_BANDS = ("B1", "B2", "B3", "B4", "B5", "B6", "B7", "B8", "B8A", "B9", "B11", "B12")
RESOLUTIONS = (10, 20, 40, 80, 160, 320, 640, 1280)  # §2.4: the documented range is 10 to 1280 m
UTM_MODES = ("combined_utm", "single_utm", "single_utm_fully_covered")
AUTO_UTM_EPSG = 47000
TILE_EPSG_MESSAGE = noop_tr(
    "Tiles and minitiles are delivered in a UTM zone only: choose a UTM CRS (EPSG:326xx north, 327xx south) "
    "or 'each cell in its own UTM zone' (automatic UTM); EPSG:{epsg} works for composites, not for tiles."
)


def ci_get(data: Mapping[str, Any] | None, *names: str, default: Any = None) -> Any:
    """Look up the first of ``names`` in ``data`` ignoring case."""
    if not data:
        return default
    lowered = {str(k).lower(): v for k, v in data.items()}
    for name in names:
        if name.lower() in lowered:
            return lowered[name.lower()]
    return default


def to_number(value: Any) -> float:
    """A JSON number (or numeric string) as float; NaN for anything else (never raises)."""
    if value is None:
        return 0.0
    if isinstance(value, bool):
        return float("nan")
    try:
        return float(value)
    except (TypeError, ValueError):
        return float("nan")


def as_bool(value: Any) -> bool:
    if isinstance(value, str):
        return value.strip().lower() in ("true", "1", "yes")
    return bool(value)


def parse_date(value: str | _dt.date) -> _dt.date:
    """``YYYY-MM-DD`` (or a date/ISO date-time) -> date, with a clear error."""
    if isinstance(value, _dt.datetime):
        return value.date()
    if isinstance(value, _dt.date):
        return value
    text = str(value).strip()
    try:
        return _dt.date.fromisoformat(text[:10])
    except ValueError:
        raise InvalidRequestError(
            tr("'{text}' is not a date; use the form YYYY-MM-DD, e.g. 2024-05-03.").format(text=text)
        ) from None


def is_nimbus(model: str) -> bool:
    """Nimbus models take ``Level``/``Harmonize``/``ClipReflectance`` (reference §2.5, §3.6)."""
    return str(model or "").lower().startswith("nimbus")


def model_bands(model: str = DEFAULT_MODEL, level: Optional[int] = None) -> tuple[str, ...]:
    """The bands ``model`` delivers (reference §3.7): what ``Bandnames=all`` means."""
    if not is_nimbus(model):
        return STRATUS_BANDS
    if level == 1:  # top of atmosphere adds the cirrus band
        i = NIMBUS_BANDS.index("B11")
        return (*NIMBUS_BANDS[:i], "B10", *NIMBUS_BANDS[i:])
    return NIMBUS_BANDS


def band_list(bandnames: str, model: str = DEFAULT_MODEL, level: Optional[int] = None) -> list[str]:
    """The bands a ``Bandnames`` string asks for, in order (``all`` -> every band of the model)."""
    text = (bandnames or "all").strip()
    if text.lower() == "all":
        return list(model_bands(model, level))
    if text.lower() == "rgb":
        return ["B4", "B3", "B2"]
    return [b.strip() for b in text.split(",") if b.strip()]


def check_bands(
    bandnames: str, model: str = DEFAULT_MODEL, level: Optional[int] = None, max_bands: Optional[int] = None
) -> list[str]:
    """The band list, or a typed error before anything is sent: a band the model does not deliver
    (index expressions such as ``[B8_B4]`` count as one band over known ones), or more bands
    than the account's ``MaxTotalBands`` (error 1005)."""
    bands = band_list(bandnames, model, level)
    known = set(model_bands(model, level))
    unknown = [b for b in bands if not set(b.strip("[] ").upper().split("_")) <= known]
    if unknown:
        raise InvalidRequestError(
            tr("{model} does not deliver {value2}; its bands are {value3} (an index is written like [B8_B4]).").format(
                model=model, value2=", ".join(unknown), value3=", ".join(model_bands(model, level))
            )
        )
    if max_bands is not None and len(bands) > max_bands:
        raise TooManyBandsError(
            tr("{n} bands are asked for, but this account allows at most {max_bands} per download.").format(
                n=len(bands), max_bands=max_bands
            ),
            hint=tr("Choose fewer bands, e.g. 'rgb' or B4,B3,B2,B8."),
        )
    return bands


def is_tile_epsg(epsg: int) -> bool:
    """Tile and minitile processing takes a UTM zone (326xx/327xx) or 47000 only (reference §2.5)."""
    epsg = int(epsg)
    return epsg == AUTO_UTM_EPSG or 32601 <= epsg <= 32660 or 32701 <= epsg <= 32760


def _check_resolution(resolution: Any) -> None:
    lo, hi = RESOLUTIONS[0], RESOLUTIONS[-1]
    if isinstance(resolution, bool) or not isinstance(resolution, int) or not lo <= resolution <= hi:
        raise InvalidRequestError(
            tr(
                "The resolution must be a whole number of metres from {lo} to {hi} (e.g. 10, 20, 40 … 1280); "
                "got {resolution!r}."
            ).format(lo=lo, hi=hi, resolution=resolution)
        )


def _options(request: Any) -> dict[str, Any]:
    """The optional processing fields, sent only when chosen (reference §2.4, §2.5)."""
    body: dict[str, Any] = {}
    if request.exact_pixels:
        body["UtmGridForcePixelResolutionSize"] = True
    if request.level is not None:
        body["Level"] = int(request.level)
    if request.harmonize is not None:
        body["Harmonize"] = bool(request.harmonize)
    if request.clip_reflectance is not None:
        body["ClipReflectance"] = bool(request.clip_reflectance)
    return body


def _check_options(request: Any) -> None:
    if request.level not in (None, 1, 2):
        raise InvalidRequestError(tr("Level is 1 (top of atmosphere, L1C) or 2 (bottom of atmosphere, L2A)."))
    if not is_nimbus(request.model) and (request.level, request.harmonize, request.clip_reflectance) != (
        None,
        None,
        None,
    ):
        raise InvalidRequestError(
            tr("Level, Harmonize and ClipReflectance are Nimbus options; {model} does not take them.").format(
                model=request.model
            )
        )


class _Payload:
    """What every request shares: the JSON built once, its exact bytes and their fingerprint."""

    bandnames: str

    def payload(self) -> dict[str, Any]:  # pragma: no cover - defined by each request
        raise NotImplementedError

    def body(self) -> bytes:
        """The exact bytes sent on the wire (stable key order, no whitespace)."""
        return json.dumps(self.payload(), separators=(",", ":"), sort_keys=True).encode("utf-8")

    @property
    def fingerprint(self) -> str:
        """SHA-256 of :meth:`body`: equal fingerprints = identical payloads."""
        return hashlib.sha256(self.body()).hexdigest()

    @property
    def bands(self) -> list[str]:
        return band_list(self.bandnames, self.model, getattr(self, "level", None))


@dataclass(frozen=True)
class CompositeRequest(_Payload):
    """One composite request; its JSON is built once and sent unchanged to
    ``available``, ``estimate`` and ``composite`` (reference §3.1)."""

    date: _dt.date
    wkt: Optional[str] = None
    geojson: Optional[Mapping[str, Any]] = None
    model: str = DEFAULT_MODEL
    constellations: tuple[str, ...] = ("Sentinel1", "Sentinel2", "Landsat89")
    epsg: int = AUTO_UTM_EPSG
    resolution: int = 10
    bandnames: str = "all"
    data_type: str = "INT16"
    utm_mode: str = "combined_utm"
    pixel_selection: str = "intersect"
    file_type: str = "tif"
    allow_partial: bool = False
    upload_url: Optional[str] = None
    #: ``UtmGridForcePixelResolutionSize``: pixels exactly ``resolution`` m (reference §3.5)
    exact_pixels: bool = False
    #: Nimbus only (reference §2.5): 1 = top of atmosphere (L1C), 2 = bottom (L2A); None = server default
    level: Optional[int] = None
    harmonize: Optional[bool] = None
    clip_reflectance: Optional[bool] = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "date", parse_date(self.date))
        object.__setattr__(self, "constellations", tuple(self.constellations))
        if (self.wkt is None) == (self.geojson is None):
            raise InvalidRequestError(
                tr("A request needs exactly one area of interest: either WKT or GeoJSON, not both and not neither.")
            )
        if not self.model:
            raise InvalidRequestError(tr("Choose a model, e.g. Stratus2."))
        if not self.constellations:
            raise InvalidRequestError(tr("Choose at least one satellite constellation."))
        _check_resolution(self.resolution)
        if self.utm_mode not in UTM_MODES:
            raise InvalidRequestError(tr("Unknown UTM selection mode '{utm_mode}'.").format(utm_mode=self.utm_mode))
        _check_options(self)

    def payload(self) -> dict[str, Any]:
        """The JSON body, PascalCase as the API expects."""
        body: dict[str, Any] = {}
        if self.wkt is not None:
            body["Wkt"] = self.wkt
        else:
            body["GeoJson"] = dict(self.geojson or {})
        body.update(
            {
                "Date": self.date.isoformat(),
                "Model": self.model,
                "SatelliteConstellations": list(self.constellations),
                "EpsgProjection": int(self.epsg),
                "Resolution": int(self.resolution),
                "Bandnames": self.bandnames,
                "DataType": self.data_type,
                "UtmDataSelectionMode": self.utm_mode,
                "PixelSelectionMode": self.pixel_selection,
                "FileType": self.file_type,
                "AllowPartialImage": bool(self.allow_partial),
            }
        )
        body.update(_options(self))
        if self.upload_url:
            body["UploadUrl"] = self.upload_url
        return body

    def with_changes(self, **changes: Any) -> CompositeRequest:
        return replace(self, **changes)

    @classmethod
    def from_payload(cls, payload: Mapping[str, Any]) -> CompositeRequest:
        """Inverse of :meth:`payload` (history, Processing, copy-request)."""
        return cls(
            wkt=ci_get(payload, "Wkt"),
            geojson=ci_get(payload, "GeoJson"),
            **_shared_fields(payload),
            pixel_selection=ci_get(payload, "PixelSelectionMode", default="intersect"),
            file_type=ci_get(payload, "FileType", default="tif"),
            allow_partial=as_bool(ci_get(payload, "AllowPartialImage", default=False)),
        )


@dataclass(frozen=True)
class TileRequest(_Payload):
    """A tile or minitile download: the AOI is a grid GUID (reference §2.5)."""

    guid: str
    date: _dt.date
    minitile: bool = False
    model: str = DEFAULT_MODEL
    constellations: tuple[str, ...] = ("Sentinel1", "Sentinel2", "Landsat89")
    epsg: int = AUTO_UTM_EPSG
    resolution: int = 10
    bandnames: str = "all"
    data_type: str = "INT16"
    utm_mode: str = "combined_utm"
    upload_url: Optional[str] = None
    allow_partial: bool = False
    exact_pixels: bool = False
    level: Optional[int] = None
    harmonize: Optional[bool] = None
    clip_reflectance: Optional[bool] = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "date", parse_date(self.date))
        object.__setattr__(self, "constellations", tuple(self.constellations))
        if not self.guid:
            raise InvalidRequestError(tr("A tile download needs the tile's GUID."))
        if not is_tile_epsg(self.epsg):
            raise InvalidRequestError(tr(TILE_EPSG_MESSAGE).format(epsg=self.epsg))
        _check_resolution(self.resolution)
        _check_options(self)

    def payload(self) -> dict[str, Any]:
        body: dict[str, Any] = {
            ("MiniTileGuid" if self.minitile else "TileGuid"): self.guid,
            "Date": self.date.isoformat(),
            "Model": self.model,
            "SatelliteConstellations": list(self.constellations),
            "EpsgProjection": int(self.epsg),
            "Resolution": int(self.resolution),
            "Bandnames": self.bandnames,
            "DataType": self.data_type,
            "UtmDataSelectionMode": self.utm_mode,
        }
        if self.allow_partial:
            body["AllowPartialImage"] = True
        body.update(_options(self))
        if self.upload_url:
            body["UploadUrl"] = self.upload_url
        return body


def _shared_fields(payload: Mapping[str, Any]) -> dict[str, Any]:
    """The fields composite and tile requests share, read back from a sent payload."""
    return {
        "date": ci_get(payload, "Date"),
        "model": ci_get(payload, "Model", default=DEFAULT_MODEL),
        "constellations": tuple(ci_get(payload, "SatelliteConstellations", default=())),
        "epsg": int(ci_get(payload, "EpsgProjection", default=AUTO_UTM_EPSG)),
        "resolution": int(ci_get(payload, "Resolution", default=10)),
        "bandnames": ci_get(payload, "Bandnames", default="all"),
        "data_type": ci_get(payload, "DataType", default="INT16"),
        "utm_mode": ci_get(payload, "UtmDataSelectionMode", default="combined_utm"),
        "upload_url": ci_get(payload, "UploadUrl"),
        "exact_pixels": as_bool(ci_get(payload, "UtmGridForcePixelResolutionSize", default=False)),
        "level": ci_get(payload, "Level"),
        "harmonize": ci_get(payload, "Harmonize"),
        "clip_reflectance": ci_get(payload, "ClipReflectance"),
    }


def request_from_payload(payload: Mapping[str, Any], *, wkt: str = "") -> CompositeRequest | TileRequest:
    """A stored payload (history) back as its request: a tile/minitile one by its GUID, else a
    composite (its area from ``wkt`` when the payload has none)."""
    guid = ci_get(payload, "TileGuid") or ci_get(payload, "MiniTileGuid")
    if guid:
        return TileRequest(
            guid=str(guid),
            minitile=ci_get(payload, "MiniTileGuid") is not None,
            allow_partial=as_bool(ci_get(payload, "AllowPartialImage", default=False)),
            **_shared_fields(payload),
        )
    data = dict(payload)
    if wkt and not (ci_get(data, "Wkt") or ci_get(data, "GeoJson")):
        data["Wkt"] = wkt
    return CompositeRequest.from_payload(data)
