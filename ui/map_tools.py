"""Map tools that draw an AOI on the canvas with a rubber band.

Rectangle: press, drag, release.  Polygon: left-click adds a vertex,
right-click (or double-click) finishes, Backspace removes the last vertex.
Esc cancels either.  Both emit the geometry in the canvas CRS.
"""

from __future__ import annotations

from typing import Optional

from qgis.core import QgsGeometry, QgsPointXY, QgsRectangle, QgsWkbTypes
from qgis.gui import QgsMapTool, QgsRubberBand
from qgis.PyQt.QtCore import Qt, pyqtSignal
from qgis.PyQt.QtGui import QColor

STROKE = QColor(29, 90, 140)
FILL = QColor(47, 126, 191, 25)


def make_band(canvas, dashed: bool = False) -> QgsRubberBand:
    band = QgsRubberBand(canvas, QgsWkbTypes.GeometryType.PolygonGeometry)
    band.setStrokeColor(STROKE)
    band.setFillColor(FILL)
    band.setWidth(2)
    if dashed:
        band.setLineStyle(Qt.PenStyle.DashLine)
    return band


class _AoiTool(QgsMapTool):
    finished = pyqtSignal(object)  # QgsGeometry in canvas CRS
    cancelled = pyqtSignal()

    def __init__(self, canvas) -> None:
        super().__init__(canvas)
        self.band = make_band(canvas, dashed=True)
        self.setCursor(Qt.CursorShape.CrossCursor)

    def reset(self) -> None:
        self.band.reset(QgsWkbTypes.GeometryType.PolygonGeometry)

    def deactivate(self) -> None:
        self.reset()
        super().deactivate()

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.reset()
            self.cancelled.emit()
            event.accept()
        else:
            event.ignore()

    def _emit(self, geometry: QgsGeometry) -> None:
        self.reset()
        self.finished.emit(geometry)


class RectangleTool(_AoiTool):
    def __init__(self, canvas) -> None:
        super().__init__(canvas)
        self.start: Optional[QgsPointXY] = None

    def reset(self) -> None:
        self.start = None
        super().reset()

    def canvasPressEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.start = self.toMapCoordinates(event.pos())

    def canvasMoveEvent(self, event) -> None:
        if self.start is None:
            return
        end = self.toMapCoordinates(event.pos())
        self.band.setToGeometry(QgsGeometry.fromRect(QgsRectangle(self.start, end)), None)

    def canvasReleaseEvent(self, event) -> None:
        if self.start is None or event.button() != Qt.MouseButton.LeftButton:
            return
        end = self.toMapCoordinates(event.pos())
        rect = QgsRectangle(self.start, end)
        self.start = None
        if rect.width() <= 0 or rect.height() <= 0:
            self.reset()
            return
        self._emit(QgsGeometry.fromRect(rect))


class PolygonTool(_AoiTool):
    def __init__(self, canvas) -> None:
        super().__init__(canvas)
        self.points: list[QgsPointXY] = []

    def reset(self) -> None:
        self.points = []
        super().reset()

    def _show(self, cursor: Optional[QgsPointXY] = None) -> None:
        pts = self.points + ([cursor] if cursor is not None else [])
        self.band.reset(QgsWkbTypes.GeometryType.PolygonGeometry)
        for i, p in enumerate(pts):
            self.band.addPoint(p, i == len(pts) - 1)

    def canvasPressEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.points.append(self.toMapCoordinates(event.pos()))
            self._show()
        elif event.button() == Qt.MouseButton.RightButton:
            self._finish()

    def canvasDoubleClickEvent(self, event) -> None:
        self._finish()

    def canvasMoveEvent(self, event) -> None:
        if self.points:
            self._show(self.toMapCoordinates(event.pos()))

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Backspace and self.points:
            self.points.pop()
            self._show()
            event.accept()
            return
        super().keyPressEvent(event)

    def _finish(self) -> None:
        # a double-click also delivered a press: drop a duplicate last vertex
        pts = [p for i, p in enumerate(self.points) if i == 0 or p != self.points[i - 1]]
        if len(pts) < 3:
            return
        self._emit(QgsGeometry.fromPolygonXY([[*pts, pts[0]]]))
