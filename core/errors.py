"""Typed errors of the ClearSKY plugin.

Every error carries a message a user can act on.  None of them ever contains the
API key: messages are built from server text and our own wording only, and
:func:`redact` is applied to anything that could echo a request back.
"""

from __future__ import annotations

import re
from typing import Any, Optional

from .i18n import noop_tr, tr


class ClearSkyError(Exception):
    """Base class: ``str(err)`` is the user-facing message."""

    #: what the user should do next, shown after the message
    hint: str = ""

    def __init__(
        self,
        message: str,
        *,
        code: Optional[int] = None,
        status: Optional[int] = None,
        details: Any = None,
        hint: Optional[str] = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.code = code
        self.status = status
        self.details = details
        if hint is not None:
            self.hint = hint
        #: credits a failed paid request was charged: None = nothing (or not a paid request),
        #: a number = measured from the balance, ``float("nan")`` = may have been, unknown how much
        self.charged: Optional[float] = None

    def with_message(self, message: str) -> ClearSkyError:
        """A copy of this error with another message."""
        copy = type(self)(message, code=self.code, status=self.status, details=self.details, hint=self.hint)
        copy.charged = self.charged
        return copy

    @property
    def spent_something(self) -> bool:
        """True when this failure may have cost credits (the UI then refreshes the balance and says so)."""
        return self.charged is not None and self.charged != 0  # NaN (unknown) counts

    def user_message(self) -> str:
        """Message plus the hint on what to do."""
        return f"{self.message} {tr(self.hint)}".strip() if self.hint else self.message

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.message!r}, code={self.code}, status={self.status})"  # no-i18n


class ConfigurationError(ClearSkyError):
    hint = noop_tr("Open ClearSKY settings and check the API URL and key.")


class AuthError(ClearSkyError):
    hint = noop_tr("Check the API key in ClearSKY settings (Test connection shows whether it works).")


class InvalidRequestError(ClearSkyError):
    hint = noop_tr("Change the request (area, date, model or bands) and try again.")


class InsufficientCreditsError(ClearSkyError):
    hint = noop_tr("Top up the account's credits or make the area smaller or the resolution coarser.")


class NotAvailableError(ClearSkyError):
    hint = noop_tr("Pick another date (the calendar shows available dates) or another area.")


class AreaTooLargeError(InvalidRequestError):
    hint = noop_tr("Split the area or use the tile download for large areas.")


class TooManyBandsError(InvalidRequestError):
    hint = noop_tr("Choose fewer bands.")


class NotOrderedError(ClearSkyError):
    hint = noop_tr(
        "The area and date must be covered by an active order: see which ones are in the Orders section of "
        "the ClearSKY panel (or Browser → ClearSKY → Orders), where 'New order for this area…' orders it."
    )


class NotFoundError(ClearSkyError):
    hint = noop_tr("Check the API URL in ClearSKY settings.")


class RateLimitError(ClearSkyError):
    hint = noop_tr("The service is busy or the account's parallel request limit is reached; try again in a minute.")


class ServerError(ClearSkyError):
    hint = noop_tr("The ClearSKY service had a problem; try again later.")


class TransferError(ClearSkyError):
    hint = noop_tr("Check the network connection and try again.")


class DiskError(ClearSkyError):
    hint = noop_tr("Free some disk space or choose another output folder.")


class CancelledError(ClearSkyError):
    hint = ""


class InvalidGeometryError(ClearSkyError):
    hint = noop_tr("Use a polygon area of interest in a layer with a known CRS.")


class ChargedError(ClearSkyError):
    """A paid request failed after the server had charged for it (§3.3): it is not re-sent."""

    hint = noop_tr(
        "Nothing was re-sent, so nothing more was spent. Check the delivery (upload target, output folder) and the "
        "balance in the ClearSKY web app before trying again; contact ClearSKY support if the imagery is missing."
    )


class OrderUnknownError(ChargedError):
    """An order request failed in a way that leaves open whether the order was created (§2.8):
    it is not re-sent, and the user is told where to look."""


class ApprovalError(ClearSkyError):
    """A paid request without a valid approval: none given, already used, expired, or for another payload."""

    hint = noop_tr("Check availability and cost again, and approve the new estimate.")


class PayloadChangedError(ClearSkyError):
    hint = noop_tr("Check availability and cost again before downloading.")


#: ``Error.Code`` from the API (§1.4 of the reference) -> error class
CODE_ERRORS: dict[int, type[ClearSkyError]] = {
    992: InvalidRequestError,
    993: InvalidRequestError,
    994: InsufficientCreditsError,
    1002: NotAvailableError,
    1003: RateLimitError,
    1004: AreaTooLargeError,
    1005: TooManyBandsError,
    1006: NotOrderedError,
}


def error_for_status(status: int) -> type[ClearSkyError]:
    """Error class for an HTTP status that came without a usable envelope."""
    if status in (401, 403):
        return AuthError
    if status == 404:
        return NotFoundError
    if status == 429:
        return RateLimitError
    if status >= 500:
        return ServerError
    return InvalidRequestError


_URL_QUERY = re.compile(r"(https?://[^\s?#'\"]+)\?[^\s'\"]*")


def redact(text: str, secret: Optional[str]) -> str:
    """Replace every occurrence of ``secret`` in ``text``, and drop the query string of any
    URL in it (a pre-signed ``UploadUrl`` carries its signature there)."""
    if not text:
        return text
    if secret:
        text = text.replace(secret, "***")
    return _URL_QUERY.sub(r"\1?…", text)


def redact_details(details: Any, secret: Optional[str], depth: int = 0) -> Any:
    """Validation details (field → messages) redacted like a message; nesting deeper than a
    validation answer ever has (a hostile ``{"a":{"a":…}}``) is cut off, not followed."""
    if depth > MAX_DETAIL_DEPTH and isinstance(details, (dict, list, tuple)):
        return "…"
    if isinstance(details, dict):
        return {str(k): redact_details(v, secret, depth + 1) for k, v in details.items()}
    if isinstance(details, (list, tuple)):
        return [redact_details(v, secret, depth + 1) for v in details]
    if isinstance(details, str):
        return redact(details, secret)
    return details


#: validation details are ``{field: [messages]}``: two levels; a little room beyond that
MAX_DETAIL_DEPTH = 8
