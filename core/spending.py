"""What the plugin knows was spent, per calendar month, and the monthly budgets.

Spending counts every charge the plugin knows of (``../shared/design.md``, money rules: the
user always sees what was charged):

* deliveries in the download history (their approved credits);
* failures that cost, as reported to the user: the measured charge, or, when a failure *may*
  have cost an unknown amount, what was approved for it (unknown never passes a limit, so an
  unknown charge counts at the most it could have been);
* orders placed from the plugin (or that may have been placed): their first month's cost in the
  month they were placed, then their monthly cost each month they run, until the month they end.

Downloads are paid in credits, orders are billed in the account's currency: the two are never
added up.  A month is a calendar month in the user's time zone.  Plain Python and OGR through
:class:`~.history.History`; no Qt."""

from __future__ import annotations

import csv
import datetime as _dt
import io
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any, Iterable, Optional

from . import logger
from .i18n import noop_tr, number, tr
from .money import money_number, within

log = logger.getChild("spending")

CREDITS = "credits"
#: the kinds of spending, as the chart splits them
KINDS = {"composite": noop_tr("composite"), "tiles": noop_tr("tiles"), "order": noop_tr("orders")}


def now_local() -> _dt.datetime:
    """Now, in the user's time zone."""
    return _dt.datetime.now().astimezone()


def month_of(when: _dt.datetime) -> str:
    """``YYYY-MM`` of ``when`` in the user's time zone (a time without zone is taken as UTC)."""
    if when.tzinfo is None:
        when = when.replace(tzinfo=_dt.timezone.utc)
    return when.astimezone().strftime("%Y-%m")


def _next_month(month: str) -> str:
    year, mon = (int(x) for x in month.split("-"))
    return f"{year + mon // 12}-{mon % 12 + 1:02d}"


@dataclass(frozen=True)
class Charge:
    """A charge that is not a delivery: a failure that cost (or may have), or an order."""

    time: _dt.datetime
    kind: str  # composite | tiles | order
    credits: Optional[float]  # measured; None = unknown (then ``estimate`` counts)
    estimate: Optional[float] = None
    currency: str = CREDITS
    area: str = ""
    note: str = ""
    guid: str = ""
    monthly: Optional[float] = None
    first_month: str = ""
    last_month: str = ""

    @property
    def amount(self) -> float:
        """What the budget counts: the measured charge, else the most it could have been."""
        known = money_number(self.credits)
        if known is not None:
            return known
        return money_number(self.estimate) or 0.0

    @property
    def possible(self) -> bool:
        """The amount is not known; the approved estimate stands for it."""
        return money_number(self.credits) is None

    def billed(self, month: str) -> float:
        """An order's bill for ``month`` (0 outside the months it runs)."""
        first = self.first_month or month_of(self.time)
        if month < first or (self.last_month and month > self.last_month):
            return 0.0
        if month == first:
            return self.amount
        return money_number(self.monthly) or 0.0


@dataclass(frozen=True)
class Item:
    """One amount of one month, as the chart and the CSV show it."""

    month: str
    kind: str  # composite | tiles | order
    amount: float
    currency: str
    area: str = ""
    possible: bool = False  # a failure's or an order's charge counted at its estimate


@dataclass
class Spending:
    items: list[Item] = field(default_factory=list)

    @classmethod
    def build(cls, entries: Iterable[Any], charges: Iterable[Charge], now: Optional[_dt.datetime] = None) -> Spending:
        """From the history's deliveries (``history.Entry``) and its other charges, up to ``now``'s month."""
        current = month_of(now or now_local())
        items = []
        for e in entries:
            amount = money_number(e.credits)
            if amount is None:
                continue
            when = _dt.datetime.fromisoformat(e.time) if e.time else now_local()
            kind = "composite" if e.kind == "composite" else "tiles"
            items.append(Item(month_of(when), kind, amount, CREDITS, e.area))
        for c in charges:
            if c.kind != "order":
                items.append(Item(month_of(c.time), c.kind, c.amount, CREDITS, c.area, c.possible))
                continue
            month = c.first_month or month_of(c.time)
            while month <= current:  # an order's bills up to this month (later ones are not spent yet)
                bill = c.billed(month)
                if bill:
                    items.append(Item(month, "order", bill, c.currency or "EUR", c.area, c.possible))
                month = _next_month(month)
        return cls([i for i in items if i.month <= current])

    @classmethod
    def of(cls, history: Any, now: Optional[_dt.datetime] = None) -> Spending:
        return cls.build(history.entries(), history.charges(), now)

    def months(self) -> list[str]:
        return sorted({i.month for i in self.items})

    def credits(self, month: str) -> float:
        """Credits spent on downloads in ``month``."""
        return round(sum(i.amount for i in self.items if i.month == month and i.currency == CREDITS), 4)

    def money(self, month: str) -> tuple[float, str]:
        """What orders billed in ``month``, and their currency ("" when none)."""
        bills = [i for i in self.items if i.month == month and i.currency != CREDITS]
        return round(sum(i.amount for i in bills), 4), (bills[0].currency if bills else "")

    def split(self, month: str, by: str = "kind") -> dict[str, float]:
        """``month``'s credits by ``kind`` (composite, tiles) or by ``area`` name."""
        out: dict[str, float] = defaultdict(float)
        for i in self.items:
            if i.month == month and i.currency == CREDITS:
                out[(i.kind if by == "kind" else (i.area or tr("(no name)")))] += i.amount
        return {k: round(v, 4) for k, v in sorted(out.items(), key=lambda kv: -kv[1])}

    def possible(self, month: str) -> int:
        """How many charges of ``month`` are counted at their estimate (amount unknown)."""
        return sum(1 for i in self.items if i.month == month and i.possible)

    def csv(self) -> str:
        """Month by month: credits by kind, credits in all, orders' bills (with their currency)."""
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(["month", "composite_credits", "tiles_credits", "credits", "orders", "currency"])
        for month in self.months():
            split = self.split(month)
            money, currency = self.money(month)
            writer.writerow(
                [
                    month,
                    f"{split.get('composite', 0.0):.2f}",
                    f"{split.get('tiles', 0.0):.2f}",
                    f"{self.credits(month):.2f}",
                    f"{money:.2f}",
                    currency,
                ]
            )
        return out.getvalue()


@dataclass(frozen=True)
class BudgetCheck:
    """This month's spending, a budget, and what one more download or order would make it."""

    spent: float
    cost: Optional[float]  # None = unknown (never passes)
    budget: float  # 0 = no budget
    unit: str  # "credits" or a currency
    possible: int = 0

    @property
    def after(self) -> Optional[float]:
        return None if self.cost is None else round(self.spent + self.cost, 4)

    @property
    def over(self) -> bool:
        """This would take the month past the budget (exactly at it is not past it)."""
        return self.budget > 0 and not within(self.after, self.budget)

    def text(self) -> str:
        unit = tr("credits") if self.unit == CREDITS else self.unit
        if self.budget > 0:
            line = tr("{spent} / {budget} {unit} spent this month").format(
                spent=number(self.spent), budget=number(self.budget), unit=unit
            )
        else:
            line = tr("{spent} {unit} spent this month").format(spent=number(self.spent), unit=unit)
        after = tr("unknown") if self.after is None else f"{number(self.after)} {unit}"
        line += "; " + tr("with this: {after}").format(after=after)
        if self.possible:
            line += " " + tr("(counting {n} failed request(s) that may have been charged at their estimate)").format(
                n=self.possible
            )
        return line

    def refusal(self, switch: str = "ALLOW_OVER_BUDGET") -> str:
        """Why Processing refuses (and how to allow it)."""
        unit = tr("credits") if self.unit == CREDITS else self.unit
        return tr(
            "This would take this month's spending to {after} {unit}, past the monthly budget of {budget} {unit} "
            "(ClearSKY settings); nothing was spent. Set {switch}=true to go over it."
        ).format(
            after=tr("unknown") if self.after is None else number(self.after),
            unit=unit,
            budget=number(self.budget),
            switch=switch,
        )


def budget_check(
    history: Any, cost: Any, budget: float, unit: str = CREDITS, now: Optional[_dt.datetime] = None
) -> BudgetCheck:
    """``cost`` against this month's ``budget`` (credits for downloads, ``unit`` = a currency for
    orders).  An unreadable history counts as unknown spending: it passes no budget."""
    month = month_of(now or now_local())
    known_cost = money_number(cost)
    try:
        spending = Spending.of(history, now) if history is not None else Spending()
    except Exception as exc:  # unknown spending never passes a budget
        log.warning("The spending could not be read from the history: %s", exc)
        return BudgetCheck(0.0, None if budget else known_cost, float(budget or 0), unit)
    spent = spending.credits(month) if unit == CREDITS else spending.money(month)[0]
    return BudgetCheck(spent, known_cost, float(budget or 0), unit, spending.possible(month))


def note_failure(history: Any, error: Any, *, kind: str, estimate: Optional[float], area: str = "") -> None:
    """A failed paid request that cost, or may have cost, goes into the history's charges."""
    if history is None or error is None or not getattr(error, "spent_something", False):
        return
    charged = money_number(error.charged)
    try:
        history.record_charge(
            Charge(
                now_local(),
                kind,
                charged if charged else None,
                estimate=estimate,
                area=area,
                note=str(getattr(error, "message", error))[:500],
            )
        )
    except Exception as exc:
        log.warning("A charge could not be written to the history: %s", exc)


def note_order(
    history: Any, request: Any, estimate: Any, *, guid: str = "", possible: bool = False, area: str = ""
) -> None:
    """An order placed (or that may have been placed: ``possible``) goes into the history's charges:
    its first month's cost now, then its monthly cost each month it runs."""
    if history is None:
        return
    last = request.last_day
    try:
        history.record_charge(
            Charge(
                now_local(),
                "order",
                None if possible else estimate.current_month_cost,
                estimate=estimate.current_month_cost,
                currency=estimate.currency or "EUR",
                area=area,
                note=request.period(),
                guid=guid,
                monthly=estimate.monthly_cost,
                first_month=month_of(now_local()),
                last_month=last.strftime("%Y-%m") if last is not None else "",
            )
        )
    except Exception as exc:
        log.warning("An order could not be written to the history: %s", exc)
