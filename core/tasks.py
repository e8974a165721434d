"""Background work as ``QgsTask``s: thin wrappers that run a workflow of
:mod:`.workflow` on a worker thread.  Work happens in ``_run()`` and touches no widget
and no project; results and errors come back through signals emitted from
``finished()`` on the main thread."""

from __future__ import annotations

import threading
import traceback
from dataclasses import replace
from pathlib import Path
from typing import Any, Callable, Optional

from qgis.core import QgsTask
from qgis.PyQt.QtCore import pyqtSignal

from . import logger
from .api import ClearSkyClient
from .approval import Approval
from .errors import CancelledError, ClearSkyError
from .i18n import tr
from .models import CompositeRequest
from .workflow import CheckResult, DownloadOutcome, run_check, run_download

log = logger.getChild("tasks")


class BaseTask(QgsTask):
    """``_run()`` does the work; exceptions are kept and reported on the main thread.

    The work runs in a Python-created thread that the task's QThread waits for: pyproj 3.7
    keeps its PROJ context in Python thread-local storage, and used from a thread Python did
    not create (QGIS's task pool) it can crash QGIS (pyproj issue #1509, seen here in the
    Debian trixie leg with pyproj 3.7.1 while estimating grid cells)."""

    succeeded = pyqtSignal(object)
    failed = pyqtSignal(object)

    def __init__(self, description: str, flags: QgsTask.Flags = QgsTask.Flag.CanCancel) -> None:
        # QGIS ≥ 3.26: no system notification of its own (the plugin says what happened, money
        # included); on older QGIS its notice follows the outcome (see run)
        silent = getattr(QgsTask.Flag, "Silent", None)
        super().__init__(description, flags | silent if silent is not None else flags)
        self.result: Any = None
        self.error: Optional[BaseException] = None

    def _run(self) -> Any:  # pragma: no cover - abstract
        raise NotImplementedError

    def run(self) -> bool:
        try:
            self.result = _in_python_thread(self._run, self.description())
            if self.isCanceled():
                raise CancelledError(tr("Cancelled."))
            return True
        except ClearSkyError as exc:
            self.error = exc
        except Exception as exc:
            log.error("Unexpected error in %s: %s", self.description(), traceback.format_exc())
            self.error = ClearSkyError(
                tr("Unexpected error: {exc}").format(exc=exc), hint=tr("See the ClearSKY log for details.")
            )
        # the plugin reports the error itself (``failed`` → a message with ClearSKY's own words);
        # False keeps QGIS's own notice from saying "Task complete" over a failure
        return False

    def finished(self, ok: bool) -> None:
        # QGIS calls this virtual from C++: an exception escaping a slot here (say, a panel that
        # was closed meanwhile) would abort QGIS, so it is logged instead
        try:
            if ok and self.error is None:
                self.succeeded.emit(self.result)
            else:
                if self.error is None:
                    self.error = CancelledError(tr("Cancelled."))
                self.failed.emit(self.error)
        except Exception:
            log.error("A ClearSKY result could not be shown (%s): %s", self.description(), traceback.format_exc())

    def is_canceled(self) -> bool:
        return self.isCanceled()


def _in_python_thread(work: Callable[[], Any], name: str) -> Any:
    """``work()`` in a new ``threading.Thread``; its result, or its exception raised here."""
    box: dict[str, Any] = {}

    def target() -> None:
        try:
            box["result"] = work()
        except BaseException as exc:
            box["error"] = exc

    thread = threading.Thread(target=target, name=f"clearsky: {name}"[:60], daemon=True)  # no-i18n
    thread.start()
    thread.join()
    if "error" in box:
        raise box["error"]
    return box.get("result")


class CheckTask(BaseTask):
    def __init__(
        self, client: ClearSkyClient, request: CompositeRequest, bbox_area_km2: Optional[float] = None
    ) -> None:
        super().__init__(tr("ClearSKY: check availability and cost ({value1})").format(value1=request.date.isoformat()))
        self.client = client
        self.request = request
        self.bbox_area_km2 = bbox_area_km2

    def _run(self) -> CheckResult:
        return run_check(
            self.client,
            self.request,
            bbox_area_km2=self.bbox_area_km2,
            is_canceled=self.isCanceled,
            progress=self.setProgress,
        )


class DownloadTask(BaseTask):
    """Downloads an approved composite; refuses if the payload is not the approved one."""

    def __init__(
        self,
        client: ClearSkyClient,
        request: CompositeRequest,
        approval: Approval,
        folder: Optional[Path],
        *,
        expected_size: Optional[int] = None,
        credits: Optional[float] = None,
        area_km2: Optional[float] = None,
        title: str = "",
    ) -> None:
        super().__init__(tr("ClearSKY: download {value1}").format(value1=title or request.date.isoformat()))
        self.client = client
        self.request = request
        self.approval = approval
        self.folder = Path(folder) if folder else None
        self.expected_size = expected_size
        self.credits = credits
        self.area_km2 = area_km2
        self.title = title

    def _run(self) -> DownloadOutcome:
        outcome = run_download(
            self.client,
            self.request,
            self.approval,
            self.folder,
            expected_size=self.expected_size,
            credits=self.credits,
            area_km2=self.area_km2,
            progress=self.setProgress,
            is_canceled=self.isCanceled,
        )
        if self.isCanceled() and outcome.path is not None:
            # the cancel came after the last paid byte had arrived: keep the file (money rules)
            outcome = replace(outcome, late_cancel=True)
        return outcome

    def run(self) -> bool:
        ok = super().run()
        if isinstance(self.error, CancelledError) and isinstance(self.result, DownloadOutcome):
            self.error = None  # see _run: a complete, paid file survives a late cancel
        return ok or self.error is None


class PlaceOrderTask(BaseTask):
    """Places one order (``paid.place_order``).  Once the create may have left, a cancel changes
    nothing: the task ends with what happened — placed, refused, or may have been placed — never
    with a bare "Cancelled" over an order that exists (design.md, money rules).  The task manager
    shows no cancel button for it; a cancel before anything was sent stops it."""

    def __init__(self, client: ClearSkyClient, request: Any, approval: Approval) -> None:
        super().__init__(tr("ClearSKY: place order ({value1})").format(value1=request.period()), QgsTask.Flags())
        self.client = client
        self.request = request
        self.approval = approval

    def _run(self) -> Any:
        # is_canceled is read only before the create leaves (and while a 429 is waited out)
        return self.client.place_order(self.request, self.approval, is_canceled=self.isCanceled)

    def run(self) -> bool:
        ok = super().run()
        if isinstance(self.error, CancelledError) and self.result is not None:
            self.error = None  # placed: the order exists, whatever the cancel said
        return ok or self.error is None


class CallTask(BaseTask):
    """Any short API call (models, account, dates) off the main thread."""

    def __init__(self, description: str, fn: Callable[[], Any]) -> None:
        super().__init__(description)
        self.fn = fn

    def _run(self) -> Any:
        return self.fn()


class TileBatchTask(BaseTask):
    """Downloads grid cells in parallel, then builds one VRT per UTM zone."""

    cell_done = pyqtSignal(object)  # tiles.CellResult (emitted from the worker: queued to the main thread)

    def __init__(
        self,
        client: ClearSkyClient,
        refs: list,
        params: Any,
        folder: Path,
        approval: Approval,
        *,
        max_parallel: int = 1,
        stem: str = "clearsky",
        mosaic_crs: Optional[str] = None,
    ) -> None:
        super().__init__(tr("ClearSKY: download {n} grid cells").format(n=len(refs)))
        self.client = client
        self.refs = list(refs)
        self.params = params
        self.folder = Path(folder)
        self.approval = approval
        self.max_parallel = max_parallel
        self.stem = stem
        self.mosaic_crs = mosaic_crs
        self._done = 0
        self._lock = threading.Lock()

    def _cell(self, cell: Any) -> None:
        with self._lock:
            self._done += 1
            self.setProgress(100.0 * self._done / max(1, len(self.refs)))
        self.cell_done.emit(cell)

    def _run(self) -> Any:
        from . import tiles

        result = tiles.download_cells(
            self.client,
            self.refs,
            self.params,
            self.folder,
            approval=self.approval,
            max_parallel=self.max_parallel,
            on_cell=self._cell,
            is_canceled=self.isCanceled,
        )
        if self.isCanceled():
            text = tr(
                "Cancelled: {value1} of {n} cells are complete (kept, and in the history); run the same batch "
                "again to fetch the rest."
            ).format(value1=len(result.downloaded) + len(result.resumed), n=len(self.refs))
            charged = result.charged_text()
            error = CancelledError(f"{text} {charged}" if charged else text)
            error.charged = result.charged_failed()
            raise error
        tiles.build_vrts(result, self.folder, self.stem)
        if self.mosaic_crs and result.vrts:
            tiles.build_mosaic(result, self.folder / f"{self.stem}_mosaic.tif", self.mosaic_crs)
        return result
