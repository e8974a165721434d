"""Watched areas in Processing: ``clearsky:newdates`` for scheduled, headless checks (free)."""

from __future__ import annotations

import datetime as _dt

from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsFields,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from ..core.compat import make_field
from ..core.i18n import noop_tr
from ..core.models import DEFAULT_MODEL
from .base import ClearSkyAlgorithm, _tr


class NewDatesAlgorithm(ClearSkyAlgorithm):
    NAME = "newdates"
    DISPLAY = noop_tr("New dates")
    HELP = noop_tr(
        "Which imagery dates are new (free of charge). WATCHED names an area watched in the ClearSKY panel: "
        "without SINCE, the dates ClearSKY published since that area was last checked (the check is recorded, "
        "as in QGIS); with SINCE, its dates after that day. Or give an AOI, SINCE, MODEL and CONSTELLATIONS: "
        "the dates after SINCE up to today. Nothing is downloaded or paid."
    )

    def initAlgorithm(self, config=None) -> None:
        self.addParameter(QgsProcessingParameterString("WATCHED", _tr("Watched area (its name)"), "", optional=True))
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                "AOI",
                _tr("Or an area of interest (polygons)"),
                [QgsProcessing.SourceType.TypeVectorPolygon],
                optional=True,
            )
        )
        self.add_date("SINCE", _tr("Since (dates after this day; empty = since the last check)"), optional=True)
        self.add_model_and_constellations()
        self.addParameter(
            QgsProcessingParameterFeatureSink("OUTPUT", _tr("New dates"), QgsProcessing.SourceType.TypeVector)
        )
        self.addOutput(QgsProcessingOutputNumber("COUNT", _tr("Number of new dates")))
        self.addOutput(QgsProcessingOutputString("NEWEST", _tr("Newest new date")))

    def execute(self, parameters, context, feedback) -> dict:
        from ..core import watch

        name = (self.parameterAsString(parameters, "WATCHED", context) or "").strip()
        since = self.date_value(parameters, "SINCE", context)
        client = self.client()
        if name:
            store = watch.WatchStore()
            found = [a for a in store.load() if a.name == name]
            if not found:
                names = ", ".join(sorted(a.name for a in store.load())) or _tr("none")
                raise QgsProcessingException(
                    _tr("No watched area is called “{name}” (watched: {names}).").format(name=name, names=names)
                )
            area = found[0]
            if since:
                dates = self._after(client, area.wkt, area.model, area.constellations, since, feedback)
            else:
                result = watch.check_area(client, area, is_canceled=feedback.isCanceled)
                store.merge_checked([result.area])  # a pause or rename made meanwhile in QGIS is kept
                dates = list(result.new)
                if not area.checked_once:
                    feedback.pushInfo(
                        _tr("First check of this area: its dates are known now; later checks report new ones.")
                    )
                elif dates:
                    feedback.pushInfo(result.notice())
            model, label = area.model, area.name
        else:
            if parameters.get("AOI") in (None, ""):
                raise QgsProcessingException(_tr("Give WATCHED (a watched area's name) or an AOI with SINCE."))
            if not since:
                raise QgsProcessingException(_tr("With an AOI, SINCE is needed (the day after which dates are new)."))
            prepared = self.prepared_aoi(parameters, context, feedback)
            model = self.parameterAsString(parameters, "MODEL", context) or DEFAULT_MODEL
            cons = [
                c.strip() for c in self.parameterAsString(parameters, "CONSTELLATIONS", context).split(",") if c.strip()
            ]
            dates = self._after(client, prepared.wkt, model, cons, since, feedback)
            label = prepared.name
        fields = QgsFields()
        for field_name in ("date", "model", "area"):
            fields.append(make_field(field_name, "string"))
        sink, dest = self.parameterAsSink(parameters, "OUTPUT", context, fields, QgsWkbTypes.Type.NoGeometry)
        for d in dates:
            f = QgsFeature(fields)
            f.setAttributes([d.isoformat(), model, label])
            sink.addFeature(f, QgsFeatureSink.Flag.FastInsert)
        feedback.pushInfo(_tr("{n} new date(s) for {name}").format(n=len(dates), name=label))
        return {"OUTPUT": dest, "COUNT": len(dates), "NEWEST": dates[-1].isoformat() if dates else ""}

    @staticmethod
    def _after(client, wkt: str, model: str, constellations, since: str, feedback) -> list:
        start = _dt.date.fromisoformat(since) + _dt.timedelta(days=1)
        found = client.search_available_dates(
            start,
            _dt.date.today(),
            wkt=wkt,
            model=model,
            constellations=list(constellations) or None,
            is_canceled=feedback.isCanceled,
        ).dates_for(model)
        return sorted(d for d in set(found) if d >= start)
