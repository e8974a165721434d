"""The *History* panel: every paid delivery (composite, series date, grid cell, Processing) as a
sortable, filterable table; double-click opens one again (as it was opened when downloaded),
*Use its area and settings* fills the form, *Copy attribution* copies its notices."""

from __future__ import annotations

from typing import Any

from qgis.gui import QgsCollapsibleGroupBox, QgsFilterLineEdit
from qgis.PyQt.QtCore import Qt, pyqtSignal
from qgis.PyQt.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from ..core.errors import ClearSkyError
from ..core.i18n import number, tr
from .feedback import push_error

COLUMNS = ("date", "area", "model", "credits", "file")


class _Row(QTreeWidgetItem):
    """Sorts the credits column as numbers, the others as text."""

    def __lt__(self, other: QTreeWidgetItem) -> bool:
        column = self.treeWidget().sortColumn() if self.treeWidget() else 0
        if COLUMNS[column] == "credits":
            mine, theirs = self.data(column, Qt.ItemDataRole.UserRole), other.data(column, Qt.ItemDataRole.UserRole)
            return (mine or 0.0) < (theirs or 0.0)
        return self.text(column).lower() < other.text(column).lower()


class HistoryPanel(QgsCollapsibleGroupBox):
    reuse_requested = pyqtSignal(object)  # history.Entry

    def __init__(self, manager: Any, message_bar: Any, parent=None) -> None:
        super().__init__(tr("History"), parent)
        self.setObjectName("history_box")
        self.setCollapsed(True)
        self.manager = manager
        self.message_bar = message_bar
        layout = QVBoxLayout(self)
        self.filter_edit = QgsFilterLineEdit()
        self.filter_edit.setPlaceholderText(tr("Filter by date, area, model or file…"))
        self.filter_edit.textChanged.connect(self._filter)
        layout.addWidget(self.filter_edit)
        self.table = QTreeWidget()
        self.table.setRootIsDecorated(False)
        self.table.setHeaderLabels([tr("Date"), tr("Area name"), tr("Model"), tr("Credits"), tr("File")])
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.table.setMinimumHeight(120)
        self.table.itemDoubleClicked.connect(lambda item, _col: self.reopen(item.data(0, Qt.ItemDataRole.UserRole)))
        header = self.table.header()
        for column in range(len(COLUMNS) - 1):  # sized to their content; the file name takes the rest
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        layout.addWidget(self.table)
        row = QHBoxLayout()
        self.open_button = QPushButton(tr("Open"))
        self.open_button.setObjectName("history_open")
        self.open_button.setToolTip(tr("Open the selected download as a layer again (or double-click it)"))
        self.open_button.clicked.connect(lambda: self.reopen(self.current()))
        row.addWidget(self.open_button)
        reuse = QPushButton(tr("Use its area and settings"))
        reuse.setToolTip(tr("Fill the form from the selected download (pick another date, then check)"))
        reuse.clicked.connect(lambda: self.current() is not None and self.reuse_requested.emit(self.current()))
        attribution = QPushButton(tr("Copy attribution"))
        attribution.clicked.connect(self.copy_attribution)
        row.addWidget(reuse)
        layout.addLayout(row)
        row2 = QHBoxLayout()  # a second row: the dock is never widened by this section, also in German
        row2.addWidget(attribution)
        self.spending_button = QPushButton(tr("Spending…"))
        self.spending_button.setObjectName("history_spending")
        self.spending_button.setToolTip(tr("Credits per month as a chart, this month by kind or area, CSV export"))
        self.spending_button.clicked.connect(self.show_spending)
        row2.addWidget(self.spending_button)
        layout.addLayout(row2)
        self.spending_dialog = None
        self.collapsedStateChanged.connect(lambda collapsed: None if collapsed else self.refresh())

    def refresh(self) -> None:
        history = self.manager.history
        try:
            entries = history.entries() if history is not None else []
        except Exception as exc:  # an unreadable history never breaks the dock
            push_error(self.message_bar, ClearSkyError(tr("The download history could not be read: {e}").format(e=exc)))
            entries = []
        self.table.setSortingEnabled(False)
        self.table.clear()
        for entry in entries:
            item = _Row(
                [
                    entry.date,
                    entry.area or "—",
                    entry.model if entry.kind == "composite" else f"{entry.model} ({tr(entry.kind)})",
                    f"{number(entry.credits)}" if entry.credits is not None else "?",
                    entry.where + (" ⚠" if entry.missing else ""),
                ]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, entry)
            item.setData(COLUMNS.index("credits"), Qt.ItemDataRole.UserRole, entry.credits)
            item.setTextAlignment(COLUMNS.index("credits"), Qt.AlignmentFlag.AlignRight)
            tip = f"{entry.time}\n{entry.path or entry.upload_url}\n{entry.attribution}"
            if entry.missing:
                tip = tr("⚠ The file is no longer there.") + "\n" + tip
            for column in range(len(COLUMNS)):
                item.setToolTip(column, tip)
            self.table.addTopLevelItem(item)
        self.table.setSortingEnabled(True)
        self._filter(self.filter_edit.text())

    def _filter(self, text: str) -> None:
        words = text.lower().split()
        for i in range(self.table.topLevelItemCount()):
            item = self.table.topLevelItem(i)
            haystack = " ".join(item.text(c) for c in range(len(COLUMNS))).lower()
            item.setHidden(not all(w in haystack for w in words))

    def visible_rows(self) -> list[list[str]]:
        """The rows a user sees, in order (what the tests read)."""
        rows = []
        for i in range(self.table.topLevelItemCount()):
            item = self.table.topLevelItem(i)
            if not item.isHidden():
                rows.append([item.text(c) for c in range(len(COLUMNS))])
        return rows

    def current(self) -> Any:
        item = self.table.currentItem()
        return item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None

    def reopen(self, entry: Any) -> None:
        from ..core.layers import open_history_entry

        if entry is None:
            return
        try:
            open_history_entry(entry)
        except ClearSkyError as exc:
            push_error(self.message_bar, exc)

    def show_spending(self) -> Any:
        """*Spending…*: the chart of credits per month (not modal: the history stays usable)."""
        from .spending_view import SpendingDialog

        try:
            dialog = SpendingDialog(self.manager.history, self.window())
        except Exception as exc:  # an unreadable history never breaks the dock
            push_error(self.message_bar, ClearSkyError(tr("The spending could not be read: {e}").format(e=exc)))
            return None
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _code: setattr(self, "spending_dialog", None))
        self.spending_dialog = dialog
        dialog.show()
        return dialog

    def copy_attribution(self) -> None:
        entry = self.current()
        if entry is not None:
            QApplication.clipboard().setText(entry.attribution)
