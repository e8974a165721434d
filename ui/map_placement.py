"""What the map shows around a download: the Temporal Controller over a date series, and the
cost dialog placed beside the area of interest (never over it)."""

from __future__ import annotations

from typing import Any, Optional

from qgis.core import QgsProject
from qgis.PyQt.QtCore import QObject, QTimer


class SeriesDays(QObject):
    """A series: the Temporal Controller steps one day at a time over all its dates.  QGIS's
    Temporal Controller panel sets its range to the first temporal layer added to a project
    without one (a single day for a series' first date): the range is set again after each of
    the series' layers arrives, and the project's own range is set to it as well."""

    def __init__(self, iface: Any, manager: Any, parent: Optional[QObject] = None) -> None:
        super().__init__(parent)
        self.iface = iface
        self.manager = manager
        self.days: Optional[tuple] = None
        manager.layer_added.connect(self.layer_added)

    def start(self, dates: list) -> None:
        if dates:
            self.days = (min(dates), max(dates))
            self.apply()

    def apply(self) -> None:
        from qgis.core import QgsDateTimeRange
        from qgis.PyQt.QtCore import QDate, QDateTime, QTime

        from ..core.compat import show_days_in_temporal_controller

        if not self.days:
            return
        first, last = self.days
        start = QDateTime(QDate(first.year, first.month, first.day), QTime(0, 0, 0))
        end = QDateTime(QDate(last.year, last.month, last.day), QTime(0, 0, 0)).addDays(1)
        QgsProject.instance().timeSettings().setTemporalRange(QgsDateTimeRange(start, end))
        show_days_in_temporal_controller(self.iface.mapCanvas().temporalController(), first, last)

    def layer_added(self, layer: Any) -> None:
        """After QGIS's own handling of the new layer (its Temporal Controller panel runs first)."""
        if self.days:
            QTimer.singleShot(0, self._settled)

    def _settled(self) -> None:
        self.apply()
        if not self.manager.running():  # the series is complete: later downloads keep QGIS's range
            self.days = None


def place_beside_area(dialog: Any, iface: Any, aoi: Any) -> None:
    """The cost dialog opens beside the area of interest on the map, never over it (the analyst
    compares the two): left, right, above or below it, wherever it fits on the map."""
    from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsPointXY
    from qgis.PyQt.QtCore import QPoint, QRect

    canvas = iface.mapCanvas() if iface is not None else None
    if canvas is None or aoi is None or not canvas.isVisible():
        return
    try:
        x0, y0, x1, y1 = aoi.geometry.bounds
        to_map = QgsCoordinateTransform(
            QgsCoordinateReferenceSystem("EPSG:4326"), canvas.mapSettings().destinationCrs(), QgsProject.instance()
        )
        pixels = canvas.getCoordinateTransform()
        corners = [pixels.transform(to_map.transform(QgsPointXY(x, y))) for x, y in ((x0, y0), (x1, y1))]
    except Exception:  # an area that cannot be placed on this map: the dialog stays where Qt put it
        return
    top_left = canvas.viewport().mapToGlobal(QPoint(0, 0))
    left, right = sorted(int(p.x()) for p in corners)
    top, bottom = sorted(int(p.y()) for p in corners)
    area = QRect(top_left.x() + left, top_left.y() + top, right - left, bottom - top)
    window = canvas.window()  # anywhere in QGIS's window, just not over the area
    room = QRect(window.mapToGlobal(QPoint(0, 0)), window.size())
    size = dialog.sizeHint().expandedTo(dialog.size())
    gap = 12
    middle_y = area.center().y() - size.height() // 2
    middle_x = area.center().x() - size.width() // 2
    for x, y in (
        (area.left() - gap - size.width(), middle_y),
        (area.right() + gap, middle_y),
        (middle_x, area.top() - gap - size.height()),
        (middle_x, area.bottom() + gap),
    ):
        spot = QRect(QPoint(x, y), size)
        spot.moveTop(max(room.top(), min(spot.top(), room.bottom() - size.height())))
        spot.moveLeft(max(room.left(), min(spot.left(), room.right() - size.width())))
        if not spot.intersects(area) and room.contains(spot):
            dialog.move(spot.topLeft())
            return
