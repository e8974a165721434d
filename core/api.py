"""``ClearSkyClient``: one method per endpoint of the ClearSKY API.

Plain ``requests`` (no QGIS needed).  Retries are our own loop rather than
urllib3's ``Retry`` so that (a) the whole retry sequence is bounded in time,
``Retry-After`` included, (b) a backoff sleep can be cancelled by the user,
(c) the composite endpoint can be retried only where that cannot spend credits
twice: on 429/5xx answers and on connections that never reached the server,
never once a response body has begun to arrive.
"""

from __future__ import annotations

import ipaddress
import json
import math
import random
import threading
import time
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Mapping, Optional, Sequence, Union
from urllib.parse import urlsplit

import requests

from . import logger, plugin_version
from .approval import LEDGER, Approval
from .download import (
    CHUNK_SIZE,
    CancelCheck,
    ProgressCallback,
    check_free_space,
    filename_from_disposition,
    format_bytes,
    open_part,
    sanitize_filename,
    stream_to_file,
    unique_path,
)
from .errors import (
    CODE_ERRORS,
    ApprovalError,
    AuthError,
    CancelledError,
    ChargedError,
    ClearSkyError,
    ConfigurationError,
    DiskError,
    NotFoundError,
    ServerError,
    TransferError,
    error_for_status,
    redact,
    redact_details,
)
from .models import (
    AccountInfo,
    Availability,
    AvailableDates,
    CompositeRequest,
    DownloadResult,
    Estimate,
    ModelInfo,
    TileRef,
    TileRequest,
    ci_get,
    headers_subset,
    parse_date,
)

log = logger.getChild("api")

DEFAULT_BASE_URL = "https://api.clearsky.vision"
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
RETRY_CODES = frozenset({1003})
UNCOMPARABLE = "The balance could not be compared with the one before the request, so it may have been charged"
OVERLAP = "Other downloads were running at the same time, so the balance cannot tell whether this one was charged"

P_AVAILABLE = "/api/satelliteimages/process/composite/available"
P_ESTIMATE = "/api/satelliteimages/process/composite/estimate"
P_COMPOSITE = "/api/satelliteimages/process/composite"
P_TILE = "/api/satelliteimages/process/tile"
P_MINITILE = "/api/satelliteimages/process/minitile"
P_DATES = "/api/satelliteimages/search/available"
P_MODELS = "/api/tasking/models"
P_TILES = "/api/tasking/search/tiles"
P_ORDERS = "/api/tasking/orders"
P_ACCOUNT = "/api/account/info"
P_APIKEY = "/api/apikey/info"


@dataclass(frozen=True)
class RetryPolicy:
    """Exponential backoff with full jitter, bounded in attempts and total time."""

    attempts: int = 5
    base_delay: float = 1.0
    max_delay: float = 30.0
    total_time: float = 120.0

    def delay(self, attempt: int, retry_after: Optional[float]) -> float:
        """Seconds to wait before retry number ``attempt`` (1-based)."""
        if retry_after is not None:
            return min(max(retry_after, 0.0), self.max_delay)
        ceiling = min(self.max_delay, self.base_delay * 2 ** (attempt - 1))
        return ceiling / 2 + random.uniform(0, ceiling / 2)


def is_loopback(host: str) -> bool:
    if host in ("localhost",):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def validate_base_url(url: str) -> str:
    """The base URL without a trailing slash; HTTPS required except on loopback."""
    text = (url or "").strip().rstrip("/")
    parts = urlsplit(text)
    if parts.scheme not in ("https", "http") or not parts.hostname:
        raise ConfigurationError(f"'{text}' is not a valid API URL; it should look like {DEFAULT_BASE_URL}.")
    if parts.scheme == "http" and not is_loopback(parts.hostname):
        raise ConfigurationError(
            f"Refusing the unencrypted API URL '{text}': the API key would travel in clear text. Use https://."
        )
    if parts.username or parts.password:
        raise ConfigurationError("The API URL must not contain a user name or password.")
    return text


def _retry_after(resp: requests.Response) -> Optional[float]:
    value = resp.headers.get("Retry-After")
    if not value:
        return None
    try:
        return float(value)
    except ValueError:
        pass
    try:
        from email.utils import parsedate_to_datetime

        return max(0.0, parsedate_to_datetime(value).timestamp() - time.time())
    except (TypeError, ValueError):
        return None


def _never_reached_server(exc: BaseException) -> bool:
    """True for failures before the request could be sent (refused, DNS, connect timeout)."""
    if isinstance(exc, requests.ConnectTimeout):
        return True
    text = repr(exc)
    return any(s in text for s in ("NewConnectionError", "Connection refused", "NameResolutionError", "getaddrinfo"))


class ClearSkyClient:
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
    ) -> None:
        self.base_url = validate_base_url(base_url)
        self.__key = api_key or ""
        self.timeout = timeout
        self.retry = retry
        self.session = requests.Session()
        adapter = requests.adapters.HTTPAdapter(max_retries=0, pool_connections=4, pool_maxsize=16)
        self.session.mount("https://", adapter)
        self.session.mount("http://", adapter)
        if proxies:
            self.session.proxies.update(proxies)
        if ca_bundle:
            self.session.verify = ca_bundle
        self.session.headers.update(
            {
                "User-Agent": user_agent or self.default_user_agent(),
                "Accept": "application/json, application/octet-stream",
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
        #: number of HTTP requests sent (retries included); read by tests and benchmarks
        self.requests_sent = 0

    # -- plumbing -----------------------------------------------------------------
    @staticmethod
    def default_user_agent() -> str:
        qgis = ""
        try:
            from qgis.core import Qgis

            qgis = f" QGIS/{Qgis.QGIS_VERSION.split('-')[0]}"
        except Exception:
            pass
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
    ) -> requests.Response:
        """Send with retries; returns a response whose status is not retryable.

        Free requests are re-sent after 429, 5xx, error 1003 and broken connections.
        ``paid`` requests (composite, tile, minitile) only when nothing can have been charged
        (§3.3 of the reference): after a 429, an error 1003 or a connection that never reached
        the server at once; after a 5xx or a connection that broke before the answer only if
        the balance (free ``apikey/info``) still equals ``balance_before``.  Otherwise
        :class:`ChargedError` says what was charged, and nothing is re-sent.
        """
        if not self.__key:
            raise AuthError("No ClearSKY API key is configured.")
        url = self.base_url + path
        headers = {"X-API-KEY": self.__key}
        if body is not None:
            headers["Content-Type"] = "application/json"
        started = time.monotonic()
        policy = retry or self.retry
        attempt = 0
        while True:
            attempt += 1
            wait: Optional[float] = None
            why = ""
            resp: Optional[requests.Response] = None
            try:
                self.requests_sent += 1
                resp = self.session.request(
                    method,
                    url,
                    data=body,
                    params=params,
                    headers=headers,
                    timeout=self.timeout,
                    stream=stream,
                    allow_redirects=False,
                )
                if not stream:
                    _check_length(resp)
            except requests.RequestException as exc:
                reached = not _never_reached_server(exc)
                if isinstance(exc, requests.ReadTimeout):
                    kind = f"no answer within {self.timeout[1]:.0f} s"
                elif reached:
                    kind = "the connection broke before the server answered"
                else:
                    kind = "could not connect"
                if paid and isinstance(exc, requests.ReadTimeout):
                    # the server may still be processing (and charge later): a balance read now proves nothing
                    error = TransferError(
                        f"ClearSKY: {kind} ({path.rsplit('/', 1)[-1]}). It was not re-sent, because the server may "
                        "still be processing it and charge for it.",
                        hint="Check the balance (the ClearSKY panel refreshes it) before trying again.",
                    )
                    error.charged = float("nan")
                    LEDGER.note_reported_charge(float("nan"))
                    raise error from None
                if paid and reached:
                    self._paid_failed(
                        kind, balance_before, is_canceled, paid_epoch
                    )  # raises unless nothing was charged
                why = kind
                last_error: ClearSkyError = TransferError(
                    f"Could not reach the ClearSKY API at {self.base_url}: {kind}."
                )
            else:
                status = resp.status_code
                code = None
                if status == 400:
                    code = ci_get(ci_get(_safe_json(resp) or {}, "Error") or {}, "Code")
                if status not in RETRY_STATUSES and code not in RETRY_CODES:
                    return resp
                wait = _retry_after(resp)
                why = f"HTTP {status}" + (f" (code {code})" if code else "")
                try:
                    last_error = self._error_from(resp)
                finally:
                    resp.close()
                if paid and status >= 500:
                    # §3.3: a 5xx can follow a charge (e.g. the UploadUrl PUT failed): re-send only
                    # when the balance shows that nothing was charged
                    self._paid_failed(last_error.message, balance_before, is_canceled, paid_epoch)
            elapsed = time.monotonic() - started
            delay = policy.delay(attempt, wait)
            if attempt >= policy.attempts or elapsed + delay > policy.total_time:
                plural = "s" if attempt > 1 else ""
                raise last_error.with_message(
                    f"{last_error.message} Gave up after {attempt} attempt{plural} in {elapsed:.0f} s."
                )
            log.info("ClearSKY %s %s: %s, retrying in %.1f s (attempt %d)", method, path, why, delay, attempt + 1)
            self._sleep(delay, is_canceled)

    @staticmethod
    def _sleep(seconds: float, is_canceled: Optional[CancelCheck]) -> None:
        end = time.monotonic() + seconds
        event = threading.Event()
        while True:
            if is_canceled and is_canceled():
                raise CancelledError("Cancelled while waiting to retry.")
            left = end - time.monotonic()
            if left <= 0:
                return
            event.wait(min(left, 0.1))

    def balance(self, is_canceled: Optional[CancelCheck] = None) -> Optional[float]:
        """The credits left, read now (free); None when the API does not say or cannot be reached."""
        try:
            try:  # the balance lives in apikey/info (§2.9): one call, not account/info first
                credits = AccountInfo.from_dict(self._call("GET", P_APIKEY, is_canceled=is_canceled) or {}).credits
            except NotFoundError:
                credits = self.account_info(refresh=True, is_canceled=is_canceled).credits
            if credits is not None:
                with self._lock:
                    if self._account is not None:
                        self._account = replace(self._account, credits=credits)
            return credits
        except CancelledError:
            raise
        except ClearSkyError as exc:
            log.warning("The balance could not be read: %s", exc)
            return None

    def charged_since(
        self, before: Optional[float], is_canceled: Optional[CancelCheck] = None, epoch: Optional[int] = None
    ) -> float:
        """Credits spent since ``before`` by the balance read now; NaN when it cannot be told
        (no balance, or another paid request overlapped: pass the request's ``epoch``)."""
        after = self.balance(is_canceled)
        if before is None or after is None or (epoch is not None and not self._alone_since(epoch)):
            return float("nan")
        return round(max(0.0, before - after), 4)

    def _paid_enter(self) -> int:
        """A paid request starts; returns its epoch, or -1 when another one is in flight (its
        balance comparison would then mix in the other's charge)."""
        with self._lock:
            self._paid_inflight += 1
            self._paid_epoch += 1
            return self._paid_epoch if self._paid_inflight == 1 else -1

    def _paid_exit(self) -> None:
        with self._lock:
            self._paid_inflight -= 1
            self._paid_epoch += 1

    def _alone_since(self, epoch: Optional[int]) -> bool:
        with self._lock:
            return epoch is not None and epoch >= 0 and self._paid_epoch == epoch

    def _paid_failed(
        self, what: str, before: Optional[float], is_canceled: Optional[CancelCheck], epoch: Optional[int] = None
    ) -> None:
        """A paid request failed in a way that may follow a charge: return (so the caller
        re-sends) only when the balance proves nothing was charged; raise otherwise.  With
        other paid requests overlapping (parallel cells) the balance proves nothing: raise."""
        if not self._alone_since(epoch):
            raise self.charged_error(what, float("nan"), None, unknown_why=OVERLAP)
        charged = self.charged_since(before, is_canceled, epoch)
        if charged == 0:
            log.info("ClearSKY: %s; the balance is unchanged, so nothing was charged and it is sent again", what)
            return
        raise self.charged_error(what, charged, before)

    def charged_error(
        self,
        what: str,
        charged: float,
        before: Optional[float],
        unknown_why: str = "",
    ) -> ChargedError:
        """The error that tells the user a failed paid request cost ``charged`` credits (NaN: maybe)."""
        what = what.rstrip(".")
        if math.isnan(charged):
            text = f"{what}. {unknown_why or UNCOMPARABLE}; it was not sent again."
        else:
            text = f"{what}. ClearSKY charged {charged:,.2f} credits for it"
            if before is not None:
                text += f" (balance {before:,.2f} → {before - charged:,.2f})"
            text += "; it was not sent again."
        error = ChargedError(self._clean(text))
        error.charged = charged
        LEDGER.note_reported_charge(charged)
        return error

    def _error_from(self, resp: requests.Response) -> ClearSkyError:
        """The typed error for a non-success response (envelope or not)."""
        status = resp.status_code
        data = _safe_json(resp)
        error = ci_get(data, "Error") if isinstance(data, Mapping) else None
        if isinstance(error, Mapping):
            code = ci_get(error, "Code")
            message = str(ci_get(error, "Message", default="") or "")
            details = redact_details(ci_get(data, "Data"), self.__key)
            if isinstance(details, Mapping):
                extra = "; ".join(
                    f"{k}: {' '.join(map(str, v)) if isinstance(v, list) else v}" for k, v in details.items()
                )
                if extra:
                    message = f"{message} ({extra})"
            try:
                code = int(code) if code is not None else None
            except (TypeError, ValueError):
                code = None
            cls = CODE_ERRORS.get(code) if code is not None else None
            if cls is None:
                cls = error_for_status(status) if status >= 400 else ClearSkyError
            return cls(
                self._clean(f"ClearSKY: {message or 'request failed'}"),
                code=code,
                status=status,
                details=details,
            )
        problem = _problem_details(data)
        if problem is not None:  # §1.1: ASP.NET validation errors, HTTP 400 without an envelope
            title, fields = problem
            extra = "; ".join(f"{k}: {' '.join(map(str, v)) if isinstance(v, list) else v}" for k, v in fields.items())
            cls = error_for_status(status) if status >= 400 else ClearSkyError
            text = f"ClearSKY: {title or 'the request was refused'}" + (f" ({extra})" if extra else "")
            return cls(self._clean(text), status=status, details=redact_details(fields, self.__key))
        if status in (401, 403):
            return AuthError(
                f"ClearSKY refused the API key (HTTP {status}): it is missing, wrong, revoked or lacks access.",
                status=status,
            )
        if status == 404:
            return NotFoundError(f"The ClearSKY API has no {urlsplit(resp.url).path} (HTTP 404).", status=status)
        cls = error_for_status(status)
        kind = "an HTML page" if "html" in resp.headers.get("Content-Type", "").lower() else "no usable answer"
        what = {429: "is rate limiting requests"}.get(status, f"returned {kind}")
        if status >= 500:
            what = f"had an internal problem and returned {kind}"
        return cls(f"The ClearSKY API {what} (HTTP {status}).", status=status)

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
        data = _safe_json(resp)
        if not isinstance(data, Mapping) or ci_get(data, "Succeeded") is None:
            snippet = self._clean(resp.text[:80]) if resp.text else ""
            raise ServerError(
                f"The ClearSKY API answered with something that is not a valid response (HTTP {resp.status_code}"
                + (f", begins '{snippet}'" if snippet else "")
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
    def composite_available(
        self, request: CompositeRequest, *, is_canceled: Optional[CancelCheck] = None
    ) -> Availability:
        """Is imagery ready for this exact payload?  Free of charge."""
        return Availability.from_dict(self._call("POST", P_AVAILABLE, request.body(), is_canceled=is_canceled) or {})

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

    def _download(
        self,
        path: str,
        request: Union[CompositeRequest, TileRequest],
        default_name: str,
        folder: Union[str, Path, None],
        *,
        approval: Optional[Approval],
        filename: Optional[str],
        overwrite: bool,
        expected_size: Optional[int],
        progress: Optional[ProgressCallback],
        is_canceled: Optional[CancelCheck],
        retry: Optional[RetryPolicy] = None,
    ) -> DownloadResult:
        """The one place a paid request is sent (money rules in ``../shared/design.md``):
        the approval is spent, the ``.part`` file exists and the balance is read before the
        request leaves; after a failure the charge is measured and reported."""
        upload_url = request.upload_url
        if approval is None:
            raise ApprovalError("A paid download was attempted without an approval; nothing was sent.")
        out_dir: Optional[Path] = None
        if folder is not None:
            out_dir = Path(folder)
            try:
                out_dir.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise DiskError(f"Cannot create {out_dir}: {exc.strerror or exc}; nothing was downloaded.") from None
        elif not upload_url:
            raise ConfigurationError("Choose an output folder for the download.")
        if out_dir is not None and not upload_url:
            check_free_space(out_dir, expected_size)
        part = open_part(out_dir, filename or default_name) if out_dir is not None else None
        try:
            if is_canceled and is_canceled():
                raise CancelledError("The download was cancelled before it started; nothing was spent.")
            approval.spend(request.fingerprint)
            epoch = self._paid_enter()
            try:
                before = self.balance(is_canceled)
                resp = self._send(
                    "POST",
                    path,
                    request.body(),
                    stream=True,
                    paid=True,
                    is_canceled=is_canceled,
                    retry=retry,
                    balance_before=before,
                    paid_epoch=epoch,
                )
                with resp:
                    return self._receive(
                        resp,
                        request,
                        default_name,
                        out_dir,
                        part,
                        (before, epoch),
                        filename,
                        overwrite,
                        progress,
                        is_canceled,
                    )
            finally:
                self._paid_exit()
        finally:
            if part is not None:
                part[0].close()
                part[1].unlink(missing_ok=True)

    def _receive(
        self,
        resp: requests.Response,
        request: Union[CompositeRequest, TileRequest],
        default_name: str,
        out_dir: Optional[Path],
        part: Optional[tuple[Any, Path]],
        balance: tuple[Optional[float], int],
        filename: Optional[str],
        overwrite: bool,
        progress: Optional[ProgressCallback],
        is_canceled: Optional[CancelCheck],
    ) -> DownloadResult:
        """Turn the answer to a paid request into a saved file, an upload, or an error that
        says what was charged (``balance``: the balance before and the request's epoch)."""
        before, epoch = balance
        upload_url = request.upload_url
        headers = dict(resp.headers)
        if upload_url and resp.status_code == 201:  # §1.2: uploaded; the only success with an UploadUrl
            LEDGER.note_upload(upload_url)
            log.info("ClearSKY delivered to the upload URL (HTTP 201)")
            return DownloadResult(path=None, size=0, upload_url=upload_url, status=201, headers=headers_subset(headers))
        is_json = "json" in resp.headers.get("Content-Type", "").lower()
        if resp.status_code >= 300 or is_json or (upload_url and resp.status_code != 200):
            if resp.status_code >= 300:
                error = self._error_from(resp)
            else:
                try:
                    self._unwrap(resp)
                    error = ServerError("The ClearSKY API answered with JSON where a GeoTIFF was expected.")
                except ClearSkyError as exc:
                    error = exc
            if resp.status_code >= 400:
                raise error  # a refusal (4xx; a 5xx was dealt with by _send): the request was not processed
            charged = self.charged_since(before, is_canceled, epoch)
            if charged != 0:
                raise self.charged_error(error.message, charged, before)
            raise error
        if upload_url:
            if out_dir is None or part is None:
                raise self.charged_error(
                    f"ClearSKY returned the file (HTTP {resp.status_code}) instead of uploading it to the URL, and "
                    "no output folder was given to keep it",
                    self.charged_since(before, is_canceled, epoch),
                    before,
                )
            log.warning("ClearSKY returned the file (HTTP %d) instead of uploading it; saving it", resp.status_code)
        assert out_dir is not None and part is not None
        name = sanitize_filename(
            filename or filename_from_disposition(headers.get("Content-Disposition")),
            default=sanitize_filename(default_name),
        )
        target = out_dir / name if overwrite else unique_path(out_dir, name)
        length = resp.headers.get("Content-Length")
        announced = int(length) if length and length.isdigit() else None
        try:
            check_free_space(out_dir, announced, margin=1.0)
            size, sha, target = stream_to_file(
                resp.iter_content(CHUNK_SIZE),
                target,
                expected_size=announced,
                progress=progress,
                is_canceled=is_canceled,
                overwrite=overwrite,
                part=part,
            )
        except requests.RequestException as exc:
            kind = (
                "stalled"
                if isinstance(exc, (requests.ReadTimeout, requests.exceptions.ConnectionError))
                and "timed out" in repr(exc)
                else "broke off"
            )
            raise self._after_paid_stream(
                TransferError(f"The download {kind} before the file was complete, so no file was saved"), before, epoch
            ) from None
        except (ClearSkyError, OSError) as exc:
            error = exc if isinstance(exc, ClearSkyError) else DiskError(f"Could not save the download: {exc}")
            raise self._after_paid_stream(error, before, epoch) from None
        LEDGER.note_delivery(sha)
        log.info("ClearSKY saved %s (%s)", target.name, format_bytes(size))
        return DownloadResult(
            path=target,
            size=size,
            sha256=sha,
            filename=target.name,
            status=resp.status_code,
            headers=headers_subset(headers),
            upload_url=upload_url,
            returned_instead_of_upload=bool(upload_url),
        )

    def _after_paid_stream(self, error: ClearSkyError, before: Optional[float], epoch: int) -> ClearSkyError:
        """A paid body that could not be kept: say what it cost (the balance tells)."""
        charged = self.charged_since(before, epoch=epoch)
        typed = self.charged_error(error.message, charged, before, OVERLAP if epoch < 0 else "")
        if isinstance(error, CancelledError):
            out: ClearSkyError = CancelledError(typed.message)
            out.charged = typed.charged
            return out
        typed.hint = error.hint or typed.hint
        return typed

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

    def tasking_models(self, *, refresh: bool = False) -> list[ModelInfo]:
        """Models and their constellations; cached for the session."""
        with self._lock:
            if self._models is None or refresh:
                data = self._call("GET", P_MODELS) or {}
                self._models = [ModelInfo.from_dict(m) for m in ci_get(data, "TaskingModels", default=[]) or []]
            return list(self._models)

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

            raise InvalidRequestError("Tile search needs exactly one of: WKT, GeoJSON, tile GUIDs, minitile GUIDs.")
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

    def orders(
        self, *, get_expired: bool = False, recurring_only: bool = False, max_age: Optional[float] = None
    ) -> list[Any]:
        """The account's task orders (``orders.Order``); cached, ``max_age`` seconds asks again."""
        from .orders import parse_orders

        with self._lock:
            cached = self._orders.get((get_expired, recurring_only))
        if cached is not None and (max_age is None or time.monotonic() - cached[0] <= max_age):
            return list(cached[1])
        params = {"getExpired": str(get_expired).lower(), "recurringOnly": str(recurring_only).lower()}
        data = self._call("GET", P_ORDERS, params=params) or {}
        orders = self._tile_order_footprints(parse_orders(ci_get(data, "TaskOrders", default=[]) or []))
        with self._lock:
            self._orders[(get_expired, recurring_only)] = (time.monotonic(), orders)
        return list(orders)

    def _tile_order_footprints(self, orders: list[Any]) -> list[Any]:
        """§2.8: a tile order has ``Wkt: null``; its footprint is its cells, whose geometries a
        tile search by GUID gives (§2.7 flow 2, free).  Unknown cells stay unknown, not "nowhere"."""
        from .orders import with_footprints

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

        raise InvalidRequestError("Give exactly one area of interest: WKT or GeoJSON.")
    return {"Wkt": wkt} if wkt is not None else {"GeoJson": dict(geojson or {})}


def _check_length(resp: requests.Response) -> None:
    """urllib3 1.x accepts a body shorter than its Content-Length: treat it as the broken
    connection it is (urllib3 2 raises the same itself)."""
    announced = resp.headers.get("Content-Length", "")
    if resp.headers.get("Content-Encoding"):
        return  # the length counts compressed bytes
    if announced.isdigit() and len(resp.content) < int(announced):
        resp.close()
        raise requests.exceptions.ChunkedEncodingError(
            f"response body ended after {len(resp.content)} of {announced} bytes"
        )


def _problem_details(data: Any) -> Optional[tuple[str, dict]]:
    """``(title, field errors)`` of an RFC 9110 ProblemDetails body, else None."""
    if not isinstance(data, Mapping) or ci_get(data, "Succeeded") is not None:
        return None
    title, fields = ci_get(data, "title"), ci_get(data, "errors")
    if title is None and not isinstance(fields, Mapping):
        return None
    return str(title or ""), dict(fields) if isinstance(fields, Mapping) else {}


def _safe_json(resp: requests.Response) -> Any:
    try:
        return resp.json()
    except ValueError:
        return None
