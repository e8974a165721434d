"""The *Downloads* list: one row per download with progress, state and cancel / zoom."""

from __future__ import annotations

from typing import Callable

from qgis.core import QgsProject
from qgis.PyQt.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..core.i18n import tr
from .downloads import DownloadEntry, DownloadManager


class DownloadRow(QWidget):
    """One download: title, progress bar, state, cancel/zoom button."""

    def __init__(self, entry: DownloadEntry, manager: DownloadManager, ask: Callable[[str], bool], parent=None) -> None:
        super().__init__(parent)
        self.entry = entry
        self.manager = manager
        self.ask = ask
        layout = QHBoxLayout(self)
        layout.setContentsMargins(2, 1, 2, 1)
        self.title = QLabel(entry.title)
        self.bar = QProgressBar()
        self.bar.setRange(0, 100)
        self.bar.setMaximumHeight(14)
        self.state = QLabel("")
        self.button = QToolButton()
        self.button.setAutoRaise(True)
        self.button.clicked.connect(self._clicked)
        layout.addWidget(self.title, 2)
        layout.addWidget(self.bar, 2)
        layout.addWidget(self.state, 2)
        layout.addWidget(self.button)
        self.update_from(entry)

    def update_from(self, entry: DownloadEntry) -> None:
        self.bar.setValue(int(entry.progress))
        running = entry.state == "running"
        self.bar.setVisible(running)
        self.state.setVisible(not running)
        reason = (entry.message or "").split(". ")[0].rstrip(".")  # its first sentence; all of it in the tooltip
        reason = reason if len(reason) <= 60 else reason[:59] + "…"
        texts = {
            "done": "✔ " + (entry.message or tr("done")),
            "failed": "✖ " + (tr("failed: {reason}").format(reason=reason) if reason else tr("failed")),
            "cancelled": tr("cancelled"),
        }
        self.state.setText(texts.get(entry.state, ""))
        self.setToolTip(entry.message)
        self.button.setText("✕" if running else ("▸" if entry.layer_id else ""))
        self.button.setToolTip(tr("Cancel this download") if running else tr("Zoom to the layer"))
        self.button.setVisible(running or bool(entry.layer_id))

    def _clicked(self) -> None:
        if self.entry.state == "running":
            if self.entry.progress > 0 and not self.ask(self.spent_question()):
                return
            self.manager.cancel(self.entry)
        elif self.entry.layer_id:
            from qgis.utils import iface

            layer = QgsProject.instance().mapLayer(self.entry.layer_id)
            if layer is not None and iface is not None:
                iface.setActiveLayer(layer)
                iface.zoomToActiveLayer()

    def spent_question(self) -> str:
        """The file is arriving: ClearSKY has processed and charged it, so a cancel saves nothing."""
        credits = self.entry.credits
        cost = tr("about {c:,.2f} credits").format(c=credits) if credits else tr("its credits")
        return tr(
            "ClearSKY has already processed this download and is sending the file: {cost} are spent whether "
            "you cancel or not, and a cancelled file cannot be resumed. Cancel anyway?"
        ).format(cost=cost)


class DownloadList(QGroupBox):
    def __init__(self, manager: DownloadManager, ask: Callable[[str], bool], parent=None) -> None:
        super().__init__(tr("Downloads"), parent)
        self.manager = manager
        self.ask = ask
        layout = QVBoxLayout(self)
        self.downloads_list = QListWidget()
        self.downloads_list.setMinimumHeight(70)
        layout.addWidget(self.downloads_list)
        self._rows: dict[int, tuple[QListWidgetItem, DownloadRow]] = {}

    def show_entry(self, entry: DownloadEntry) -> bool:
        """Add or update the row of ``entry``; True when it is new."""
        if entry.id in self._rows:
            self._rows[entry.id][1].update_from(entry)
            return False
        item = QListWidgetItem()
        row = DownloadRow(entry, self.manager, self.ask)
        item.setSizeHint(row.sizeHint())
        self.downloads_list.insertItem(0, item)
        self.downloads_list.setItemWidget(item, row)
        self._rows[entry.id] = (item, row)
        return True
