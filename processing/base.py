"""What every ClearSKY Processing algorithm shares: the common parameters (area, date,
product, processing options, MAX_CREDITS, ALLOW_REPEAT), the request they make, the
"already delivered?" guard, the history record and the output layer's post-processor."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

from qgis.core import (
    QgsProcessing,
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingLayerPostProcessorInterface,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterCrs,
    QgsProcessingParameterDateTime,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsRasterLayer,
)
from qgis.PyQt.QtCore import QCoreApplication, QDate

from ..core.compat import advanced
from ..core.errors import ClearSkyError
from ..core.i18n import noop_tr, tr
from ..core.models import DEFAULT_MODEL, parse_date

# The core modules that need shapely, pyproj or requests are imported inside the methods that
# run an algorithm: QGIS loads every provider's algorithms at start-up, and none of them is
# needed until an algorithm runs (about 0.2 s of QGIS's start-up saved).

GROUP = noop_tr("Imagery")
#: §2.5: Nimbus's Level and the two switches; the first choice leaves the field out (server default)
LEVELS = [
    noop_tr("Server default"),
    noop_tr("2 — bottom of atmosphere (L2A)"),
    noop_tr("1 — top of atmosphere (L1C, adds B10)"),
]
TRISTATE = [noop_tr("Server default"), noop_tr("Yes"), noop_tr("No")]


def _tr(text: str) -> str:
    return QCoreApplication.translate("ClearSKY", text)


class ProductPostProcessor(QgsProcessingLayerPostProcessorInterface):
    """The loaded output becomes the same layer the dock would give: style, metadata, temporal
    range and the ``ClearSKY`` group (``core.layers``)."""

    instances: list = []  # Processing keeps only a raw pointer: keep them alive

    def __init__(self, title: str, request, notices, history: dict) -> None:
        super().__init__()
        self.title, self.request, self.notices, self.history = title, request, list(notices), history

    @classmethod
    def create(cls, title: str, request, notices, **history) -> ProductPostProcessor:
        pp = cls(title, request, notices, history)
        cls.instances.append(pp)
        return pp

    def postProcessLayer(self, layer, context, feedback) -> None:
        if isinstance(layer, QgsRasterLayer):
            from ..core.layers import place_in_group, style_product

            style_product(layer, self.request, self.notices, title=self.title, **self.history)
            place_in_group(layer, project=context.project())


class ClearSkyAlgorithm(QgsProcessingAlgorithm):
    """Shared parameters and plumbing."""

    NAME = ""
    DISPLAY = ""
    HELP = ""

    def name(self) -> str:
        return self.NAME

    def displayName(self) -> str:
        return _tr(self.DISPLAY)

    def group(self) -> str:
        return _tr(GROUP)

    def groupId(self) -> str:
        return "imagery"

    def shortHelpString(self) -> str:
        return _tr(self.HELP) + _tr(
            "<p>The API URL and key come from the ClearSKY settings, or from the environment variables "
            "CLEARSKY_API_URL and CLEARSKY_API_KEY (headless use).</p>"
        )

    def createInstance(self) -> QgsProcessingAlgorithm:
        return type(self)()

    # -- parameters ---------------------------------------------------------------------
    def add_aoi(self) -> None:
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                "AOI", _tr("Area of interest (polygons)"), [QgsProcessing.SourceType.TypeVectorPolygon]
            )
        )

    def add_date(self, name: str = "DATE", label: str = tr("Date (YYYY-MM-DD)"), optional: bool = False) -> None:
        """A date picker in the Processing dialog (``QgsProcessingParameterDateTime`` of type Date);
        on the command line it still takes ``YYYY-MM-DD``."""
        default = None if optional else QDate.currentDate().addDays(-3)
        self.addParameter(
            QgsProcessingParameterDateTime(
                name, _tr(label), QgsProcessingParameterDateTime.Type.Date, default, optional=optional
            )
        )

    def checkParameterValues(self, parameters, context):
        """A date typed wrongly is named with the form it needs (QGIS alone says "Incorrect
        parameter value"); the rest is QGIS's own check."""
        from qgis.core import QgsProcessingParameterDateTime as DateParam

        for definition in self.parameterDefinitions():
            value = parameters.get(definition.name())
            typed = isinstance(definition, DateParam) and isinstance(value, str) and value.strip()
            if typed and not definition.checkValueIsAcceptable(value):
                return False, _tr("{name} must be a date as YYYY-MM-DD, e.g. 2024-05-03, not '{value}'.").format(
                    name=definition.name(), value=value
                )
        return super().checkParameterValues(parameters, context)

    def date_value(self, parameters, name: str, context) -> Optional[str]:
        """A date parameter as ``YYYY-MM-DD``; None when left empty."""
        from qgis.core import QgsProcessingParameters

        value = QgsProcessingParameters.parameterAsDate(self.parameterDefinition(name), parameters, context)
        return value.toString("yyyy-MM-dd") if value is not None and value.isValid() else None

    def add_model(self) -> None:
        """MODEL: any model string on the command line; in the Processing dialog a list of the
        models the API offers (a widget named by path: qgis_process never imports it)."""
        model = QgsProcessingParameterString("MODEL", _tr("Model"), DEFAULT_MODEL)
        package = __package__.split(".")[0]  # the plugin folder, whatever it is called
        model.setMetadata({"widget_wrapper": {"class": f"{package}.ui.processing_widgets.ModelWidgetWrapper"}})
        self.addParameter(model)

    def add_allow_repeat(self) -> None:
        self.addParameter(
            QgsProcessingParameterBoolean(
                "ALLOW_REPEAT",
                _tr("Download again even if exactly this request was already delivered (spends credits again)"),
                False,
            )
        )

    def add_max_credits(self) -> None:
        self.addParameter(
            QgsProcessingParameterNumber(
                "MAX_CREDITS",
                _tr("Refuse if the estimate exceeds (credits; empty = no limit)"),
                QgsProcessingParameterNumber.Type.Double,
                None,
                optional=True,
                minValue=0,
            )
        )

    def max_credits(self, parameters, context) -> Optional[float]:
        if parameters.get("MAX_CREDITS") in (None, ""):
            return None
        return self.parameterAsDouble(parameters, "MAX_CREDITS", context)

    def refuse_repeat(self, fingerprints: list, parameters, context, feedback):
        """The history (None if it cannot be opened); refuses a request already delivered
        unless ALLOW_REPEAT is set, before anything is paid."""
        from ..core.history import History

        try:
            history = History()
            earlier = [e for fp in fingerprints for e in history.delivered(fp)]
        except Exception as exc:
            feedback.pushWarning(_tr("The download history could not be read: {e}").format(e=exc))
            return None
        if earlier and not self.parameterAsBool(parameters, "ALLOW_REPEAT", context):
            last = earlier[0]
            raise QgsProcessingException(
                _tr(
                    "Exactly this request was already delivered on {when} to {where} ({n} time(s) in the history); "
                    "nothing was downloaded. Set ALLOW_REPEAT=true to pay for it again."
                ).format(when=last.time[:16].replace("T", " "), where=last.path or last.upload_url, n=len(earlier))
            )
        return history

    def add_allow_over_budget(self) -> None:
        self.addParameter(
            QgsProcessingParameterBoolean(
                "ALLOW_OVER_BUDGET",
                _tr("Go over this month's budget (ClearSKY settings) if this run would pass it"),
                False,
            )
        )

    def refuse_over_budget(self, cost, parameters, context, feedback, unit: str = "credits") -> None:
        """This month's spending plus ``cost`` against the monthly budget of ClearSKY settings
        (credits for downloads, the account's currency for orders): refused before anything is
        spent unless ALLOW_OVER_BUDGET is set."""
        from ..core.history import History
        from ..core.settings import Settings
        from ..core.spending import CREDITS, budget_check

        settings = Settings.load()
        budget = settings.month_budget_credits if unit == CREDITS else settings.month_budget_money
        if not budget:
            return
        check = budget_check(History(), cost, budget, unit)
        feedback.pushInfo(check.text())
        if check.over:
            if not self.parameterAsBool(parameters, "ALLOW_OVER_BUDGET", context):
                raise QgsProcessingException(check.refusal())
            feedback.pushWarning(_tr("ALLOW_OVER_BUDGET is set: this run goes over this month's budget."))

    def add_model_and_constellations(self) -> None:
        self.add_model()
        self.addParameter(
            QgsProcessingParameterString(
                "CONSTELLATIONS",
                _tr("Satellite constellations, comma-separated (empty = the model's required ones)"),
                "",
                optional=True,
            )
        )

    def add_product(self) -> None:
        self.add_model_and_constellations()
        self.addParameter(QgsProcessingParameterString("BANDS", _tr("Bands ('all', 'rgb' or e.g. B4,B3,B2)"), "all"))
        self.addParameter(
            QgsProcessingParameterNumber(
                "RESOLUTION", _tr("Resolution (m)"), QgsProcessingParameterNumber.Type.Integer, 10, minValue=1
            )
        )
        self.addParameter(
            QgsProcessingParameterCrs("CRS", _tr("Output CRS (empty = suggested UTM zone)"), optional=True)
        )
        self.add_processing_options()

    def add_processing_options(self) -> None:
        """The optional processing fields (reference §2.4/§2.5), as advanced parameters."""
        exact = QgsProcessingParameterBoolean(
            "EXACT_PIXELS",
            _tr("Pixels exactly the resolution (UtmGridForcePixelResolutionSize; off allows e.g. 9.99 m)"),
            False,
        )
        level = QgsProcessingParameterEnum(
            "LEVEL", _tr("Nimbus: processing level"), [_tr(x) for x in LEVELS], defaultValue=0
        )
        harmonize = QgsProcessingParameterEnum(
            "HARMONIZE", _tr("Nimbus: harmonise"), [_tr(x) for x in TRISTATE], defaultValue=0
        )
        clip = QgsProcessingParameterEnum(
            "CLIP_REFLECTANCE", _tr("Nimbus: clip reflectance"), [_tr(x) for x in TRISTATE], defaultValue=0
        )
        for p in (exact, level, harmonize, clip):
            self.addParameter(advanced(p))

    def processing_options(self, parameters, context) -> dict:
        """``exact_pixels``, ``level``, ``harmonize``, ``clip_reflectance`` of a request."""
        choice = {0: None, 1: True, 2: False}
        return {
            "exact_pixels": self.parameterAsBool(parameters, "EXACT_PIXELS", context),
            "level": (None, 2, 1)[self.parameterAsEnum(parameters, "LEVEL", context)],
            "harmonize": choice[self.parameterAsEnum(parameters, "HARMONIZE", context)],
            "clip_reflectance": choice[self.parameterAsEnum(parameters, "CLIP_REFLECTANCE", context)],
        }

    # -- helpers -------------------------------------------------------------------------------
    def client(self):
        from ..core.settings import make_client

        return make_client()

    def prepared_aoi(self, parameters, context, feedback):
        source = self.parameterAsSource(parameters, "AOI", context)
        if source is None:
            raise QgsProcessingException(_tr("The area of interest could not be read: give a polygon layer or file."))
        name = source.sourceName() if hasattr(source, "sourceName") else ""
        from ..core.aoi import from_features

        prepared = from_features(source.getFeatures(), source.sourceCrs(), name=name)
        feedback.pushInfo(_tr("Area of interest: {summary}").format(summary=prepared.summary()))
        for note in prepared.notes:
            feedback.pushInfo(note)
        if prepared.crosses_utm:
            feedback.pushWarning(prepared.utm_note)
        return prepared

    def request(self, client, parameters, context, feedback, upload_url: Optional[str] = None):
        """(request, prepared AOI) from the parameters."""
        prepared = self.prepared_aoi(parameters, context, feedback)
        crs = self.parameterAsCrs(parameters, "CRS", context)
        epsg = None
        if crs.isValid():
            authid = crs.authid()
            if not authid.upper().startswith("EPSG:"):
                raise QgsProcessingException(_tr("The output CRS needs an EPSG code, e.g. EPSG:32632."))
            epsg = int(authid.split(":")[1])
        cons = self.parameterAsString(parameters, "CONSTELLATIONS", context)
        from ..core.workflow import request_for

        return request_for(
            client,
            prepared,
            parse_date(self.date_value(parameters, "DATE", context) or ""),
            model=self.parameterAsString(parameters, "MODEL", context) or DEFAULT_MODEL,
            constellations=[c for c in cons.split(",") if c.strip()],
            bandnames=self.parameterAsString(parameters, "BANDS", context) or "all",
            resolution=self.parameterAsInt(parameters, "RESOLUTION", context) or 10,
            epsg=epsg,
            upload_url=upload_url,
            **self.processing_options(parameters, context),
        ), prepared

    def processAlgorithm(self, parameters, context, feedback):
        try:
            return self.execute(parameters, context, feedback)
        except ClearSkyError as exc:
            raise QgsProcessingException(exc.user_message()) from None

    def execute(self, parameters, context, feedback) -> dict:  # pragma: no cover - abstract
        raise NotImplementedError


def record_history(history, outcome, feedback, area: str = "") -> None:
    """A paid delivery goes into the history (a failure to write it never costs the download)."""
    if history is None:
        return
    try:
        history.record(outcome, area=area)
    except Exception as exc:
        feedback.pushWarning(_tr("The download history could not be written: {e}").format(e=exc))


def upload_url(value: str) -> Optional[str]:
    """UPLOAD_URL as given, or ``env:NAME``: the URL from the environment variable NAME, so that
    the signature stays out of QGIS's Processing log and history (which record parameters)."""
    import os

    text = (value or "").strip()
    if not text.lower().startswith("env:"):
        return text or None
    name = text[4:].strip()
    url = os.environ.get(name, "").strip()
    if not url:
        raise QgsProcessingException(
            _tr("UPLOAD_URL=env:{name}, but the environment variable {name} is not set.").format(name=name)
        )
    return url


def is_temporary(path: Path) -> bool:
    """A Processing temporary output (under QGIS's processing temp folder)."""
    from qgis.core import QgsProcessingUtils

    try:
        return Path(path).resolve().is_relative_to(Path(QgsProcessingUtils.tempFolder()).resolve())
    except (OSError, ValueError):
        return False


def default_folder() -> Path:
    """The ClearSKY output folder of the settings (where the dock saves too)."""
    from ..core.settings import Settings

    folder = Path(Settings.load().output_folder).expanduser()
    folder.mkdir(parents=True, exist_ok=True)
    return folder
