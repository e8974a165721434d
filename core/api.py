"""``ClearSkyClient``: one method per endpoint of the ClearSKY API.

Plain ``requests`` (no QGIS needed).  Retries are our own loop rather than
urllib3's ``Retry`` so that (a) the whole retry sequence is bounded in time,
``Retry-After`` included, (b) a backoff sleep can be cancelled by the user,
(c) a paid endpoint is retried only where that cannot spend credits twice: after
429 answers and connections that never reached the server, after 502/503 only
once the balance proves nothing was charged (``paid.py``), never once the
request may have been processed.
"""

from __future__ import annotations

import json
import threading
import time
from dataclasses import replace
from pathlib import Path
from typing import Any, Callable, Mapping, Optional, Sequence, Union

import requests

from . import diagnostics, logger, plugin_version
from .answers import AccountInfo, Availability, AvailableDates, DownloadResult, Estimate, ModelInfo, TileRef
from .approval import Approval
from .download import (
    CancelCheck,
    ProgressCallback,
)
from .errors import (
    ApprovalError,
    AuthError,
    CancelledError,
    ClearSkyError,
    NotFoundError,
    ServerError,
    TransferError,
    redact,
)
from .i18n import noop_tr, tr
from .models import CompositeRequest, TileRequest, ci_get, parse_date
from .order_calls import OrderCalls
from .paid import PaidRequests
from .transport import (
    DEFAULT_BASE_URL,
    P_ACCOUNT,
    P_APIKEY,
    P_AVAILABLE,
    P_COMPOSITE,
    P_DATES,
    P_ESTIMATE,
    P_MINITILE,
    P_MODELS,
    P_OPTIMIZE,
    P_TILE,
    P_TILES,
    RETRY_CODES,
    RETRY_STATUSES,
    SETTLE_STATUSES,
    CancellableAdapter,
    RetryPolicy,
    check_length,
    error_from_response,
    never_reached_server,
    parsed,
    read_capped,
    read_error_capped,
    retry_after,
    safe_json,
    validate_base_url,
)

__all__ = ["DEFAULT_BASE_URL", "ClearSkyClient", "RetryPolicy", "validate_base_url"]

log = logger.getChild("api")


class ClearSkyClient(PaidRequests, OrderCalls):
    """A session with the ClearSKY API.  Thread-safe for sequential use per thread."""

    def __init__(
        self,
        base_url: str = DEFAULT_BASE_URL,
        api_key: str = "",
        *,
        timeout: tuple[float, float] = (10.0, 120.0),
        retry: RetryPolicy = RetryPolicy(),
        proxies: Optional[Mapping[str, str]] = None,
        ca_bundle: Optional[str] = None,
        user_agent: Optional[str] = None,
        free_only: bool = False,
        answer_hook: Optional[Callable[[str, str, Any], None]] = None,
    ) -> None:
        self.base_url = validate_base_url(base_url)
        self.__key = api_key or ""
        #: ``make live-check``: every paid request is refused before anything is sent
        self.free_only = free_only
        #: called with (method, path, JSON) for every JSON answer read (the live check compares them)
        self.answer_hook = answer_hook
        self.timeout = timeout
        self.retry = retry
        self.session = requests.Session()
        adapter = CancellableAdapter(max_retries=0, pool_connections=4, pool_maxsize=16)
        self.session.mount("https://", adapter)
        self.session.mount("http://", adapter)
        if proxies:
            self.session.proxies.update(proxies)
        if ca_bundle:
            self.session.verify = ca_bundle
        self.session.headers.update(
            {
                "User-Agent": user_agent or self.default_user_agent(),
                "Accept": "application/json, application/octet-stream",  # no-i18n
            }
        )
        self._models: Optional[list[ModelInfo]] = None
        self._account: Optional[AccountInfo] = None
        self._account_at = 0.0
        self._orders: dict[tuple[bool, bool], tuple[float, list[Any]]] = {}
        self._lock = threading.Lock()
        # paid requests of this client in flight, and a counter bumped whenever one starts or ends:
        # a balance comparison proves something only when no other paid request overlapped it
        self._paid_inflight = 0
        self._paid_epoch = 0
        self._slot_free = threading.Event()  # set when a paid request ends (another may start)
        #: number of HTTP requests sent (retries included); read by tests and benchmarks
        self.requests_sent = 0

    # -- plumbing -----------------------------------------------------------------
    @staticmethod
    def default_user_agent() -> str:
        qgis = ""
        try:
            from qgis.core import Qgis

            qgis = f" QGIS/{Qgis.QGIS_VERSION.split('-')[0]}"
        except ImportError:  # plain Python (the live check, scripts): no QGIS in the user agent
            qgis = ""
        return f"clearsky_downloader/{plugin_version()}{qgis} python-requests/{requests.__version__}"

    @property
    def has_key(self) -> bool:
        return bool(self.__key)

    def __repr__(self) -> str:
        return f"ClearSkyClient(base_url={self.base_url!r}, key={'set' if self.__key else 'missing'})"

    def close(self) -> None:
        self.session.close()

    def _clean(self, text: str) -> str:
        return redact(text, self.__key)

    def _send(
        self,
        method: str,
        path: str,
        body: Optional[bytes],
        *,
        stream: bool,
        params: Optional[Mapping[str, Any]] = None,
        paid: bool = False,
        is_canceled: Optional[CancelCheck] = None,
        retry: Optional[RetryPolicy] = None,
        balance_before: Optional[float] = None,
        paid_epoch: Optional[int] = None,
        after_doubt: Optional[Callable[[str, bool], None]] = None,
    ) -> requests.Response:
        """Send with retries; returns a response whose status is not retryable.

        Free requests are re-sent after 429, 5xx, error 1003 and broken connections.
        ``paid`` requests (composite, tile, minitile) only when the server provably did not
        process them (§3.3 of the reference, revised): after a 429, an error 1003 or a connection
        that never reached the server at once; after a 502/503 only once a settle wait and two
        equal balance reads (free ``apikey/info``) match ``balance_before``; after a 500, a 504,
        or a connection that broke or timed out once the request left, never — a
        :class:`ChargedError` says what the balance shows.  An order gives ``after_doubt(what)``,
        which looks for the new order in the list and always raises: a create is never re-sent
        after a doubt.
        """
        if paid and self.free_only:
            raise ApprovalError(
                tr(
                    "This client is for free endpoints only (the live check): the paid request was refused and "
                    "nothing was sent."
                )
            )
        if not self.__key:
            raise AuthError(tr("No ClearSKY API key is configured."))
        url = self.base_url + path
        headers = {"X-API-KEY": self.__key}
        if body is not None:
            headers["Content-Type"] = "application/json"
        started = time.monotonic()
        policy = retry or self.retry
        attempt = 0
        while True:
            attempt += 1
            if is_canceled and is_canceled():  # before a request leaves: nothing is sent, nothing spent
                raise CancelledError(tr("Cancelled before the request was sent; nothing was spent."))
            wait: Optional[float] = None
            settled = False
            why = ""
            resp: Optional[requests.Response] = None
            sent_at = time.monotonic()
            try:
                self.requests_sent += 1
                resp = self.session.request(
                    method,
                    url,
                    data=body,
                    params=params,
                    headers=headers,
                    timeout=self.timeout,
                    stream=True,  # a JSON answer is read by read_capped, at most MAX_JSON_BYTES
                    allow_redirects=False,
                )
                if not stream:
                    read_capped(resp)
                    check_length(resp)
                elif resp.status_code >= 300:  # an error body of a paid call: capped like a free answer
                    read_error_capped(resp)
                self._note_call(method, path, sent_at, resp)
            except requests.RequestException as exc:
                self._note_call(method, path, sent_at, None, type(exc).__name__)
                reached = not never_reached_server(exc)
                if isinstance(exc, requests.ReadTimeout):
                    kind = tr("no answer within {value1:.0f} s").format(value1=self.timeout[1])
                elif reached:
                    kind = tr("the connection broke before the server answered")
                else:
                    kind = tr("could not connect")
                if paid and reached:
                    # §3.3: the request left; the server may be processing it and charge later, so a
                    # balance read now proves nothing: never re-sent (an order is looked for first)
                    if after_doubt is not None:
                        after_doubt(kind)
                    raise self._paid_doubt(kind, balance_before, is_canceled, paid_epoch) from None
                why = kind
                last_error: ClearSkyError = TransferError(
                    tr("Could not reach the ClearSKY API at {base_url}: {kind}.").format(
                        base_url=self.base_url, kind=kind
                    )
                )
            else:
                status = resp.status_code
                code = None
                if status == 400:
                    code = ci_get(ci_get(safe_json(resp) or {}, "Error") or {}, "Code")
                if status not in RETRY_STATUSES and code not in RETRY_CODES:
                    return resp
                wait = retry_after(resp)
                why = f"HTTP {status}" + (f" (code {code})" if code else "")
                try:
                    last_error = self._error_from(resp)
                finally:
                    resp.close()
                if paid and status >= 500:
                    if after_doubt is not None:  # an order: never re-sent after a doubt (§3.3)
                        after_doubt(last_error.message)
                    if status not in SETTLE_STATUSES:  # 500, 504: may have been processed; never re-sent
                        raise self._paid_doubt(last_error.message, balance_before, is_canceled, paid_epoch)
                    # 502/503: re-sent only when a settle wait and two equal balance reads prove that
                    # nothing was charged (raises otherwise); the wait is the retry's delay
                    self._settled_unchanged(last_error.message, balance_before, wait, is_canceled, paid_epoch, policy)
                    wait, settled = 0.0, True
            elapsed = time.monotonic() - started
            delay = 0.0 if settled else policy.delay(attempt, wait)
            if attempt >= policy.attempts or elapsed + delay > policy.total_time:
                plural = "s" if attempt > 1 else ""
                message = last_error.message.rstrip()
                message += "" if message.endswith((".", "!", "?")) else "."
                text = tr("{message} Gave up after {attempt} attempt{plural} in {elapsed:.0f} s.").format(
                    message=message, attempt=attempt, plural=plural, elapsed=elapsed
                )
                if paid:
                    text += " " + tr("Nothing was charged.")
                raise last_error.with_message(text)
            log.info("ClearSKY %s %s: %s, retrying in %.1f s (attempt %d)", method, path, why, delay, attempt + 1)
            self._sleep(delay, is_canceled)

    @staticmethod
    def _sleep(seconds: float, is_canceled: Optional[CancelCheck]) -> None:
        end = time.monotonic() + seconds
        event = threading.Event()
        while True:
            if is_canceled and is_canceled():
                raise CancelledError(tr("Cancelled while waiting to retry."))
            left = end - time.monotonic()
            if left <= 0:
                return
            event.wait(min(left, 0.1))

    def _note_call(
        self, method: str, path: str, sent_at: float, resp: Optional[requests.Response], outcome: str = ""
    ) -> None:
        """One line of the diagnostics report: no body, no query string, no key."""
        code = None
        if resp is not None and resp.status_code >= 400 and not resp.headers.get("Content-Disposition"):
            code = ci_get(ci_get(safe_json(resp) if resp._content_consumed else {}, "Error") or {}, "Code")
        diagnostics.note_call(
            diagnostics.Call(
                when=time.strftime("%H:%M:%S"),
                method=method,
                path=path,
                status=resp.status_code if resp is not None else None,
                duration_ms=1000 * (time.monotonic() - sent_at),
                request_id=diagnostics.request_id(resp.headers) if resp is not None else "",
                error_code=code if isinstance(code, int) else None,
                outcome=outcome,
            )
        )

    def _error_from(self, resp: requests.Response) -> ClearSkyError:
        """The typed error for a non-success response (envelope or not)."""
        return error_from_response(resp, self._clean, self.__key)

    def _call(
        self,
        method: str,
        path: str,
        body: Optional[bytes] = None,
        *,
        params: Optional[Mapping[str, Any]] = None,
        is_canceled: Optional[CancelCheck] = None,
    ) -> Any:
        """A JSON endpoint: returns the envelope's ``Data``."""
        resp = self._send(method, path, body, stream=False, params=params, is_canceled=is_canceled)
        return self._unwrap(resp)

    def _unwrap(self, resp: requests.Response) -> Any:
        if resp.status_code >= 400:
            raise self._error_from(resp)
        data = safe_json(resp)
        if self.answer_hook is not None:
            self.answer_hook(resp.request.method or "", resp.request.path_url.split("?")[0], data)
        if not isinstance(data, Mapping) or ci_get(data, "Succeeded") is None:
            snippet = self._clean(resp.text)[:80] if resp.text else ""  # redacted before it is cut
            raise ServerError(
                tr("The ClearSKY API answered with something that is not a valid response (HTTP {status_code}").format(
                    status_code=resp.status_code
                )
                + (tr(", begins '{snippet}'").format(snippet=snippet) if snippet else "")
                + ").",
                status=resp.status_code,
            )
        if not ci_get(data, "Succeeded"):
            raise self._error_from(resp)
        return ci_get(data, "Data")

    @staticmethod
    def _json(payload: Mapping[str, Any]) -> bytes:
        return json.dumps(payload, separators=(",", ":")).encode("utf-8")

    # -- endpoints ----------------------------------------------------------------
    @parsed("availability")
    def composite_available(
        self, request: CompositeRequest, *, is_canceled: Optional[CancelCheck] = None
    ) -> Availability:
        """Is imagery ready for this exact payload?  Free of charge."""
        return Availability.from_dict(self._call("POST", P_AVAILABLE, request.body(), is_canceled=is_canceled) or {})

    @parsed("estimate")
    def composite_estimate(self, request: CompositeRequest, *, is_canceled: Optional[CancelCheck] = None) -> Estimate:
        """Area and credits the download of this exact payload will cost.  Free."""
        return Estimate.from_dict(self._call("POST", P_ESTIMATE, request.body(), is_canceled=is_canceled) or {})

    def composite(
        self,
        request: CompositeRequest,
        folder: Union[str, Path, None] = None,
        *,
        approval: Optional[Approval] = None,
        filename: Optional[str] = None,
        overwrite: bool = False,
        expected_size: Optional[int] = None,
        progress: Optional[ProgressCallback] = None,
        is_canceled: Optional[CancelCheck] = None,
    ) -> DownloadResult:
        """Download the composite (spends credits, so only with an ``approval`` covering it).

        Streams into ``folder`` (name from ``Content-Disposition`` unless ``filename`` is
        given; an existing file is kept and a new name chosen unless ``overwrite``).  With
        ``request.upload_url`` the server delivers to that URL and answers 201; should it
        return the file instead (HTTP 200 with bytes), the paid bytes are saved in ``folder``
        and the result says so (``returned_instead_of_upload``)."""
        return self._download(
            P_COMPOSITE,
            request,
            f"{request.model}_{request.date.isoformat()}.tif",
            folder,
            approval=approval,
            filename=filename,
            overwrite=overwrite,
            expected_size=expected_size,
            progress=progress,
            is_canceled=is_canceled,
        )

    def tile(
        self,
        request: TileRequest,
        folder: Union[str, Path, None] = None,
        *,
        approval: Optional[Approval] = None,
        filename: Optional[str] = None,
        overwrite: bool = False,
        expected_size: Optional[int] = None,
        progress: Optional[ProgressCallback] = None,
        is_canceled: Optional[CancelCheck] = None,
        retry: Optional[RetryPolicy] = None,
    ) -> DownloadResult:
        """Download one tile or minitile (``request.minitile``) by GUID (spends credits: needs
        an ``approval``); ``retry`` overrides the client's policy for this cell (batches)."""
        return self._download(
            P_MINITILE if request.minitile else P_TILE,
            request,
            f"{request.guid}_{request.date.isoformat()}.tif",
            folder,
            approval=approval,
            filename=filename,
            overwrite=overwrite,
            expected_size=expected_size,
            progress=progress,
            is_canceled=is_canceled,
            retry=retry,
        )

    def minitile(self, request: TileRequest, folder: Union[str, Path, None] = None, **kwargs: Any) -> DownloadResult:
        """Download one minitile by GUID."""
        if not request.minitile:
            request = replace(request, minitile=True)
        return self.tile(request, folder, **kwargs)

    @parsed(noop_tr("date search"))
    def search_available_dates(
        self,
        date_from: Any,
        date_until: Any = None,
        *,
        wkt: Optional[str] = None,
        geojson: Optional[Mapping[str, Any]] = None,
        model: Optional[str] = None,
        constellations: Optional[Sequence[str]] = None,
        is_canceled: Optional[CancelCheck] = None,
    ) -> AvailableDates:
        """Dates with imagery for the AOI between ``date_from`` and ``date_until``."""
        body: dict[str, Any] = _aoi_body(wkt, geojson)
        start = parse_date(date_from)
        end = parse_date(date_until) if date_until is not None else None
        body["From"] = start.isoformat()
        if end is not None:
            # §2.2: the current docs name the end `To`, the repo and client `Until`; unknown fields
            # are ignored, so both are sent, and the answer is trimmed here in case one is ignored
            body["To"] = body["Until"] = end.isoformat()
        if model:
            body["Model"] = model
        if constellations:
            body["SatelliteConstellations"] = list(constellations)
        found = AvailableDates.from_dict(self._call("POST", P_DATES, self._json(body), is_canceled=is_canceled) or {})
        return found.between(start, end)

    @parsed("models")
    def tasking_models(self, *, refresh: bool = False) -> list[ModelInfo]:
        """Models and their constellations; cached for the session."""
        with self._lock:
            if self._models is None or refresh:
                data = self._call("GET", P_MODELS) or {}
                self._models = [ModelInfo.from_dict(m) for m in ci_get(data, "TaskingModels", default=[]) or []]
            return list(self._models)

    @parsed(noop_tr("tile search"))
    def search_tiles(
        self,
        *,
        wkt: Optional[str] = None,
        geojson: Optional[Mapping[str, Any]] = None,
        tile_guids: Optional[Sequence[str]] = None,
        minitile_guids: Optional[Sequence[str]] = None,
        tile_guid_for_minitiles: Optional[str] = None,
        is_canceled: Optional[CancelCheck] = None,
    ) -> list[TileRef]:
        """Grid cells for an AOI (or GUIDs); minitiles come flagged."""
        given = {
            "Wkt": wkt,
            "GeoJson": geojson,
            "TileGuids": list(tile_guids) if tile_guids else None,
            "MiniTileGuids": list(minitile_guids) if minitile_guids else None,
            "TileGuidForMiniTiles": tile_guid_for_minitiles,
        }
        given = {k: v for k, v in given.items() if v}
        if len(given) != 1:
            from .errors import InvalidRequestError

            raise InvalidRequestError(tr("Tile search needs exactly one of: WKT, GeoJSON, tile GUIDs, minitile GUIDs."))
        data = self._call("POST", P_TILES, self._json(given), is_canceled=is_canceled) or {}
        tiles = [TileRef.from_dict(t) for t in ci_get(data, "Tiles", default=[]) or [] if isinstance(t, Mapping)]
        minis = ci_get(data, "MiniTiles", default=[]) or []
        tiles += [TileRef.from_dict(t, minitile=True) for t in minis if isinstance(t, Mapping)]
        # §2.7 flow 3: MiniTiles may be plain GUID strings without geometry: ask for them (flow 2)
        bare = [str(t) for t in minis if isinstance(t, str) and t]
        if bare:
            again = self._call("POST", P_TILES, self._json({"MiniTileGuids": bare}), is_canceled=is_canceled) or {}
            found = ci_get(again, "Tiles", default=[]) or []
            found += ci_get(again, "MiniTiles", default=[]) or []
            tiles += [TileRef.from_dict(t, minitile=True) for t in found if isinstance(t, Mapping)]
        return tiles

    @parsed(noop_tr("cell proposal"))
    def tile_optimize(self, wkt: str, *, is_canceled: Optional[CancelCheck] = None) -> tuple[list[str], list[str]]:
        """§2.7 ``tile/optimize`` (free): the tile and minitile GUIDs ClearSKY proposes to cover
        ``wkt`` (sent as a GEOMETRYCOLLECTION, as the vendor's example does) at the least cost."""
        from . import aoi as aoi_mod

        collection = aoi_mod.as_geometry_collection_wkt(wkt)
        data = self._call("POST", P_OPTIMIZE, self._json({"Wkt": collection}), is_canceled=is_canceled) or {}
        tiles = [str(g) for g in ci_get(data, "Tiles", default=[]) or [] if g]
        minis = [str(g) for g in ci_get(data, "MiniTiles", default=[]) or [] if g]
        return tiles, minis

    @parsed("account")
    def account_info(
        self,
        *,
        refresh: bool = False,
        max_age: Optional[float] = None,
        is_canceled: Optional[CancelCheck] = None,
    ) -> AccountInfo:
        """Account limits and balance (``account/info``, completed by ``apikey/info``).

        Cached for the session; ``max_age`` (seconds) or ``refresh`` asks again.  The
        balance is kept current between asks by :meth:`note_spent`."""
        with self._lock:
            fresh = max_age is None or time.monotonic() - self._account_at <= max_age
            if self._account is not None and not refresh and fresh:
                return self._account
        info: Optional[AccountInfo] = None
        try:
            info = AccountInfo.from_dict(self._call("GET", P_ACCOUNT, is_canceled=is_canceled) or {})
        except NotFoundError:
            pass
        if info is None or info.credits is None:
            try:
                older = AccountInfo.from_dict(self._call("GET", P_APIKEY, is_canceled=is_canceled) or {})
                info = info.merged(older) if info else older
            except NotFoundError:
                if info is None:
                    raise
        with self._lock:
            self._account = info
            self._account_at = time.monotonic()
        return info

    def cached_account(self) -> Optional[AccountInfo]:
        return self._account

    def note_spent(self, credits: Optional[float]) -> None:
        """A delivered download spent ``credits``: keep the cached balance honest."""
        with self._lock:
            if credits and self._account is not None and self._account.credits is not None:
                self._account = replace(self._account, credits=self._account.credits - credits)


def _aoi_body(wkt: Optional[str], geojson: Optional[Mapping[str, Any]]) -> dict[str, Any]:
    if (wkt is None) == (geojson is None):
        from .errors import InvalidRequestError

        raise InvalidRequestError(tr("Give exactly one area of interest: WKT or GeoJSON."))
    return {"Wkt": wkt} if wkt is not None else {"GeoJson": dict(geojson or {})}
