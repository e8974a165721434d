"""The ClearSKY API's answers as typed values (reference §2): availability flags, estimates,
account and models, grid cells, dates, a finished download.

Plain Python: no QGIS, no Qt.  Keys are read case-insensitively, because the API's examples
are not consistent (reference §1.1, §2.7)."""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Mapping, Optional, Sequence

from .i18n import tr
from .models import CompositeRequest, as_bool, ci_get, parse_date, to_number
from .money import money_number


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
            return as_bool(ci_get(data, name, default=default))

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
            "outside": tr("The area is outside ClearSKY's data area: nothing can be downloaded here."),
            "not_ordered": (
                tr(
                    "The area and date are not covered by your orders: order them first (Orders → New order "
                    "for this area…)."
                )
            ),
            "expired": tr(
                "The imagery for this date is past the order's storage period and can no longer be downloaded."
            ),
            "not_for_user": tr("The data exists but is not available to this account."),
            "full": tr("Imagery is fully available for the whole area on this date."),
            "uncertain": tr("Imagery is available for the whole area, but parts are marked uncertain."),
            "partial": tr("Imagery is only partly available: part of the area will be empty (nodata)."),
            "none": tr("No imagery is available for this area and date yet."),
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
        """The answer as it is: a cost that is not a finite, non-negative number is NaN and a size
        that is not a positive number is -1 here; the layers that pay refuse them (``money.py``)."""
        runtime = ci_get(data, "RuntimeEstimateSeconds", "EstimatedRuntimeSeconds", "RuntimeSeconds")
        size = ci_get(data, "SizeEstimateBytes", "EstimatedSizeBytes", "SizeBytes")
        credits = money_number(ci_get(data, "CreditEstimate", "Credits"))
        size_n = money_number(size) if size is not None else None
        return cls(
            area_km2=to_number(ci_get(data, "AreaEstimateKm2", "AreaKm2", default=0.0)),
            credits=credits if credits is not None else float("nan"),
            runtime_s=to_number(runtime) if runtime is not None else None,
            size_bytes=(int(size_n) if size_n else -1) if size is not None else None,
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
            credits=money_number(credits),  # a balance that is not a usable number is unknown
            credit_limit=money_number(limit),
            max_concurrent=max(1, int(money_number(ci_get(data, "MaxConcurrentConnections")) or 1)),
            max_area_km2=money_number(max_area),
            max_bands=int(money_number(max_bands)) if money_number(max_bands) is not None else None,
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
            (optional if as_bool(ci_get(item, "Optional", default=False)) else required).append(str(name))
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
            epsg=int(str(ci_get(data, "Epsg", "EpsgProjection", default=0)).replace("EPSG:", "")),  # no-i18n
            wkt=str(ci_get(data, "DataGeogWkt", "Wkt", default="")),
            minitile=bool(minitile) if minitile is not None else as_bool(flag),
        )


@dataclass(frozen=True)
class ModelDates:
    model: str
    constellations: tuple[str, ...]
    dates: tuple[_dt.date, ...]
    """dates usable for the whole AOI: present in every ``DatesByGeog`` part"""  # no-i18n


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
