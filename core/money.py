"""The one place where a number that decides about money is judged (``../shared/design.md``,
money rules): a balance, a credit estimate, a size, an order's cost.

Such a number is a finite, non-negative JSON number, or it is *unknown* (``None``): missing,
null, NaN, infinite, negative, a string, a boolean.  Unknown never passes a limit and never
proves that nothing was charged.  Plain Python: no QGIS, no Qt."""

from __future__ import annotations

import math
from typing import Any, Optional

from .errors import ServerError
from .i18n import number, tr


def money_number(value: Any) -> Optional[float]:
    """``value`` as a float when it is a finite, non-negative JSON number; else None (unknown).

    Strings are unknown on purpose, even "12.5": the API sends numbers as numbers, and a server
    that sends text where a price belongs is not one to pay on the strength of a guess."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    number = float(value)
    if not math.isfinite(number) or number < 0:
        return None
    return number


def within(value: Optional[float], limit: Optional[float]) -> bool:
    """True when ``value`` is known and at most ``limit`` (no limit: any known value passes)."""
    if value is None or (isinstance(value, float) and not math.isfinite(value)):
        return False
    return limit is None or value <= limit + 1e-9


def charged_between(before: Optional[float], after: Optional[float]) -> float:
    """Credits charged between two balance reads; NaN (unknown) unless both are known and the
    balance did not rise: a rise (a top-up meanwhile) hides whatever was charged."""
    if before is None or after is None or after > before:
        return float("nan")
    return round(before - after, 4)


def check_estimate(credits: Any, size_bytes: Any = None) -> None:
    """A server estimate that is not a finite, non-negative number is a bad answer: nothing
    may be paid on it (``MAX_CREDITS`` and the balance could not be checked)."""
    if money_number(credits) is None:
        raise ServerError(
            tr("ClearSKY answered the estimate with an unusable cost ({value}); nothing was downloaded.").format(
                value=credits
            ),
            hint=tr("Try again later; if it persists, report it to ClearSKY support."),
        )
    if size_bytes is not None and not money_number(size_bytes):  # zero bytes is no file either
        raise ServerError(
            tr("ClearSKY answered the estimate with an unusable size ({value}); nothing was downloaded.").format(
                value=size_bytes
            ),
            hint=tr("Try again later; if it persists, report it to ClearSKY support."),
        )


def format_balance(value: Optional[float]) -> str:
    """A balance for a message: the number, or "unknown"."""
    return tr("unknown") if value is None else f"{number(value)}"
