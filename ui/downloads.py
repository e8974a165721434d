"""Runs checks and downloads as tasks and turns their results into layers and messages.

The dock, the layer context menu and the tests all go through this one object,
so that "no layer for a failed download" and "nothing spent before approval"
hold everywhere."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Optional

from qgis.core import QgsApplication, QgsProject
from qgis.PyQt.QtCore import QObject, pyqtSignal

from ..core import logger
from ..core.api import ClearSkyClient
from ..core.approval import Approval
from ..core.errors import CancelledError, ClearSkyError
from ..core.history import History
from ..core.i18n import number, tr
from ..core.layers import add_download_layer
from ..core.models import CompositeRequest
from ..core.tasks import CheckTask, DownloadTask
from ..core.workflow import CheckResult, DownloadOutcome
from .feedback import push_error, push_success, push_warning

log = logger.getChild("downloads")


@dataclass
class DownloadEntry:
    """One row of the dock's download list."""

    id: int
    title: str
    task: Optional[DownloadTask]
    state: str = "running"  # running | done | failed | cancelled
    progress: float = 0.0
    message: str = ""
    layer_id: str = ""
    path: Optional[Path] = None
    credits: Optional[float] = None
    sha256: str = ""  # of the bytes as delivered (before the attribution tags were added)
    fingerprint: str = ""  # of the paid request (the dock keeps Download disabled while it runs)
    group: str = ""  # a series' layer group: one message for the whole series
    area: str = ""  # the area's name (a failure that cost is recorded under it)
    kind: str = "composite"  # composite | tiles | order


def _credits(value: Optional[float]) -> str:
    return f"{number(value)}" if value is not None else "?"


def _while_alive(slot: Callable[[Any], None]) -> Callable[[Any], None]:
    """``slot``, unless the widget it belongs to was closed while the task ran (the result then
    has nobody to go to; PyQt would otherwise abort QGIS on the error)."""

    def run(value: Any) -> None:
        try:
            slot(value)
        except RuntimeError as exc:
            if "deleted" not in str(exc):
                raise
            log.info("A result arrived after its panel was closed: %s", exc)

    return run


def mark_cell(layer: Any, cell: Any) -> None:
    """Show a cell's outcome in the footprints layer's ``status`` field."""
    try:
        idx = layer.fields().indexOf("status")
        status = (
            "failed" if cell.error is not None else (tr("complete (earlier run)") if cell.resumed else "downloaded")
        )
        for f in layer.getFeatures():
            if f["guid"] == cell.ref.guid:
                layer.dataProvider().changeAttributeValues({f.id(): {idx: status}})
        layer.triggerRepaint()
    except RuntimeError:  # the layer was removed meanwhile
        pass


class DownloadManager(QObject):
    """Owns the running tasks (keeping Python references, as QGIS requires)."""

    check_finished = pyqtSignal(object)  # CheckResult
    check_failed = pyqtSignal(object)  # ClearSkyError
    entry_changed = pyqtSignal(object)  # DownloadEntry
    layer_added = pyqtSignal(object)  # QgsRasterLayer
    account_changed = pyqtSignal(object)  # AccountInfo, read again after something was charged

    def __init__(
        self,
        client_factory: Callable[[], ClearSkyClient],
        message_bar: Any = None,
        project: Optional[QgsProject] = None,
        parent: Optional[QObject] = None,
        *,
        history: Optional[History] = None,
        open_settings: Optional[Callable[[], None]] = None,
    ) -> None:
        super().__init__(parent)
        self.client_factory = client_factory
        self.message_bar = message_bar
        #: called by the message bar's *Settings…* button
        self.open_settings = open_settings
        #: the download history; None = not recorded
        self.history = history
        #: *Order this area…* after an area was found not covered by an order (set by the dock)
        self.order_area: Optional[Callable[[], Any]] = None
        self.project = project
        self.entries: list[DownloadEntry] = []
        self._tasks: list[Any] = []
        self._client: Optional[ClearSkyClient] = None
        self._next_id = 1

    def client(self) -> ClearSkyClient:
        if self._client is None:
            self._client = self.client_factory()
        return self._client

    def reset_client(self) -> None:
        """Settings changed: the next call builds a new client."""
        if self._client is not None:
            self._client.close()
        self._client = None

    # -- check ---------------------------------------------------------------------------
    def check(
        self, request: CompositeRequest, bbox_area_km2: Optional[float] = None, *, report: bool = True
    ) -> Optional[CheckTask]:
        """A check task (free); ``report`` also emits ``check_finished``/``check_failed``."""
        try:
            task = CheckTask(self.client(), request, bbox_area_km2)
        except ClearSkyError as exc:
            self.check_failed.emit(exc)
            return None
        if report:
            task.succeeded.connect(self.check_finished.emit)
            task.failed.connect(self.check_failed.emit)
        self._submit(task)
        return task

    def check_tiles(
        self, refs: list, request: CompositeRequest, params: Any = None, *, report: bool = True
    ) -> Optional[Any]:
        """One availability + total estimate for grid cells, reported like a check."""
        from ..core.tasks import CallTask
        from ..core.workflow import run_tiles_check

        try:
            client = self.client()
        except ClearSkyError as exc:
            self.check_failed.emit(exc)
            return None
        task = CallTask(tr("ClearSKY: estimate grid cells"), lambda: run_tiles_check(client, refs, request, params))
        if report:
            task.succeeded.connect(self.check_finished.emit)
            task.failed.connect(self.check_failed.emit)
        self._submit(task)
        return task

    def call(
        self,
        description: str,
        work: Callable[[ClearSkyClient], Any],
        on_done: Optional[Callable[[Any], None]] = None,
        on_error: Optional[Callable[[ClearSkyError], None]] = None,
    ) -> Optional[Any]:
        """A free API call (models, dates, grid cells…) off the main thread with this manager's
        client: ``on_done(result)`` or ``on_error(error)`` on the main thread.  The panels use it
        instead of submitting tasks of their own."""
        from ..core.tasks import CallTask

        try:
            client = self.client()
        except ClearSkyError as exc:
            if on_error:
                on_error(exc)
            return None
        task = CallTask(description, lambda: work(client))
        if on_done:
            task.succeeded.connect(_while_alive(on_done))
        if on_error:
            task.failed.connect(_while_alive(on_error))
        self._submit(task)
        return task

    def place_order(
        self,
        request: Any,
        approval: Approval,
        on_done: Callable[[Any], None],
        on_error: Callable[[ClearSkyError], None],
        estimate: Any = None,
    ) -> Optional[DownloadEntry]:
        """Place one confirmed order in a task; it is listed with the downloads while it runs (it
        spends money: unloading the plugin asks, as for a download).  With its ``estimate``, the
        order (or one that may have been placed) counts in the month's spending."""
        from ..core.errors import OrderUnknownError
        from ..core.spending import note_order
        from ..core.tasks import PlaceOrderTask

        try:
            task = PlaceOrderTask(self.client(), request, approval)
        except ClearSkyError as exc:
            on_error(exc)
            return None
        entry = DownloadEntry(self._next_id, tr("Order {period}").format(period=request.period()), task, kind="order")
        self._next_id += 1
        self.entries.append(entry)

        def done(order: Any) -> None:
            entry.task, entry.state, entry.progress = None, "done", 100.0
            entry.message = tr("Order placed ({status})").format(status=order.status_label)
            if estimate is not None:
                note_order(self.history, request, estimate, guid=order.guid)
            self.entry_changed.emit(entry)
            _while_alive(on_done)(order)

        def failed(error: ClearSkyError) -> None:
            entry.task = None
            entry.state = "cancelled" if isinstance(error, CancelledError) else "failed"
            entry.message = error.user_message() if isinstance(error, ClearSkyError) else str(error)
            if estimate is not None and isinstance(error, OrderUnknownError):
                note_order(self.history, request, estimate, possible=True)
            self.entry_changed.emit(entry)
            _while_alive(on_error)(error)

        task.succeeded.connect(done)
        task.failed.connect(failed)
        self._submit(task)
        self.entry_changed.emit(entry)
        return entry

    def submit(self, task: Any) -> None:
        """Run ``task`` in QGIS's task manager, keeping a reference until it ends."""
        self._submit(task)

    def delivered_before(self, fingerprint: str) -> list:
        """Earlier deliveries of exactly this payload from the history ([] when it cannot be read:
        an unreadable history never stops an approved download)."""
        if self.history is None:
            return []
        try:
            return self.history.delivered(fingerprint)
        except Exception as exc:
            log.warning("The download history could not be read: %s", exc)
            return []
        finally:
            self._history_notice()

    def _history_notice(self) -> None:
        """Once: an unreadable history was moved aside and a new one started."""
        moved = getattr(self.history, "set_aside", None)
        if moved and moved != getattr(self, "_told_set_aside", None):
            self._told_set_aside = moved
            push_warning(
                self.message_bar,
                tr("The download history could not be read; it was moved to {path} and a new one was started.").format(
                    path=moved
                ),
            )

    def refresh_balance(self) -> None:
        """Read the balance again (free) after anything that can have charged; emits ``account_changed``."""
        from ..core.tasks import CallTask

        try:
            client = self.client()
        except ClearSkyError:
            return

        def read() -> Any:
            client.balance()  # one apikey/info call; it updates the client's cached account
            return client.cached_account() or client.account_info()

        task = CallTask(tr("ClearSKY: balance"), read)
        task.succeeded.connect(self.account_changed.emit)
        task.failed.connect(lambda err: log.warning("The balance could not be read: %s", err))
        self._submit(task)

    # -- download ---------------------------------------------------------------------
    def download(
        self,
        check: CheckResult,
        folder: Optional[Path],
        *,
        approval: Approval,
        title: str = "",
        aoi_name: str = "",
        request: Optional[CompositeRequest] = None,
        group: str = "",
    ) -> Optional[DownloadEntry]:
        """Start the approved download (its layer goes to ``group``, default ``ClearSKY``).
        ``approval`` (from the cost dialog) pays once; ``request`` defaults to the checked
        one, and a payload the approval does not cover is refused before anything is sent."""
        request = request or check.request
        try:
            task = DownloadTask(
                self.client(),
                request,
                approval,
                folder,
                expected_size=check.estimate.size_bytes,
                credits=check.estimate.credits,
                area_km2=check.estimate.area_km2,
                title=title,
            )
        except ClearSkyError as exc:
            self._report_error(exc)
            return None
        entry = DownloadEntry(
            self._next_id,
            title or request.date.isoformat(),
            task,
            credits=check.estimate.credits,
            fingerprint=request.fingerprint,
            group=group,
            area=aoi_name,
        )
        self._next_id += 1
        self.entries.append(entry)
        task.progressChanged.connect(lambda p, e=entry: self._on_progress(e, p))
        task.succeeded.connect(lambda outcome, e=entry: self._on_done(e, outcome, aoi_name, group))
        task.failed.connect(lambda err, e=entry: self._on_failed(e, err))
        self._submit(task)
        self.entry_changed.emit(entry)
        return entry

    def download_tiles(
        self,
        check: CheckResult,
        approval: Approval,
        refs: list,
        params: Any,
        folder: Path,
        *,
        name: str = "",
        max_parallel: int = 1,
        mosaic_crs: Optional[str] = None,
        footprints: Any = None,
    ) -> Optional[DownloadEntry]:
        """An approved grid batch: the cells in parallel, then VRTs (and a mosaic) as layers."""
        from ..core.tasks import TileBatchTask

        try:
            task = TileBatchTask(
                self.client(),
                refs,
                params,
                folder,
                approval,
                max_parallel=max_parallel,
                stem=f"clearsky_{params.date}_{name or 'tiles'}".replace(" ", "_"),
                mosaic_crs=mosaic_crs,
            )
        except ClearSkyError as exc:
            self._report_error(exc)
            return None
        title = f"{params.date} {params.model} {len(refs)} cells {name}".strip()
        entry = DownloadEntry(
            self._next_id, title, task, credits=check.estimate.credits, fingerprint=check.fingerprint, kind="tiles"
        )
        self._next_id += 1
        self.entries.append(entry)
        task.progressChanged.connect(lambda p, e=entry: self._on_progress(e, p))
        # each delivered cell is in the history as soon as it is on disk (also when the batch is
        # cancelled or fails later): the "already downloaded?" question knows it at once
        task.cell_done.connect(lambda cell: self._record_cell(cell, params, check, name))
        if footprints is not None:
            task.cell_done.connect(lambda cell, lyr=footprints: mark_cell(lyr, cell))
        task.succeeded.connect(lambda result, e=entry: self._on_tiles_done(e, result, params, name, check, footprints))
        task.failed.connect(lambda err, e=entry: self._on_failed(e, err))
        self._submit(task)
        self.entry_changed.emit(entry)
        return entry

    def _on_tiles_done(
        self, entry: DownloadEntry, result: Any, params: Any, name: str, check: Any = None, footprints: Any = None
    ) -> None:
        from ..core.layers import add_batch_layers

        entry.task = None
        entry.progress = 100.0
        if footprints is not None:  # the selection's fill would hide the tiles just added
            try:
                footprints.removeSelection()
            except RuntimeError:  # the cells layer was removed meanwhile
                pass
        self.refresh_balance()
        try:
            layers = add_batch_layers(result, params, name, self.project)
        except ClearSkyError as exc:
            layers = []
            self._report_error(exc)
        entry.state = "failed" if result.failed and not result.downloaded and not result.resumed else "done"
        entry.message = result.summary()
        if layers:
            entry.layer_id = layers[0].id()
        if result.failed:
            push_error(
                self.message_bar, ClearSkyError(result.summary(), hint="Run the same batch again to retry them.")
            )
        else:
            push_success(self.message_bar, result.summary())
        self.entry_changed.emit(entry)

    def cancel(self, entry: DownloadEntry) -> None:
        if entry.task is not None and entry.state == "running":
            entry.task.cancel()

    def cancel_all(self) -> None:
        for task in list(self._tasks):
            try:
                task.cancel()
            except RuntimeError:
                pass

    def running(self) -> list[DownloadEntry]:
        return [e for e in self.entries if e.state == "running"]

    # -- internals ----------------------------------------------------------------------
    def _submit(self, task: Any) -> None:
        self._tasks.append(task)
        task.taskCompleted.connect(lambda t=task: self._forget(t))
        task.taskTerminated.connect(lambda t=task: self._forget(t))
        QgsApplication.taskManager().addTask(task)

    def _forget(self, task: Any) -> None:
        if task in self._tasks:
            self._tasks.remove(task)

    def _record_cell(self, cell: Any, params: Any, check: Any, area: str) -> None:
        from ..core.tiles import record_cell

        if record_cell(self.history, cell, params, check, area):
            self._history_notice()

    def _record(self, outcome: DownloadOutcome, area: str = "") -> None:
        if self.history is None:
            return
        try:
            self.history.record(outcome, area=area)
        except Exception as exc:  # the catalog must never cost the user a download
            log.warning("The download history could not be written: %s", exc)
        self._history_notice()

    def _on_progress(self, entry: DownloadEntry, value: float) -> None:
        if getattr(entry.task, "error", None) is not None:
            return  # QGIS reports 100 % for every task that ends, also one that failed or was cancelled
        if entry.state == "running":
            entry.progress = float(value)
            self.entry_changed.emit(entry)

    def _on_done(self, entry: DownloadEntry, outcome: DownloadOutcome, aoi_name: str, group: str = "") -> None:
        entry.task = None
        entry.progress = 100.0
        self._record(outcome, aoi_name)
        self.refresh_balance()
        for warning in outcome.warnings:
            push_warning(self.message_bar, warning)
        if outcome.path is None:
            entry.state = "done"
            entry.message = tr("Delivered by ClearSKY to the upload URL.")
            push_success(self.message_bar, entry.message + f" ({(outcome.result.upload_url or '').split('?')[0]})")
            self.entry_changed.emit(entry)
            return
        entry.path = outcome.path
        entry.sha256 = outcome.result.sha256
        try:
            layer = add_download_layer(outcome, aoi_name, self.project, **({"group": group} if group else {}))
        except ClearSkyError as exc:  # the paid file stays on disk; only the layer is missing
            entry.state = "done"
            entry.message = tr("Saved to {path}, but it could not be added to the map: {why}").format(
                path=outcome.path, why=exc.message
            )
            self._report_error(ClearSkyError(entry.message, hint=tr("Open the file from the folder or the history.")))
            self.entry_changed.emit(entry)
            return
        entry.state = "done"
        entry.layer_id = layer.id()
        entry.message = tr("Added to the map")
        if outcome.late_cancel:
            entry.message = tr("The cancel came after the last byte had arrived: the paid file was kept.")
        self.entry_changed.emit(entry)
        self.layer_added.emit(layer)
        if not group:
            push_success(
                self.message_bar,
                tr("Added “{layer}” to the map ({credits} credits; saved as {file}).").format(
                    layer=layer.name(), credits=_credits(outcome.credits), file=outcome.path.name
                ),
            )
        elif not any(e.group == group and e.state == "running" for e in self.entries):
            done = [e for e in self.entries if e.group == group and e.state == "done"]
            push_success(  # one message for a whole series, once its last date is in
                self.message_bar,
                tr("“{group}”: {n} dates added to the map ({credits} credits).").format(
                    group=group, n=len(done), credits=_credits(sum(e.credits or 0 for e in done))
                ),
            )

    def _on_failed(self, entry: DownloadEntry, error: ClearSkyError) -> None:
        entry.task = None
        entry.state = "cancelled" if isinstance(error, CancelledError) else "failed"
        entry.message = error.user_message() if isinstance(error, ClearSkyError) else str(error)
        spent = isinstance(error, ClearSkyError) and error.spent_something
        if spent and entry.kind == "composite":  # a batch's cells are recorded one by one as they end
            from ..core.spending import note_failure

            note_failure(self.history, error, kind="composite", estimate=entry.credits, area=entry.area)
        if entry.state == "failed":
            self._report_error(error)
        elif spent:  # the user's own cancel is no error: said, with what it cost, as a warning
            log.warning("%s", entry.message)
            push_warning(self.message_bar, entry.message)
        self.refresh_balance()  # a paid request was (or may have been) sent: show the balance as it is now
        self.entry_changed.emit(entry)

    def _report_error(self, error: BaseException) -> None:
        text = error.user_message() if isinstance(error, ClearSkyError) else str(error)
        log.warning("%s", text)
        push_error(self.message_bar, error, self.open_settings, self.order_area, self.refresh_balance)
