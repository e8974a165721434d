"""The few places where QGIS 3.22 and 3.38+/Qt6 differ, in one module."""

from __future__ import annotations

from contextlib import contextmanager
from typing import Any, Iterator

from qgis.core import Qgis, QgsField

#: QGIS 3.38 moved field types from QVariant.Type to QMetaType.Type (the old form is deprecated)
QMETATYPE_FIELDS = Qgis.QGIS_VERSION_INT >= 33800


def make_field(name: str, kind: str) -> QgsField:
    """``QgsField`` of kind ``string``, ``int``, ``double``, ``bool`` or ``date``."""
    if QMETATYPE_FIELDS:
        from qgis.PyQt.QtCore import QMetaType

        types: dict[str, Any] = {
            "string": QMetaType.Type.QString,
            "int": QMetaType.Type.Int,
            "double": QMetaType.Type.Double,
            "bool": QMetaType.Type.Bool,
            "date": QMetaType.Type.QDate,
        }
    else:
        from qgis.PyQt.QtCore import QVariant

        types = {
            "string": QVariant.String,
            "int": QVariant.Int,
            "double": QVariant.Double,
            "bool": QVariant.Bool,
            "date": QVariant.Date,
        }
    return QgsField(name, types[kind])


def day_range(day: Any) -> Any:
    """``day`` (a date) as a ``QgsDateTimeRange`` that no neighbouring one-day frame touches.

    QGIS 3.22 compares ranges with both ends inclusive, whatever a range says, so a layer that
    begins at 00:00:00 also shows on the previous day's frame (which ends at that instant): the
    range begins one millisecond after midnight and ends one before the next."""
    from qgis.core import QgsDateTimeRange
    from qgis.PyQt.QtCore import QDate, QDateTime, QTime

    qdate = QDate(day.year, day.month, day.day)
    return QgsDateTimeRange(QDateTime(qdate, QTime(0, 0, 0, 1)), QDateTime(qdate, QTime(23, 59, 59, 999)))


def set_fixed_temporal_range(layer: Any, day: Any) -> None:
    """Give a raster layer ``day`` as its fixed temporal range, so the Temporal Controller
    animates a series (enum moved to ``Qgis.RasterTemporalMode`` in 3.26)."""
    from qgis.core import QgsRasterLayerTemporalProperties

    props = layer.temporalProperties()
    mode = getattr(getattr(Qgis, "RasterTemporalMode", None), "FixedTemporalRange", None)
    props.setMode(mode if mode is not None else QgsRasterLayerTemporalProperties.ModeFixedTemporalRange)
    props.setFixedTemporalRange(day_range(day))
    props.setIsActive(True)


def show_days_in_temporal_controller(controller: Any, first: Any, last: Any) -> bool:
    """Set the Temporal Controller to one-day frames from ``first`` to ``last`` (dates) and to
    animation mode; False when the canvas has no navigable controller."""
    from qgis.core import QgsDateTimeRange, QgsInterval, QgsTemporalNavigationObject, QgsUnitTypes
    from qgis.PyQt.QtCore import QDate, QDateTime, QTime

    if controller is None or not hasattr(controller, "setFrameDuration"):
        return False
    start = QDateTime(QDate(first.year, first.month, first.day), QTime(0, 0, 0))
    end = QDateTime(QDate(last.year, last.month, last.day), QTime(0, 0, 0)).addDays(1)
    controller.setTemporalExtents(QgsDateTimeRange(start, end))
    days = getattr(getattr(Qgis, "TemporalUnit", None), "Days", None)
    controller.setFrameDuration(QgsInterval(1, days if days is not None else QgsUnitTypes.TemporalDays))
    mode = getattr(getattr(Qgis, "TemporalNavigationMode", None), "Animated", None)
    controller.setNavigationMode(mode if mode is not None else QgsTemporalNavigationObject.Animated)
    controller.setCurrentFrameNumber(0)
    return True


def advanced(parameter: Any) -> Any:
    """Mark a Processing parameter as advanced (``Qgis.ProcessingParameterFlag`` from 3.36)."""
    flag = getattr(getattr(Qgis, "ProcessingParameterFlag", None), "Advanced", None)
    if flag is None:
        from qgis.core import QgsProcessingParameterDefinition

        flag = QgsProcessingParameterDefinition.FlagAdvanced
    parameter.setFlags(parameter.flags() | flag)
    return parameter


def vector_layer_type() -> Any:
    """The vector layer type for ``addCustomActionForLayerType`` (``Qgis.LayerType`` from 3.30)."""
    kind = getattr(getattr(Qgis, "LayerType", None), "Vector", None)
    if kind is None:
        from qgis.core import QgsMapLayerType

        kind = QgsMapLayerType.VectorLayer
    return kind


@contextmanager
def gdal_errors() -> Iterator[None]:
    """GDAL, OGR and OSR raise Python exceptions inside this block (or decorated function)
    only: the mode is process-wide, shared with QGIS and every other plugin, so it is put back
    as it was instead of being switched on for good."""
    from osgeo import gdal, ogr, osr

    saved = [(module, module.GetUseExceptions()) for module in (gdal, ogr, osr)]
    for module, was in saved:
        if not was:
            module.UseExceptions()
    try:
        yield
    finally:
        for module, was in reversed(saved):  # the bindings keep their error handlers as a stack
            if not was:
                module.DontUseExceptions()
