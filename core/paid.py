"""Paid downloads (composite, tile, minitile): the one place they are sent, and the money rules
they follow (``../shared/design.md``; reference §1.2, §1.3, §3.3).  Orders are placed in
``order_calls.py``.

A paid request needs an :class:`~.approval.Approval` that covers its payload and has not paid
yet, and no other request of the same payload may be running (``approval.IN_FLIGHT``); the
``.part`` file exists before anything is sent; the balance is read before the request so that a
failure can say what it cost; a request is re-sent only when the server provably did not
process it; a 2xx is judged by its bytes.  ``ClearSkyClient`` gets these methods from
:class:`PaidRequests`."""

from __future__ import annotations

import itertools
import math
import sys
import threading
import time
from dataclasses import replace
from pathlib import Path
from typing import Any, Optional, Union

import requests

from . import logger
from .answers import AccountInfo, DownloadResult, headers_subset
from .approval import IN_FLIGHT, LEDGER, Approval
from .download import (
    CHUNK_SIZE,
    TIFF_MAGIC,
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
    ApprovalError,
    CancelledError,
    ChargedError,
    ClearSkyError,
    ConfigurationError,
    DiskError,
    NotFoundError,
    ServerError,
    TransferError,
)
from .i18n import noop_tr, number, tr
from .models import CompositeRequest, TileRequest
from .money import charged_between, format_balance
from .transport import P_APIKEY, RetryPolicy, break_off, read_error_capped

log = logger.getChild("api")
UNCOMPARABLE = noop_tr(
    "ClearSKY can charge for a request after answering it with an error, so it may have been charged"
)
PAID_DOUBT_HINT = noop_tr(
    "Check the balance again (↻ next to it in the ClearSKY panel) before you try again; trying again asks for a "
    "new estimate and confirmation."
)
OVERLAP = noop_tr(
    "Other downloads were running at the same time, so the balance cannot tell whether this one was charged"
)


class PaidRequests:
    """The paid half of :class:`~.api.ClearSkyClient` (it provides ``_send``, ``_clean``,
    ``_error_from``, ``_lock``, ``account_info`` and ``timeout``)."""

    _lock: threading.Lock
    _slot_free: threading.Event

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
        """Credits spent since ``before`` by the balance read now; NaN when it cannot be told (no
        usable balance, a balance that rose, or another paid request overlapped: pass ``epoch``)."""
        after = self.balance(is_canceled)
        if epoch is not None and not self._alone_since(epoch):
            return float("nan")
        return charged_between(before, after)

    def _paid_enter(self, is_canceled: Optional[CancelCheck] = None) -> int:
        """A paid request starts once fewer than the account's ``MaxConcurrentConnections`` run
        (§3.4; a date series and a grid batch share them); returns its epoch, or -1 when another
        one is in flight (its balance comparison would then mix in the other's charge)."""
        while True:
            with self._lock:
                limit = max(1, self._account.max_concurrent if self._account is not None else 1)
                if self._paid_inflight < limit:
                    self._paid_inflight += 1
                    self._paid_epoch += 1
                    return self._paid_epoch if self._paid_inflight == 1 else -1
            if is_canceled and is_canceled():
                raise CancelledError(tr("The download was cancelled before it started; nothing was spent."))
            self._slot_free.wait(0.1)
            self._slot_free.clear()

    def _paid_exit(self) -> None:
        with self._lock:
            self._paid_inflight -= 1
            self._paid_epoch += 1
        self._slot_free.set()

    def _alone_since(self, epoch: Optional[int]) -> bool:
        with self._lock:
            return epoch is not None and epoch >= 0 and self._paid_epoch == epoch

    def _paid_doubt(
        self, what: str, before: Optional[float], is_canceled: Optional[CancelCheck], epoch: Optional[int]
    ) -> ChargedError:
        """A paid request may have been processed (a 504, a reset or time-out once sent, …): it is
        never re-sent (reference §3.3).  The error says what the balance shows now."""
        if not self._alone_since(epoch):
            return self.charged_error(what, float("nan"), before, unknown_why=OVERLAP)
        try:
            after = self.balance(is_canceled)
        except CancelledError:
            after = None
        return self.charged_error(what, charged_between(before, after), before, after=after)

    def _settled_unchanged(
        self,
        what: str,
        before: Optional[float],
        wait: Optional[float],
        is_canceled: Optional[CancelCheck],
        epoch: Optional[int],
        policy: RetryPolicy,
    ) -> None:
        """After a 502/503 (reference §3.3): wait for a late charge to land (``Retry-After``, at
        least ``policy.settle_s``), then read the balance twice, ``policy.settle_gap_s`` apart.
        Returns only when both reads are usable numbers equal to ``before``: then the server did
        not process the request and it may be sent again.  Raises :class:`ChargedError` otherwise."""
        if before is None or not self._alone_since(epoch):
            raise self._paid_doubt(what, before, is_canceled, epoch)
        try:
            # Retry-After counts, capped like any retry delay (a "Retry-After: 3600" is not waited for)
            self._sleep(max(min(wait or 0.0, policy.max_delay), policy.settle_s), is_canceled)
            first = self.balance(is_canceled)
            self._sleep(policy.settle_gap_s, is_canceled)
            second = self.balance(is_canceled)
        except CancelledError:
            raise self._cancelled_in_doubt(what, before) from None
        if first == second == before and self._alone_since(epoch):
            log.info(
                "ClearSKY: %s; the balance stayed %.2f after the settle wait, so nothing was charged", what, before
            )
            return
        raise self.charged_error(what, charged_between(before, second), before, after=second)

    def _cancelled_in_doubt(self, what: str, before: Optional[float]) -> CancelledError:
        """The user cancelled while a failed paid request was being settled: it may have cost."""
        error = CancelledError(
            self._clean(
                tr(
                    "{what}. Cancelled before it could be told whether it was charged (balance before: {value2})."
                ).format(what=what.rstrip("."), value2=format_balance(before))
            ),
            hint=PAID_DOUBT_HINT,
        )
        error.charged = float("nan")
        LEDGER.note_reported_charge(float("nan"))
        return error

    def charged_error(
        self,
        what: str,
        charged: float,
        before: Optional[float],
        unknown_why: str = "",
        after: Optional[float] = None,
    ) -> ChargedError:
        """The error that tells the user a failed paid request cost ``charged`` credits (NaN: it
        may have, unknown how much), with the balance before and now; it was never re-sent."""
        what = what.rstrip(".")
        if not charged:  # an unchanged balance right after a doubt proves nothing (§3.3)
            charged = float("nan")
        if math.isnan(charged):
            if after is None and before is not None:
                after = self.cached_balance()
            text = tr("{what}. {value2} (balance before: {before}, now: {after}); it was not sent again.").format(
                what=what,
                value2=tr(unknown_why or UNCOMPARABLE),
                before=format_balance(before),
                after=format_balance(after),
            )
        else:
            text = tr("{what}. ClearSKY charged {charged:,.2f} credits for it").format(what=what, charged=charged)
            if before is not None:
                text += f" ({tr('balance')} {number(before)} → {number(before - charged)})"
            text += tr("; it was not sent again.")
        error = ChargedError(self._clean(text), hint=PAID_DOUBT_HINT)
        error.charged = charged
        LEDGER.note_reported_charge(charged)
        return error

    def cached_balance(self) -> Optional[float]:
        with self._lock:
            return self._account.credits if self._account is not None else None

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
        if getattr(self, "free_only", False):  # ``make live-check``: nothing paid leaves, not even a balance read
            raise ApprovalError(
                tr(
                    "This client is for free endpoints only (the live check): the paid request was refused and "
                    "nothing was sent."
                )
            )
        if approval is None:
            raise ApprovalError(tr("A paid download was attempted without an approval; nothing was sent."))
        out_dir: Optional[Path] = None
        if folder is not None:
            out_dir = Path(folder)
            try:
                out_dir.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise DiskError(
                    tr("Cannot create {out_dir}: {value2}; nothing was downloaded.").format(
                        out_dir=out_dir, value2=exc.strerror or exc
                    )
                ) from None
        elif not upload_url:
            raise ConfigurationError(tr("Choose an output folder for the download."))
        if out_dir is not None and not upload_url:
            check_free_space(out_dir, expected_size)
        part = open_part(out_dir, filename or default_name) if out_dir is not None else None
        try:
            if is_canceled and is_canceled():
                raise CancelledError(tr("The download was cancelled before it started; nothing was spent."))
            claimed = IN_FLIGHT.claim([request.fingerprint], approval)  # the same payload is never paid twice at once
            try:
                epoch = self._paid_enter(is_canceled)  # waits for a free connection (MaxConcurrentConnections)
                try:
                    approval.spend(request.fingerprint)
                    before = self.balance(is_canceled)
                    resp = self._cancellable(
                        lambda: self._send(
                            "POST",
                            path,
                            request.body(),
                            stream=True,
                            paid=True,
                            is_canceled=is_canceled,
                            retry=retry,
                            balance_before=before,
                            paid_epoch=epoch,
                        ),
                        is_canceled,
                        before,
                        epoch,
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
                IN_FLIGHT.release(claimed)
        finally:
            if part is not None:
                part[0].close()
                if getattr(sys.exc_info()[1], "kept_path", None) != part[1]:  # paid bytes kept there stay
                    part[1].unlink(missing_ok=True)

    def _cancellable(
        self, send: Any, is_canceled: Optional[CancelCheck], before: Optional[float], epoch: int
    ) -> requests.Response:
        """``send()`` (the paid request, up to its answer's headers) in a thread of its own, so
        that a cancel answers within a tenth of a second even while ClearSKY is still processing:
        the connection is shut, nothing is re-sent, and the message says what it cost (the
        server may have charged already, or may still charge)."""
        if is_canceled is None:
            return send()
        box: dict[str, Any] = {}
        done = threading.Event()

        def run() -> None:
            try:
                box["resp"] = send()
            except BaseException as exc:  # handed to the caller below
                box["error"] = exc
            finally:
                done.set()

        worker = threading.Thread(target=run, name="clearsky: paid request", daemon=True)  # no-i18n
        worker.start()
        cancelled = False
        while not done.wait(0.1):
            if is_canceled():
                cancelled = True
                break
        if cancelled:
            # shut the connection the request waits on; it may still be connecting (no socket yet),
            # so keep trying until the request ends: a request left running would be answered,
            # and charged, with nobody to keep its bytes
            deadline = time.monotonic() + 5.0
            while not done.is_set() and time.monotonic() < deadline:
                break_off(worker.ident)
                done.wait(0.05)
            resp = box.get("resp")
            if resp is not None:
                resp.close()
            charged = self.charged_since(before, epoch=epoch)
            what = tr("The download was cancelled while ClearSKY was still processing it")
            if charged == 0:  # nothing yet; the server may still finish and charge
                LEDGER.note_reported_charge(float("nan"))
                error = CancelledError(
                    self._clean(
                        tr(
                            "{what}. Nothing was charged so far, but ClearSKY may still charge for it; the "
                            "balance in the ClearSKY panel is read again."
                        ).format(what=what)
                    )
                )
                error.charged = float("nan")
                raise error
            error = CancelledError(self.charged_error(what, charged, before, UNCOMPARABLE).message)
            error.charged = charged
            raise error
        if "error" in box:
            raise box["error"]
        return box["resp"]

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
        status = resp.status_code
        if status >= 300:  # what _send hands back: a refusal (4xx), the request was not processed
            error = self._error_from(resp)
            if status >= 400:
                raise error
            raise self._paid_doubt(error.message, before, is_canceled, epoch)
        # a 2xx is judged by its bytes (§1.2): a GeoTIFF is kept whatever its Content-Type says
        chunks = resp.iter_content(CHUNK_SIZE)
        try:
            head = _first_bytes(chunks, 4)
        except requests.RequestException as exc:
            raise self._after_paid_stream(_broken_body(exc), before, epoch) from None
        is_tiff = head[:4] in TIFF_MAGIC
        if not is_tiff and "json" in resp.headers.get("Content-Type", "").lower():
            read_error_capped(resp, first=head, chunks=chunks)
            try:
                self._unwrap(resp)
                error: ClearSkyError = ServerError(
                    tr("The ClearSKY API answered with JSON where a GeoTIFF was expected (HTTP {status}).").format(
                        status=status
                    )
                )
            except ClearSkyError as exc:
                error = exc
            raise self._paid_doubt(error.message, before, is_canceled, epoch)
        if upload_url and not is_tiff and status != 200:  # neither the 201 of an upload nor a file
            raise self._paid_doubt(
                tr("ClearSKY answered HTTP {status} with no file where 201 (uploaded) was expected").format(
                    status=status
                ),
                before,
                is_canceled,
                epoch,
            )
        if upload_url:
            if out_dir is None or part is None:
                raise self.charged_error(
                    tr(
                        "ClearSKY returned the file (HTTP {status}) instead of uploading it to the URL, and no "
                        "output folder was given to keep it"
                    ).format(status=status),
                    self.charged_since(before, is_canceled, epoch),
                    before,
                )
            log.warning("ClearSKY returned the file (HTTP %d) instead of uploading it; saving it", status)
        if out_dir is None or part is None:  # not reached: a download without an UploadUrl has a folder
            raise ConfigurationError(tr("Choose an output folder for the download."))
        try:  # a server's name that cannot be read costs the name, never the paid bytes
            name = sanitize_filename(
                filename or filename_from_disposition(headers.get("Content-Disposition")),
                default=sanitize_filename(default_name),
            )
        except Exception as exc:
            log.warning("The server's file name could not be read (%s); using %s", exc, default_name)
            name = sanitize_filename(default_name)
        target = out_dir / name if overwrite else unique_path(out_dir, name)
        length = resp.headers.get("Content-Length")
        announced = int(length) if length and length.isdigit() else None
        try:
            check_free_space(out_dir, announced, margin=1.0)
            size, sha, target = stream_to_file(
                itertools.chain([head], chunks),
                target,
                expected_size=announced,
                progress=progress,
                is_canceled=is_canceled,
                overwrite=overwrite,
                part=part,
            )
        except requests.RequestException as exc:
            raise self._after_paid_stream(_broken_body(exc), before, epoch) from None
        except Exception as exc:  # a local failure after the 200: the user is told what it cost
            error = (
                exc
                if isinstance(exc, ClearSkyError)
                else DiskError(tr("Could not save the download: {exc}").format(exc=exc))
            )
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
        typed.kept_path = getattr(error, "kept_path", None)  # a complete file kept under another name
        return typed


def _broken_body(exc: requests.RequestException) -> TransferError:
    """The error for a paid body that stopped arriving (stalled, or the connection broke)."""
    timed_out = "timed out" in repr(exc)  # no-i18n: urllib3's own words, matched, never shown
    stalled = timed_out and isinstance(exc, (requests.ReadTimeout, requests.exceptions.ConnectionError))
    kind = tr("stalled") if stalled else tr("broke off")
    return TransferError(tr("The download {kind} before the file was complete, so no file was saved").format(kind=kind))


def _first_bytes(chunks: Any, n: int) -> bytes:
    """At least ``n`` bytes from the start of a streamed body (fewer when it is shorter)."""
    head = b""
    while len(head) < n:
        chunk = next(chunks, None)
        if chunk is None:
            break
        head += chunk
    return head
