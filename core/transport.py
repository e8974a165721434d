"""HTTP plumbing of the ClearSKY client that holds no state: the retry policy, the base URL
rule (HTTPS except loopback), ``Retry-After``, and reading answers that are not what they
should be (short bodies, ProblemDetails, bodies that are not JSON).  Reference §1."""

from __future__ import annotations

import functools
import ipaddress
import random
import threading
import time
from dataclasses import dataclass, field
from typing import Any, Callable, Mapping, Optional
from urllib.parse import urlsplit

import requests

from .errors import (
    CODE_ERRORS,
    AuthError,
    ClearSkyError,
    ConfigurationError,
    NotFoundError,
    ServerError,
    error_for_status,
    redact_details,
)
from .i18n import tr
from .models import ci_get

DEFAULT_BASE_URL = "https://api.clearsky.vision"
#: §1.3: answers a free call is sent again after (a paid one: see ``paid.py``)
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
RETRY_CODES = frozenset({1003})
#: §3.3: the answers after which a *paid* request may be re-sent, once a settle wait and two equal
#: balance reads prove that it was not processed (after 500, 504 and anything else: never)
SETTLE_STATUSES = frozenset({502, 503})

P_AVAILABLE = "/api/satelliteimages/process/composite/available"
P_ESTIMATE = "/api/satelliteimages/process/composite/estimate"
P_COMPOSITE = "/api/satelliteimages/process/composite"
P_TILE = "/api/satelliteimages/process/tile"
P_MINITILE = "/api/satelliteimages/process/minitile"
P_DATES = "/api/satelliteimages/search/available"
P_MODELS = "/api/tasking/models"
P_TILES = "/api/tasking/search/tiles"
P_OPTIMIZE = "/api/tasking/tile/optimize"
P_ORDERS = "/api/tasking/orders"
P_ACCOUNT = "/api/account/info"
P_APIKEY = "/api/apikey/info"


def _settle_seconds(default: float) -> float:
    """``CLEARSKY_SETTLE_SECONDS`` (headless runs and the test suite), else ``default``."""
    import os

    try:
        value = float(os.environ.get("CLEARSKY_SETTLE_SECONDS", default))
    except ValueError:
        return default
    return value if value >= 0 else default


@dataclass(frozen=True)
class RetryPolicy:
    """Exponential backoff with full jitter, bounded in attempts and total time."""

    attempts: int = 5
    base_delay: float = 1.0
    max_delay: float = 30.0
    total_time: float = 120.0
    #: §3.3: after a 502/503 to a paid request, wait at least this long for a late charge to land
    #: before the balance is read (tests shorten it; ``CLEARSKY_SETTLE_SECONDS`` for headless use)
    settle_s: float = field(default_factory=lambda: _settle_seconds(10.0))
    #: ... and read it a second time this much later; both reads must equal the balance before
    settle_gap_s: float = field(default_factory=lambda: min(3.0, _settle_seconds(10.0) / 3))

    def delay(self, attempt: int, retry_after: Optional[float]) -> float:
        """Seconds to wait before retry number ``attempt`` (1-based)."""
        if retry_after is not None:
            return min(max(retry_after, 0.0), self.max_delay)
        ceiling = min(self.max_delay, self.base_delay * 2 ** (attempt - 1))
        return ceiling / 2 + random.uniform(0, ceiling / 2)  # nosec B311 - retry jitter, not a secret


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
    try:
        parts = urlsplit(text)
        host = parts.hostname
    except ValueError:  # e.g. "http://[::1]@evil.com": not a URL urllib can read
        host = None
    if host is None or parts.scheme not in ("https", "http"):
        raise ConfigurationError(
            tr("'{text}' is not a valid API URL; it should look like {DEFAULT_BASE_URL}.").format(
                text=text, DEFAULT_BASE_URL=DEFAULT_BASE_URL
            )
        )
    if parts.scheme == "http" and not is_loopback(host):
        raise ConfigurationError(
            tr(
                "Refusing the unencrypted API URL '{text}': the API key would travel in clear text. Use https://."
            ).format(text=text)
        )
    if parts.username or parts.password:
        raise ConfigurationError(tr("The API URL must not contain a user name or password."))
    return text


def retry_after(resp: requests.Response) -> Optional[float]:
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


def never_reached_server(exc: BaseException) -> bool:
    """True for failures before the request could be sent (refused, DNS, connect timeout)."""
    if isinstance(exc, requests.ConnectTimeout):
        return True
    text = repr(exc)
    return any(
        s in text
        for s in ("NewConnectionError", "Connection refused", "NameResolutionError", "getaddrinfo")  # no-i18n
    )


def check_length(resp: requests.Response) -> None:
    """urllib3 1.x accepts a body shorter than its Content-Length: treat it as the broken
    connection it is (urllib3 2 raises the same itself)."""
    announced = resp.headers.get("Content-Length", "")
    if resp.headers.get("Content-Encoding"):
        return  # the length counts compressed bytes
    if announced.isdigit() and len(resp.content) < int(announced):
        resp.close()
        raise requests.exceptions.ChunkedEncodingError(
            tr("response body ended after {n} of {announced} bytes").format(n=len(resp.content), announced=announced)
        )


def problem_details(data: Any) -> Optional[tuple[str, dict]]:
    """``(title, field errors)`` of an RFC 9110 ProblemDetails body, else None."""
    if not isinstance(data, Mapping) or ci_get(data, "Succeeded") is not None:
        return None
    title, fields = ci_get(data, "title"), ci_get(data, "errors")
    if title is None and not isinstance(fields, Mapping):
        return None
    return str(title or ""), dict(fields) if isinstance(fields, Mapping) else {}


def safe_json(resp: requests.Response) -> Any:
    """The JSON body, or None when it is not JSON (also when it nests deeper than Python can
    follow: a hostile ``[[[[…]]]]`` is "not a valid answer", not a crash)."""
    try:
        return resp.json()
    except (ValueError, RecursionError):
        return None


#: a JSON answer larger than this is not read (the API's largest, a tile search, is far smaller)
MAX_JSON_BYTES = 32 * 1024 * 1024


def read_capped(
    resp: requests.Response, limit: int = MAX_JSON_BYTES, *, first: bytes = b"", chunks: Any = None
) -> None:
    """Read a JSON answer into ``resp.content``, at most ``limit`` bytes; a larger one is a
    :class:`ServerError` and is not read further (it would only fill the memory).  ``first`` and
    ``chunks``: the body was begun with ``resp.iter_content`` already."""
    too_big = ServerError(
        tr("The ClearSKY API sent an answer larger than {value1} MiB; it was not read.").format(value1=limit // 2**20),
        status=resp.status_code,
    )
    announced = resp.headers.get("Content-Length", "")
    if announced.isdigit() and int(announced) > limit:
        resp.close()
        raise too_big
    parts, size = [first], len(first)
    for chunk in chunks if chunks is not None else resp.iter_content(64 * 1024):
        size += len(chunk)
        if size > limit:
            resp.close()
            raise too_big
        parts.append(chunk)
    resp._content = b"".join(parts)  # what requests itself does when it reads the body
    resp._content_consumed = True


def read_error_capped(
    resp: requests.Response, limit: int = MAX_JSON_BYTES, *, first: bytes = b"", chunks: Any = None
) -> None:
    """The error body of a streamed (paid) request, read like a free answer (at most ``limit``
    bytes); one that is too large or breaks off is taken as empty: the status still tells."""
    try:
        read_capped(resp, limit, first=first, chunks=chunks)
    except (ServerError, requests.RequestException):
        resp._content = b""
        resp._content_consumed = True


def parsed(what: str) -> Callable:
    """Decorate an endpoint method: an answer whose shape cannot be read (a list where an
    object belongs, a string for a number…) becomes a :class:`ServerError` naming the endpoint."""

    def wrap(method: Callable) -> Callable:
        @functools.wraps(method)
        def inner(*args: Any, **kwargs: Any) -> Any:
            try:
                return method(*args, **kwargs)
            except ClearSkyError:
                raise
            except (TypeError, AttributeError, ValueError, KeyError, IndexError, RecursionError) as exc:
                raise ServerError(
                    tr(
                        "The ClearSKY API answered the {what} request in a shape the plugin cannot read ({exc})."
                    ).format(what=tr(what), exc=exc)
                ) from None

        return inner

    return wrap


def error_from_response(resp: requests.Response, clean: Callable[[str], str], key: str) -> ClearSkyError:
    """The typed error for a non-success response (envelope or not); ``clean`` takes the key out
    of any text, ``key`` is also redacted from the details (reference §1.1, §1.4)."""
    status = resp.status_code
    data = safe_json(resp)
    error = ci_get(data, "Error") if isinstance(data, Mapping) else None
    if isinstance(error, Mapping):
        code = ci_get(error, "Code")
        message = str(ci_get(error, "Message", default="") or "")
        details = redact_details(ci_get(data, "Data"), key)
        if isinstance(details, Mapping):
            extra = "; ".join(f"{k}: {' '.join(map(str, v)) if isinstance(v, list) else v}" for k, v in details.items())
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
            clean(tr("ClearSKY: {value1}").format(value1=message or "request failed")),
            code=code,
            status=status,
            details=details,
        )
    problem = problem_details(data)
    if problem is not None:  # §1.1: ASP.NET validation errors, HTTP 400 without an envelope
        title, fields = problem
        extra = "; ".join(f"{k}: {' '.join(map(str, v)) if isinstance(v, list) else v}" for k, v in fields.items())
        cls = error_for_status(status) if status >= 400 else ClearSkyError
        text = tr("ClearSKY: {value1}").format(value1=title or "the request was refused") + (
            f" ({extra})" if extra else ""
        )
        return cls(clean(text), status=status, details=redact_details(fields, key))
    if status in (401, 403):
        return AuthError(
            tr("ClearSKY refused the API key (HTTP {status}): it is missing, wrong, revoked or lacks access.").format(
                status=status
            ),
            status=status,
        )
    if status == 404:
        return NotFoundError(
            tr("The ClearSKY API has no {path} (HTTP 404).").format(path=urlsplit(resp.url).path), status=status
        )
    cls = error_for_status(status)
    kind = tr("an HTML page") if "html" in resp.headers.get("Content-Type", "").lower() else tr("no usable answer")
    what = {429: tr("is rate limiting requests")}.get(status, f"returned {kind}")
    if status >= 500:
        what = tr("had an internal problem and returned {kind}").format(kind=kind)
    return cls(tr("The ClearSKY API {what} (HTTP {status}).").format(what=what, status=status), status=status)


# -- cancel while the server is still processing ------------------------------------------------
#: the connection each thread is waiting on for an answer (only while it waits)
_WAITING: dict[int, Any] = {}
_WAITING_LOCK = threading.Lock()


def _tracked_pool(base: type) -> type:
    class Pool(base):  # type: ignore[misc, valid-type]
        """Remembers which connection a thread is waiting on, so a cancel can close it."""

        def _make_request(self, conn: Any, *args: Any, **kwargs: Any) -> Any:
            ident = threading.get_ident()
            with _WAITING_LOCK:
                _WAITING[ident] = conn
            try:
                return super()._make_request(conn, *args, **kwargs)
            finally:
                with _WAITING_LOCK:
                    _WAITING.pop(ident, None)

    Pool.__name__ = f"Tracked{base.__name__}"
    return Pool


class CancellableAdapter(requests.adapters.HTTPAdapter):
    """An ``HTTPAdapter`` whose waiting requests can be broken off from another thread
    (:func:`break_off`): a cancel then answers at once, even while the server is processing."""

    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool

        super().init_poolmanager(*args, **kwargs)
        self.poolmanager.pool_classes_by_scheme = {
            "http": _tracked_pool(HTTPConnectionPool),
            "https": _tracked_pool(HTTPSConnectionPool),
        }


def break_off(thread_ident: Optional[int]) -> bool:
    """Shut the socket the thread ``thread_ident`` is waiting on; its request fails at once."""
    import socket

    with _WAITING_LOCK:
        conn = _WAITING.get(thread_ident) if thread_ident is not None else None
    sock = getattr(conn, "sock", None)
    if sock is None:
        return False
    try:
        sock.shutdown(socket.SHUT_RDWR)
    except OSError:
        return False
    return True
