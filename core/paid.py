"""Paid requests (composite, tile, minitile, order): the one place they are sent, and the money
rules they follow (``../shared/design.md``; reference §1.2, §1.3, §3.3).

A paid request needs an :class:`~.approval.Approval` that covers its payload and has not paid
yet; the ``.part`` file exists before anything is sent; the balance is read before the
request so that a failure can say what it cost; a request is re-sent only when nothing can
have been charged.  ``ClearSkyClient`` gets these methods from :class:`PaidRequests`."""

from __future__ import annotations

import math
import threading
import time
from dataclasses import replace
from pathlib import Path
from typing import Any, Optional, Union

import requests

from . import logger
from .answers import AccountInfo, DownloadResult, headers_subset
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
    ApprovalError,
    CancelledError,
    ChargedError,
    ClearSkyError,
    ConfigurationError,
    DiskError,
    NotFoundError,
    OrderUnknownError,
    ServerError,
    TransferError,
)
from .i18n import noop_tr, tr
from .models import CompositeRequest, TileRequest, ci_get
from .transport import P_APIKEY, RetryPolicy, break_off

log = logger.getChild("api")
UNCOMPARABLE = noop_tr("The balance could not be compared with the one before the request, so it may have been charged")
OVERLAP = noop_tr(
    "Other downloads were running at the same time, so the balance cannot tell whether this one was charged"
)


class PaidRequests:
    """The paid half of :class:`~.api.ClearSkyClient` (it provides ``_send``, ``_clean``,
    ``_error_from``, ``_lock``, ``account_info`` and ``timeout``)."""

    _lock: threading.Lock

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
            text = tr("{what}. {value2}; it was not sent again.").format(
                what=what, value2=tr(unknown_why or UNCOMPARABLE)
            )
        else:
            text = tr("{what}. ClearSKY charged {charged:,.2f} credits for it").format(what=what, charged=charged)
            if before is not None:
                text += f" (balance {before:,.2f} → {before - charged:,.2f})"
            text += tr("; it was not sent again.")
        error = ChargedError(self._clean(text))
        error.charged = charged
        LEDGER.note_reported_charge(charged)
        return error

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
            approval.spend(request.fingerprint)
            epoch = self._paid_enter()
            try:
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
            if part is not None:
                part[0].close()
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
        is_json = "json" in resp.headers.get("Content-Type", "").lower()
        if resp.status_code >= 300 or is_json or (upload_url and resp.status_code != 200):
            if resp.status_code >= 300:
                error = self._error_from(resp)
            else:
                try:
                    self._unwrap(resp)
                    error = ServerError(tr("The ClearSKY API answered with JSON where a GeoTIFF was expected."))
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
                and "timed out" in repr(exc)  # no-i18n
                else tr("broke off")
            )
            raise self._after_paid_stream(
                TransferError(
                    tr("The download {kind} before the file was complete, so no file was saved").format(kind=kind)
                ),
                before,
                epoch,
            ) from None
        except (ClearSkyError, OSError) as exc:
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
        return typed

    # -- orders (§2.8): money, but no balance to compare: the orders list settles a doubt --------
    def place_order(
        self, request: Any, approval: Optional[Approval], *, is_canceled: Optional[CancelCheck] = None
    ) -> Any:
        """Create one order (``ordering.OrderRequest``) under ``approval``; returns the new
        ``orders.Order``.  The orders list is read first; after a 5xx or a broken connection it
        is read again and a new order matching the request is taken as this one: the request is
        re-sent only when the list proves that nothing was placed, never when it cannot be read
        or the server may still be working on it (design.md, money rules)."""
        from .orders import Order
        from .transport import P_ORDERS

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

        def doubt(what: str, timed_out: bool) -> None:
            found = self._new_order(before, request)
            if found is not None:
                raise _PlacedError(found)
            if timed_out:  # the server may still create it: a list read now proves nothing
                raise self._order_unknown(
                    tr(
                        "ClearSKY did not answer the order in time ({what}), and it is not in the orders list yet"
                    ).format(what=what)
                )
            log.info("ClearSKY: %s; the order is not in the orders list, so it is sent again", what)

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
            data = self._unwrap(resp)
        except _PlacedError as placed:
            order = placed.order
        else:
            item = data if isinstance(data, dict) and ci_get(data, "TaskOrderGuid") else ci_get(data or {}, "TaskOrder")
            if isinstance(item, dict) and ci_get(item, "TaskOrderGuid"):
                order = Order.from_dict(item)
            else:  # placed, but the answer does not say what: the list does
                order = self._new_order(before, request)
                if order is None:
                    raise self._order_unknown(tr("ClearSKY accepted the order but did not say which it is"))
        with self._lock:
            self._orders.clear()
        LEDGER.note_order(order.guid)
        log.info("ClearSKY order %s placed (%s)", order.guid, order.status)
        return order

    def _new_order(self, before: set, request: Any) -> Any:
        """An order in the list now, not ``before``, with the request's model and first month."""
        try:
            now = self.orders(get_expired=True, max_age=0, footprints=False)
        except ClearSkyError as exc:
            raise self._order_unknown(
                tr("The orders list could not be read to check ({message})").format(message=exc.message)
            ) from None
        for order in now:
            if order.guid in before or order.model != request.model:
                continue
            if order.date_from is None or order.date_from.replace(day=1) == request.first_month:
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
