"""New orders (reference §2.8): the request that is estimated and then placed unchanged, and
the two shapes of the estimate's answer.

An order is a commitment of money, possibly recurring: the plugin estimates it first, shows
what will be billed (the API bills the bounding box of each polygon, with a minimum area per
polygon, so the billed area can exceed the drawn one), and places it only after an explicit
confirmation, once (``paid.place_order``).  Plain Python: no QGIS, no Qt."""

from __future__ import annotations

import datetime as _dt
import hashlib
import json
from dataclasses import dataclass
from typing import Any, Mapping, Optional, Sequence

from .errors import InvalidRequestError, ServerError
from .i18n import number, tr
from .models import ci_get, parse_date
from .money import money_number, within

#: §2.8: ImageFrequency is 1 (daily) … 7 (weekly)
FREQUENCIES = range(1, 8)


def month_start(value: _dt.date) -> _dt.date:
    return value.replace(day=1)


def month_end(value: _dt.date) -> _dt.date:
    import calendar

    return value.replace(day=calendar.monthrange(value.year, value.month)[1])


@dataclass(frozen=True)
class OrderRequest:
    """What is estimated and placed: the area (``wkt`` lon/lat polygons, or grid cells), the
    product (model, constellations) and the terms (months, image frequency, storage, downloads)."""

    model: str
    constellations: tuple[str, ...]
    first_month: _dt.date
    last_month: Optional[_dt.date]  # None = recurring (``To`` null): billed every month until cancelled
    reference_date: _dt.date
    image_frequency: int = 1
    storage_months: int = 1
    api_requests: int = 1
    wkt: Optional[str] = None
    tile_guids: tuple[str, ...] = ()
    minitile_guids: tuple[str, ...] = ()
    #: create only (§2.8): cells already ordered are left out of the new order
    tile_deduplication: bool = True

    def __post_init__(self) -> None:
        object.__setattr__(self, "first_month", month_start(parse_date(self.first_month)))
        if self.last_month is not None:
            object.__setattr__(self, "last_month", month_start(parse_date(self.last_month)))
        object.__setattr__(self, "reference_date", parse_date(self.reference_date))
        object.__setattr__(self, "constellations", tuple(self.constellations))
        object.__setattr__(self, "tile_guids", tuple(self.tile_guids))
        object.__setattr__(self, "minitile_guids", tuple(self.minitile_guids))
        # §2.8 [client]: an area, or grid cells — tiles and/or minitiles (a proposed cover mixes them)
        if bool(self.wkt) == bool(self.tile_guids or self.minitile_guids):
            raise InvalidRequestError(
                tr("An order covers either an area or grid cells (tiles and minitiles), one of them: choose one.")
            )
        if not self.model:
            raise InvalidRequestError(tr("Choose the model to order."))
        if not self.constellations:
            raise InvalidRequestError(tr("Choose at least one satellite constellation for the order."))
        if self.image_frequency not in FREQUENCIES:
            raise InvalidRequestError(
                tr("The image frequency is 1 (an image every day) to 7 (one a week) days, not {value}.").format(
                    value=self.image_frequency
                )
            )
        if self.storage_months < 1:
            raise InvalidRequestError(tr("Imagery is stored for at least one month."))
        if self.api_requests < 1:
            raise InvalidRequestError(tr("Each image must be downloadable at least once (API requests ≥ 1)."))
        if self.last_month is not None and self.last_month < self.first_month:
            raise InvalidRequestError(
                tr("The last month ({last}) is before the first ({first}).").format(
                    last=self.last_month.strftime("%Y-%m"), first=self.first_month.strftime("%Y-%m")
                )
            )

    @property
    def recurring(self) -> bool:
        return self.last_month is None

    @property
    def last_day(self) -> Optional[_dt.date]:
        """The last day the order runs (None: recurring, until cancelled)."""
        return month_end(self.last_month) if self.last_month is not None else None

    @property
    def months(self) -> Optional[int]:
        """How many months a fixed-period order bills (None: recurring)."""
        if self.last_month is None:
            return None
        return (self.last_month.year - self.first_month.year) * 12 + self.last_month.month - self.first_month.month + 1

    def payload(self) -> dict[str, Any]:
        """The estimate's body; the create body is this plus ``TileDeduplication``."""
        aoi: dict[str, Any] = {}
        if self.wkt:
            aoi["Wkt"] = self.wkt
        if self.tile_guids:
            aoi["TileGuids"] = list(self.tile_guids)
        if self.minitile_guids:
            aoi["MiniTileGuids"] = list(self.minitile_guids)
        return {
            **aoi,
            "SatelliteConstellations": list(self.constellations),
            "Model": self.model,
            "StorageMonths": int(self.storage_months),
            "ApiRequests": int(self.api_requests),
            "ImageFrequency": int(self.image_frequency),
            "ReferenceDate": self.reference_date.isoformat(),
            "From": self.first_month.isoformat(),
            # §2.8: the last day of the last month, as every vendor example sends it (null = recurring)
            "To": self.last_day.isoformat() if self.last_day else None,
        }

    def body(self) -> bytes:
        return json.dumps(self.payload(), separators=(",", ":")).encode("utf-8")

    def create_payload(self) -> dict[str, Any]:
        """The create body: the estimated terms plus the create-only option."""
        return {**self.payload(), "TileDeduplication": bool(self.tile_deduplication)}

    def create_body(self) -> bytes:
        return json.dumps(self.create_payload(), separators=(",", ":")).encode("utf-8")

    @property
    def fingerprint(self) -> str:
        """What an approval covers: exactly what is created."""
        text = json.dumps(self.create_payload(), sort_keys=True).encode()
        return "order:" + hashlib.sha256(text).hexdigest()  # no-i18n

    def period(self) -> str:
        """The exact days the order runs, as they are sent (``From`` … ``To``)."""
        first = self.first_month.isoformat()
        if self.last_day is None:
            return tr("from {first}, every month until cancelled").format(first=first)
        return f"{first} – {self.last_day.isoformat()}"

    def matches(self, order: Any) -> bool:
        """Is ``order`` (``account_orders.Order``, read from the list) the one this request creates?  Same
        model (as the API spells it, any case), months, constellations, and area or cells: after a
        doubt, that is how a created order is recognised (§3.3)."""
        if order.model.lower() != self.model.lower():
            return False
        if order.date_from is None or month_start(order.date_from) != self.first_month:
            return False
        if (order.date_to is None) != self.recurring:
            return False
        if order.date_to is not None and self.last_month is not None and month_start(order.date_to) != self.last_month:
            return False
        if order.constellations and {c.lower() for c in order.constellations} != {
            c.lower() for c in self.constellations
        }:
            return False
        if not self.wkt:  # cells: the order's are ours (deduplication may have left some out)
            ours = set(self.tile_guids) | set(self.minitile_guids)
            theirs = set(order.tiles) | set(order.minitiles)
            return bool(theirs) and theirs <= ours
        return bool(order.wkt) and _same_area(order.wkt, self.wkt)

    def drawn_boxes(self) -> list[Any]:
        """§3.2: the billed shapes as the plugin computes them (each polygon's bounding box),
        lon/lat shapely boxes; [] for grid cells (billed as the cells)."""
        if not self.wkt:
            return []
        from shapely.geometry import box

        from . import aoi as aoi_mod

        return [box(*p.bounds) for p in aoi_mod.polygons(aoi_mod.from_wkt(self.wkt))]


def _same_area(a: str, b: str) -> bool:
    """Two lon/lat WKTs cover the same area (within 1 %: a server may round coordinates)."""
    try:
        from shapely import wkt as swkt

        ga, gb = swkt.loads(a), swkt.loads(b)
        return ga.symmetric_difference(gb).area <= 0.01 * max(ga.area, gb.area, 1e-12)
    except Exception:  # unreadable: not proven the same (the caller then says "may have been placed")
        return False


@dataclass(frozen=True)
class OrderEstimate:
    """What an order would cost and deliver (§2.8, either shape of the answer)."""

    area_km2: float  # drawn (the AOI's own area, or the cells')
    billed_area_km2: float
    current_month_cost: float
    monthly_cost: float  # each following month, while the order runs (0 for a one-month order)
    currency: str
    image_dates: tuple[_dt.date, ...]
    cancellation_date: Optional[_dt.date]
    #: lon/lat WKT of the shapes that are billed (the server's, or the bounding boxes the plugin computed)
    billed_wkt: tuple[str, ...] = ()
    #: "current" (``CurrentMonthCosts``/``RecurringCostsEstimate``) or "older" (``CurrentMonthCost``/``Costs``)
    shape: str = "current"

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], request: OrderRequest, drawn_km2: float) -> OrderEstimate:
        if not isinstance(data, Mapping):
            raise ServerError(tr("ClearSKY answered the order estimate with something that is not an estimate."))
        current = ci_get(data, "CurrentMonthCosts")
        if isinstance(current, Mapping):  # the newer client's shape
            shape = "current"
            recurring = ci_get(data, "RecurringCostsEstimate") or {}
            # the vendor's own formatter also reads `TotalCostEuro` where `TotalCost` is missing
            this_month = money_number(ci_get(current, "TotalCost", "TotalCostEuro"))
            monthly = (
                money_number(ci_get(recurring, "TotalCost", "TotalCostEuro"))
                if isinstance(recurring, Mapping)
                else None
            )
            currency = ci_get(current, "CurrencyCode") or ci_get(recurring, "CurrencyCode") or ""
        else:  # the older repository model
            shape = "older"
            this_month = money_number(ci_get(data, "CurrentMonthCost"))
            monthly = money_number(ci_get(data, "NextMonthCost"))
            costs = ci_get(data, "Costs") or {}
            currency = ci_get(costs, "CurrencyCode", default="") if isinstance(costs, Mapping) else ""
        if monthly is None and request.months == 1:  # a one-month order has no following month to bill
            monthly = 0.0
        billed = money_number(ci_get(data, "AreaKm2"))
        # design.md: a missing, null, NaN, infinite, negative or non-numeric cost is unknown, and an
        # order is never placed on an unknown cost (nor does it pass MAX_COST)
        for name, value, raw in (
            (tr("cost this month"), this_month, ci_get(current, "TotalCost") if shape == "current" else None),
            (tr("monthly cost"), monthly, None),
            (tr("billed area"), billed, ci_get(data, "AreaKm2")),
        ):
            if value is None:
                raise ServerError(
                    tr(
                        "ClearSKY answered the order estimate without a usable {what} ({value}); nothing can be "
                        "ordered on it."
                    ).format(what=name, value=raw if raw is not None else tr("missing")),
                    hint=tr("Estimate again later; if it persists, report it to ClearSKY support."),
                )
        dates = tuple(sorted(parse_date(d) for d in (ci_get(data, "ImageDates") or ()) if d))
        cancel = ci_get(data, "CancellationDate")
        boxes = tuple(str(w) for w in (ci_get(data, "AreasOfInterestWkt") or ()) if w)
        if not boxes:
            boxes = tuple(b.wkt for b in request.drawn_boxes())
        return cls(
            area_km2=round(float(drawn_km2), 3),
            billed_area_km2=round(billed, 3),
            current_month_cost=round(this_month, 2),
            monthly_cost=round(monthly, 2),
            currency=str(currency or "EUR"),
            image_dates=dates,
            cancellation_date=parse_date(cancel) if cancel else None,
            billed_wkt=boxes,
            shape=shape,
        )

    @property
    def billed_differs(self) -> bool:
        """The billed area is noticeably larger than the drawn one (bounding boxes, minimum area)."""
        return self.billed_area_km2 > self.area_km2 * 1.01 + 0.01

    def money(self, value: float) -> str:
        return f"{number(value)} {self.currency}"

    def total_cost(self, request: OrderRequest) -> Optional[float]:
        """What a fixed-period order bills in all (this month, then the monthly cost for each
        following month); None for a recurring order, which bills until it is cancelled."""
        if request.months is None:
            return None
        return round(self.current_month_cost + self.monthly_cost * (request.months - 1), 2)

    def lines(self, request: OrderRequest) -> list[tuple[str, str]]:
        """(label, value) rows for the order dialog and Processing's log."""
        rows = [
            (tr("Period"), request.period()),
            (
                tr("Area"),
                tr("{drawn:,.2f} km² drawn, {billed:,.2f} km² billed").format(
                    drawn=self.area_km2, billed=self.billed_area_km2
                )
                if request.wkt
                else tr("{n} grid cells ({tiles} tiles, {minis} minitiles), {billed:,.2f} km² billed").format(
                    n=len(request.tile_guids) + len(request.minitile_guids),
                    tiles=len(request.tile_guids),
                    minis=len(request.minitile_guids),
                    billed=self.billed_area_km2,
                ),
            ),
        ]
        when = first_month_words(request)
        if request.recurring or (request.last_month and request.last_month > request.first_month):
            cost = tr("{now} {when}, then about {monthly} a month").format(
                now=self.money(self.current_month_cost), when=when, monthly=self.money(self.monthly_cost)
            )
        else:
            cost = tr("{now} {when}").format(now=self.money(self.current_month_cost), when=when)
        total = self.total_cost(request)
        if total is not None and (request.months or 1) > 1:
            cost += " " + tr("({total} in all)").format(total=self.money(total))
        rows.append((tr("Cost"), cost))
        if self.image_dates:
            first, last = self.image_dates[0].isoformat(), self.image_dates[-1].isoformat()
            which = tr("{n} in the first month") if request.recurring else tr("{n}")
            rows.append((tr("Image dates"), f"{which.format(n=len(self.image_dates))}: {first} … {last}"))
        if self.cancellation_date:
            rows.append((tr("Cancellable until"), self.cancellation_date.isoformat()))
        return rows

    def billed_note(self) -> str:
        if not self.billed_differs:
            return ""
        return tr(
            "ClearSKY bills the bounding box of each polygon, with a minimum area per polygon: "
            "{billed:,.2f} km² are billed for the {drawn:,.2f} km² drawn (the billed boxes are outlined on the map)."
        ).format(billed=self.billed_area_km2, drawn=self.area_km2)


def first_month_words(request: OrderRequest, today: Optional[_dt.date] = None) -> str:
    """What the first month's bill is called: "this month" only when it is the current month."""
    current = (today or _dt.date.today()).replace(day=1)
    if request.first_month == current:
        return tr("this month")
    return tr("for {month}").format(month=request.first_month.strftime("%Y-%m"))


def overlap_note() -> str:
    """Said with every estimate (§2.8: estimates assume no overlap with existing orders)."""
    return tr(
        "The estimate assumes the area overlaps none of your existing orders; where it does, the price changes "
        "(and with tile deduplication, cells already ordered are left out)."
    )


def cells_area_km2(refs: Sequence[Any]) -> float:
    """The drawn area of grid cells (``TileRef``s with a lon/lat ``wkt``)."""
    from . import aoi as aoi_mod

    total = 0.0
    for ref in refs:
        wkt = getattr(ref, "wkt", "")
        if wkt:
            total += aoi_mod.geodesic_area_km2(aoi_mod.from_wkt(wkt))
    return total


@dataclass
class OrderCheck:
    """An estimated order: what the dialog and ``clearsky:estimateorder`` show, and the one
    confirmation ``place_order`` needs."""

    request: OrderRequest
    estimate: OrderEstimate

    def blockers(self, max_cost: Optional[float] = None, limit_name: str = "MAX_COST") -> list[str]:
        """Why this order must not be placed (empty = it may)."""
        out = []
        if max_cost is None:
            return out
        est, req = self.estimate, self.request
        if not within(est.current_month_cost, max_cost):
            out.append(
                tr("This month's cost of the order is {cost}, above {limit}={max:g}.").format(
                    cost=est.money(est.current_month_cost), limit=limit_name, max=max_cost
                )
            )
        # every month the order can bill is bounded, not only the first (design.md)
        if (req.recurring or (req.months or 1) > 1) and not within(est.monthly_cost, max_cost):
            out.append(
                tr("Each following month of the order costs about {cost}, above {limit}={max:g}.").format(
                    cost=est.money(est.monthly_cost), limit=limit_name, max=max_cost
                )
            )
        return out

    def approve(self) -> Any:
        """The user's confirmation (or a Processing run with CONFIRM and MAX_COST): one order."""
        from .approval import ORDER, grant

        return grant(ORDER, [self.request.fingerprint], self.estimate.current_month_cost)


def run_order_estimate(
    client: Any, request: OrderRequest, *, drawn_km2: Optional[float] = None, is_canceled: Any = None
) -> OrderCheck:
    """The free estimate of ``request``: the check an order is confirmed on."""
    return OrderCheck(request, client.estimate_order(request, drawn_km2=drawn_km2, is_canceled=is_canceled))
