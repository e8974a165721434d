"""Typed requests and results of the ClearSKY API (reference §2).

Everything here is plain Python: no QGIS, no Qt.  Parsing is lenient on key
casing because the API's examples are not consistent (reference §2.7).
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import json
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Mapping, Optional, Sequence

from .errors import InvalidRequestError, TooManyBandsError

DEFAULT_MODEL = "Stratus2"
#: §3.7: Stratus delivers these 10 bands; Nimbus adds B1 and B9, and B10 at top of atmosphere (Level 1)
STRATUS_BANDS = ("B2", "B3", "B4", "B5", "B6", "B7", "B8", "B8A", "B11", "B12")
NIMBUS_BANDS = ("B1", "B2", "B3", "B4", "B5", "B6", "B7", "B8", "B8A", "B9", "B11", "B12")
RESOLUTIONS = (10, 20, 40, 80, 160, 320, 640, 1280)  # §2.4: the documented range is 10 to 1280 m
UTM_MODES = ("combined_utm", "single_utm", "single_utm_fully_covered")
AUTO_UTM_EPSG = 47000
TILE_EPSG_MESSAGE = (
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


def _number(value: Any) -> float:
    """A JSON number (or numeric string) as float; NaN for anything else (never raises)."""
    if value is None:
        return 0.0
    if isinstance(value, bool):
        return float("nan")
    try:
        return float(value)
    except (TypeError, ValueError):
        return float("nan")


def _as_bool(value: Any) -> bool:
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
        raise InvalidRequestError(f"'{text}' is not a date; use the form YYYY-MM-DD, e.g. 2024-05-03.") from None


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
            f"{model} does not deliver {', '.join(unknown)}; its bands are {', '.join(model_bands(model, level))} "
            "(an index is written like [B8_B4])."
        )
    if max_bands is not None and len(bands) > max_bands:
        raise TooManyBandsError(
            f"{len(bands)} bands are asked for, but this account allows at most {max_bands} per download.",
            hint="Choose fewer bands, e.g. 'rgb' or B4,B3,B2,B8.",
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
            f"The resolution must be a whole number of metres from {lo} to {hi} (e.g. 10, 20, 40 … 1280); "
            f"got {resolution!r}."
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
        raise InvalidRequestError("Level is 1 (top of atmosphere, L1C) or 2 (bottom of atmosphere, L2A).")
    if not is_nimbus(request.model) and (request.level, request.harmonize, request.clip_reflectance) != (
        None,
        None,
        None,
    ):
        raise InvalidRequestError(
            f"Level, Harmonize and ClipReflectance are Nimbus options; {request.model} does not take them."
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
                "A request needs exactly one area of interest: either WKT or GeoJSON, not both and not neither."
            )
        if not self.model:
            raise InvalidRequestError("Choose a model, e.g. Stratus2.")
        if not self.constellations:
            raise InvalidRequestError("Choose at least one satellite constellation.")
        _check_resolution(self.resolution)
        if self.utm_mode not in UTM_MODES:
            raise InvalidRequestError(f"Unknown UTM selection mode '{self.utm_mode}'.")
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
            date=ci_get(payload, "Date"),
            wkt=ci_get(payload, "Wkt"),
            geojson=ci_get(payload, "GeoJson"),
            model=ci_get(payload, "Model", default=DEFAULT_MODEL),
            constellations=tuple(ci_get(payload, "SatelliteConstellations", default=())),
            epsg=int(ci_get(payload, "EpsgProjection", default=AUTO_UTM_EPSG)),
            resolution=int(ci_get(payload, "Resolution", default=10)),
            bandnames=ci_get(payload, "Bandnames", default="all"),
            data_type=ci_get(payload, "DataType", default="INT16"),
            utm_mode=ci_get(payload, "UtmDataSelectionMode", default="combined_utm"),
            pixel_selection=ci_get(payload, "PixelSelectionMode", default="intersect"),
            file_type=ci_get(payload, "FileType", default="tif"),
            allow_partial=_as_bool(ci_get(payload, "AllowPartialImage", default=False)),
            upload_url=ci_get(payload, "UploadUrl"),
            exact_pixels=_as_bool(ci_get(payload, "UtmGridForcePixelResolutionSize", default=False)),
            level=ci_get(payload, "Level"),
            harmonize=ci_get(payload, "Harmonize"),
            clip_reflectance=ci_get(payload, "ClipReflectance"),
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
            raise InvalidRequestError("A tile download needs the tile's GUID.")
        if not is_tile_epsg(self.epsg):
            raise InvalidRequestError(TILE_EPSG_MESSAGE.format(epsg=self.epsg))
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


def request_from_payload(payload: Mapping[str, Any], *, wkt: str = "") -> CompositeRequest | TileRequest:
    """A stored payload (history) back as its request: a tile/minitile one by its GUID, else a
    composite (its area from ``wkt`` when the payload has none)."""
    guid = ci_get(payload, "TileGuid") or ci_get(payload, "MiniTileGuid")
    if guid:
        return TileRequest(
            guid=str(guid),
            date=ci_get(payload, "Date"),
            minitile=ci_get(payload, "MiniTileGuid") is not None,
            model=ci_get(payload, "Model", default=DEFAULT_MODEL),
            constellations=tuple(ci_get(payload, "SatelliteConstellations", default=())),
            epsg=int(ci_get(payload, "EpsgProjection", default=AUTO_UTM_EPSG)),
            resolution=int(ci_get(payload, "Resolution", default=10)),
            bandnames=ci_get(payload, "Bandnames", default="all"),
            data_type=ci_get(payload, "DataType", default="INT16"),
            level=ci_get(payload, "Level"),
        )
    data = dict(payload)
    if wkt and not (ci_get(data, "Wkt") or ci_get(data, "GeoJson")):
        data["Wkt"] = wkt
    return CompositeRequest.from_payload(data)


@dataclass(frozen=True)
class Availability:
    """``composite/available`` flags (reference §2.1), with a plain-words reading."""

    fully_available: bool = False
    partially_available: bool = False
    uncertainty_available: bool = False
    partially_uncertainty_available: bool = False
    polygon_in_data_area: bool = False
    data_available_for_user: bool = False
    orders_cover_polygon: bool = False
    any_image_within_storage_months: bool = True
    all_images_predicted: bool = False
    intersected_active_zones: bool = False
    raw: Mapping[str, Any] = field(default_factory=dict, compare=False, repr=False)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Availability:
        def flag(name: str, default: bool = False) -> bool:
            return _as_bool(ci_get(data, name, default=default))

        return cls(
            fully_available=flag("FullyAvailable"),
            partially_available=flag("PartiallyAvailable"),
            uncertainty_available=flag("UncertaintyAvailable"),
            partially_uncertainty_available=flag("PartiallyUncertaintyAvailable"),
            polygon_in_data_area=flag("PolygonInDataArea"),
            data_available_for_user=flag("DataAvailableForUser"),
            orders_cover_polygon=flag("OrdersCoverPolygon"),
            any_image_within_storage_months=flag("AnyImageWithinStorageMonths", True),
            all_images_predicted=flag("AllImagesPredicted"),
            intersected_active_zones=flag("IntersectedActiveZones"),
            raw=dict(data or {}),
        )

    @property
    def state(self) -> str:
        """One of ``outside``, ``not_ordered``, ``expired``, ``not_for_user``,
        ``full``, ``uncertain``, ``partial``, ``none``."""
        if not self.polygon_in_data_area:
            return "outside"
        if not self.orders_cover_polygon:
            return "not_ordered"
        if not self.any_image_within_storage_months:
            return "expired"
        if not self.data_available_for_user:
            return "not_for_user"
        if self.fully_available:
            return "full"
        if self.uncertainty_available:
            return "uncertain"
        if self.partially_available or self.partially_uncertainty_available:
            return "partial"
        return "none"

    @property
    def ready(self) -> bool:
        """Everything needed for a complete download is there."""
        return self.state == "full"

    @property
    def downloadable(self) -> bool:
        """A download may be tried (complete, uncertain, or partial with consent)."""
        return self.state in ("full", "uncertain", "partial")

    def summary(self) -> str:
        return {
            "outside": "The area is outside ClearSKY's data area: nothing can be downloaded here.",
            "not_ordered": (
                "The area and date are not covered by your orders: order them first in the ClearSKY web app."
            ),
            "expired": "The imagery for this date is past the order's storage period and can no longer be downloaded.",
            "not_for_user": "The data exists but is not available to this account.",
            "full": "Imagery is fully available for the whole area on this date.",
            "uncertain": "Imagery is available for the whole area, but parts are marked uncertain.",
            "partial": "Imagery is only partly available: part of the area will be empty (nodata).",
            "none": "No imagery is available for this area and date yet.",
        }[self.state]


@dataclass(frozen=True)
class Estimate:
    area_km2: float
    credits: float
    runtime_s: Optional[float] = None
    size_bytes: Optional[int] = None
    raw: Mapping[str, Any] = field(default_factory=dict, compare=False, repr=False)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Estimate:
        """Raises :class:`ServerError` on a cost or size that is not a finite, non-negative
        (size: positive) number: nothing can be approved or paid on such an answer."""
        from .approval import check_estimate

        runtime = ci_get(data, "RuntimeEstimateSeconds", "EstimatedRuntimeSeconds", "RuntimeSeconds")
        size = ci_get(data, "SizeEstimateBytes", "EstimatedSizeBytes", "SizeBytes")
        given = ci_get(data, "CreditEstimate", "Credits")
        credits = _number(given) if given is not None else float("nan")  # no cost given: nothing to approve
        size_n = _number(size) if size is not None else None
        check_estimate(credits, size_n)
        return cls(
            area_km2=_number(ci_get(data, "AreaEstimateKm2", "AreaKm2", default=0.0)),
            credits=credits,
            runtime_s=_number(runtime) if runtime is not None else None,
            size_bytes=int(size_n) if size_n is not None else None,
            raw=dict(data or {}),
        )

    def with_local_size(self, request: CompositeRequest, bbox_area_km2: Optional[float] = None) -> Estimate:
        """Fill ``size_bytes`` from the area, resolution, bands and data type
        when the server did not say (an upper-bound-ish estimate)."""
        if self.size_bytes is not None:
            return self
        area = bbox_area_km2 if bbox_area_km2 else self.area_km2
        pixels = area * 1e6 / float(request.resolution) ** 2
        sample = 1 if request.data_type.upper() == "UINT8" else 2
        size = int(pixels * len(request.bands) * sample) + 64 * 1024
        return replace(self, size_bytes=size)


@dataclass(frozen=True)
class AccountInfo:
    name: str = ""
    email: str = ""
    credits: Optional[float] = None
    credit_limit: Optional[float] = None
    max_concurrent: int = 1
    max_area_km2: Optional[float] = None
    max_bands: Optional[int] = None
    raw: Mapping[str, Any] = field(default_factory=dict, compare=False, repr=False)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> AccountInfo:
        credits = ci_get(data, "CreditAmount", "Credits", "CreditBalance")
        limit = ci_get(data, "CreditLimit")
        max_area = ci_get(data, "MaxCompositeAreaKm2")
        max_bands = ci_get(data, "MaxTotalBands")
        # the key itself is never kept: apikey/info echoes it as "Key"
        safe = {k: v for k, v in (data or {}).items() if str(k).lower() != "key"}
        return cls(
            name=str(ci_get(data, "ContactInfo", "TenantName", "TenantId", "Name", default="") or ""),
            email=str(ci_get(data, "Email", default="") or ""),
            credits=float(credits) if credits is not None else None,
            credit_limit=float(limit) if limit is not None else None,
            max_concurrent=max(1, int(ci_get(data, "MaxConcurrentConnections", default=1) or 1)),
            max_area_km2=float(max_area) if max_area is not None else None,
            max_bands=int(max_bands) if max_bands is not None else None,
            raw=safe,
        )

    def merged(self, other: AccountInfo) -> AccountInfo:
        """Fill what this one lacks from ``other``."""
        return AccountInfo(
            name=self.name or other.name,
            email=self.email or other.email,
            credits=self.credits if self.credits is not None else other.credits,
            credit_limit=self.credit_limit if self.credit_limit is not None else other.credit_limit,
            max_concurrent=self.max_concurrent if "MaxConcurrentConnections" in self.raw else other.max_concurrent,
            max_area_km2=self.max_area_km2 if self.max_area_km2 is not None else other.max_area_km2,
            max_bands=self.max_bands if self.max_bands is not None else other.max_bands,
            raw={**dict(other.raw), **dict(self.raw)},
        )


@dataclass(frozen=True)
class ModelInfo:
    name: str
    required: tuple[str, ...] = ()
    optional: tuple[str, ...] = ()

    @property
    def constellations(self) -> tuple[str, ...]:
        return self.required + self.optional

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ModelInfo:
        required: list[str] = []
        optional: list[str] = []
        for item in ci_get(data, "SupportedSatelliteConstellations", default=[]) or []:
            name = ci_get(item, "SatelliteConstellation", "Name")
            if not name:
                continue
            (optional if _as_bool(ci_get(item, "Optional", default=False)) else required).append(str(name))
        return cls(name=str(ci_get(data, "Model", "Name")), required=tuple(required), optional=tuple(optional))


@dataclass(frozen=True)
class TileRef:
    guid: str
    epsg: int
    wkt: str
    minitile: bool = False

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], minitile: Optional[bool] = None) -> TileRef:
        flag = ci_get(data, "MiniTile", "Minitile", "IsMiniTile")
        return cls(
            guid=str(ci_get(data, "Guid", "TileGuid", "MiniTileGuid")),
            epsg=int(str(ci_get(data, "Epsg", "EpsgProjection", default=0)).replace("EPSG:", "")),
            wkt=str(ci_get(data, "DataGeogWkt", "Wkt", default="")),
            minitile=bool(minitile) if minitile is not None else _as_bool(flag),
        )


@dataclass(frozen=True)
class ModelDates:
    model: str
    constellations: tuple[str, ...]
    dates: tuple[_dt.date, ...]
    """dates usable for the whole AOI: present in every ``DatesByGeog`` part"""


@dataclass(frozen=True)
class AvailableDates:
    models: tuple[ModelDates, ...] = ()

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> AvailableDates:
        out = []
        for entry in ci_get(data, "ModelImageDates", default=[]) or []:
            parts = [
                {parse_date(d) for d in (ci_get(g, "Dates", default=[]) or [])}
                for g in ci_get(entry, "DatesByGeog", default=[]) or []
            ]
            common = set.intersection(*parts) if parts else set()
            out.append(
                ModelDates(
                    model=str(ci_get(entry, "Model")),
                    constellations=tuple(ci_get(entry, "SatelliteConstellations", default=()) or ()),
                    dates=tuple(sorted(common)),
                )
            )
        return cls(models=tuple(out))

    def between(self, start: _dt.date, end: Optional[_dt.date]) -> AvailableDates:
        """Only the dates from ``start`` to ``end`` (inclusive): a server that ignores the end
        field answers with dates after it (reference §2.2)."""
        return AvailableDates(
            models=tuple(
                replace(m, dates=tuple(d for d in m.dates if d >= start and (end is None or d <= end)))
                for m in self.models
            )
        )

    def dates_for(self, model: str) -> list[_dt.date]:
        for m in self.models:
            if m.model == model:
                return list(m.dates)
        return []


@dataclass(frozen=True)
class DownloadResult:
    """A finished composite or tile download."""

    path: Optional[Path]
    size: int
    sha256: str = ""
    filename: str = ""
    upload_url: Optional[str] = None
    status: int = 200
    headers: Mapping[str, str] = field(default_factory=dict)
    #: an UploadUrl was given but the server returned the file (HTTP 200): it is in ``path``
    returned_instead_of_upload: bool = False

    @property
    def uploaded(self) -> bool:
        return self.path is None


def headers_subset(
    headers: Mapping[str, str], words: Sequence[str] = ("attribution", "licen", "copyright")
) -> dict[str, str]:
    """Response headers that look like attribution or licence text, verbatim."""
    return {k: v for k, v in headers.items() if any(w in k.lower() for w in words)}
