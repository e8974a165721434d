"""The *History* panel: past deliveries; double-click opens one again (as it was opened when
downloaded), *Use its area and settings* fills the form, *Copy attribution* copies its notices."""

from __future__ import annotations

from typing import Any

from qgis.gui import QgsCollapsibleGroupBox
from qgis.PyQt.QtCore import Qt, pyqtSignal
from qgis.PyQt.QtWidgets import QApplication, QHBoxLayout, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout

from ..core.errors import ClearSkyError
from ..core.i18n import tr
from .feedback import push_error


class HistoryPanel(QgsCollapsibleGroupBox):
    reuse_requested = pyqtSignal(object)  # history.Entry

    def __init__(self, manager: Any, message_bar: Any, parent=None) -> None:
        super().__init__(tr("History"), parent)
        self.setObjectName("history_box")
        self.setCollapsed(True)
        self.manager = manager
        self.message_bar = message_bar
        layout = QVBoxLayout(self)
        self.history_list = QListWidget()
        self.history_list.setMaximumHeight(110)
        self.history_list.itemDoubleClicked.connect(lambda item: self.reopen(item.data(Qt.ItemDataRole.UserRole)))
        layout.addWidget(self.history_list)
        row = QHBoxLayout()
        reuse = QPushButton(tr("Use its area and settings"))
        reuse.setToolTip(tr("Fill the form from the selected download (pick another date, then check)"))
        reuse.clicked.connect(lambda: self.current() is not None and self.reuse_requested.emit(self.current()))
        attribution = QPushButton(tr("Copy attribution"))
        attribution.clicked.connect(self.copy_attribution)
        row.addWidget(reuse)
        row.addWidget(attribution)
        layout.addLayout(row)
        self.collapsedStateChanged.connect(lambda collapsed: None if collapsed else self.refresh())

    def refresh(self) -> None:
        history = self.manager.history
        self.history_list.clear()
        for entry in history.entries() if history is not None else []:
            item = QListWidgetItem(entry.label())
            item.setData(Qt.ItemDataRole.UserRole, entry)
            item.setToolTip(f"{entry.time}\n{entry.path or entry.upload_url}\n{entry.attribution}")
            self.history_list.addItem(item)

    def current(self) -> Any:
        item = self.history_list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def reopen(self, entry: Any) -> None:
        from ..core.layers import open_history_entry

        if entry is None:
            return
        try:
            open_history_entry(entry)
        except ClearSkyError as exc:
            push_error(self.message_bar, exc)

    def copy_attribution(self) -> None:
        entry = self.current()
        if entry is not None:
            QApplication.clipboard().setText(entry.attribution)
