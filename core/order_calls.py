"""Orders (reference §2.8): what the account has ordered (free), a new order's estimate (free),
and placing one (money: once per confirmation, never re-sent after a doubt, §3.3).
``ClearSkyClient`` gets these methods from :class:`OrderCalls`."""

from __future__ import annotations

import time
from typing import Any, Mapping, Optional

from . import logger
from .approval import LEDGER, Approval
from .download import CancelCheck
from .errors import ApprovalError, CancelledError, ClearSkyError, NotFoundError, OrderUnknownError, ServerError
from .i18n import noop_tr, tr
from .models import ci_get
from .transport import P_ORDERS, RetryPolicy, parsed, safe_json

log = logger.getChild("api")


class OrderCalls:
    """The order half of :class:`~.api.ClearSkyClient` (it provides ``_call``, ``_send``,
    ``_unwrap``, ``_sleep``, ``_clean``, ``_lock``, ``_orders``, ``retry`` and ``search_tiles``)."""

    @parsed("orders")
    def orders(
        self,
        *,
        get_expired: bool = False,
        recurring_only: bool = False,
        max_age: Optional[float] = None,
        footprints: bool = True,
    ) -> list[Any]:
        """The account's task orders (``account_orders.Order``); cached, ``max_age`` seconds asks again.
        ``footprints=False`` reads the list only (no tile search for tile orders' cells, nothing
        cached): what placing an order compares before and after."""
        from .account_orders import parse_orders

        with self._lock:
            cached = self._orders.get((get_expired, recurring_only))
        if cached is not None and (max_age is None or time.monotonic() - cached[0] <= max_age):
            return list(cached[1])
        params = {"getExpired": str(get_expired).lower(), "recurringOnly": str(recurring_only).lower()}
        data = self._call("GET", P_ORDERS, params=params) or {}
        orders = parse_orders(ci_get(data, "TaskOrders", default=[]) or [])
        if not footprints:
            return orders
        orders = self._tile_order_footprints(orders)
        with self._lock:
            self._orders[(get_expired, recurring_only)] = (time.monotonic(), orders)
        return list(orders)

    @parsed(noop_tr("order estimate"))
    def estimate_order(
        self, request: Any, *, drawn_km2: Optional[float] = None, is_canceled: Optional[CancelCheck] = None
    ) -> Any:
        """§2.8 ``orders/estimate`` (free): what ``request`` (``new_order.OrderRequest``) would
        cost, as an ``new_order.OrderEstimate``.  ``drawn_km2`` is the cells' area for a tile
        order; a polygon order's is measured here."""
        from . import aoi as aoi_mod
        from .new_order import OrderEstimate

        if drawn_km2 is None:
            drawn_km2 = aoi_mod.geodesic_area_km2(aoi_mod.from_wkt(request.wkt)) if request.wkt else 0.0
        data = self._call("POST", P_ORDERS + "/estimate", request.body(), is_canceled=is_canceled)
        return OrderEstimate.from_dict(data or {}, request, drawn_km2)

    @parsed(noop_tr("order details"))
    def order_details(self, guid: str, *, is_canceled: Optional[CancelCheck] = None) -> Any:
        """§2.8 ``orders/details`` (GET per the docs): one order as ``account_orders.Order``, its
        ``raw`` holding every field the API gave."""
        from .account_orders import Order

        data = self._call("GET", P_ORDERS + "/details", params={"taskOrderGuid": guid}, is_canceled=is_canceled)
        items = ci_get(data or {}, "TaskOrders", default=None)
        if items is None:
            items = [data] if isinstance(data, Mapping) and ci_get(data, "TaskOrderGuid") else []
        for item in items or []:
            if isinstance(item, Mapping) and str(ci_get(item, "TaskOrderGuid", "Guid")) == guid:
                return self._tile_order_footprints([Order.from_dict(item)])[0]
        raise NotFoundError(
            tr("ClearSKY does not know the order {guid}.").format(guid=guid), hint=tr("Refresh the orders list.")
        )

    def cancel_order(self, guid: str, *, is_canceled: Optional[CancelCheck] = None) -> None:
        """§2.8 ``orders/cancel``: for an order in ``Review`` (it is not placed) or a recurring
        one (its future billing stops; imagery already stored stays).  Free and safe to repeat."""
        self._call("DELETE", P_ORDERS + "/cancel", params={"taskOrderGuid": guid}, is_canceled=is_canceled)
        with self._lock:
            self._orders.clear()

    def _tile_order_footprints(self, orders: list[Any]) -> list[Any]:
        """§2.8: a tile order has ``Wkt: null``; its footprint is its cells, whose geometries a
        tile search by GUID gives (§2.7 flow 2, free).  Unknown cells stay unknown, not "nowhere"."""
        from .account_orders import with_footprints

        tiles = sorted({g for o in orders if o.is_tile_order for g in o.tiles})
        minis = sorted({g for o in orders if o.is_tile_order for g in o.minitiles})
        if not tiles and not minis:
            return orders
        cells: dict[str, str] = {}
        for kind, guids in (("tile_guids", tiles), ("minitile_guids", minis)):
            for i in range(0, len(guids), 500):
                try:
                    found = self.search_tiles(**{kind: guids[i : i + 500]})
                except ClearSkyError as exc:
                    log.warning("The cells of tile orders could not be looked up: %s", exc)
                    continue
                cells.update({ref.guid: ref.wkt for ref in found if ref.wkt})
        return with_footprints(orders, cells)

    # -- orders (§2.8): money, but no balance to compare: the orders list settles a doubt --------
    def place_order(
        self, request: Any, approval: Optional[Approval], *, is_canceled: Optional[CancelCheck] = None
    ) -> Any:
        """Create one order (``new_order.OrderRequest``) under ``approval``; returns the new
        ``account_orders.Order``.  The orders list is read first; after any doubt (a 5xx, a broken
        connection, a time-out, an unreadable answer) it is read again, at once and after a settle
        wait, and an order matching the request is taken as this one; the create is never sent
        again: without a match the error says the order may have been placed (§3.3)."""
        from .account_orders import Order

        if getattr(self, "free_only", False):
            raise ApprovalError(
                tr(
                    "This client is for free endpoints only (the live check): the order was refused and "
                    "nothing was sent."
                )
            )
        if approval is None:
            raise ApprovalError(tr("An order was attempted without a confirmation; nothing was sent."))
        if is_canceled and is_canceled():
            raise CancelledError(tr("Cancelled before the order was sent; nothing was ordered."))
        # the list before: how a doubt is settled (unreadable: nothing is sent, the approval is kept)
        before = {o.guid for o in self.orders(get_expired=True, max_age=0, footprints=False)}
        approval.spend(request.fingerprint)
        settle = (self.retry or RetryPolicy()).settle_s

        def doubt(what: str) -> None:
            """§3.3: an order create is never re-sent after a doubt.  The new order is looked for
            in the list, again after a settle wait (it may be recorded after the answer); found, it
            is this one, else the order may have been placed.  Raises either way."""
            for wait in (0.0, settle):
                if wait:
                    self._sleep(wait, None)  # not cancellable: the user waits for what happened
                found = self._new_order(before, request)
                if found is not None:
                    raise _PlacedError(found)
            raise self._order_unknown(
                tr("{what}, and the order is not in the orders list (read twice, {value2:.0f} s apart)").format(
                    what=what.rstrip("."), value2=settle
                )
            )

        try:
            try:
                resp = self._send(
                    "POST",
                    P_ORDERS,
                    request.create_body(),
                    stream=False,
                    paid=True,
                    is_canceled=is_canceled,
                    after_doubt=doubt,
                )
            except ServerError as exc:  # a 2xx too large to read is a doubt, not a refusal
                if exc.status is not None and exc.status < 300:
                    doubt(exc.message)
                raise
            payload = safe_json(resp)
            if resp.status_code < 300 and (not isinstance(payload, dict) or ci_get(payload, "Succeeded") is None):
                doubt(
                    tr("ClearSKY answered the order with something that cannot be read (HTTP {status})").format(
                        status=resp.status_code
                    )
                )
            data = self._unwrap(resp)  # a refusal (4xx, or Succeeded false): nothing was placed
        except _PlacedError as placed:
            order = placed.order
        else:
            item = data if isinstance(data, dict) and ci_get(data, "TaskOrderGuid") else ci_get(data or {}, "TaskOrder")
            if isinstance(item, dict) and ci_get(item, "TaskOrderGuid"):
                order = Order.from_dict(item)
            else:  # placed, but the answer does not say what: the list does
                try:
                    doubt(tr("ClearSKY accepted the order but did not say which it is"))
                except _PlacedError as placed:
                    order = placed.order
        with self._lock:
            self._orders.clear()
        LEDGER.note_order(order.guid)
        log.info("ClearSKY order %s placed (%s)", order.guid, order.status)
        return order

    def _new_order(self, before: set, request: Any) -> Any:
        """An order in the list now, not ``before``, that is the one ``request`` creates."""
        try:
            now = self.orders(get_expired=True, max_age=0, footprints=False)
        except ClearSkyError as exc:
            raise self._order_unknown(
                tr("The orders list could not be read to check ({message})").format(message=exc.message)
            ) from None
        for order in now:
            if order.guid not in before and request.matches(order):
                return order
        return None

    def _order_unknown(self, what: str) -> OrderUnknownError:
        error = OrderUnknownError(
            self._clean(
                tr("{value1}. The order may have been placed; it was not sent again.").format(value1=what.rstrip("."))
            ),
            hint=(
                tr(
                    "Look at the Orders section of the ClearSKY panel (Refresh) or the ClearSKY web app before "
                    "ordering again: a second order would be billed too."
                )
            ),
        )
        error.charged = float("nan")
        LEDGER.note_reported_charge(float("nan"))
        return error


class _PlacedError(Exception):
    """The orders list shows that the order was created (ends the re-send loop)."""

    def __init__(self, order: Any) -> None:
        super().__init__(order.guid)
        self.order = order
