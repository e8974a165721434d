"""The date field with the calendar of dates that have imagery, ◀ ▶ to jump between them."""

from __future__ import annotations

import datetime as _dt
from datetime import timedelta
from typing import Any

from qgis.PyQt.QtCore import QDate, pyqtSignal
from qgis.PyQt.QtGui import QBrush, QColor, QTextCharFormat
from qgis.PyQt.QtWidgets import QDateEdit, QHBoxLayout, QLabel, QToolButton, QWidget

from ..core.i18n import tr


class DateRow(QWidget):
    date_changed = pyqtSignal()
    #: the calendar shows another month (the first of it): dates outside the fetched window are unknown
    month_shown = pyqtSignal(object)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.available_dates: list[_dt.date] = []
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.date_edit.setDate(QDate.currentDate().addDays(-3))
        self.date_edit.dateChanged.connect(self._date_changed)
        self.prev_date = QToolButton()
        self.prev_date.setText("◀")
        self.prev_date.setToolTip(tr("Previous date with imagery for this area"))
        self.prev_date.clicked.connect(lambda: self.jump_to_available(-1))
        self.next_date = QToolButton()
        self.next_date.setText("▶")
        self.next_date.setToolTip(tr("Next date with imagery for this area"))
        self.next_date.clicked.connect(lambda: self.jump_to_available(1))
        self.dates_label = QLabel("")
        self.date_edit.calendarWidget().currentPageChanged.connect(
            lambda year, month: self.month_shown.emit(_dt.date(year, month, 1))
        )
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.date_edit, 1)
        row.addWidget(self.prev_date)
        row.addWidget(self.next_date)
        row.addWidget(self.dates_label)

    def date(self) -> _dt.date:
        return self.date_edit.date().toPyDate()

    def set_date(self, day: Any) -> None:
        if isinstance(day, str):
            self.date_edit.setDate(QDate.fromString(day, "yyyy-MM-dd"))
        else:
            self.date_edit.setDate(QDate(day.year, day.month, day.day))

    def _date_changed(self, *args: Any) -> None:
        self.mark()
        self.date_changed.emit()

    def show_available(self, dates: list, start: _dt.date, end: _dt.date) -> None:
        """Highlight ``dates`` on the calendar, dim the other days from ``start`` to ``end``."""
        self.available_dates = sorted(dates)
        calendar = self.date_edit.calendarWidget()
        calendar.setDateTextFormat(QDate(), QTextCharFormat())  # reset
        dim = QTextCharFormat()
        dim.setForeground(QBrush(QColor(170, 170, 170)))
        bold = QTextCharFormat()
        bold.setFontWeight(75)
        bold.setBackground(QBrush(QColor(200, 230, 201)))
        have = set(self.available_dates)
        day = start
        while day <= end:
            calendar.setDateTextFormat(QDate(day.year, day.month, day.day), bold if day in have else dim)
            day += timedelta(days=1)
        self.dates_label.setText(tr("{n} dates").format(n=len(self.available_dates)))
        self.dates_label.setToolTip(tr("Dates with imagery for this area are highlighted on the calendar"))
        self.mark()

    def show_failed(self) -> None:
        self.dates_label.setText("⚠")

    def jump_to_available(self, direction: int) -> None:
        """Move to the previous (-1) or next (+1) date with imagery."""
        current = self.date()
        candidates = [d for d in self.available_dates if (d < current if direction < 0 else d > current)]
        if candidates:
            self.set_date(candidates[-1] if direction < 0 else candidates[0])

    def mark(self) -> None:
        if not self.available_dates:
            return
        ok = self.date() in set(self.available_dates)
        self.date_edit.setStyleSheet("" if ok else "color: #9a6700;")
        self.date_edit.setToolTip("" if ok else tr("No imagery on this date for this area: ◀ ▶ jump to one"))
