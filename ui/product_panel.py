"""The *Date and product* panel: date (or a series), model and constellations, bands,
resolution and processing options, output CRS.  ``request()`` turns it into the
``CompositeRequest`` that is checked, estimated and downloaded unchanged."""

from __future__ import annotations

from typing import Any, Callable, Optional

from qgis.core import QgsCoordinateReferenceSystem
from qgis.gui import QgsProjectionSelectionWidget
from qgis.PyQt.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QVBoxLayout,
    QWidget,
)

from ..core.aoi import PreparedAoi
from ..core.errors import InvalidRequestError
from ..core.i18n import tr
from ..core.models import DEFAULT_MODEL, RESOLUTIONS, CompositeRequest, is_nimbus
from .date_row import DateRow
from .form_state import FormState


def _years_around(day: Any) -> tuple:
    """A year before and after ``day`` (29 February → 28th)."""
    day = day.replace(day=28) if (day.month, day.day) == (2, 29) else day
    return day.replace(year=day.year - 1), day.replace(year=day.year + 1)


BAND_PRESETS = ["all", "rgb", "B4,B3,B2", "B8,B4,B3", "B12,B8A,B4", "B4,B3,B2,B8", "[B8_B4]"]
SHORT_NAMES = {"Sentinel1": "S1", "Sentinel2": "S2", "Landsat89": "L8/9"}


class ProductPanel(QGroupBox):
    def __init__(self, state: FormState, manager: Any, remembered: Callable[[], dict], parent=None) -> None:
        super().__init__(tr("Date and product"), parent)
        self.state = state
        self.manager = manager
        self.remembered = remembered  # the saved form (which optional constellations were ticked)
        self._dates_key: tuple = ()
        self._window: tuple = ()  # the dates fetched: (first, last)
        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form = form
        self.date_row = DateRow()
        self.date_row.date_changed.connect(self._changed)
        self.date_row.month_shown.connect(self.load_available_dates)
        form.addRow(tr("Date"), self.date_row)
        self.date_edit = self.date_row.date_edit
        series_row = QHBoxLayout()
        series_row.setContentsMargins(0, 0, 0, 0)
        self.series_check = QCheckBox(tr("series until"))
        self.series_check.setToolTip(tr("Download every date (or one a week / a month) up to this one"))
        self.until_edit = QDateEdit()
        self.until_edit.setCalendarPopup(True)
        self.until_edit.setDisplayFormat("yyyy-MM-dd")
        self.until_edit.setDate(self.date_edit.date())
        self.step_combo = QComboBox()
        for key, text in (("available", tr("every date")), ("weekly", tr("weekly")), ("monthly", tr("monthly"))):
            self.step_combo.addItem(text, key)
        for w in (self.until_edit, self.step_combo):
            w.setEnabled(False)
            self.series_check.toggled.connect(w.setEnabled)
        series_row.addWidget(self.until_edit, 1)
        series_row.addWidget(self.step_combo)
        form.addRow(self.series_check, series_row)
        self.model_combo = QComboBox()
        self.model_combo.currentTextChanged.connect(self._model_changed)
        form.addRow(tr("Model"), self.model_combo)
        self.constellation_box = QWidget()
        self.constellation_layout = QHBoxLayout(self.constellation_box)
        self.constellation_layout.setContentsMargins(0, 0, 0, 0)
        self.constellation_checks: dict[str, QCheckBox] = {}
        form.addRow(tr("Satellites"), self.constellation_box)
        self.bands_combo = QComboBox()
        self.bands_combo.setEditable(True)
        self.bands_combo.addItems(BAND_PRESETS)
        self.bands_combo.setToolTip(tr("'all', 'rgb' or a comma list such as B4,B3,B2; [B8_B4] is an index"))
        self.bands_combo.currentTextChanged.connect(self._changed)
        form.addRow(tr("Bands"), self.bands_combo)
        self._build_resolution_rows(form)
        crs_row = QHBoxLayout()
        self.suggested_crs = QCheckBox(tr("suggested UTM"))
        self.suggested_crs.setChecked(True)
        self.suggested_crs.toggled.connect(self._crs_mode_changed)
        self.crs_widget = QgsProjectionSelectionWidget()
        self.crs_widget.setCrs(QgsCoordinateReferenceSystem("EPSG:32632"))
        self.crs_widget.crsChanged.connect(self._changed)
        self.crs_widget.setEnabled(False)
        crs_row.addWidget(self.crs_widget, 1)
        crs_row.addWidget(self.suggested_crs)
        form.addRow(tr("Output CRS"), crs_row)
        state.aoi_changed.connect(self._aoi_changed)
        state.models_changed.connect(self.fill_models)

    def _build_resolution_rows(self, form: QFormLayout) -> None:
        self.resolution_combo = QComboBox()
        for r in RESOLUTIONS:
            self.resolution_combo.addItem(f"{r} m", r)
        self.resolution_combo.currentIndexChanged.connect(self._changed)
        self.exact_pixels_check = QCheckBox(tr("exact pixel size"))
        self.exact_pixels_check.setToolTip(
            tr(
                "Pixels exactly the chosen resolution on the UTM grid (UtmGridForcePixelResolutionSize). "
                "Off lets ClearSKY use e.g. 9.99 m pixels to avoid resampling."
            )
        )
        self.exact_pixels_check.toggled.connect(self._changed)
        res_row = QHBoxLayout()
        res_row.addWidget(self.resolution_combo, 1)
        res_row.addWidget(self.exact_pixels_check)
        form.addRow(tr("Resolution"), res_row)
        # Nimbus only (reference §2.5): processing level, harmonisation, reflectance clipping
        self.nimbus_box = QWidget()
        nimbus_rows = QVBoxLayout(self.nimbus_box)
        nimbus_rows.setContentsMargins(0, 0, 0, 0)
        self.level_combo = QComboBox()
        self.level_combo.addItem(tr("L2A, bottom of atmosphere"), 2)
        self.level_combo.addItem(tr("L1C, top of atmosphere"), 1)
        self.level_combo.setToolTip(tr("Processing level (Level); L1C adds band B10"))
        self.harmonize_check = QCheckBox(tr("harmonised"))
        self.harmonize_check.setChecked(True)
        self.clip_check = QCheckBox(tr("clip reflectance"))
        switches = QHBoxLayout()
        switches.addWidget(self.harmonize_check)
        switches.addWidget(self.clip_check)
        switches.addStretch(1)
        nimbus_rows.addWidget(self.level_combo)
        nimbus_rows.addLayout(switches)
        self.level_combo.currentIndexChanged.connect(self._changed)
        self.harmonize_check.toggled.connect(self._changed)
        self.clip_check.toggled.connect(self._changed)
        form.addRow(tr("Nimbus"), self.nimbus_box)
        self._show_nimbus(False)

    def _changed(self, *args: Any) -> None:
        self.state.changed.emit()

    # -- models ------------------------------------------------------------------------------
    def fill_models(self, models: dict) -> None:
        wanted = self.remembered().get("model") or self.model_combo.currentText() or DEFAULT_MODEL
        self.model_combo.blockSignals(True)
        self.model_combo.clear()
        self.model_combo.addItems(list(models))
        self.model_combo.setCurrentIndex(max(self.model_combo.findText(wanted), 0))
        self.model_combo.blockSignals(False)
        self._model_changed(self.model_combo.currentText())

    def _show_nimbus(self, shown: bool) -> None:
        self.nimbus_box.setVisible(shown)
        self.form.labelForField(self.nimbus_box).setVisible(shown)

    def _model_changed(self, name: str) -> None:
        model = self.state.models.get(name)
        for cb in self.constellation_checks.values():
            self.constellation_layout.removeWidget(cb)
            cb.deleteLater()
        self.constellation_checks = {}
        if model is None:
            return
        self._show_nimbus(is_nimbus(name))
        chosen = set(self.remembered().get("optional_constellations") or [])
        for c in model.constellations:
            cb = QCheckBox(SHORT_NAMES.get(c, c))
            required = c in model.required
            cb.setChecked(required or c in chosen)
            cb.setEnabled(not required)
            why = tr("required by {model}").format(model=name) if required else tr("optional input")
            cb.setToolTip(f"{c}: {why}")
            cb.toggled.connect(self._changed)
            self.constellation_layout.addWidget(cb)
            self.constellation_checks[c] = cb
        self._changed()

    # -- CRS ---------------------------------------------------------------------------------
    def _aoi_changed(self, aoi: Optional[PreparedAoi]) -> None:
        if aoi is not None and self.suggested_crs.isChecked():
            self.crs_widget.setCrs(QgsCoordinateReferenceSystem(tr("EPSG:{utm_epsg}").format(utm_epsg=aoi.utm_epsg)))

    def _crs_mode_changed(self, suggested: bool) -> None:
        self.crs_widget.setEnabled(not suggested)
        if suggested and self.state.aoi is not None:
            self.crs_widget.setCrs(
                QgsCoordinateReferenceSystem(tr("EPSG:{utm_epsg}").format(utm_epsg=self.state.aoi.utm_epsg))
            )
        self._changed()

    def output_epsg(self) -> int:
        crs = self.crs_widget.crs()
        if not crs.isValid() or not crs.authid().upper().startswith("EPSG:"):
            raise InvalidRequestError(tr("Choose an output CRS with an EPSG code, e.g. a UTM zone."))
        return int(crs.authid().split(":")[1])

    # -- the request -------------------------------------------------------------------------
    def request(self, aoi: PreparedAoi, upload_url: Optional[str] = None) -> CompositeRequest:
        """The form's request for ``aoi``; a typed error for anything the API would refuse."""
        return CompositeRequest(
            date=self.date_edit.date().toString("yyyy-MM-dd"),
            wkt=aoi.wkt,
            model=self.model_combo.currentText() or DEFAULT_MODEL,
            constellations=tuple(c for c, cb in self.constellation_checks.items() if cb.isChecked()),
            epsg=self.output_epsg(),
            resolution=int(self.resolution_combo.currentData() or 10),
            bandnames=self.bands_combo.currentText().strip() or "all",
            upload_url=upload_url,
            exact_pixels=self.exact_pixels_check.isChecked(),
            **self._nimbus_options(),
        )

    def _nimbus_options(self) -> dict[str, Any]:
        if not is_nimbus(self.model_combo.currentText()):
            return {}
        return {
            "level": int(self.level_combo.currentData()),
            "harmonize": self.harmonize_check.isChecked(),
            "clip_reflectance": self.clip_check.isChecked(),
        }

    def series(self) -> Optional[tuple[Any, str]]:
        """``(until, step)`` when a date series is asked for."""
        if not self.series_check.isChecked():
            return None
        return self.until_edit.date().toPyDate(), self.step_combo.currentData()

    @property
    def per_cell_zone(self) -> bool:
        """Grid cells each in their own UTM zone (the suggested CRS), not the chosen one."""
        return self.suggested_crs.isChecked()

    def apply_payload(self, p: dict) -> None:
        """Fill the form from a past request's payload (History → *Use its area and settings*)."""
        if p.get("Bandnames"):
            self.bands_combo.setCurrentText(p["Bandnames"])
        self._select(self.resolution_combo, p.get("Resolution"))
        if p.get("Model"):
            self.model_combo.setCurrentText(p["Model"])
        self.exact_pixels_check.setChecked(bool(p.get("UtmGridForcePixelResolutionSize")))
        self._select(self.level_combo, p.get("Level"))
        if p.get("Harmonize") is not None:
            self.harmonize_check.setChecked(bool(p["Harmonize"]))
        if p.get("ClipReflectance") is not None:
            self.clip_check.setChecked(bool(p["ClipReflectance"]))

    def use_product(self, model: str, constellations: Any) -> None:
        """A watched area's model and constellations (the required ones stay on)."""
        if self.model_combo.findText(model) >= 0:
            self.model_combo.setCurrentText(model)
        for name, box in self.constellation_checks.items():
            if box.isEnabled():
                box.setChecked(name in set(constellations))

    @staticmethod
    def _select(combo: QComboBox, data: Any) -> None:
        idx = combo.findData(data)
        if idx >= 0:
            combo.setCurrentIndex(idx)

    # -- the saved form ----------------------------------------------------------------------
    def params(self) -> dict[str, Any]:
        return {
            "date": self.date_edit.date().toString("yyyy-MM-dd"),
            "model": self.model_combo.currentText(),
            "optional_constellations": [
                c for c, cb in self.constellation_checks.items() if cb.isChecked() and cb.isEnabled()
            ],
            "bands": self.bands_combo.currentText(),
            "resolution": self.resolution_combo.currentData(),
            "exact_pixels": self.exact_pixels_check.isChecked(),
            "suggested_crs": self.suggested_crs.isChecked(),
            "crs": self.crs_widget.crs().authid(),
        }

    def restore(self, p: dict) -> None:
        if p.get("date"):
            self.date_row.set_date(p["date"])
        if p.get("bands"):
            self.bands_combo.setCurrentText(p["bands"])
        self._select(self.resolution_combo, p.get("resolution"))
        self.exact_pixels_check.setChecked(bool(p.get("exact_pixels", False)))
        self.suggested_crs.setChecked(bool(p.get("suggested_crs", True)))
        if p.get("crs") and not p.get("suggested_crs", True):
            self.crs_widget.setCrs(QgsCoordinateReferenceSystem(p["crs"]))

    # -- the calendar ------------------------------------------------------------------------
    @property
    def available_dates(self) -> list:
        return self.date_row.available_dates

    def load_available_dates(self, shown: Any = None) -> None:
        """The dates with imagery for the AOI and model, a year either side of the chosen date
        (or of the month the calendar shows), highlighted on the calendar; other dates dimmed.
        Fetched again whenever the date or the calendar leaves the fetched window."""
        aoi = self.state.aoi
        if aoi is None:
            return
        model = self.model_combo.currentText() or DEFAULT_MODEL
        key = (aoi.wkt, model)
        centre = shown or self.date_row.date()
        if key == self._dates_key and self._window and self._window[0] <= centre <= self._window[1]:
            return
        self._dates_key = key
        start, end = _years_around(centre)
        self._window = (start, end)
        wkt = aoi.wkt

        def done(dates: list) -> None:
            if key == self._dates_key and (start, end) == self._window:  # else something changed meanwhile
                self.date_row.show_available(dates, start, end)

        self.manager.call(
            tr("ClearSKY: available dates"),
            lambda client: client.search_available_dates(start, end, wkt=wkt, model=model).dates_for(model),
            done,
            lambda err: self.date_row.show_failed(),
        )
