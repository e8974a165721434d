"""The one owner of *check → approve → download* in the GUI.

A check is pending with its kind (one date, a date series, grid cells); its result is shown
in the cost dialog; the user's *Download* click turns it into a single-use
:class:`~..core.approval.Approval` that the download consumes.  Nothing else in ``ui/`` starts
a paid download, so every one passes through the dialog and the "already downloaded?"
question, and an approval older than a few minutes is estimated again instead of spent.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Callable, Optional

from qgis.PyQt.QtCore import QObject, pyqtSignal
from qgis.PyQt.QtWidgets import QDialog, QMessageBox, QWidget

from ..core.approval import MAX_AGE_S
from ..core.errors import ClearSkyError
from ..core.i18n import number, tr
from ..core.models import CompositeRequest
from ..core.tasks import CallTask
from ..core.workflow import CheckResult, run_series_check
from .downloads import DownloadManager
from .estimate_dialog import NEARBY, ORDER, PARTIAL, EstimateDialog
from .feedback import push_error, push_info


@dataclass
class Target:
    """Where an approved download goes and how its layers are named."""

    folder: Optional[Path]
    aoi_name: str = ""
    #: grid batches: TileParams, parallel workers, mosaic CRS and the footprints layer
    tiles: dict = field(default_factory=dict)


@dataclass
class Pending:
    """A check in flight or shown in the dialog."""

    kind: str  # single | series | tiles
    request: CompositeRequest
    target: Target
    bbox_area_km2: Optional[float] = None
    until: Any = None
    step: str = "available"
    refs: list = field(default_factory=list)
    series: Any = None  # SeriesCheck once checked
    result: Optional[CheckResult] = None


class ApprovalFlow(QObject):
    """Checks, shows the cost dialog, and starts what the user approved (once)."""

    #: True while a check runs or the cost dialog is open (the dock disables Check/Download)
    busy_changed = pyqtSignal(bool)
    #: a date series was approved: its dates (the dock sets the Temporal Controller to them)
    series_started = pyqtSignal(object)
    #: the user picked a suggested date in the cost dialog (the dock shows it in its date field)
    date_suggested = pyqtSignal(object)
    #: the cost dialog was opened (tests and the demo wait for it)
    dialog_opened = pyqtSignal(object)

    def __init__(
        self,
        manager: DownloadManager,
        message_bar: Any,
        parent: QWidget,
        *,
        budget: Callable[[], float] = lambda: 0.0,
        month_budget: Callable[[], float] = lambda: 0.0,
        open_settings: Optional[Callable[[], None]] = None,
        ask: Optional[Callable[[str], bool]] = None,
        max_age_s: float = MAX_AGE_S,
    ) -> None:
        super().__init__(parent)
        self.manager = manager
        self.message_bar = message_bar
        self.parent_widget = parent
        self.budget = budget
        self.month_budget = month_budget
        self.open_settings = open_settings
        self.ask = ask or self._ask
        self.max_age_s = max_age_s
        self.pending: Optional[Pending] = None
        self.dialog: Optional[EstimateDialog] = None
        self._tasks: list[Any] = []

    @property
    def busy(self) -> bool:
        """A check runs or the cost dialog is open."""
        return self.pending is not None

    @property
    def checking(self) -> bool:
        """A check runs (its dialog is not open yet)."""
        return self.pending is not None and self.dialog is None

    # -- starting a check ----------------------------------------------------------------------
    def check(self, request: CompositeRequest, target: Target, bbox_area_km2: Optional[float] = None) -> None:
        """Check one date; the cost dialog follows."""
        self._start(Pending("single", request, target, bbox_area_km2=bbox_area_km2))

    def check_series(self, request: CompositeRequest, until: Any, step: str, target: Target) -> None:
        """One combined estimate for every date of the range before anything is spent."""
        self._start(Pending("series", request, target, until=until, step=step))

    def check_tiles(self, refs: list, request: CompositeRequest, target: Target) -> None:
        """One total estimate for grid cells; the download is the cells, never their union."""
        self._start(Pending("tiles", request, target, refs=list(refs)))

    def _start(self, pending: Pending) -> None:
        if self.pending is not None:
            return  # one check (or dialog) at a time: the buttons are disabled meanwhile
        try:
            client = self.manager.client()
        except ClearSkyError as exc:
            push_error(self.message_bar, exc, self.open_settings)
            return
        self._set_pending(pending)
        if pending.kind == "single":
            task = self.manager.check(pending.request, pending.bbox_area_km2, report=False)
        elif pending.kind == "series":
            req, until, step = pending.request, pending.until, pending.step
            task = CallTask(tr("ClearSKY: check a date series"), lambda: run_series_check(client, req, until, step))
            self.manager.submit(task)
        else:
            task = self.manager.check_tiles(
                pending.refs, pending.request, pending.target.tiles.get("params"), report=False
            )
        if task is None:
            self._set_pending(None)
            return
        task.succeeded.connect(lambda result, p=pending: self._checked(p, result))
        task.failed.connect(lambda error, p=pending: self._failed(p, error))

    def _set_pending(self, pending: Optional[Pending]) -> None:
        was = self.busy
        self.pending = pending
        if was != self.busy:
            self.busy_changed.emit(self.busy)

    def _checked(self, pending: Pending, result: Any) -> None:
        if pending is not self.pending:
            return
        if pending.kind == "series":
            pending.series = result
            result = result.combined
        pending.result = result
        from ..core.spending import budget_check

        month = budget_check(self.manager.history, result.estimate.credits, self.month_budget())
        dialog = EstimateDialog(
            result,
            base_url=self.manager.client().base_url,
            budget=self.budget(),
            month=month,
            parent=self.parent_widget,
        )
        self.dialog = dialog
        dialog.finished.connect(lambda code, p=pending, d=dialog: self._dialog_done(p, code, d.chosen_date))
        dialog.open()
        self.busy_changed.emit(True)  # still busy, but no longer checking: the buttons say so
        self.dialog_opened.emit(dialog)

    def _failed(self, pending: Pending, error: BaseException) -> None:
        if pending is not self.pending:
            return
        self._set_pending(None)
        push_error(self.message_bar, error, self.open_settings, getattr(self.manager, "order_area", None))

    # -- the user's answer ---------------------------------------------------------------------
    def _dialog_done(self, pending: Pending, code: int, chosen_date: Any = None) -> None:
        self.dialog = None
        self._set_pending(None)
        result = pending.result
        if result is None:  # not reached: a dialog is only shown for a finished check
            return
        if code == ORDER:  # the area is not (fully) ordered: the order dialog for it
            order_area = getattr(self.manager, "order_area", None)
            if order_area is not None:
                order_area()
            return
        if code == PARTIAL:  # estimate again for a partial image, in the flow it came from (tiles stay tiles)
            tiles = dict(pending.target.tiles)
            if tiles.get("params") is not None:
                tiles["params"] = replace(tiles["params"], allow_partial=True)
            self._start(
                replace(
                    pending,
                    request=pending.request.with_changes(allow_partial=True),
                    target=replace(pending.target, tiles=tiles),
                    series=None,
                    result=None,
                )
            )
            return
        if code == NEARBY and chosen_date is not None:  # a suggested date: check it instead
            self.date_suggested.emit(chosen_date)
            self._start(replace(pending, request=pending.request.with_changes(date=chosen_date), result=None))
            return
        if code != QDialog.DialogCode.Accepted:
            return
        if result.age_s > self.max_age_s:
            push_info(
                self.message_bar,
                tr("That estimate was more than {m} minutes old, so it was checked again; approve the new one.").format(
                    m=round(self.max_age_s / 60)
                ),
            )
            self._start(replace(pending, series=None, result=None))
            return
        if pending.kind == "tiles":
            if not self._confirm_cells_rerun(result):
                return
            t = pending.target
            self.manager.download_tiles(
                result,
                result.approve(),
                pending.refs,
                t.tiles["params"],
                t.folder or Path("."),
                name=t.aoi_name,
                max_parallel=t.tiles.get("max_parallel", 1),
                mosaic_crs=t.tiles.get("mosaic_crs"),
                footprints=t.tiles.get("footprints"),
            )
            return
        checks = list(pending.series.checks) if pending.kind == "series" else [result]
        if pending.kind == "series":
            approval = result.approve()
            group = tr("ClearSKY series {aoi_name}").format(aoi_name=pending.target.aoi_name).strip()
            self.series_started.emit([c.request.date for c in checks])
        for check in checks:
            if not self._confirm_rerun(check):
                continue
            if pending.kind != "series":
                approval, group = check.approve(), ""
            title = f"{check.request.date.isoformat()} {check.request.model} {pending.target.aoi_name}".strip()
            self.manager.download(
                check,
                pending.target.folder,
                approval=approval,
                title=title,
                aoi_name=pending.target.aoi_name,
                group=group,
            )

    def _in_flight(self, fingerprints: list) -> bool:
        """Some of these payloads are being paid for right now (another click, the context menu,
        Processing): say so and start nothing (money rules: never twice at once)."""
        from ..core.approval import IN_FLIGHT

        busy = IN_FLIGHT.busy(fingerprints)
        if busy:
            push_info(
                self.message_bar,
                tr(
                    "{n} of these {m} requests are being downloaded right now; nothing was started again. Once "
                    "they are done, the history lists them."
                ).format(n=len(busy), m=len(fingerprints)),
            )
        return bool(busy)

    def _confirm_rerun(self, check: CheckResult) -> bool:
        """An identical request already delivered: ask before spending credits on it again."""
        if self._in_flight([check.fingerprint]):
            return False
        earlier = self.manager.delivered_before(check.fingerprint)
        if not earlier:
            return True
        last = earlier[0]
        where = last.path or last.upload_url
        return self.ask(
            tr(
                "You already downloaded exactly this request on {when} ({credits} credits) to {where}. Download it "
                "again and spend {cost:,.2f} credits again?"
            ).format(
                when=last.time[:16].replace("T", " "),
                credits=f"{number(last.credits)}" if last.credits else "?",
                where=where,
                cost=check.estimate.credits,
            )
        )

    def _confirm_cells_rerun(self, check: CheckResult) -> bool:
        """Cells already delivered with exactly these settings (another folder, say): ask once."""
        if self._in_flight(list(check.payloads)):
            return False
        again = [fp for fp in check.payloads if self.manager.delivered_before(fp)]
        if not again:
            return True
        return self.ask(
            tr(
                "{n} of these {m} grid cells were already downloaded with exactly these settings. Download them "
                "again and spend credits on them again?"
            ).format(n=len(again), m=len(check.payloads))
        )

    def _ask(self, question: str) -> bool:
        answer = QMessageBox.question(
            self.parent_widget,
            tr("ClearSKY"),
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes
