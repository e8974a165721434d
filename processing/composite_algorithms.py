"""ClearSKY Processing algorithms for one area: availability, dates, estimate and the composite
download (shared plumbing in ``base.py``; the API URL and key come from the plugin's settings or
``CLEARSKY_API_URL`` / ``CLEARSKY_API_KEY``, so they run in ``qgis_process``)."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsFields,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputBoolean,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterString,
    QgsRasterLayer,
    QgsWkbTypes,
)

from ..core.compat import make_field
from ..core.errors import ClearSkyError
from ..core.i18n import noop_tr, tr
from ..core.models import DEFAULT_MODEL

# The core modules that need shapely, pyproj or requests are imported inside the methods that
# run an algorithm: QGIS loads every provider's algorithms at start-up, and none of them is
# needed until an algorithm runs (about 0.2 s of QGIS's start-up saved).
from .base import (
    ClearSkyAlgorithm,
    ProductPostProcessor,
    _tr,
    default_folder,
    is_temporary,
    record_history,
    upload_url,
)


class AvailabilityAlgorithm(ClearSkyAlgorithm):
    NAME = "availability"
    DISPLAY = noop_tr("Check availability")
    HELP = noop_tr(
        "Asks ClearSKY whether imagery is ready for the area, date and product (free of charge). "
        "READY is true when a complete download is possible; STATE says why not otherwise."
    )

    def initAlgorithm(self, config=None) -> None:
        self.add_aoi()
        self.add_date()
        self.add_product()
        self.addOutput(QgsProcessingOutputBoolean("READY", _tr("Ready to download")))
        self.addOutput(QgsProcessingOutputString("STATE", _tr("State")))
        self.addOutput(QgsProcessingOutputString("SUMMARY", _tr("Summary")))
        self.addOutput(QgsProcessingOutputBoolean("FULLY_AVAILABLE", _tr("Fully available")))
        self.addOutput(QgsProcessingOutputBoolean("PARTIALLY_AVAILABLE", _tr("Partially available")))
        self.addOutput(QgsProcessingOutputBoolean("ORDERS_COVER", _tr("Covered by orders")))

    def execute(self, parameters, context, feedback) -> dict:
        client = self.client()
        request, _ = self.request(client, parameters, context, feedback)
        avail = client.composite_available(request, is_canceled=feedback.isCanceled)
        feedback.pushInfo(avail.summary())
        return {
            "READY": avail.ready,
            "STATE": avail.state,
            "SUMMARY": avail.summary(),
            "FULLY_AVAILABLE": avail.fully_available,
            "PARTIALLY_AVAILABLE": avail.partially_available,
            "ORDERS_COVER": avail.orders_cover_polygon,
        }


class AvailableDatesAlgorithm(ClearSkyAlgorithm):
    NAME = "availabledates"
    DISPLAY = noop_tr("Available dates")
    HELP = noop_tr("Lists the dates with imagery for the whole area between FROM and UNTIL (free of charge).")

    def initAlgorithm(self, config=None) -> None:
        self.add_aoi()
        self.add_date("FROM", tr("From (YYYY-MM-DD)"))
        self.add_date("UNTIL", tr("Until (YYYY-MM-DD, empty = one year)"), optional=True)
        self.add_model()
        self.addParameter(
            QgsProcessingParameterFeatureSink("OUTPUT", _tr("Dates"), QgsProcessing.SourceType.TypeVector)
        )
        self.addOutput(QgsProcessingOutputNumber("COUNT", _tr("Number of dates")))

    def execute(self, parameters, context, feedback) -> dict:
        client = self.client()
        prepared = self.prepared_aoi(parameters, context, feedback)
        model = self.parameterAsString(parameters, "MODEL", context) or DEFAULT_MODEL
        until = self.date_value(parameters, "UNTIL", context)
        result = client.search_available_dates(
            self.date_value(parameters, "FROM", context) or "",
            until,
            wkt=prepared.wkt,
            model=model,
            is_canceled=feedback.isCanceled,
        )
        dates = result.dates_for(model)
        fields = QgsFields()
        # ISO text (2024-05-01): a date field is written by OGR's CSV driver as 2024/05/01, which
        # spreadsheets in many locales and most scripts misread
        fields.append(make_field("date", "string"))
        fields.append(make_field("model", "string"))
        sink, dest = self.parameterAsSink(parameters, "OUTPUT", context, fields, QgsWkbTypes.Type.NoGeometry)
        for d in dates:
            f = QgsFeature(fields)
            f.setAttributes([d.isoformat(), model])
            sink.addFeature(f, QgsFeatureSink.Flag.FastInsert)
        feedback.pushInfo(_tr("{n} dates with imagery for {model}").format(n=len(dates), model=model))
        return {"OUTPUT": dest, "COUNT": len(dates)}


class EstimateAlgorithm(ClearSkyAlgorithm):
    NAME = "estimate"
    DISPLAY = noop_tr("Estimate cost")
    HELP = noop_tr("What the download of this area, date and product would cost in credits (free of charge).")

    def initAlgorithm(self, config=None) -> None:
        self.add_aoi()
        self.add_date()
        self.add_product()
        for name, label in (
            ("CREDITS", "Credits"),
            ("AREA_KM2", tr("Area (km²)")),
            ("SIZE_BYTES", tr("Estimated size (bytes)")),
            ("BALANCE", tr("Balance (credits)")),
        ):
            self.addOutput(QgsProcessingOutputNumber(name, _tr(label)))
        self.addOutput(QgsProcessingOutputBoolean("READY", _tr("Ready to download")))
        self.addOutput(QgsProcessingOutputString("SUMMARY", _tr("Summary")))

    def execute(self, parameters, context, feedback) -> dict:
        from ..core import workflow
        from ..core.aoi import bbox_area_km2

        client = self.client()
        request, prepared = self.request(client, parameters, context, feedback)
        check = workflow.run_check(
            client,
            request,
            bbox_area_km2=bbox_area_km2(prepared.geometry),
            is_canceled=feedback.isCanceled,
            progress=feedback.setProgress,
        )
        feedback.pushInfo(check.summary())
        return {
            "CREDITS": check.estimate.credits,
            "AREA_KM2": check.estimate.area_km2,
            "SIZE_BYTES": check.estimate.size_bytes,
            "BALANCE": check.balance,
            "READY": check.availability.ready,
            "SUMMARY": check.summary(),
        }


class DownloadCompositeAlgorithm(ClearSkyAlgorithm):
    NAME = "downloadcomposite"
    DISPLAY = noop_tr("Download composite")
    HELP = noop_tr(
        "Checks availability and cost, then downloads the cloud-free composite as a GeoTIFF (spends credits). "
        "MAX_CREDITS refuses the download when the estimate is higher. With UPLOAD_URL ClearSKY delivers "
        "the file to that URL instead; should it return the file anyway, the paid bytes are saved in OUTPUT "
        "(or the ClearSKY output folder). QGIS records a literal UPLOAD_URL, signature included, in its "
        "Processing log and history: write env:NAME to read it from the environment variable NAME instead. "
        "The GeoTIFF carries the source attribution in its tags, in a .qmd sidecar and in <file>.attribution.txt."
    )

    def initAlgorithm(self, config=None) -> None:
        self.add_aoi()
        self.add_date()
        self.add_product()
        self.add_max_credits()
        self.addParameter(
            QgsProcessingParameterString(
                "UPLOAD_URL", _tr("Deliver to this URL instead (UploadUrl)"), "", optional=True
            )
        )
        self.add_allow_repeat()
        self.add_allow_over_budget()
        self.addParameter(
            QgsProcessingParameterRasterDestination(
                "OUTPUT", _tr("Composite (a temporary output is saved in the ClearSKY output folder)"), optional=True
            )
        )
        self.addOutput(QgsProcessingOutputNumber("CREDITS", _tr("Credits")))
        self.addOutput(QgsProcessingOutputNumber("AREA_KM2", _tr("Area (km²)")))
        self.addOutput(QgsProcessingOutputString("SHA256", _tr("SHA-256 of the delivered file")))

    def execute(self, parameters, context, feedback) -> dict:
        from ..core import workflow
        from ..core.aoi import bbox_area_km2

        client = self.client()
        upload = upload_url(self.parameterAsString(parameters, "UPLOAD_URL", context))
        request, prepared = self.request(client, parameters, context, feedback, upload_url=upload)
        feedback.setProgressText(_tr("Checking availability and cost…"))
        check = workflow.run_check(
            client, request, bbox_area_km2=bbox_area_km2(prepared.geometry), is_canceled=feedback.isCanceled
        )
        feedback.pushInfo(check.summary())
        refuse = check.blockers(self.max_credits(parameters, context), "MAX_CREDITS")
        if refuse:
            raise QgsProcessingException(" ".join(refuse) + _tr(" Nothing was downloaded."))
        history = self.refuse_repeat([check.fingerprint], parameters, context, feedback)
        self.refuse_over_budget(check.estimate.credits, parameters, context, feedback)
        # a folder also with an UploadUrl: a server that returns the file instead has been paid (§1.2)
        given = (self.parameterAsOutputLayer(parameters, "OUTPUT", context) or "").strip()
        out: Optional[Path] = Path(given) if given else None
        if out is not None and out.suffix.lower() not in (".tif", ".tiff"):
            raise QgsProcessingException(_tr("OUTPUT must be a GeoTIFF (.tif) file."))
        folder = out.parent if out is not None else None
        if out is None or is_temporary(out):  # a paid file does not go to the system's temporary folder
            folder, out = default_folder(), None
            if not upload:
                feedback.pushInfo(_tr("Saving into the ClearSKY output folder {f}").format(f=folder))
        feedback.setProgressText(_tr("Downloading…"))
        try:
            outcome = workflow.run_download(
                client,
                request,
                check.approve(),
                folder,
                filename=out.name if out else None,
                overwrite=out is not None,
                expected_size=check.estimate.size_bytes,
                credits=check.estimate.credits,
                area_km2=check.estimate.area_km2,
                progress=feedback.setProgress,
                is_canceled=feedback.isCanceled,
            )
        except ClearSkyError as exc:  # a failure that cost (or may have) counts in the month's spending
            from ..core.spending import note_failure

            note_failure(history, exc, kind="composite", estimate=check.estimate.credits, area=prepared.name)
            raise
        record_history(history, outcome, feedback, prepared.name)
        for warning in outcome.warnings:
            feedback.reportError(warning)
        results = {
            "CREDITS": check.estimate.credits,
            "AREA_KM2": check.estimate.area_km2,
            "SHA256": outcome.result.sha256,
        }
        if outcome.path is None:
            feedback.pushInfo(_tr("ClearSKY delivered the composite to the upload URL."))
            results["OUTPUT"] = None
            return results
        from ..core.attribution import apply_layer_metadata
        from ..core.styling import product_title

        title = product_title(request, prepared.name)
        history = {"credits": check.estimate.credits, "area_km2": check.estimate.area_km2}
        # the .qmd next to the file, also when the output is not loaded (headless, batch)
        apply_layer_metadata(
            QgsRasterLayer(str(outcome.path), title, "gdal"), outcome.notices, request, title=title, **history
        )
        for notice in outcome.notices:
            feedback.pushInfo(_tr("Attribution: {n}").format(n=notice))
        if context.willLoadLayerOnCompletion(str(outcome.path)):
            details = context.layerToLoadOnCompletionDetails(str(outcome.path))
            details.name = title
            details.setPostProcessor(ProductPostProcessor.create(title, request, outcome.notices, **history))
        results["OUTPUT"] = str(outcome.path)
        return results
