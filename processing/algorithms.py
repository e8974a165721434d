"""ClearSKY Processing algorithms: availability, dates, estimate, composite download,
grid cells search and download (shared plumbing in ``base.py``).

They call ``core/`` only.  The API URL and key come from the plugin's settings or
``CLEARSKY_API_URL`` / ``CLEARSKY_API_KEY``, so they run in ``qgis_process``."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Optional

from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsFields,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputBoolean,
    QgsProcessingOutputMultipleLayers,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterString,
    QgsRasterLayer,
    QgsWkbTypes,
)

from ..core.compat import make_field
from ..core.i18n import noop_tr, tr
from ..core.models import DEFAULT_MODEL, parse_date

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


class SearchTilesAlgorithm(ClearSkyAlgorithm):
    NAME = "searchtiles"
    DISPLAY = noop_tr("Search grid tiles")
    HELP = noop_tr(
        "The ClearSKY grid cells (tiles, or minitiles with MINITILES) that cover the area, as a polygon layer with "
        "the fields guid, minitile, epsg and status. Select cells and feed the layer to 'Download grid tiles'. "
        "Free of charge."
    )

    def initAlgorithm(self, config=None) -> None:
        self.add_aoi()
        self.addParameter(QgsProcessingParameterBoolean("MINITILES", _tr("Minitiles instead of tiles"), False))
        self.addParameter(
            QgsProcessingParameterFeatureSink("OUTPUT", _tr("Grid cells"), QgsProcessing.SourceType.TypeVectorPolygon)
        )
        self.addOutput(QgsProcessingOutputNumber("COUNT", _tr("Number of cells")))

    def execute(self, parameters, context, feedback) -> dict:
        from ..core import tiles

        client = self.client()
        prepared = self.prepared_aoi(parameters, context, feedback)
        refs = self.cells(client, prepared.wkt, parameters, context, feedback)
        layer = tiles.footprints_layer(refs)
        sink, dest = self.parameterAsSink(
            parameters, "OUTPUT", context, layer.fields(), QgsWkbTypes.Type.Polygon, layer.crs()
        )
        for f in layer.getFeatures():
            sink.addFeature(f, QgsFeatureSink.Flag.FastInsert)
        zones = sorted({r.epsg for r in refs})
        feedback.pushInfo(_tr("{n} cells in EPSG {zones}").format(n=len(refs), zones=", ".join(map(str, zones))))
        return {"OUTPUT": dest, "COUNT": len(refs)}

    def cells(self, client, wkt: str, parameters, context, feedback) -> list:
        from ..core import tiles

        return tiles.search_cells(
            client,
            wkt,
            minitiles=self.parameterAsBool(parameters, "MINITILES", context),
            is_canceled=feedback.isCanceled,
            on_progress=feedback.setProgress,
        )


class ProposeCellsAlgorithm(SearchTilesAlgorithm):
    NAME = "proposecells"
    DISPLAY = noop_tr("Propose grid cells for an order")
    HELP = noop_tr(
        "ClearSKY's proposed cover of the area (tile/optimize): whole tiles where a tile is cheaper, minitiles "
        "elsewhere, as a polygon layer with the fields guid, minitile, epsg and status — the TILES input of "
        "'Estimate an order', 'Place an order' and 'Download grid tiles'. Free of charge; nothing is ordered."
    )

    def initAlgorithm(self, config=None) -> None:
        self.add_aoi()
        self.addParameter(
            QgsProcessingParameterFeatureSink("OUTPUT", _tr("Grid cells"), QgsProcessing.SourceType.TypeVectorPolygon)
        )
        self.addOutput(QgsProcessingOutputNumber("COUNT", _tr("Number of cells")))

    def cells(self, client, wkt: str, parameters, context, feedback) -> list:
        from ..core import tiles

        refs = tiles.propose_cells(client, wkt, is_canceled=feedback.isCanceled)
        minis = sum(1 for r in refs if r.minitile)
        feedback.pushInfo(_tr("{t} tiles and {m} minitiles proposed").format(t=len(refs) - minis, m=minis))
        return refs


class DownloadTilesAlgorithm(ClearSkyAlgorithm):
    NAME = "downloadtiles"
    DISPLAY = noop_tr("Download grid tiles")
    HELP = noop_tr(
        "Downloads the cells of a grid layer from 'Search grid tiles' (use 'selected features only' to pick cells), "
        "at most the account's MaxConcurrentConnections (or MAX_PARALLEL) at once, one GeoTIFF per cell and one VRT "
        "per UTM zone in OUTPUT_FOLDER. Spends credits. Running the same batch again downloads only the cells that "
        "are missing or incomplete. Failed cells are retried, then listed by GUID."
    )

    def initAlgorithm(self, config=None) -> None:
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                "TILES", _tr("Grid cells"), [QgsProcessing.SourceType.TypeVectorPolygon]
            )
        )
        self.add_date()
        self.add_model()
        self.addParameter(
            QgsProcessingParameterString(
                "CONSTELLATIONS", _tr("Satellite constellations (empty = required)"), "", optional=True
            )
        )
        self.addParameter(QgsProcessingParameterString("BANDS", _tr("Bands"), "all"))
        self.addParameter(
            QgsProcessingParameterNumber(
                "RESOLUTION", _tr("Resolution (m)"), QgsProcessingParameterNumber.Type.Integer, 10, minValue=1
            )
        )
        self.add_processing_options()
        self.addParameter(
            QgsProcessingParameterNumber(
                "MAX_PARALLEL",
                _tr("Parallel downloads (0 = the account's limit)"),
                QgsProcessingParameterNumber.Type.Integer,
                0,
                minValue=0,
            )
        )
        self.add_max_credits()
        self.add_allow_repeat()
        self.addParameter(QgsProcessingParameterFolderDestination("OUTPUT_FOLDER", _tr("Output folder")))
        self.addOutput(QgsProcessingOutputNumber("CREDITS", _tr("Estimated credits")))
        self.addOutput(QgsProcessingOutputNumber("DOWNLOADED", _tr("Cells downloaded")))
        self.addOutput(QgsProcessingOutputNumber("SKIPPED", _tr("Cells already complete")))
        self.addOutput(QgsProcessingOutputNumber("FAILED", _tr("Cells failed")))
        self.addOutput(QgsProcessingOutputString("FAILED_GUIDS", _tr("GUIDs of failed cells")))
        self.addOutput(QgsProcessingOutputMultipleLayers("VRTS", _tr("VRT per UTM zone")))

    def execute(self, parameters, context, feedback) -> dict:
        from ..core import tiles, workflow
        from ..core.models import CompositeRequest

        client = self.client()
        source = self.parameterAsSource(parameters, "TILES", context)
        if source is None:
            raise QgsProcessingException(_tr("The grid cells could not be read."))
        refs = tiles.refs_from_features(source.getFeatures())
        if not refs:
            raise QgsProcessingException(_tr("No grid cells given (is the selection empty?)."))
        model = self.parameterAsString(parameters, "MODEL", context) or DEFAULT_MODEL
        cons = self.parameterAsString(parameters, "CONSTELLATIONS", context).split(",")
        base = CompositeRequest(
            date=parse_date(self.date_value(parameters, "DATE", context) or ""),
            wkt=refs[0].wkt,
            model=model,
            constellations=workflow.constellations_for(client, model, cons),
            epsg=int(refs[0].epsg or 32632),
            resolution=self.parameterAsInt(parameters, "RESOLUTION", context) or 10,
            bandnames=self.parameterAsString(parameters, "BANDS", context) or "all",
            **self.processing_options(parameters, context),
        )
        params = tiles.TileParams.from_request(base)
        folder = Path(self.parameterAsString(parameters, "OUTPUT_FOLDER", context))
        if is_temporary(folder):  # paid cells go to the ClearSKY folder, resumable across runs
            folder = default_folder() / f"tiles_{params.date}"
            feedback.pushInfo(_tr("Saving into the ClearSKY output folder {f}").format(f=folder))
        manifest = tiles.Manifest(folder)
        todo = [r for r in refs if not manifest.complete(params.filename(r))]
        feedback.setProgressText(_tr("Estimating {n} cells…").format(n=len(todo)))
        check = None
        if todo:
            check = workflow.run_tiles_check(client, todo, base, params, is_canceled=feedback.isCanceled)
            feedback.pushInfo(check.summary())
            refuse = check.blockers(self.max_credits(parameters, context), "MAX_CREDITS")
            if refuse:
                raise QgsProcessingException(" ".join(refuse) + _tr(" Nothing was downloaded."))
        history = self.refuse_repeat(list(check.payloads) if check else [], parameters, context, feedback)
        account = client.account_info()
        workers = tiles.parallelism(account.max_concurrent, self.parameterAsInt(parameters, "MAX_PARALLEL", context))
        feedback.pushInfo(_tr("{n} cells, {w} at a time").format(n=len(refs), w=workers))
        done = []

        area = source.sourceName() if hasattr(source, "sourceName") else ""

        def on_cell(cell) -> None:
            done.append(cell)
            tiles.record_cell(history, cell, params, check, area)  # in the history as soon as it is on disk
            feedback.setProgress(100 * len(done) / len(refs))
            if cell.error is not None:
                feedback.reportError(f"{cell.ref.guid}: {cell.error.user_message()}")
            elif cell.warning:
                feedback.reportError(f"{cell.ref.guid}: {cell.warning}")

        approval = check.approve() if check is not None else None
        result = tiles.download_cells(
            client,
            refs,
            params,
            folder,
            approval=approval,
            max_parallel=workers,
            on_cell=on_cell,
            is_canceled=feedback.isCanceled,
        )
        vrts = tiles.build_vrts(result, folder, f"clearsky_{params.date}")
        feedback.pushInfo(result.summary())
        for notice in result.notices:
            feedback.pushInfo(_tr("Attribution: {n}").format(n=notice))
        return {
            "OUTPUT_FOLDER": str(folder),
            "CREDITS": check.estimate.credits if check else 0.0,
            "DOWNLOADED": len(result.downloaded),
            "SKIPPED": len(result.resumed),
            "FAILED": len(result.failed),
            "FAILED_GUIDS": ",".join(c.ref.guid for c in result.failed),
            "VRTS": [str(v) for v in vrts.values()],
        }


class EstimateOrderAlgorithm(ClearSkyAlgorithm):
    NAME = "estimateorder"
    DISPLAY = noop_tr("Estimate an order")
    HELP = noop_tr(
        "What an order of the area (AOI) or of grid cells (TILES, from 'Search grid tiles') would cost and "
        "deliver (free of charge; nothing is ordered). ClearSKY bills each polygon's bounding box, with a "
        "minimum area per polygon, so BILLED_AREA_KM2 can exceed AREA_KM2; grid cells are billed as cells. "
        "FROM_MONTH and TO_MONTH are YYYY-MM; TO_MONTH left out or empty orders the first month only. "
        "RECURRING=true asks for a recurring order instead, billed every month until cancelled (TO_MONTH "
        "must then be empty). The order runs from the 1st of FROM_MONTH to the last day of TO_MONTH. "
        "TOTAL_COST is what a fixed-period order bills in all. The estimate assumes no overlap with existing "
        "orders."
    )
    OUTPUTS = (
        ("AREA_KM2", noop_tr("Area drawn (km²)")),
        ("BILLED_AREA_KM2", noop_tr("Area billed (km²)")),
        ("CURRENT_MONTH_COST", noop_tr("Cost this month")),
        ("MONTHLY_COST", noop_tr("Cost of each following month")),
        ("TOTAL_COST", noop_tr("Total cost of a fixed-period order (empty for a recurring one)")),
        ("IMAGE_DATES", noop_tr("Number of image dates")),
    )

    def initAlgorithm(self, config=None) -> None:
        self.add_order_terms()
        self.add_order_outputs()

    def add_order_terms(self) -> None:
        for name, label in (
            ("AOI", tr("Area of interest (polygons)")),
            ("TILES", tr("or grid cells (tiles or minitiles)")),
        ):
            self.addParameter(
                QgsProcessingParameterFeatureSource(
                    name, _tr(label), [QgsProcessing.SourceType.TypeVectorPolygon], optional=True
                )
            )
        self.add_model_and_constellations()
        this_month = dt.date.today().strftime("%Y-%m")
        self.addParameter(QgsProcessingParameterString("FROM_MONTH", _tr("First month (YYYY-MM)"), this_month))
        self.addParameter(
            QgsProcessingParameterString(
                "TO_MONTH", _tr("Last month (YYYY-MM; empty = the first month only)"), "", optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterBoolean(
                "RECURRING", _tr("Recurring: billed every month until cancelled (TO_MONTH empty)"), False
            )
        )
        integer = QgsProcessingParameterNumber.Type.Integer
        self.addParameter(
            QgsProcessingParameterNumber(
                "IMAGE_FREQUENCY", _tr("Days between images (1 = daily … 7 = weekly)"), integer, 1, False, 1, 7
            )
        )
        self.addParameter(
            QgsProcessingParameterString(
                "REFERENCE_DATE",
                _tr("Reference date of the image dates (YYYY-MM-DD; empty = the first month's 1st)"),
                "",
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber("STORAGE_MONTHS", _tr("Storage (months)"), integer, 1, False, 1, 120)
        )
        self.addParameter(
            QgsProcessingParameterNumber("API_REQUESTS", _tr("Downloads per image"), integer, 1, False, 1, 1000)
        )

    def add_order_outputs(self) -> None:
        for name, label in self.OUTPUTS:
            self.addOutput(QgsProcessingOutputNumber(name, _tr(label)))
        self.addOutput(QgsProcessingOutputString("CURRENCY", _tr("Currency")))
        self.addOutput(QgsProcessingOutputString("SUMMARY", _tr("Summary")))

    def order_check(self, client, parameters, context, feedback):
        """The estimated order of the parameters (free)."""
        from ..core import ordering, tiles, workflow

        def month(name: str):
            text = (self.parameterAsString(parameters, name, context) or "").strip()
            if not text:
                return None
            try:
                return dt.date.fromisoformat(text[:7] + "-01")
            except ValueError:
                raise QgsProcessingException(
                    _tr("{name} must be a month as YYYY-MM, not '{text}'.").format(name=name, text=text)
                ) from None

        first = month("FROM_MONTH")
        if first is None:
            raise QgsProcessingException(_tr("FROM_MONTH is required (YYYY-MM)."))
        # the period is what the user said: no TO_MONTH is the first month only; recurring only on request
        last = month("TO_MONTH")
        recurring = self.parameterAsBool(parameters, "RECURRING", context)
        if recurring and last is not None:
            raise QgsProcessingException(
                _tr("RECURRING=true runs until cancelled: leave TO_MONTH empty, or set RECURRING=false.")
            )
        if not recurring and last is None:
            last = first
        reference = self.parameterAsString(parameters, "REFERENCE_DATE", context).strip()
        cells_source = self.parameterAsSource(parameters, "TILES", context)
        aoi_given = parameters.get("AOI") not in (None, "")
        if (cells_source is not None) == aoi_given:
            raise QgsProcessingException(_tr("Give either AOI (an area) or TILES (grid cells), one of them."))
        model = self.parameterAsString(parameters, "MODEL", context) or DEFAULT_MODEL
        cons = self.parameterAsString(parameters, "CONSTELLATIONS", context).split(",")
        terms = dict(
            model=model,
            constellations=tuple(workflow.constellations_for(client, model, cons)),
            first_month=first,
            last_month=last,
            reference_date=parse_date(reference) if reference else first,
            image_frequency=self.parameterAsInt(parameters, "IMAGE_FREQUENCY", context),
            storage_months=self.parameterAsInt(parameters, "STORAGE_MONTHS", context),
            api_requests=self.parameterAsInt(parameters, "API_REQUESTS", context),
            tile_deduplication=self.parameterAsBool(parameters, "TILE_DEDUPLICATION", context)
            if self.parameterDefinition("TILE_DEDUPLICATION") is not None
            else True,
        )
        drawn = None
        if cells_source is not None:
            refs = tiles.refs_from_features(cells_source.getFeatures())
            if not refs:
                raise QgsProcessingException(_tr("No grid cells given (is the selection empty?)."))
            request = ordering.OrderRequest(
                **terms,
                tile_guids=tuple(r.guid for r in refs if not r.minitile),
                minitile_guids=tuple(r.guid for r in refs if r.minitile),
            )
            drawn = ordering.cells_area_km2(refs)
        else:
            prepared = self.prepared_aoi(parameters, context, feedback)
            request = ordering.OrderRequest(**terms, wkt=prepared.wkt)
        check = ordering.run_order_estimate(client, request, drawn_km2=drawn, is_canceled=feedback.isCanceled)
        for label, value in check.estimate.lines(request):
            feedback.pushInfo(f"{label}: {value}")
        for note in (check.estimate.billed_note(), ordering.overlap_note()):
            if note:
                feedback.pushInfo(note)
        return check

    def order_outputs(self, check) -> dict:
        est = check.estimate
        lines = "; ".join(f"{label}: {value}" for label, value in est.lines(check.request))
        return {
            "AREA_KM2": est.area_km2,
            "BILLED_AREA_KM2": est.billed_area_km2,
            "CURRENT_MONTH_COST": est.current_month_cost,
            "MONTHLY_COST": est.monthly_cost,
            "TOTAL_COST": est.total_cost(check.request),
            "CURRENCY": est.currency,
            "IMAGE_DATES": len(est.image_dates),
            "SUMMARY": lines,
        }

    def execute(self, parameters, context, feedback) -> dict:
        return self.order_outputs(self.order_check(self.client(), parameters, context, feedback))


class PlaceOrderAlgorithm(EstimateOrderAlgorithm):
    NAME = "placeorder"
    DISPLAY = noop_tr("Place an order")
    HELP = noop_tr(
        "Estimates the order like 'Estimate an order', then places it — once — if CONFIRM is true and no month "
        "the order can bill (this month, and each following one) costs more than MAX_COST. SPENDS MONEY: "
        "ClearSKY bills the order monthly (every month until cancelled for a recurring order). Without CONFIRM, "
        "above MAX_COST, or when the estimate has no usable cost, nothing is ordered. After a server error the "
        "order is never sent again: the orders list is read (at once and after a settle wait) and the result "
        "says whether the order was placed or may have been."
    )

    def initAlgorithm(self, config=None) -> None:
        self.add_order_terms()
        self.addParameter(
            QgsProcessingParameterBoolean(
                "TILE_DEDUPLICATION", _tr("Leave out grid cells that are already ordered"), True
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                "MAX_COST",
                _tr("Refuse if any month's cost exceeds (in the order's currency)"),
                QgsProcessingParameterNumber.Type.Double,
                None,
                optional=False,
                minValue=0,
            )
        )
        self.addParameter(
            QgsProcessingParameterBoolean("CONFIRM", _tr("I confirm: place this order (it is billed monthly)"), False)
        )
        self.add_order_outputs()
        self.addOutput(QgsProcessingOutputString("ORDER_GUID", _tr("Order GUID")))
        self.addOutput(QgsProcessingOutputString("STATUS", _tr("Order status")))

    def execute(self, parameters, context, feedback) -> dict:
        if not self.parameterAsBool(parameters, "CONFIRM", context):
            raise QgsProcessingException(
                _tr("CONFIRM is not set: nothing was ordered. Set CONFIRM=true to place the order (it costs money).")
            )
        max_cost = self.parameterAsDouble(parameters, "MAX_COST", context)
        client = self.client()
        check = self.order_check(client, parameters, context, feedback)
        refuse = check.blockers(max_cost, "MAX_COST")
        if refuse:
            raise QgsProcessingException(" ".join(refuse) + _tr(" Nothing was ordered."))
        order = client.place_order(check.request, check.approve(), is_canceled=feedback.isCanceled)
        feedback.pushInfo(_tr("Order {guid} placed: {label}").format(guid=order.guid, label=order.label()))
        return {**self.order_outputs(check), "ORDER_GUID": order.guid, "STATUS": order.status}


ALGORITHMS = [
    AvailabilityAlgorithm,
    AvailableDatesAlgorithm,
    EstimateAlgorithm,
    DownloadCompositeAlgorithm,
    SearchTilesAlgorithm,
    ProposeCellsAlgorithm,
    DownloadTilesAlgorithm,
    EstimateOrderAlgorithm,
    PlaceOrderAlgorithm,
]
