"""Approvals: what the user agreed to pay for, spent at most once.

A paid request (composite, tile, minitile) is only sent by :class:`~.api.ClearSkyClient`
with an :class:`Approval` that covers its exact payload (by fingerprint) and has not paid
for that payload yet.  An approval comes from the cost dialog (dock, context menu) or from
a Processing run's ``MAX_CREDITS``; it lists the payloads it covers (one for a single date,
one per date for a series, one per cell for a grid batch) and the credits that were shown.

The process-wide :data:`LEDGER` keeps every approval granted, every delivery (by the
SHA-256 of the bytes as they arrived) and every charge reported to the user after a
failure.  The test suite checks it against the emulator's own ledger after every test
(``../shared/design.md``, money rules); the diagnostics report counts it.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from typing import Iterable, Optional

from .errors import ApprovalError
from .i18n import tr
from .money import check_estimate

#: an order's confirmation: ``credits`` is then this month's cost in the order's currency
ORDER = "order"
#: an approval not used within this many seconds is estimated again (prices and balances move)
MAX_AGE_S = 300.0


@dataclass
class Approval:
    """One user decision: pay for each payload in ``fingerprints`` once, ``credits`` in total."""

    kind: str  # composite | series | tiles | processing | order
    fingerprints: frozenset
    credits: float
    created: float = field(default_factory=time.monotonic)
    _spent: set = field(default_factory=set, repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False, compare=False)

    def covers(self, fingerprint: str) -> bool:
        return fingerprint in self.fingerprints

    @property
    def age_s(self) -> float:
        return time.monotonic() - self.created

    def expired(self, max_age: Optional[float] = None) -> bool:
        return self.age_s > (MAX_AGE_S if max_age is None else max_age)

    @property
    def used(self) -> bool:
        """Every payload it covers has been paid for (or tried)."""
        with self._lock:
            return self._spent >= set(self.fingerprints)

    def spend(self, fingerprint: str) -> None:
        """Mark ``fingerprint`` as paid for; raises :class:`ApprovalError` when it is not
        covered or was already spent.  Called once per paid request, before it is sent."""
        with self._lock:
            if fingerprint not in self.fingerprints:
                raise ApprovalError(
                    tr("This request was not approved (it differs from what the cost was shown for); nothing was sent.")
                )
            if fingerprint in self._spent:
                raise ApprovalError(tr("This approval has already paid for this request once; nothing was sent again."))
            if not self._spent and self.expired():  # prices and balances move: an old "yes" is asked again
                raise ApprovalError(
                    tr(
                        "The cost was approved more than {value1} minutes ago; nothing was sent. Check the cost "
                        "again and approve the new estimate."
                    ).format(value1=round(MAX_AGE_S / 60))
                )
            self._spent.add(fingerprint)
        LEDGER.note_spend(self, fingerprint)


def grant(kind: str, fingerprints: Iterable[str], credits: float) -> Approval:
    """A new approval (recorded in :data:`LEDGER`).  ``credits`` is what was shown to the user."""
    check_estimate(credits)
    approval = Approval(kind, frozenset(fingerprints), float(credits))
    if not approval.fingerprints:
        raise ApprovalError(tr("Nothing to approve."))
    LEDGER.note_grant(approval)
    return approval


class Ledger:
    """What this process approved, what was delivered and what failures were charged."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.reset()

    def reset(self) -> None:
        with self._lock:
            self.approvals: list[Approval] = []
            self.spends: list[tuple[Approval, str]] = []
            self.deliveries: list[str] = []  # SHA-256 of delivered bytes
            self.uploads: list[str] = []  # upload URLs (without their query) the server confirmed with 201
            self.reported: list[float] = []  # credits charged by failures, as told to the user
            self.orders: list[str] = []  # GUIDs of the orders placed

    def note_grant(self, approval: Approval) -> None:
        with self._lock:
            self.approvals.append(approval)

    def note_spend(self, approval: Approval, fingerprint: str) -> None:
        with self._lock:
            self.spends.append((approval, fingerprint))

    def note_delivery(self, sha256: str) -> None:
        with self._lock:
            self.deliveries.append(sha256)

    def note_upload(self, url: str) -> None:
        with self._lock:
            self.uploads.append(url.split("?")[0])

    def note_order(self, guid: str) -> None:
        with self._lock:
            self.orders.append(guid)

    def note_reported_charge(self, credits: float) -> None:
        with self._lock:
            self.reported.append(credits)

    @property
    def approved_payloads(self) -> int:
        return sum(len(a.fingerprints) for a in self.approvals if a.kind != ORDER)

    @property
    def approved_credits(self) -> float:
        return sum(a.credits for a in self.approvals if a.kind != ORDER)

    @property
    def payload_spends(self) -> int:
        """Paid downloads sent under an approval (orders not counted)."""
        return sum(1 for a, _ in self.spends if a.kind != ORDER)

    @property
    def order_spends(self) -> int:
        """Orders sent under a confirmation (each confirmation covers one order)."""
        return sum(1 for a, _ in self.spends if a.kind == ORDER)

    @property
    def approved_order_cost(self) -> float:
        """This month's cost of the orders confirmed (in the order's currency)."""
        return sum(a.credits for a in self.approvals if a.kind == ORDER)


LEDGER = Ledger()


class InFlight:
    """The paid requests of this QGIS process that are running or queued, by payload fingerprint:
    the same payload is never paid for twice at once, whichever button, menu or Processing run
    starts it (design.md, money rules).  A batch claims all its cells at its start."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._owners: dict[str, int] = {}

    def claim(self, fingerprints: Iterable[str], owner: object) -> list[str]:
        """Claim ``fingerprints`` for ``owner`` (an approval); returns those newly claimed (to be
        released by the same caller).  Raises :class:`ApprovalError`, claiming nothing, when any
        of them is claimed by another owner."""
        wanted = list(dict.fromkeys(fingerprints))
        with self._lock:
            busy = [fp for fp in wanted if self._owners.get(fp, id(owner)) != id(owner)]
            if busy:
                raise ApprovalError(
                    tr(
                        "{n} of these requests are being downloaded right now; nothing was sent again. Wait for "
                        "that download to finish (the history then lists it)."
                    ).format(n=len(busy))
                )
            new = [fp for fp in wanted if fp not in self._owners]
            for fp in new:
                self._owners[fp] = id(owner)
            return new

    def release(self, fingerprints: Iterable[str]) -> None:
        with self._lock:
            for fp in fingerprints:
                self._owners.pop(fp, None)

    def busy(self, fingerprints: Iterable[str]) -> list[str]:
        """Those of ``fingerprints`` that a running or queued paid request holds."""
        with self._lock:
            return [fp for fp in fingerprints if fp in self._owners]


IN_FLIGHT = InFlight()
