"""ClearSKY Processing algorithms for orders: estimate (free) and place (spends money, once, only
with CONFIRM and within MAX_COST for every month it bills)."""

from __future__ import annotations

import datetime as dt

from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from ..core.i18n import noop_tr, tr
from ..core.models import DEFAULT_MODEL, parse_date

# The core modules that need shapely, pyproj or requests are imported inside the methods that
# run an algorithm: QGIS loads every provider's algorithms at start-up, and none of them is
# needed until an algorithm runs (about 0.2 s of QGIS's start-up saved).
from .base import (
    ClearSkyAlgorithm,
    _tr,
)


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
        package = __package__.split(".")[0]  # the plugin folder, whatever it is called
        picker = {"widget_wrapper": {"class": f"{package}.ui.processing_widgets.MonthWidgetWrapper"}}
        for name, label, default, optional in (
            ("FROM_MONTH", tr("First month (YYYY-MM)"), this_month, False),
            ("TO_MONTH", tr("Last month (YYYY-MM; empty = the first month only)"), "", True),
        ):
            month = QgsProcessingParameterString(name, _tr(label), default, optional=optional)
            month.setMetadata(picker)  # a month picker in the dialog; YYYY-MM on the command line
            self.addParameter(month)
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
        from ..core import new_order as ordering
        from ..core import tiles, workflow

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
        self.add_allow_over_budget()
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
        self.refuse_over_budget(
            check.estimate.current_month_cost, parameters, context, feedback, unit=check.estimate.currency or "EUR"
        )
        from ..core.errors import OrderUnknownError
        from ..core.history import History
        from ..core.spending import note_order

        try:
            order = client.place_order(check.request, check.approve(), is_canceled=feedback.isCanceled)
        except OrderUnknownError:  # may have been placed: counted in this month's spending at its cost
            note_order(History(), check.request, check.estimate, possible=True)
            raise
        note_order(History(), check.request, check.estimate, guid=order.guid)
        feedback.pushInfo(_tr("Order {guid} placed: {label}").format(guid=order.guid, label=order.label()))
        return {**self.order_outputs(check), "ORDER_GUID": order.guid, "STATUS": order.status}
