"""The few places where QGIS 3.22 and 3.38+/Qt6 differ, in one module."""

from __future__ import annotations

from typing import Any

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


def set_fixed_temporal_range(layer: Any, day: Any) -> None:
    """Give a raster layer the whole of ``day`` (a date) as its fixed temporal range, so the
    Temporal Controller animates a series (enum moved to ``Qgis.RasterTemporalMode`` in 3.26)."""
    from qgis.core import QgsDateTimeRange, QgsRasterLayerTemporalProperties
    from qgis.PyQt.QtCore import QDate, QDateTime, QTime

    props = layer.temporalProperties()
    mode = getattr(getattr(Qgis, "RasterTemporalMode", None), "FixedTemporalRange", None)
    props.setMode(mode if mode is not None else QgsRasterLayerTemporalProperties.ModeFixedTemporalRange)
    qdate = QDate(day.year, day.month, day.day)
    props.setFixedTemporalRange(QgsDateTimeRange(QDateTime(qdate, QTime(0, 0, 0)), QDateTime(qdate, QTime(23, 59, 59))))
    props.setIsActive(True)


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
