"""The availability-and-cost dialog: nothing is spent until the user clicks Download."""

from __future__ import annotations

import json
import shlex
from typing import Any, Optional

from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
)

from ..core.download import format_bytes
from ..core.i18n import number, tr
from ..core.transport import P_COMPOSITE
from ..core.workflow import CheckResult

#: dialog outcomes besides accept/reject
PARTIAL = 2
#: the dialog's result when the user chose *Order this area…* (the area is not fully ordered)
ORDER = 4
NEARBY = 3  # check again on the date in ``chosen_date``


def curl_command(base_url: str, check: CheckResult) -> str:
    """An equivalent cURL command; the key is read from the environment, never written."""
    body = json.dumps(check.request.payload(), sort_keys=True)
    return (
        f"curl -X POST {shlex.quote(base_url + P_COMPOSITE)} \\\n"  # no-i18n (a shell command)
        '  -H "X-API-KEY: $CLEARSKY_API_KEY" -H "Content-Type: application/json" \\\n'  # no-i18n
        f"  -d {shlex.quote(body)} -OJ"
    )


class EstimateDialog(QDialog):
    """Shows what is available and what it costs next to the balance."""

    def __init__(
        self, check: CheckResult, *, base_url: str, budget: float = 0.0, month: Any = None, parent=None
    ) -> None:
        super().__init__(parent)
        self.check = check
        self.base_url = base_url
        self.setWindowTitle(tr("ClearSKY – availability and cost"))
        self.setObjectName("ClearSkyEstimateDialog")
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        avail = check.availability
        summary = avail.summary()
        if check.kind == "series":  # the least available of its dates speaks for the series
            summary = (
                tr("Imagery is fully available for the whole area on each of the {n} dates.").format(
                    n=len(check.payloads)
                )
                if avail.state == "full"
                else tr("Least available of the {n} dates: {summary}").format(n=len(check.payloads), summary=summary)
            )
        self.availability_label = QLabel(summary)
        self.availability_label.setWordWrap(True)
        ok_colour = "#1b7a2e" if avail.ready else ("#9a6700" if avail.downloadable else "#b3261e")
        self.availability_label.setStyleSheet(f"font-weight: bold; color: {ok_colour};")
        layout.addWidget(self.availability_label)

        form = QFormLayout()
        est = check.estimate
        req = check.request
        self.values: dict[str, QLabel] = {}

        def row(key: str, label: str, value: str) -> None:
            widget = QLabel(value)
            widget.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.values[key] = widget
            form.addRow(label, widget)

        row(
            "product",
            tr("Product"),
            tr("{model} · {value2} · {resolution} m · EPSG:{epsg}").format(
                model=req.model, value2=req.date.isoformat(), resolution=req.resolution, epsg=req.epsg
            ),
        )
        row("bands", tr("Bands"), ", ".join(req.bands))
        for note in check.notes:
            series = check.kind == "series"
            row("series" if series else "note", tr("Series") if series else tr("Note"), note)
            self.values[list(self.values)[-1]].setWordWrap(True)
        row("credits", tr("Cost"), f"{number(est.credits)} {tr('credits')}")
        row("area", tr("Area"), f"{number(est.area_km2)} km²")
        row("size", tr("Download size"), f"≈ {format_bytes(est.size_bytes)}" if est.size_bytes else tr("unknown"))
        row(
            "runtime",
            tr("Processing time"),
            f"≈ {number(est.runtime_s, 0)} s"
            if est.runtime_s
            else tr("not given by the server (usually under a minute)"),
        )
        balance = check.balance
        row("balance", tr("Balance"), f"{number(balance)} {tr('credits')}" if balance is not None else tr("unknown"))
        if balance is not None:
            row("after", tr("After download"), f"{number(balance - est.credits)} {tr('credits')}")
        if month is not None:  # spending.BudgetCheck: this month's downloads against the budget
            row("month", tr("This month"), month.text())
            self.values["month"].setWordWrap(True)
        layout.addLayout(form)

        self.warnings: list[str] = []
        if balance is not None and est.credits > balance:
            self.warnings.append(tr("The cost is above your balance: top up credits or make the area smaller."))
        if budget and est.credits > budget:
            self.warnings.append(
                tr("The cost is above your budget of {budget:,.0f} credits (ClearSKY settings).").format(budget=budget)
            )
        if check.coverage is not None and not check.coverage.full:
            self.warnings.append(check.coverage.summary())
        if avail.state == "uncertain":
            self.warnings.append(tr("Parts of the image are marked uncertain."))
        over = month is not None and month.over
        if over:
            self.warnings.append(tr("This download would take this month past its budget (ClearSKY settings)."))
        self.warning_label = QLabel("\n".join(f"⚠ {w}" for w in self.warnings))
        self.warning_label.setWordWrap(True)
        self.warning_label.setStyleSheet("color: #b3261e;")
        self.warning_label.setVisible(bool(self.warnings))
        layout.addWidget(self.warning_label)
        self.chosen_date = None
        self.nearby_buttons: list[QPushButton] = []
        if check.nearby:
            nearby = QHBoxLayout()
            nearby.addWidget(QLabel(tr("Nearest dates with imagery:")))
            for day in check.nearby:
                arrow = tr("◀ {d}") if day < req.date else tr("{d} ▶")
                button = QPushButton(arrow.format(d=day.isoformat()))
                button.setToolTip(tr("Check this date instead"))
                button.clicked.connect(lambda _=False, d=day: self._choose(d))
                nearby.addWidget(button)
                self.nearby_buttons.append(button)
            nearby.addStretch(1)
            layout.addLayout(nearby)

        #: past the monthly budget, Download needs this second, explicit confirmation
        self.over_budget_check: Optional[QCheckBox] = None
        if over:
            self.over_budget_check = QCheckBox(tr("Go over this month's budget for this download"))
            self.over_budget_check.setObjectName("over_budget")
            layout.addWidget(self.over_budget_check)

        self.buttons = QDialogButtonBox(self)
        self.copy_button = QPushButton(tr("Copy request"))
        self.copy_button.setToolTip(tr("Copy the exact JSON payload and an equivalent cURL command (key not included)"))
        self.copy_button.clicked.connect(self.copy_request)
        self.buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.HelpRole)
        self.partial_button: Optional[QPushButton] = None
        partial_pending = avail.state == "partial" and not req.allow_partial
        if partial_pending:
            self.partial_button = QPushButton(tr("Go on with a partial image…"))
            self.partial_button.setToolTip(tr("Estimate again for a partial image (missing parts become nodata)"))
            self.partial_button.clicked.connect(lambda: self.done(PARTIAL))
            self.buttons.addButton(self.partial_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.order_button: Optional[QPushButton] = None
        if check.coverage is not None and not check.coverage.full and not check.coverage.unknown:
            self.order_button = QPushButton(tr("Order this area…"))
            self.order_button.setObjectName("order_this_area")
            self.order_button.setToolTip(tr("Estimate an order for this area; nothing is ordered before you confirm"))
            self.order_button.clicked.connect(lambda: self.done(ORDER))
            self.buttons.addButton(self.order_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.download_button = self.buttons.addButton(tr("Download"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.download_button.setObjectName("download")
        self.cancel_button = self.buttons.addButton(tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        can = avail.downloadable and not partial_pending and check.affordable
        self.download_button.setEnabled(can and not over)
        if self.over_budget_check is not None:
            self.over_budget_check.toggled.connect(lambda on: self.download_button.setEnabled(can and on))
        self.cancel_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def _choose(self, day) -> None:
        self.chosen_date = day
        self.done(NEARBY)

    def payload_text(self) -> str:
        return json.dumps(self.check.request.payload(), indent=2, sort_keys=True)

    def copy_request(self) -> None:
        text = f"{self.payload_text()}\n\n{curl_command(self.base_url, self.check)}\n"
        QApplication.clipboard().setText(text)
        self.copy_button.setText(tr("Copied ✓"))
