"""ClearSKY Processing algorithms for large areas: grid cells searched, proposed (``tile/optimize``)
and downloaded (shared plumbing in ``base.py``)."""

from __future__ import annotations

from pathlib import Path

from qgis.core import (
    QgsFeatureSink,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputMultipleLayers,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from ..core.i18n import noop_tr
from ..core.models import DEFAULT_MODEL, parse_date

# The core modules that need shapely, pyproj or requests are imported inside the methods that
# run an algorithm: QGIS loads every provider's algorithms at start-up, and none of them is
# needed until an algorithm runs (about 0.2 s of QGIS's start-up saved).
from .base import (
    ClearSkyAlgorithm,
    _tr,
    default_folder,
    is_temporary,
)


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
        self.add_allow_over_budget()
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
        if check is not None:
            self.refuse_over_budget(check.estimate.credits, parameters, context, feedback)
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
