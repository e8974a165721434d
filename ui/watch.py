"""Watched areas in QGIS: the checks for new dates (free, in a task, at start and every few hours),
one message-bar notice per area with new dates, and the *Watched areas* section of the dock.

*Check & download…* on a notice or in the list only opens the usual check → cost dialog for
the newest new date: nothing is paid before the cost dialog's *Download*."""

from __future__ import annotations

import os
from typing import Any, Callable, Optional

from qgis.core import Qgis, QgsApplication, QgsTask
from qgis.gui import QgsCollapsibleGroupBox
from qgis.PyQt.QtCore import QObject, Qt, QTimer, pyqtSignal
from qgis.PyQt.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core import logger
from ..core.errors import ClearSkyError
from ..core.i18n import tr
from ..core.watch import WatchedArea, WatchStore
from .feedback import plain, push_error, push_success

log = logger.getChild("watch")

#: the first check after QGIS start waits this long once the interface is up (CLEARSKY_WATCH_START_S)
START_DELAY_S = 30.0


def watched_area(aoi: Any, product: Any) -> Optional[WatchedArea]:
    """The dock's area with the form's model and constellations (None without an area)."""
    if aoi is None:
        return None
    request = product.request(aoi, None)
    return WatchedArea(aoi.name or tr("Area"), aoi.wkt, request.model, tuple(request.constellations))


class WatchTask(QgsTask):
    """Checks watched areas in a worker thread: the client, the imports it needs, the store's
    reads and writes all happen there, so QGIS's interface never waits for them."""

    def __init__(self, store: WatchStore, client_factory: Callable[[], Any], ids: Optional[set]) -> None:
        super().__init__(tr("ClearSKY: check watched areas"), QgsTask.Flag.CanCancel)
        self.store = store
        self.client_factory = client_factory
        self.ids = ids
        self.results: list = []
        self.areas: Optional[list] = None
        self.error: Optional[BaseException] = None
        self.on_done: Optional[Callable[[Any], None]] = None

    def run(self) -> bool:
        from ..core.watch import check_area

        try:
            stored = self.store.load()
            todo = [a for a in stored if not a.paused and (self.ids is None or a.id in self.ids)]
            self.areas = stored
            if todo:
                client = self.client_factory()
                for area in todo:
                    if self.isCanceled():
                        break
                    try:
                        self.results.append(check_area(client, area, is_canceled=self.isCanceled))
                    except ClearSkyError as exc:  # one area's failure never stops the others
                        log.warning("Watched area %s could not be checked: %s", area.name, exc.user_message())
                self.areas = self.store.merge_checked([r.area for r in self.results])
        except Exception as exc:  # reported on the main thread
            self.error = exc
        return self.error is None

    def finished(self, ok: bool) -> None:
        if self.on_done is not None:
            self.on_done(self)


class WatchService(QObject):
    """Owns the watched areas' checks; the plugin makes one, the dock's section shows it."""

    #: the stored list changed (added, checked, paused, removed)
    areas_changed = pyqtSignal(object)
    #: a notice was shown: (WatchResult, the message bar item)
    notified = pyqtSignal(object, object)

    def __init__(
        self,
        client_factory: Callable[[], Any],
        message_bar: Any,
        open_check: Optional[Callable[[WatchedArea, list], None]] = None,
        *,
        store: Optional[WatchStore] = None,
        hours: Callable[[], float] = lambda: 4.0,
        parent: Optional[QObject] = None,
    ) -> None:
        super().__init__(parent)
        #: called in the check's worker thread: a client for the free calls
        self.client_factory = client_factory
        self.message_bar = message_bar
        #: *Check & download…*: (area, new dates) → the dock's check and cost dialog
        self.open_check = open_check
        self.store = store or WatchStore()
        self.hours = hours
        self.timer = QTimer(self)
        self.timer.timeout.connect(lambda: self.check_now())
        self._tasks: list = []
        self._stopped = False

    # -- schedule ---------------------------------------------------------------------------
    def start(self, delay_s: Optional[float] = None) -> None:
        """Check once ``delay_s`` after now (the interface is up), then every ``hours``.  Nothing
        is read or asked before that: QGIS's start-up does not wait for it."""
        if delay_s is None:
            delay_s = float(os.environ.get("CLEARSKY_WATCH_START_S", START_DELAY_S))
        QTimer.singleShot(int(delay_s * 1000), self._first)

    def _first(self) -> None:
        if self._stopped:  # the plugin was unloaded before the first check
            return
        self.check_now()
        self.timer.start(int(max(0.5, self.hours()) * 3600 * 1000))

    def stop(self) -> None:
        self._stopped = True
        self.timer.stop()
        for task in list(self._tasks):
            task.on_done = None  # a check ending after unload tells nobody
            try:
                task.cancel()
            except RuntimeError:
                pass

    # -- the list -------------------------------------------------------------------------
    def areas(self) -> list[WatchedArea]:
        try:
            return self.store.load()
        except Exception as exc:
            log.warning("The watched areas could not be read: %s", exc)
            return []

    def watch(self, area: WatchedArea) -> None:
        """Add ``area`` and learn its current dates at once (free); later checks report new ones."""
        self.areas_changed.emit(self.store.put(area))
        self.check_now([area], first=True)

    def set_paused(self, area_id: str, paused: bool) -> None:
        from dataclasses import replace

        for a in self.areas():
            if a.id == area_id:
                self.areas_changed.emit(self.store.update(replace(a, paused=paused)))

    def remove(self, area_id: str) -> None:
        self.areas_changed.emit(self.store.remove(area_id))

    # -- checking ---------------------------------------------------------------------------
    def check_now(self, areas: Optional[list] = None, *, first: bool = False) -> Optional[WatchTask]:
        """Check ``areas`` (default: every area not paused) in one task; free calls only.  A
        scheduled check while another runs is skipped."""
        if areas is None and any(t.ids is None for t in self._tasks):
            return None
        ids = None if areas is None else {a.id for a in areas if not a.paused}
        if ids is not None and not ids:
            return None
        task = WatchTask(self.store, self.client_factory, ids)
        task.on_done = lambda t: self._checked(t, first)
        self._tasks.append(task)
        QgsApplication.taskManager().addTask(task)
        return task

    def _checked(self, task: WatchTask, first: bool) -> None:
        if task in self._tasks:
            self._tasks.remove(task)
        if task.error is not None:
            text = task.error.user_message() if isinstance(task.error, ClearSkyError) else str(task.error)
            log.warning("The watched areas could not be checked: %s", text)
            return
        for result in task.results:
            if result.new:
                self.notify(result)
            elif first:
                push_success(
                    self.message_bar,
                    tr(
                        "Watching “{name}”: {n} dates with imagery in the last weeks; new ones will be announced."
                    ).format(name=result.area.name, n=len(result.area.known)),
                )
        if task.areas is not None:
            self.areas_changed.emit(task.areas)

    def notify(self, result: Any) -> Any:
        """One notice for one area, with *Check & download…* (which only opens the cost dialog)."""
        bar = self.message_bar
        if bar is None:
            return None
        widget = bar.createMessage(tr("ClearSKY"), plain(result.notice()))
        button = QPushButton(tr("Check && download…"))
        button.setObjectName("watch_check_download")
        area, dates = result.area, list(result.new)
        button.clicked.connect(lambda: self.check_and_download(area, dates, widget))
        widget.layout().addWidget(button)
        item = bar.pushWidget(widget, Qgis.MessageLevel.Info, 0)
        self.notified.emit(result, widget)
        return item

    def check_and_download(self, area: WatchedArea, dates: Optional[list] = None, widget: Any = None) -> None:
        """*Check & download…* (notice, list, Browser): the dock's check and cost dialog for ``dates``
        (default: the area's new dates, else its newest); closes the notice ``widget``."""
        if dates is None:
            dates = area.dates_to_check()
        if widget is not None:
            try:
                self.message_bar.popWidget(widget)
            except (AttributeError, RuntimeError, TypeError):
                pass
        if self.open_check is not None:
            self.open_check(area, dates)


class WatchPanel(QgsCollapsibleGroupBox):
    """The dock's *Watched areas*: name, last new date, last checked; watch, check now, pause,
    remove, export and import."""

    def __init__(
        self,
        service: WatchService,
        current: Callable[[], Optional[WatchedArea]],
        message_bar: Any,
        parent: Optional[QWidget] = None,
    ) -> None:
        super().__init__(tr("Watched areas"), parent)
        self.setObjectName("watch_box")
        self.setCollapsed(True)
        self.service = service
        self.current = current
        self.message_bar = message_bar
        layout = QVBoxLayout(self)
        self.table = QTreeWidget()
        self.table.setObjectName("watch_list")
        self.table.setRootIsDecorated(False)
        self.table.setHeaderLabels([tr("Area name"), tr("Last new date"), tr("Last checked")])
        self.table.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setMinimumHeight(90)
        self.table.setMaximumHeight(160)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        layout.addWidget(self.table)
        self.empty = QLabel(tr("Watch an area to be told when ClearSKY publishes new dates for it (free checks)."))
        self.empty.setWordWrap(True)
        layout.addWidget(self.empty)
        # three short rows: the dock is never widened by this section, also in German
        rows = [QHBoxLayout(), QHBoxLayout(), QHBoxLayout()]
        self.watch_button = QPushButton(tr("Watch this area…"))
        self.watch_button.setObjectName("watch_this_area")
        self.watch_button.setToolTip(tr("Watch the panel's area with its model and constellations"))
        self.watch_button.clicked.connect(self.watch_current)
        self.check_button = QPushButton(tr("Check now"))
        self.check_button.clicked.connect(lambda: self.service.check_now())
        self.open_button = QPushButton(tr("Check && download…"))
        self.open_button.setObjectName("watch_open")
        self.open_button.clicked.connect(self._open_selected)
        self.pause_button = QPushButton(tr("Pause"))
        self.pause_button.setObjectName("watch_pause")
        self.pause_button.clicked.connect(self._toggle_pause)
        self.remove_button = QPushButton(tr("Remove"))
        self.remove_button.setObjectName("watch_remove")
        self.remove_button.clicked.connect(self._remove)
        export = QPushButton(tr("Export…"))
        export.clicked.connect(lambda: self.export())
        import_ = QPushButton(tr("Import…"))
        import_.clicked.connect(lambda: self.import_())
        for row, buttons in zip(
            rows,
            (
                (self.watch_button, self.check_button),
                (self.open_button, self.pause_button),
                (self.remove_button, export, import_),
            ),
        ):
            for b in buttons:
                row.addWidget(b)
            layout.addLayout(row)
        service.areas_changed.connect(self.show_areas)
        self.show_areas(service.areas())

    def show_areas(self, areas: list) -> None:
        selected = self.selected()
        self.table.clear()
        for a in sorted(areas, key=lambda a: a.name.lower()):
            item = QTreeWidgetItem(
                [a.name + (tr(" (paused)") if a.paused else ""), a.last_new or "—", a.checked_label()]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, a)
            item.setToolTip(0, f"{a.model} · {', '.join(a.constellations)}")
            self.table.addTopLevelItem(item)
            if selected is not None and a.id == selected.id:
                self.table.setCurrentItem(item)
        self.empty.setVisible(not areas)
        self._update_buttons()

    def rows(self) -> list[list[str]]:
        """The list as the user reads it."""
        return [[self.table.topLevelItem(i).text(c) for c in range(3)] for i in range(self.table.topLevelItemCount())]

    def selected(self) -> Optional[WatchedArea]:
        item = self.table.currentItem()
        return item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None

    def _update_buttons(self) -> None:
        area = self.selected()
        for b in (self.pause_button, self.remove_button, self.open_button):
            b.setEnabled(area is not None)
        self.pause_button.setText(tr("Resume") if area is not None and area.paused else tr("Pause"))

    def watch_current(self, name: Optional[str] = None) -> Optional[WatchedArea]:
        """*Watch this area…*: the panel's area, model and constellations, under a name."""
        try:
            area = self.current()
        except ClearSkyError as exc:  # the form's product is not valid (bands, resolution…)
            push_error(self.message_bar, exc)
            return None
        if area is None:
            push_error(self.message_bar, ClearSkyError(tr("Choose an area first: draw one, or pick a layer.")))
            return None
        if name is None:
            name, ok = QInputDialog.getText(self, tr("Watch this area"), tr("Name of the watched area"), text=area.name)
            if not ok:
                return None
        from dataclasses import replace

        area = replace(area, name=(name or area.name).strip() or area.name)
        self.service.watch(area)
        self.setCollapsed(False)
        return area

    def _open_selected(self) -> None:
        area = self.selected()
        if area is not None:
            self.service.check_and_download(area)

    def _toggle_pause(self) -> None:
        area = self.selected()
        if area is not None:
            self.service.set_paused(area.id, not area.paused)

    def _remove(self) -> None:
        area = self.selected()
        if area is not None:
            self.service.remove(area.id)

    def export(self, path: Optional[str] = None) -> int:
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self, tr("Export watched areas"), "clearsky_watched_areas.gpkg", tr("GeoPackage (*.gpkg)")
            )
        if not path:
            return 0
        n = self.service.store.export(path)
        push_success(self.message_bar, tr("{n} watched area(s) exported to {path}.").format(n=n, path=path))
        return n

    def import_(self, path: Optional[str] = None) -> int:
        if path is None:
            path, _ = QFileDialog.getOpenFileName(self, tr("Import watched areas"), "", tr("GeoPackage (*.gpkg)"))
        if not path:
            return 0
        try:
            n = self.service.store.import_(path)
        except ClearSkyError as exc:
            push_error(self.message_bar, exc)
            return 0
        areas = self.service.areas()
        self.service.areas_changed.emit(areas)
        push_success(self.message_bar, tr("{n} watched area(s) imported.").format(n=n))
        return n
