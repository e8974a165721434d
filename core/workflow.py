"""The plugin's workflows as plain functions: check (orders, availability, estimate,
balance), download and finish a product, a date series, a batch of grid cells, and a
request from plain values.  No ``QgsTask`` here: the dock runs them through the thin
wrappers of :mod:`.tasks`, Processing calls them directly on its own thread."""

from __future__ import annotations

import time
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Callable, Optional

from . import logger
from .answers import AccountInfo, Availability, DownloadResult, Estimate
from .api import ClearSkyClient
from .approval import Approval, grant
from .attribution import compose_notices, read_tags, server_attribution, write_sidecar, write_tags
from .download import format_bytes
from .errors import ClearSkyError, PayloadChangedError
from .i18n import tr
from .models import CompositeRequest, check_bands
from .money import check_estimate

log = logger.getChild("workflow")
#: the balance is asked again after this many seconds (between asks it is kept by note_spent)
ACCOUNT_MAX_AGE = 300.0
ORDERS_MAX_AGE = 300.0


@dataclass(frozen=True)
class CheckResult:
    """What the user approves: availability, cost and balance for one exact payload."""

    request: CompositeRequest
    availability: Availability
    estimate: Estimate
    account: Optional[AccountInfo]
    fingerprint: str
    notes: tuple[str, ...] = field(default=())
    coverage: Any = None  # orders.Coverage, when the orders could be read
    #: what the check is for: ``single`` (one date), ``series`` (several dates) or ``tiles``
    kind: str = "single"
    #: fingerprints of every paid request a download of this check sends (one per date or cell)
    payloads: tuple[str, ...] = ()
    checked_at: float = field(default_factory=time.monotonic, compare=False)
    #: no imagery on the date: the nearest dates with imagery before and after it (when found)
    nearby: tuple = ()

    @property
    def balance(self) -> Optional[float]:
        return self.account.credits if self.account else None

    @property
    def affordable(self) -> bool:
        return self.balance is None or self.estimate.credits <= self.balance

    @property
    def age_s(self) -> float:
        return time.monotonic() - self.checked_at

    def blockers(self, max_credits: Optional[float] = None, limit_name: str = "") -> list[str]:
        """Why this check must not be paid for (empty = it may): the one rule used by the
        cost dialog and by Processing (``limit_name`` names the limit, e.g. ``MAX_CREDITS``)."""
        out: list[str] = []
        avail = self.availability
        if not avail.downloadable or (avail.state == "partial" and not self.request.allow_partial):
            out.append(avail.summary())
        try:
            check_estimate(self.estimate.credits)
        except ClearSkyError as exc:
            out.append(exc.message)
            return out
        if max_credits is not None and self.estimate.credits > max_credits:
            limit = (
                f"{limit_name}={max_credits:g}"
                if limit_name
                else tr("the limit of {max_credits:g} credits").format(max_credits=max_credits)
            )
            out.append(
                tr("The estimate is {credits:,.2f} credits, above {limit}.").format(
                    credits=self.estimate.credits, limit=limit
                )
            )
        if not self.affordable:
            out.append(
                tr("The estimate ({credits:,.2f} credits) is above the balance ({balance:,.2f}).").format(
                    credits=self.estimate.credits, balance=self.balance
                )
            )
        return out

    def approve(self) -> Approval:
        """The user (or a Processing run within its limits) agreed: a single-use approval for
        exactly the payloads this check priced."""
        return grant(self.kind, self.payloads or (self.fingerprint,), self.estimate.credits)

    def summary(self) -> str:
        est = self.estimate
        lines = [self.availability.summary()]
        if self.coverage is not None and not self.coverage.full:
            lines.append(self.coverage.summary())
        cost = tr("Cost: {credits:,.2f} credits for {area_km2:,.2f} km²").format(
            credits=est.credits, area_km2=est.area_km2
        )
        if est.size_bytes:
            cost += tr(", about {value1}").format(value1=format_bytes(est.size_bytes))
        if est.runtime_s:
            cost += tr(", about {runtime_s:,.0f} s to process").format(runtime_s=est.runtime_s)
        lines.append(cost + ".")
        if self.balance is not None:
            left = self.balance - est.credits
            lines.append(
                tr("Balance: {balance:,.2f} credits ({left:,.2f} after this download).").format(
                    balance=self.balance, left=left
                )
            )
            if left < 0:
                lines.append(tr("⚠ The cost is above the balance: top up or make the area smaller."))
        return "\n".join(lines)


def run_check(
    client: ClearSkyClient,
    request: CompositeRequest,
    *,
    bbox_area_km2: Optional[float] = None,
    is_canceled: Optional[Callable[[], bool]] = None,
    progress: Optional[Callable[[float], None]] = None,
) -> CheckResult:
    """Order coverage, availability, estimate and balance for one payload (free of charge).

    The coverage comes first, from the (cached) orders, so a user learns that an area is
    outside their orders before any availability call."""
    coverage = check_orders(client, request)
    if progress:
        progress(10)
    try:
        account = client.account_info(max_age=ACCOUNT_MAX_AGE, is_canceled=is_canceled)
        # the limits may be cached, the balance never is: the cost dialog shows the balance of now
        # (a top-up or another user's spending a minute ago changes what may be downloaded)
        account = replace(account, credits=client.balance(is_canceled))
    except ClearSkyError as exc:
        log.warning("Balance unavailable: %s", exc)
        account = None
    # the model's bands and the account's MaxTotalBands, before the server is asked (§1.4, §3.7)
    check_bands(request.bandnames, request.model, request.level, account.max_bands if account else None)
    if progress:
        progress(25)
    availability = client.composite_available(request, is_canceled=is_canceled)
    if progress:
        progress(50)
    estimate = client.composite_estimate(request, is_canceled=is_canceled)
    check_estimate(estimate.credits, estimate.size_bytes)  # unknown or unusable: nothing is approved on it
    estimate = estimate.with_local_size(request, bbox_area_km2)
    nearby = nearest_dates(client, request, is_canceled=is_canceled) if availability.state == "none" else ()
    if progress:
        progress(100)
    return CheckResult(request, availability, estimate, account, request.fingerprint, coverage=coverage, nearby=nearby)


def nearest_dates(
    client: ClearSkyClient, request: CompositeRequest, *, days: int = 60, is_canceled: Any = None
) -> tuple:
    """The closest dates with imagery before and after ``request.date`` (within ``days``) for
    its area and model: what to suggest when the date has none (free; a failure suggests nothing)."""
    import datetime as _dt

    span = _dt.timedelta(days=days)
    try:
        found = client.search_available_dates(
            request.date - span,
            request.date + span,
            wkt=request.wkt,
            geojson=request.geojson,
            model=request.model,
            is_canceled=is_canceled,
        ).dates_for(request.model)
    except ClearSkyError as exc:
        log.info("No nearby dates: %s", exc)
        return ()
    before = [d for d in found if d < request.date]
    after = [d for d in found if d > request.date]
    return tuple(d for d in (before[-1] if before else None, after[0] if after else None) if d is not None)


def check_orders(client: ClearSkyClient, request: CompositeRequest) -> Any:
    """How much of the request's area and date the account's active orders cover (None if unknown)."""
    from . import account_orders as orders_mod
    from . import aoi as aoi_mod

    try:
        orders = client.orders(max_age=ORDERS_MAX_AGE)
    except ClearSkyError as exc:
        log.warning("Orders could not be read: %s", exc)
        return None
    if request.wkt is not None:
        geom = aoi_mod.from_wkt(request.wkt)
    else:
        from shapely.geometry import shape

        geom = shape(request.geojson)
    result = orders_mod.coverage(geom, orders, request.date)
    if not result.full:
        log.info("%s", result.summary())
    return result


@dataclass(frozen=True)
class DownloadOutcome:
    request: CompositeRequest
    result: DownloadResult
    notices: tuple[str, ...]
    credits: Optional[float] = None
    area_km2: Optional[float] = None
    sidecar: Optional[Path] = None
    #: what went wrong after the paid bytes were safe (tags, sidecars): the file is kept
    warnings: tuple[str, ...] = ()
    #: the cancel came after the last byte had arrived: the paid file is kept
    late_cancel: bool = False

    @property
    def path(self) -> Optional[Path]:
        return self.result.path


def run_download(
    client: ClearSkyClient,
    request: CompositeRequest,
    approval: Approval,
    folder: Optional[Path],
    *,
    expected_size: Optional[int] = None,
    credits: Optional[float] = None,
    area_km2: Optional[float] = None,
    progress: Optional[Callable[[float], None]] = None,
    is_canceled: Optional[Callable[[], bool]] = None,
    filename: Optional[str] = None,
    overwrite: bool = False,
) -> DownloadOutcome:
    """The approved composite download, then attribution into the file and beside it.

    The approval must cover this exact payload (its fingerprint) and not have paid for it
    yet.  Once the bytes are on disk they are kept: a failure while writing tags or the
    sidecar becomes a warning of the outcome."""
    if not approval.covers(request.fingerprint):
        raise PayloadChangedError(
            tr(
                "The request changed after its cost was approved (area, date, model, bands, resolution or CRS); "
                "nothing was downloaded."
            )
        )

    def on_bytes(done: int, total: Optional[int]) -> None:
        if progress and total:
            progress(min(99.0, 100.0 * done / total))

    result = client.composite(
        request,
        folder,
        approval=approval,
        filename=filename,
        overwrite=overwrite,
        expected_size=expected_size,
        progress=on_bytes,
        is_canceled=is_canceled,
    )
    client.note_spent(credits)
    years = [request.date.year]
    if result.path is None:
        notices = compose_notices(request.constellations, request.model, years, server_attribution(result.headers, {}))
        return DownloadOutcome(request, result, tuple(notices), credits, area_km2)
    outcome = finish_product(result, request, credits, area_km2)
    if progress:
        progress(100)
    return outcome


def finish_product(
    result: DownloadResult, request: CompositeRequest, credits: Optional[float], area_km2: Optional[float]
) -> DownloadOutcome:
    """Attribution into a delivered GeoTIFF and beside it.  Never removes the paid file:
    what fails here is reported in the outcome's ``warnings``."""
    path = result.path
    if path is None:  # an upload: no local file to carry the notices (the caller only passes files)
        notices = compose_notices(request.constellations, request.model, [request.date.year])
        return DownloadOutcome(request, result, tuple(notices), credits, area_km2, None, ())
    years = [request.date.year]
    warnings: list[str] = []
    if result.returned_instead_of_upload:
        warnings.append(
            tr(
                "ClearSKY returned the file instead of uploading it to the URL; it was saved to {path} "
                "(credits were spent for it)."
            ).format(path=path)
        )
    tags: dict = {}
    try:
        tags = read_tags(path)
        if not tags and not _opens_as_raster(path):
            warnings.append(tr("GDAL cannot read the delivered file as a raster; it was kept as it arrived."))
    except Exception as exc:
        warnings.append(
            tr("The delivered file's metadata could not be read ({exc}); the file was kept.").format(exc=exc)
        )
    notices = compose_notices(request.constellations, request.model, years, server_attribution(result.headers, tags))
    sidecar = None
    try:
        write_tags(path, notices, request)
    except Exception as exc:
        warnings.append(tr("The attribution could not be written into the GeoTIFF ({exc}).").format(exc=exc))
    try:
        sidecar = write_sidecar(path, notices, request)
    except Exception as exc:
        warnings.append(tr("The attribution file next to the GeoTIFF could not be written ({exc}).").format(exc=exc))
    from .styling import prepare_display

    warnings += prepare_display(path)
    for w in warnings:
        log.warning("%s", w)
    return DownloadOutcome(request, result, tuple(notices), credits, area_km2, sidecar, tuple(warnings))


def _opens_as_raster(path: Path) -> bool:
    from osgeo import gdal

    ds = gdal.Open(str(path))
    ok = ds is not None and ds.RasterCount > 0
    ds = None
    return ok


def constellations_for(client: ClearSkyClient, model: str, constellations: Optional[list[str]] = None) -> tuple:
    """The constellations to send for ``model`` (the one rule for dock-less front ends): the
    model must be in the API's list (§2.6), every constellation must be one it takes, and the
    required ones are always sent (added when missing); none given = the required ones."""
    from .errors import InvalidRequestError

    models = {m.name: m for m in client.tasking_models()}
    info = models.get(model)
    if info is None:
        raise InvalidRequestError(
            tr("Unknown model '{model}'. Available: {value2}.").format(model=model, value2=", ".join(models) or "none")
        )
    chosen = [c.strip() for c in (constellations or []) if c.strip()] or list(info.required)
    unknown = [c for c in chosen if c not in info.constellations]
    if unknown:
        raise InvalidRequestError(
            tr("{value1} cannot be used with {model}; it takes {value3}.").format(
                value1=", ".join(unknown), model=model, value3=", ".join(info.constellations)
            )
        )
    missing = [c for c in info.required if c not in chosen]
    if missing:
        chosen = list(info.required) + [c for c in chosen if c not in info.required]
        log.info("Added the constellations %s that %s requires", ", ".join(missing), model)
    return tuple(chosen)


def request_for(
    client: ClearSkyClient,
    prepared: Any,
    date: Any,
    *,
    model: str = "Stratus2",
    constellations: Optional[list[str]] = None,
    bandnames: str = "all",
    resolution: int = 10,
    epsg: Optional[int] = None,
    upload_url: Optional[str] = None,
    **options: Any,
) -> CompositeRequest:
    """A request from plain values (Processing, scripts): the model is checked against
    the API's list, constellations default to the model's required ones, the EPSG to the
    AOI's suggested UTM zone, and the area to the account's limit.  ``options``: the
    optional processing fields of :class:`CompositeRequest` (``exact_pixels``, ``level``…)."""
    chosen = constellations_for(client, model, constellations)
    try:
        account = client.account_info()
    except ClearSkyError:
        account = None
    if account is not None:
        prepared.check_area(account.max_area_km2)
    return CompositeRequest(
        date=date,
        wkt=prepared.wkt,
        model=model,
        constellations=chosen,
        epsg=int(epsg or prepared.utm_epsg),
        resolution=int(resolution),
        bandnames=bandnames or "all",
        upload_url=upload_url or None,
        **options,
    )


_SEVERITY = ["outside", "not_ordered", "expired", "not_for_user", "none", "partial", "uncertain", "full"]


def run_tiles_check(
    client: ClearSkyClient,
    refs: list,
    request: CompositeRequest,
    params: Any = None,
    *,
    is_canceled: Optional[Callable[[], bool]] = None,
) -> CheckResult:
    """Availability and one total estimate for a set of grid cells (free of charge).

    The API has no tile estimate, so the cells are estimated as unions, per UTM zone (one
    union across zones under-counts where their cells overlap) and in groups whose area
    stays under the account's maximum per request.  The result's request covers all cells
    and is shown, never sent; its ``payloads`` are the cell requests a download sends
    (``params``: the batch's :class:`~.tiles.TileParams`, default from ``request``)."""
    from . import aoi as aoi_mod
    from .tiles import TileParams, cells_request

    params = params or TileParams.from_request(request)
    account = client.account_info(refresh=True, is_canceled=is_canceled)
    check_bands(params.bandnames, params.model, params.level, account.max_bands)
    limit = 0.9 * (account.max_area_km2 or 1e12)
    groups: list[list] = []
    for _zone, zone_refs in sorted(_by_zone(refs, _cell_zones(client, refs, is_canceled)).items()):
        groups.append([])
        area = 0.0
        for ref in zone_refs:
            cell_area = aoi_mod.geodesic_area_km2(aoi_mod.from_wkt(ref.wkt))
            if groups[-1] and area + cell_area > limit:
                groups.append([])
                area = 0.0
            groups[-1].append(ref)
            area += cell_area
    worst: Optional[Availability] = None
    credits = total_area = size = 0.0
    for group in groups:
        sub = cells_request(request, group)
        avail = client.composite_available(sub, is_canceled=is_canceled)
        if worst is None or _SEVERITY.index(avail.state) < _SEVERITY.index(worst.state):
            worst = avail
        est = client.composite_estimate(sub, is_canceled=is_canceled)
        check_estimate(est.credits, est.size_bytes)
        est = est.with_local_size(sub, aoi_mod.bbox_area_km2(aoi_mod.from_wkt(sub.wkt)))
        credits += est.credits
        total_area += est.area_km2
        size += est.size_bytes or 0
    shown = cells_request(request, refs)
    estimate = Estimate(area_km2=total_area, credits=credits, size_bytes=int(size))
    note = tr("{n} grid cells, estimated in {n2} request(s)").format(n=len(refs), n2=len(groups))
    payloads = tuple(params.request(ref).fingerprint for ref in refs)
    return CheckResult(
        shown, worst or Availability(), estimate, account, shown.fingerprint, (note,), kind="tiles", payloads=payloads
    )


def _cell_zones(client: ClearSkyClient, refs: list, is_canceled: Optional[Callable[[], bool]]) -> dict[str, int]:
    """Each cell's UTM zone; cells without one (a layer without an ``epsg`` field, 0 or NULL)
    are looked up by GUID (tile search, §2.7 flow 2, free).  Still unknown: 0."""
    zones = {r.guid: int(r.epsg or 0) for r in refs}
    for minitile, kind in ((False, "tile_guids"), (True, "minitile_guids")):
        guids = [r.guid for r in refs if not r.epsg and bool(r.minitile) == minitile]
        for i in range(0, len(guids), 500):
            try:
                found = client.search_tiles(**{kind: guids[i : i + 500]}, is_canceled=is_canceled)
            except ClearSkyError as exc:
                log.warning("The UTM zones of %d cells could not be looked up: %s", len(guids), exc)
                continue
            zones.update({t.guid: int(t.epsg) for t in found if t.epsg})
    return zones


def _by_zone(refs: list, zones: dict[str, int]) -> dict[tuple[int, bool, str], list]:
    """Cells that can be estimated as one union: one UTM zone, and tiles apart from minitiles
    (a tile and its own minitiles overlap, yet both are charged).  A cell whose zone is unknown
    is estimated alone: a union across zones under-counts where their cells overlap."""
    out: dict[tuple[int, bool, str], list] = {}
    for ref in refs:
        zone = zones.get(ref.guid, 0)
        out.setdefault((zone, bool(ref.minitile), "" if zone else ref.guid), []).append(ref)
    return out


STEPS = ("available", "weekly", "monthly")


def pick_dates(dates: list, step: str) -> list:
    """Every available date, or the first available one of each ISO week / month."""
    if step not in STEPS:
        from .errors import InvalidRequestError

        raise InvalidRequestError(
            tr("Unknown step '{step}': use one of {value2}.").format(step=step, value2=", ".join(STEPS))
        )
    if step == "available":
        return sorted(dates)
    out: list = []
    if step == "weekly":  # what it says: each date at least 7 days after the one before
        for d in sorted(dates):
            if not out or (d - out[-1]).days >= 7:
                out.append(d)
        return out
    seen = set()
    for d in sorted(dates):  # the first date with imagery of each calendar month
        if (d.year, d.month) not in seen:
            seen.add((d.year, d.month))
            out.append(d)
    return out


@dataclass(frozen=True)
class SeriesCheck:
    """One combined estimate for a date range, and the per-date checks to download."""

    combined: CheckResult
    checks: tuple[CheckResult, ...]


def run_series_check(
    client: ClearSkyClient,
    request: CompositeRequest,
    until: Any,
    step: str = "available",
    *,
    is_canceled: Optional[Callable[[], bool]] = None,
) -> SeriesCheck:
    """Dates with imagery between ``request.date`` and ``until`` (thinned by ``step``), each
    checked with the same payload but its date; the sum is what the series costs."""
    from .errors import InvalidRequestError, NotAvailableError
    from .models import parse_date

    if until is not None and parse_date(until) < request.date:
        raise InvalidRequestError(
            tr("The series ends ({end}) before it starts ({start}): choose an end date after the start.").format(
                end=parse_date(until).isoformat(), start=request.date.isoformat()
            )
        )
    found = client.search_available_dates(
        request.date, until, wkt=request.wkt, geojson=request.geojson, model=request.model, is_canceled=is_canceled
    ).dates_for(request.model)
    dates = pick_dates(found, step)
    if not dates:
        raise NotAvailableError(
            tr("No imagery for this area between {value1} and {value2}.").format(
                value1=request.date.isoformat(), value2=parse_date(until).isoformat()
            )
        )
    checks = tuple(run_check(client, request.with_changes(date=d), is_canceled=is_canceled) for d in dates)
    worst = min((c.availability for c in checks), key=lambda a: _SEVERITY.index(a.state))
    estimate = Estimate(
        area_km2=checks[0].estimate.area_km2,  # one area, downloaded on each date
        credits=sum(c.estimate.credits for c in checks),
        size_bytes=sum(c.estimate.size_bytes or 0 for c in checks),
    )
    import hashlib

    fingerprint = hashlib.sha256("".join(c.fingerprint for c in checks).encode()).hexdigest()
    note = tr("{n} dates: ").format(n=len(dates)) + ", ".join(
        tr("{date} ({credits:,.2f} credits)").format(date=c.request.date.isoformat(), credits=c.estimate.credits)
        for c in checks
    )
    combined = CheckResult(
        checks[0].request,
        worst,
        estimate,
        checks[-1].account,
        fingerprint,
        (note,),
        checks[0].coverage,
        kind="series",
        payloads=tuple(c.fingerprint for c in checks),
    )
    return SeriesCheck(combined, checks)
