"""Widgets for the plugin's Processing parameters in QGIS's Processing dialog (named by class path
in the parameters' metadata, so ``qgis_process`` never imports them): the model as a list of the
models the API offers, and a month as a month picker.  Both stay plain text on the command line."""

from __future__ import annotations

from typing import Any

from processing.gui.wrappers import WidgetWrapper
from qgis.PyQt.QtCore import QDate
from qgis.PyQt.QtWidgets import QComboBox, QDateEdit

from ..core.i18n import tr
from ..core.models import DEFAULT_MODEL


class ModelWidgetWrapper(WidgetWrapper):
    """MODEL: an editable list, filled from ``/api/tasking/models`` (free, in a task, cached for
    the session); any other text is still accepted."""

    _known: list = []

    def createWidget(self, **kwargs: Any) -> QComboBox:
        combo = QComboBox()
        combo.setEditable(True)
        combo.setObjectName("clearsky_model")
        combo.addItems(self._known or [DEFAULT_MODEL])
        if not self._known:
            self._load(combo)
        return combo

    def _load(self, combo: QComboBox) -> None:
        from qgis.core import QgsApplication

        from ..core.settings import make_client
        from ..core.tasks import CallTask

        try:
            client = make_client()
        except Exception:  # no key yet: the default model, and any text
            return
        task = CallTask(tr("ClearSKY: load models"), lambda: [m.name for m in client.tasking_models()])

        def loaded(names: list) -> None:
            ModelWidgetWrapper._known = list(names)
            try:
                current = combo.currentText()
                combo.clear()
                combo.addItems(names)
                combo.setCurrentText(current)
            except RuntimeError:  # the dialog was closed meanwhile
                pass

        task.succeeded.connect(loaded)
        combo._clearsky_task = task  # kept alive with the widget
        QgsApplication.taskManager().addTask(task)

    def setValue(self, value: Any) -> None:
        self.widget.setCurrentText(str(value or DEFAULT_MODEL))

    def value(self) -> str:
        return self.widget.currentText().strip()


class MonthWidgetWrapper(WidgetWrapper):
    """FROM_MONTH / TO_MONTH: a month picker; the value is ``YYYY-MM`` as on the command line
    (an optional month can be left empty with the picker's clear button)."""

    def createWidget(self, **kwargs: Any) -> QDateEdit:
        from qgis.gui import QgsDateEdit

        edit = QgsDateEdit()
        edit.setDisplayFormat("yyyy-MM")
        edit.setCalendarPopup(True)
        edit.setAllowNull(bool(self.parameterDefinition().flags() & self.parameterDefinition().FlagOptional))
        return edit

    def setValue(self, value: Any) -> None:
        text = str(value or "").strip()
        if not text:
            self.widget.clear()
            return
        day = QDate.fromString(text[:7] + "-01", "yyyy-MM-dd")
        if day.isValid():
            self.widget.setDate(day)

    def value(self) -> str:
        day = self.widget.date()
        return day.toString("yyyy-MM") if day.isValid() and not self.widget.isNull() else ""
