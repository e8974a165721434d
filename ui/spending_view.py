"""History → *Spending…*: credits per month as a bar chart, the current month split by kind or
by area, the numbers beside it and an export to CSV.  Drawn with QPainter (nothing beyond what
QGIS ships)."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Optional

from qgis.PyQt.QtCore import QRectF, QSize, Qt
from qgis.PyQt.QtGui import QColor, QPainter, QPalette
from qgis.PyQt.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core.i18n import number, tr
from ..core.spending import KINDS, Spending, month_of, now_local

#: colours of the current month's parts (kinds, or areas in turn)
PALETTE = ("#1f77b4", "#ff7f0e", "#2ca02c", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f", "#17becf")
PAST = "#9aa7b5"
MONTHS_SHOWN = 12


def _month_range(first: str, last: str) -> list[str]:
    """Every month from ``first`` to ``last`` (``YYYY-MM``), also those without spending."""
    year, month = (int(x) for x in first.split("-"))
    out = []
    while f"{year}-{month:02d}" <= last:
        out.append(f"{year}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out


def _month_label(month: str, first: bool) -> str:
    """ "Oct" under a bar, with the year under January and under the first bar."""
    from qgis.PyQt.QtCore import QLocale

    year, mon = month.split("-")
    name = QLocale().monthName(int(mon), QLocale.FormatType.ShortFormat)
    return f"{name}\n{year}" if first or mon == "01" else name


class SpendingChart(QWidget):
    """Bars of credits per month, oldest on the left; the current month's bar is stacked."""

    def __init__(self, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setObjectName("spending_chart")
        self.setMinimumSize(QSize(360, 220))
        self.months: list[tuple[str, float]] = []
        self.parts: list[tuple[str, float]] = []  # the current month, split
        self.current = ""

    def set_data(self, months: list[tuple[str, float]], parts: list[tuple[str, float]], current: str) -> None:
        self.months, self.parts, self.current = months, parts, current
        self.setAccessibleDescription(self.summary())
        self.update()

    def summary(self) -> str:
        """What the chart shows, as text (its accessible description and tooltip)."""
        lines = [f"{month}: {number(value)} {tr('credits')}" for month, value in self.months]
        if self.parts:
            lines.append(
                tr("{month} by part: ").format(month=self.current)
                + ", ".join(f"{name} {number(value)}" for name, value in self.parts)
            )
        return "\n".join(lines)

    def bars(self) -> list[tuple[str, float, float]]:
        """(month, credits, bar height in pixels) as drawn at the widget's current size."""
        plot = self._plot_rect()
        top = max([v for _m, v in self.months] + [1e-9])
        return [(m, v, plot.height() * v / top) for m, v in self.months]

    def _plot_rect(self) -> QRectF:
        return QRectF(8, 20, max(1, self.width() - 16), max(1, self.height() - 66))

    def paintEvent(self, event: Any) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text = self.palette().color(QPalette.ColorRole.WindowText)
        plot = self._plot_rect()
        if not self.months:
            painter.setPen(text)
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, tr("Nothing spent yet."))
            return
        slot = plot.width() / len(self.months)
        width = slot * 0.7
        bars = self.bars()
        for i, (month, value, height) in enumerate(bars):
            x = plot.left() + i * slot + (slot - width) / 2
            bottom = plot.bottom()
            if month == self.current and self.parts and value > 0:
                y = bottom
                for j, (_name, part) in enumerate(self.parts):
                    h = height * part / value
                    painter.fillRect(QRectF(x, y - h, width, h), QColor(PALETTE[j % len(PALETTE)]))
                    y -= h
            else:
                painter.fillRect(QRectF(x, bottom - height, width, height), QColor(PAST))
            painter.setPen(text)
            label = QRectF(x - slot * 0.15, bottom - height - 16, width + slot * 0.3, 14)
            if value:
                painter.drawText(label, Qt.AlignmentFlag.AlignCenter, number(value, 0 if value >= 100 else 1))
            painter.drawText(
                QRectF(x - slot * 0.2, bottom + 3, width + slot * 0.4, 40),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                _month_label(month, i == 0),
            )
        painter.setPen(text)
        painter.drawLine(int(plot.left()), int(plot.bottom()), int(plot.right()), int(plot.bottom()))
        painter.end()


class SpendingDialog(QDialog):
    """The chart, the numbers beside it (month by month, and this month by kind or area), CSV."""

    def __init__(self, history: Any, parent: Optional[QWidget] = None, now: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("ClearSkySpendingDialog")
        self.setWindowTitle(tr("ClearSKY – spending"))
        self.history = history
        self.now = now
        self.spending = Spending()
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(QLabel(tr("Split this month by")))
        self.split_combo = QComboBox()
        self.split_combo.setObjectName("spending_split")
        self.split_combo.addItem(tr("kind"), "kind")
        self.split_combo.addItem(tr("area"), "area")
        self.split_combo.currentIndexChanged.connect(self.refresh)
        top.addWidget(self.split_combo)
        top.addStretch(1)
        layout.addLayout(top)
        body = QHBoxLayout()
        self.chart = SpendingChart()
        body.addWidget(self.chart, 3)
        self.table = QTreeWidget()
        self.table.setObjectName("spending_numbers")
        self.table.setRootIsDecorated(True)
        self.table.setHeaderLabels([tr("Month"), tr("Credits"), tr("Orders")])
        self.table.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.header().setStretchLastSection(True)
        self.table.setMinimumWidth(340)
        body.addWidget(self.table, 2)
        layout.addLayout(body, 1)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: palette(mid);")
        layout.addWidget(self.note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.export_button = QPushButton(tr("Export CSV…"))
        self.export_button.setObjectName("spending_export")
        self.export_button.clicked.connect(lambda: self.export())
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(760, 380)
        self.refresh()

    def refresh(self) -> None:
        self.spending = Spending.of(self.history, self.now) if self.history is not None else Spending()
        current = month_of(self.now or now_local())
        months = _month_range(([*self.spending.months(), current])[0], current)[-MONTHS_SHOWN:]
        by = self.split_combo.currentData() or "kind"
        split = self.spending.split(current, by)
        names = {k: tr(v) for k, v in KINDS.items()}
        parts = [(names.get(k, k) if by == "kind" else k, v) for k, v in split.items()]
        self.chart.set_data([(m, self.spending.credits(m)) for m in months], parts, current)
        self.chart.setToolTip(self.chart.summary())
        self.table.clear()
        for month in reversed(months):
            money, currency = self.spending.money(month)
            item = QTreeWidgetItem(
                [month, number(self.spending.credits(month)), f"{number(money)} {currency}" if currency else "—"]
            )
            for col in (1, 2):
                item.setTextAlignment(col, Qt.AlignmentFlag.AlignRight)
            self.table.addTopLevelItem(item)
            if month == current:
                for j, (name, value) in enumerate(parts):
                    child = QTreeWidgetItem([name, number(value), ""])
                    child.setTextAlignment(1, Qt.AlignmentFlag.AlignRight)
                    child.setForeground(0, QColor(PALETTE[j % len(PALETTE)]))
                    item.addChild(child)
                item.setExpanded(True)
        possible = self.spending.possible(current)
        note = tr(
            "Downloads in credits; orders in the currency ClearSKY bills them in (orders placed from this plugin)."
        )
        if possible:
            note += " " + tr(
                "{n} failed request(s) this month may have been charged: counted at their estimate."
            ).format(n=possible)
        self.note.setText(note)

    def rows(self) -> list[list[str]]:
        """The numbers beside the chart, as the user reads them (months, then this month's parts)."""
        out = []
        for i in range(self.table.topLevelItemCount()):
            item = self.table.topLevelItem(i)
            out.append([item.text(c) for c in range(3)])
            out += [["  " + item.child(j).text(0), item.child(j).text(1), ""] for j in range(item.childCount())]
        return out

    def export(self, path: Optional[str] = None) -> Optional[Path]:
        """Write the spending month by month as CSV (asks where when ``path`` is not given)."""
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self, tr("Export spending"), str(Path.home() / "clearsky_spending.csv"), tr("CSV (*.csv)")
            )
        if not path:
            return None
        target = Path(path)
        target.write_text(self.spending.csv(), encoding="utf-8")
        return target
